package eu.topcop.learn.catalogue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import eu.topcop.learn.catalogue.CatalogueViews.ActivityKind;
import eu.topcop.learn.catalogue.CurriculumViews.OutcomeView;
import eu.topcop.learn.catalogue.OfferingViews.CourseDetail;
import eu.topcop.learn.catalogue.OfferingViews.OfferingDetail;
import eu.topcop.learn.catalogue.OfferingViews.OfferingFilter;
import eu.topcop.learn.catalogue.OfferingViews.OfferingSummary;
import eu.topcop.learn.platform.i18n.Language;
import eu.topcop.learn.platform.i18n.Localized;
import eu.topcop.learn.platform.persistence.FullTextQuery;
import eu.topcop.learn.platform.persistence.InList;
import eu.topcop.learn.platform.persistence.KeptWhileUnchanged;
import eu.topcop.learn.platform.web.DomainException;
import eu.topcop.learn.platform.web.ResultPage;

/**
 * Finding and reading offerings and courses, in the reader's language. Every read issues a fixed number of
 * statements, however many offerings there are.
 */
@ApplicationScoped
public class OfferingCatalogue {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CatalogueService catalogue;

    /**
     * Searches without words, kept while the offerings and what their summaries show stay as they were: every
     * trainee's catalogue page and the catalogue API read the first page of the same search (issue 17, P2: four
     * statements and the summaries built each time). Searches with words are read each time, like curricula's.
     */
    private final KeptWhileUnchanged kept = new KeptWhileUnchanged(512);

    /** Today is part of the key: which offerings are upcoming and whose applications are open moves with it. */
    private record SearchKey(OfferingFilter filter, int page, int size, Language language, LocalDate today) {}

    /**
     * What the offerings and their summaries are now: every change of an offering saves its updated_at (a
     * cancellation too), of a curriculum its own; counts and greatest ids for rows added, removed or changed in the
     * same millisecond, for courses (their titles come with the curriculum's import) and for the priorities
     * curricula serve and the names of activity types (migrations).
     */
    private static final String STAMP = "SELECT COUNT(*), MAX(id), MAX(updated_at), (SELECT COUNT(*) FROM course),"
            + " (SELECT MAX(id) FROM course), (SELECT COUNT(*) FROM curriculum),"
            + " (SELECT MAX(updated_at) FROM curriculum), (SELECT COUNT(*) FROM curriculum_priority),"
            + " (SELECT COUNT(*) FROM activity_type_translation) FROM offering";

    /** Scheduled offerings that match the filter, by start date: one statement when kept, else at most four. */
    public ResultPage<OfferingSummary> search(OfferingFilter filter, int page, int size, Language language) {
        if (filter.text() != null && !filter.text().isBlank()) {
            return read(filter, page, size, language);
        }
        List<Object> stamp =
                Arrays.asList((Object[]) em.createNativeQuery(STAMP).getSingleResult());
        return kept.get(stamp, new SearchKey(filter, page, size, language, today()), () -> {
            ResultPage<OfferingSummary> read = read(filter, page, size, language);
            // Shared between requests: read-only as read.
            return new ResultPage<>(Collections.unmodifiableList(read.items()), read.page(), read.size(), read.total());
        });
    }

    private ResultPage<OfferingSummary> read(OfferingFilter filter, int page, int size, Language language) {
        StringBuilder where = new StringBuilder(" FROM offering o JOIN course k ON k.id = o.course_id"
                + " WHERE o.status = 'SCHEDULED' AND o.ends_on >= :from");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("from", filter.from() == null ? today() : filter.from());
        if (filter.to() != null) {
            where.append(" AND o.starts_on <= :to");
            parameters.put("to", filter.to());
        }
        if (present(filter.priority())) {
            where.append(
                    " AND EXISTS (SELECT 1 FROM curriculum_priority cp JOIN crime_priority p"
                            + " ON p.id = cp.crime_priority_id WHERE cp.curriculum_id = k.curriculum_id AND p.code = :priority)");
            parameters.put("priority", filter.priority());
        }
        if (present(filter.activityType())) {
            where.append(" AND k.activity_type_code = :activityType");
            parameters.put("activityType", filter.activityType());
        }
        if (present(filter.country())) {
            where.append(" AND o.country_code = :country");
            parameters.put("country", filter.country().toUpperCase(Locale.ROOT));
        }
        if (present(filter.language())) {
            where.append(" AND o.working_language = :language");
            parameters.put("language", filter.language());
        }
        if (present(filter.course())) {
            where.append(" AND k.code = :course");
            parameters.put("course", filter.course());
        }
        FullTextQuery text = FullTextQuery.of(filter.text());
        if (text.words() != null) {
            where.insert(where.indexOf(" WHERE "), " JOIN (" + TaughtWords.OFFERINGS + ") taught ON taught.id = o.id");
            parameters.put("words", text.words());
        } else if (text.fragment() != null) {
            where.append(" AND (k.search_text LIKE :fragment OR o.venue LIKE :fragment)");
            parameters.put("fragment", text.fragment());
        }

        Query count = em.createNativeQuery("SELECT COUNT(*)" + where);
        parameters.forEach(count::setParameter);
        long total = ((Number) count.getSingleResult()).longValue();
        if (total == 0 || (long) page * size >= total) {
            return new ResultPage<>(List.of(), page, size, total);
        }
        Query ids = em.createNativeQuery(
                "SELECT o.id" + where + " ORDER BY o.starts_on, o.code LIMIT :limit OFFSET :offset");
        parameters.forEach(ids::setParameter);
        ids.setParameter("limit", size);
        ids.setParameter("offset", page * size);
        List<Long> found = ((List<?>) ids.getResultList())
                .stream().map(n -> ((Number) n).longValue()).toList();
        return new ResultPage<>(summaries(found, language), page, size, total);
    }

    public OfferingDetail offering(String code, Language language) {
        Offering o = em.createQuery(
                        "select o from Offering o join fetch o.course k join fetch k.curriculum"
                                + " join fetch k.activityType left join fetch o.country where o.code = :code",
                        Offering.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new DomainException.NotFound("No offering with code '" + code + "'"));
        Course k = o.course;
        Localized title = Localized.pick(k.title, language);
        return new OfferingDetail(
                o.code,
                o.status,
                o.cancellationReason,
                k.code,
                title.text(),
                title.translated(),
                Localized.pick(k.description, language).text(),
                activityName(k.activityType.code, language),
                o.online,
                k.hours,
                o.days(),
                k.curriculum.code,
                Localized.pick(k.curriculum.title, language).text(),
                priorities(List.of(k.id)).getOrDefault(k.id, List.of()),
                modules(k.id),
                o.startsOn,
                o.endsOn,
                o.venue,
                o.country == null ? null : o.country.code,
                countryName(o.country == null ? null : o.country.code, language),
                o.capacity,
                o.workingLanguage,
                languageName(o.workingLanguage),
                o.applicationsOpenOn,
                o.applicationsCloseOn,
                o.window(today()),
                o.courseManager,
                o.courseManagerName,
                o.version);
    }

    /** A course with its outcomes and its next offerings (at most {@code upcoming}). */
    public CourseDetail course(String code, int upcoming, Language language) {
        Course k = em.createQuery(
                        "select k from Course k join fetch k.curriculum join fetch k.activityType where k.code = :code",
                        Course.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new DomainException.NotFound("No course with code '" + code + "'"));
        List<OutcomeView> outcomes = em
                .createQuery(
                        "select o from Course k join k.outcomes o where k.id = :id order by o.position",
                        LearningOutcome.class)
                .setParameter("id", k.id)
                .getResultList()
                .stream()
                .map(o ->
                        new OutcomeView(o.code, Localized.pick(o.text, language).text()))
                .toList();
        ResultPage<OfferingSummary> next = search(OfferingFilter.ofCourse(code), 0, upcoming, language);
        Localized title = Localized.pick(k.title, language);
        return new CourseDetail(
                k.code,
                title.text(),
                title.translated(),
                Localized.pick(k.description, language).text(),
                k.activityType.code,
                activityName(k.activityType.code, language),
                k.activityType.online,
                k.hours,
                k.curriculum.code,
                Localized.pick(k.curriculum.title, language).text(),
                priorities(List.of(k.id)).getOrDefault(k.id, List.of()),
                modules(k.id),
                outcomes,
                next.items(),
                next.total());
    }

    /** The offerings a course manager is in charge of, cancelled ones included, newest start first. */
    public ResultPage<OfferingSummary> managedBy(String username, int page, int size, Language language) {
        long total = em.createQuery("select count(o) from Offering o where o.courseManager = :u", Long.class)
                .setParameter("u", username)
                .getSingleResult();
        List<Long> ids = em.createQuery(
                        "select o.id from Offering o where o.courseManager = :u order by o.startsOn desc, o.code",
                        Long.class)
                .setParameter("u", username)
                .setFirstResult(page * size)
                .setMaxResults(size)
                .getResultList();
        return new ResultPage<>(summaries(ids, language), page, size, total);
    }

    /**
     * When the catalogue last changed, for Last-Modified. Never before today's start: which offerings are
     * upcoming and whose applications are open changes with the date alone.
     */
    public Instant catalogueChangedAt() {
        Number newest = (Number) em.createNativeQuery("SELECT COALESCE(FLOOR(UNIX_TIMESTAMP(GREATEST("
                        + " COALESCE((SELECT MAX(updated_at) FROM curriculum), TIMESTAMP '1970-01-02 00:00:00'),"
                        + " COALESCE((SELECT MAX(updated_at) FROM offering), TIMESTAMP '1970-01-02 00:00:00')))), 0)")
                .getSingleResult();
        Instant changed = Instant.ofEpochSecond(newest.longValue());
        Instant startOfToday = today().atStartOfDay().toInstant(ZoneOffset.UTC);
        return changed.isAfter(startOfToday) ? changed : startOfToday;
    }

    /**
     * The summaries of these offerings, in this order. Read as columns, not entities: a catalogue page needs a course's
     * title, not its descriptions in seven languages and its search text, and nothing read here is changed (issue 17:
     * loading the entities was most of the catalogue API's time).
     */
    private List<OfferingSummary> summaries(List<Long> ids, Language language) {
        if (ids.isEmpty()) {
            return List.of();
        }
        InList idsIn = InList.of("ids", ids);
        Map<Long, Object[]> byId = InList.bind(
                        em.createQuery(
                                "select o.id, o.code, k.id, k.code, k.title, k.activityType.code, o.online, o.startsOn,"
                                        + " o.endsOn, o.venue, c.code, o.capacity, o.workingLanguage,"
                                        + " o.applicationsOpenOn, o.applicationsCloseOn"
                                        + " from Offering o join o.course k left join o.country c where o.id in "
                                        + idsIn,
                                Object[].class),
                        idsIn)
                .getResultList()
                .stream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> r));
        Map<Long, List<String>> priorities = priorities(
                byId.values().stream().map(r -> (Long) r[2]).distinct().toList());
        Map<String, ActivityKind> kinds = activityKinds(language);
        LocalDate today = today();
        List<OfferingSummary> summaries = new ArrayList<>();
        for (Long id : ids) {
            Object[] r = byId.get(id);
            @SuppressWarnings("unchecked")
            Localized title = Localized.pick((Map<String, String>) r[4], language);
            String typeCode = (String) r[5];
            ActivityKind kind = kinds.get(typeCode);
            String country = (String) r[10];
            String workingLanguage = (String) r[12];
            LocalDate opens = (LocalDate) r[13];
            LocalDate closes = (LocalDate) r[14];
            summaries.add(new OfferingSummary(
                    (String) r[1],
                    (String) r[3],
                    title.text(),
                    title.translated(),
                    typeCode,
                    kind == null ? typeCode : kind.name(),
                    (Boolean) r[6],
                    priorities.getOrDefault((Long) r[2], List.of()),
                    (LocalDate) r[7],
                    (LocalDate) r[8],
                    (String) r[9],
                    country,
                    countryName(country, language),
                    (Short) r[11],
                    workingLanguage,
                    languageName(workingLanguage),
                    opens,
                    closes,
                    Offering.window(opens, closes, today)));
        }
        return summaries;
    }

    /** Portfolio priority codes per course id, in the portfolio's order: one statement. */
    private Map<Long, List<String>> priorities(List<Long> courseIds) {
        Map<Long, List<String>> map = new HashMap<>();
        if (courseIds.isEmpty()) {
            return map;
        }
        InList idsIn = InList.of("ids", courseIds);
        InList.bind(
                        em.createQuery(
                                "select k.id, p.code from Course k join k.curriculum c join c.priorities p"
                                        + " where k.id in " + idsIn + " and p.portfolio = true order by p.position",
                                Object[].class),
                        idsIn)
                .getResultList()
                .forEach(r -> map.computeIfAbsent((Long) r[0], id -> new ArrayList<>())
                        .add((String) r[1]));
        return map;
    }

    private List<String> modules(Long courseId) {
        return em
                .createNativeQuery(
                        "SELECT module_code FROM course_module WHERE course_id = :id ORDER BY position", String.class)
                .setParameter("id", courseId)
                .getResultList()
                .stream()
                .map(Object::toString)
                .toList();
    }

    private Map<String, ActivityKind> activityKinds(Language language) {
        Map<String, ActivityKind> kinds = new HashMap<>();
        catalogue.activityTypes(language).forEach(k -> kinds.put(k.code(), k));
        return kinds;
    }

    private String activityName(String code, Language language) {
        ActivityKind kind = activityKinds(language).get(code);
        return kind == null ? code : kind.name();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static String countryName(String code, Language language) {
        return code == null ? null : new Locale("", code).getDisplayCountry(language.locale());
    }

    private static String languageName(String code) {
        return Language.of(code).map(Language::name).orElse(code);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
