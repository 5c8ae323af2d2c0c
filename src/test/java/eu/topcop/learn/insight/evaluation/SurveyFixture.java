package eu.topcop.learn.insight.evaluation;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import eu.topcop.learn.catalogue.Offering;
import eu.topcop.learn.enrolment.EnrolmentFixture;
import eu.topcop.learn.enrolment.Person;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** Offerings that have just ended with their participants, and the reaction surveys their end sends. */
@ApplicationScoped
public class SurveyFixture {

    @Inject
    EnrolmentFixture enrolment;

    @Inject
    SurveyTriggers triggers;

    @Inject
    SurveyService surveys;

    @Inject
    SurveyInvitations invitations;

    @Inject
    SurveyLinks links;

    @Inject
    eu.topcop.learn.content.SurveyInstruments instruments;

    /**
     * A supervisor follow-up about the officer, as FollowUps sends it three months after a training, and the path
     * of the signed link the supervisor gets by e-mail.
     */
    public String supervisorFollowUp(Person officer, String supervisor, String email, String language) {
        var form = instruments.current("follow-up-supervisor").orElseThrow();
        return QuarkusTransaction.requiringNew().call(() -> {
            Survey survey = triggers.survey("test-supervisor:" + System.nanoTime(), form, Survey.Subject.OFFERING, 0);
            survey.subjectTitle = Map.of("en", "Regional training on investigating drug trafficking networks");
            survey.subjectPeriod = "2026-06-01 – 2026-06-05 (+3)";
            survey.persist();
            Person about = Person.findById(officer.id);
            SurveyInvitation invitation = invitations.inviteByLink(
                    survey,
                    "supervisor:" + officer.id,
                    SurveyInvitation.Role.SUPERVISOR,
                    supervisor,
                    email,
                    language,
                    officer.country,
                    about);
            String link = links.link(invitation);
            return link.substring(link.indexOf("/evaluation/answer/"));
        });
    }

    /** The person of a test realm user, as their first signed-in request that needs one records them. */
    public Person signedIn(String username) {
        io.restassured.RestAssured.given()
                .auth()
                .oauth2(eu.topcop.learn.support.Tokens.accessToken(username))
                .get("/api/evaluation/invitations")
                .then()
                .statusCode(200);
        String subject = eu.topcop.learn.support.Tokens.subject(username);
        return QuarkusTransaction.requiringNew()
                .call(() -> Person.<Person>find("subject", subject).singleResult());
    }

    /** An offering that ended four days ago with these participants approved. */
    public Offering ended(List<Person> participants) {
        Offering offering = enrolment.offering(participants.size() + 2);
        Person manager = enrolment.manager();
        participants.forEach(p -> enrolment.approved(offering, p, manager));
        return enrolment.held(offering);
    }

    /** Fires the due triggers and returns the reaction survey of the offering. */
    public Survey surveyOf(Offering offering) {
        triggers.fireDue();
        return QuarkusTransaction.requiringNew()
                .call(() -> Survey.<Survey>find("offeringId", offering.id).singleResult());
    }

    public SurveyInvitation invitationOf(Survey survey, Person person) {
        return QuarkusTransaction.requiringNew()
                .call(() -> SurveyInvitation.<SurveyInvitation>find(
                                "survey.id = ?1 and personId = ?2", survey.id, person.id)
                        .singleResult());
    }

    /**
     * A complete answer to the survey's instrument: every Likert question at its fourth point, every rating (the
     * reaction score's among them) at {@code rating}, every choice question its first option, and every text
     * question {@code comment} when given.
     */
    public Map<String, List<String>> answers(Survey survey, int rating, String comment) {
        Map<String, List<String>> answers = new java.util.HashMap<>();
        for (var q : surveys.instrument(survey).questions()) {
            switch (q.type()) {
                case "likert" -> answers.put(q.code(), List.of("4"));
                case "rating" -> answers.put(q.code(), List.of(String.valueOf(rating)));
                case "single", "multiple" ->
                    answers.put(q.code(), List.of(q.options().get(0).code()));
                default -> {
                    if (comment != null) {
                        answers.put(q.code(), List.of(comment));
                    }
                }
            }
        }
        return answers;
    }
}
