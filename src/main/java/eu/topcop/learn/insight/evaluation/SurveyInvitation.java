package eu.topcop.learn.insight.evaluation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One respondent asked to answer a survey, until it closes; reminded on the days configured after the
 * invitation until they answer. Answering is recorded as a date only (see the migration).
 */
@Entity
@Table(name = "survey_invitation")
public class SurveyInvitation extends PanacheEntityBase {

    /** Whom a survey asks. */
    public enum Role {
        PARTICIPANT,
        SUPERVISOR,
        GUEST,
        HOST
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "survey_id")
    public Survey survey;

    @Column(name = "invitee_key", nullable = false)
    public String inviteeKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Role role;

    @Column(name = "person_id")
    public Long personId;

    @Column(name = "about_person_id")
    public Long aboutPersonId;

    @Column(name = "country_code")
    public String country;

    @Column(nullable = false)
    public String language;

    @Column(name = "invited_at", nullable = false)
    public Instant invitedAt;

    @Column(name = "closes_at", nullable = false)
    public Instant closesAt;

    @Column(name = "reminders_sent", nullable = false)
    public int remindersSent;

    @Column(name = "next_reminder_at")
    public Instant nextReminderAt;

    @Column(name = "answered_on")
    public LocalDate answeredOn;

    /** A respondent without an account: their name and where their link goes. */
    @Column
    public String name;

    @Column
    public String email;

    @Column(name = "link_nonce")
    public String linkNonce;

    /** When the respondent's coordinator was told that this follow-up is unanswered. */
    @Column(name = "escalated_at")
    public Instant escalatedAt;

    public static String personKey(long personId) {
        return "person:" + personId;
    }

    public boolean isOpen(Instant now) {
        return answeredOn == null && now.isBefore(closesAt);
    }

    /**
     * The next reminder, counted in days from the invitation after the reminders already sent; none when all were
     * sent or the survey closes first.
     */
    void scheduleReminders(List<Integer> reminderDays) {
        nextReminderAt = reminderAt(reminderDays, remindersSent);
    }

    /** Records the answer: reminders stop. */
    void answered(LocalDate on) {
        answeredOn = on;
        nextReminderAt = null;
    }

    private Instant reminderAt(List<Integer> reminderDays, int index) {
        if (index >= reminderDays.size()) {
            return null;
        }
        Instant at = invitedAt.plus(java.time.Duration.ofDays(reminderDays.get(index)));
        return at.isBefore(closesAt) ? at : null;
    }
}
