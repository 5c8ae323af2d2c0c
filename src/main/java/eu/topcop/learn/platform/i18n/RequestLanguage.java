package eu.topcop.learn.platform.i18n;

import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import eu.topcop.learn.platform.security.CurrentUser;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.Context;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The language of this request: the signed-in person's remembered choice, else the choice kept in a cookie
 * (visitors), else the best match of the browser's languages, else English.
 */
@RequestScoped
public class RequestLanguage {

    @Inject
    CurrentUser currentUser;

    @Inject
    LanguageService languages;

    @Inject
    CurrentVertxRequest request;

    @ConfigProperty(name = "lms.language.cookie-name")
    String cookieName;

    private Language resolved;

    public Language get() {
        if (resolved == null) {
            resolved = resolve();
        }
        return resolved;
    }

    public Locale locale() {
        return get().locale();
    }

    /** Takes effect for the rest of this request, so the page that follows a switch is already in it. */
    public void switchTo(Language language) {
        resolved = language;
    }

    private Language resolve() {
        // The database is not read on the IO thread (errors answered before a route runs); the cookie that
        // the language switcher also sets carries the choice there.
        if (currentUser.isSignedIn() && !Context.isOnEventLoopThread()) {
            var remembered = currentUser.subject().flatMap(languages::preferredLanguage);
            if (remembered.isPresent()) {
                return remembered.get();
            }
        }
        RoutingContext context = request.getCurrent();
        if (context == null) {
            return Language.ENGLISH;
        }
        return ofVisitor(context.request(), cookieName);
    }

    /**
     * The language of a visitor who may not be signed in: the switcher's cookie, else the browser's languages.
     * For answers given before a request reaches the application (platform.web.HttpLimits).
     */
    public static Language ofVisitor(io.vertx.core.http.HttpServerRequest request, String cookieName) {
        Cookie cookie = request.getCookie(cookieName);
        if (cookie != null) {
            var chosen = Language.of(cookie.getValue());
            if (chosen.isPresent()) {
                return chosen.get();
            }
        }
        return fromAcceptLanguage(request.getHeader("Accept-Language"));
    }

    static Language fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return Language.ENGLISH;
        }
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(header);
            List<Locale> supported =
                    Language.SUPPORTED.stream().map(Language::locale).toList();
            Locale best = Locale.lookup(ranges, supported);
            return best == null
                    ? Language.ENGLISH
                    : Language.of(best.getLanguage()).orElse(Language.ENGLISH);
        } catch (IllegalArgumentException malformed) {
            return Language.ENGLISH;
        }
    }
}
