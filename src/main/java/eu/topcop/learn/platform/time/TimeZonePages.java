package eu.topcop.learn.platform.time;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import eu.topcop.learn.platform.security.CurrentUser;
import eu.topcop.learn.platform.web.DomainException;
import eu.topcop.learn.platform.web.PageForms;
import eu.topcop.learn.platform.web.Refusal;
import eu.topcop.learn.platform.web.Refusals;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import org.jboss.resteasy.reactive.RestForm;

/** A person's time zone on a page: their country's unless they choose another. */
@Path("/me/time-zone")
@Produces(MediaType.TEXT_HTML)
public class TimeZonePages {

    /** The form as it is shown: the zone in the select (empty = the country's), and whether it was just saved. */
    public record Form(String zone, boolean saved) {

        public boolean selected(String id) {
            return id.equals(zone);
        }

        public boolean fromCountry() {
            return zone == null || zone.isEmpty();
        }
    }

    /** A zone as the select offers it: its id, and its name in the reader's language beside it. */
    public record Choice(String id, String label) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance zone(
                Form form, String countryZone, String now, List<Choice> likely, List<Choice> all, Refusal refusal);
    }

    @Inject
    CurrentUser user;

    @Inject
    ReaderZone reader;

    @Inject
    TimeZoneService zones;

    @Inject
    Clock clock;

    @Inject
    Refusals refusals;

    static final Refusals.Labels LABELS = new Refusals.Labels(TimeMessages.class, "f_");

    @GET
    @Authenticated
    public TemplateInstance show(@QueryParam("saved") @Pattern(regexp = "1") String saved) {
        String chosen = subject().flatMap(zones::chosenZone).map(Zones::idOf).orElse("");
        return page(new Form(chosen, saved != null), Refusal.none());
    }

    @POST
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response choose(@RestForm String zone) {
        String typed = zone == null ? "" : zone.strip();
        // An unknown zone is shown back in the select as typed, cut to what a zone id can be.
        String shown = typed.length() > Zones.MAX_ID ? typed.substring(0, Zones.MAX_ID) : typed;
        return refusals.attempt(
                LABELS,
                () -> {
                    Optional<ZoneId> chosen = Zones.of(typed);
                    if (!typed.isEmpty() && chosen.isEmpty()) {
                        throw new DomainException.RuleViolation("zone", "is not a time zone")
                                .because("zone", TimeMessages.class, "zone_unknown");
                    }
                    String subject = subject()
                            .orElseThrow(
                                    () -> new DomainException.RuleViolation("subject", "The sign-in names no subject"));
                    zones.choose(subject, chosen);
                    return PageForms.see("/me/time-zone?saved=1");
                },
                refusal -> page(new Form(shown, false), refusal));
    }

    private TemplateInstance page(Form form, Refusal refusal) {
        ZoneId country = Zones.ofCountry(user.country().orElse(null));
        ReaderTime time = reader.time();
        List<Choice> choices = Zones.choices().stream()
                .map(id -> new Choice(id, id.replace('_', ' ') + " · " + time.zoneName(ZoneId.of(id))))
                .toList();
        List<Choice> likely = choices.subList(0, Zones.LIKELY.size());
        List<Choice> all = choices.subList(Zones.LIKELY.size(), choices.size());
        return Templates.zone(
                form,
                time.zoneName(country),
                time.dateTime(Instant.now(clock)) + " " + time.zoneName(reader.zone()),
                likely,
                all,
                refusal);
    }

    private Optional<String> subject() {
        return user.subject();
    }
}
