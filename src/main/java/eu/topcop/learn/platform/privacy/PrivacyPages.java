package eu.topcop.learn.platform.privacy;

import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import eu.topcop.learn.platform.i18n.RequestLanguage;
import eu.topcop.learn.platform.security.CurrentUser;
import eu.topcop.learn.platform.security.Roles;
import eu.topcop.learn.platform.web.PageForms;
import eu.topcop.learn.platform.web.Refusal;
import eu.topcop.learn.platform.web.Refusals;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.security.Authenticated;
import org.jboss.resteasy.reactive.RestForm;

/**
 * Privacy pages: the public notice of what is kept and what erasure does, a person's own data (readable, and as
 * JSON to download), and erasure by an administrator.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class PrivacyPages {

    /** One line of the notice: a kind of data in one feature, and its fate. */
    public record NoticeLine(String feature, String kind, String holds, String fate, String tables) {}

    public record Found(long id, String name, String username, String email, String country) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance notice(List<NoticeLine> lines);

        static native TemplateInstance mine(String compiled, List<ReadableExport.Table> tables);

        static native TemplateInstance erasures(String words, List<Found> found, List<PrivacyErasure> erasures);

        static native TemplateInstance review(
                Found person, boolean erased, List<ReadableExport.Table> tables, String reason, Refusal refusal);

        static native TemplateInstance erased(PrivacyErasure erasure, String at, String account);
    }

    @Inject
    PrivacyService privacy;

    @Inject
    RequestLanguage language;

    @Inject
    CurrentUser user;

    @Inject
    Refusals refusals;

    /** The reason's label is the form's own ({@code erasure_reason}). */
    static final Refusals.Labels LABELS = new Refusals.Labels(PrivacyMessages.class, "erasure_");

    @GET
    @Path("privacy")
    @PermitAll
    public TemplateInstance notice() {
        PrivacyMessages msg = messages();
        List<NoticeLine> lines = new ArrayList<>();
        for (Declaration declaration : privacy.declarations()) {
            for (Declaration.Holding holding : declaration.holdings()) {
                lines.add(new NoticeLine(
                        declaration.feature(),
                        msg.kind(holding.kind()),
                        msg.holds(holding.kind()),
                        msg.fate(holding.fate()),
                        String.join(", ", holding.tables())));
            }
        }
        return Templates.notice(lines);
    }

    @GET
    @Path("me/personal-data")
    @Authenticated
    public TemplateInstance mine() {
        List<Section> sections = privacy.mine();
        return Templates.mine(
                ReadableExport.instant(privacy.document(sections).compiledAt()),
                ReadableExport.of(sections, messages()));
    }

    /** The same as the API's JSON, as a file to keep: pages sign in with a session, the API with a bearer token. */
    @GET
    @Path("me/personal-data.json")
    @Produces(MediaType.APPLICATION_JSON)
    @Authenticated
    public Response download() {
        return Response.ok(privacy.document(privacy.mine()))
                .header("Content-Disposition", "attachment; filename=\"topcop-learn-personal-data.json\"")
                .build();
    }

    @GET
    @Path("privacy/erasures")
    @RolesAllowed(Roles.ADMIN)
    public TemplateInstance erasures(@QueryParam("q") String words) {
        return Templates.erasures(
                words == null ? "" : words,
                privacy.find(words).stream().map(PrivacyPages::found).toList(),
                privacy.erasures());
    }

    @GET
    @Path("privacy/people/{id}")
    @RolesAllowed(Roles.ADMIN)
    public TemplateInstance review(@PathParam("id") long id) {
        return review(id, "", Refusal.none());
    }

    @POST
    @Path("privacy/people/{id}/erasure")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.ADMIN)
    public Response erase(@PathParam("id") long id, @RestForm String reason) {
        return refusals.attempt(
                LABELS,
                () -> {
                    PrivacyErasure done = privacy.erase(
                            id, reason, user.username(), user.subject().orElse(null));
                    return PageForms.see("/privacy/erasures/" + done.reference);
                },
                refusal -> review(id, reason == null ? "" : reason, refusal));
    }

    @GET
    @Path("privacy/erasures/{reference}")
    @RolesAllowed(Roles.ADMIN)
    public TemplateInstance erasure(@PathParam("reference") String reference) {
        PrivacyErasure erasure = privacy.erasure(reference);
        return Templates.erased(
                erasure, ReadableExport.instant(erasure.erasedAt), messages().account(erasure.account));
    }

    private TemplateInstance review(long id, String reason, Refusal refusal) {
        PrivacyService.Review review = privacy.review(id);
        return Templates.review(
                found(review.person()),
                review.person().erased(),
                ReadableExport.of(review.sections(), messages()),
                reason,
                refusal);
    }

    static Found found(PersonRef person) {
        return new Found(person.personId(), person.name(), person.username(), person.email(), person.country());
    }

    private PrivacyMessages messages() {
        return MessageBundles.get(
                PrivacyMessages.class, Localized.Literal.of(language.get().code()));
    }
}
