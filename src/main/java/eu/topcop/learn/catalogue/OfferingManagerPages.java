package eu.topcop.learn.catalogue;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import eu.topcop.learn.catalogue.CatalogueViews.PartnerCountry;
import eu.topcop.learn.catalogue.OfferingViews.CourseChoice;
import eu.topcop.learn.catalogue.OfferingViews.OfferingDetail;
import eu.topcop.learn.catalogue.OfferingViews.OfferingSummary;
import eu.topcop.learn.platform.i18n.AppMessages;
import eu.topcop.learn.platform.i18n.Language;
import eu.topcop.learn.platform.i18n.RequestLanguage;
import eu.topcop.learn.platform.security.CurrentUser;
import eu.topcop.learn.platform.security.Roles;
import eu.topcop.learn.platform.web.Refusal;
import eu.topcop.learn.platform.web.Refusals;
import eu.topcop.learn.platform.web.ResultPage;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * Course managers publish, change and cancel their offerings here. A form with mistakes comes back as typed,
 * with each mistake said in the reader's language; nothing is stored until all of it is right.
 */
@Path("/manager/offerings")
@Produces(MediaType.TEXT_HTML)
public class OfferingManagerPages {

    /** What the form offers to choose from: courses grouped by curriculum, in the path's order. */
    public record FormChoices(
            List<CourseGroup> courseGroups, List<PartnerCountry> countries, List<Language> languages) {}

    public record CourseGroup(String curriculum, List<CourseChoice> courses) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance mine(ResultPage<OfferingSummary> offerings);

        static native TemplateInstance form(
                String code, OfferingFormFields fields, Refusal refusal, FormChoices choices, boolean cancelled);
    }

    static final Refusals.Labels LABELS = new Refusals.Labels(AppMessages.class, "offering_form_");

    @Inject
    Refusals refusals;

    @Inject
    OfferingService offerings;

    @Inject
    OfferingCatalogue offeringCatalogue;

    @Inject
    CatalogueService catalogue;

    @Inject
    RequestLanguage language;

    @Inject
    CurrentUser user;

    @GET
    @RolesAllowed({Roles.COURSE_MANAGER, Roles.ADMIN})
    public TemplateInstance mine(@QueryParam("page") @DefaultValue("0") int page) {
        return Templates.mine(offeringCatalogue.managedBy(user.username(), Math.max(0, page), 20, language.get()));
    }

    @GET
    @Path("new")
    @RolesAllowed({Roles.COURSE_MANAGER, Roles.ADMIN})
    public TemplateInstance newOffering(@QueryParam("course") String course) {
        OfferingFormFields fields = OfferingFormFields.blank();
        fields.course = course;
        return Templates.form(null, fields, Refusal.none(), choices(), false);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.COURSE_MANAGER, Roles.ADMIN})
    public Response publish(@BeanParam OfferingFormFields fields) {
        return refusals.attempt(
                LABELS,
                () -> seeOffering(offerings.publish(fields.toForm(), user.username(), user.displayName()).code),
                refusal -> Templates.form(null, fields, refusal, choices(), false));
    }

    @GET
    @Path("{code}/edit")
    @RolesAllowed({Roles.COURSE_MANAGER, Roles.ADMIN})
    public TemplateInstance edit(@PathParam("code") String code) {
        return editPage(code, Refusal.none());
    }

    @POST
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.COURSE_MANAGER, Roles.ADMIN})
    public Response change(@PathParam("code") String code, @BeanParam OfferingFormFields fields) {
        return refusals.attempt(
                LABELS,
                () -> {
                    offerings.change(code, fields.toForm(), fields.version, user.username(), user.hasRole(Roles.ADMIN));
                    return seeOffering(code);
                },
                refusal -> Templates.form(code, fields, refusal, choices(), false));
    }

    @POST
    @Path("{code}/cancel")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.COURSE_MANAGER, Roles.ADMIN})
    public Response cancel(@PathParam("code") String code, @FormParam("reason") String reason) {
        return refusals.attempt(
                LABELS,
                () -> {
                    offerings.cancel(code, reason, user.username(), user.hasRole(Roles.ADMIN));
                    return seeOffering(code);
                },
                refusal -> editPage(code, refusal));
    }

    /** The offering's form as stored; {@code refusal} says why the cancellation below it was refused. */
    private TemplateInstance editPage(String code, Refusal refusal) {
        OfferingDetail detail = offeringCatalogue.offering(code, language.get());
        OfferingFormFields fields = OfferingFormFields.of(offerings.form(code), detail.version());
        return Templates.form(code, fields, refusal, choices(), detail.cancelled());
    }

    private FormChoices choices() {
        Language reader = language.get();
        Map<String, List<CourseChoice>> groups = new LinkedHashMap<>();
        offerings
                .courseChoices(reader)
                .forEach(c -> groups.computeIfAbsent(c.curriculumTitle(), t -> new ArrayList<>())
                        .add(c));
        return new FormChoices(
                groups.entrySet().stream()
                        .map(e -> new CourseGroup(e.getKey(), e.getValue()))
                        .toList(),
                catalogue.venueCountries(reader),
                Language.SUPPORTED);
    }

    private static Response seeOffering(String code) {
        return Response.seeOther(URI.create("/catalogue/offerings/" + code)).build();
    }
}
