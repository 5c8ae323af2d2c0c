package eu.topcop.learn.cmi5;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import jakarta.validation.constraints.Size;

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
}
