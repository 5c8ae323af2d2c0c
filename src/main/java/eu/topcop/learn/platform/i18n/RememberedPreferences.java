package eu.topcop.learn.platform.i18n;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;

import io.quarkus.arc.Arc;
import io.quarkus.arc.Unremovable;

/**
 * A person's remembered language and time zone, read once a request: every page needs both (the language of its
 * words, the zone of its times), and read apart they were two reads of the same row on every page (issue 17, P2).
 * Outside a request (a job mailing someone) the row is read on each use. A choice made in the request is read again.
 */
@RequestScoped
@Unremovable // looked up, never injected
public class RememberedPreferences {

    /** What is remembered of one person: either may be null. */
    public record Remembered(String language, String timeZone) {}

    private final Map<String, Optional<Remembered>> read = new HashMap<>();

    /** The person's remembered preferences, if they chose any. */
    public static Optional<Remembered> of(String subject) {
        if (!Arc.container().requestContext().isActive()) {
            return load(subject);
        }
        return Arc.container().instance(RememberedPreferences.class).get().find(subject);
    }

    /** After a choice: the rest of the request reads what was chosen. */
    public static void changed(String subject) {
        if (Arc.container().requestContext().isActive()) {
            Arc.container().instance(RememberedPreferences.class).get().forget(subject);
        }
    }

    // Methods, not the field: what the container hands out is a proxy to this request's instance.
    Optional<Remembered> find(String subject) {
        return read.computeIfAbsent(subject, RememberedPreferences::load);
    }

    void forget(String subject) {
        read.remove(subject);
    }

    private static Optional<Remembered> load(String subject) {
        return Optional.ofNullable(UserPreference.<UserPreference>findById(subject))
                .map(p -> new Remembered(p.language, p.timeZone));
    }
}
