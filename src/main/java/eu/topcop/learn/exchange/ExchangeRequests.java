package eu.topcop.learn.exchange;

import java.time.LocalDate;
import java.util.List;

/** What hosts, officers, coordinators and course managers send about exchanges (pages and API alike). */
public final class ExchangeRequests {

    private ExchangeRequests() {}

    /** A host's offer; a coordinator publishes for their own country, a course manager names it. */
    public record Offer(
            String kind,
            String hostCountry,
            String hostAgency,
            String topic,
            String priority,
            Integer places,
            LocalDate startsOn,
            LocalDate endsOn,
            String language,
            String description) {}

    /** An officer's application: their agency, the languages they work in, why. */
    public record Apply(String agency, List<String> languages, String motivation) {}

    /** A coordinator's endorsement, or a decline with a reason. */
    public record Endorsement(boolean endorse, String reason) {}

    /** A match: the host offer (the one applied for, or another suggested), the mentor, the learning agreement. */
    public record Match(String offer, String mentor, String mentorEmail, String learningAgreement) {}

    /** After the visit: the guest's report and commitment to share what they learned, by a day. */
    public record Report(String report, String commitment, LocalDate shareBy) {}

    /** The follow-up: when and with how many officers the guest shared it, and how. */
    public record Shared(LocalDate sharedOn, Integer sharedWith, String how) {}
}
