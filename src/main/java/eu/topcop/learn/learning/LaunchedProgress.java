package eu.topcop.learn.learning;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import eu.topcop.learn.learning.StatementStore.Verb;
import eu.topcop.learn.lrs.LaunchTargets;
import eu.topcop.learn.lrs.LaunchedStatement;

/**
 * The rule for statements from outside (README, "xAPI LRS"): a statement that names one of our modules' activities
 * counts toward that module's progress only when content the system launched sent it with the learner's launch
 * credential, in the registration of the learner's attempt at the module; and then only as the player itself
 * counts: an {@code experienced} or {@code completed} lesson of that module marks it read, in order, once. A bare
 * LRS client's statements are stored and readable but never count, and no outside statement passes a quiz or
 * completes a module: the system scores quizzes itself, and a credential that lives in the learner's browser must not
 * claim more than the learner's own "done, next" can.
 */
@ApplicationScoped
public class LaunchedProgress implements LaunchTargets {

    static final Set<String> READ = Set.of(Verb.EXPERIENCED.id, Verb.COMPLETED.id);

    @Inject
    EntityManager em;

    @Inject
    StatementStore statements;

    @Inject
    LearningService learning;

    /** A module attempt is the learner's own; the activity is the module or one of its lessons. */
    @Override
    public boolean owns(long personId, String registration, String activity) {
        String module = moduleOf(personId, registration);
        if (module == null) {
            return false;
        }
        String id = statements.module(module, module).id();
        return activity.equals(id) || activity.startsWith(id + "/lessons/");
    }

    void onLaunched(@Observes LaunchedStatement statement) {
        if (!READ.contains(statement.verb()) || statement.activity() == null) {
            return;
        }
        String module = moduleOf(statement.personId(), statement.registration());
        if (module == null) {
            return;
        }
        String lessons = statements.module(module, module).id() + "/lessons/";
        if (!statement.activity().startsWith(lessons)) {
            return;
        }
        int position;
        try {
            position = Integer.parseInt(statement.activity().substring(lessons.length()));
        } catch (NumberFormatException notALesson) {
            return;
        }
        ModuleProgress.locked(statement.personId(), module)
                .ifPresent(progress -> learning.readLaunched(progress, position));
    }

    private String moduleOf(long personId, String registration) {
        List<?> rows = em.createNativeQuery(
                        "SELECT module_code FROM module_progress WHERE registration = :r AND person_id = :p")
                .setParameter("r", registration)
                .setParameter("p", personId)
                .getResultList();
        return rows.isEmpty() ? null : rows.get(0).toString();
    }
}
