package eu.topcop.learn.exchange;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import eu.topcop.learn.enrolment.CurrentPerson;
import eu.topcop.learn.exchange.ExchangeApplication.Status;
import eu.topcop.learn.exchange.ExchangeQueries.ApplicationView;
import eu.topcop.learn.exchange.ExchangeQueries.OfferView;
import eu.topcop.learn.exchange.ExchangeRequests.Apply;
import eu.topcop.learn.exchange.ExchangeRequests.Endorsement;
import eu.topcop.learn.exchange.ExchangeRequests.Match;
import eu.topcop.learn.exchange.ExchangeRequests.Offer;
import eu.topcop.learn.exchange.ExchangeRequests.Report;
import eu.topcop.learn.exchange.ExchangeRequests.Shared;
import eu.topcop.learn.platform.security.Roles;
import eu.topcop.learn.platform.web.ResultPage;
import io.quarkus.security.Authenticated;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The mentoring and exchange programme as JSON. */
@Path("/api/exchange")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Exchange")
public class ExchangeResource {

    @Inject
    ExchangeService exchange;

    @Inject
    ExchangeQueries queries;

    @Inject
    ExchangeAccess access;

    @Inject
    CurrentPerson me;

    @GET
    @Path("offers")
    @Authenticated
    @Operation(summary = "Open exchange offers by start, optionally of one crime priority or kind")
    public ResultPage<OfferView> offers(
            @QueryParam("priority") String priority,
            @QueryParam("kind") ExchangeOffer.Kind kind,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return queries.offers(blank(priority) ? null : priority, kind == null ? null : kind.name(), true, page, size);
    }

    @POST
    @Path("offers")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.NATIONAL_COORDINATOR, Roles.COURSE_MANAGER, Roles.ADMIN})
    @Operation(summary = "Publish an offer of a host institution (a coordinator: hosted in their country)")
    public Response publish(@NotNull @jakarta.validation.Valid Offer offer) {
        ExchangeOffer published = exchange.publish(withHostCountry(offer), me.get().username);
        return Response.created(URI.create("/api/exchange/offers/" + published.code))
                .entity(queries.offer(published.code))
                .build();
    }

    @GET
    @Path("offers/{code}")
    @Authenticated
    @Operation(summary = "An exchange offer with its places and how many are matched")
    public OfferView offer(@PathParam("code") String code) {
        return queries.offer(code);
    }

    @POST
    @Path("offers/{code}/cancellation")
    @RolesAllowed({Roles.NATIONAL_COORDINATOR, Roles.COURSE_MANAGER, Roles.ADMIN})
    @Operation(summary = "Cancel an offer (a coordinator: one hosted in their country)")
    public OfferView cancel(@PathParam("code") String code) {
        exchange.cancel(code, access.manager() ? null : access.country(), access.manager());
        return queries.offer(code);
    }

    @POST
    @Path("offers/{code}/applications")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.TRAINEE, Roles.TRAINER})
    @Operation(summary = "Apply for an offer (sent twice: the first application)")
    public Response apply(@PathParam("code") String code, @NotNull @jakarta.validation.Valid Apply body) {
        ExchangeApplication application = exchange.apply(code, me.get(), body);
        return Response.status(Response.Status.CREATED)
                .entity(queries.application(application.id, queries.scopeOf(me.get())))
                .build();
    }

    @GET
    @Path("applications")
    @RolesAllowed({Roles.TRAINEE, Roles.TRAINER, Roles.NATIONAL_COORDINATOR, Roles.COURSE_MANAGER, Roles.ADMIN})
    @Operation(
            summary =
                    "Applications the caller may see (own; a coordinator: their country's; managers: all), by offer and"
                            + " status")
    public ResultPage<ApplicationView> applications(
            @QueryParam("offer") String offer,
            @QueryParam("status") Status status,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return queries.applications(access.scope(me.get()), blank(offer) ? null : offer, status, page, size);
    }

    @GET
    @Path("applications/{id}")
    @RolesAllowed({Roles.TRAINEE, Roles.TRAINER, Roles.NATIONAL_COORDINATOR, Roles.COURSE_MANAGER, Roles.ADMIN})
    @Operation(summary = "One application, if the caller may see it")
    public ApplicationView application(@PathParam("id") long id) {
        return queries.application(id, access.scope(me.get()));
    }

    @POST
    @Path("applications/{id}/endorsement")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.NATIONAL_COORDINATOR)
    @Operation(summary = "Endorse, or decline with a reason (the coordinator of the guest's country)")
    public ApplicationView endorse(@PathParam("id") long id, @NotNull @jakarta.validation.Valid Endorsement body) {
        exchange.endorse(id, me.get(), access.country(), body);
        return queries.application(id, access.scope(me.get()));
    }

    @POST
    @Path("applications/{id}/match")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COURSE_MANAGER, Roles.ADMIN})
    @Operation(summary = "Match an endorsed guest with a host offer, a mentor and a learning agreement")
    public ApplicationView match(@PathParam("id") long id, @NotNull @jakarta.validation.Valid Match body) {
        exchange.match(id, me.get(), body);
        return queries.application(id, access.scope(me.get()));
    }

    @POST
    @Path("applications/{id}/withdrawal")
    @RolesAllowed({Roles.TRAINEE, Roles.TRAINER})
    @Operation(summary = "Withdraw one's own application before it is matched")
    public ApplicationView withdraw(@PathParam("id") long id) {
        exchange.withdraw(id, me.get());
        return queries.application(id, queries.scopeOf(me.get()));
    }

    @POST
    @Path("applications/{id}/report")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.TRAINEE, Roles.TRAINER})
    @Operation(summary = "The guest's report after the placement, with the commitment to share what they learned")
    public ApplicationView report(@PathParam("id") long id, @NotNull @jakarta.validation.Valid Report body) {
        exchange.report(id, me.get(), body);
        return queries.application(id, queries.scopeOf(me.get()));
    }

    @POST
    @Path("applications/{id}/sharing")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.TRAINEE, Roles.TRAINER})
    @Operation(summary = "The follow-up: when, with how many officers and how the guest shared it")
    public ApplicationView shared(@PathParam("id") long id, @NotNull @jakarta.validation.Valid Shared body) {
        exchange.shared(id, me.get(), body);
        return queries.application(id, queries.scopeOf(me.get()));
    }

    @GET
    @Path("suggestions")
    @RolesAllowed({Roles.COURSE_MANAGER, Roles.ADMIN})
    @Operation(summary = "Suggested host-guest pairs, best first: crime priority, language, reciprocity")
    public List<ExchangeQueries.Suggestion> suggestions(
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return queries.suggestions(page, size);
    }

    private Offer withHostCountry(Offer offer) {
        return new Offer(
                offer.kind(),
                access.hostCountry(offer.hostCountry()),
                offer.hostAgency(),
                offer.topic(),
                offer.priority(),
                offer.places(),
                offer.startsOn(),
                offer.endsOn(),
                offer.language(),
                offer.description());
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
