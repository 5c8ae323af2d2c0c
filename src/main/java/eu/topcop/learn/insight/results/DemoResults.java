package eu.topcop.learn.insight.results;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;

import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.insight.results.ResultViews.ResultRequest;
import eu.topcop.learn.insight.results.ResultsViewer.Scope;
import eu.topcop.learn.insight.results.ResultsViewer.Viewer;
import io.quarkus.runtime.StartupEvent;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Fictitious operational results of Georgia for the embedded default, seeded once at the first start (with the
 * other demo data, {@code lms.demo.offerings}): recorded by the demo coordinator {@value #COORDINATOR}, with five
 * officers on the drug trafficking results so that their figures show, a restricted seizure, and one result that
 * {@code nino.beridze} proposed and that waits for the coordinator's decision.
 */
@ApplicationScoped
public class DemoResults {

    private static final Logger LOG = Logger.getLogger(DemoResults.class);

    static final String COORDINATOR = "giorgi.kapanadze";

    /** Demo accounts (claimed at their first sign-in by their verified e-mail) and fictitious officers without one. */
    private static final List<String[]> PEOPLE = List.of(
            new String[] {COORDINATOR, "Giorgi Kapanadze", "National Coordination Office"},
            new String[] {"levan.gelashvili", "Levan Gelashvili", "Criminal Police Department"},
            new String[] {"nino.beridze", "Nino Beridze", "Border Police of Georgia"},
            new String[] {null, "Tamar Kobakhidze (demo)", "Criminal Police Department"},
            new String[] {null, "Davit Lomidze (demo)", "Patrol Police Department"},
            new String[] {null, "Ana Japaridze (demo)", "Revenue Service, Customs"},
            new String[] {null, "Irakli Tsiklauri (demo)", "Central Criminal Police"});

    @Inject
    ResultService results;

    @Inject
    Clock clock;

    @ConfigProperty(name = "lms.demo.offerings", defaultValue = "false")
    boolean enabled;

    @ActivateRequestContext
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 980) StartupEvent event) {
        if (!enabled || OperationalResult.count() > 0) {
            return;
        }
        int recorded = seed();
        LOG.infof(
                "%d demo operational results of Georgia recorded (fictitious), one waiting for %s",
                recorded, COORDINATOR);
    }

    /** Records the demo results; returns how many. */
    int seed() {
        List<Long> p = people();
        Viewer giorgi = new Viewer(p.get(0), Scope.COUNTRY, "GE");
        LocalDate today = LocalDate.now(clock);
        long levan = p.get(1);
        long nino = p.get(2);
        long tamar = p.get(3);
        long davit = p.get(4);
        long ana = p.get(5);
        long irakli = p.get(6);
        results.record(
                request(
                        ResultKind.OPERATIONAL_ACTION,
                        today.minusMonths(5),
                        "drug-trafficking",
                        "empact-2026-drug-trafficking",
                        "OA 3.2",
                        "Controlled delivery of cocaine from the port of Poti, coordinated with two Member States",
                        "MIA-GE/OA/2026-031",
                        List.of(levan, tamar, davit),
                        null,
                        null,
                        false),
                giorgi);
        results.record(
                request(
                        ResultKind.JOINT_ACTION_DAY,
                        today.minusMonths(3),
                        "drug-trafficking",
                        "empact-2026-drug-trafficking",
                        null,
                        "Joint Action Day on synthetic drug precursors at the Sarpi and Kazbegi border crossings",
                        "MIA-GE/JAD/2026-014",
                        List.of(levan, tamar, davit, ana, irakli),
                        null,
                        null,
                        false),
                giorgi);
        results.record(
                request(
                        ResultKind.ARRESTS,
                        today.minusMonths(3),
                        "drug-trafficking",
                        null,
                        null,
                        "Arrests after the Joint Action Day on precursors",
                        "Case 0114-26-0073",
                        List.of(davit, ana, irakli),
                        7,
                        null,
                        false),
                giorgi);
        results.record(
                request(
                        ResultKind.ASSETS,
                        today.minusMonths(2),
                        "drug-trafficking",
                        null,
                        null,
                        "Cash and two vehicles seized from the network's courier",
                        "Case 0114-26-0073/FIN",
                        List.of(tamar, irakli),
                        null,
                        new BigDecimal("185000.00"),
                        true),
                giorgi);
        results.record(
                request(
                        ResultKind.JOINT_INVESTIGATION_TEAM,
                        today.minusMonths(6),
                        "trafficking-in-human-beings",
                        null,
                        null,
                        "Joint investigation team with Türkiye on labour exploitation",
                        "JIT-GE-TR/2025-02",
                        List.of(nino, ana),
                        null,
                        null,
                        false),
                giorgi);
        // Nino proposes a result of her own: it waits for Giorgi.
        results.record(
                request(
                        ResultKind.CROSS_BORDER_CASE,
                        today.minusMonths(1),
                        "migrant-smuggling",
                        null,
                        null,
                        "Case opened with Armenia on forged documents at the Sadakhlo crossing",
                        "Case 0457-26-0012",
                        List.of(),
                        2,
                        null,
                        false),
                new Viewer(nino, Scope.OWN, "GE"));
        return 6;
    }

    @Transactional
    List<Long> people() {
        List<Long> ids = new ArrayList<>();
        Instant now = Instant.now(clock);
        for (String[] p : PEOPLE) {
            Person person = p[0] == null
                    ? Person.<Person>find("name = ?1 and country = 'GE'", p[1]).firstResult()
                    : Person.<Person>find("email", p[0] + "@demo.topcop.eu").firstResult();
            if (person == null) {
                person = new Person();
                person.username = p[0];
                person.email = p[0] == null ? null : p[0] + "@demo.topcop.eu";
                person.name = p[1];
                person.country = "GE";
                person.agency = p[2];
                person.createdAt = now;
                person.updatedAt = now;
                person.persist();
            }
            ids.add(person.id);
        }
        return ids;
    }

    private static ResultRequest request(
            ResultKind kind,
            LocalDate day,
            String priority,
            String empact,
            String action,
            String description,
            String evidence,
            List<Long> officers,
            Integer count,
            BigDecimal amount,
            boolean restricted) {
        return new ResultRequest(
                kind, day, description, evidence, priority, empact, action, null, officers, count, amount, restricted);
    }
}
