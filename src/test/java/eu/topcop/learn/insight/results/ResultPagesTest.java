package eu.topcop.learn.insight.results;

import java.time.LocalDate;

import jakarta.inject.Inject;

import eu.topcop.learn.enrolment.EnrolmentFixture;
import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.support.Tokens;
import eu.topcop.learn.support.WebSession;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The results pages with real sign-ins: the Georgian coordinator records a result on the form (a refused form keeps
 * what was typed and names each mistake in the reader's language), an officer proposes one on "My results" and the
 * coordinator validates it on its page; an officer reaches neither the list nor the figures, the Ukrainian
 * coordinator no Georgian result; a form without its CSRF token changes nothing.
 */
@QuarkusTest
class ResultPagesTest {

    @Inject
    EnrolmentFixture fixture;

    @Inject
    ResultFixture results;

    @Test
    void shouldRecordProposeAndValidateOnThePagesWithinEachReadersRights() {
        Person colleague = fixture.person("GE");
        WebSession coordinator = new WebSession();
        String list = coordinator
                .signIn("/insight/results", Tokens.COORDINATOR)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertTrue(list.contains("data-testid=\"result-filters\""));
        assertFalse(list.contains("id=\"country\""), "a coordinator does not choose a country");
        String form = coordinator.get("/insight/results/new").asString();
        assertTrue(form.contains("value=\"" + colleague.id + "\""), "the officers of Georgia are offered by name");
        assertFalse(form.contains("name=\"country\""));

        // Refused: a day in the future and a description longer than its column; in Georgian, as typed.
        String tooLong = "x".repeat(ResultLimits.DESCRIPTION + 1);
        Response refused = post(
                coordinator,
                "/insight/results",
                "kind=JOINT_ACTION_DAY&date=" + LocalDate.now().plusDays(2) + "&priority=drug-trafficking"
                        + "&description=" + tooLong + "&evidenceReference=REF-77&officers=" + colleague.id,
                "ka");
        assertEquals(422, refused.statusCode());
        String page = refused.asString();
        assertTrue(page.contains("data-field=\"date\""), page);
        assertTrue(page.contains("data-field=\"description\""));
        assertTrue(page.contains("მიუთითეთ შედეგის დღე"), "the mistake named in the reader's language");
        assertTrue(page.contains("value=\"REF-77\""), "what was typed stays");
        assertTrue(page.contains("<html lang=\"ka\">"));

        Response recorded = post(
                coordinator,
                "/insight/results",
                "kind=JOINT_ACTION_DAY&date=" + LocalDate.now().minusDays(4) + "&priority=drug-trafficking"
                        + "&description=Sarpi+JAD&evidenceReference=REF-77&officers=" + colleague.id,
                null);
        assertEquals(303, recorded.statusCode());
        String location = recorded.header("Location");
        assertTrue(location.matches(".*/insight/results/\\d+\\?done=recorded"), location);
        String shown = coordinator.get(location).asString();
        assertTrue(shown.contains("data-testid=\"done\""));
        assertTrue(shown.contains("data-status=\"VALIDATED\""));
        assertTrue(shown.contains(colleague.name));

        // Without the CSRF token: refused, nothing recorded.
        Response forged = coordinator.send(
                "POST",
                "/insight/results",
                given().contentType("application/x-www-form-urlencoded")
                        .body("kind=ARRESTS&date=" + LocalDate.now() + "&priority=drug-trafficking&description=x"
                                + "&evidenceReference=y&count=1&officers=" + colleague.id));
        assertEquals(403, forged.statusCode());

        // The officer: no list and no figures, but "My results", where they propose one.
        WebSession officer = new WebSession();
        assertEquals(403, officer.signIn("/insight/results", Tokens.TRAINEE).statusCode());
        assertEquals(403, officer.get("/insight/results/figures").statusCode());
        assertEquals(403, officer.get("/insight/results/new").statusCode());
        String mine = officer.get("/insight/results/mine").asString();
        assertTrue(mine.contains("data-testid=\"propose-form\""));
        assertFalse(mine.contains("name=\"officers\""), "an officer names nobody but themselves");
        Response proposed = post(
                officer,
                "/insight/results/mine",
                "kind=CROSS_BORDER_CASE&date=" + LocalDate.now().minusDays(1)
                        + "&priority=migrant-smuggling&description=Forged+passports&evidenceReference=C-12&count=1",
                null);
        assertEquals(303, proposed.statusCode());
        String proposal = proposed.header("Location").replaceAll(".*/insight/results/(\\d+).*", "$1");
        assertTrue(officer.get("/insight/results/" + proposal).asString().contains("data-status=\"PROPOSED\""));
        assertTrue(officer.get("/insight/results/mine").asString().contains("data-id=\"" + proposal + "\""));

        // Ukraine's coordinator reads none of it.
        WebSession ukraine = new WebSession();
        assertEquals(
                403,
                ukraine.signIn("/insight/results/" + proposal, "oksana.melnyk").statusCode());

        // The coordinator validates it from its page; a second decision is refused on the page.
        String decisionPage = coordinator.get("/insight/results/" + proposal).asString();
        assertTrue(decisionPage.contains("data-testid=\"decision-form\""));
        Response noChoice = post(coordinator, "/insight/results/" + proposal + "/decision", "reason=", null);
        assertEquals(422, noChoice.statusCode());
        assertTrue(noChoice.asString().contains("data-field=\"decision\""));
        Response validated = post(coordinator, "/insight/results/" + proposal + "/decision", "decision=VALIDATE", null);
        assertEquals(303, validated.statusCode());
        assertTrue(officer.get("/insight/results/" + proposal).asString().contains("data-status=\"VALIDATED\""));
        assertEquals(
                409,
                post(coordinator, "/insight/results/" + proposal + "/decision", "decision=VALIDATE", null)
                        .statusCode());

        // The figures page and its downloads.
        String figures = coordinator.get("/insight/results/figures").asString();
        assertTrue(figures.contains("data-testid=\"figure-exports\""));
        assertTrue(figures.contains("data-country=\"GE\""));
        assertFalse(figures.contains("data-country=\"UA\""));
        Response csv = coordinator.get("/insight/results/figures/results.csv?country=UA");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.asString().startsWith("\uFEFFcountry,priority,hidden,officers_named"));
        assertFalse(csv.asString().contains("\nUA,"), "a coordinator's download is their country's");
        assertEquals(200, coordinator.get("/insight/results/figures/all.xlsx").statusCode());
    }

    @Test
    void shouldDrawTheShareAsABarBesideItsTableAndHideASmallCell() {
        // Croatia: five officers trained 13 months ago in drug trafficking, two of them at a Joint Action Day since.
        java.util.List<Person> trained = results.officers(5, "HR");
        LocalDate day = LocalDate.now().minusMonths(13);
        trained.forEach(p -> results.completed(p, "drugs-regional-training", day));
        results.record(
                results.manager(),
                ResultKind.JOINT_ACTION_DAY,
                day.plusMonths(2),
                "drug-trafficking",
                trained.subList(0, 2));
        // One officer trained in firearms: a cell of one, hidden.
        results.completed(trained.get(0), "firearms-regional-training", day);
        WebSession manager = new WebSession();
        String page = manager.signIn("/insight/results/figures?country=HR", Tokens.MANAGER)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertTrue(page.contains("data-testid=\"chart-share\""), page);
        assertTrue(page.contains("<rect x=\"260\""), "a bar for drug trafficking");
        assertTrue(page.contains(">40.0 %<"), "the share written beside the bar and in the table");
        assertTrue(page.contains("data-priority=\"firearms-trafficking\" data-hidden=\"true\""));
        assertTrue(page.contains("fewer than 5"));
    }

    /** A form as the page sends it: the CSRF cookie's token in the form, in the reader's language if given. */
    static Response post(WebSession session, String path, String form, String language) {
        String token = session.appCookies().get("topcop-csrf");
        var spec = given().contentType("application/x-www-form-urlencoded").body(form + "&_csrf=" + token);
        if (language != null) {
            spec.header("Accept-Language", language);
        }
        return session.send("POST", path, spec);
    }
}
