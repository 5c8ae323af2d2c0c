package eu.topcop.learn.platform;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import eu.topcop.learn.platform.security.Roles;
import eu.topcop.learn.platform.web.StoredTime;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What reaches the database fits it: text no longer than its column (read from the schema, for every entity), and
 * dates and times within what the column types hold.
 */
@QuarkusTest
class StoredValuesTest {

    private static final String CSRF = "stored-values";

    @Inject
    AgroalDataSource dataSource;

    /**
     * The event form's place has no length check of its own: the column guard names it, and the form comes back
     * with what was typed, instead of MariaDB's "Data too long" as a 500.
     */
    @Test
    @TestSecurity(user = "stored-values-manager", roles = Roles.COURSE_MANAGER)
    void shouldNameTextLongerThanItsColumnOnTheFormAndKeepTheInput() throws SQLException {
        long before = count("network_event");
        LocalDateTime when =
                LocalDateTime.now(ZoneOffset.UTC).plusDays(9).withSecond(0).withNano(0);
        given().cookie("topcop-csrf", CSRF)
                .header("Accept-Language", "ka")
                .formParam("_csrf", CSRF)
                .formParam("kind", "WORKSHOP")
                .formParam("title", "Cross-border surveillance: a workshop kept as typed")
                .formParam("startsAt", when.toString())
                .formParam("endsAt", when.plusHours(3).toString())
                .formParam("place", "Chisinau, ".repeat(30))
                .formParam("language", "ro")
                .formParam("capacity", "30")
                .formParam("agenda", "Joint investigation teams.")
                .redirects()
                .follow(false)
                .when()
                .post("/events")
                .then()
                .statusCode(422)
                .body(containsString("<html lang=\"ka\">"))
                .body(containsString("data-field=\"place\""))
                .body(containsString("Cross-border surveillance: a workshop kept as typed"))
                .body(not(containsString("data-testid=\"error-page\"")));
        assertEquals(before, count("network_event"), "nothing of the event was stored");
    }

    @Test
    @TestSecurity(user = "stored-values-manager", roles = Roles.COURSE_MANAGER)
    void shouldReadATimeTheDatabaseCannotHoldOnAFormAsMissing() throws SQLException {
        long before = count("network_event");
        given().cookie("topcop-csrf", CSRF)
                .formParam("_csrf", CSRF)
                .formParam("kind", "WEBINAR")
                .formParam("title", "A webinar at the end of time")
                .formParam("startsAt", "9999-12-31T23:59:59")
                .formParam("endsAt", "+999999999-12-31T23:59:59")
                .formParam("link", "https://meet.example.eu/end")
                .formParam("language", "en")
                .formParam("capacity", "30")
                .formParam("agenda", "Nothing.")
                .redirects()
                .follow(false)
                .when()
                .post("/events")
                .then()
                .statusCode(422)
                .body(containsString("data-field=\"startsAt\""))
                .body(containsString("data-field=\"endsAt\""));
        assertEquals(before, count("network_event"));
    }

    /**
     * The date rule ({@link StoredTime}) knows DATE and TIMESTAMP; a column of another date or time type would need
     * the rule to learn its range first.
     */
    @Test
    void shouldStoreDatesAndTimesOnlyInColumnTypesTheDateRuleKnows() throws SQLException {
        List<String> others = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT table_name, column_name, data_type FROM information_schema.columns"
                                + " WHERE table_schema = DATABASE() AND table_name <> 'flyway_schema_history'"
                                + " AND data_type IN ('datetime', 'time', 'year')")) {
            while (rows.next()) {
                others.add(rows.getString(1) + "." + rows.getString(2) + " " + rows.getString(3));
            }
        }
        assertEquals(List.of(), others);
        assertEquals("1970-01-01T00:00:01Z", StoredTime.FIRST_MOMENT.toString());
        assertEquals("2038-01-19T03:14:07Z", StoredTime.LAST_MOMENT.toString());
    }

    private long count(String table) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
