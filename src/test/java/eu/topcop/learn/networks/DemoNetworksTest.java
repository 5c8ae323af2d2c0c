package eu.topcop.learn.networks;

import jakarta.inject.Inject;

import eu.topcop.learn.catalogue.CrimePriority;
import eu.topcop.learn.platform.i18n.Language;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The embedded default's networks: the forum, the support network, the contact points and one per priority. */
@QuarkusTest
class DemoNetworksTest {

    @Inject
    DemoNetworks demo;

    @Test
    void shouldMakeTheProjectsNetworksNamedInEveryLanguageWithModeratorsAndMembers() {
        QuarkusTransaction.requiringNew().run(() -> {
            if (Network.count("code", DemoNetworks.FORUM) == 0) {
                demo.seed();
            }
        });
        QuarkusTransaction.requiringNew().run(() -> {
            long priorities = CrimePriority.count("portfolio", true);
            assertEquals(priorities, Network.count("kind", Network.Kind.EXPERT_NETWORK) - fixtures());
            Network forum = Network.<Network>find("code", DemoNetworks.FORUM).singleResult();
            assertEquals(Network.Joining.INVITATION, forum.joining);
            for (Language language : Language.SUPPORTED) {
                assertTrue(forum.name.containsKey(language.code()), language.code());
            }
            Network points =
                    Network.<Network>find("code", DemoNetworks.CONTACT_POINTS).singleResult();
            assertEquals("national-coordinator", points.openToRole);
            Network drugs =
                    Network.<Network>find("code", "experts-drug-trafficking").singleResult();
            assertEquals(1, drugs.priorities.size());
            assertTrue(NetworkMember.count("network = ?1 and role = ?2", drugs, NetworkMember.Role.MODERATOR) > 0);
            assertEquals(3, NetworkMember.count("network = ?1 and role = ?2", drugs, NetworkMember.Role.MEMBER));
        });
    }

    /** Expert networks other tests made with the fixture. */
    private static long fixtures() {
        return Network.count("kind = ?1 and code like 'net-%'", Network.Kind.EXPERT_NETWORK)
                + Network.count("kind = ?1 and code like 'privacy-%'", Network.Kind.EXPERT_NETWORK);
    }
}
