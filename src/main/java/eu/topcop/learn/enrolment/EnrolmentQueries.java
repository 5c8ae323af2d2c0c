package eu.topcop.learn.enrolment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import eu.topcop.learn.catalogue.Offering;
import eu.topcop.learn.enrolment.EnrolmentViews.ApplicationDetail;
import eu.topcop.learn.enrolment.EnrolmentViews.ApplicationView;
import eu.topcop.learn.enrolment.EnrolmentViews.EventView;
import eu.topcop.learn.enrolment.EnrolmentViews.NotificationView;
import eu.topcop.learn.enrolment.EnrolmentViews.QuotaUse;
import eu.topcop.learn.platform.i18n.Language;
import eu.topcop.learn.platform.i18n.Localized;
import eu.topcop.learn.platform.persistence.InList;
import eu.topcop.learn.platform.web.DomainException;
import eu.topcop.learn.platform.web.ResultPage;

/**
 * Lists of applications for the applicant, their coordinator and course managers. Who sees what is decided
 * here: an applicant their own, a coordinator their country's, course managers all. Each list is two
 * statements (count and page), whatever its length.
 */
@ApplicationScoped
public class EnrolmentQueries {

    /** Who is looking, and so which rows they may see. */
    public record Viewer(Person person, boolean coordinator, boolean manager) {

        /** The applicant's own: whose it is goes by the person, never by user name (it can pass to another account). */
        public boolean owns(Application application) {
            return person.id != null && person.id.equals(application.person.id);
        }

        /** A course manager, or the national coordinator of the applicant's country. */
        public boolean oversees(Application application) {
            return manager || (coordinator && person.country != null && person.country.equals(application.country));
        }

        /** Someone else's application does not exist for this viewer. */
        public boolean maySee(Application application) {
            return owns(application) || oversees(application);
        }

        /** The applicant while it is not final; those who oversee it at any time. */
        public boolean mayChangeSupervisor(Application application) {
            return oversees(application) || (owns(application) && !application.status.isFinal());
        }
    }

    /** Optional filters of the lists; no statuses: any status. */
    public record Filter(String offering, String country, Set<Application.Status> statuses) {

        public Filter(String offering, String country, Application.Status status) {
            this(offering, country, status == null ? Set.of() : Set.of(status));
        }

        public static Filter none() {
            return new Filter(null, null, Set.of());
        }

        /** One offering's applications, in any status. */
        public static Filter of(String offering) {
            return new Filter(offering, null, Set.of());
        }

        boolean onlyWaitingList() {
            return statuses.equals(Set.of(Application.Status.WAITING));
        }
    }

    /** An offering to choose in the queue's filter: its course's title and dates. */
    public record OfferingChoice(String code, String title, java.time.LocalDate startsOn, java.time.LocalDate endsOn) {}

    /** A country to choose in the queue's filter, named in the reader's language. */
    public record CountryChoice(String code, String name) {}

    @Inject
    EntityManager em;

    @Inject
    EnrolmentRules rules;

    @Inject
    EnrolmentQueue queue;

    public ResultPage<ApplicationView> mine(Person person, int page, int size, Language language) {
        // Newest first: a person looks for the application they just made, not the one of two years ago.
        return list(
                "a.person.id = :person",
                Map.of("person", person.id),
                Filter.none(),
                " order by a.submittedAt desc, a.id desc",
                page,
                size,
                language);
    }

    /** The person's application to one offering, or null. */
    public ApplicationView mine(Person person, String offering) {
        if (person.id == null) {
            return null;
        }
        List<Long> ids = em.createQuery(
                        "select a.id from Application a where a.person.id = :p and a.offering.code = :o", Long.class)
                .setParameter("p", person.id)
                .setParameter("o", offering)
                .getResultList();
        return ids.isEmpty() ? null : views(ids, Language.ENGLISH).get(0);
    }

    /** A coordinator's country: applications and nominations of its officers. */
    public ResultPage<ApplicationView> ofCountry(
            Person coordinator, Filter filter, int page, int size, Language language) {
        if (coordinator.country == null) {
            return new ResultPage<>(List.of(), page, size, 0);
        }
        return list("a.country = :own", Map.of("own", coordinator.country), filter, page, size, language);
    }

    /** The course managers' queue, oldest first so that nobody waits longest: see {@link EnrolmentQueue}. */
    public EnrolmentQueue.QueuePage queue(Filter filter, String after, int size, Language language) {
        return queue.page(filter, after, size, language);
    }

    /**
     * The offerings that have applications in one of these statuses (any status: none given), and the one chosen
     * already, for the queue's filter, soonest first: one statement.
     */
    public List<OfferingChoice> offeringChoices(Set<Application.Status> statuses, String chosen, Language language) {
        InList statusesIn = InList.of("statuses", statuses);
        var query = em.createQuery(
                "select o from Offering o join fetch o.course where o.code = :chosen"
                        + " or o.id in (select a.offering.id from Application a"
                        + (statuses.isEmpty() ? ")" : " where a.status in " + statusesIn + ")")
                        + " order by o.startsOn, o.code",
                Offering.class);
        query.setParameter("chosen", chosen == null ? "" : chosen);
        if (!statuses.isEmpty()) {
            InList.bind(query, statusesIn);
        }
        return query.getResultList().stream()
                .map(o -> new OfferingChoice(
                        o.code, Localized.pick(o.course.title, language).text(), o.startsOn, o.endsOn))
                .toList();
    }

    /**
     * The applicants' countries with applications in one of these statuses, and the one chosen already, by name in
     * the reader's language.
     */
    public List<CountryChoice> countryChoices(Set<Application.Status> statuses, String chosen, Language language) {
        InList statusesIn = InList.of("statuses", statuses);
        var query = em.createQuery(
                "select distinct a.country from Application a where a.country is not null"
                        + (statuses.isEmpty() ? "" : " and a.status in " + statusesIn),
                String.class);
        if (!statuses.isEmpty()) {
            InList.bind(query, statusesIn);
        }
        java.text.Collator collator = java.text.Collator.getInstance(language.locale());
        Set<String> codes = new java.util.HashSet<>(query.getResultList());
        if (chosen != null && chosen.matches("[A-Za-z]{2}")) {
            codes.add(chosen.toUpperCase(Locale.ROOT));
        }
        return codes.stream()
                .map(c -> new CountryChoice(c, new Locale("", c).getDisplayCountry(language.locale())))
                .sorted(java.util.Comparator.comparing(CountryChoice::name, collator))
                .toList();
    }

    /**
     * The display names of the people who acted in a history, by user name: one statement, whatever the history's
     * length. Those not known as people here (the system, an erased account) keep what was recorded.
     */
    Map<String, String> namesOf(java.util.Collection<String> usernames) {
        Map<String, String> names = new HashMap<>();
        if (usernames.isEmpty()) {
            return names;
        }
        InList uIn = InList.of("u", usernames);
        InList.bind(
                        em.createQuery(
                                "select p.username, p.name from Person p where p.username in " + uIn, Object[].class),
                        uIn)
                .getResultList()
                .forEach(r -> {
                    if (r[1] != null) {
                        names.put((String) r[0], (String) r[1]);
                    }
                });
        return names;
    }

    /** Seated people (approved, or offered a seat) of an offering. */
    public ResultPage<ApplicationView> roster(String offering, int page, int size, Language language) {
        InList held = InList.of("held", List.of(Application.Status.APPROVED, Application.Status.OFFERED));
        return list("a.status in " + held, held.parameters(), Filter.of(offering), page, size, language);
    }

    public ResultPage<ApplicationView> waitingList(String offering, int page, int size, Language language) {
        return list("1 = 1", Map.of(), new Filter(offering, null, Application.Status.WAITING), page, size, language);
    }

    public ApplicationDetail detail(long id, Viewer viewer, Language language) {
        List<ApplicationView> found = views(List.of(id), language);
        if (found.isEmpty()) {
            throw new DomainException.NotFound("No application " + id);
        }
        ApplicationView view = found.get(0);
        // The application is in the persistence context already (views loaded it): no further statement.
        Application application = em.find(Application.class, id);
        if (!viewer.maySee(application)) {
            throw new DomainException.NotFound("No application " + id);
        }
        List<ApplicationEvent> events = em.createQuery(
                        "select e from ApplicationEvent e where e.application.id = :id order by e.at, e.id",
                        ApplicationEvent.class)
                .setParameter("id", id)
                .getResultList();
        Map<String, String> names = namesOf(events.stream()
                .map(e -> e.actor)
                .filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.toSet()));
        List<EventView> history = events.stream()
                .map(e -> new EventView(
                        e.at, e.actor, names.getOrDefault(e.actor, e.actor), e.from, e.to, e.reason, e.change))
                .toList();
        return new ApplicationDetail(view, history, viewer.owns(application), viewer.mayChangeSupervisor(application));
    }

    /** Per country: quota, applications still in the running and seats held; for one country or all. */
    public List<QuotaUse> quotaUse(String offeringCode, String onlyCountry, Language language) {
        Offering offering = Offering.<Offering>find("code", offeringCode)
                .firstResultOptional()
                .orElseThrow(() -> new DomainException.NotFound("No offering with code '" + offeringCode + "'"));
        Map<String, Integer> quotas = rules.of(offering).quotas();
        Map<String, long[]> counts = new HashMap<>();
        em.createQuery(
                        "select a.country, a.status, count(a) from Application a where a.offering = :o"
                                + " group by a.country, a.status",
                        Object[].class)
                .setParameter("o", offering)
                .getResultList()
                .forEach(r -> {
                    long[] c = counts.computeIfAbsent((String) r[0], k -> new long[2]);
                    Application.Status status = (Application.Status) r[1];
                    long n = (Long) r[2];
                    if (status.isActive()) {
                        c[0] += n;
                    }
                    if (status.holdsSeat()) {
                        c[1] += n;
                    }
                });
        TreeSet<String> countries = new TreeSet<>(quotas.keySet());
        counts.keySet().stream().filter(c -> c != null).forEach(countries::add);
        List<QuotaUse> use = new ArrayList<>();
        for (String country : countries) {
            if (onlyCountry != null && !onlyCountry.equals(country)) {
                continue;
            }
            long[] c = counts.getOrDefault(country, new long[2]);
            use.add(new QuotaUse(
                    country,
                    new Locale("", country).getDisplayCountry(language.locale()),
                    quotas.get(country),
                    c[0],
                    c[1]));
        }
        return use;
    }

    /**
     * A page of the person's notifications, newest first, in the language they read in now where the notification
     * kept its message keys (else in the one it was written in), its times in the zone they read in now.
     */
    public ResultPage<NotificationView> notifications(
            Person person, int page, int size, Language language, java.time.ZoneId zone) {
        long total = em.createQuery("select count(n) from Notification n where n.person.id = :p", Long.class)
                .setParameter("p", person.id)
                .getSingleResult();
        List<NotificationView> items = em
                .createQuery(
                        "select n from Notification n where n.person.id = :p order by n.createdAt desc, n.id desc",
                        Notification.class)
                .setParameter("p", person.id)
                .setFirstResult(page * size)
                .setMaxResults(size)
                .getResultList()
                .stream()
                .map(n -> {
                    String[] text = NoticeText.read(n.message, language, zone);
                    return new NotificationView(
                            n.id,
                            n.kind,
                            text == null ? n.subject : text[0],
                            text == null ? n.body : text[1],
                            n.createdAt,
                            n.readAt != null,
                            n.link != null);
                })
                .toList();
        return new ResultPage<>(items, page, size, total);
    }

    private ResultPage<ApplicationView> list(
            String condition, Map<String, Object> parameters, Filter filter, int page, int size, Language language) {
        String order = filter.onlyWaitingList() ? " order by a.waitingSince, a.id" : " order by a.submittedAt, a.id";
        return list(condition, parameters, filter, order, page, size, language);
    }

    private ResultPage<ApplicationView> list(
            String condition,
            Map<String, Object> parameters,
            Filter filter,
            String order,
            int page,
            int size,
            Language language) {
        StringBuilder where = new StringBuilder(" where ").append(condition);
        Map<String, Object> all = new HashMap<>(parameters);
        where.append(filtered(filter, all).substring(" where 1 = 1".length()));
        var count = em.createQuery("select count(a) from Application a" + where, Long.class);
        all.forEach(count::setParameter);
        long total = count.getSingleResult();
        var ids = em.createQuery("select a.id from Application a" + where + order, Long.class);
        all.forEach(ids::setParameter);
        List<Long> page0 = ids.setFirstResult(page * size).setMaxResults(size).getResultList();
        return new ResultPage<>(views(page0, language), page, size, total);
    }

    /** The filter's conditions after " where 1 = 1", its parameters put in {@code all}. */
    static StringBuilder filtered(Filter filter, Map<String, Object> all) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (filter.offering() != null && !filter.offering().isBlank()) {
            where.append(" and a.offering.code = :offering");
            all.put("offering", filter.offering());
        }
        if (filter.country() != null && !filter.country().isBlank()) {
            where.append(" and a.country = :country");
            all.put("country", filter.country().toUpperCase(Locale.ROOT));
        }
        if (!filter.statuses().isEmpty()) {
            InList statuses = InList.of("statuses", filter.statuses());
            where.append(" and a.status in ").append(statuses);
            all.putAll(statuses.parameters());
        }
        return where;
    }

    /**
     * The applications with these ids, in this order, with offering, course and people: one statement. Read as the
     * columns a view shows, not as entities: five entities a row (their JSON columns copied for dirty checking, a
     * course's modules) were a tenth of the home page's time in the profile (issue 17, P2).
     */
    List<ApplicationView> views(List<Long> ids, Language language) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, ApplicationView> byId = new HashMap<>();
        InList idsIn = InList.of("ids", ids);
        InList.bind(
                        em.createQuery(
                                "select a.id, o.code, c.code, c.title, o.startsOn, o.endsOn, o.online, a.kind, a.status,"
                                        + " p.username, p.name, a.country, p.agency, p.position, p.agencyType,"
                                        + " a.motivation, n.name, a.submittedAt, a.offerExpiresAt, a.reason,"
                                        + " a.endorsementRequired, a.supervisorName, a.supervisorEmail,"
                                        + " a.supervisorPosition, a.supervisorLanguage"
                                        + " from Application a join a.offering o join o.course c join a.person p"
                                        + " left join a.nominatedBy n where a.id in " + idsIn,
                                Object[].class),
                        idsIn)
                .getResultList()
                .forEach(row -> {
                    ApplicationView view = view(row, language);
                    byId.put(view.id(), view);
                });
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    @SuppressWarnings("unchecked")
    private static ApplicationView view(Object[] r, Language language) {
        Application.Status status = (Application.Status) r[8];
        String supervisorName = (String) r[21];
        return new ApplicationView(
                (Long) r[0],
                (String) r[1],
                (String) r[2],
                Localized.pick((Map<String, String>) r[3], language).text(),
                (LocalDate) r[4],
                (LocalDate) r[5],
                (Boolean) r[6],
                (Application.Kind) r[7],
                status,
                (String) r[9],
                (String) r[10],
                (String) r[11],
                (String) r[12],
                (String) r[13],
                (String) r[14],
                (String) r[15],
                (String) r[16],
                (Instant) r[17],
                (Instant) r[18],
                (String) r[19],
                Application.awaitsEndorsement((Boolean) r[20], status),
                supervisorName == null
                        ? null
                        : new Supervisor(supervisorName, (String) r[22], (String) r[23], (String) r[24]));
    }
}
