package eu.topcop.learn.exchange;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What hosts, officers, coordinators and course managers send about exchanges (pages and API alike). */
public final class ExchangeRequests {

    private ExchangeRequests() {}

    /** A host's offer; a coordinator publishes for their own country, a course manager names it. */
    public record Offer(
            @Size(max = 12) String kind,
            @Size(max = 2) String hostCountry,
            @Size(max = 200) String hostAgency,
            @Size(max = 300) String topic,
            @Size(max = 80) String priority,
            Integer places,
            LocalDate startsOn,
            LocalDate endsOn,
            @Size(max = 8) String language,
            @Size(max = 4000) String description) {}

    /** An officer's application: their agency, the languages they work in, why. */
    public record Apply(
            @Size(max = 200) String agency,
            @Size(max = 7) List<@NotNull @Size(max = 8) String> languages,
            @Size(max = 2000) String motivation) {}

    /** A coordinator's endorsement, or a decline with a reason. */
    public record Endorsement(
            boolean endorse, @Size(max = 1000) String reason) {}

    /** A match: the host offer (the one applied for, or another suggested), the mentor, the learning agreement. */
    public record Match(
            @Size(max = 120) String offer,
            @Size(max = 200) String mentor,
            @Size(max = 254) String mentorEmail,
            @Size(max = 4000) String learningAgreement) {}

    /** After the visit: the guest's report and commitment to share what they learned, by a day. */
    public record Report(
            @Size(max = 4000) String report,
            @Size(max = 2000) String commitment,
            LocalDate shareBy) {}

    /** The follow-up: when and with how many officers the guest shared it, and how. */
    public record Shared(
            LocalDate sharedOn,
            Integer sharedWith,
            @Size(max = 1000) String how) {}
}
