package eu.topcop.learn.exchange;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;

import eu.topcop.learn.exchange.ExchangeRequests.Offer;
import io.quarkus.runtime.StartupEvent;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Demo exchange offers and network events for the embedded default, dated from the first start and published
 * once, so that officers can apply and course managers can match at once.
 */
@ApplicationScoped
public class DemoExchange {

    private static final Logger LOG = Logger.getLogger(DemoExchange.class);

    @Inject
    ExchangeService exchange;

    @Inject
    NetworkEvents events;

    @Inject
    Clock clock;

    @ConfigProperty(name = "lms.demo.offerings", defaultValue = "false")
    boolean enabled;

    @ActivateRequestContext
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 960) StartupEvent event) {
        if (!enabled || ExchangeOffer.count() > 0) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        exchange.publish(
                new Offer(
                        "SHORT_TERM",
                        "GE",
                        "Patrol Police Department, Tbilisi",
                        "Risk profiling of migrant smuggling at land borders",
                        "migrant-smuggling",
                        2,
                        today.plusDays(45),
                        today.plusDays(49),
                        "en",
                        "Five days with the risk analysis unit at the Sarpi and Sadakhlo crossings: profiling, document"
                                + " checks and the handling of smuggled migrants as witnesses."),
                "marta.keller");
        exchange.publish(
                new Offer(
                        "LONG_TERM",
                        "UA",
                        "Cyber Police Department, Kyiv",
                        "Darknet drug markets and cryptocurrency tracing",
                        "drug-trafficking",
                        1,
                        today.plusDays(60),
                        today.plusDays(120),
                        "en",
                        "Two months in the darknet investigations unit, with a mentor, on live cases and open-source"
                                + " tracing tools."),
                "marta.keller");
        exchange.publish(
                new Offer(
                        "STUDY_VISIT",
                        "MD",
                        "General Police Inspectorate, Chisinau",
                        "Joint investigation teams on trafficking in human beings",
                        "trafficking-in-human-beings",
                        8,
                        today.plusDays(75),
                        today.plusDays(77),
                        "ro",
                        "A three-day study visit for a group of investigators and prosecutors: how Moldova set up"
                                + " and ran its JITs with EU Member States."),
                "marta.keller");
        LocalDateTime webinar = LocalDateTime.of(today.plusDays(20), LocalTime.of(9, 0));
        events.schedule(
                new NetworkEvents.Schedule(
                        "WEBINAR",
                        "Effective strategies for joint action day operations",
                        "drug-trafficking",
                        webinar,
                        webinar.plusHours(2),
                        null,
                        "https://meet.example.eu/topcop-jad",
                        "en",
                        300,
                        "1. What a joint action day is and who takes part. 2. Planning with Europol. 3. Lessons from"
                                + " recent JADs in the Eastern Partnership. 4. Questions."),
                "marta.keller");
        LocalDateTime workshop = LocalDateTime.of(today.plusDays(50), LocalTime.of(7, 0));
        events.schedule(
                new NetworkEvents.Schedule(
                        "WORKSHOP",
                        "EMPACT guidelines and strategic analysis for national experts",
                        null,
                        workshop,
                        workshop.plusHours(8),
                        "Police Academy, Yerevan",
                        null,
                        "ru",
                        30,
                        "Morning: the EMPACT cycle and operational action plans. Afternoon: strategic analysis and data"
                                + " exchange through SIENA, with exercises."),
                "marta.keller");
        LOG.info("Demo exchange offers and network events published");
    }
}
