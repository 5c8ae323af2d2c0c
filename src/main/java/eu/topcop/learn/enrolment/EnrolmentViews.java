package eu.topcop.learn.enrolment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Read models of enrolment, for pages and the API alike. */
public final class EnrolmentViews {

    private EnrolmentViews() {}

    public record ApplicationView(
            long id,
            String offering,
            String course,
            String courseTitle,
            LocalDate startsOn,
            LocalDate endsOn,
            boolean online,
            Application.Kind kind,
            Application.Status status,
            String person,
            String personName,
            String country,
            String agency,
            String position,
            String agencyType,
            String motivation,
            String nominatedBy,
            Instant submittedAt,
            Instant offerExpiresAt,
            String reason,
            /* The coordinator of the applicant's country must endorse it before a course manager decides. */
            boolean awaitingEndorsement,
            /* The participant's supervisor for the follow-up after the training, or null: none named. */
            Supervisor supervisor) {

        public boolean offered() {
            return status == Application.Status.OFFERED;
        }

        public boolean withdrawable() {
            return !status.isFinal();
        }

        /** The decisions still open to a course manager: what the page offers as buttons. */
        public boolean mayApprove() {
            return !awaitingEndorsement
                    && status != Application.Status.APPROVED
                    && status.leadsTo(Application.Status.APPROVED);
        }

        public boolean mayWaitList() {
            return !awaitingEndorsement && status.leadsTo(Application.Status.WAITING);
        }

        public boolean mayReject() {
            return !awaitingEndorsement && status.leadsTo(Application.Status.REJECTED);
        }

        public boolean decidable() {
            return mayApprove() || mayWaitList() || mayReject();
        }
    }

    /** A step of the history: a change of status, or ({@code change}) another change with the status as it was. */
    public record EventView(
            Instant at,
            /* The user name of who acted, as recorded. */
            String actor,
            /* Their display name, for people to read (the recorded name when they are not known as a person). */
            String actorName,
            Application.Status from,
            Application.Status to,
            String reason,
            ApplicationEvent.Change change) {}

    /**
     * An application with its history; {@code own}: the viewer is the applicant (offers, withdrawal, calendar);
     * {@code supervisorChangeable}: the viewer may name another supervisor.
     */
    public record ApplicationDetail(
            ApplicationView application, List<EventView> history, boolean own, boolean supervisorChangeable) {}

    /** A country's use of an offering's places: its quota (null: none), still in the running, seated. */
    public record QuotaUse(String country, String countryName, Integer quota, long active, long seated) {}

    /** {@code linked}: it is about a page, opened through {@code POST /enrolment/notifications/{id}/open}. */
    public record NotificationView(
            long id, String kind, String subject, String body, Instant createdAt, boolean read, boolean linked) {}
}
