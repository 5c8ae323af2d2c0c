package eu.topcop.learn.cmi5;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import eu.topcop.learn.cmi5.Cmi5Views.AuView;
import eu.topcop.learn.cmi5.Cmi5Views.CourseView;
import eu.topcop.learn.cmi5.Cmi5Views.VersionView;
import eu.topcop.learn.platform.i18n.Language;
import eu.topcop.learn.platform.persistence.InList;
import eu.topcop.learn.platform.web.DomainException;

/** The imported cmi5 courses as their authors read them: three statements, however many courses and versions. */
@ApplicationScoped
public class Cmi5Courses {

    @Inject
    EntityManager em;

    public List<CourseView> list(Language language) {
        return views(
                em.createQuery("select c from Cmi5Course c order by c.code", Cmi5Course.class)
                        .getResultList(),
                language);
    }

    /** One course by its code. */
    public CourseView one(String code, Language language) {
        List<CourseView> found = views(
                em.createQuery("select c from Cmi5Course c where c.code = :code", Cmi5Course.class)
                        .setParameter("code", code)
                        .getResultList(),
                language);
        if (found.isEmpty()) {
            throw new DomainException.NotFound("No cmi5 course " + code);
        }
        return found.get(0);
    }

    private List<CourseView> views(List<Cmi5Course> courses, Language language) {
        if (courses.isEmpty()) {
            return List.of();
        }
        List<Long> ids = courses.stream().map(c -> c.id).toList();
        Map<Long, List<Cmi5CourseVersion>> versions = new HashMap<>();
        InList idsIn = InList.of("ids", ids);
        InList.bind(
                        em.createQuery(
                                "select v from Cmi5CourseVersion v where v.course.id in " + idsIn
                                        + " order by v.course.id, v.version",
                                Cmi5CourseVersion.class),
                        idsIn)
                .getResultList()
                .forEach(v -> versions.computeIfAbsent(v.course.id, k -> new ArrayList<>())
                        .add(v));
        Map<Long, List<AuView>> aus = new HashMap<>();
        InList.bind(
                        em.createQuery(
                                "select a, v.course.id from Cmi5Au a join a.version v"
                                        + " where v.course.id in " + idsIn + " and v.version = v.course.currentVersion"
                                        + " order by a.position",
                                Object[].class),
                        idsIn)
                .getResultList()
                .forEach(row -> {
                    Cmi5Au a = (Cmi5Au) row[0];
                    aus.computeIfAbsent((Long) row[1], k -> new ArrayList<>())
                            .add(new AuView(
                                    a.iri,
                                    text(a.title, language),
                                    a.url,
                                    a.packagePath,
                                    a.moveOn,
                                    a.masteryScore,
                                    a.launchMethod));
                });
        return courses.stream()
                .map(c -> {
                    List<Cmi5CourseVersion> of = versions.getOrDefault(c.id, List.of());
                    String title = of.isEmpty() ? c.iri : text(of.get(of.size() - 1).title, language);
                    return new CourseView(
                            c.code,
                            c.iri,
                            title,
                            c.curriculumCode,
                            c.currentVersion,
                            of.stream()
                                    .map(v -> new VersionView(v.version, v.importedAt, v.zipped))
                                    .toList(),
                            aus.getOrDefault(c.id, List.of()));
                })
                .toList();
    }

    /** The text in the reader's language (any of its tags: {@code en-US} for {@code en}), else English, else any. */
    static String text(Map<String, String> texts, Language language) {
        return Cmi5Importer.catalogueTexts(texts).entrySet().stream()
                .filter(e -> e.getKey().equals(language.code()))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElseGet(() -> {
                    Map<String, String> byLanguage = Cmi5Importer.catalogueTexts(texts);
                    return byLanguage.getOrDefault(
                            "en", byLanguage.values().iterator().next());
                });
    }
}
