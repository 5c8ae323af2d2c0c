package eu.topcop.learn.learning;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.topcop.learn.catalogue.Offering;
import eu.topcop.learn.content.KnowledgeTestBanks;
import eu.topcop.learn.content.KnowledgeTestBanks.Bank;
import eu.topcop.learn.enrolment.Application;
import eu.topcop.learn.enrolment.Attendance;
import eu.topcop.learn.enrolment.EnrolmentQueries;
import eu.topcop.learn.enrolment.EnrolmentViews.ApplicationView;
import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.learning.KnowledgeTestAttempt.Phase;
import eu.topcop.learn.platform.i18n.Language;
import eu.topcop.learn.platform.i18n.Localized;
import eu.topcop.learn.platform.time.Zones;
import eu.topcop.learn.platform.web.DomainException;

/**
 * Knowledge tests of face-to-face offerings (Kirkpatrick level 2): a face-to-face offering whose course's curriculum
 * has a knowledge test (content/evaluation/knowledge-tests/) gets a pre-test on its first day and a post-test on its
 * last; each participant (an approved application) takes each once, and the post-test's score minus the pre-test's
 * is their knowledge gain. Papers are drawn and scored exactly as module quizzes are ({@link QuizPapers}: choices
 * under ids drawn per paper, the answer key never leaves the server), with the time limit kept on the server.
 *
 * <p><b>Windows open by themselves.</b> A test may be taken on its day (the offering's first, or last) and on no
 * other: nobody has to remember to open it, and nobody can take the pre-test at home the week before or the
 * post-test a month later. The day is the venue's: it opens at midnight in the easternmost partner country (UTC+4)
 * and closes at midnight UTC, which covers the whole day in every partner country and in the EU. A paper is due at
 * its time limit, and at the latest when its window closes. On a one-day offering both tests fall on the same day;
 * beginning the post-test closes a pre-test left open, and the pre-test can no longer be begun once the post-test
 * has been. A participant's post-test draws from the version of the bank their pre-test drew from.
 *
 * <p>The gains ({@link #gainPerParticipant}, {@link #gainPerOffering}, {@link #gainPerCurriculum}) count only pairs
 * of papers both submitted in time, in one SQL statement each, for evaluation reports to join.
 */
@ApplicationScoped
public class KnowledgeTests {

    /** The easternmost partner countries (Armenia, Azerbaijan, Georgia): a test's day begins there first. */
    static final ZoneOffset EARLIEST = ZoneOffset.ofHours(4);

    /** Where a participant stands with one of the two tests. */
    public enum Status {
        /** Its day has not come. */
        NOT_YET_OPEN,
        /** Its day: it may be begun. */
        OPEN,
        /** Begun, not submitted yet. */
        STARTED,
        /** Submitted (or closed when its time ran out). */
        TAKEN,
        /** Its day has passed without it, or (the pre-test) the post-test has been begun. */
        CLOSED
    }

    /** When a test may be begun: its day at the venue, wherever in the partner countries or the EU that is. */
    public record Window(LocalDate day, Instant opensAt, Instant closesAt) {

        static Window on(LocalDate day) {
            return new Window(
                    day,
                    day.atStartOfDay(EARLIEST).toInstant(),
                    day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
        }

        boolean isOpen(Instant now) {
            return !now.isBefore(opensAt) && now.isBefore(closesAt);
        }
    }

    /** One of the two tests as the participant sees it; a score once taken ({@code late}: its time ran out). */
    public record PhaseView(Phase phase, String path, Window window, Status status, BigDecimal score, boolean late) {}

    /** The offering's knowledge test for one participant: both tests and, with both taken in time, the gain. */
    public record Offer(
            String offering,
            String courseTitle,
            String testTitle,
            int questions,
            Integer timeLimitMinutes,
            PhaseView preTest,
            PhaseView postTest,
            BigDecimal gain) {}

    /** A paper to answer, in the participant's language; each choice under an id drawn for the paper. */
    public record Paper(
            String offering,
            Phase phase,
            String path,
            String testTitle,
            Instant deadlineAt,
            boolean submitted,
            List<QuizService.PaperQuestion> questions,
            long attemptId,
            // The test is taken at the venue: its deadline is read in the venue's zone.
            ZoneId venueZone) {}

    /**
     * A submitted test: its score only (no feedback: the next offering takes the same bank). A post-test carries the
     * pre-test's score and the gain in percentage points when both were submitted in time.
     */
    public record Result(
            String offering,
            Phase phase,
            String path,
            BigDecimal score,
            boolean late,
            BigDecimal preTestScore,
            BigDecimal gain,
            long attemptId) {}

    /** A test as the trainers see it in the list: taken (its score, or late) or begun and not submitted. */
    public record Taken(BigDecimal score, boolean late, boolean submitted) {}

    /** A participant of the offering, with what they took; {@code null} for a test not begun. */
    public record ParticipantRow(
            long application, String name, String country, Taken preTest, Taken postTest, BigDecimal gain) {}

    /** The offering's knowledge test for its trainers and course managers: who took which test, and the gains. */
    public record Results(
            String offering,
            String courseTitle,
            String testTitle,
            Window preTest,
            Window postTest,
            List<ParticipantRow> participants,
            OfferingGain gain) {}

    /** One participant's pair: post-test minus pre-test, in percentage points. */
    public record ParticipantGain(long personId, BigDecimal preTest, BigDecimal postTest, BigDecimal gain) {}

    /** An offering's pairs: their number and means (null without a pair); the gain is the mean of the gains. */
    public record OfferingGain(long offeringId, long pairs, BigDecimal preTest, BigDecimal postTest, BigDecimal gain) {}

    /**
     * A curriculum's pairs over all its offerings (each participant weighs the same), with the offerings that had at
     * least one pair and each of their figures.
     */
    public record CurriculumGain(
            String curriculum,
            long offerings,
            long pairs,
            BigDecimal preTest,
            BigDecimal postTest,
            BigDecimal gain,
            List<OfferingGain> perOffering) {}

    /** The offering's curriculum has no knowledge test: a 404 for the API, a notice on the pages. */
    public static class NoKnowledgeTest extends DomainException.NotFound {
        NoKnowledgeTest(String offering) {
            super("The curriculum of offering '" + offering + "' has no knowledge test");
        }
    }

    /** What pages and checks need of an offering, read in one statement. */
    private record OfferingFacts(
            long id,
            String code,
            boolean online,
            boolean cancelled,
            LocalDate startsOn,
            LocalDate endsOn,
            String curriculum,
            Map<String, String> courseTitle,
            String venueCountry) {

        Window window(Phase phase) {
            return Window.on(phase == Phase.PRE ? startsOn : endsOn);
        }
    }

    /** Pairs of papers both submitted in time, of one offering or of all; {@code pre} and {@code post} aliased. */
    private static final String PAIRS = " FROM knowledge_test_attempt pre JOIN knowledge_test_attempt post"
            + " ON post.offering_id = pre.offering_id AND post.person_id = pre.person_id AND post.phase = 'POST'"
            + " AND post.submitted_at IS NOT NULL AND NOT post.late"
            + " WHERE pre.phase = 'PRE' AND pre.submitted_at IS NOT NULL AND NOT pre.late";

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ObjectMapper json;

    @Inject
    KnowledgeTestBanks banks;

    @Inject
    EnrolmentQueries enrolment;

    @Inject
    Attendance attendance;

    /** The participant's view of the offering's knowledge test; 404 for anyone without a place in it. */
    public Offer offer(String offeringCode, Person participant, Language language) {
        OfferingFacts offering = faceToFace(offeringCode);
        requireParticipant(offering, participant);
        Bank bank = bank(offering);
        Map<Phase, KnowledgeTestAttempt> mine = attempts(offering.id(), participant.id);
        Instant now = now();
        KnowledgeTestAttempt pre = mine.get(Phase.PRE);
        KnowledgeTestAttempt post = mine.get(Phase.POST);
        return new Offer(
                offering.code(),
                Localized.pick(offering.courseTitle(), language).text(),
                Localized.pick(bank.title(), language).text(),
                bank.draw(),
                bank.timeLimitMinutes(),
                view(Phase.PRE, offering.window(Phase.PRE), pre, post != null, now),
                view(Phase.POST, offering.window(Phase.POST), post, false, now),
                gain(pre, post));
    }

    /**
     * Begins a test: draws the paper (from the bank of the participant's pre-test for the post-test), or returns the
     * one begun. Only on the test's day, only for a participant, and once: a test taken is a 409. Two clicks at once
     * begin one paper: the unique key of (offering, person, phase) makes the second insert find the first's row.
     */
    @Transactional
    public Paper start(String offeringCode, Phase phase, Person participant, Language language) {
        OfferingFacts offering = faceToFace(offeringCode);
        requireParticipant(offering, participant);
        Bank current = bank(offering);
        Instant now = now();
        Map<Phase, KnowledgeTestAttempt> mine = attempts(offering.id(), participant.id);
        KnowledgeTestAttempt begun = mine.get(phase);
        if (begun != null) {
            em.refresh(begun, LockModeType.PESSIMISTIC_WRITE);
            if (begun.isSubmitted()) {
                throw new DomainException.Conflict("You have taken the " + phase.path() + " of offering '"
                        + offering.code() + "'; each test is taken once");
            }
            if (begun.isLate(now)) {
                begun.closeLate(now);
            }
            return paper(offering, begun, language);
        }
        KnowledgeTestAttempt pre = mine.get(Phase.PRE);
        if (phase == Phase.PRE && mine.containsKey(Phase.POST)) {
            throw new DomainException.Conflict(
                    "The pre-test closed when you began the post-test; it measures what you knew before the training");
        }
        Window window = offering.window(phase);
        if (!window.isOpen(now)) {
            throw new DomainException.Conflict("The " + phase.path() + " of offering '" + offering.code()
                    + "' is taken on " + window.day() + (now.isBefore(window.opensAt()) ? "" : ", which has passed")
                    + " (the offering's " + (phase == Phase.PRE ? "first" : "last") + " day)");
        }
        if (phase == Phase.POST && pre != null) {
            em.refresh(pre, LockModeType.PESSIMISTIC_WRITE);
            if (!pre.isSubmitted()) {
                pre.closeLate(now);
            }
        }
        Bank bank = phase == Phase.POST && pre != null
                ? banks.version(pre.versionId).orElse(current)
                : current;
        Instant deadline = bank.timeLimitMinutes() == null
                ? window.closesAt()
                : min(now.plusSeconds(60L * bank.timeLimitMinutes()), window.closesAt());
        insert(offering.id(), participant.id, phase, bank, now, deadline);
        KnowledgeTestAttempt drawn = em.createQuery(
                        "select a from KnowledgeTestAttempt a where a.offeringId = :o and a.personId = :p"
                                + " and a.phase = :phase",
                        KnowledgeTestAttempt.class)
                .setParameter("o", offering.id())
                .setParameter("p", participant.id)
                .setParameter("phase", phase)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getSingleResult();
        return paper(offering, drawn, language);
    }

    /** The paper begun, in the participant's language; nothing changes by reading it. */
    public Paper paper(String offeringCode, Phase phase, Person participant, Language language) {
        OfferingFacts offering = faceToFace(offeringCode);
        return paper(offering, begun(offering, phase, participant), language);
    }

    /**
     * Submits answers (question key to the paper's choice ids, as for a quiz); a second submission returns the
     * first's result. Past the deadline (with 15 seconds' grace) the paper is closed as late, scored 0 and left out
     * of the gain. Holds the paper's row, so that two submissions take turns.
     */
    @Transactional
    public Result submit(String offeringCode, Phase phase, Person participant, Map<String, List<String>> answers) {
        OfferingFacts offering = faceToFace(offeringCode);
        KnowledgeTestAttempt attempt = begun(offering, phase, participant);
        em.refresh(attempt, LockModeType.PESSIMISTIC_WRITE);
        if (!attempt.isSubmitted()) {
            Instant now = now();
            if (attempt.isLate(now)) {
                attempt.closeLate(now);
            } else {
                attempt.grade(QuizPapers.grade(attempt.paper, version(attempt).byKey(), answers), now);
            }
        }
        return result(offering, attempt);
    }

    /** A submitted test's score (and for the post-test the gain). */
    public Result result(String offeringCode, Phase phase, Person participant) {
        OfferingFacts offering = faceToFace(offeringCode);
        KnowledgeTestAttempt attempt = begun(offering, phase, participant);
        if (!attempt.isSubmitted()) {
            throw new DomainException.NotFound("Your " + phase.path() + " is not submitted yet");
        }
        return result(offering, attempt);
    }

    /**
     * The offering's participants with their tests and gains, and the offering's mean gain, for its trainers, its
     * course manager (and every course manager) and administrators; a trainer of another offering gets a 404, as for
     * the attendance register. A constant number of statements, whatever the number of participants.
     */
    public Results results(String offeringCode, Person viewer, boolean manager, Language language) {
        Attendance.Register register = attendance.registerFor(offeringCode, viewer, manager);
        OfferingFacts offering = faceToFace(offeringCode);
        Bank bank = bank(offering);
        Map<Long, Map<Phase, KnowledgeTestAttempt>> byPerson = new HashMap<>();
        em.createQuery("select a from KnowledgeTestAttempt a where a.offeringId = :o", KnowledgeTestAttempt.class)
                .setParameter("o", offering.id())
                .getResultList()
                .forEach(a -> byPerson.computeIfAbsent(a.personId, p -> new EnumMap<>(Phase.class))
                        .put(a.phase, a));
        Map<Long, BigDecimal> gains = new HashMap<>();
        gainPerParticipant(offering.id()).forEach(g -> gains.put(g.personId(), g.gain()));
        Instant now = now();
        List<ParticipantRow> rows = new ArrayList<>();
        for (Attendance.Row row : register.rows()) {
            Map<Phase, KnowledgeTestAttempt> tests = byPerson.getOrDefault(row.person(), Map.of());
            rows.add(new ParticipantRow(
                    row.application(),
                    row.name(),
                    row.country(),
                    taken(tests.get(Phase.PRE), now),
                    taken(tests.get(Phase.POST), now),
                    gains.get(row.person())));
        }
        return new Results(
                offering.code(),
                Localized.pick(offering.courseTitle(), language).text(),
                Localized.pick(bank.title(), language).text(),
                offering.window(Phase.PRE),
                offering.window(Phase.POST),
                rows,
                gainPerOffering(offering.id()));
    }

    /** Each participant's pair in the offering, by person (one statement). */
    @SuppressWarnings("unchecked")
    public List<ParticipantGain> gainPerParticipant(long offeringId) {
        List<Object[]> rows = em.createNativeQuery("SELECT pre.person_id, pre.score, post.score" + PAIRS
                        + " AND pre.offering_id = :o ORDER BY pre.person_id")
                .setParameter("o", offeringId)
                .getResultList();
        return rows.stream()
                .map(r -> {
                    BigDecimal before = (BigDecimal) r[1];
                    BigDecimal after = (BigDecimal) r[2];
                    return new ParticipantGain(((Number) r[0]).longValue(), before, after, after.subtract(before));
                })
                .toList();
    }

    /** The offering's pairs and their means (one statement). */
    public OfferingGain gainPerOffering(long offeringId) {
        Object[] row = (Object[])
                em.createNativeQuery("SELECT COUNT(*), AVG(pre.score), AVG(post.score), AVG(post.score - pre.score)"
                                + PAIRS + " AND pre.offering_id = :o")
                        .setParameter("o", offeringId)
                        .getSingleResult();
        return offeringGain(offeringId, row, 0);
    }

    /**
     * The curriculum's pairs over all its offerings, and per offering (two statements). An offering belongs to the
     * curriculum whose knowledge test its papers were drawn from.
     */
    @SuppressWarnings("unchecked")
    public CurriculumGain gainPerCurriculum(String curriculum) {
        String ofCurriculum = PAIRS
                + " AND pre.version_id IN (SELECT v.id FROM knowledge_test_version v WHERE v.curriculum_code = :c)";
        Object[] total = (Object[]) em.createNativeQuery("SELECT COUNT(*), AVG(pre.score), AVG(post.score),"
                        + " AVG(post.score - pre.score), COUNT(DISTINCT pre.offering_id)" + ofCurriculum)
                .setParameter("c", curriculum)
                .getSingleResult();
        List<Object[]> offerings = em.createNativeQuery("SELECT pre.offering_id, COUNT(*), AVG(pre.score),"
                        + " AVG(post.score), AVG(post.score - pre.score)" + ofCurriculum
                        + " GROUP BY pre.offering_id ORDER BY pre.offering_id")
                .setParameter("c", curriculum)
                .getResultList();
        long pairs = ((Number) total[0]).longValue();
        return new CurriculumGain(
                curriculum,
                ((Number) total[4]).longValue(),
                pairs,
                pairs == 0 ? null : round(total[1]),
                pairs == 0 ? null : round(total[2]),
                pairs == 0 ? null : round(total[3]),
                offerings.stream()
                        .map(r -> offeringGain(((Number) r[0]).longValue(), r, 1))
                        .toList());
    }

    private static OfferingGain offeringGain(long offeringId, Object[] row, int from) {
        long pairs = ((Number) row[from]).longValue();
        if (pairs == 0) {
            return new OfferingGain(offeringId, 0, null, null, null);
        }
        return new OfferingGain(offeringId, pairs, round(row[from + 1]), round(row[from + 2]), round(row[from + 3]));
    }

    private static BigDecimal round(Object value) {
        return new BigDecimal(value.toString()).setScale(2, RoundingMode.HALF_UP);
    }

    private PhaseView view(Phase phase, Window window, KnowledgeTestAttempt attempt, boolean barred, Instant now) {
        if (attempt != null) {
            boolean late = attempt.late || (!attempt.isSubmitted() && attempt.isLate(now));
            if (attempt.isSubmitted() || late) {
                return new PhaseView(
                        phase,
                        phase.path(),
                        window,
                        Status.TAKEN,
                        late ? BigDecimal.ZERO.setScale(2) : attempt.score,
                        late);
            }
            return new PhaseView(phase, phase.path(), window, Status.STARTED, null, false);
        }
        Status status = barred || !now.isBefore(window.closesAt())
                ? Status.CLOSED
                : now.isBefore(window.opensAt()) ? Status.NOT_YET_OPEN : Status.OPEN;
        return new PhaseView(phase, phase.path(), window, status, null, false);
    }

    private static Taken taken(KnowledgeTestAttempt attempt, Instant now) {
        if (attempt == null) {
            return null;
        }
        boolean late = attempt.late || (!attempt.isSubmitted() && attempt.isLate(now));
        return new Taken(late ? BigDecimal.ZERO.setScale(2) : attempt.score, late, attempt.isSubmitted() || late);
    }

    private static BigDecimal gain(KnowledgeTestAttempt pre, KnowledgeTestAttempt post) {
        return pre != null && post != null && pre.counts() && post.counts() ? post.score.subtract(pre.score) : null;
    }

    private Result result(OfferingFacts offering, KnowledgeTestAttempt attempt) {
        KnowledgeTestAttempt pre = attempt.phase == Phase.POST
                ? attempts(offering.id(), attempt.personId).get(Phase.PRE)
                : null;
        BigDecimal gain = gain(pre, attempt);
        return new Result(
                offering.code(),
                attempt.phase,
                attempt.phase.path(),
                attempt.score,
                attempt.late,
                gain == null ? null : pre.score,
                gain,
                attempt.id);
    }

    private Paper paper(OfferingFacts offering, KnowledgeTestAttempt attempt, Language language) {
        Bank bank = version(attempt);
        return new Paper(
                offering.code(),
                attempt.phase,
                attempt.phase.path(),
                Localized.pick(bank.title(), language).text(),
                attempt.deadlineAt,
                attempt.isSubmitted(),
                QuizPapers.paper(attempt.paper, bank.byKey(), language),
                attempt.id,
                Zones.ofCountry(offering.venueCountry()));
    }

    private Bank version(KnowledgeTestAttempt attempt) {
        return banks.version(attempt.versionId)
                .orElseThrow(
                        () -> new IllegalStateException("Knowledge test version " + attempt.versionId + " is gone"));
    }

    /** Inserts the paper, or leaves the row another request inserted a moment before (then that one stands). */
    private void insert(long offeringId, long personId, Phase phase, Bank bank, Instant now, Instant deadline) {
        String paper;
        try {
            paper = json.writeValueAsString(QuizPapers.drawPaper(bank.questions(), bank.draw()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A paper that cannot be written as JSON", e);
        }
        em.createNativeQuery("INSERT INTO knowledge_test_attempt (offering_id, person_id, phase, version_id, paper,"
                        + " started_at, deadline_at, late) VALUES (:o, :p, :phase, :v, :paper, :at, :deadline, FALSE)"
                        + " ON DUPLICATE KEY UPDATE id = id")
                .setParameter("o", offeringId)
                .setParameter("p", personId)
                .setParameter("phase", phase.name())
                .setParameter("v", bank.versionId())
                .setParameter("paper", paper)
                .setParameter("at", now)
                .setParameter("deadline", deadline)
                .executeUpdate();
    }

    private KnowledgeTestAttempt begun(OfferingFacts offering, Phase phase, Person participant) {
        KnowledgeTestAttempt attempt = participant.id == null
                ? null
                : attempts(offering.id(), participant.id).get(phase);
        if (attempt == null) {
            throw new DomainException.NotFound(
                    "You have not begun the " + phase.path() + " of offering '" + offering.code() + "'");
        }
        return attempt;
    }

    private Map<Phase, KnowledgeTestAttempt> attempts(long offeringId, long personId) {
        Map<Phase, KnowledgeTestAttempt> mine = new EnumMap<>(Phase.class);
        em.createQuery(
                        "select a from KnowledgeTestAttempt a where a.offeringId = :o and a.personId = :p",
                        KnowledgeTestAttempt.class)
                .setParameter("o", offeringId)
                .setParameter("p", personId)
                .getResultList()
                .forEach(a -> mine.put(a.phase, a));
        return mine;
    }

    private void requireParticipant(OfferingFacts offering, Person person) {
        ApplicationView mine = person.id == null ? null : enrolment.mine(person, offering.code());
        if (mine == null || mine.status() != Application.Status.APPROVED) {
            throw new DomainException.NotFound("You hold no place in offering '" + offering.code() + "'");
        }
    }

    private Bank bank(OfferingFacts offering) {
        return banks.currentFor(offering.curriculum()).orElseThrow(() -> new NoKnowledgeTest(offering.code()));
    }

    /** A face-to-face offering not cancelled; online ones have their module's pre-test and quiz instead. */
    private OfferingFacts faceToFace(String code) {
        OfferingFacts offering = em.createQuery(
                        "select o.id, o.code, o.online, o.status, o.startsOn, o.endsOn, k.curriculum.code, k.title,"
                                + " v.code from Offering o join o.course k left join o.country v where o.code = :c",
                        Object[].class)
                .setParameter("c", code)
                .getResultStream()
                .findFirst()
                .map(r -> facts(r))
                .orElseThrow(() -> new DomainException.NotFound("No offering with code '" + code + "'"));
        if (offering.online()) {
            throw new DomainException.NotFound(
                    "Offering '" + code + "' is online: knowledge tests are for face-to-face offerings");
        }
        if (offering.cancelled()) {
            throw new DomainException.Conflict("Offering '" + code + "' is cancelled");
        }
        return offering;
    }

    @SuppressWarnings("unchecked")
    private static OfferingFacts facts(Object[] r) {
        return new OfferingFacts(
                (Long) r[0],
                (String) r[1],
                (Boolean) r[2],
                r[3] == Offering.Status.CANCELLED,
                (LocalDate) r[4],
                (LocalDate) r[5],
                (String) r[6],
                (Map<String, String>) r[7],
                (String) r[8]);
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private Instant now() {
        return Instant.now(clock);
    }
}
