package eu.topcop.learn.lrs;

/**
 * Where a document lives: its resource, its owner (the activity, the agent, or both for the state), the state's
 * registration and the document's id ({@code stateId} or {@code profileId}; null when a request is about all the
 * owner's documents). The agent is its inverse functional identifier; {@code personId} names it when it is one of
 * our people.
 */
record DocumentAddress(
        XapiDocument.Kind kind,
        String activityId,
        String agent,
        Long personId,
        String registration,
        String documentId) {

    /** Whose documents these are: the key of the ids list and of "delete all". */
    String ownerKey() {
        return XapiDocument.sha1(kind + "\n" + text(activityId) + "\n" + text(agent));
    }

    /** The one document: unique in the table. */
    String documentKey() {
        return XapiDocument.sha1(ownerKey() + "\n" + text(registration) + "\n" + documentId);
    }

    String agentKey() {
        return agent == null ? null : XapiDocument.sha1(agent);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
