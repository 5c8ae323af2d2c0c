package eu.topcop.learn.trainers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What trainers and coordinators send about multiplication courses (pages and API alike). */
public final class MultiplicationRequests {

    private MultiplicationRequests() {}

    /** A trainer's plan: which portfolio course, when, where, in which language, for how many, with what. */
    public record Plan(
            @Size(max = 80) String course,
            LocalDate startsOn,
            LocalDate endsOn,
            @Size(max = 200) String place,
            @Size(max = 8) String language,
            Integer expectedParticipants,
            @Size(max = 2000) String material) {}

    /** An officer to register: an e-mail finds an existing user; otherwise name and agency are enough. */
    public record Participant(
            @Size(max = 200) String name,
            @Size(max = 200) String agency,
            @Size(max = 254) String email) {}

    /**
     * The delivery: who attended (participant ids), the material used, what the participants' evaluation said and,
     * only when every participant was recorded by name, the trainer's own estimate of their average rating.
     */
    public record Delivery(
            @Size(max = 1000) List<@NotNull Long> attended,
            @Size(max = 2000) String materialUsed,
            @Size(max = 4000) String evaluationSummary,

            @Schema(
                    description = "The trainer's own estimate of the participants' average rating, 1 to 5. Refused"
                            + " (422 naming evaluationScore) once a participant was registered with an e-mail:"
                            + " the participants with an account then give their own evaluation in the reaction"
                            + " survey sent when the course is reported",
                    nullable = true)
            BigDecimal evaluationScore) {}

    /** A coordinator's decision on a plan or a report; a reason when refusing or returning. */
    public record Decision(boolean accept, @Size(max = 1000) String reason) {}

    /** The trainer's report. */
    public record Report(@Size(max = 4000) String report) {}
}
