package eu.topcop.learn.enrolment;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import eu.topcop.learn.catalogue.Offering;
import eu.topcop.learn.support.Tokens;
import eu.topcop.learn.support.WebSession;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import static eu.topcop.learn.support.Tokens.accessToken;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The supervisor on the pages, with real sign-ins: the apply form offers the supervisor the officer named last; a
 * refused form keeps everything typed and names each reason in the reader's language; the coordinator's nomination
 * form is filled with the last supervisor of an officer of their country (and of no other); the application's page
 * shows the supervisor to those who see it, and a course manager changes it there.
 */
@QuarkusTest
class SupervisorPagesTest {

    @Inject
    EnrolmentFixture fixture;

    @Test
    void shouldOfferTheLastSupervisorKeepARefusedFormAndShowTheSupervisorNamed() {
        String stamp = Long.toString(System.nanoTime(), 36);
        String last = "Ketevan Gelashvili " + stamp;
        Offering earlier = fixture.offering(10, Tokens.MANAGER);
        Offering offering = fixture.offering(10, Tokens.MANAGER);
        applyByApi(Tokens.TRAINEE, earlier, last, "k.gelashvili." + stamp + "@police.ge");

        WebSession nino = new WebSession();
        String form = nino.signIn("/enrolment/offerings/" + offering.code, Tokens.TRAINEE)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertTrue(form.contains("data-testid=\"supervisor-fields\""), "the apply form asks for the supervisor");
        assertTrue(form.contains("value=\"" + last + "\""), "offered: the supervisor named last");

        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("motivation", "Cases of synthetic drugs " + stamp);
        typed.put("agency", "Criminal Police " + stamp);
        typed.put("position", "Investigator");
        typed.put("agencyType", "police");
        typed.put("speaksWorkingLanguage", "true");
        typed.put("supervisorName", "Giorgi Tsiklauri " + stamp);
        typed.put("supervisorEmail", "not-an-address");
        typed.put("supervisorPosition", "Head of division " + stamp);
        typed.put("supervisorLanguage", "ru");
        Response refused = post(nino, "/enrolment/offerings/" + offering.code + "/applications", typed, "uk");
        assertEquals(422, refused.statusCode());
        String page = refused.asString();
        assertTrue(page.contains("<html lang=\"uk\">"), "in the reader's language");
        assertTrue(page.contains("id=\"supervisorEmail-error\""), "the reason beside the field: " + page);
        assertTrue(page.contains("Адреса електронної пошти керівника недійсна"), "the reason, in Ukrainian");
        for (String kept : typed.values()) {
            if (!kept.equals("true") && !kept.equals("police") && !kept.equals("ru")) {
                assertTrue(page.contains(kept), "kept as typed: " + kept);
            }
        }
        assertTrue(page.contains("<option value=\"ru\" lang=\"ru\" selected>"), "the language chosen stays chosen");
        assertTrue(page.contains("<option value=\"police\" selected>"), "the agency type stays chosen");

        typed.put("supervisorEmail", "Nino.Beridze@demo.topcop.eu");
        Response own = post(nino, "/enrolment/offerings/" + offering.code + "/applications", typed, "en");
        assertEquals(422, own.statusCode());
        assertTrue(own.asString().contains("data-field=\"supervisorEmail\""));
        assertTrue(own.asString().contains("This is your own e-mail address"));
        assertEquals(0, applications(offering), "nothing was written");

        typed.put("supervisorEmail", "g.tsiklauri." + stamp + "@police.ge");
        Response applied = post(nino, "/enrolment/offerings/" + offering.code + "/applications", typed, "en");
        assertEquals(303, applied.statusCode(), applied.asString());
        String shown = nino.get(applied.header("Location"))
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertTrue(shown.contains("Giorgi Tsiklauri " + stamp), "the application's page shows the supervisor");
        assertTrue(shown.contains("g.tsiklauri." + stamp + "@police.ge"));
        assertTrue(shown.contains("data-testid=\"supervisor-form\""), "the applicant may change it");
    }

    @Test
    void shouldFillTheNominationFormWithTheLastSupervisorOfAnOfficerOfTheCoordinatorsCountryOnly() {
        String stamp = Long.toString(System.nanoTime(), 36);
        applyByApi(Tokens.TRAINEE, fixture.offering(10, Tokens.MANAGER), "Manana Beridze " + stamp, "m.b@police.ge");
        applyByApi(Tokens.TRAINEE_UA, fixture.offering(10, Tokens.MANAGER), "Taras Shevchuk " + stamp, "t.s@police.ua");
        Offering offering = fixture.offering(10, Tokens.MANAGER);

        WebSession giorgi = new WebSession();
        String page = giorgi.signIn("/enrolment/offerings/" + offering.code, Tokens.COORDINATOR)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertTrue(page.contains("data-testid=\"n-supervisor-fields\""), "the nomination form asks for it");
        assertTrue(page.contains("hx-get=\"/enrolment/nominations/supervisor\""));

        String georgian = giorgi.get("/enrolment/nominations/supervisor?email=Nino.Beridze%40demo.topcop.eu")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertTrue(georgian.contains("value=\"Manana Beridze " + stamp + "\""), georgian);
        assertFalse(georgian.contains("<html"), "a fragment for htmx");
        String ukrainian = giorgi.get("/enrolment/nominations/supervisor?email=olena.kovalenko%40demo.topcop.eu")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertFalse(ukrainian.contains("Taras Shevchuk"), "nothing about another country's officer");
        String typed = giorgi.get("/enrolment/nominations/supervisor?email=nino.beridze%40demo.topcop.eu"
                        + "&supervisorName=Typed%20" + stamp)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertTrue(typed.contains("value=\"Typed " + stamp + "\""), "what was typed is not replaced");
        assertFalse(typed.contains("Manana Beridze"));

        String officer = "dato.meskhi." + stamp + "@police.example";
        Map<String, String> nomination = new LinkedHashMap<>();
        nomination.put("name", "Dato Meskhi " + stamp);
        nomination.put("email", officer);
        nomination.put("agency", "Patrol Police " + stamp);
        nomination.put("agencyType", "police");
        nomination.put("speaksWorkingLanguage", "true");
        nomination.put("supervisorName", "Dato Meskhi " + stamp);
        nomination.put("supervisorEmail", officer.toUpperCase());
        Response refused = post(giorgi, "/enrolment/offerings/" + offering.code + "/nominations", nomination, "ka");
        assertEquals(422, refused.statusCode());
        String form = refused.asString();
        assertTrue(form.contains("<html lang=\"ka\">"));
        assertTrue(form.contains("id=\"n-supervisorEmail-error\""), form);
        assertTrue(form.contains("ეს თავად თანამშრომლის ელფოსტის მისამართია"), "the nominee's reason, in Georgian");
        assertTrue(form.contains("value=\"" + officer + "\""), "the officer's e-mail is kept");
        assertTrue(form.contains("value=\"Patrol Police " + stamp + "\""), "the agency is kept");
        assertEquals(0, applications(offering));
    }

    @Test
    void shouldLetACourseManagerChangeTheSupervisorOnTheApplicationsPageAndNobodyElse() {
        String stamp = Long.toString(System.nanoTime(), 36);
        Offering offering = fixture.offering(10, Tokens.MANAGER);
        int id = applyByApi(Tokens.TRAINEE, offering, "Irakli Abashidze " + stamp, "i.a." + stamp + "@police.ge");

        WebSession marta = new WebSession();
        String page = marta.signIn("/enrolment/applications/" + id, Tokens.MANAGER)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertTrue(page.contains("Irakli Abashidze " + stamp), "the manager sees the supervisor");
        assertTrue(page.contains("data-testid=\"supervisor-form\""));

        Map<String, String> changed = new LinkedHashMap<>();
        changed.put("supervisorName", "Sopho Abashidze " + stamp);
        changed.put("supervisorEmail", "s.a." + stamp + "@police.ge");
        changed.put("supervisorPosition", "");
        changed.put("supervisorLanguage", "");
        Response saved = post(marta, "/enrolment/applications/" + id + "/supervisor", changed, "en");
        assertEquals(303, saved.statusCode(), saved.asString());
        String after = marta.get(saved.header("Location"))
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertTrue(after.contains("Sopho Abashidze " + stamp));
        assertTrue(after.contains("data-testid=\"done\""));
        assertTrue(after.contains("Supervisor changed"), "the history says it changed");
        assertFalse(after.contains("Irakli Abashidze " + stamp), "the old one is gone, from the history too");

        changed.put("supervisorEmail", "");
        Response refused = post(marta, "/enrolment/applications/" + id + "/supervisor", changed, "ro");
        assertEquals(422, refused.statusCode());
        assertTrue(refused.asString().contains("id=\"s-supervisorEmail-error\""));
        assertTrue(refused.asString().contains("value=\"Sopho Abashidze " + stamp + "\""));

        WebSession olena = new WebSession();
        assertEquals(
                404,
                olena.signIn("/enrolment/applications/" + id, Tokens.TRAINEE_UA).statusCode());
        // A page of her own gives her the form token a browser would have.
        olena.get("/enrolment/applications").then().statusCode(200);
        Response foreign = post(olena, "/enrolment/applications/" + id + "/supervisor", changed, "en");
        assertEquals(404, foreign.statusCode());
    }

    private static int applyByApi(String user, Offering offering, String name, String email) {
        return given().auth()
                .oauth2(accessToken(user))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "agency",
                        "Criminal Police",
                        "agencyType",
                        "police",
                        "speaksWorkingLanguage",
                        true,
                        "supervisor",
                        Map.of("name", name, "email", email)))
                .post("/api/enrolment/offerings/" + offering.code + "/applications")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static Response post(WebSession session, String path, Map<String, String> fields, String language) {
        String token = session.appCookies().get("topcop-csrf");
        String body = fields.entrySet().stream()
                        .map(f -> f.getKey() + "=" + URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8))
                        .collect(Collectors.joining("&"))
                + "&_csrf=" + token;
        return session.send(
                "POST",
                path,
                given().contentType("application/x-www-form-urlencoded; charset=UTF-8")
                        .header("Accept-Language", language)
                        .body(body));
    }

    private static long applications(Offering offering) {
        return QuarkusTransaction.requiringNew().call(() -> Application.count("offering.id", offering.id));
    }
}
