package eu.topcop.learn.enrolment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import eu.topcop.learn.networks.NetworkMessages;
import eu.topcop.learn.platform.i18n.Language;
import eu.topcop.learn.platform.security.Roles;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Notifications people can use (issue 16): the header counts the unread ones in words, each opens the page it is
 * about through a POST that marks it read, and the list speaks the language the reader reads in now, not the one
 * the notification was written in.
 */
@QuarkusTest
class NotificationReadingTest {

    private static final String TOKEN = "notification-reading-token";
    private static final String READER = "notification-reader";
    private static final String OTHER = "notification-other";
    private static final String PROBE = "notification-probe";
    private static final Map<String, String> PORT = Map.of("en", "Port security", "ka", "პორტის უსაფრთხოება");

    @Inject
    EnrolmentFixture people;

    @Inject
    Notifier notifier;

    @Inject
    EnrolmentQueries queries;

    @Inject
    SessionFactory sessions;

    @Test
    @TestSecurity(user = READER, roles = Roles.TRAINEE)
    void shouldCountUnreadInTheHeaderAndOpenTheItemThroughAPostThatMarksItRead() {
        Person reader = people.named(READER, "GE");
        long first = welcome(reader, "/networks/port-security");
        welcome(reader, "/networks/port-security");
        given().cookie("topcop-lang", "en")
                .get("/home")
                .then()
                .statusCode(200)
                .body(containsString("Notifications (2 unread)"));
        String list = given().cookie("topcop-lang", "en")
                .get("/enrolment/notifications")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertEquals(true, list.contains("action=\"/enrolment/notifications/" + first + "/open\""), "it links");
        // Looking at the list changes nothing: only a POST reads.
        given().cookie("topcop-lang", "en").get("/home").then().body(containsString("Notifications (2 unread)"));

        given().cookie("topcop-csrf", TOKEN)
                .formParam("_csrf", TOKEN)
                .redirects()
                .follow(false)
                .post("/enrolment/notifications/" + first + "/open")
                .then()
                .statusCode(303)
                .header("Location", org.hamcrest.Matchers.endsWith("/networks/port-security"));
        given().cookie("topcop-lang", "en").get("/home").then().body(containsString("Notifications (1 unread)"));

        given().cookie("topcop-csrf", TOKEN)
                .formParam("_csrf", TOKEN)
                .redirects()
                .follow(false)
                .post("/enrolment/notifications/read")
                .then()
                .statusCode(303);
        given().cookie("topcop-lang", "en")
                .get("/home")
                .then()
                .body(not(containsString("unread)")))
                .body(containsString(">Notifications</a>"));
    }

    @Test
    @TestSecurity(user = OTHER, roles = Roles.TRAINEE)
    void shouldNotLetAnotherPersonOpenOrReadSomeonesNotification() {
        people.named(OTHER, "UA");
        Person owner = people.person("UA");
        long theirs = welcome(owner, "/networks/port-security");
        given().cookie("topcop-csrf", TOKEN)
                .formParam("_csrf", TOKEN)
                .redirects()
                .follow(false)
                .post("/enrolment/notifications/" + theirs + "/open")
                .then()
                .statusCode(404);
        Notification after = QuarkusTransaction.requiringNew().call(() -> Notification.findById(theirs));
        assertEquals(null, after.readAt, "still unread for its owner");
    }

    @Test
    @TestSecurity(user = READER + "-language", roles = Roles.TRAINEE)
    void shouldShowANotificationInTheReadersLanguageOfTodayNotTheOneItWasWrittenIn() {
        Person reader = people.named(READER + "-language", "GE");
        long id = welcome(reader, "/networks/port-security");
        Notification written = QuarkusTransaction.requiringNew().call(() -> Notification.findById(id));
        assertEquals("ka", written.language, "written for a reader in Georgia");
        assertEquals(true, written.subject.contains("მოგესალმებით"), written.subject);

        given().cookie("topcop-lang", "ru")
                .get("/enrolment/notifications")
                .then()
                .statusCode(200)
                .body(containsString("Port security: добро пожаловать"))
                .body(not(containsString("მოგესალმებით")));
        given().cookie("topcop-lang", "en")
                .get("/enrolment/notifications")
                .then()
                .body(containsString("Welcome to Port security"));
    }

    @Test
    @TestSecurity(user = PROBE, roles = Roles.TRAINEE)
    void shouldKeepOlderNotificationsInTheTextTheyWereWrittenIn() {
        Person reader = people.named(PROBE, "UA");
        QuarkusTransaction.requiringNew()
                .run(() -> notifier.tell(Person.findById(reader.id), "legacy", "Old subject", "Old body"));
        given().cookie("topcop-lang", "ro")
                .get("/enrolment/notifications")
                .then()
                .statusCode(200)
                .body(containsString("Old subject"))
                .body(not(containsString("data-testid=\"open-notification\"")));
    }

    @Test
    void shouldHideTheCountFromAnonymousVisitors() {
        given().get("/").then().statusCode(200).body(not(containsString("nav-notifications")));
    }

    @Test
    void shouldListTheSameStatementsForThreeAndThreeHundredNotifications() {
        assertEquals(listStatements(3), listStatements(300));
    }

    private long listStatements(int size) {
        Person reader = people.person("GE");
        List<Notifier.InApp> notes = new ArrayList<>();
        NoticeText text = NoticeText.in(NetworkMessages.class)
                .subject("notice_approved_subject", PORT)
                .body("notice_approved_body", PORT, "https://learn.example/networks/port-security");
        for (int i = 0; i < size; i++) {
            notes.add(new Notifier.InApp(reader.id, "ka", "s", "b", "/networks/port-security", text));
        }
        QuarkusTransaction.requiringNew().run(() -> notifier.tellInApp("network", notes));
        Statistics statistics = sessions.getStatistics();
        statistics.clear();
        int shown = QuarkusTransaction.requiringNew()
                .call(() -> queries.notifications(
                                reader, 0, 50, Language.of("ru").orElseThrow(), java.time.ZoneOffset.UTC)
                        .items()
                        .size());
        assertEquals(Math.min(size, 50), shown);
        return statistics.getPrepareStatementCount();
    }

    /** A network's welcome, written the notifier's way, in the person's language of the day. */
    private long welcome(Person person, String link) {
        return QuarkusTransaction.requiringNew().call(() -> {
            notifier.tell(
                    Person.findById(person.id),
                    "network",
                    NoticeText.in(NetworkMessages.class)
                            .subject("notice_approved_subject", PORT)
                            .body("notice_approved_body", PORT, "https://learn.example" + link),
                    link);
            return Notification.<Notification>find("person.id = ?1 order by id desc", person.id)
                    .firstResult()
                    .id;
        });
    }
}
