package eu.topcop.learn.catalogue;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import eu.topcop.learn.catalogue.CurriculumDraft.KnownCodes;
import eu.topcop.learn.catalogue.CurriculumViews.CourseStep;
import eu.topcop.learn.catalogue.CurriculumViews.CurriculumDetail;
import eu.topcop.learn.catalogue.CurriculumViews.CurriculumSummary;
import eu.topcop.learn.catalogue.CurriculumViews.OutcomeView;
import eu.topcop.learn.platform.i18n.Language;
import eu.topcop.learn.platform.i18n.Localized;
import eu.topcop.learn.platform.persistence.FullTextQuery;
import eu.topcop.learn.platform.persistence.InList;
import eu.topcop.learn.platform.persistence.KeptWhileUnchanged;
import eu.topcop.learn.platform.web.DomainException;
import eu.topcop.learn.platform.web.ResultPage;

/** Regional curricula and their courses: stored from content files, read for the catalogue. */
@ApplicationScoped
public class CurriculumService {

    /** The activity type of a course of online modules (the independent learning phase). */
    public static final String ONLINE_MODULE = "independent-learning-phase";

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    public KnownCodes knownCodes() {
        List<CrimePriority> priorities = CrimePriority.listAll();
        return new KnownCodes(
                priorities.stream().filter(p -> p.portfolio).map(p -> p.code).collect(Collectors.toSet()),
                priorities.stream().filter(p -> !p.portfolio).map(p -> p.code).collect(Collectors.toSet()),
                ActivityType.<ActivityType>listAll().stream().map(a -> a.code).collect(Collectors.toSet()));
    }

    /** The codes of the curricula stored now, for content that names a curriculum (a knowledge test). */
    public Set<String> codes() {
        return new HashSet<>(
                em.createQuery("select c.code from Curriculum c", String.class).getResultList());
    }

    /** Outcome codes stored now, with the curriculum that defines each. */
    public Map<String, String> outcomeCurricula() {
        Map<String, String> owners = new HashMap<>();
        em.createQuery("select o.code, o.curriculum.code from LearningOutcome o", Object[].class)
                .getResultList()
                .forEach(r -> owners.put((String) r[0], (String) r[1]));
        return owners;
    }

    /**
     * Stores a curriculum and its path, replacing what the same file said before; an unchanged file writes
     * nothing. All of it in one transaction: a failure leaves the previous curriculum as it was.
     *
     * @return true when something changed
     */
    @Transactional
    public boolean save(CurriculumDraft draft) {
        Curriculum curriculum =
                Curriculum.<Curriculum>find("code", draft.code()).firstResult();
        if (curriculum != null && curriculum.isUnchanged(draft.hash())) {
            return false;
        }
        if (curriculum == null) {
            curriculum = new Curriculum();
            curriculum.code = draft.code();
        }
        curriculum.title = draft.title();
        curriculum.aims = draft.aims();
        curriculum.targetAudience = draft.targetAudience();
        curriculum.durationMonths = (short) draft.durationMonths();
        curriculum.languages = String.join(",", draft.languages());
        curriculum.contentHash = draft.hash();
        curriculum.sourceFile = draft.sourceFile();
        curriculum.updatedAt = Instant.now(clock);
        curriculum.priorities.clear();
        InList priorities = InList.of("codes", draft.crimePriorities());
        curriculum.priorities.addAll(CrimePriority.list("code in " + priorities, priorities.parameters()));

        Map<String, LearningOutcome> oldOutcomes = new HashMap<>();
        curriculum.outcomes.forEach(o -> oldOutcomes.put(o.code, o));
        List<LearningOutcome> outcomes = new ArrayList<>();
        for (CurriculumDraft.Outcome o : draft.outcomes()) {
            LearningOutcome outcome = oldOutcomes.getOrDefault(o.code(), new LearningOutcome());
            outcome.code = o.code();
            outcome.curriculum = curriculum;
            outcome.position = (short) outcomes.size();
            outcome.text = o.text();
            outcome.address(o.capabilities());
            outcomes.add(outcome);
        }
        Map<String, LearningOutcome> byCode = new HashMap<>();
        outcomes.forEach(o -> byCode.put(o.code, o));

        Map<String, Course> oldCourses = new HashMap<>();
        curriculum.courses.forEach(c -> oldCourses.put(c.code, c));
        List<Course> courses = new ArrayList<>();
        for (CurriculumDraft.Course c : draft.courses()) {
            Course course = oldCourses.getOrDefault(c.code(), new Course());
            course.code = c.code();
            course.curriculum = curriculum;
            course.position = (short) courses.size();
            course.activityType = em.getReference(ActivityType.class, c.activityType());
            course.title = c.title();
            course.description = c.description();
            course.hours = (short) c.hours();
            course.outcomes.clear();
            c.outcomes().forEach(code -> course.outcomes.add(byCode.get(code)));
            course.modules.clear();
            course.modules.addAll(c.modules());
            course.searchText = Course.searchText(draft.title(), c.title(), c.description(), c.modules());
            courses.add(course);
        }
        Set<String> fileCodes = courses.stream().map(c -> c.code).collect(Collectors.toSet());
        for (Course placed : curriculum.courses) {
            // Placed by another feature (a cmi5 import), not by the file: it stays, after the file's path.
            if (placed.placedBy != null && !fileCodes.contains(placed.code)) {
                placed.position = (short) courses.size();
                courses.add(placed);
            }
        }
        curriculum.courses.clear();
        curriculum.courses.addAll(courses);
        curriculum.outcomes.clear();
        curriculum.outcomes.addAll(outcomes);
        curriculum.persist();
        return true;
    }

    /** The curricula by code with their titles in {@code language}, ordered by code: for a form's choice. */
    public Map<String, String> titles(Language language) {
        Map<String, String> titles = new java.util.LinkedHashMap<>();
        Curriculum.<Curriculum>list("order by code")
                .forEach(c ->
                        titles.put(c.code, Localized.pick(c.title, language).text()));
        return titles;
    }

    /**
     * Places a course that another feature owns ({@code placedBy}, a cmi5 course) at the end of a curriculum's path as
     * an online module course, the way a curriculum file lists its online modules: activity type
     * {@value #ONLINE_MODULE} with the course's code as its one module. Placing it again updates its texts; a
     * course already in another curriculum is refused. The curriculum file's re-import keeps it ({@link #save}).
     */
    @Transactional
    public void placeOnlineCourse(
            String curriculumCode,
            String courseCode,
            Map<String, String> title,
            Map<String, String> description,
            int hours,
            String placedBy) {
        Curriculum curriculum =
                Curriculum.<Curriculum>find("code", curriculumCode).firstResult();
        if (curriculum == null) {
            throw new DomainException.RuleViolation("curriculum", "Unknown curriculum: " + curriculumCode);
        }
        Course course = Course.<Course>find("code", courseCode).firstResult();
        if (course != null && !course.curriculum.id.equals(curriculum.id)) {
            throw new DomainException.RuleViolation(
                    "curriculum",
                    "The course " + courseCode + " is already in curriculum " + course.curriculum.code
                            + "; import it into that one");
        }
        if (course != null && course.placedBy == null) {
            throw new DomainException.RuleViolation(
                    "curriculum", "The course code " + courseCode + " belongs to the curriculum's own file");
        }
        if (course == null) {
            course = new Course();
            course.code = courseCode;
            course.curriculum = curriculum;
            course.position = (short) curriculum.courses.stream()
                    .mapToInt(c -> c.position + 1)
                    .max()
                    .orElse(0);
            course.activityType = em.getReference(ActivityType.class, ONLINE_MODULE);
            course.modules.add(courseCode);
            course.placedBy = placedBy;
            curriculum.courses.add(course);
        }
        course.title = title;
        course.description = description;
        course.hours = (short) hours;
        course.searchText = Course.searchText(curriculum.title, title, description, course.modules);
        curriculum.updatedAt = Instant.now(clock);
        course.persist();
    }

    /**
     * The curricula whose lessons, learning outcomes or crime priorities have all the words typed (as prefixes, in
     * any language): one statement, whatever the data.
     */
    @SuppressWarnings("unchecked")
    private List<Long> taught(String text) {
        FullTextQuery query = FullTextQuery.of(text);
        if (query.words() == null) {
            return List.of();
        }
        return ((List<Number>) em.createNativeQuery(TaughtWords.CURRICULA)
                        .setParameter("words", query.words())
                        .getResultList())
                .stream().map(Number::longValue).toList();
    }

    /**
     * The curricula, optionally of one portfolio priority or with courses that mention every word of
     * {@code text} in their titles or in what they teach ({@link #taught}), each with its path: five statements in
     * all (six with words), however many there are.
     */
    /**
     * Pages of curricula without words, kept while the curricula stay as they were. The catalogue page shows them to
     * every reader and they change only when content is imported; reading them (curricula, courses, modules, activity
     * types, with their texts in seven languages) was three quarters of the catalogue page's own time (issue 17, P2).
     */
    private final KeptWhileUnchanged kept = new KeptWhileUnchanged(256);

    private record PageKey(String priority, int page, int size, Language language) {}

    /** A page of curricula, of one portfolio priority or all, matching the words if any. */
    public ResultPage<CurriculumSummary> curricula(
            String priorityCode, String text, int page, int size, Language language) {
        if (text != null && !text.isBlank()) {
            return read(priorityCode, text, page, size, language);
        }
        String priority = priorityCode == null ? "" : priorityCode.strip();
        return kept.get(
                stamp(), new PageKey(priority, page, size, language), () -> read(priority, null, page, size, language));
    }

    /**
     * What the curricula are now: every change saves a curriculum's updated_at, and a course placed in one (a
     * cmi5 course) adds a course. Counts as well, for a curriculum removed or two changes in one millisecond.
     */
    private List<Object> stamp() {
        Object[] row = (Object[]) em.createNativeQuery("SELECT COUNT(*), MAX(updated_at),"
                        + " (SELECT COUNT(*) FROM course), (SELECT MAX(id) FROM course) FROM curriculum")
                .getSingleResult();
        return java.util.Arrays.asList(row);
    }

    private ResultPage<CurriculumSummary> read(
            String priorityCode, String text, int page, int size, Language language) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (priorityCode != null && !priorityCode.isBlank()) {
            where.append(" and exists (select 1 from c.priorities q where q.code = :priority)");
            parameters.put("priority", priorityCode);
        }
        List<String> words = text == null
                ? List.of()
                : java.util.Arrays.stream(text.split("[^\\p{L}\\p{N}]+"))
                        .filter(w -> !w.isBlank())
                        .limit(8)
                        .toList();
        StringBuilder titled = new StringBuilder(" 1 = 1");
        for (int i = 0; i < words.size(); i++) {
            // A handful of curricula: a substring match over their courses' search text is cheap and finds
            // words of any length, which the offerings' full-text index does not.
            titled.append(" and exists (select 1 from Course k where k.curriculum = c and k.searchText like :w")
                    .append(i)
                    .append(")");
            parameters.put("w" + i, "%" + words.get(i).replace("%", "").replace("_", "") + "%");
        }
        List<Long> taught = taught(text);
        if (taught.isEmpty()) {
            where.append(" and").append(titled);
        } else {
            InList taughtIn = InList.of("taught", taught);
            where.append(" and ((")
                    .append(titled)
                    .append(") or c.id in ")
                    .append(taughtIn)
                    .append(")");
            parameters.putAll(taughtIn.parameters());
        }
        var count = em.createQuery("select count(c) from Curriculum c" + where, Long.class);
        parameters.forEach(count::setParameter);
        long total = count.getSingleResult();
        var idQuery = em.createQuery("select c.id from Curriculum c" + where + " order by c.code", Long.class);
        parameters.forEach(idQuery::setParameter);
        List<Long> ids = idQuery.setFirstResult(page * size).setMaxResults(size).getResultList();
        if (ids.isEmpty()) {
            return new ResultPage<>(List.of(), page, size, total);
        }
        InList idsIn = InList.of("ids", ids);
        List<Curriculum> curricula = InList.bind(
                        em.createQuery(
                                "select distinct c from Curriculum c left join fetch c.priorities where c.id in "
                                        + idsIn + " order by c.code",
                                Curriculum.class),
                        idsIn)
                .getResultList();
        Map<Long, List<CourseStep>> paths = paths(ids, language);
        List<CurriculumSummary> items = curricula.stream()
                .map(c -> {
                    Localized title = Localized.pick(c.title, language);
                    return new CurriculumSummary(
                            c.code,
                            title.text(),
                            title.translated(),
                            c.durationMonths,
                            List.of(c.languages.split(",")),
                            portfolioCodes(c.priorities),
                            List.copyOf(paths.getOrDefault(c.id, List.of())));
                })
                .toList();
        return new ResultPage<>(items, page, size, total);
    }

    public CurriculumDetail curriculum(String code, Language language) {
        Curriculum c = em.createQuery(
                        "select c from Curriculum c left join fetch c.priorities where c.code = :code",
                        Curriculum.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new DomainException.NotFound("No curriculum with code '" + code + "'"));
        List<OutcomeView> outcomes = em
                .createQuery(
                        "select o from LearningOutcome o where o.curriculum = :c order by o.position",
                        LearningOutcome.class)
                .setParameter("c", c)
                .getResultList()
                .stream()
                .map(o ->
                        new OutcomeView(o.code, Localized.pick(o.text, language).text()))
                .toList();
        Localized title = Localized.pick(c.title, language);
        return new CurriculumDetail(
                c.code,
                title.text(),
                title.translated(),
                Localized.pick(c.aims, language).text(),
                Localized.pick(c.targetAudience, language).text(),
                c.durationMonths,
                List.of(c.languages.split(",")),
                portfolioCodes(c.priorities),
                outcomes,
                paths(List.of(c.id), language).getOrDefault(c.id, List.of()));
    }

    private Map<Long, List<CourseStep>> paths(Collection<Long> curriculumIds, Language language) {
        Map<Long, List<CourseStep>> paths = new HashMap<>();
        if (curriculumIds.isEmpty()) {
            return paths;
        }
        InList idsIn = InList.of("ids", curriculumIds);
        List<Course> courses = InList.bind(
                        em.createQuery(
                                "select distinct k from Course k join fetch k.activityType left join fetch k.modules"
                                        + " where k.curriculum.id in " + idsIn + " order by k.position",
                                Course.class),
                        idsIn)
                .getResultList();
        Map<Long, Set<String>> outcomeCodes = new HashMap<>();
        InList.bind(
                        em.createQuery(
                                "select k.id, o.code from Course k join k.outcomes o where k.curriculum.id in " + idsIn,
                                Object[].class),
                        idsIn)
                .getResultList()
                .forEach(r -> outcomeCodes
                        .computeIfAbsent((Long) r[0], k -> new HashSet<>())
                        .add((String) r[1]));
        for (Course k : courses) {
            Localized title = Localized.pick(k.title, language);
            paths.computeIfAbsent(k.curriculum.id, id -> new ArrayList<>())
                    .add(new CourseStep(
                            k.code,
                            title.text(),
                            title.translated(),
                            Localized.pick(k.description, language).text(),
                            Localized.pick(k.activityType.names, language).text(),
                            k.activityType.online,
                            k.hours,
                            List.copyOf(k.modules),
                            outcomeCodes.getOrDefault(k.id, Set.of()).stream()
                                    .sorted()
                                    .toList()));
        }
        return paths;
    }

    private static List<String> portfolioCodes(Set<CrimePriority> priorities) {
        // Codes, in the portfolio's order; pages name them from the catalogue's priority list.
        return priorities.stream()
                .filter(p -> p.portfolio)
                .sorted(java.util.Comparator.comparing(p -> p.position))
                .map(p -> p.code)
                .toList();
    }
}
