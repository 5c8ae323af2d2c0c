package eu.topcop.learn.lrs;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The xAPI versions the LRS speaks: 1.0.x (answered as 1.0.3, its last patch) and 2.0.0 (IEEE 9274.1.1). A request
 * names its version in {@code X-Experience-API-Version}; every answer names the version it was answered in.
 */
enum XapiVersion {
    V1_0_3("1.0.3"),
    V2_0_0("2.0.0");

    static final String HEADER = "X-Experience-API-Version";
    static final XapiVersion LATEST = V2_0_0;
    static final List<String> SUPPORTED = List.of(V1_0_3.value, V2_0_0.value);

    // 1.0.3 (Communication 3.3): "1.0" is read as 1.0.0; 1.0.0 to 1.0.3 are the same API.
    private static final Pattern ONE_ZERO = Pattern.compile("1\\.0(\\.[0-3])?");

    final String value;

    XapiVersion(String value) {
        this.value = value;
    }

    static Optional<XapiVersion> of(String header) {
        if (header == null) {
            return Optional.empty();
        }
        String version = header.strip();
        if (ONE_ZERO.matcher(version).matches()) {
            return Optional.of(V1_0_3);
        }
        return version.equals("2.0.0") ? Optional.of(V2_0_0) : Optional.empty();
    }

    boolean isTwo() {
        return this == V2_0_0;
    }
}
