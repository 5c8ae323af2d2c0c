package eu.topcop.learn.platform.web;

import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import eu.topcop.learn.platform.i18n.AppMessages;
import eu.topcop.learn.platform.i18n.Language;
import eu.topcop.learn.platform.i18n.RequestLanguage;
import eu.topcop.learn.platform.security.CurrentUser;
import eu.topcop.learn.platform.security.Roles;
import eu.topcop.learn.platform.time.ReaderZone;
import eu.topcop.learn.platform.time.TimeFormats;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.Context;

/**
 * What the shared layout shows on every page ({@code inject:page} in templates): who is signed in, their
 * roles and country, the language, the navigation their roles open, and the CSRF token for forms.
 */
@Named("page")
@RequestScoped
public class PageContext {

    @Inject
    CurrentUser user;

    @Inject
    RequestLanguage language;

    @Inject
    Csrf csrf;

    @Inject
    CurrentVertxRequest request;

    @Inject
    Instance<UnreadNotifications> unreadNotifications;

    @Inject
    ReaderZone readerZone;

    private Long unread;

    public boolean signedIn() {
        return user.isSignedIn();
    }

    /**
     * The signed-in person's unread notifications, counted once per page; 0 for anonymous visitors, and on the IO
     * thread (an error page answered before a route runs may not read the database), where the link shows no count.
     */
    public long unreadNotifications() {
        if (unread == null) {
            unread = user.isSignedIn() && !Context.isOnEventLoopThread() && unreadNotifications.isResolvable()
                    ? unreadNotifications.get().of(user.subject().orElse(null), user.username())
                    : 0L;
        }
        return unread;
    }

    public String displayName() {
        return user.isSignedIn() ? user.displayName() : "";
    }

    /** The person's roles, named in the page's language. */
    public String roleNames() {
        AppMessages msg = messages();
        return String.join(
                ", ", user.roles().stream().map(r -> roleName(msg, r)).toList());
    }

    /** The person's country, named in the page's language (the JDK's CLDR data has all seven languages). */
    public String countryName() {
        return user.country()
                .map(code -> new Locale("", code).getDisplayCountry(language.locale()))
                .orElse("");
    }

    public boolean courseManager() {
        return user.hasRole(Roles.COURSE_MANAGER) || user.hasRole(Roles.ADMIN);
    }

    public boolean applicant() {
        return user.hasRole(Roles.TRAINEE) || user.hasRole(Roles.TRAINER);
    }

    public boolean coordinator() {
        return user.hasRole(Roles.NATIONAL_COORDINATOR);
    }

    public boolean trainer() {
        return user.hasRole(Roles.TRAINER);
    }

    public boolean contentAuthor() {
        return user.hasRole(Roles.CONTENT_AUTHOR) || user.hasRole(Roles.ADMIN);
    }

    public boolean admin() {
        return user.hasRole(Roles.ADMIN);
    }

    public String lang() {
        return language.get().code();
    }

    /** The signed-in person's username, for pages that show a person their own things. */
    public String username() {
        return user.isSignedIn() ? user.username() : "";
    }

    /** The reader's time zone: their choice, else their country's; templates print times with {@link TimeFormats}. */
    public java.time.ZoneId zone() {
        return readerZone.zone();
    }

    /** The reader's time zone, named in their language ("Georgia Time"), for the link to change it. */
    public String zoneName() {
        return readerZone.time().zoneName(readerZone.zone());
    }

    /** The reader's language as a locale; dates are printed with {@link TimeFormats}, not with it. */
    public java.util.Locale locale() {
        return language.get().locale();
    }

    public List<Language> languages() {
        return Language.SUPPORTED;
    }

    public String csrfToken() {
        return csrf.token();
    }

    public String csrfField() {
        return Csrf.FORM_FIELD;
    }

    /** JSON for htmx's {@code hx-headers}, so that htmx requests carry the token too. */
    public String csrfHeaders() {
        return "{\"" + Csrf.HEADER + "\": \"" + csrf.token() + "\"}";
    }

    /** The path and query of this page, for forms that come back to it (the language switcher). */
    public String here() {
        if (request.getCurrent() == null) {
            return "/";
        }
        String uri = request.getCurrent().request().uri();
        return uri == null || uri.isBlank() ? "/" : uri;
    }

    private AppMessages messages() {
        return MessageBundles.get(
                AppMessages.class, Localized.Literal.of(language.get().code()));
    }

    static String roleName(AppMessages msg, String role) {
        return switch (role) {
            case Roles.TRAINEE -> msg.role_trainee();
            case Roles.TRAINER -> msg.role_trainer();
            case Roles.NATIONAL_COORDINATOR -> msg.role_national_coordinator();
            case Roles.COURSE_MANAGER -> msg.role_course_manager();
            case Roles.CONTENT_AUTHOR -> msg.role_content_author();
            case Roles.ADMIN -> msg.role_admin();
            default -> role;
        };
    }
}
