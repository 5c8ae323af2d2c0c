package eu.topcop.learn.insight;

import java.util.ArrayList;
import java.util.List;

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

import eu.topcop.learn.catalogue.Course;
import eu.topcop.learn.enrolment.CurrentPerson;
import eu.topcop.learn.platform.i18n.RequestLanguage;
import eu.topcop.learn.platform.security.Roles;
import eu.topcop.learn.platform.web.DomainException;
import eu.topcop.learn.platform.web.Downloads;
import eu.topcop.learn.platform.web.Problem;
import eu.topcop.learn.platform.web.Refusal;
import eu.topcop.learn.platform.web.Refusals;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import org.jboss.resteasy.reactive.RestForm;

import static eu.topcop.learn.platform.web.PageForms.see;

/**
 * Capability mappings on a page: what the content declares and what course managers added, and the form with which
 * a course manager maps a course or a learning outcome to a capability (at a proficiency level or none) with a
 * reason, or removes their mapping with a reason. A refused form comes back as typed, each mistake named.
 */
@Path("/insight/mappings")
@Produces(MediaType.TEXT_HTML)
public class MappingPages {

    /** The add form as typed. */
    public record MappingForm(String course, String outcome, String capability, String level, String reason) {
        static MappingForm empty() {
            return new MappingForm("", "", "", "", "");
        }
    }

    /** A course to choose, named in the reader's language. */
    public record CourseChoice(String code, String title) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance mappings(
                List<OtnaViews.Mapping> mappings,
                String capability,
                String course,
                boolean removed,
                List<CourseChoice> courses,
                boolean manages,
                MappingForm form,
                Refusal refusal,
                String done);
    }

    static final Refusals.Labels LABELS = new Refusals.Labels(InsightMessages.class, "col_");

    @Inject
    Refusals refusals;

    @Inject
    CapabilityMappings mappings;

    @Inject
    InsightViewer viewer;

    @Inject
    CurrentPerson me;

    @Inject
    RequestLanguage language;

    @GET
    @RolesAllowed({Roles.NATIONAL_COORDINATOR, Roles.COURSE_MANAGER, Roles.ADMIN})
    public TemplateInstance list(
            @QueryParam("capability") String capability,
            @QueryParam("course") String course,
            @QueryParam("removed") boolean removed,
            @QueryParam("done") String done) {
        return page(capability, course, removed, MappingForm.empty(), Refusal.none(), done);
    }

    @GET
    @Path("export.csv")
    @Produces("text/csv")
    @RolesAllowed({Roles.NATIONAL_COORDINATOR, Roles.COURSE_MANAGER, Roles.ADMIN})
    public Response csv(
            @QueryParam("capability") String capability,
            @QueryParam("course") String course,
            @QueryParam("removed") boolean removed) {
        return Downloads.attachment(
                InsightExports.mappingsCsv(mappings.list(strip(capability), strip(course), removed)),
                "text/csv; charset=UTF-8",
                "capability-mappings.csv");
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.COURSE_MANAGER, Roles.ADMIN})
    public Response add(
            @RestForm String course,
            @RestForm String outcome,
            @RestForm String capability,
            @RestForm String level,
            @RestForm String reason) {
        MappingForm form = new MappingForm(course, outcome, capability, level, reason);
        List<Problem.FieldError> errors = new ArrayList<>();
        // The API's limits (OtnaViews.MappingRequest), checked here since a page is not bean-validated.
        check(errors, "course", course, 80, false);
        check(errors, "outcome", outcome, 80, false);
        check(errors, "capability", capability, 40, true);
        if (capability != null
                && !capability.isBlank()
                && !capability.strip().matches("[A-Za-z0-9][A-Za-z0-9.-]{0,39}")) {
            errors.add(new Problem.FieldError("capability", "Letters, digits, dots and dashes"));
        }
        check(errors, "level", level, 40, false);
        check(errors, "reason", reason, 1000, true);
        return refusals.attempt(
                LABELS,
                () -> {
                    OtnaViews.Mapping added;
                    if (!errors.isEmpty()) {
                        throw new DomainException.Invalid("The mapping has mistakes", errors)
                                .because(InsightMessages.class, CapabilityMappings.REASONS);
                    }
                    added = mappings.add(
                            new OtnaViews.MappingRequest(
                                    strip(outcome), strip(course), capability.strip(), strip(level), reason),
                            viewer.personId(),
                            me.get().name);
                    return see("/insight/mappings?done=added&capability=" + added.capability());
                },
                refusal -> page("", "", false, form, refusal, null));
    }

    @POST
    @Path("{id}/removal")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.COURSE_MANAGER, Roles.ADMIN})
    public Response remove(@PathParam("id") long id, @RestForm String reason) {
        List<Problem.FieldError> errors = new ArrayList<>();
        check(errors, "removalReason", reason, 1000, true);
        return refusals.attempt(
                LABELS,
                () -> {
                    if (!errors.isEmpty()) {
                        throw new DomainException.Invalid("The removal has mistakes", errors)
                                .because(InsightMessages.class, CapabilityMappings.REASONS);
                    }
                    mappings.remove(id, viewer.personId(), reason);
                    return see("/insight/mappings?done=removed");
                },
                refusal -> page("", "", false, MappingForm.empty(), refusal, null));
    }

    private TemplateInstance page(
            String capability, String course, boolean removed, MappingForm form, Refusal refusal, String done) {
        String lang = language.get().code();
        List<CourseChoice> courses = Course.<Course>list("order by code").stream()
                .map(c -> new CourseChoice(c.code, c.title.getOrDefault(lang, c.title.getOrDefault("en", c.code))))
                .toList();
        return Templates.mappings(
                mappings.list(strip(capability), strip(course), removed),
                capability == null ? "" : capability,
                course == null ? "" : course,
                removed,
                courses,
                viewer.everyCountry(),
                form,
                refusal,
                done == null ? "" : done);
    }

    private static void check(List<Problem.FieldError> errors, String field, String value, int max, boolean required) {
        if (required && (value == null || value.isBlank())) {
            errors.add(new Problem.FieldError(field, "Required"));
        } else if (value != null && value.length() > max) {
            errors.add(new Problem.FieldError(field, "At most " + max + " characters"));
        }
    }

    private static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
