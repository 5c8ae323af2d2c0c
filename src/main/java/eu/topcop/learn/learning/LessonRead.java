package eu.topcop.learn.learning;

import java.io.Serializable;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import eu.topcop.learn.platform.persistence.InList;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A lesson a learner has read, once per lesson of their module progress. */
@Entity
@Table(name = "lesson_progress")
@IdClass(LessonRead.Key.class)
public class LessonRead extends PanacheEntityBase {

    @Id
    @Column(name = "progress_id")
    public Long progressId;

    @Id
    public short position;

    @Column(name = "experienced_at", nullable = false)
    public Instant experiencedAt;

    /** Lessons read per module progress, for these progresses: one statement (progresses with none are absent). */
    static Map<Long, Long> countsOf(Collection<Long> progressIds) {
        Map<Long, Long> counts = new HashMap<>();
        if (progressIds.isEmpty()) {
            return counts;
        }
        InList ids = InList.of("ids", progressIds);
        InList.bind(
                        getEntityManager()
                                .createQuery(
                                        "select r.progressId, count(r) from LessonRead r where r.progressId in " + ids
                                                + " group by r.progressId",
                                        Object[].class),
                        ids)
                .getResultList()
                .forEach(r -> counts.put((Long) r[0], (Long) r[1]));
        return counts;
    }

    public static class Key implements Serializable {
        public Long progressId;
        public short position;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && Objects.equals(progressId, k.progressId) && position == k.position;
        }

        @Override
        public int hashCode() {
            return Objects.hash(progressId, position);
        }
    }
}
