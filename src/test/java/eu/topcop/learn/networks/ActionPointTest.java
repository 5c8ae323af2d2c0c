package eu.topcop.learn.networks;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import jakarta.inject.Inject;

import eu.topcop.learn.enrolment.EnrolmentFixture;
import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.insight.evaluation.SurveyFixture;
import eu.topcop.learn.platform.web.DomainException;
import eu.topcop.learn.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.ForbiddenException;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Action points: members record them with an owner among the members and a due day; who may close them; keyset
 * pages; and the owner reminded once before the day, even when two nodes run the job at the same time.
 */
@QuarkusTest
class ActionPointTest {

    @Inject
    ActionPoints points;

    @Inject
    NetworkFixture networks;

    @Inject
    EnrolmentFixture people;

    @Inject
    SurveyFixture signIns;

    @Test
    void shouldRecordAPointForAMemberAndLetOnlyItsOwnerRecorderOrAModeratorCloseIt() {
        Network network = networks.network();
        Person nino = signIns.signedIn(Tokens.TRAINEE);
        Person colleague = people.person("GE");
        Person outsider = people.person("GE");
        networks.member(network, nino);
        NetworkMember owner = networks.member(network, colleague);
        Person bystander = people.person("MD");
        networks.member(network, bystander);
        String token = Tokens.accessToken(Tokens.TRAINEE);
        LocalDate due = LocalDate.now(ZoneOffset.UTC).plusDays(20);

        long id = given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "title",
                        "Share the controlled delivery checklist with the customs units",
                        "source",
                        "Workshop of 3 December",
                        "owner",
                        owner.id,
                        "dueOn",
                        due.toString()))
                .post("/api/networks/" + network.code + "/actions")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("title", "", "owner", 999999999, "dueOn", "2001-01-01"))
                .post("/api/networks/" + network.code + "/actions")
                .then()
                .statusCode(400);
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("title", "Too late", "owner", 999999999, "dueOn", "2001-01-01"))
                .post("/api/networks/" + network.code + "/actions")
                .then()
                .statusCode(422)
                .body("errors.field", hasItem("owner"))
                .body("errors.field", hasItem("dueOn"));
        given().auth()
                .oauth2(token)
                .get("/api/networks/" + network.code + "/actions")
                .then()
                .statusCode(200)
                .body("points[0].owner", equalTo(colleague.name))
                .body("points[0].mayChange", equalTo(true));

        assertThrows(
                ForbiddenException.class,
                () -> points.move(network.code, id, ActionPoint.Status.DONE, NetworkFixture.viewer(bystander)));
        assertThrows(
                ForbiddenException.class,
                () -> points.list(network.code, ActionPoint.Status.OPEN, null, 10, NetworkFixture.viewer(outsider)));
        points.move(network.code, id, ActionPoint.Status.DONE, NetworkFixture.viewer(colleague));
        assertEquals(
                1,
                QuarkusTransaction.requiringNew()
                        .call(() -> points.list(
                                        network.code,
                                        ActionPoint.Status.DONE,
                                        null,
                                        10,
                                        NetworkFixture.viewer(bystander))
                                .points()
                                .size()));
        Network other = networks.network();
        assertThrows(
                DomainException.NotFound.class,
                () -> points.move(other.code, id, ActionPoint.Status.OPEN, NetworkFixture.viewer(colleague, "admin")));
    }

    @Test
    void shouldPageByDueDayWithoutGapsOrRepeats() {
        Network network = networks.network();
        Person member = people.person("UA");
        NetworkMember owner = networks.member(network, member);
        NetworkAccess.Viewer viewer = NetworkFixture.viewer(member);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        for (int i = 0; i < 7; i++) {
            points.create(
                    network.code,
                    new ActionPoints.NewPoint("Point " + i, null, null, owner.id, today.plusDays(10 + i % 3)),
                    viewer);
        }
        List<String> seen = new java.util.ArrayList<>();
        String after = null;
        do {
            String cursor = after;
            ActionPoints.Page page = QuarkusTransaction.requiringNew()
                    .call(() -> points.list(network.code, ActionPoint.Status.OPEN, cursor, 3, viewer));
            page.points().forEach(p -> seen.add(p.title()));
            after = page.next();
        } while (after != null);
        assertEquals(7, seen.size());
        assertEquals(7, seen.stream().distinct().count());
    }

    @Test
    void shouldRemindTheOwnerOnceBeforeTheDayEvenWhenTwoNodesRunTheJob() throws Exception {
        Network network = networks.network();
        Person member = people.person("AZ");
        NetworkMember owner = networks.member(network, member);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        ActionPoint soon = points.create(
                network.code,
                new ActionPoints.NewPoint("Send the contact list", null, null, owner.id, today.plusDays(1)),
                NetworkFixture.viewer(member));
        ActionPoint later = points.create(
                network.code,
                new ActionPoints.NewPoint("Prepare the next workshop", null, null, owner.id, today.plusDays(60)),
                NetworkFixture.viewer(member));
        CompletableFuture<Integer> one = CompletableFuture.supplyAsync(points::remindDue);
        CompletableFuture<Integer> two = CompletableFuture.supplyAsync(points::remindDue);
        one.get();
        two.get();
        points.remindDue();
        QuarkusTransaction.requiringNew().run(() -> {
            assertTrue(ActionPoint.<ActionPoint>findById(soon.id).remindedAt != null);
            assertEquals(null, ActionPoint.<ActionPoint>findById(later.id).remindedAt);
            long notices = (Long) ActionPoint.getEntityManager()
                    .createQuery("select count(n) from Notification n where n.person.id = :p and n.kind = 'network'")
                    .setParameter("p", member.id)
                    .getSingleResult();
            assertEquals(1, notices, "reminded once");
        });
    }
}
