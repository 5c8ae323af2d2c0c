package eu.topcop.learn.insight;

import java.nio.charset.StandardCharsets;
import java.util.List;

import eu.topcop.learn.support.Tokens;
import eu.topcop.learn.support.WebSession;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import static eu.topcop.learn.support.Tokens.accessToken;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A course manager defines a round on a page from an earlier one (its scales and the capabilities of the chosen
 * priorities) or from a definition file; a refused definition names each mistake (a broken file by line and
 * column), keeps what was typed and defines nothing; a coordinator cannot define one.
 */
@QuarkusTest
class RoundDefinitionPageTest {

    @Test
    void shouldDefineARoundFromAnEarlierOneOrAFileAndNameEveryMistake() {
        String earlier = "earlier-" + System.nanoTime() % 1_000_000_000L;
        TestRounds.define(TestRounds.definition(
                earlier,
                List.of("drug-trafficking", "firearms-trafficking"),
                List.of("GE", "UA"),
                List.of(
                        TestRounds.capability("ER-" + Math.abs(earlier.hashCode() % 1000) + "-1", "drug-trafficking"),
                        TestRounds.capability(
                                "ER-" + Math.abs(earlier.hashCode() % 1000) + "-2", "firearms-trafficking"))));
        String code = "next-" + System.nanoTime() % 1_000_000_000L;

        WebSession manager = new WebSession();
        manager.signIn("/insight/rounds/new", Tokens.MANAGER).then().statusCode(200);
        Response refused = post(
                manager,
                "basedOn=" + earlier + "&code=" + code
                        + "&year=2027&title_ro=Droguri&priorities=drug-trafficking&countries=GE",
                "ka");
        assertEquals(422, refused.statusCode());
        String page = refused.asString();
        assertTrue(page.contains("role=\"alert\""), "a summary of the reasons: " + page);
        assertTrue(page.contains("data-testid=\"field-error\" data-field=\"title\""), "the title named beside it");
        assertTrue(page.contains("მიუთითეთ რაუნდის სახელწოდება ინგლისურად"), "the reason in the reader's language");
        assertTrue(page.contains("<html lang=\"ka\">"));
        assertTrue(page.contains("data-testid=\"define-form\""), "the form itself again, not an error page");
        assertTrue(page.contains("value=\"" + code + "\""), "what was typed stays");
        assertTrue(page.contains("value=\"Droguri\""), "a title typed stays");
        assertTrue(page.contains("value=\"GE\" checked"), "a country chosen stays chosen");
        assertEquals(404, api(code).statusCode(), "nothing was defined");

        Response defined = post(
                manager,
                "basedOn=" + earlier + "&code=" + code + "&year=2027&title_en=Drugs+2027&title_ru=%D0%9D%D0%B0%D1%80"
                        + "&priorities=drug-trafficking&countries=GE&countries=MD",
                null);
        assertEquals(303, defined.statusCode(), defined.asString());
        var round = api(code).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("drug-trafficking"), round.getList("priorities"));
        assertEquals(List.of("GE", "MD"), round.getList("countries"));
        assertEquals(1, round.getList("capabilities").size(), "only the chosen priority's capabilities");
        assertEquals(List.of("awareness", "expert"), round.getList("proficiencyScale.code"));
        assertEquals("Нар", round.getString("title.ru"));

        String token = manager.appCookies().get("topcop-csrf");
        Response broken = manager.send(
                "POST",
                "/insight/rounds/new/file",
                given().multiPart("_csrf", token)
                        .multiPart(
                                "definition",
                                "round.json",
                                "{\n  \"code\": \"x\",\n  \"year\": 20 27\n}".getBytes(StandardCharsets.UTF_8),
                                "application/json"));
        assertEquals(422, broken.statusCode());
        assertTrue(broken.asString().contains("round.json:3:"), broken.asString());
        assertTrue(broken.asString().contains("data-testid=\"field-error\" data-field=\"definition\""));

        WebSession coordinator = new WebSession();
        assertEquals(
                403,
                coordinator.signIn("/insight/rounds/new", Tokens.COORDINATOR).statusCode());
    }

    private static Response api(String code) {
        return given().auth().oauth2(accessToken(Tokens.MANAGER)).get("/api/insight/rounds/" + code);
    }

    private static Response post(WebSession session, String form, String language) {
        String token = session.appCookies().get("topcop-csrf");
        var spec = given().contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .body(form + "&_csrf=" + token);
        if (language != null) {
            spec.header("Accept-Language", language);
        }
        return session.send("POST", "/insight/rounds/new", spec);
    }
}
