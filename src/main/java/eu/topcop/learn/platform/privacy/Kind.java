package eu.topcop.learn.platform.privacy;

import java.util.Locale;

/**
 * The kinds of personal data the LMS keeps, one group of records each in an export and one line each in the
 * privacy notice. Named in every language by {@link PrivacyMessages#kind} and described by
 * {@link PrivacyMessages#holds}.
 */
public enum Kind {
    ACCOUNT,
    PREFERENCE,
    MESSAGE,
    APPLICATION,
    APPLICATION_HISTORY,
    SUPERVISOR,
    ATTENDANCE,
    NOTIFICATION,
    OFFERING_ROLE,
    MODULE_PROGRESS,
    QUIZ_ATTEMPT,
    KNOWLEDGE_TEST,
    STATEMENT,
    XAPI_DOCUMENT,
    CERTIFICATE,
    COMPLETION,
    TRAINER_CERTIFICATION,
    ASSESSMENT,
    MULTIPLICATION_COURSE,
    MULTIPLICATION_PARTICIPATION,
    EXCHANGE_APPLICATION,
    EVENT_REGISTRATION,
    SURVEY,
    OPERATIONAL_RESULT,
    NETWORK_MEMBERSHIP,
    ACTION_POINT,
    LIBRARY_DOCUMENT,
    LIBRARY_READER,
    LIBRARY_USEFUL,
    LIBRARY_COMMENT,
    NEED_PROPOSAL,
    DISCUSSION_POST,
    DISCUSSION_ATTACHMENT,
    DISCUSSION_REPORT,
    DISCUSSION_MODERATION,
    DISCUSSION_FOLLOW,
    DISCUSSION_DELIVERY,
    DISCUSSION_DIGEST,
    PUBLICATION,
    CONTENT_IMPORT,
    ACTION,
    ERASURE,
    MENTION;

    /** The name in a JSON export: {@code APPLICATION_HISTORY} is {@code applicationHistory}. */
    public String key() {
        return camel(name());
    }

    static String camel(String constant) {
        StringBuilder key = new StringBuilder();
        for (String part : constant.toLowerCase(Locale.ROOT).split("_")) {
            key.append(key.length() == 0 ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
        }
        return key.toString();
    }
}
