package eu.topcop.learn.platform.web;

import java.net.URI;
import java.net.URISyntaxException;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import eu.topcop.learn.platform.i18n.Language;
import eu.topcop.learn.platform.i18n.LanguageService;
import eu.topcop.learn.platform.security.CurrentUser;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The language switcher of every page: remembers the choice and returns to the page it came from. */
@Path("/language")
public class LanguageResource {

    /** Longer than any page address of the site; a longer one is not a page to return to. */
    static final int MAX_RETURN_PATH = 2000;

    @Inject
    CurrentUser user;

    @Inject
    LanguageService languages;

    @ConfigProperty(name = "lms.language.cookie-name")
    String cookieName;

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response choose(@FormParam("lang") String code, @FormParam("returnTo") String returnTo) {
        Language language = Language.of(code)
                .orElseThrow(() -> new DomainException.RuleViolation("lang", "Unknown language: " + code));
        if (user.isSignedIn()) {
            user.subject().ifPresent(subject -> languages.remember(subject, language));
        }
        NewCookie cookie = new NewCookie.Builder(cookieName)
                .value(language.code())
                .path("/")
                .maxAge(60 * 60 * 24 * 365)
                .sameSite(NewCookie.SameSite.LAX)
                .build();
        return Response.seeOther(URI.create(safeReturnPath(returnTo)))
                .cookie(cookie)
                .build();
    }

    /**
     * Only a path on this site: an open redirect would let a phishing link borrow the LMS's address. The path is
     * read as a URI reference, so a value the URI grammar refuses falls back to the landing page instead of
     * failing the request. Whitespace and control characters are refused before that: browsers drop tabs and
     * line breaks from a Location, so {@code /\t/evil.example} would arrive as {@code //evil.example}.
     */
    static String safeReturnPath(String returnTo) {
        if (returnTo == null || returnTo.isEmpty() || returnTo.length() > MAX_RETURN_PATH) {
            return "/";
        }
        for (int i = 0; i < returnTo.length(); i++) {
            char c = returnTo.charAt(i);
            if (c <= ' ' || c == 0x7f || c == '\\' || Character.isWhitespace(c) || Character.isISOControl(c)) {
                return "/";
            }
        }
        if (!returnTo.startsWith("/") || returnTo.startsWith("//")) {
            return "/";
        }
        try {
            URI uri = new URI(returnTo);
            boolean local = uri.getScheme() == null
                    && uri.getRawAuthority() == null
                    && uri.getRawPath() != null
                    && uri.getRawPath().startsWith("/")
                    && !uri.getRawPath().startsWith("//");
            return local ? uri.toString() : "/";
        } catch (URISyntaxException notAUri) {
            return "/";
        }
    }
}
