package eu.topcop.learn.platform;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** What operators and API clients reach without signing in: health, metrics, the API description. */
@QuarkusTest
class OperationsTest {

    /** The management interface's port in tests; 9000 in production, never behind the public ingress. */
    /** 9001 unless a parallel run moved it ({@code -Dquarkus.management.test-port=}). */
    private static final int MANAGEMENT_PORT = org.eclipse.microprofile.config.ConfigProvider.getConfig()
            .getOptionalValue("quarkus.management.test-port", Integer.class)
            .orElse(9001);

    @Test
    void shouldNotServeMetricsOnTheApplicationPort() {
        given().redirects().follow(false).when().get("/q/metrics").then().statusCode(org.hamcrest.Matchers.not(200));
    }

    @Test
    void shouldReportHealthWithTheDatabaseUp() {
        given().port(MANAGEMENT_PORT)
                .when()
                .get("/q/health")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'Database connections health check' }.status", equalTo("UP"));
    }

    @Test
    void shouldExposePrometheusMetrics() {
        given().port(MANAGEMENT_PORT)
                .when()
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .body(containsString("jvm_memory_used_bytes"));
    }

    @Test
    void shouldDescribeTheApiWithOpenApi() {
        given().accept("application/json")
                .when()
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .body("paths", org.hamcrest.Matchers.hasKey("/api/me"))
                .body("paths", org.hamcrest.Matchers.hasKey("/api/manager/coverage"));
    }

    @Test
    void shouldServeHtmxFromItsMavenArtifact() {
        given().when()
                .get("/webjars/htmx.org/2.0.4/dist/htmx.min.js")
                .then()
                .statusCode(200)
                .body(containsString("htmx"));
    }
}
