package eu.topcop.learn.catalogue;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;

import io.quarkus.runtime.StartupEvent;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Demo offerings for the embedded default, dated from today so that the demo never goes stale: online
 * Independent Learning Phases open for applications, regional trainings in each partner capital (one with its
 * applications closed), train-the-trainer courses whose applications open later. Published once, by the demo
 * course manager, after the content import (a later start-up observer), and only into an empty catalogue.
 */
@ApplicationScoped
class DemoOfferings {

    private static final Logger LOG = Logger.getLogger(DemoOfferings.class);

    private record Venue(String place, String country) {}

    private static final List<Venue> VENUES = List.of(
            new Venue("Police Academy of the Ministry of Internal Affairs, Tbilisi", "GE"),
            new Venue("“Ștefan cel Mare” Academy of the Ministry of Internal Affairs, Chișinău", "MD"),
            new Venue("National Academy of Internal Affairs, Kyiv", "UA"),
            new Venue("Police Education Complex, Yerevan", "AM"),
            new Venue("Police Academy of the Ministry of Internal Affairs, Baku", "AZ"),
            new Venue("CEPOL, Budapest", "HU"));

    private static final List<String> PRIORITIES = List.of("drugs", "firearms", "smuggling", "thb", "ocse", "property");

    @Inject
    OfferingService offerings;

    @Inject
    Clock clock;

    @ConfigProperty(name = "lms.demo.offerings", defaultValue = "false")
    boolean enabled;

    @ConfigProperty(name = "lms.demo.course-manager", defaultValue = "marta.keller")
    String manager;

    @ConfigProperty(name = "lms.demo.course-manager-name", defaultValue = "Marta Keller")
    String managerName;

    @ActivateRequestContext
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 900) StartupEvent event) {
        if (!enabled || Offering.count() > 0 || Course.count() == 0) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        int published = 0;
        for (int i = 0; i < PRIORITIES.size(); i++) {
            String p = PRIORITIES.get(i);
            Venue venue = VENUES.get(i);
            Venue next = VENUES.get((i + 1) % VENUES.size());
            LocalDate ilp = today.plusDays(21 + 7L * i);
            LocalDate regional = today.plusDays(75 + 14L * i);
            LocalDate tot = today.plusDays(140 + 14L * i);
            published += publish(online(p + "-independent-learning", ilp, 42, "en", today.minusDays(14)));
            published += publish(online(p + "-independent-learning", ilp.plusDays(1), 42, "ru", today.minusDays(14)));
            published += publish(faceToFace(
                    p + "-regional-training",
                    regional,
                    5,
                    venue,
                    25,
                    "en",
                    today.minusDays(7),
                    regional.minusDays(35)));
            published += publish(faceToFace(
                    p + "-train-the-trainer", tot, 4, next, 16, "ru", today.plusDays(14), tot.minusDays(28)));
            if (i < 2) {
                LocalDate soon = today.plusDays(10 + i);
                published += publish(faceToFace(
                        p + "-regional-training", soon, 5, next, 24, "en", today.minusDays(60), today.minusDays(5)));
            }
        }
        LOG.infof("Published %d demo offerings, managed by %s", published, manager);
    }

    private int publish(OfferingForm form) {
        try {
            offerings.publish(form, manager, managerName);
            return 1;
        } catch (OfferingRejected e) {
            LOG.warnf("Demo offering of %s not published: %s", form.course(), e.getMessage());
            return 0;
        }
    }

    private static OfferingForm online(String course, LocalDate start, int days, String language, LocalDate open) {
        return new OfferingForm(
                course, start, start.plusDays(days - 1), true, null, null, 60, language, open, start.minusDays(1));
    }

    private static OfferingForm faceToFace(
            String course,
            LocalDate start,
            int days,
            Venue venue,
            int capacity,
            String language,
            LocalDate open,
            LocalDate close) {
        return new OfferingForm(
                course,
                start,
                start.plusDays(days - 1),
                false,
                venue.place(),
                venue.country(),
                capacity,
                language,
                open,
                close);
    }
}
