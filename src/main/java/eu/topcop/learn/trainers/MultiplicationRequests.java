package eu.topcop.learn.trainers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What trainers and coordinators send about multiplication courses (pages and API alike). */
public final class MultiplicationRequests {

    private MultiplicationRequests() {}

    /** A trainer's plan: which portfolio course, when, where, in which language, for how many, with what. */
    public record Plan(
            String course,
            LocalDate startsOn,
            LocalDate endsOn,
            String place,
            String language,
            Integer expectedParticipants,
            String material) {}

    /** An officer to register: an e-mail finds an existing user; otherwise name and agency are enough. */
    public record Participant(String name, String agency, String email) {}

    /** The delivery: who attended (participant ids), the material used, what the participants' evaluation said. */
    public record Delivery(
            List<Long> attended, String materialUsed, String evaluationSummary, BigDecimal evaluationScore) {}

    /** A coordinator's decision on a plan or a report; a reason when refusing or returning. */
    public record Decision(boolean accept, String reason) {}

    /** The trainer's report. */
    public record Report(String report) {}
}
