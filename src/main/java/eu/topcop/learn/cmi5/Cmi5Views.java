package eu.topcop.learn.cmi5;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Read models of cmi5 courses, in one language, for the page and the API alike. */
public final class Cmi5Views {

    private Cmi5Views() {}

    /** A course with its versions and the AUs of its current version. */
    public record CourseView(
            @Size(max = 40) String code,
            @Size(max = 2000) String iri,
            String title,
            @Size(max = 80) String curriculum,
            int currentVersion,
            List<VersionView> versions,
            List<AuView> aus) {}

    public record VersionView(int version, Instant importedAt, boolean zipped) {}

    /** An AU: where it starts ({@code packagePath} for a file of the package, else its remote url) and its rules. */
    public record AuView(
            @Size(max = 2000) String iri,
            String title,
            @Size(max = 2000) String url,
            @Size(max = 512) String packagePath,
            @Size(max = 20) String moveOn,
            BigDecimal masteryScore,
            @Size(max = 10) String launchMethod) {

        public boolean remote() {
            return packagePath == null;
        }
    }

    /** The answer to an import. */
    public record ImportAnswer(@Size(max = 40) String code, int version, boolean created) {}

    /** A manager's waiver of an AU for a learner (cmi5 9.3.7). */
    @Schema(description = "Waive an AU for a learner: the AU by its publisher id (its id in cmi5.xml)")
    public record WaiverInput(
            @NotNull @Schema(description = "The learner's person id")
            Long person,

            @NotNull
            @Size(max = 2000)
            @Schema(description = "The AU's publisher id: the id of its au element in cmi5.xml")
            String au,

            @NotNull
            @Size(max = Cmi5Waivers.REASON_LENGTH)
            @Pattern(
                    regexp = Cmi5Waivers.REASONS,
                    message = "must be one of Tested Out, Equivalent AU, Equivalent Outside Activity, Administrative")
            @Schema(
                    enumeration = {
                        Cmi5Waivers.TESTED_OUT,
                        Cmi5Waivers.EQUIVALENT_AU,
                        Cmi5Waivers.EQUIVALENT_OUTSIDE_ACTIVITY,
                        Cmi5Waivers.ADMINISTRATIVE
                    })
            String reason) {}

    /** A waiver as recorded: the waived statement's registration and session, and whether the course is satisfied. */
    public record WaiverView(
            @Size(max = 40) String course,
            long person,
            @Size(max = 2000) String au,
            int position,
            @Size(max = 40) String reason,
            Instant waivedAt,
            @Size(max = 100) String waivedBy,
            @Size(max = 36) String registration,
            @Size(max = 36) String sessionId,
            boolean courseSatisfied) {}
}
