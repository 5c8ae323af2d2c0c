package eu.topcop.learn.lrs;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Agents and hashes for the document resources' tests. */
final class DocumentFixture {

    private DocumentFixture() {}

    /** An agent of a partner academy, new for each test, as the agent parameter (JSON). */
    static String agent() {
        return "{\"objectType\": \"Agent\", \"mbox\": \"mailto:learner-" + UUID.randomUUID() + "@academy.example\"}";
    }

    static String sha1(String text) {
        return XapiDocument.sha1(text.getBytes(StandardCharsets.UTF_8));
    }
}
