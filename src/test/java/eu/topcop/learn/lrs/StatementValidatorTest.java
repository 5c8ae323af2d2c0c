package eu.topcop.learn.lrs;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.topcop.learn.platform.web.Problem;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Data part's property rules, one test per requirement, in 1.0.3 and 2.0.0 where they differ. */
class StatementValidatorTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ACTOR = "\"actor\":{\"mbox\":\"mailto:a@academy.example\"}";
    private static final String VERB = "\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/experienced\"}";
    private static final String OBJECT = "\"object\":{\"id\":\"https://academy.example/a\"}";

    private final StatementValidator validator = new StatementValidator();

    private List<String> fields(String json, XapiVersion version) {
        try {
            JsonNode node = JSON.readTree(json);
            return validator.check(node, version, "").stream()
                    .map(Problem.FieldError::field)
                    .toList();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> fields(String json) {
        return fields(json, XapiVersion.V1_0_3);
    }

    private static String with(String... parts) {
        return "{" + String.join(",", parts) + "}";
    }

    @Test
    void minimalStatementIsAccepted() {
        assertEquals(List.of(), fields(with(ACTOR, VERB, OBJECT)));
        assertEquals(List.of(), fields(with(ACTOR, VERB, OBJECT), XapiVersion.V2_0_0));
    }

    @Test
    void statementWithoutActorVerbOrObjectIsRejected() {
        assertEquals(List.of("actor", "verb", "object"), fields("{}"));
    }

    @Test
    void unknownPropertyIsRejected() {
        assertEquals(
                List.of("object.definition.colour"),
                fields(with(
                        ACTOR,
                        VERB,
                        "\"object\":{\"id\":\"https://a.example/x\",\"definition\":{\"colour\":\"red\"}}")));
    }

    @Test
    void nullValueIsRejected() {
        assertTrue(fields(with(ACTOR, VERB, OBJECT, "\"result\":null")).contains("result"));
    }

    @Test
    void mboxWithoutMailtoIsRejected() {
        assertEquals(List.of("actor.mbox"), fields(with("\"actor\":{\"mbox\":\"a@academy.example\"}", VERB, OBJECT)));
    }

    @Test
    void mboxSha1sumThatIsNotAHexSha1IsRejected() {
        assertEquals(List.of("actor.mbox_sha1sum"), fields(with("\"actor\":{\"mbox_sha1sum\":\"xyz\"}", VERB, OBJECT)));
    }

    @Test
    void accountWithoutHomePageIriOrNameIsRejected() {
        assertEquals(
                List.of("actor.account.homePage", "actor.account.name"),
                fields(with("\"actor\":{\"account\":{\"homePage\":\"academy\",\"name\":7}}", VERB, OBJECT)));
        assertTrue(fields(with("\"actor\":{\"account\":{\"name\":\"a\"}}", VERB, OBJECT))
                .contains("actor.account.homePage"));
    }

    @Test
    void agentWithoutInverseFunctionalIdentifierIsRejected() {
        assertEquals(List.of("actor"), fields(with("\"actor\":{\"name\":\"Nobody\"}", VERB, OBJECT)));
    }

    @Test
    void anonymousGroupWithoutMembersIsRejected() {
        assertEquals(List.of("actor.member"), fields(with("\"actor\":{\"objectType\":\"Group\"}", VERB, OBJECT)));
    }

    @Test
    void groupMemberThatIsAGroupIsRejected() {
        assertTrue(fields(with(
                        "\"actor\":{\"objectType\":\"Group\",\"member\":[{\"objectType\":\"Group\","
                                + "\"mbox\":\"mailto:g@a.example\"}]}",
                        VERB,
                        OBJECT))
                .contains("actor.member[0].objectType"));
    }

    @Test
    void verbIdThatIsNotAnIriIsRejected() {
        assertEquals(List.of("verb.id"), fields(with(ACTOR, "\"verb\":{\"id\":\"experienced\"}", OBJECT)));
    }

    @Test
    void displayWithAKeyThatIsNotAnRfc5646TagIsRejected() {
        assertEquals(
                List.of("verb.display.en_US"),
                fields(with(
                        ACTOR,
                        "\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/experienced\",\"display\":{\"en_US\":\"x\"}}",
                        OBJECT)));
    }

    /**
     * Data 2.2.s4.b2 (XAPI-00013): language map keys and context.language are RFC 5646 tags, and RFC 5646 forbids a
     * variant used twice (2.2.5) or an extension singleton used twice (2.2.6), which Java's tag parser lets through.
     */
    @Test
    void languageTagThatRepeatsASingletonOrAVariantIsRejected() {
        for (String tag :
                List.of("zh-z-aaa-z-bbb-c-ccc", "en-a-bbb-A-ccc", "de-DE-1901-1901", "sl-rozaj-biske-ROZAJ")) {
            assertEquals(
                    List.of("verb.display." + tag),
                    fields(
                            with(
                                    ACTOR,
                                    "\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/experienced\",\"display\":{\""
                                            + tag + "\":\"x\"}}",
                                    OBJECT),
                            XapiVersion.V2_0_0),
                    tag);
            assertEquals(
                    List.of("context.language"),
                    fields(with(ACTOR, VERB, OBJECT, "\"context\":{\"language\":\"" + tag + "\"}"), XapiVersion.V2_0_0),
                    tag);
        }
        for (String tag :
                List.of("zh-c-ccc-z-aaa", "de-CH-1901", "sl-rozaj-biske", "en-x-a-x-a", "i-enochian", "x-whatever")) {
            assertEquals(
                    List.of(),
                    fields(with(ACTOR, VERB, OBJECT, "\"context\":{\"language\":\"" + tag + "\"}"), XapiVersion.V2_0_0),
                    tag);
        }
    }

    @Test
    void unknownObjectTypeIsRejected() {
        assertEquals(
                List.of("object.objectType"),
                fields(with(ACTOR, VERB, "\"object\":{\"objectType\":\"activity\",\"id\":\"https://a.example\"}")));
    }

    @Test
    void statementRefWithoutUuidIsRejected() {
        assertEquals(
                List.of("object.id"),
                fields(with(ACTOR, VERB, "\"object\":{\"objectType\":\"StatementRef\",\"id\":\"12\"}")));
    }

    @Test
    void subStatementInsideSubStatementIsRejected() {
        String inner = "{\"objectType\":\"SubStatement\"," + ACTOR + "," + VERB + "," + OBJECT + "}";
        String outer =
                "\"object\":{\"objectType\":\"SubStatement\"," + ACTOR + "," + VERB + ",\"object\":" + inner + "}";
        assertEquals(List.of("object.object.objectType"), fields(with(ACTOR, VERB, outer)));
    }

    @Test
    void subStatementWithIdOrStoredIsRejected() {
        String sub = "\"object\":{\"objectType\":\"SubStatement\",\"id\":\"" + java.util.UUID.randomUUID() + "\","
                + ACTOR + "," + VERB + "," + OBJECT + "}";
        assertEquals(List.of("object.id"), fields(with(ACTOR, VERB, sub)));
    }

    @Test
    void interactionComponentsOfAnotherInteractionTypeAreRejected() {
        assertEquals(
                List.of("object.definition.scale"),
                fields(with(
                        ACTOR,
                        VERB,
                        "\"object\":{\"id\":\"https://a.example/q\",\"definition\":{\"interactionType\":\"choice\","
                                + "\"scale\":[{\"id\":\"1\"}]}}")));
    }

    @Test
    void correctResponsesPatternWithoutInteractionTypeIsRejected() {
        String statement = with(
                ACTOR,
                VERB,
                "\"object\":{\"id\":\"https://a.example/q\",\"definition\":{\"correctResponsesPattern\":[\"true\"]}}");
        assertEquals(List.of("object.definition.interactionType"), fields(statement));
        assertEquals(List.of("object.definition.interactionType"), fields(statement, XapiVersion.V2_0_0));
        assertEquals(
                List.of(),
                fields(with(
                        ACTOR,
                        VERB,
                        "\"object\":{\"id\":\"https://a.example/q\",\"definition\":{\"interactionType\":\"true-false\","
                                + "\"correctResponsesPattern\":[\"true\"]}}")));
    }

    @Test
    void authorityGroupWithOtherThanTwoAgentsIsRejected() {
        String consumer = "{\"account\":{\"homePage\":\"https://academy.example/oauth\",\"name\":\"app\"}}";
        String user = "{\"mbox\":\"mailto:bob@academy.example\"}";
        String third = "{\"mbox\":\"mailto:eve@academy.example\"}";
        String two = with(
                ACTOR,
                VERB,
                OBJECT,
                "\"authority\":{\"objectType\":\"Group\",\"member\":[" + consumer + "," + user + "]}");
        String one = with(ACTOR, VERB, OBJECT, "\"authority\":{\"objectType\":\"Group\",\"member\":[" + user + "]}");
        String three = with(
                ACTOR,
                VERB,
                OBJECT,
                "\"authority\":{\"objectType\":\"Group\",\"member\":[" + consumer + "," + user + "," + third + "]}");
        assertEquals(List.of(), fields(two));
        assertEquals(List.of("authority.member"), fields(one));
        assertEquals(List.of("authority.member"), fields(three));
        assertEquals(List.of("authority.member"), fields(three, XapiVersion.V2_0_0));
        // an actor group may have any number of members: the rule is the authority's
        assertEquals(
                List.of(),
                fields(with(
                        "\"actor\":{\"objectType\":\"Group\",\"member\":[" + consumer + "," + user + "," + third + "]}",
                        VERB,
                        OBJECT)));
    }

    @Test
    void scaledScoreOutsideMinusOneToOneIsRejected() {
        assertEquals(
                List.of("result.score.scaled"),
                fields(with(ACTOR, VERB, OBJECT, "\"result\":{\"score\":{\"scaled\":1.5}}")));
    }

    @Test
    void rawScoreOutsideMinAndMaxIsRejected() {
        assertEquals(
                List.of("result.score.raw"),
                fields(with(ACTOR, VERB, OBJECT, "\"result\":{\"score\":{\"raw\":11,\"min\":0,\"max\":10}}")));
        assertEquals(
                List.of("result.score.min"),
                fields(with(ACTOR, VERB, OBJECT, "\"result\":{\"score\":{\"min\":10,\"max\":0}}")));
    }

    @Test
    void durationThatIsNotIso8601IsRejected() {
        assertEquals(
                List.of("result.duration"),
                fields(with(ACTOR, VERB, OBJECT, "\"result\":{\"duration\":\"90 minutes\"}")));
        assertEquals(List.of(), fields(with(ACTOR, VERB, OBJECT, "\"result\":{\"duration\":\"PT1H30M\"}")));
        assertEquals(List.of("result.duration"), fields(with(ACTOR, VERB, OBJECT, "\"result\":{\"duration\":\"PT\"}")));
    }

    @Test
    void timestampWithoutOffsetIsAcceptedIn103AndRejectedIn200() {
        String statement = with(ACTOR, VERB, OBJECT, "\"timestamp\":\"2024-03-01T10:15:30\"");
        assertEquals(List.of(), fields(statement, XapiVersion.V1_0_3));
        assertEquals(List.of("timestamp"), fields(statement, XapiVersion.V2_0_0));
    }

    @Test
    void timestampWithNegativeZeroOffsetIsRejected() {
        assertEquals(
                List.of("timestamp"), fields(with(ACTOR, VERB, OBJECT, "\"timestamp\":\"2024-03-01T10:15:30-00:00\"")));
    }

    @Test
    void revisionOrPlatformWithAnObjectThatIsNotAnActivityIsRejected() {
        String agentObject = "\"object\":{\"objectType\":\"Agent\",\"mbox\":\"mailto:b@academy.example\"}";
        assertEquals(
                List.of("context.platform"),
                fields(with(ACTOR, VERB, agentObject, "\"context\":{\"platform\":\"Moodle\"}")));
    }

    @Test
    void extensionKeyThatIsNotAnIriIsRejected() {
        assertEquals(
                List.of("result.extensions.speed"),
                fields(with(ACTOR, VERB, OBJECT, "\"result\":{\"extensions\":{\"speed\":3}}")));
    }

    @Test
    void contextAgentsAreRejectedIn103AndAcceptedIn200() {
        String statement = with(
                ACTOR,
                VERB,
                OBJECT,
                "\"context\":{\"contextAgents\":[{\"objectType\":\"contextAgent\","
                        + "\"agent\":{\"mbox\":\"mailto:t@academy.example\"},\"relevantTypes\":[\"https://a.example/trainer\"]}]}");
        assertEquals(List.of("context.contextAgents"), fields(statement, XapiVersion.V1_0_3));
        assertEquals(List.of(), fields(statement, XapiVersion.V2_0_0));
    }

    @Test
    void statementVersion200IsRejectedIn103() {
        String statement = with(ACTOR, VERB, OBJECT, "\"version\":\"2.0.0\"");
        assertEquals(List.of("version"), fields(statement, XapiVersion.V1_0_3));
        assertEquals(List.of(), fields(statement, XapiVersion.V2_0_0));
    }

    @Test
    void attachmentWithoutRequiredPropertiesOrWithBadValuesIsRejected() {
        assertEquals(
                List.of(
                        "attachments[0].display",
                        "attachments[0].sha2",
                        "attachments[0].usageType",
                        "attachments[0].contentType",
                        "attachments[0].length"),
                fields(with(
                        ACTOR,
                        VERB,
                        OBJECT,
                        "\"attachments\":[{\"usageType\":\"signature\"," + "\"contentType\":\"pdf\",\"length\":-1}]")));
    }
}
