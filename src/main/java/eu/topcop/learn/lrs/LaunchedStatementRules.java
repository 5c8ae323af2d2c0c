package eu.topcop.learn.lrs;

import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The rules a feature that launches content sets for the statements that content sends with its launch credential
 * (cmi5 9.x for a cmi5 AU): asked for each statement before it is stored, in the storing transaction, so a feature may
 * also record what the statement means for its attempt; a refusal rolls the whole request back and is answered 400.
 */
public interface LaunchedStatementRules {

    /**
     * Why the statement breaks the feature's rules, or empty when it does not (or the registration is not the
     * feature's).
     */
    Optional<String> refusal(long personId, String registration, String activity, JsonNode statement);
}
