package eu.topcop.learn.platform.privacy;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Privacy as JSON: what is kept (public), finding and erasing a person (administrators), the audit trail. */
@Path("/api/privacy")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Privacy")
public class PrivacyResource {

    public record HoldingView(String kind, String name, String holds, String fate, List<String> tables) {}

    public record DeclarationView(String feature, List<HoldingView> holdings, List<String> tablesWithoutPersonalData) {}

    public record PersonView(long id, String name, String username, String email, String country, boolean erased) {}

    public record Review(PersonView person, PrivacyService.Export data) {}

    public record ErasureRequest(
            @NotNull Long person,

            @NotBlank @Size(max = PrivacyService.REASON_LENGTH)
            String reason) {}

    public record ErasureView(
            String reference,
            Instant erasedAt,
            String erasedBy,
            String reason,
            PrivacyErasure.Account account,
            Map<String, Integer> records) {}

    @Inject
    PrivacyService privacy;

    @Inject
    CurrentUser user;

    @Inject
    RequestLanguage language;

    @GET
    @Path("declarations")
    @PermitAll
    @Operation(summary = "What each feature keeps about a person, why, and what erasure does with it (?lang=)")
    public List<DeclarationView> declarations() {
        PrivacyMessages msg = MessageBundles.get(
                PrivacyMessages.class, Localized.Literal.of(language.get().code()));
        return privacy.declarations().stream()
                .map(d -> new DeclarationView(
                        d.feature(),
                        d.holdings().stream()
                                .map(h -> new HoldingView(
                                        h.kind().key(),
                                        msg.kind(h.kind()),
                                        msg.holds(h.kind()),
                                        h.fate().name(),
                                        h.tables()))
                                .toList(),
                        d.tablesWithoutPersonalData()))
                .toList();
    }

    @GET
    @Path("people")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "People not yet erased whose name, username or e-mail contains the words (?q=, at most 20)")
    public List<PersonView> find(@QueryParam("q") String words) {
        return privacy.find(words).stream().map(PrivacyResource::view).toList();
    }

    @GET
    @Path("people/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "A person and everything kept about them, before erasure")
    public Review review(@PathParam("id") long id) {
        PrivacyService.Review review = privacy.review(id);
        return new Review(view(review.person()), privacy.document(review.sections()));
    }

    @POST
    @Path("erasures")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            summary = "Erase a person in every feature and delete their Keycloak account, with a reason for the audit"
                    + " trail (which must not name them)")
    public Response erase(@Valid @NotNull ErasureRequest request) {
        PrivacyErasure done = privacy.erase(
                request.person(),
                request.reason(),
                user.username(),
                user.subject().orElse(null));
        return Response.created(URI.create("/api/privacy/erasures/" + done.reference))
                .entity(view(done))
                .build();
    }

    @GET
    @Path("erasures")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "The audit trail of erasures, newest first (at most 100)")
    public List<ErasureView> erasures() {
        return privacy.erasures().stream().map(PrivacyResource::view).toList();
    }

    @GET
    @Path("erasures/{reference}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "One erasure of the audit trail")
    public ErasureView erasure(@PathParam("reference") String reference) {
        return view(privacy.erasure(reference));
    }

    static PersonView view(PersonRef p) {
        return new PersonView(p.personId(), p.name(), p.username(), p.email(), p.country(), p.erased());
    }

    static ErasureView view(PrivacyErasure e) {
        return new ErasureView(e.reference, e.erasedAt, e.erasedBy, e.reason, e.account, e.records);
    }
}
