package eu.topcop.learn.content;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import eu.topcop.learn.content.ContentViews.ImportSummary;
import eu.topcop.learn.content.ContentViews.LessonLink;
import eu.topcop.learn.content.ContentViews.LessonView;
import eu.topcop.learn.content.ContentViews.MaterialLink;
import eu.topcop.learn.content.ContentViews.ModuleDetail;
import eu.topcop.learn.content.ContentViews.ModuleSummary;
import eu.topcop.learn.platform.i18n.Language;
import eu.topcop.learn.platform.i18n.Localized;
import eu.topcop.learn.platform.persistence.InList;
import eu.topcop.learn.platform.web.DomainException;

/** Reads published modules and lessons (any version) and import reports. */
@ApplicationScoped
public class ContentService {

    @Inject
    EntityManager em;

    public List<ModuleSummary> modules(Language language, int page, int size) {
        return em
                .createQuery(
                        "select v from ModuleVersion v join fetch v.module m where v.version = m.currentVersion order by m.code",
                        ModuleVersion.class)
                .setFirstResult(page * size)
                .setMaxResults(size)
                .getResultList()
                .stream()
                .map(v -> {
                    Localized title = Localized.pick(v.title, language);
                    return new ModuleSummary(
                            v.module.code,
                            v.version,
                            title.text(),
                            title.translated(),
                            v.estimatedMinutes,
                            split(v.languages),
                            split(v.crimePriorities));
                })
                .toList();
    }

    public long moduleCount() {
        return ContentModule.count();
    }

    /** A module's version: the current one when {@code version} is null. */
    public ModuleDetail module(String code, Integer version, Language language) {
        ModuleVersion v = version(code, version);
        // Titles only: the lesson bodies (every language's HTML) are not needed for the list.
        List<LessonLink> lessons = em
                .createQuery(
                        "select l.position, l.slug, l.title from Lesson l where l.moduleVersion = :v order by l.position",
                        Object[].class)
                .setParameter("v", v)
                .getResultList()
                .stream()
                .map(r -> {
                    Localized title = Localized.pick(castTexts(r[2]), language);
                    return new LessonLink((Short) r[0], (String) r[1], title.text(), title.translated());
                })
                .toList();
        long questions = em.createQuery(
                        "select count(q) from QuizQuestion q where q.quiz.moduleVersion = :v", Long.class)
                .setParameter("v", v)
                .getSingleResult();
        List<MaterialLink> material = v.material.stream()
                .map(m -> new MaterialLink(
                        Localized.pick(castTexts(m.get("title")), language).text(),
                        m.containsKey("url")
                                ? (String) m.get("url")
                                : "/modules/" + code + "/versions/" + v.version + "/material/" + m.get("file")))
                .toList();
        Localized title = Localized.pick(v.title, language);
        return new ModuleDetail(
                code,
                v.version,
                v.module.currentVersion,
                title.text(),
                title.translated(),
                Localized.pick(v.summary, language).text(),
                v.estimatedMinutes,
                split(v.languages),
                split(v.crimePriorities),
                split(v.outcomes),
                lessons,
                material,
                (int) questions);
    }

    /** One lesson: two small statements, not every lesson's text in every language. */
    public LessonView lesson(String code, Integer version, int position, Language language) {
        ModuleVersion v = version(code, version);
        Lesson lesson = em.createQuery(
                        "select l from Lesson l where l.moduleVersion = :v and l.position = :position", Lesson.class)
                .setParameter("v", v)
                .setParameter("position", (short) position)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new DomainException.NotFound("Module '" + code + "' has no lesson " + position));
        long lessons = em.createQuery("select count(l) from Lesson l where l.moduleVersion = :v", Long.class)
                .setParameter("v", v)
                .getSingleResult();
        Localized title = Localized.pick(lesson.title, language);
        Localized body = Localized.pick(lesson.bodyHtml, language);
        return new LessonView(
                code,
                Localized.pick(v.title, language).text(),
                v.version,
                position,
                (int) lessons,
                title.text(),
                title.translated() && body.translated(),
                body.text());
    }

    /** The current titles of some modules, in the reader's language: one statement. */
    public Map<String, String> moduleTitles(List<String> codes, Language language) {
        Map<String, String> titles = new java.util.HashMap<>();
        localizedModuleTitles(codes, language).forEach((code, title) -> titles.put(code, title.text()));
        return titles;
    }

    /** The titles of the modules' current versions, each marked when it is the English fallback. */
    public Map<String, Localized> localizedModuleTitles(List<String> codes, Language language) {
        Map<String, Localized> titles = new java.util.HashMap<>();
        if (codes.isEmpty()) {
            return titles;
        }
        InList codesIn = InList.of("codes", codes);
        InList.bind(
                        em.createQuery(
                                "select m.code, v.title from ModuleVersion v join v.module m where m.code in " + codesIn
                                        + " and v.version = m.currentVersion",
                                Object[].class),
                        codesIn)
                .getResultList()
                .forEach(r -> titles.put((String) r[0], Localized.pick(castTexts(r[1]), language)));
        return titles;
    }

    public MaterialFile material(String code, int version, String path) {
        return em.createQuery(
                        "select f from MaterialFile f where f.moduleVersion.module.code = :code"
                                + " and f.moduleVersion.version = :version and f.path = :path",
                        MaterialFile.class)
                .setParameter("code", code)
                .setParameter("version", version)
                .setParameter("path", path)
                .getResultStream()
                .findFirst()
                .orElseThrow(() ->
                        new DomainException.NotFound("No material '" + path + "' in " + code + " version " + version));
    }

    public ImportSummary importRun(long id) {
        ContentImport run = ContentImport.findById(id);
        if (run == null) {
            throw new DomainException.NotFound("No content import " + id);
        }
        return ImportSummary.of(run);
    }

    public List<ImportSummary> importRuns(int page, int size) {
        return ContentImport.<ContentImport>find("order by startedAt desc, id desc").page(page, size).list().stream()
                .map(ImportSummary::of)
                .toList();
    }

    private ModuleVersion version(String code, Integer version) {
        var query = em.createQuery(
                        "select v from ModuleVersion v join fetch v.module m where m.code = :code and v.version = "
                                + (version == null ? "m.currentVersion" : ":version"),
                        ModuleVersion.class)
                .setParameter("code", code);
        if (version != null) {
            query.setParameter("version", version);
        }
        return query.getResultStream()
                .findFirst()
                .orElseThrow(() -> new DomainException.NotFound(
                        version == null
                                ? "No module with code '" + code + "'"
                                : "Module '" + code + "' has no version " + version));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> castTexts(Object value) {
        return value instanceof Map<?, ?> map ? (Map<String, String>) map : Map.of();
    }

    private static List<String> split(String csv) {
        return csv == null || csv.isBlank() ? List.of() : List.of(csv.split(","));
    }
}
