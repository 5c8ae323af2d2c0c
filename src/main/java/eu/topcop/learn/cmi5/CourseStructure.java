package eu.topcop.learn.cmi5;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A course structure as its {@code cmi5.xml} says it, checked against the XSD and the specification's other rules.
 * Texts map a language tag ({@code en-US}) to the text; blocks and AUs are in document order, each naming its block by
 * its index in {@link #blocks} (null at the course level).
 */
record CourseStructure(
        String iri, Map<String, String> title, Map<String, String> description, List<Block> blocks, List<Au> aus) {

    record Block(String iri, Integer parent, Map<String, String> title, Map<String, String> description) {}

    /**
     * An assignable unit with what the LMS gives it at launch. {@code packagePath} is the package's file its url names,
     * null for a remote AU (a fully qualified url).
     */
    record Au(
            String iri,
            Integer block,
            Map<String, String> title,
            Map<String, String> description,
            String url,
            String packagePath,
            String moveOn,
            BigDecimal masteryScore,
            String launchMethod,
            String launchParameters,
            String entitlementKey,
            String activityType) {}
}
