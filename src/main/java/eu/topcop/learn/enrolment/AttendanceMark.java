package eu.topcop.learn.enrolment;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Present or absent, one participant, one session day. */
@Entity
@Table(name = "attendance")
@IdClass(AttendanceMark.Key.class)
public class AttendanceMark extends PanacheEntityBase {

    @Id
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "application_id")
    public Application application;

    @Id
    public LocalDate day;

    @Column(nullable = false)
    public boolean present;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    public static class Key implements Serializable {
        public Long application;
        public LocalDate day;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && Objects.equals(application, k.application) && Objects.equals(day, k.day);
        }

        @Override
        public int hashCode() {
            return Objects.hash(application, day);
        }
    }
}
