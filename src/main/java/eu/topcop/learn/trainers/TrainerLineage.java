package eu.topcop.learn.trainers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.platform.i18n.Language;
import eu.topcop.learn.platform.i18n.Localized;
import eu.topcop.learn.platform.persistence.InList;

/**
 * One trainer's own part of the cascade: who trained them (the train-the-trainer offering that certified them, and
 * the multiplication courses they attended), the multiplication courses they ran with the officers trained there,
 * and further down the courses of those officers who became trainers in turn. A trainer sees this and not the
 * country's cascade, which is their coordinator's; {@link TrainerAccess#lineagePerson} decides whose lineage a
 * caller may read.
 *
 * <p>Five statements whatever the lineage's size: the certifications, the courses attended, the descendants (one
 * recursive query), their validated courses and those courses' participants.
 */
@ApplicationScoped
public class TrainerLineage {

    /** As deep as the cascade's own lineage counts generations. */
    static final int GENERATIONS = 6;

    /** The train-the-trainer offering that certified the trainer. */
    public record Certified(String offering, String course, LocalDate certifiedOn, boolean withdrawn) {}

    /** A multiplication course the trainer attended, and the trainer who ran it. */
    public record TrainedBy(String code, String course, String trainer, LocalDate startsOn) {}

    /** An officer trained on a course; {@code trainer} when they ran validated courses themselves. */
    public record Trained(String name, String agency, boolean trainer) {}

    /** A validated multiplication course of the lineage; generation 1 is the trainer's own. */
    public record Course(
            String code,
            String course,
            String trainer,
            int generation,
            LocalDate startsOn,
            String place,
            List<Trained> trained) {}

    public record Lineage(
            long person,
            String name,
            List<Certified> certifiedBy,
            List<TrainedBy> trainedBy,
            List<Course> courses,
            long officersTrained) {}

    @Inject
    EntityManager em;

    public Lineage of(Person trainer, Language language) {
        List<Certified> certified = em
                .createQuery(
                        "select c from TrainerCertification c join fetch c.offering o join fetch o.course"
                                + " where c.person = :person order by c.certifiedOn desc",
                        TrainerCertification.class)
                .setParameter("person", trainer)
                .getResultList()
                .stream()
                .map(c -> new Certified(
                        c.offering.code,
                        Localized.pick(c.offering.course.title, language).text(),
                        c.certifiedOn,
                        c.withdrawnAt != null))
                .distinct()
                .toList();
        List<TrainedBy> trainedBy = em
                .createQuery(
                        "select m from MultiplicationParticipant p join p.course m join fetch m.course"
                                + " join fetch m.trainer where p.person = :person and p.attended = true"
                                + " and m.status = :validated order by m.startsOn",
                        MultiplicationCourse.class)
                .setParameter("person", trainer)
                .setParameter("validated", MultiplicationCourse.Status.VALIDATED)
                .getResultList()
                .stream()
                .map(m -> new TrainedBy(
                        m.code, Localized.pick(m.course.title, language).text(), m.trainer.name, m.startsOn))
                .toList();

        Map<Long, Integer> generations = descendants(trainer.id);
        InList trainersIn = InList.of("trainers", generations.keySet());
        List<MultiplicationCourse> ran = InList.bind(
                        em.createQuery(
                                "select m from MultiplicationCourse m join fetch m.course join fetch m.trainer"
                                        + " where m.trainer.id in " + trainersIn + " and m.status = :validated"
                                        + " order by m.startsOn, m.id",
                                MultiplicationCourse.class),
                        trainersIn)
                .setParameter("validated", MultiplicationCourse.Status.VALIDATED)
                .getResultList();
        java.util.Set<Long> running = ran.stream().map(m -> m.trainer.id).collect(java.util.stream.Collectors.toSet());
        Map<Long, List<Trained>> trained = new LinkedHashMap<>();
        if (!ran.isEmpty()) {
            InList coursesIn = InList.of("courses", ran);
            InList.bind(
                            em.createQuery(
                                    "select p from MultiplicationParticipant p left join fetch p.person"
                                            + " where p.course in " + coursesIn
                                            + " and p.attended = true order by p.name, p.id",
                                    MultiplicationParticipant.class),
                            coursesIn)
                    .getResultList()
                    .forEach(p -> trained.computeIfAbsent(p.course.id, k -> new ArrayList<>())
                            .add(new Trained(p.name, p.agency, p.person != null && running.contains(p.person.id))));
        }
        List<Course> courses = ran.stream()
                .map(m -> new Course(
                        m.code,
                        Localized.pick(m.course.title, language).text(),
                        m.trainer.name,
                        generations.get(m.trainer.id),
                        m.startsOn,
                        m.place,
                        trained.getOrDefault(m.id, List.of())))
                .sorted(java.util.Comparator.comparingInt(Course::generation))
                .toList();
        return new Lineage(
                trainer.id,
                trainer.name,
                certified,
                trainedBy,
                courses,
                courses.stream().mapToLong(c -> c.trained().size()).sum());
    }

    /**
     * The trainer (generation 1) and every officer their validated courses reached who ran validated courses in
     * turn, with the generation they first appear in; bounded, so a loop in the data cannot run away.
     */
    private Map<Long, Integer> descendants(long person) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("WITH RECURSIVE lineage (person_id, generation) AS ("
                        + " SELECT :person, 1"
                        + " UNION SELECT p.person_id, l.generation + 1 FROM lineage l"
                        + " JOIN multiplication_course m ON m.trainer_id = l.person_id AND m.status = 'VALIDATED'"
                        + " JOIN multiplication_participant p ON p.course_id = m.id AND p.attended"
                        + " AND p.person_id IS NOT NULL"
                        + " WHERE l.generation < " + GENERATIONS + ")"
                        + " SELECT person_id, MIN(generation) FROM lineage GROUP BY person_id")
                .setParameter("person", person)
                .getResultList();
        Map<Long, Integer> generations = new LinkedHashMap<>();
        rows.forEach(r -> generations.put(((Number) r[0]).longValue(), ((Number) r[1]).intValue()));
        generations.put(person, 1);
        return generations;
    }
}
