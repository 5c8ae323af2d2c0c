package eu.topcop.learn.home;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import eu.topcop.learn.content.RecentImports;
import eu.topcop.learn.enrolment.CurrentPerson;
import eu.topcop.learn.enrolment.EnrolmentGlance;
import eu.topcop.learn.enrolment.EnrolmentQueries;
import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.home.HomeViews.Admin;
import eu.topcop.learn.home.HomeViews.Coordinator;
import eu.topcop.learn.home.HomeViews.Home;
import eu.topcop.learn.home.HomeViews.Manager;
import eu.topcop.learn.home.HomeViews.Part;
import eu.topcop.learn.home.HomeViews.Trainee;
import eu.topcop.learn.home.HomeViews.Trainer;
import eu.topcop.learn.insight.CoverageService;
import eu.topcop.learn.learning.LearningGlance;
import eu.topcop.learn.networks.discussions.NewThreads;
import eu.topcop.learn.platform.i18n.Language;
import eu.topcop.learn.platform.i18n.RequestLanguage;
import eu.topcop.learn.platform.outbox.Outbox;
import eu.topcop.learn.platform.outbox.OutboxMessage;
import eu.topcop.learn.platform.security.CurrentUser;
import eu.topcop.learn.platform.security.Roles;
import eu.topcop.learn.trainers.TrainerGlance;

/**
 * Assembles the signed-in person's home: a section for each role they hold, from the owning features' counts and
 * first few rows. Each section is a fixed number of statements, so the page costs the same with ten rows or ten
 * thousand.
 */
@RequestScoped
public class NextSteps {

    /** How many rows a list on the home page shows; the counts say how many more there are. */
    static final int FEW = 5;

    /** "Starting soon" for course managers: the coming month. */
    static final int SOON_DAYS = 30;

    @Inject
    CurrentUser user;

    @Inject
    CurrentPerson me;

    @Inject
    RequestLanguage language;

    @Inject
    Clock clock;

    @Inject
    LearningGlance learning;

    @Inject
    EnrolmentGlance enrolment;

    @Inject
    EnrolmentQueries applications;

    @Inject
    TrainerGlance trainers;

    @Inject
    RecentImports imports;

    @Inject
    CoverageService coverage;

    @Inject
    NewThreads threads;

    @Inject
    Outbox outbox;

    public Home home() {
        Person person = me.get();
        Language lang = language.get();
        LocalDate today = LocalDate.now(clock);
        Trainee trainee =
                user.hasRole(Roles.TRAINEE) || user.hasRole(Roles.TRAINER) ? trainee(person, today, lang) : null;
        Trainer trainer = user.hasRole(Roles.TRAINER) ? trainer(person, today, lang) : null;
        Coordinator coordinator = user.hasRole(Roles.NATIONAL_COORDINATOR) ? coordinator(person, today, lang) : null;
        Manager manager = user.hasRole(Roles.COURSE_MANAGER) ? manager(today, lang) : null;
        Admin admin = user.hasRole(Roles.ADMIN) ? admin(today) : null;
        return new Home(
                order(trainee, trainer, coordinator, manager, admin),
                trainee,
                trainer,
                coordinator,
                manager,
                admin,
                threads.of(person, FEW, lang));
    }

    private Trainee trainee(Person person, LocalDate today, Language lang) {
        return new Trainee(
                learning.inProgress(person, FEW, lang),
                learning.nextQuizDeadline(person, lang),
                enrolment.nextDeadline(person, today, lang),
                applications.mine(person, 0, FEW, lang),
                learning.certificates(person));
    }

    private Trainer trainer(Person person, LocalDate today, Language lang) {
        return new Trainer(
                trainers.toReport(person, today, FEW, lang), trainers.trainsNext(user.username(), today, FEW, lang));
    }

    private Coordinator coordinator(Person person, LocalDate today, Language lang) {
        String country = person.country;
        return new Coordinator(
                country,
                country == null ? "" : new Locale("", country).getDisplayCountry(lang.locale()),
                enrolment.awaitingEndorsement(country, FEW, lang),
                enrolment.nominationsPending(country),
                enrolment.quotaUse(country, today, FEW, lang),
                coverage.glance(country).orElse(null));
    }

    private Manager manager(LocalDate today, Language lang) {
        return new Manager(
                enrolment.decisionsPending(user.username(), FEW, lang),
                enrolment.startingSoon(user.username(), today, today.plusDays(SOON_DAYS), FEW, lang),
                imports.latest(3),
                user.hasRole(Roles.CONTENT_AUTHOR) || user.hasRole(Roles.ADMIN));
    }

    private Admin admin(LocalDate today) {
        Map<OutboxMessage.Status, Long> counts = outbox.counts();
        return new Admin(
                counts.getOrDefault(OutboxMessage.Status.PENDING, 0L),
                counts.getOrDefault(OutboxMessage.Status.FAILED, 0L),
                trainers.roleSync(),
                enrolment.gateChecksOverdue(today),
                imports.latest(3));
    }

    /** The sections that apply, those with most to do first; equal ones in the order of {@link Part}. */
    private static List<Part> order(
            Trainee trainee, Trainer trainer, Coordinator coordinator, Manager manager, Admin admin) {
        record Ranked(Part part, long todo) {}
        List<Ranked> ranked = new ArrayList<>();
        if (manager != null) {
            ranked.add(new Ranked(Part.MANAGER, manager.todo()));
        }
        if (coordinator != null) {
            ranked.add(new Ranked(Part.COORDINATOR, coordinator.todo()));
        }
        if (trainer != null) {
            ranked.add(new Ranked(Part.TRAINER, trainer.todo()));
        }
        if (trainee != null) {
            ranked.add(new Ranked(Part.TRAINEE, trainee.todo()));
        }
        if (admin != null) {
            ranked.add(new Ranked(Part.ADMIN, admin.todo()));
        }
        return ranked.stream()
                .sorted(Comparator.comparingLong(Ranked::todo).reversed())
                .map(Ranked::part)
                .toList();
    }
}
