package eu.topcop.learn.platform.time;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import eu.topcop.learn.platform.i18n.RequestLanguage;
import eu.topcop.learn.platform.security.CurrentUser;
import io.vertx.core.Context;

/**
 * The reader of this request as the clock sees them: their zone (chosen, else their country's, else UTC for
 * visitors) and the language their dates are written in.
 */
@RequestScoped
public class ReaderZone {

    @Inject
    CurrentUser user;

    @Inject
    RequestLanguage language;

    @Inject
    TimeZoneService zones;

    private ZoneId zone;

    public ZoneId zone() {
        if (zone == null) {
            zone = resolve();
        }
        return zone;
    }

    /** Whether the zone is the person's own choice rather than their country's. */
    public boolean chosen() {
        return user.isSignedIn()
                && !Context.isOnEventLoopThread()
                && user.subject().flatMap(zones::chosenZone).isPresent();
    }

    public ReaderTime time() {
        return ReaderTime.of(zone(), language.locale());
    }

    /** A time the reader typed (a form's date and time, in their zone) as the UTC the application stores. */
    public LocalDateTime utcOf(LocalDateTime typed) {
        return typed == null
                ? null
                : typed.atZone(zone()).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
    }

    /** Takes effect for the rest of this request, so the page that follows a choice already shows it. */
    public void switchTo(ZoneId chosen) {
        zone = chosen;
    }

    private ZoneId resolve() {
        if (!user.isSignedIn()) {
            return ZoneOffset.UTC;
        }
        // The database is not read on the IO thread (errors answered before a route runs): the country's zone there.
        if (Context.isOnEventLoopThread()) {
            return Zones.ofCountry(user.country().orElse(null));
        }
        return zones.zoneOf(user.subject().orElse(null), user.country().orElse(null));
    }
}
