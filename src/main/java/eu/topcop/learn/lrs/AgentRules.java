package eu.topcop.learn.lrs;

import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The rules of agents and groups (xAPI Data 2.4.2): an agent has exactly one inverse functional identifier (mbox,
 * mbox_sha1sum, openid or account); an identified group has exactly one too, an anonymous group none and a list of
 * members; members are agents, never groups.
 */
final class AgentRules {

    static final List<String> IDENTIFIERS = List.of("mbox", "mbox_sha1sum", "openid", "account");
    private static final Set<String> AGENT = Set.of("objectType", "name", "mbox", "mbox_sha1sum", "openid", "account");
    private static final Set<String> GROUP =
            Set.of("objectType", "name", "member", "mbox", "mbox_sha1sum", "openid", "account");
    private static final Set<String> ACCOUNT = Set.of("homePage", "name");

    private AgentRules() {}

    /** An actor: an agent unless its objectType says Group. */
    static void actor(JsonNode actor, String path, XapiValues values) {
        if (actor != null
                && actor.isObject()
                && "Group".equals(actor.path("objectType").asText())) {
            group(actor, path, values);
        } else {
            agent(actor, path, values);
        }
    }

    static void agent(JsonNode agent, String path, XapiValues values) {
        if (!values.object(agent, path, AGENT)) {
            return;
        }
        JsonNode type = agent.get("objectType");
        if (type != null && !"Agent".equals(type.asText())) {
            values.fail(path + ".objectType", "must be Agent");
        }
        values.text(agent.get("name"), path + ".name");
        if (identifiers(agent, path, values) != 1) {
            values.fail(path, "must have exactly one of mbox, mbox_sha1sum, openid, account");
        }
    }

    static void group(JsonNode group, String path, XapiValues values) {
        if (!values.object(group, path, GROUP)) {
            return;
        }
        if (!"Group".equals(group.path("objectType").asText())) {
            values.fail(path + ".objectType", "must be Group");
        }
        values.text(group.get("name"), path + ".name");
        int identifiers = identifiers(group, path, values);
        if (identifiers > 1) {
            values.fail(path, "must have at most one of mbox, mbox_sha1sum, openid, account");
        }
        JsonNode members = group.get("member");
        if (identifiers == 0 && (members == null || !members.isArray() || members.isEmpty())) {
            values.fail(path + ".member", "is required, with at least one agent, in an anonymous group");
        }
        if (members == null) {
            return;
        }
        if (!members.isArray()) {
            values.fail(path + ".member", "must be an array of agents");
            return;
        }
        for (int i = 0; i < members.size(); i++) {
            JsonNode member = members.get(i);
            String at = path + ".member[" + i + "]";
            if (member != null && "Group".equals(member.path("objectType").asText())) {
                values.fail(at + ".objectType", "must be Agent: a group's members are agents");
            } else {
                agent(member, at, values);
            }
        }
    }

    private static int identifiers(JsonNode actor, String path, XapiValues values) {
        int count = 0;
        for (String identifier : IDENTIFIERS) {
            if (actor.has(identifier)) {
                count++;
            }
        }
        values.mbox(actor.get("mbox"), path + ".mbox");
        values.sha1(actor.get("mbox_sha1sum"), path + ".mbox_sha1sum");
        values.iri(actor.get("openid"), path + ".openid");
        JsonNode account = actor.get("account");
        if (account != null && values.object(account, path + ".account", ACCOUNT)) {
            values.required(account, path + ".account", "homePage", "name");
            values.iri(account.get("homePage"), path + ".account.homePage");
            values.text(account.get("name"), path + ".account.name");
        }
        return count;
    }

    /**
     * The actor's identifier as one string, for the store's actor column and for comparing actors: the one
     * inverse functional identifier, or null for an anonymous group.
     */
    static String identifier(JsonNode actor) {
        if (actor.has("mbox")) {
            return "mbox:" + actor.get("mbox").asText();
        }
        if (actor.has("mbox_sha1sum")) {
            return "mbox_sha1sum:" + actor.get("mbox_sha1sum").asText().toLowerCase(java.util.Locale.ROOT);
        }
        if (actor.has("openid")) {
            return "openid:" + actor.get("openid").asText();
        }
        if (actor.has("account")) {
            JsonNode account = actor.get("account");
            return "account:" + account.path("homePage").asText() + "|"
                    + account.path("name").asText();
        }
        return null;
    }
}
