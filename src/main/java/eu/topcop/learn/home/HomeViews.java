package eu.topcop.learn.home;

import java.util.List;

import eu.topcop.learn.content.RecentImports;
import eu.topcop.learn.enrolment.EnrolmentGlance;
import eu.topcop.learn.enrolment.EnrolmentViews.ApplicationView;
import eu.topcop.learn.insight.OtnaViews;
import eu.topcop.learn.learning.LearningGlance;
import eu.topcop.learn.networks.discussions.NewThreads;
import eu.topcop.learn.platform.web.ResultPage;
import eu.topcop.learn.trainers.TrainerGlance;

/** What the home page shows: a section per role the person holds, each the owning features' small aggregates. */
public final class HomeViews {

    private HomeViews() {}

    /** The sections, in the order the page shows those that apply. */
    public enum Part {
        MANAGER,
        COORDINATOR,
        TRAINER,
        TRAINEE,
        ADMIN;

        // Named tests for the template, which compares enum constants only in a switch of its own.
        public boolean manager() {
            return this == MANAGER;
        }

        public boolean coordinator() {
            return this == COORDINATOR;
        }

        public boolean trainer() {
            return this == TRAINER;
        }

        public boolean trainee() {
            return this == TRAINEE;
        }

        public boolean admin() {
            return this == ADMIN;
        }
    }

    public record Trainee(
            LearningGlance.InProgress learning,
            LearningGlance.QuizDue quiz,
            EnrolmentGlance.Deadline deadline,
            ResultPage<ApplicationView> applications,
            long certificates) {

        /** Nothing started, applied for or earned: the page points to the catalogue instead. */
        public boolean isEmpty() {
            return learning.total() == 0 && applications.total() == 0 && certificates == 0 && quiz == null;
        }

        public long todo() {
            return learning.total() + (quiz == null ? 0 : 1) + (deadline == null ? 0 : 1);
        }
    }

    public record Trainer(TrainerGlance.Reports reports, List<TrainerGlance.Training> next) {

        public long todo() {
            return reports.total();
        }
    }

    public record Coordinator(
            String country,
            String countryName,
            EnrolmentGlance.Endorsements endorsements,
            long nominations,
            List<EnrolmentGlance.QuotaLine> quotas,
            OtnaViews.CoverageGlance coverage) {

        public long todo() {
            return endorsements.total();
        }
    }

    public record Manager(
            EnrolmentGlance.Pending pending,
            List<EnrolmentGlance.Starting> starting,
            List<RecentImports.Run> imports,
            boolean importsLinked) {

        public long todo() {
            return pending.total();
        }
    }

    public record Admin(
            long outboxPending,
            long outboxFailed,
            TrainerGlance.RoleSync roleSync,
            long gateChecksOverdue,
            List<RecentImports.Run> imports) {

        public long todo() {
            return outboxFailed + roleSync.failing() + gateChecksOverdue;
        }
    }

    /** The person's home: the sections that apply (others null), in {@code order}, and their networks' threads. */
    public record Home(
            List<Part> order,
            Trainee trainee,
            Trainer trainer,
            Coordinator coordinator,
            Manager manager,
            Admin admin,
            List<NewThreads.Latest> threads) {}
}
