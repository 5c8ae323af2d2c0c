package eu.topcop.learn.platform;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.DecoderConfig;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Pages and static files go out gzipped to a client that accepts it; the static files the layout links carry
 * the build's version and may be kept for a year, while an address without it keeps working.
 */
@QuarkusTest
class CompressionAndCachingTest {

    private static final String HTMX = "/webjars/htmx.org/2.0.4/dist/htmx.min.js";
    private static final String IMMUTABLE = "public, max-age=31536000, immutable";

    @Test
    void shouldGzipAPage() {
        gzipped("/privacy").then().statusCode(200).contentType(containsString("text/html"));
    }

    @Test
    void shouldGzipTheStylesheetAndHtmx() {
        gzipped("/static/app.css").then().statusCode(200);
        gzipped(HTMX).then().statusCode(200);
    }

    @Test
    void shouldNotGzipForAClientThatDoesNotAcceptIt() {
        // Without decoders REST Assured stops asking for gzip itself, so the request says only "identity".
        given().config(RestAssured.config()
                        .decoderConfig(DecoderConfig.decoderConfig().noContentDecoders()))
                .header("Accept-Encoding", "identity")
                .when()
                .get("/static/app.css")
                .then()
                .statusCode(200)
                .header("Content-Encoding", not(equalTo("gzip")));
    }

    @Test
    void shouldLetABrowserKeepTheVersionedStylesheetAndFaviconForAYear() {
        String page = given().get("/privacy").asString();
        String css = linked(page, "/static/app\\.css\\?v=[0-9a-f]+");
        String favicon = linked(page, "/static/favicon\\.svg\\?v=[0-9a-f]+");
        gzipped(css).then().statusCode(200).header("Cache-Control", IMMUTABLE);
        given().get(favicon).then().statusCode(200).header("Cache-Control", IMMUTABLE);
    }

    @Test
    void shouldLetABrowserKeepAWebJarForAYearSinceItsPathNamesItsVersion() {
        given().get(HTMX).then().statusCode(200).header("Cache-Control", IMMUTABLE);
    }

    @Test
    void shouldServeAnUnversionedOrOutdatedStylesheetForADayOnly() {
        for (String path : new String[] {"/static/app.css", "/static/app.css?v=0000outdated"}) {
            given().get(path)
                    .then()
                    .statusCode(200)
                    .body(containsString("body"))
                    .header("Cache-Control", not(containsString("max-age=31536000")));
        }
    }

    private static Response gzipped(String path) {
        Response response = given().header("Accept-Encoding", "gzip").when().get(path);
        response.then().header("Content-Encoding", "gzip");
        return response;
    }

    private static String linked(String page, String pattern) {
        Matcher matcher = Pattern.compile(pattern).matcher(page);
        assertTrue(matcher.find(), "The layout links " + pattern);
        return matcher.group();
    }
}
