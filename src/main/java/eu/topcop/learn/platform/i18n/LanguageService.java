package eu.topcop.learn.platform.i18n;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Remembers each signed-in person's language, so that it follows them from device to device. */
@ApplicationScoped
public class LanguageService {

    @Inject
    Clock clock;

    public Optional<Language> preferredLanguage(String subject) {
        return RememberedPreferences.of(subject).flatMap(p -> Language.of(p.language()));
    }

    @Transactional
    public void remember(String subject, Language language) {
        UserPreference preference = UserPreference.of(subject);
        preference.chooseLanguage(language, Instant.now(clock));
        preference.persist();
        RememberedPreferences.changed(subject);
    }
}
