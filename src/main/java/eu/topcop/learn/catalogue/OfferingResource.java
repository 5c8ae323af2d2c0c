package eu.topcop.learn.catalogue;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import eu.topcop.learn.catalogue.OfferingViews.CourseDetail;
import eu.topcop.learn.catalogue.OfferingViews.OfferingDetail;
import eu.topcop.learn.catalogue.OfferingViews.OfferingFilter;
import eu.topcop.learn.catalogue.OfferingViews.OfferingSummary;
import eu.topcop.learn.platform.i18n.RequestLanguage;
import eu.topcop.learn.platform.security.CurrentUser;
import eu.topcop.learn.platform.security.Roles;
import eu.topcop.learn.platform.web.DomainException;
import eu.topcop.learn.platform.web.ResultPage;
import eu.topcop.learn.platform.web.Revalidated;
import io.quarkus.security.Authenticated;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Offerings and courses as JSON: found by everyone signed in, published and changed by course managers. */
@Path("/api/catalogue")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Catalogue")
public class OfferingResource {

    private static final String DATE = "\\d{4}-\\d{2}-\\d{2}";

    @Inject
    OfferingService offerings;

    @Inject
    OfferingCatalogue offeringCatalogue;

    @Inject
    RequestLanguage language;

    @Inject
    CurrentUser user;

    public record Cancellation(
            @NotNull @jakarta.validation.constraints.Size(max = 500)
            String reason) {}

    @GET
    @Path("offerings")
    @Authenticated
    @Revalidated(CatalogueChanges.class)
    @Operation(
            summary = "Scheduled offerings by start date, filtered; X-Total-Count has the total",
            description = "Without 'from', offerings not yet over. 'q' searches course texts in every language"
                    + " and the venue.")
    public Response search(
            @QueryParam("q") @Parameter(description = "words to search for") String q,
            @QueryParam("priority") @Parameter(description = "portfolio crime priority code") String priority,
            @QueryParam("activityType") String activityType,
            @QueryParam("country") @Parameter(description = "ISO code of the venue's country") String country,
            @QueryParam("language") @Parameter(description = "working language") String workingLanguage,
            @QueryParam("course") String course,
            @QueryParam("from") @Pattern(regexp = DATE, message = "must be a date YYYY-MM-DD") String from,
            @QueryParam("to") @Pattern(regexp = DATE, message = "must be a date YYYY-MM-DD") String to,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        OfferingFilter filter = new OfferingFilter(
                q, priority, activityType, country, workingLanguage, course, date("from", from), date("to", to));
        ResultPage<OfferingSummary> result = offeringCatalogue.search(filter, page, size, language.get());
        return Response.ok(result.items())
                .header("X-Total-Count", result.total())
                .build();
    }

    @GET
    @Path("offerings/{code}")
    @Authenticated
    @Revalidated(CatalogueChanges.class)
    @Operation(summary = "An offering: its course, dates, place, capacity, language and application window")
    public OfferingDetail offering(@PathParam("code") String code) {
        return offeringCatalogue.offering(code, language.get());
    }

    @POST
    @Path("offerings")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COURSE_MANAGER, Roles.ADMIN})
    @Operation(summary = "Publish an offering of a course; the caller becomes its course manager")
    public Response publish(@NotNull @jakarta.validation.Valid OfferingForm form) {
        Offering offering = offerings.publish(form, user.username(), user.displayName());
        return Response.created(URI.create("/api/catalogue/offerings/" + offering.code))
                .entity(offeringCatalogue.offering(offering.code, language.get()))
                .build();
    }

    @PUT
    @Path("offerings/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COURSE_MANAGER, Roles.ADMIN})
    @Operation(summary = "Change an offering (its course manager or an administrator)")
    public OfferingDetail change(
            @PathParam("code") String code,
            @QueryParam("version")
                    @Parameter(description = "the version you read: a change made since is refused with 409")
                    Integer version,
            @NotNull @jakarta.validation.Valid OfferingForm form) {
        offerings.change(code, form, version, user.username(), user.hasRole(Roles.ADMIN));
        return offeringCatalogue.offering(code, language.get());
    }

    @POST
    @Path("offerings/{code}/cancellation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COURSE_MANAGER, Roles.ADMIN})
    @Operation(summary = "Cancel an offering, saying why (its course manager or an administrator)")
    public OfferingDetail cancel(
            @PathParam("code") String code, @NotNull @jakarta.validation.Valid Cancellation cancellation) {
        offerings.cancel(code, cancellation.reason(), user.username(), user.hasRole(Roles.ADMIN));
        return offeringCatalogue.offering(code, language.get());
    }

    @GET
    @Path("courses/{code}")
    @Authenticated
    @Revalidated(CatalogueChanges.class)
    @Operation(summary = "A course: its curriculum, outcomes, modules and next offerings")
    public CourseDetail course(@PathParam("code") String code) {
        return offeringCatalogue.course(code, 10, language.get());
    }

    @GET
    @Path("my-offerings")
    @RolesAllowed({Roles.COURSE_MANAGER, Roles.ADMIN})
    @Operation(summary = "The offerings the caller manages, cancelled ones included; X-Total-Count has the total")
    public Response mine(
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        ResultPage<OfferingSummary> result = offeringCatalogue.managedBy(user.username(), page, size, language.get());
        return Response.ok(result.items())
                .header("X-Total-Count", result.total())
                .build();
    }

    static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(value);
            if (!eu.topcop.learn.platform.web.StoredTime.storable(day)) {
                throw new DomainException.RuleViolation(field, "'" + value + "' is not a day the catalogue holds");
            }
            return day;
        } catch (DateTimeParseException e) {
            throw new DomainException.RuleViolation(field, "'" + value + "' is not a date");
        }
    }
}
