package eu.topcop.learn.learning;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

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
