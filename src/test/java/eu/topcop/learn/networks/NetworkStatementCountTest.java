package eu.topcop.learn.networks;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.inject.Inject;

import eu.topcop.learn.enrolment.EnrolmentFixture;
import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.networks.discussions.Discussions;
import eu.topcop.learn.networks.needs.NeedProposals;
import eu.topcop.learn.networks.needs.NeedViews;
import eu.topcop.learn.platform.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The list of networks, a network's action points and the proposed training needs cost the same SQL statements for
 * 3 and for 30 rows (Hibernate statistics), as pages and on the API.
 */
@QuarkusTest
class NetworkStatementCountTest {

    private static final String USER = "count-network-manager";

    @Inject
    NetworkFixture networks;

    @Inject
    EnrolmentFixture people;

    @Inject
    ActionPoints points;

    @Inject
    Discussions discussions;

    @Inject
    NeedProposals proposals;

    @Inject
    SessionFactory sessionFactory;

    @Test
    @TestSecurity(
            user = USER,
            roles = {Roles.TRAINEE, Roles.COURSE_MANAGER})
    void shouldListNetworksWithTheSameStatementsFor3And30MoreNetworks() {
        Person me = people.named(USER, "GE");
        List<String> lists = List.of("/networks", "/api/networks");
        addNetworks(me, 3);
        long[] few = lists.stream().mapToLong(this::statementsFor).toArray();
        addNetworks(me, 27);
        long[] many = lists.stream().mapToLong(this::statementsFor).toArray();
        for (int i = 0; i < lists.size(); i++) {
            assertEquals(few[i], many[i], "statements for " + lists.get(i) + " grew with the networks");
        }
    }

    @Test
    @TestSecurity(
            user = USER,
            roles = {Roles.TRAINEE, Roles.COURSE_MANAGER})
    void shouldListActionPointsAndProposalsWithTheSameStatementsFor3And30() {
        Person me = people.named(USER, "GE");
        Network network = networks.network();
        NetworkMember owner = networks.member(network, me);
        NetworkAccess.Viewer viewer = NetworkFixture.viewer(me);
        long thread = discussions.start(
                        network.code,
                        viewer,
                        new Discussions.NewThread("Counted needs", "What officers asked for", "en"),
                        "en")
                .id;
        List<String> lists = List.of(
                "/networks/" + network.code + "/actions",
                "/api/networks/" + network.code + "/actions?size=100",
                "/training-needs",
                "/api/training-needs/proposals?size=100");
        add(network, owner, viewer, thread, 3);
        long[] few = lists.stream().mapToLong(this::statementsFor).toArray();
        add(network, owner, viewer, thread, 27);
        long[] many = lists.stream().mapToLong(this::statementsFor).toArray();
        for (int i = 0; i < lists.size(); i++) {
            assertEquals(few[i], many[i], "statements for " + lists.get(i) + " grew with the rows");
        }
    }

    /** Networks with two members each, one of them the viewer. */
    private void addNetworks(Person me, int count) {
        for (int i = 0; i < count; i++) {
            Network network = networks.network();
            networks.member(network, me);
            networks.member(network, people.person("UA"));
        }
    }

    private void add(Network network, NetworkMember owner, NetworkAccess.Viewer viewer, long thread, int count) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        for (int i = 0; i < count; i++) {
            points.create(
                    network.code,
                    new ActionPoints.NewPoint("Point " + i, null, null, owner.id, today.plusDays(10 + i % 5)),
                    viewer);
            proposals.fromThread(
                    thread, new NeedViews.ProposalInput("Counted need " + i, "drug-trafficking", "GE"), viewer);
        }
    }

    /** Statements of the second request: the first may also sync the caller's person. */
    private long statementsFor(String path) {
        given().when().get(path).then().statusCode(200);
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        given().when().get(path).then().statusCode(200);
        return statistics.getPrepareStatementCount();
    }
}
