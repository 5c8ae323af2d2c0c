package eu.topcop.learn.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The question bank of a module version and the rules of its attempts. */
@Entity
@Table(name = "quiz")
public class Quiz extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "module_version_id")
    public ModuleVersion moduleVersion;

    @Column(name = "pass_mark", nullable = false)
    public short passMark;

    @Column(nullable = false)
    public short draw;

    @Column(name = "time_limit_minutes")
    public Short timeLimitMinutes;

    @Column(name = "max_attempts")
    public Short maxAttempts;

    /** Whether the result of an attempt shows the right answer beside the learner's (the author decides). */
    @Column(name = "show_right_answers", nullable = false)
    public boolean showRightAnswers;
}
