package eu.topcop.learn.trainers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;

import eu.topcop.learn.enrolment.EnrolmentFixture;
import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.learning.CourseCompletion;
import eu.topcop.learn.platform.i18n.Language;
import eu.topcop.learn.platform.web.DomainException;
import eu.topcop.learn.trainers.MultiplicationCourse.Status;
import eu.topcop.learn.trainers.MultiplicationQueries.Detail;
import eu.topcop.learn.trainers.MultiplicationQueries.Scope;
import eu.topcop.learn.trainers.MultiplicationRequests.Decision;
import eu.topcop.learn.trainers.MultiplicationRequests.Delivery;
import eu.topcop.learn.trainers.MultiplicationRequests.Participant;
import eu.topcop.learn.trainers.MultiplicationRequests.Plan;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The life of a multiplication course: planned by a certified trainer, approved by the coordinator of its
 * country, participants registered, delivery recorded, report returned once and then validated, which
 * certifies the participants who have an account.
 */
@QuarkusTest
class MultiplicationTest {

    @Inject
    MultiplicationService multiplication;

    @Inject
    MultiplicationQueries queries;

    @Inject
    CascadeService cascades;

    @Inject
    TrainerFixture trainers;

    @Inject
    EnrolmentFixture fixture;

    @Test
    void shouldGoFromPlanToValidationAndCertifyParticipantsWithAnAccount() {
        Person trainer = trainers.certified(fixture.person("GE"), trainers.trainTheTrainer());
        Person coordinator = fixture.named("mc-coordinator-ge", "GE");
        long told = coordinatorTold("MULTIPLICATION_PLANNED");
        String code = multiplication.plan(trainer, TrainerFixture.plan()).code;
        assertEquals(Status.PLANNED, detail(code).summary().status());
        assertEquals(
                told + 1,
                coordinatorTold("MULTIPLICATION_PLANNED"),
                "Georgia's coordinator in Keycloak (giorgi.kapanadze) is told of the plan");
        assertThrows(
                DomainException.NotFound.class,
                () -> multiplication.decide(code, coordinator, "UA", new Decision(true, null)),
                "a coordinator of another country does not see it");
        assertThrows(
                DomainException.RuleViolation.class,
                () -> multiplication.decide(code, coordinator, "GE", new Decision(false, " ")),
                "a rejection says why");
        multiplication.decide(code, coordinator, "GE", new Decision(true, null));

        Person officer = fixture.person("GE");
        long user = multiplication.register(
                        code, trainer, new Participant("Nino Beridze", "Patrol Police", officer.email))
                .id;
        assertThrows(
                DomainException.Conflict.class,
                () -> multiplication.register(
                        code, trainer, new Participant("Nino Beridze", "Patrol Police", officer.email.toUpperCase())));
        long recorded =
                multiplication.register(code, trainer, new Participant("Tamar Lomidze", "Border Police", null)).id;
        multiplication.register(code, trainer, new Participant("Irakli Kvaratskhelia", "Customs", ""));
        var invalid = assertThrows(
                DomainException.Invalid.class,
                () -> multiplication.register(code, trainer, new Participant(" ", "", "not-an-address")));
        assertEquals(
                List.of("name", "agency", "email"),
                invalid.errors().stream().map(e -> e.field()).toList());
        assertThrows(
                DomainException.Invalid.class,
                () -> multiplication.recordDelivery(code, trainer, new Delivery(List.of(user), "Slides", null, null)),
                "not started yet");

        trainers.held(code);
        var typed = assertThrows(
                DomainException.Invalid.class,
                () -> multiplication.recordDelivery(
                        code,
                        trainer,
                        new Delivery(List.of(user, recorded), "Case study, slides", "Useful", new BigDecimal("4.5"))),
                "participants registered with an e-mail rate the course themselves");
        assertEquals(
                List.of("evaluationScore"),
                typed.errors().stream().map(e -> e.field()).toList());
        multiplication.recordDelivery(
                code, trainer, new Delivery(List.of(user, recorded), "Case study, slides", "Useful", null));
        multiplication.submitReport(code, trainer, "Delivered in Kutaisi to three agencies.");
        assertEquals(Status.REPORTED, detail(code).summary().status());
        multiplication.validate(code, coordinator, "GE", new Decision(false, "Add the evaluation forms."));
        Detail returned = detail(code);
        assertEquals(Status.APPROVED, returned.summary().status());
        assertEquals("Add the evaluation forms.", returned.decisionReason());
        multiplication.submitReport(code, trainer, "Delivered in Kutaisi; evaluation forms attached.");
        multiplication.validate(code, coordinator, "GE", new Decision(true, null));

        Detail validated = detail(code);
        assertEquals(Status.VALIDATED, validated.summary().status());
        assertEquals(3, validated.summary().registered());
        assertEquals(2, validated.summary().attended());
        assertEquals(
                1,
                QuarkusTransaction.requiringNew()
                        .call(() -> CourseCompletion.count(
                                "person.id = ?1 and course.code = ?2", officer.id, "drugs-multiplication-course")),
                "the participant with an account completed the course");
        assertThrows(
                DomainException.Conflict.class,
                () -> multiplication.register(code, trainer, new Participant("Late", "Police", null)),
                "a validated course is closed");
        assertEquals(
                List.of("MULTIPLICATION_APPROVED", "MULTIPLICATION_RETURNED", "MULTIPLICATION_VALIDATED"),
                QuarkusTransaction.requiringNew()
                        .call(() -> eu.topcop.learn.enrolment.Notification.<eu.topcop.learn.enrolment.Notification>list(
                                        "person.id = ?1 order by id", trainer.id)
                                .stream()
                                .map(n -> n.kind)
                                .toList()),
                "the trainer is told of each decision");
    }

    @Test
    void shouldShowTheTrainerOnlyWhatTheyTypedAndCertifyOnlyPeopleOfTheCountryWhoWereTold() {
        Person trainer = trainers.certified(fixture.person("GE"), trainers.trainTheTrainer());
        Person coordinator = fixture.named("mc-coordinator-ge", "GE");
        String code = multiplication.plan(trainer, TrainerFixture.plan()).code;
        multiplication.decide(code, coordinator, "GE", new Decision(true, null));
        long reachedBefore = cascades.of("GE", null).totals().officersReached();
        Person home = fixture.person("GE");
        Person abroad = fixture.person("AM");
        Person untold = fixture.person("GE");

        var linked = multiplication.register(
                code, trainer, new Participant("Typed Name", "Typed Agency", " " + home.email.toUpperCase() + " "));
        multiplication.register(code, trainer, new Participant("Someone Abroad", "Police", abroad.email));
        multiplication.register(
                code, trainer, new Participant("Look Alike", "Police", home.email.replace("@police", "@pölice")));
        long untoldId = multiplication.register(code, trainer, new Participant("Not Told", "Police", untold.email)).id;
        // A participant linked before people were told of it (migration V24_1 leaves them untold).
        QuarkusTransaction.requiringNew()
                .run(() -> MultiplicationParticipant.update("toldAt = null where id = ?1", untoldId));

        assertEquals("Typed Name", linked.name, "the trainer's words, not the account's");
        assertEquals("Typed Agency", linked.agency);
        Detail seenByTrainer = QuarkusTransaction.requiringNew()
                .call(() -> queries.detail(code, new Scope(trainer.id, null), trainer, 0, Language.ENGLISH));
        assertEquals(
                List.of("Look Alike", "Not Told", "Someone Abroad", "Typed Name"),
                seenByTrainer.participants().items().stream()
                        .map(MultiplicationQueries.ParticipantView::name)
                        .toList());
        assertTrue(
                seenByTrainer.participants().items().stream().noneMatch(MultiplicationQueries.ParticipantView::user),
                "the trainer is not told who has an account");
        Detail seenByCoordinator = QuarkusTransaction.requiringNew()
                .call(() -> queries.detail(code, new Scope(null, "GE"), coordinator, 0, Language.ENGLISH));
        assertEquals(
                List.of("Not Told", "Typed Name"),
                seenByCoordinator.participants().items().stream()
                        .filter(MultiplicationQueries.ParticipantView::user)
                        .map(MultiplicationQueries.ParticipantView::name)
                        .toList(),
                "linked: only people of Georgia with exactly the typed e-mail");

        List<eu.topcop.learn.enrolment.Notification> told = notifications(home, "MULTIPLICATION_REGISTERED");
        assertEquals(1, told.size(), "the registered officer is told");
        assertEquals("ka", told.get(0).language, "in the language of their country");
        assertTrue(told.get(0).body.contains(trainer.name), told.get(0).body);
        assertEquals(0, notifications(abroad, "MULTIPLICATION_REGISTERED").size());

        trainers.held(code);
        List<Long> everyone = QuarkusTransaction.requiringNew()
                .call(() -> MultiplicationParticipant.<MultiplicationParticipant>list("course.code", code).stream()
                        .map(p -> p.id)
                        .toList());
        multiplication.recordDelivery(code, trainer, new Delivery(everyone, "Case study", null, null));
        multiplication.submitReport(code, trainer, "Delivered in Batumi.");
        multiplication.validate(code, coordinator, "GE", new Decision(true, null));

        assertEquals(1, completions(home), "told, of the country, attended: certified");
        assertEquals(0, completions(abroad), "an account abroad receives nothing from a Georgian course");
        assertEquals(0, completions(untold), "nobody is certified without having been told");
        assertEquals(
                reachedBefore + 4,
                cascades.of("GE", null).totals().officersReached(),
                "every attendee is reached once, linked or not");
    }

    private static long completions(Person person) {
        return QuarkusTransaction.requiringNew()
                .call(() -> CourseCompletion.count(
                        "person.id = ?1 and course.code = ?2", person.id, "drugs-multiplication-course"));
    }

    private static List<eu.topcop.learn.enrolment.Notification> notifications(Person person, String kind) {
        return QuarkusTransaction.requiringNew()
                .call(() -> eu.topcop.learn.enrolment.Notification.<eu.topcop.learn.enrolment.Notification>list(
                        "person.id = ?1 and kind = ?2", person.id, kind));
    }

    @Test
    void shouldRefuseAPlanFromAnUncertifiedTrainerAndNameEveryMistake() {
        Person uncertified = fixture.person("MD");
        var refused = assertThrows(
                DomainException.Invalid.class, () -> multiplication.plan(uncertified, TrainerFixture.plan()));
        assertEquals(
                List.of("course"), refused.errors().stream().map(e -> e.field()).toList());

        Person trainer = trainers.certified(fixture.person("MD"), trainers.trainTheTrainer());
        var mistakes = assertThrows(
                DomainException.Invalid.class,
                () -> multiplication.plan(
                        trainer,
                        new Plan(
                                "drugs-multiplication-course",
                                LocalDate.now().minusDays(1),
                                LocalDate.now().minusDays(3),
                                "",
                                "xx",
                                0,
                                null)));
        assertEquals(
                List.of("startsOn", "endsOn", "place", "language", "expectedParticipants", "material"),
                mistakes.errors().stream().map(e -> e.field()).toList());
    }

    @Test
    void shouldKeepACourseFromOtherTrainersAndOtherCountries() {
        Person trainer = trainers.certified(fixture.person("UA"), trainers.trainTheTrainer());
        Person other = trainers.certified(fixture.person("UA"), trainers.trainTheTrainer());
        String code = multiplication.plan(trainer, TrainerFixture.plan()).code;
        assertThrows(DomainException.NotFound.class, () -> multiplication.cancel(code, other));
        assertThrows(
                DomainException.NotFound.class,
                () -> queries.detail(code, new Scope(other.id, null), other, 0, Language.ENGLISH));
        assertThrows(
                DomainException.NotFound.class,
                () -> queries.detail(code, new Scope(null, "GE"), other, 0, Language.ENGLISH));
        assertEquals(
                0,
                queries.list(new Scope(other.id, null), null, 0, 20, Language.ENGLISH)
                        .total());
        assertTrue(queries.list(new Scope(null, "UA"), Status.PLANNED, 0, 100, Language.ENGLISH).items().stream()
                .anyMatch(s -> s.code().equals(code)));
        multiplication.cancel(code, trainer);
        assertEquals(Status.CANCELLED, detail(code).summary().status());
    }

    private static long coordinatorTold(String kind) {
        return QuarkusTransaction.requiringNew()
                .call(() -> eu.topcop.learn.enrolment.Notification.count(
                        "person.username = ?1 and kind = ?2", "giorgi.kapanadze", kind));
    }

    private Detail detail(String code) {
        return QuarkusTransaction.requiringNew()
                .call(() -> queries.detail(code, Scope.all(), new Person(), 0, Language.ENGLISH));
    }
}
