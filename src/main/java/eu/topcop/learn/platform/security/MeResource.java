package eu.topcop.learn.platform.security;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import eu.topcop.learn.platform.i18n.Language;
import eu.topcop.learn.platform.i18n.LanguageService;
import eu.topcop.learn.platform.i18n.RequestLanguage;
import eu.topcop.learn.platform.time.ReaderZone;
import eu.topcop.learn.platform.time.TimeZoneService;
import eu.topcop.learn.platform.time.Zones;
import eu.topcop.learn.platform.web.DomainException;
import io.quarkus.security.Authenticated;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Who the caller is, as the LMS sees them, and their language. */
@Path("/api/me")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Me")
public class MeResource {

    @Inject
    CurrentUser user;

    @Inject
    RequestLanguage language;

    @Inject
    LanguageService languages;

    @Inject
    ReaderZone readerZone;

    @Inject
    TimeZoneService zones;

    public record Me(
            String subject,
            String username,
            String name,
            String email,
            boolean emailVerified,
            List<String> roles,
            String country,
            String language,

            @org.eclipse.microprofile.openapi.annotations.media.Schema(
                    description = "IANA time zone in which times are shown to the caller")
            String timeZone,

            @org.eclipse.microprofile.openapi.annotations.media.Schema(
                    description = "false while the zone is the one of the caller's country")
            boolean timeZoneChosen) {}

    public record LanguageChoice(
            // The pattern bounds the length; the API description says so for clients.
            @NotNull
            @NotBlank
            @Pattern(regexp = "[a-z]{2}", message = "must be a two-letter language code")
            @org.eclipse.microprofile.openapi.annotations.media.Schema(maxLength = 2)
            String language) {}

    public record TimeZoneChoice(
            @Size(max = Zones.MAX_ID)
            @org.eclipse.microprofile.openapi.annotations.media.Schema(
                    description = "an IANA zone id such as Asia/Tbilisi; null or empty for the country's zone",
                    maxLength = Zones.MAX_ID)
            String timeZone) {}

    @GET
    @Authenticated
    @Operation(summary = "The signed-in caller: name, roles, country, language and time zone")
    public Me me() {
        return new Me(
                user.subject().orElse(null),
                user.username(),
                user.displayName(),
                user.email().orElse(null),
                user.emailVerified(),
                user.roles(),
                user.country().orElse(null),
                language.get().code(),
                Zones.idOf(readerZone.zone()),
                readerZone.chosen());
    }

    @PUT
    @Path("time-zone")
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Choose the caller's time zone for pages and notices, or go back to the country's")
    public Me chooseTimeZone(@Valid @NotNull TimeZoneChoice choice) {
        String typed = choice.timeZone() == null ? "" : choice.timeZone().strip();
        Optional<ZoneId> zone = Zones.of(typed);
        if (!typed.isEmpty() && zone.isEmpty()) {
            throw new DomainException.RuleViolation(
                    "timeZone", "Unknown time zone; use an IANA zone id such as Europe/Kyiv");
        }
        String subject = user.subject()
                .orElseThrow(() -> new DomainException.RuleViolation("subject", "The token names no subject"));
        zones.choose(subject, zone);
        readerZone.switchTo(zone.orElseGet(() -> Zones.ofCountry(user.country().orElse(null))));
        return me();
    }

    @PUT
    @Path("language")
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Remember the caller's language for pages, e-mails and API texts")
    public Me chooseLanguage(@Valid @NotNull LanguageChoice choice) {
        Language chosen = Language.of(choice.language())
                .orElseThrow(() -> new DomainException.RuleViolation(
                        "language",
                        "Unsupported language '" + choice.language() + "'; use one of en, ru, uk, ka, hy, az, ro"));
        String subject = user.subject()
                .orElseThrow(() -> new DomainException.RuleViolation("subject", "The token names no subject"));
        languages.remember(subject, chosen);
        language.switchTo(chosen);
        return me();
    }
}
