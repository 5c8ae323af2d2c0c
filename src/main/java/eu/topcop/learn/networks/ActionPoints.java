package eu.topcop.learn.networks;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.networks.NetworkAccess.Standing;
import eu.topcop.learn.networks.NetworkAccess.Viewer;
import eu.topcop.learn.platform.jobs.ClusterLock;
import eu.topcop.learn.platform.web.DomainException;
import eu.topcop.learn.platform.web.Problem;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.security.ForbiddenException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A network's action points: its members record a meeting's or a discussion's conclusions as things to do, each
 * with an owner among the members and a due day; the owner, the one who recorded it and the moderators close or
 * reopen it; its owner is reminded once, some days before it is due (on one node at a time, each reminder claimed by
 * a conditional update so that none goes twice).
 */
@ApplicationScoped
public class ActionPoints {

    static final String LOCK = "topcop.network-action-points";

    /** One action point as a member reads it. */
    public record Point(
            long id,
            String title,
            String details,
            String source,
            long ownerId,
            String owner,
            LocalDate dueOn,
            ActionPoint.Status status,
            boolean overdue,
            boolean mayChange) {}

    public record Page(List<Point> points, String next) {}

    /** A new action point: its owner is a membership of the network (its id). */
    public record NewPoint(String title, String details, String source, Long owner, LocalDate dueOn) {}

    @Inject
    EntityManager em;

    @Inject
    NetworkAccess access;

    @Inject
    NetworkNotices notices;

    @Inject
    ClusterLock locks;

    @Inject
    Clock clock;

    @ConfigProperty(name = "lms.networks.action-reminder-days", defaultValue = "3")
    int reminderDays;

    /** The network's points of one status, by due day, {@code size} at a time after the cursor: one statement. */
    public Page list(String code, ActionPoint.Status status, String after, int size, Viewer viewer) {
        Standing standing = access.reader(code, viewer);
        LocalDate afterDay = LocalDate.of(1000, 1, 1);
        long afterId = 0;
        if (after != null && after.matches("\\d{4}-\\d{2}-\\d{2}_\\d{1,19}")) {
            afterDay = LocalDate.parse(after.substring(0, 10));
            afterId = Long.parseLong(after.substring(11));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT a.id, a.title, a.details, a.source, a.owner_id, p.name,"
                        + " a.due_on, a.status, a.created_by FROM network_action_point a JOIN person p ON p.id = a.owner_id"
                        + " WHERE a.network_id = :n AND a.status = :status AND (a.due_on > :day OR (a.due_on = :day"
                        + " AND a.id > :id)) ORDER BY a.due_on, a.id")
                .setParameter("n", standing.networkId())
                .setParameter("status", status.name())
                .setParameter("day", afterDay)
                .setParameter("id", afterId)
                .setMaxResults(size + 1)
                .getResultList();
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        List<Point> points = new ArrayList<>();
        for (Object[] r : rows.subList(0, Math.min(size, rows.size()))) {
            long owner = ((Number) r[4]).longValue();
            long creator = ((Number) r[8]).longValue();
            LocalDate due = day(r[6]);
            ActionPoint.Status state = ActionPoint.Status.valueOf((String) r[7]);
            points.add(new Point(
                    ((Number) r[0]).longValue(),
                    (String) r[1],
                    (String) r[2],
                    (String) r[3],
                    owner,
                    (String) r[5],
                    due,
                    state,
                    state == ActionPoint.Status.OPEN && due.isBefore(today),
                    standing.moderator() || owner == viewer.personId() || creator == viewer.personId()));
        }
        String next = rows.size() > size
                ? points.get(size - 1).dueOn() + "_" + points.get(size - 1).id()
                : null;
        return new Page(points, next);
    }

    /** Records an action point; 422 names each refused field. */
    @Transactional
    public ActionPoint create(String code, NewPoint point, Viewer viewer) {
        Standing standing = access.writer(code, viewer);
        List<Problem.FieldError> problems = new ArrayList<>();
        String title = point.title() == null ? "" : point.title().strip();
        if (title.isEmpty() || title.length() > ActionPoint.TITLE) {
            problems.add(new Problem.FieldError(
                    "title", "Say what is to be done, in at most " + ActionPoint.TITLE + " characters"));
        }
        if (point.details() != null && point.details().length() > ActionPoint.DETAILS) {
            problems.add(new Problem.FieldError("details", "At most " + ActionPoint.DETAILS + " characters"));
        }
        if (point.source() != null && point.source().length() > ActionPoint.SOURCE) {
            problems.add(new Problem.FieldError("source", "At most " + ActionPoint.SOURCE + " characters"));
        }
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        if (point.dueOn() == null
                || point.dueOn().isBefore(today)
                || point.dueOn().isAfter(today.plusYears(5))) {
            problems.add(new Problem.FieldError("dueOn", "A day from today to five years ahead"));
        }
        NetworkMember owner = point.owner() == null ? null : NetworkMember.findById(point.owner());
        if (owner == null || !owner.network.id.equals(standing.networkId()) || !owner.active()) {
            problems.add(new Problem.FieldError("owner", "Choose a member of the network"));
        }
        if (!problems.isEmpty()) {
            DomainException refused = new DomainException.Invalid("The action point has mistakes", problems);
            // The page's words for these; the lengths of details and source are said by the generic "at most".
            for (Problem.FieldError problem : problems) {
                switch (problem.field()) {
                    case "title" -> refused.because("title", NetworkMessages.class, "error_title");
                    case "dueOn" -> refused.because("dueOn", NetworkMessages.class, "error_due");
                    case "owner" -> refused.because("owner", NetworkMessages.class, "error_owner");
                    default -> {}
                }
            }
            throw refused;
        }
        Instant now = Instant.now(clock);
        ActionPoint created = new ActionPoint();
        created.networkId = standing.networkId();
        created.title = title;
        created.details = blank(point.details());
        created.source = blank(point.source());
        created.ownerId = owner.personId;
        created.dueOn = point.dueOn();
        created.createdBy = viewer.personId();
        created.createdAt = now;
        created.updatedAt = now;
        created.persist();
        return created;
    }

    /** Marks it done or dropped, or reopens it: its owner, the one who recorded it, or a moderator. */
    @Transactional
    public ActionPoint move(String code, long id, ActionPoint.Status to, Viewer viewer) {
        Standing standing = access.writer(code, viewer);
        ActionPoint point = ActionPoint.findById(id);
        if (point == null || !point.networkId.equals(standing.networkId())) {
            throw new DomainException.NotFound("No such action point in this network");
        }
        if (!standing.moderator() && point.ownerId != viewer.personId() && point.createdBy != viewer.personId()) {
            throw new ForbiddenException("Its owner, the one who recorded it or a moderator changes it");
        }
        if (to == null) {
            throw new DomainException.Invalid(
                    "The change has mistakes", List.of(new Problem.FieldError("status", "OPEN, DONE or DROPPED")));
        }
        point.move(to, Instant.now(clock));
        return point;
    }

    @Scheduled(
            identity = "network-action-point-reminders",
            every = "${lms.networks.jobs-every:10m}",
            delayed = "60s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        remindDue();
    }

    /** Reminds the owners of open points due within the reminder days, once each; returns how many. */
    public int remindDue() {
        int[] sent = {0};
        locks.runExclusively(LOCK, () -> {
            LocalDate horizon = LocalDate.now(clock.withZone(ZoneOffset.UTC)).plusDays(reminderDays);
            List<Long> due = QuarkusTransaction.requiringNew()
                    .call(() -> em.createQuery(
                                    "select a.id from ActionPoint a where a.status = :open and a.remindedAt is null"
                                            + " and a.dueOn <= :horizon order by a.dueOn, a.id",
                                    Long.class)
                            .setParameter("open", ActionPoint.Status.OPEN)
                            .setParameter("horizon", horizon)
                            .setMaxResults(500)
                            .getResultList());
            for (Long id : due) {
                boolean claimed = QuarkusTransaction.requiringNew().call(() -> {
                    int won = em.createQuery("update ActionPoint a set a.remindedAt = :now where a.id = :id"
                                    + " and a.remindedAt is null and a.status = :open")
                            .setParameter("now", Instant.now(clock))
                            .setParameter("id", id)
                            .setParameter("open", ActionPoint.Status.OPEN)
                            .executeUpdate();
                    if (won == 1) {
                        ActionPoint point = ActionPoint.findById(id);
                        notices.actionDue(
                                em.find(Network.class, point.networkId), em.find(Person.class, point.ownerId), point);
                    }
                    return won == 1;
                });
                if (claimed) {
                    sent[0]++;
                }
            }
        });
        return sent[0];
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static LocalDate day(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
