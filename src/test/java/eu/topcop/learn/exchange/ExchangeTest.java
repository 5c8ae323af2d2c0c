package eu.topcop.learn.exchange;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import eu.topcop.learn.enrolment.EnrolmentFixture;
import eu.topcop.learn.enrolment.EnrolmentViews.NotificationView;
import eu.topcop.learn.enrolment.NoticeReading;
import eu.topcop.learn.enrolment.Notification;
import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.exchange.ExchangeApplication.Status;
import eu.topcop.learn.exchange.ExchangeQueries.Scope;
import eu.topcop.learn.exchange.ExchangeQueries.Suggestion;
import eu.topcop.learn.exchange.ExchangeRequests.Apply;
import eu.topcop.learn.exchange.ExchangeRequests.Endorsement;
import eu.topcop.learn.exchange.ExchangeRequests.Match;
import eu.topcop.learn.exchange.ExchangeRequests.Offer;
import eu.topcop.learn.exchange.ExchangeRequests.Report;
import eu.topcop.learn.exchange.ExchangeRequests.Shared;
import eu.topcop.learn.platform.web.DomainException;
import eu.topcop.learn.trainers.CascadeService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The exchange programme from an offer to the shared learning: endorsement by the guest's coordinator, matching
 * within the places, the report after the placement and its follow-up counted in the cascade; and the suggested
 * pairs by crime priority, language and reciprocity.
 */
@QuarkusTest
class ExchangeTest {

    @Inject
    ExchangeService exchange;

    @Inject
    ExchangeQueries queries;

    @Inject
    CascadeService cascade;

    @Inject
    EnrolmentFixture fixture;

    @Inject
    EntityManager em;

    @Inject
    NoticeReading notices;

    @Test
    void shouldGoFromOfferToSharedLearningCountedInTheCascade() {
        Person manager = fixture.manager();
        String offer = publish("GE", "Patrol Police of Georgia " + suffix(), "drug-trafficking", "en", 1).code;
        Person guest = fixture.person("UA");
        long id = exchange.apply(
                        offer, guest, new Apply("National Police of Ukraine", List.of("en", "uk"), "Border cases."))
                .id;
        assertEquals(id, exchange.apply(offer, guest, new Apply("x", List.of("en"), "again")).id, "applying twice");
        Person coordinator = fixture.named("exchange-coordinator-ua", "UA");
        assertThrows(
                DomainException.NotFound.class,
                () -> exchange.endorse(id, coordinator, "GE", new Endorsement(true, null)),
                "only the coordinator of the guest's country endorses");
        exchange.endorse(id, coordinator, "UA", new Endorsement(true, null));

        Person other = fixture.person("UA");
        long second = exchange.apply(offer, other, new Apply("State Border Guard", List.of("en"), "Smuggling.")).id;
        exchange.endorse(second, coordinator, "UA", new Endorsement(true, null));
        exchange.match(
                id, manager, new Match(null, "Nino Tsereteli", "mentor@police.example", "Shadow the border unit."));
        assertThrows(
                DomainException.Conflict.class,
                () -> exchange.match(second, manager, new Match(null, "Mentor", null, "Agreement")),
                "the only place is matched");

        var early = assertThrows(
                DomainException.Invalid.class,
                () -> exchange.report(
                        id,
                        guest,
                        new Report("Report", "Brief my unit", LocalDate.now().plusDays(30))));
        assertEquals("report", early.errors().get(0).field());
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("UPDATE exchange_offer SET starts_on = CURDATE() - INTERVAL 9 DAY,"
                                + " ends_on = CURDATE() - INTERVAL 5 DAY WHERE code = :c")
                        .setParameter("c", offer)
                        .executeUpdate());
        CascadeService.Totals before = QuarkusTransaction.requiringNew()
                .call(() -> cascade.of("UA", null).totals());
        exchange.report(
                id,
                guest,
                new Report(
                        "Learned the risk profiling.",
                        "Brief my unit",
                        LocalDate.now().plusDays(30)));
        // The day committed to passes with nothing recorded: the guest is reminded, once.
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery(
                                "UPDATE exchange_application SET share_by = CURDATE() - INTERVAL 1 DAY WHERE id = :id")
                        .setParameter("id", id)
                        .executeUpdate());
        assertTrue(exchange.remindSharing() >= 1);
        exchange.remindSharing();
        exchange.shared(id, guest, new Shared(LocalDate.now(), 25, "A briefing for the shift."));
        CascadeService.Totals after = QuarkusTransaction.requiringNew()
                .call(() -> cascade.of("UA", null).totals());
        assertEquals(1, after.exchangeVisits() - before.exchangeVisits());
        assertEquals(25, after.sharedThroughExchanges() - before.sharedThroughExchanges());

        var view = QuarkusTransaction.requiringNew().call(() -> queries.application(id, new Scope(guest.id, null)));
        assertEquals(Status.REPORTED, view.status());
        assertEquals("Nino Tsereteli", view.mentor());
        assertThrows(
                DomainException.NotFound.class,
                () -> queries.application(id, new Scope(other.id, null)),
                "another officer does not see it");
        assertEquals(
                List.of("EXCHANGE_ENDORSED", "EXCHANGE_MATCHED", "EXCHANGE_SHARE_DUE"),
                QuarkusTransaction.requiringNew()
                        .call(() -> eu.topcop.learn.enrolment.Notification.<eu.topcop.learn.enrolment.Notification>list(
                                        "person.id = ?1 order by id", guest.id)
                                .stream()
                                .map(n -> n.kind)
                                .toList()));
        String told = QuarkusTransaction.requiringNew()
                .call(() -> eu.topcop.learn.enrolment.Notification.<eu.topcop.learn.enrolment.Notification>find(
                                "person.id = ?1 and kind = 'EXCHANGE_MATCHED'", guest.id)
                        .firstResult()
                        .body);
        assertTrue(told.contains("Nino Tsereteli") && told.contains("Patrol Police of Georgia"), told);
    }

    @Test
    void shouldSuggestPairsByPriorityLanguageAndReciprocityAndMatchASuggestedOffer() {
        String georgian = "Georgian Agency " + suffix();
        String ukrainian = "Ukrainian Agency " + suffix();
        String a = publish("GE", georgian, "drug-trafficking", "en", 2).code;
        String b = publish("UA", ukrainian, "drug-trafficking", "ru", 2).code;
        Person coordinatorUa = fixture.named("suggest-coordinator-ua", "UA");
        Person coordinatorGe = fixture.named("suggest-coordinator-ge", "GE");
        Person coordinatorMd = fixture.named("suggest-coordinator-md", "MD");

        long g1 = endorsed(a, fixture.person("UA"), ukrainian, List.of("en"), coordinatorUa);
        long g2 = endorsed(b, fixture.person("GE"), georgian, List.of("ru"), coordinatorGe);
        long g3 = endorsed(a, fixture.person("MD"), "Police of Moldova " + suffix(), List.of("ro"), coordinatorMd);

        List<Suggestion> mine = QuarkusTransaction.requiringNew().call(() -> queries.suggestions(0, 500)).stream()
                .filter(s -> List.of(g1, g2, g3).contains(s.application()))
                .toList();
        Suggestion best = pair(mine, g1, a);
        assertEquals(8, best.score(), "same priority 3, language 2, reciprocity 2, applied 1");
        assertTrue(best.samePriority() && best.speaksLanguage() && best.reciprocal());
        assertEquals(8, pair(mine, g2, b).score(), "reciprocity works both ways");
        assertEquals(4, pair(mine, g3, a).score());
        Suggestion elsewhere = pair(mine, g3, b);
        assertEquals(3, elsewhere.score(), "another offer of the same priority");
        assertTrue(mine.indexOf(best) < mine.indexOf(pair(mine, g3, a)), "best first");

        exchange.match(g3, fixture.manager(), new Match(b, "Mentor in Kyiv", null, "Work with the analysis unit."));
        assertEquals(
                b,
                QuarkusTransaction.requiringNew()
                        .call(() -> queries.application(g3, new Scope(null, null)))
                        .offer(),
                "placed with the suggested host");
    }

    @Test
    void shouldLinkThePlacementNoticeToTheApplicationAndWriteItsDatesInTheReadersLanguageOfToday() {
        ExchangeOffer offer = publish("GE", "Patrol Police of Georgia " + suffix(), "drug-trafficking", "en", 1);
        Person guest = fixture.person("UA");
        long id = endorsed(
                offer.code,
                guest,
                "National Police of Ukraine",
                List.of("en"),
                fixture.named("reading-coordinator-ua", "UA"));
        exchange.match(id, fixture.manager(), new Match(null, "Nino Tsereteli", null, "Shadow the border unit."));

        Notification matched = notices.latest(guest, "EXCHANGE_MATCHED");
        assertEquals("/exchange/applications/" + id, matched.link);
        NotificationView english = notices.readIn(matched, "en");
        assertTrue(english.linked());
        assertTrue(english.subject().startsWith("Exchange placement confirmed: "), english.subject());
        assertTrue(english.body().contains(NoticeReading.day(offer.startsOn, "en")), english.body());
        NotificationView russian = notices.readIn(matched, "ru");
        assertTrue(russian.subject().startsWith("Стажировка по обмену подтверждена: "), russian.subject());
        assertTrue(russian.body().contains(NoticeReading.day(offer.startsOn, "ru")), russian.body());
    }

    private long endorsed(String offer, Person guest, String agency, List<String> languages, Person coordinator) {
        long id = exchange.apply(offer, guest, new Apply(agency, languages, "Learn from the host.")).id;
        exchange.endorse(id, coordinator, guest.country, new Endorsement(true, null));
        return id;
    }

    private static Suggestion pair(List<Suggestion> suggestions, long application, String offer) {
        return suggestions.stream()
                .filter(s -> s.application() == application && s.offer().equals(offer))
                .findFirst()
                .orElseThrow(() ->
                        new AssertionError("no suggestion " + application + " → " + offer + " in " + suggestions));
    }

    private ExchangeOffer publish(String country, String agency, String priority, String language, int places) {
        LocalDate start = LocalDate.now().plusDays(30);
        return exchange.publish(
                new Offer(
                        "SHORT_TERM",
                        country,
                        agency,
                        "Risk profiling at the border",
                        priority,
                        places,
                        start,
                        start.plusDays(4),
                        language,
                        "Shadowing the risk analysis unit."),
                EnrolmentFixture.MANAGER);
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
