package eu.topcop.learn.exchange;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Size;

import eu.topcop.learn.catalogue.CrimePriority;
import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.platform.i18n.Language;
import eu.topcop.learn.platform.web.CalendarFile;
import eu.topcop.learn.platform.web.DomainException;
import eu.topcop.learn.platform.web.Problem;
import eu.topcop.learn.platform.web.ResultPage;

/**
 * Thematic workshops and webinars of the support network: course managers schedule them with an agenda;
 * anyone signed in registers (within the capacity, counted under the event's row lock); organisers record who
 * attended, add materials and write down the outcomes.
 */
@ApplicationScoped
public class NetworkEvents {

    public record Schedule(
            @Size(max = 12) String kind,
            @Size(max = 300) String title,
            @Size(max = 80) String priority,
            LocalDateTime startsAt,
            LocalDateTime endsAt,
            @Size(max = 200) String place,
            @Size(max = 500) String link,
            @Size(max = 8) String language,
            Integer capacity,
            @Size(max = 8000) String agenda,
            @Size(max = 80) String network) {

        /** An event of no network. */
        public Schedule(
                String kind,
                String title,
                String priority,
                LocalDateTime startsAt,
                LocalDateTime endsAt,
                String place,
                String link,
                String language,
                Integer capacity,
                String agenda) {
            this(kind, title, priority, startsAt, endsAt, place, link, language, capacity, agenda, null);
        }
    }

    public record Material(
            @Size(max = 300) String title, @Size(max = 500) String url) {}

    public record Attendee(long person, String name, String country, Boolean attended) {}

    public record EventView(
            String code,
            String kind,
            String title,
            String priority,
            Instant startsAt,
            Instant endsAt,
            String place,
            String language,
            int capacity,
            long registered,
            long attended,
            String status) {}

    public record Detail(
            EventView event,
            String agenda,
            String outcomes,
            String link,
            boolean registered,
            List<Material> materials,
            ResultPage<Attendee> attendees) {}

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /** Times are given in UTC, as pages show them. */
    @Transactional
    public NetworkEvent schedule(Schedule form, String organiser) {
        List<Problem.FieldError> problems = new ArrayList<>();
        if (!"WORKSHOP".equals(form.kind()) && !"WEBINAR".equals(form.kind())) {
            problems.add(new Problem.FieldError("kind", "Choose workshop or webinar"));
        }
        if (blank(form.title()) || form.title().length() > 300) {
            problems.add(new Problem.FieldError("title", "Required, at most 300 characters"));
        }
        CrimePriority priority = blank(form.priority())
                ? null
                : CrimePriority.<CrimePriority>find("code", form.priority()).firstResult();
        if (!blank(form.priority()) && priority == null) {
            problems.add(new Problem.FieldError("priority", "No such crime priority"));
        }
        if (form.startsAt() == null || form.startsAt().toInstant(ZoneOffset.UTC).isBefore(Instant.now(clock))) {
            problems.add(new Problem.FieldError("startsAt", "Give the start, not in the past"));
        }
        if (form.endsAt() == null || (form.startsAt() != null && !form.endsAt().isAfter(form.startsAt()))) {
            problems.add(new Problem.FieldError("endsAt", "Give the end, after the start"));
        }
        if ("WORKSHOP".equals(form.kind()) && blank(form.place())) {
            problems.add(new Problem.FieldError("place", "A workshop needs a place"));
        }
        if ("WEBINAR".equals(form.kind())
                && (blank(form.link()) || !form.link().strip().startsWith("https://"))) {
            problems.add(new Problem.FieldError("link", "A webinar needs its https:// address"));
        }
        if (form.language() == null || Language.of(form.language()).isEmpty()) {
            problems.add(new Problem.FieldError("language", "Choose the working language"));
        }
        if (form.capacity() == null || form.capacity() < 1 || form.capacity() > 10_000) {
            problems.add(new Problem.FieldError("capacity", "Capacity: from 1 to 10000"));
        }
        if (blank(form.agenda()) || form.agenda().length() > 8000) {
            problems.add(new Problem.FieldError("agenda", "Required, at most 8000 characters"));
        }
        // The network whose meeting it is (networks.Network), when one is named.
        Long network = null;
        if (!blank(form.network())) {
            List<?> found = eu.topcop.learn.networks.Network.getEntityManager()
                    .createQuery("select n.id from Network n where n.code = :code")
                    .setParameter("code", form.network())
                    .getResultList();
            if (found.isEmpty()) {
                problems.add(new Problem.FieldError("network", "No such network"));
            } else {
                network = (Long) found.get(0);
            }
        }
        if (!problems.isEmpty()) {
            throw new DomainException.Invalid("The event has mistakes", problems);
        }
        NetworkEvent event = new NetworkEvent();
        event.networkId = network;
        event.code = "ev-" + form.startsAt().toLocalDate() + "-"
                + UUID.randomUUID().toString().substring(0, 6);
        event.kind = form.kind();
        event.title = form.title().strip();
        event.priority = priority;
        event.startsAt = form.startsAt().toInstant(ZoneOffset.UTC);
        event.endsAt = form.endsAt().toInstant(ZoneOffset.UTC);
        event.place = blank(form.place()) ? null : form.place().strip();
        event.link = blank(form.link()) ? null : form.link().strip();
        event.language = form.language();
        event.capacity = form.capacity().shortValue();
        event.agenda = form.agenda().strip();
        event.organiser = organiser;
        event.status = "SCHEDULED";
        event.createdAt = Instant.now(clock);
        event.persist();
        return event;
    }

    /** Registers the person; registering twice is one registration; a full event refuses. */
    @Transactional
    public void register(String code, Person person) {
        NetworkEvent event = locked(code);
        if (!"SCHEDULED".equals(event.status) || !event.endsAt.isAfter(Instant.now(clock))) {
            throw new DomainException.Conflict("Registration for " + code + " is closed");
        }
        Person me = em.merge(person);
        if (registered(event, me.id)) {
            return;
        }
        if (count(event, false) >= event.capacity) {
            throw new DomainException.Conflict("All " + event.capacity + " places of " + code + " are taken");
        }
        em.createNativeQuery("INSERT INTO network_event_registration (event_id, person_id, registered_at)"
                        + " VALUES (:e, :p, :at)")
                .setParameter("e", event.id)
                .setParameter("p", me.id)
                .setParameter("at", Instant.now(clock))
                .executeUpdate();
    }

    @Transactional
    public void unregister(String code, Person person) {
        NetworkEvent event = locked(code);
        if (person.id != null) {
            em.createNativeQuery("DELETE FROM network_event_registration WHERE event_id = :e AND person_id = :p"
                            + " AND attended IS NULL")
                    .setParameter("e", event.id)
                    .setParameter("p", person.id)
                    .executeUpdate();
        }
    }

    /** Who attended, among those registered; once the event has begun. */
    @Transactional
    public void recordAttendance(String code, List<Long> attended) {
        NetworkEvent event = locked(code);
        if (event.startsAt.isAfter(Instant.now(clock))) {
            throw new DomainException.RuleViolation("attended", "Attendance is recorded once the event has begun");
        }
        Set<Long> present = new HashSet<>(attended == null ? List.of() : attended);
        em.createNativeQuery("UPDATE network_event_registration SET attended = (person_id IN (:ids))"
                        + " WHERE event_id = :e")
                .setParameter("ids", present.isEmpty() ? List.of(-1L) : present)
                .setParameter("e", event.id)
                .executeUpdate();
    }

    @Transactional
    public void addMaterial(String code, Material material) {
        NetworkEvent event = locked(code);
        List<Problem.FieldError> problems = new ArrayList<>();
        if (material == null || blank(material.title()) || material.title().length() > 300) {
            problems.add(new Problem.FieldError("title", "Required, at most 300 characters"));
        }
        if (material == null || blank(material.url()) || !material.url().strip().matches("https?://\\S{3,490}")) {
            problems.add(new Problem.FieldError("url", "An http:// or https:// address"));
        }
        if (!problems.isEmpty()) {
            throw new DomainException.Invalid("The material has mistakes", problems);
        }
        em.createNativeQuery(
                        "INSERT INTO network_event_material (event_id, title, url, added_at) VALUES (:e, :t, :u, :at)")
                .setParameter("e", event.id)
                .setParameter("t", material.title().strip())
                .setParameter("u", material.url().strip())
                .setParameter("at", Instant.now(clock))
                .executeUpdate();
    }

    @Transactional
    public void recordOutcomes(String code, String outcomes) {
        NetworkEvent event = locked(code);
        if (blank(outcomes) || outcomes.length() > 8000) {
            throw new DomainException.RuleViolation("outcomes", "Write the outcomes (at most 8000 characters)");
        }
        event.outcomes = outcomes.strip();
    }

    public ResultPage<EventView> list(boolean upcoming, int page, int size) {
        String where = upcoming ? " where e.endsAt >= :now" : "";
        var count = em.createQuery("select count(e) from NetworkEvent e" + where, Long.class);
        var list = em.createQuery(
                "select e from NetworkEvent e left join fetch e.priority" + where
                        + (upcoming ? " order by e.startsAt, e.id" : " order by e.startsAt desc, e.id"),
                NetworkEvent.class);
        if (upcoming) {
            count.setParameter("now", Instant.now(clock));
            list.setParameter("now", Instant.now(clock));
        }
        long total = count.getSingleResult();
        List<NetworkEvent> events =
                list.setFirstResult(page * size).setMaxResults(size).getResultList();
        java.util.Map<Long, long[]> counts =
                counts(events.stream().map(e -> e.id).toList());
        return new ResultPage<>(events.stream().map(e -> view(e, counts)).toList(), page, size, total);
    }

    /**
     * The event as a calendar file (RFC 5545) for anyone who may read its page: its times in UTC, its place, its
     * agenda. The webinar link stays out, as on the page it is for those registered.
     */
    public String calendar(String code) {
        NetworkEvent event = em.createQuery("select e from NetworkEvent e where e.code = :c", NetworkEvent.class)
                .setParameter("c", code)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new DomainException.NotFound("No event " + code));
        return CalendarFile.of(
                new CalendarFile.Entry(
                        "event-" + event.code,
                        event.title,
                        new CalendarFile.Span(event.startsAt, event.endsAt),
                        event.place,
                        event.agenda,
                        null,
                        null),
                "Events");
    }

    /** An event with its materials, the viewer's registration and (for organisers) a page of attendees. */
    public Detail detail(String code, Person viewer, boolean organiser, int page) {
        NetworkEvent event = em.createQuery(
                        "select e from NetworkEvent e left join fetch e.priority where e.code = :c", NetworkEvent.class)
                .setParameter("c", code)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new DomainException.NotFound("No event " + code));
        boolean registered = viewer.id != null && registered(event, viewer.id);
        List<Material> materials = em
                .createQuery(
                        "select m.title, m.url from NetworkEventMaterial m where m.eventId = :e order by m.id",
                        Object[].class)
                .setParameter("e", event.id)
                .getResultList()
                .stream()
                .map(r -> new Material((String) r[0], (String) r[1]))
                .toList();
        int size = 100;
        java.util.Map<Long, long[]> counts = counts(List.of(event.id));
        List<Attendee> attendees = !organiser
                ? List.of()
                : ((List<?>) em.createNativeQuery("SELECT p.id, p.name, p.country_code, r.attended FROM"
                                        + " network_event_registration r JOIN person p ON p.id = r.person_id"
                                        + " WHERE r.event_id = :e ORDER BY p.name, p.id")
                                .setParameter("e", event.id)
                                .setFirstResult(page * size)
                                .setMaxResults(size)
                                .getResultList())
                        .stream()
                                .map(o -> (Object[]) o)
                                .map(r -> new Attendee(
                                        ((Number) r[0]).longValue(),
                                        (String) r[1],
                                        (String) r[2],
                                        r[3] == null
                                                ? null
                                                : (r[3] instanceof Boolean b ? b : ((Number) r[3]).intValue() != 0)))
                                .toList();
        EventView view = view(event, counts);
        return new Detail(
                view,
                event.agenda,
                event.outcomes,
                registered || organiser ? event.link : null,
                registered,
                materials,
                new ResultPage<>(attendees, page, size, organiser ? view.registered() : 0));
    }

    private java.util.Map<Long, long[]> counts(List<Long> ids) {
        java.util.Map<Long, long[]> counts = new java.util.HashMap<>();
        if (!ids.isEmpty()) {
            ((List<?>) em.createNativeQuery("SELECT event_id, COUNT(*), COALESCE(SUM(attended), 0) FROM"
                                    + " network_event_registration WHERE event_id IN (:ids) GROUP BY event_id")
                            .setParameter("ids", ids)
                            .getResultList())
                    .stream()
                            .map(o -> (Object[]) o)
                            .forEach(r -> counts.put(
                                    ((Number) r[0]).longValue(),
                                    new long[] {((Number) r[1]).longValue(), ((Number) r[2]).longValue()}));
        }
        return counts;
    }

    private static EventView view(NetworkEvent e, java.util.Map<Long, long[]> counts) {
        long[] c = counts.getOrDefault(e.id, new long[2]);
        return new EventView(
                e.code,
                e.kind,
                e.title,
                e.priority == null ? null : e.priority.code,
                e.startsAt,
                e.endsAt,
                e.place,
                e.language,
                e.capacity,
                c[0],
                c[1],
                e.status);
    }

    private boolean registered(NetworkEvent event, long person) {
        return ((Number) em.createNativeQuery(
                                        "SELECT COUNT(*) FROM network_event_registration WHERE event_id = :e AND person_id = :p")
                                .setParameter("e", event.id)
                                .setParameter("p", person)
                                .getSingleResult())
                        .intValue()
                > 0;
    }

    private long count(NetworkEvent event, boolean attendedOnly) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM network_event_registration WHERE event_id = :e"
                                + (attendedOnly ? " AND attended" : ""))
                        .setParameter("e", event.id)
                        .getSingleResult())
                .longValue();
    }

    private NetworkEvent locked(String code) {
        NetworkEvent event = NetworkEvent.<NetworkEvent>find("code", code).firstResult();
        if (event == null) {
            throw new DomainException.NotFound("No event " + code);
        }
        em.lock(event, LockModeType.PESSIMISTIC_WRITE);
        return event;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
