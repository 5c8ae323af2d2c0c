package eu.topcop.learn.platform.privacy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.Response;

import eu.topcop.learn.catalogue.Offering;
import eu.topcop.learn.enrolment.EnrolmentFixture;
import eu.topcop.learn.enrolment.EnrolmentService;
import eu.topcop.learn.enrolment.EnrolmentService.ApplicationRequest;
import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.enrolment.Supervisor;
import eu.topcop.learn.exchange.ExchangeRequests.Apply;
import eu.topcop.learn.exchange.ExchangeRequests.Endorsement;
import eu.topcop.learn.exchange.ExchangeRequests.Match;
import eu.topcop.learn.exchange.ExchangeRequests.Offer;
import eu.topcop.learn.exchange.ExchangeRequests.Report;
import eu.topcop.learn.exchange.ExchangeRequests.Shared;
import eu.topcop.learn.exchange.ExchangeService;
import eu.topcop.learn.exchange.NetworkEvents;
import eu.topcop.learn.support.Tokens;
import eu.topcop.learn.trainers.MultiplicationRequests.Decision;
import eu.topcop.learn.trainers.MultiplicationRequests.Delivery;
import eu.topcop.learn.trainers.MultiplicationRequests.Participant;
import eu.topcop.learn.trainers.MultiplicationService;
import eu.topcop.learn.trainers.TrainerFixture;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import org.eclipse.microprofile.config.ConfigProvider;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * An officer with a real Keycloak account who has done everything the LMS records about a person: chose a language,
 * applied (naming their supervisor), was nominated, was named as a fellow applicant's supervisor, learned (module
 * progress, a quiz attempt, statements, a training's knowledge test), was certified as a trainer, ran a multiplication course and attended another
 * (which completed a course and earned a certificate), went on an exchange and reported, registered for a network
 * event, managed an offering and started a content import. Others (a coordinator, a second trainer, a fellow
 * participant, a fellow applicant) take part beside them.
 */
@ApplicationScoped
public class PrivacyScenario {

    static final String MODULE = "thb-ilp";

    /** The officer and the things of theirs a test looks at afterwards. */
    public record Officer(
            Person person,
            String username,
            String email,
            String name,
            String lastName,
            String subject,
            String token,
            List<String> offerings,
            List<String> multiplicationCourses,
            String certificateCode,
            String certificateSignature,
            List<String> others,
            String supervisor) {

        /** Everything that identifies the officer, as a scan looks for it. */
        public List<String> identifiers() {
            return List.of(name, lastName, username, email, subject);
        }
    }

    @Inject
    Keycloak keycloak;

    @Inject
    EnrolmentFixture fixture;

    @Inject
    EnrolmentService enrolment;

    @Inject
    TrainerFixture trainers;

    @Inject
    MultiplicationService multiplication;

    @Inject
    ExchangeService exchange;

    @Inject
    NetworkEvents events;

    @Inject
    EntityManager em;

    @Inject
    eu.topcop.learn.insight.OtnaService insight;

    @Inject
    eu.topcop.learn.insight.QuestionnaireImports questionnaires;

    @Inject
    eu.topcop.learn.insight.evaluation.SurveyFixture surveys;

    @Inject
    eu.topcop.learn.learning.KnowledgeTestFixture knowledgeTests;

    @Inject
    eu.topcop.learn.lrs.LrsClients lrsClients;

    @Inject
    eu.topcop.learn.cmi5.Cmi5LaunchFixture cmi5Courses;

    @Inject
    eu.topcop.learn.cmi5.Cmi5Launches cmi5Launches;

    private static eu.topcop.learn.insight.OtnaViews.RoundDefinition otnaRound(String code) {
        var level = new eu.topcop.learn.insight.OtnaViews.LevelDefinition("basic", java.util.Map.of("en", "Basic"));
        return new eu.topcop.learn.insight.OtnaViews.RoundDefinition(
                code,
                2026,
                java.util.Map.of("en", "Privacy round"),
                List.of("drug-trafficking"),
                List.of("GE"),
                List.of(level),
                List.of(new eu.topcop.learn.insight.OtnaViews.LevelDefinition("high", java.util.Map.of("en", "High"))),
                List.of(new eu.topcop.learn.insight.OtnaViews.LevelDefinition(
                        "investigators", java.util.Map.of("en", "Investigators"))),
                List.of(new eu.topcop.learn.insight.OtnaViews.CapabilityDefinition(
                        "PR-1",
                        "drug-trafficking",
                        java.util.Map.of("en", "A capability"),
                        null,
                        List.of("investigators"))),
                true);
    }

    public Officer officer() {
        String stamp = Long.toString(System.nanoTime(), 36);
        String lastName = "Zhvania" + stamp;
        String name = "Tamuna " + lastName;
        String username = "tamuna.z" + stamp;
        String email = username + "@police.example";
        String subject = createAccount(username, email, "Tamuna", lastName);
        String token = token(username);

        // The language chosen (platform), and the person record the first enrolment request makes (enrolment).
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("language", "ka"))
                .put("/api/me/language")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(token)
                .get("/api/enrolment/my-applications")
                .then()
                .statusCode(200);
        Person person = QuarkusTransaction.requiringNew()
                .call(() -> Person.<Person>find("username", username).firstResult());
        assertEquals(subject, person.subject);

        // An LRS client they created (lrs), as an administrator would.
        lrsClients.create("Privacy scenario simulation " + stamp, java.util.Set.of("statements/write"), person);

        // Applied (with their own name in the motivation, naming their supervisor), and nominated by their
        // coordinator; a fellow applicant named them as their own supervisor.
        Person bystander = fixture.person("GE");
        Offering applied = fixture.offering(10);
        enrolment.apply(
                applied.code,
                bystander,
                new ApplicationRequest(
                        "Border cases.",
                        "Patrol Police",
                        null,
                        "police",
                        true,
                        new Supervisor(name, email, null, null)));
        String supervisor = "Rusudan Javakhishvili" + stamp;
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "motivation",
                        "I am " + name + " and I investigate drug cases in Kutaisi.",
                        "agency",
                        "Criminal Police of Imereti",
                        "position",
                        "Investigator",
                        "agencyType",
                        "police",
                        "speaksWorkingLanguage",
                        true,
                        "supervisor",
                        Map.of(
                                "name",
                                supervisor,
                                "email",
                                "r.javakhishvili." + stamp + "@police.example",
                                "position",
                                "Head of division")))
                .post("/api/enrolment/offerings/" + applied.code + "/applications")
                .then()
                .statusCode(201);
        Offering nominated = fixture.offering(10);
        given().auth()
                .oauth2(Tokens.accessToken(Tokens.COORDINATOR))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "email",
                        email,
                        "name",
                        name,
                        "agency",
                        "Criminal Police of Imereti",
                        "agencyType",
                        "police",
                        "speaksWorkingLanguage",
                        true))
                .post("/api/enrolment/offerings/" + nominated.code + "/nominations")
                .then()
                .statusCode(201);

        // Learned: a module started, a lesson read, a quiz attempt submitted.
        given().auth()
                .oauth2(token)
                .post("/api/learning/modules/" + MODULE + "/start")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(token)
                .get("/api/learning/modules/" + MODULE + "/lessons/1")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(token)
                .post("/api/learning/modules/" + MODULE + "/lessons/1/read")
                .then()
                .statusCode(200);
        int attempt = given().auth()
                .oauth2(token)
                .post("/api/learning/modules/" + MODULE + "/quiz/attempts")
                .then()
                .statusCode(200)
                .extract()
                .path("lesson");
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("answers", Map.of()))
                .post("/api/learning/modules/" + MODULE + "/quiz/attempts/" + attempt + "/submission")
                .then()
                .statusCode(200);

        // Content launched in that attempt (lrs): a launch credential, and a statement the content sent with it.
        String registration = QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                        "SELECT registration FROM module_progress WHERE person_id = :p AND module_code = :m")
                .setParameter("p", person.id)
                .setParameter("m", MODULE)
                .getSingleResult());
        String moduleActivity =
                org.eclipse.microprofile.config.ConfigProvider.getConfig().getValue("lms.public-url", String.class)
                        + "/xapi/activities/modules/" + MODULE;
        var launch = given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("registration", registration, "activityId", moduleActivity))
                .post("/api/lrs/launch-credentials")
                .then()
                .statusCode(201)
                .extract();
        given().header("Authorization", launch.<String>path("authorization"))
                .header("X-Experience-API-Version", "1.0.3")
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "actor", launch.<Object>path("actor"),
                        "verb", Map.of("id", "http://adlnet.gov/expapi/verbs/experienced"),
                        "object", Map.of("id", moduleActivity + "/lessons/2"),
                        "context", Map.of("registration", registration)))
                .post("/xapi/statements")
                .then()
                .statusCode(200);

        // A cmi5 course's AU launched (cmi5): their registration and a session.
        cmi5Launches.launch(person, cmi5Courses.course(), 0, eu.topcop.learn.platform.i18n.Language.ENGLISH);

        // Trained: certified, then ran a multiplication course with a fellow officer recorded by name.
        Person coordinator = fixture.named("privacy-coordinator-ge", "GE");
        trainers.certified(person, trainers.trainTheTrainer());
        String ran = multiplication.plan(person, TrainerFixture.plan()).code;
        multiplication.decide(ran, coordinator, "GE", new Decision(true, null));
        String fellow = "Nodar Kiknadze" + stamp;
        long fellowId = multiplication.register(ran, person, new Participant(fellow, "Patrol Police", null)).id;
        trainers.held(ran);
        multiplication.recordDelivery(
                ran, person, new Delivery(List.of(fellowId), "Slides by " + name, "Useful", new BigDecimal("4.5")));
        multiplication.submitReport(ran, person, "Delivered by " + name + " (" + email + ") in Kutaisi.");
        multiplication.validate(ran, coordinator, "GE", new Decision(true, null));

        // ... and attended another trainer's course, which completed a course and earned a certificate.
        Person otherTrainer = trainers.certified(fixture.person("GE"), trainers.trainTheTrainer());
        String attended = multiplication.plan(otherTrainer, TrainerFixture.plan()).code;
        multiplication.decide(attended, coordinator, "GE", new Decision(true, null));
        long me = multiplication.register(attended, otherTrainer, new Participant(name, "Criminal Police", email)).id;
        long beside = multiplication.register(
                        attended, otherTrainer, new Participant(bystander.name, "Patrol Police", bystander.email))
                .id;
        trainers.held(attended);
        multiplication.recordDelivery(
                attended, otherTrainer, new Delivery(List.of(me, beside), "Case study", "Good", null));
        multiplication.submitReport(attended, otherTrainer, "Thanks to " + name + " for the case from Kutaisi.");
        multiplication.validate(attended, coordinator, "GE", new Decision(true, null));
        Object[] certificate = QuarkusTransaction.requiringNew().call(() -> (Object[])
                em.createNativeQuery("SELECT code, signature FROM certificate WHERE person_id = :p ORDER BY id LIMIT 1")
                        .setParameter("p", person.id)
                        .getSingleResult());

        // Exchanged: applied, endorsed, matched, reported and shared.
        LocalDate start = LocalDate.now().plusDays(30);
        String offer = exchange.publish(
                        new Offer(
                                "SHORT_TERM",
                                "UA",
                                "Patrol Police of Ukraine " + stamp,
                                "Risk profiling at the border",
                                "drug-trafficking",
                                2,
                                start,
                                start.plusDays(4),
                                "en",
                                "Shadowing the risk analysis unit."),
                        EnrolmentFixture.MANAGER)
                .code;
        long visit = exchange.apply(
                        offer,
                        person,
                        new Apply("Criminal Police of Imereti", List.of("en", "ka"), "I, " + name + ", want to learn."))
                .id;
        exchange.endorse(visit, coordinator, "GE", new Endorsement(true, null));
        exchange.apply(offer, bystander, new Apply("Patrol Police", List.of("en"), "Border cases."));
        exchange.match(visit, fixture.manager(), new Match(null, "Oksana Host", null, "Shadow " + name + "."));
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("UPDATE exchange_offer SET starts_on = CURDATE() - INTERVAL 9 DAY,"
                                + " ends_on = CURDATE() - INTERVAL 5 DAY WHERE code = :c")
                        .setParameter("c", offer)
                        .executeUpdate());
        exchange.report(
                visit,
                person,
                new Report(
                        "What " + name + " learned.",
                        "Brief my unit",
                        LocalDate.now().plusDays(30)));
        exchange.shared(visit, person, new Shared(LocalDate.now(), 12, "A briefing by " + lastName + "."));

        // A network event registered for.
        LocalDateTime at = LocalDateTime.now().plusDays(40).withNano(0);
        String event = events.schedule(
                        new NetworkEvents.Schedule(
                                "WEBINAR",
                                "Financial investigations " + stamp,
                                "drug-trafficking",
                                at,
                                at.plusHours(2),
                                null,
                                "https://meet.example/" + stamp,
                                "en",
                                50,
                                "Cases and questions."),
                        EnrolmentFixture.MANAGER)
                .code;
        events.register(event, person);
        events.register(event, bystander);

        // Managed an offering (catalogue) and started a content import (content).
        Offering managed = fixture.offering(5, username);
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("INSERT INTO content_import (started_at, finished_at, requested_by,"
                                + " status) VALUES (NOW(3), NOW(3), :u, 'FINISHED')")
                        .setParameter("u", username)
                        .executeUpdate());

        // Imported a questionnaire file of an OTNA round (insight), its name naming them, as file names do.
        questionnaires.importFile(
                insight.define(PrivacyScenario.otnaRound("privacy-" + stamp), person.id)
                        .code(),
                lastName + "-answers.csv",
                ("country,agency,respondent,capability,target_group,relevance,urgency,officers_basic\n"
                                + "GE,Patrol Police,R-1,PR-1,investigators,4,high,3\n")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8),
                person.id);

        // Proposed an operational result of their own (insight results), naming themselves; their coordinator
        // edited it (the audit trail keeps the description before and after) and rejected it with a reason naming them.
        Map<String, Object> result = new java.util.HashMap<>(Map.of(
                "kind",
                "JOINT_ACTION_DAY",
                "date",
                LocalDate.now().minusDays(10).toString(),
                "description",
                "Search team led by " + name,
                "evidenceReference",
                "Report of " + lastName,
                "priority",
                "drug-trafficking"));
        long proposed = given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(result)
                .post("/api/insight/results")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("result.id");
        result.put("description", "Search team of " + lastName + " at the Sarpi crossing");
        result.put("officers", List.of(person.id));
        given().auth()
                .oauth2(Tokens.accessToken(Tokens.COORDINATOR))
                .contentType(ContentType.JSON)
                .body(result)
                .put("/api/insight/results/" + proposed)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(Tokens.accessToken(Tokens.COORDINATOR))
                .contentType(ContentType.JSON)
                .body(Map.of("action", "REJECT", "reason", "The report of " + lastName + " does not show it"))
                .post("/api/insight/results/" + proposed + "/decision")
                .then()
                .statusCode(200);
        // Took the knowledge test of a one-day training, at its start and at its end (learning), and was asked to
        // answer the training's reaction survey once it had ended (evaluation).
        Offering trained = fixture.offering(3);
        fixture.approved(trained, person, fixture.manager());
        knowledgeTests.dated(trained, 0, 0);
        String test = "/api/learning/offerings/" + trained.code + "/knowledge-test/";
        for (String phase : List.of("pre-test", "post-test")) {
            given().auth().oauth2(token).post(test + phase + "/attempt").then().statusCode(200);
            given().auth()
                    .oauth2(token)
                    .contentType(ContentType.JSON)
                    .body(Map.of("answers", Map.of()))
                    .post(test + phase + "/submission")
                    .then()
                    .statusCode(200);
        }
        surveys.surveyOf(fixture.held(trained));

        // Belongs to an expert network (networks), for a unit named after them.
        QuarkusTransaction.requiringNew().run(() -> {
            java.time.Instant now = java.time.Instant.now();
            eu.topcop.learn.networks.Network network = new eu.topcop.learn.networks.Network();
            network.code = "privacy-" + stamp;
            network.kind = eu.topcop.learn.networks.Network.Kind.EXPERT_NETWORK;
            network.name = Map.of("en", "Privacy network " + stamp);
            network.purpose = Map.of("en", "A network of the privacy scenario");
            network.joining = eu.topcop.learn.networks.Network.Joining.REQUEST;
            network.createdAt = now;
            network.updatedAt = now;
            network.persist();
            eu.topcop.learn.networks.NetworkMember member = new eu.topcop.learn.networks.NetworkMember();
            member.network = network;
            member.personId = person.id;
            member.status = eu.topcop.learn.networks.NetworkMember.Status.ACTIVE;
            member.organisation = "Unit of " + lastName;
            member.organisationKind = eu.topcop.learn.networks.NetworkMember.OrganisationKind.PARTNER_COUNTRY;
            member.country = "GE";
            member.reason = "Asked by " + name;
            member.askedAt = now;
            member.joinedAt = now;
            member.persist();
            eu.topcop.learn.networks.ActionPoint point = new eu.topcop.learn.networks.ActionPoint();
            point.networkId = network.id;
            point.title = "Send the seizure report to " + name;
            point.ownerId = person.id;
            point.createdBy = person.id;
            point.dueOn = LocalDate.now().plusDays(30);
            point.createdAt = now;
            point.updatedAt = now;
            point.persist();
        });

        // Wrote a guideline in that network's library (networks.library), which names them in its text, is a named
        // reader of it, marked it useful, commented on it in review and proposed a training need from it.
        QuarkusTransaction.requiringNew().run(() -> {
            java.time.Instant now = java.time.Instant.now();
            eu.topcop.learn.networks.Network network = eu.topcop.learn.networks.Network.find("code", "privacy-" + stamp)
                    .firstResult();
            eu.topcop.learn.networks.library.LibraryDocument document =
                    new eu.topcop.learn.networks.library.LibraryDocument();
            document.networkId = network.id;
            document.kind = eu.topcop.learn.networks.library.LibraryDocument.Kind.GUIDELINE;
            document.access = eu.topcop.learn.networks.library.LibraryDocument.Access.RESTRICTED;
            document.language = "en";
            document.title = "Guideline of " + name;
            document.createdBy = person.id;
            document.createdAt = now;
            document.updatedAt = now;
            document.persist();
            eu.topcop.learn.networks.library.LibraryVersion version =
                    new eu.topcop.learn.networks.library.LibraryVersion();
            version.documentId = document.id;
            version.number = 1;
            version.title = document.title;
            version.summary = "Written by " + name;
            version.body = "Ask " + username + " or write to " + email + ".";
            version.createdBy = person.id;
            version.createdAt = now;
            version.persist();
            document.revised(version, now);
            var em = eu.topcop.learn.networks.library.LibraryDocument.getEntityManager();
            em.flush();
            for (String table : List.of("library_author", "library_useful")) {
                String column = table.equals("library_author") ? "added_at" : "marked_at";
                em.createNativeQuery("INSERT INTO " + table + " (document_id, person_id, " + column
                                + ") VALUES (:d, :p, :at)")
                        .setParameter("d", document.id)
                        .setParameter("p", person.id)
                        .setParameter("at", now)
                        .executeUpdate();
            }
            em.createNativeQuery("INSERT INTO library_reader (document_id, person_id) VALUES (:d, :p)")
                    .setParameter("d", document.id)
                    .setParameter("p", person.id)
                    .executeUpdate();
            em.createNativeQuery("INSERT INTO library_comment (version_id, depth, person_id, body, created_at)"
                            + " VALUES (:v, 0, :p, :body, :at)")
                    .setParameter("v", version.id)
                    .setParameter("p", person.id)
                    .setParameter("body", "Reviewed by " + name)
                    .setParameter("at", now)
                    .executeUpdate();
            em.createNativeQuery("INSERT INTO need_proposal (document_id, proposed_by, need, country_code,"
                            + " created_at) VALUES (:d, :p, :need, 'GE', :at)")
                    .setParameter("d", document.id)
                    .setParameter("p", person.id)
                    .setParameter("need", "Training asked for by " + username)
                    .setParameter("at", now)
                    .executeUpdate();
            // Started a thread of its discussions (networks.discussions), signing the post with their name.
            eu.topcop.learn.networks.discussions.DiscussionThread thread =
                    new eu.topcop.learn.networks.discussions.DiscussionThread();
            thread.networkId = network.id;
            thread.title = "Question from " + name;
            thread.authorId = person.id;
            thread.createdAt = now;
            thread.lastActivityAt = now;
            thread.persist();
            eu.topcop.learn.networks.discussions.DiscussionPost post =
                    new eu.topcop.learn.networks.discussions.DiscussionPost();
            post.threadId = thread.id;
            post.authorId = person.id;
            post.language = "ka";
            post.body = "How do your units share wallet traces? Regards, " + name;
            post.createdAt = now;
            post.persist();
            post.firstRevision().persist();
            thread.posted(now);
            // Attached a file to it, named after them.
            eu.topcop.learn.networks.discussions.DiscussionAttachment file =
                    new eu.topcop.learn.networks.discussions.DiscussionAttachment();
            file.postId = post.id;
            file.fileName = "traces-" + lastName + ".txt";
            file.mediaType = "text/plain";
            file.content = ("Wallet traces by " + name).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            file.sizeBytes = file.content.length;
            file.uploadedBy = person.id;
            file.uploadedAt = now;
            file.persist();
            // Reported a post (their own, for the scenario) and, as if a moderator, hid it: both name them.
            eu.topcop.learn.networks.discussions.DiscussionReport report =
                    new eu.topcop.learn.networks.discussions.DiscussionReport();
            report.postId = post.id;
            report.reporterId = person.id;
            report.reason = "Reported by " + name;
            report.createdAt = now;
            report.persist();
            eu.topcop.learn.networks.discussions.DiscussionModeration entry =
                    new eu.topcop.learn.networks.discussions.DiscussionModeration();
            entry.networkId = network.id;
            entry.moderatorId = person.id;
            entry.action = eu.topcop.learn.networks.discussions.DiscussionModeration.Action.HIDE;
            entry.postId = post.id;
            entry.threadId = thread.id;
            entry.reason = "Hidden at the request of " + name;
            entry.at = now;
            entry.persist();
            // Follows the network and the thread, chose e-mail at once, and was sent a digest (networks.subscriptions).
            em.flush();
            em.createNativeQuery("INSERT INTO discussion_network_follow (person_id, network_id, followed_at)"
                            + " VALUES (:p, :n, :at)")
                    .setParameter("p", person.id)
                    .setParameter("n", network.id)
                    .setParameter("at", now)
                    .executeUpdate();
            em.createNativeQuery("INSERT INTO discussion_thread_follow (person_id, thread_id, followed_at)"
                            + " VALUES (:p, :t, :at)")
                    .setParameter("p", person.id)
                    .setParameter("t", thread.id)
                    .setParameter("at", now)
                    .executeUpdate();
            em.createNativeQuery("INSERT INTO discussion_delivery (person_id, delivery, chosen_at)"
                            + " VALUES (:p, 'IMMEDIATE', :at)")
                    .setParameter("p", person.id)
                    .setParameter("at", now)
                    .executeUpdate();
            em.createNativeQuery("INSERT INTO discussion_digest (person_id, digest_day, covered_until, posts, sent_at)"
                            + " VALUES (:p, :day, :at, 3, :at)")
                    .setParameter("p", person.id)
                    .setParameter("day", LocalDate.now(java.time.ZoneOffset.UTC))
                    .setParameter("at", now)
                    .executeUpdate();
        });

        return new Officer(
                person,
                username,
                email,
                name,
                lastName,
                subject,
                token,
                List.of(applied.code, nominated.code, managed.code),
                List.of(ran, attended),
                (String) certificate[0],
                ((String) certificate[1]).substring(0, 24),
                // Not the other trainer's name: the notice the officer received when that trainer registered them
                // names the trainer (so that they can object), and the export gives their messages as received.
                List.of(
                        coordinator.username,
                        otherTrainer.email,
                        otherTrainer.username,
                        bystander.name,
                        bystander.email,
                        bystander.username,
                        fellow,
                        EnrolmentFixture.MANAGER,
                        Tokens.COORDINATOR),
                supervisor);
    }

    /** A Keycloak user with the trainee and trainer roles, a Georgian officer; returns their subject. */
    String createAccount(String username, String email, String first, String last) {
        UserRepresentation user = new UserRepresentation();
        user.setUsername(username);
        user.setEmail(email);
        user.setEmailVerified(true);
        user.setFirstName(first);
        user.setLastName(last);
        user.setEnabled(true);
        user.setAttributes(Map.of("country", List.of("GE")));
        CredentialRepresentation password = new CredentialRepresentation();
        password.setType(CredentialRepresentation.PASSWORD);
        password.setValue(password(username));
        password.setTemporary(false);
        user.setCredentials(List.of(password));
        try (Response created = realm().users().create(user)) {
            assertEquals(201, created.getStatus(), "Keycloak made the account");
        }
        String id = realm().users().searchByUsername(username, true).get(0).getId();
        realm().users()
                .get(id)
                .roles()
                .realmLevel()
                .add(List.of(
                        realm().roles().get("trainee").toRepresentation(),
                        realm().roles().get("trainer").toRepresentation()));
        return id;
    }

    public boolean accountExists(String subject) {
        try {
            realm().users().get(subject).toRepresentation();
            return true;
        } catch (jakarta.ws.rs.WebApplicationException e) {
            if (e.getResponse() != null && e.getResponse().getStatus() == 404) {
                return false;
            }
            throw e;
        }
    }

    RealmResource realm() {
        return keycloak.realm("topcop");
    }

    private static String password(String username) {
        return "Pw-" + username.toUpperCase(Locale.ROOT) + "-2026!";
    }

    private static String token(String username) {
        return given().formParam("grant_type", "password")
                .formParam("client_id", "topcop-web")
                .formParam(
                        "client_secret",
                        ConfigProvider.getConfig().getValue("quarkus.oidc.credentials.secret", String.class))
                .formParam("username", username)
                .formParam("password", password(username))
                .formParam("scope", "openid")
                .post(Tokens.keycloakRealmUrl() + "/protocol/openid-connect/token")
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");
    }
}
