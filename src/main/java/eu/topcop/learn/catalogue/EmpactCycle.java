package eu.topcop.learn.catalogue;

import java.time.LocalDate;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A four-year EMPACT policy cycle: a threat assessment, then priorities set by the Council. */
@Entity
@Table(name = "empact_cycle")
public class EmpactCycle extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true)
    public String code;

    @Column(name = "first_year", nullable = false)
    public short firstYear;

    @Column(name = "last_year", nullable = false)
    public short lastYear;

    @Column(name = "adopted_on", nullable = false)
    public LocalDate adoptedOn;

    @Column(name = "threat_assessment", nullable = false)
    public String threatAssessment;

    public boolean covers(int year) {
        return firstYear <= year && year <= lastYear;
    }

    public static Optional<EmpactCycle> byCode(String code) {
        return find("code", code).firstResultOptional();
    }

    /** The cycle running in that year; between cycles, the most recent one. */
    public static Optional<EmpactCycle> current(int year) {
        return EmpactCycle.<EmpactCycle>find("firstYear <= ?1 and lastYear >= ?1", (short) year)
                .firstResultOptional()
                .or(() -> find("firstYear <= ?1 order by firstYear desc", (short) year)
                        .firstResultOptional());
    }
}
