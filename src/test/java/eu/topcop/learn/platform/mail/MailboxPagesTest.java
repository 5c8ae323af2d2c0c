package eu.topcop.learn.platform.mail;

import jakarta.inject.Inject;

import eu.topcop.learn.platform.security.Roles;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

/** The local mailbox: administrators read an address's mail; nobody else may. */
@QuarkusTest
class MailboxPagesTest {

    @Inject
    Mailer mailer;

    @Test
    @TestSecurity(user = "admin", roles = Roles.ADMIN)
    void shouldShowAnAddressesMailToAdministrators() {
        mailer.send(Mail.withText("officer@mailbox.example", "Your place is confirmed", "See you in Tbilisi."));
        given().queryParam("address", "Officer@Mailbox.example")
                .when()
                .get("/mailbox")
                .then()
                .statusCode(200)
                .body(containsString("Your place is confirmed"))
                .body(containsString("See you in Tbilisi."));
    }

    @Test
    @TestSecurity(user = "trainee", roles = Roles.TRAINEE)
    void shouldRefuseTheMailboxToOthers() {
        given().when().get("/mailbox").then().statusCode(403);
    }
}
