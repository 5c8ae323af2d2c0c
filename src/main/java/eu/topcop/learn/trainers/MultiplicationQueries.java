package eu.topcop.learn.trainers;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.insight.evaluation.ReactionSummaries;
import eu.topcop.learn.insight.evaluation.ReactionSummaries.Reaction;
import eu.topcop.learn.insight.evaluation.Survey;
import eu.topcop.learn.platform.i18n.Language;
import eu.topcop.learn.platform.i18n.Localized;
import eu.topcop.learn.platform.persistence.InList;
import eu.topcop.learn.platform.web.DomainException;
import eu.topcop.learn.platform.web.ResultPage;
import eu.topcop.learn.trainers.MultiplicationCourse.Status;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Reading multiplication courses, with the row rules: a trainer sees their own courses, a coordinator those of
 * their country, course managers and administrators all. A fixed number of statements per page.
 */
@ApplicationScoped
public class MultiplicationQueries {

    /** Whose courses a viewer may see: one trainer's, one country's, or all (both null). */
    public record Scope(Long trainer, String country) {

        public static Scope all() {
            return new Scope(null, null);
        }
    }

    public record Summary(
            String code,
            String course,
            String courseTitle,
            String trainer,
            String country,
            LocalDate startsOn,
            LocalDate endsOn,
            String place,
            String language,
            int expectedParticipants,
            long registered,
            long attended,
            Status status,

            @Schema(
                    description = "The participants' evaluation: the reaction survey sent once the course was"
                            + " reported to those who attended and have an account; null before",
                    nullable = true)
            Reaction reaction) {}

    /**
     * A registered officer as the trainer typed them. {@code user} (linked to a person of the country, who was told)
     * is shown to coordinators, course managers and administrators, never to the trainer who ran the course: a
     * trainer learns nothing about accounts from the e-mails they type.
     */
    public record ParticipantView(long id, String name, String agency, String email, boolean user, Boolean attended) {}

    public record Detail(
            Summary summary,
            String material,
            String decidedBy,
            Instant decidedAt,
            String decisionReason,
            String materialUsed,
            String evaluationSummary,

            @Schema(
                    description = "An average rating from 1 to 5 typed by the trainer: their own estimate, offered"
                            + " only when every participant was recorded by name",
                    nullable = true)
            BigDecimal evaluationScore,

            String report,
            Instant reportedAt,
            String validatedBy,
            Instant validatedAt,
            long version,
            boolean mine,

            @Schema(
                    description = "Some participants were registered with an e-mail: those with an account are"
                            + " asked themselves once the course is reported, so no rating is typed")
            boolean ratedByParticipants,

            ResultPage<ParticipantView> participants) {

        /** This course's page, for the participants' pager to add its page to. */
        public String pagerBase() {
            return "/trainers/multiplication-courses/" + summary.code() + "?";
        }
    }

    @Inject
    EntityManager em;

    @Inject
    ReactionSummaries reactions;

    public ResultPage<Summary> list(Scope scope, Status status, int page, int size, Language language) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (scope.trainer() != null) {
            where.append(" and m.trainer.id = :trainer");
        }
        if (scope.country() != null) {
            where.append(" and m.country = :country");
        }
        if (status != null) {
            where.append(" and m.status = :status");
        }
        var count = em.createQuery("select count(m) from MultiplicationCourse m" + where, Long.class);
        var list = em.createQuery(
                "select m from MultiplicationCourse m join fetch m.course join fetch m.trainer" + where
                        + " order by m.startsOn desc, m.id desc",
                MultiplicationCourse.class);
        for (var query : List.of(count, list)) {
            if (scope.trainer() != null) {
                query.setParameter("trainer", scope.trainer());
            }
            if (scope.country() != null) {
                query.setParameter("country", scope.country());
            }
            if (status != null) {
                query.setParameter("status", status);
            }
        }
        long total = count.getSingleResult();
        List<MultiplicationCourse> courses =
                list.setFirstResult(page * size).setMaxResults(size).getResultList();
        List<Long> ids = courses.stream().map(m -> m.id).toList();
        Map<Long, long[]> counts = counts(ids);
        Map<Long, Reaction> reacted = reactions.of(Survey.Subject.MULTIPLICATION_COURSE, ids);
        return new ResultPage<>(
                courses.stream().map(m -> summary(m, counts, reacted, language)).toList(), page, size, total);
    }

    /** One course with a page of its participants, if the viewer may see it. */
    public Detail detail(String code, Scope scope, Person viewer, int page, Language language) {
        MultiplicationCourse m = em.createQuery(
                        "select m from MultiplicationCourse m join fetch m.course join fetch m.trainer where m.code = :c",
                        MultiplicationCourse.class)
                .setParameter("c", code)
                .getResultStream()
                .findFirst()
                .filter(found -> (scope.trainer() == null || found.trainer.id.equals(scope.trainer()))
                        && (scope.country() == null || found.country.equals(scope.country())))
                .orElseThrow(() -> new DomainException.NotFound("No multiplication course " + code));
        int size = 100;
        boolean mine = m.isRunBy(viewer);
        List<ParticipantView> participants = em
                .createQuery(
                        "select p from MultiplicationParticipant p where p.course = :m order by p.name, p.id",
                        MultiplicationParticipant.class)
                .setParameter("m", m)
                .setFirstResult(page * size)
                .setMaxResults(size)
                .getResultList()
                .stream()
                .map(p -> new ParticipantView(p.id, p.name, p.agency, p.email, !mine && p.person != null, p.attended))
                .toList();
        Map<Long, long[]> counts = counts(List.of(m.id));
        long[] counted = counts.getOrDefault(m.id, new long[3]);
        Map<Long, Reaction> reacted = reactions.of(Survey.Subject.MULTIPLICATION_COURSE, List.of(m.id));
        return new Detail(
                summary(m, counts, reacted, language),
                m.material,
                m.decidedBy,
                m.decidedAt,
                m.decisionReason,
                m.materialUsed,
                m.evaluationSummary,
                m.evaluationScore,
                m.report,
                m.reportedAt,
                m.validatedBy,
                m.validatedAt,
                m.version,
                mine,
                counted[2] > 0,
                new ResultPage<>(participants, page, size, counted[0]));
    }

    /** Registered, attended and registered with an e-mail, per course: one statement. */
    private Map<Long, long[]> counts(List<Long> ids) {
        Map<Long, long[]> counts = new HashMap<>();
        if (ids.isEmpty()) {
            return counts;
        }
        InList idsIn = InList.of("ids", ids);
        InList.bind(
                        em.createQuery(
                                "select p.course.id, count(p), sum(case when p.attended = true then 1 else 0 end),"
                                        + " count(p.email) from MultiplicationParticipant p where p.course.id in "
                                        + idsIn
                                        + " group by p.course.id",
                                Object[].class),
                        idsIn)
                .getResultList()
                .forEach(r -> counts.put((Long) r[0], new long[] {
                    (Long) r[1], r[2] == null ? 0 : ((Number) r[2]).longValue(), (Long) r[3]
                }));
        return counts;
    }

    private static Summary summary(
            MultiplicationCourse m, Map<Long, long[]> counts, Map<Long, Reaction> reactions, Language language) {
        long[] c = counts.getOrDefault(m.id, new long[3]);
        return new Summary(
                m.code,
                m.course.code,
                Localized.pick(m.course.title, language).text(),
                m.trainer.name,
                m.country,
                m.startsOn,
                m.endsOn,
                m.place,
                m.language,
                m.expectedParticipants,
                c[0],
                c[1],
                m.status,
                reactions.get(m.id));
    }
}
