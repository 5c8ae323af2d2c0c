package eu.topcop.learn.cmi5;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import eu.topcop.learn.catalogue.Course;
import eu.topcop.learn.catalogue.CurriculumService;
import eu.topcop.learn.platform.security.Roles;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * cmi5 package import through the API and the page: a good package is stored as a version and placed in its
 * curriculum; the same again changes nothing; a changed one makes a version; a broken one is refused whole, every
 * problem named, nothing stored.
 */
@QuarkusTest
@TestSecurity(user = "cmi5-author", roles = Roles.CONTENT_AUTHOR)
class Cmi5ImportTest {

    static final String CURRICULUM = Cmi5Fixture.CURRICULUM;
    private static final String API = "/api/content/cmi5";
    private static final String TOKEN = "cmi5-page-token";

    @Inject
    CurriculumService curricula;

    @BeforeEach
    void curriculum() {
        Cmi5Fixture.curriculum(curricula);
    }

    @Test
    void shouldImportTheTestCourseAndPlaceItInItsCurriculum() {
        String iri = iri();
        String code = post(Cmi5Fixture.coursePackage(iri))
                .statusCode(201)
                .header("Location", containsString(API + "/cmi5-"))
                .body("version", equalTo(1))
                .body("created", equalTo(true))
                .extract()
                .path("code");
        given().get(API + "/" + code)
                .then()
                .statusCode(200)
                .body("iri", equalTo(iri))
                .body("title", equalTo("Handling digital evidence"))
                .body("curriculum", equalTo(CURRICULUM))
                .body("aus", hasSize(2))
                .body("aus[1].packagePath", equalTo("au2/index.html"))
                .body("aus[1].moveOn", equalTo("CompletedAndPassed"))
                .body("aus[1].masteryScore", equalTo(0.8f));
        Course course = QuarkusTransaction.requiringNew().call(() -> {
            Course c = Course.<Course>find("code", code).firstResult();
            c.modules.size();
            c.activityType.code.length();
            c.curriculum.code.length();
            return c;
        });
        assertEquals(CURRICULUM, course.curriculum.code);
        assertEquals(CurriculumService.ONLINE_MODULE, course.activityType.code);
        assertEquals(List.of(code), course.modules);
        assertEquals(4L, files(code));
    }

    @Test
    void shouldKeepThePlacedCourseWhenTheCurriculumFileChanges() {
        String code =
                post(Cmi5Fixture.coursePackage(iri())).statusCode(201).extract().path("code");
        Cmi5Fixture.curriculum(curricula, "changed-" + UUID.randomUUID());
        String curriculum = QuarkusTransaction.requiringNew()
                .call(() -> Course.<Course>find("code", code).firstResult().curriculum.code);
        assertEquals(CURRICULUM, curriculum);
    }

    @Test
    void shouldKeepTheVersionForTheSameContentAndMakeOneForAChange() {
        String iri = iri();
        String code =
                post(Cmi5Fixture.coursePackage(iri)).statusCode(201).extract().path("code");
        post(Cmi5Fixture.coursePackage(iri))
                .statusCode(200)
                .body("version", equalTo(1))
                .body("created", equalTo(false));
        post(Cmi5Fixture.with(iri, "au1/notes.txt", Cmi5Fixture.utf8("one more file")))
                .statusCode(201)
                .body("version", equalTo(2));
        given().get(API + "/" + code)
                .then()
                .body("currentVersion", equalTo(2))
                .body("versions.version", equalTo(List.of(1, 2)));
    }

    @Test
    void shouldImportABareCourseStructureOfRemoteAus() {
        String xml = Cmi5Fixture.structure()
                .replace(Cmi5Fixture.COURSE_IRI + "\"", iri() + "\"")
                .replace("au1/index.html", "https://partner.example.org/au1/")
                .replace("au2/index.html?start=1", "https://partner.example.org/au2/");
        given().contentType("application/xml")
                .queryParam("curriculum", CURRICULUM)
                .body(Cmi5Fixture.utf8(xml))
                .post(API)
                .then()
                .statusCode(201);
    }

    @Test
    void shouldRefuseABrokenStructureWithEveryProblemAndStoreNothing() {
        long before = versions();
        String xml = Cmi5Fixture.structure()
                .replace(Cmi5Fixture.COURSE_IRI + "\"", iri() + "\"")
                .replace("au1/index.html", "au1/missing.html")
                .replace("moveOn=\"CompletedAndPassed\"", "moveOn=\"Whenever\"");
        Map<String, byte[]> files = Cmi5Fixture.course(iri());
        files.put("cmi5.xml", Cmi5Fixture.utf8(xml));
        post(Cmi5Fixture.zip(files))
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(startsWith("cmi5.xml:23:")))
                .body("errors.field", hasItem(startsWith("cmi5.xml:29:")))
                .body("errors.message", hasItem(containsString("Whenever")));
        assertEquals(before, versions());
    }

    @Test
    void shouldRefuseEachUnsafeZipAndStoreNothing() {
        long before = versions();
        post(Cmi5Fixture.with(iri(), "../escape.html", new byte[] {1}))
                .statusCode(422)
                .body("errors.field", equalTo(List.of("../escape.html")));
        post(Cmi5Fixture.with(iri(), "bomb.bin", Cmi5Fixture.zeros(3 * 1024 * 1024)))
                .statusCode(422)
                .body("errors.field", equalTo(List.of("bomb.bin")))
                .body("errors[0].message", containsString("zip bomb"));
        post(Cmi5Fixture.with(iri(), "big.bin", Cmi5Fixture.noise(1024 * 1024 + 1)))
                .statusCode(422)
                .body("errors.field", equalTo(List.of("big.bin")));
        post(Cmi5Fixture.withEntries(iri(), 60)).statusCode(422).body("errors.field", equalTo(List.of("package")));
        assertEquals(before, versions());
    }

    @Test
    void shouldRefuseAnUnknownCurriculum() {
        given().contentType(Cmi5Resource.ZIP)
                .queryParam("curriculum", "no-such-curriculum")
                .body(Cmi5Fixture.coursePackage(iri()))
                .post(API)
                .then()
                .statusCode(422)
                .body("errors.field", equalTo(List.of("curriculum")));
    }

    @Test
    void shouldImportThroughTheFormAndShowTheCourse() {
        String iri = iri();
        String location = page().multiPart("package", "course.zip", Cmi5Fixture.coursePackage(iri), "application/zip")
                .multiPart("curriculum", CURRICULUM)
                .multiPart("hours", "2")
                .post("/content/cmi5")
                .then()
                .statusCode(303)
                .extract()
                .header("Location");
        given().get(location)
                .then()
                .statusCode(200)
                .body(containsString("data-testid=\"cmi5-imported\""))
                .body(containsString(iri))
                .body(containsString("Chain of custody quiz"));
    }

    @Test
    void shouldListEveryProblemOnThePageAndKeepTheChoices() {
        long before = versions();
        Map<String, byte[]> files = Cmi5Fixture.course(iri());
        files.remove("au2/index.html");
        files.put("../outside.txt", new byte[] {1});
        page().multiPart("package", "course.zip", Cmi5Fixture.zip(files), "application/zip")
                .multiPart("curriculum", CURRICULUM)
                .multiPart("hours", "7")
                .post("/content/cmi5")
                .then()
                .statusCode(422)
                .body(containsString("role=\"alert\""))
                .body(containsString("../outside.txt: a path that leaves the package"))
                .body(containsString("au2/index.html, which is not in the zip"))
                .body(containsString("value=\"" + CURRICULUM + "\" selected"))
                .body(containsString("value=\"7\""))
                .body(not(containsString("data-testid=\"error-page\"")));
        assertEquals(before, versions());
    }

    @Test
    @TestSecurity(user = "trainee", roles = Roles.TRAINEE)
    void shouldRefuseOthers() {
        given().get("/content/cmi5").then().statusCode(403);
        given().contentType(Cmi5Resource.ZIP)
                .body(new byte[] {1})
                .post(API)
                .then()
                .statusCode(403);
    }

    private static ValidatableResponse post(byte[] zip) {
        return given().contentType(Cmi5Resource.ZIP)
                .queryParam("curriculum", CURRICULUM)
                .body(zip)
                .post(API)
                .then();
    }

    private static io.restassured.specification.RequestSpecification page() {
        return given().redirects().follow(false).cookie("topcop-csrf", TOKEN).multiPart("_csrf", TOKEN);
    }

    private static String iri() {
        return "https://learn.topcop.eu/test/cmi5/courses/" + UUID.randomUUID();
    }

    private static long versions() {
        return QuarkusTransaction.requiringNew().call(() -> Cmi5CourseVersion.count() + Cmi5PackageFile.count());
    }

    private static long files(String code) {
        return QuarkusTransaction.requiringNew().call(() -> Cmi5PackageFile.count("version.course.code", code));
    }
}
