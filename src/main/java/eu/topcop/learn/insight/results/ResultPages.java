package eu.topcop.learn.insight.results;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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

import eu.topcop.learn.insight.results.OperationalResult.Status;
import eu.topcop.learn.insight.results.ResultViews.Detail;
import eu.topcop.learn.insight.results.ResultViews.Filter;
import eu.topcop.learn.insight.results.ResultsViewer.Viewer;
import eu.topcop.learn.platform.i18n.RequestLanguage;
import eu.topcop.learn.platform.security.Roles;
import eu.topcop.learn.platform.web.DomainException;
import eu.topcop.learn.platform.web.Problem;
import eu.topcop.learn.platform.web.Refusal;
import eu.topcop.learn.platform.web.Refusals;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import org.jboss.resteasy.reactive.RestForm;

import static eu.topcop.learn.platform.web.PageForms.see;

/**
 * Operational results on pages: the list with its filters (coordinators and course managers), recording a result,
 * a result with its history and the coordinator's decision, editing, and "My results" where anyone proposes a
 * result they took part in. A refused form comes back as typed with each mistake named in the reader's language.
 * Nothing changes on a GET; every form carries the CSRF token.
 */
@Path("/insight/results")
@Produces(MediaType.TEXT_HTML)
public class ResultPages {

    /** Results per page. */
    static final int PAGE = 25;

    /** What a form offers: the kinds, and the countries, priorities and officers the reader may choose from. */
    public record Choices(
            List<ResultKind> kinds,
            ResultLabels.Names names,
            boolean chooseCountry,
            boolean chooseOfficers,
            List<ResultViews.Officer> officers) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(
                ResultViews.Page page, Filter filter, ResultLabels.Names names, boolean everyCountry, String after);

        static native TemplateInstance form(ResultForm form, Choices choices, Refusal refusal, Long editing);

        static native TemplateInstance officers(List<ResultViews.Officer> officers, ResultForm form);

        static native TemplateInstance result(Detail detail, ResultLabels.Names names, Refusal refusal, String done);

        static native TemplateInstance mine(
                ResultViews.Page page, ResultLabels.Names names, ResultForm form, Choices choices, Refusal refusal);
    }

    static final Refusals.Labels LABELS = new Refusals.Labels(ResultsMessages.class, "field_");

    @Inject
    Refusals refusals;

    @Inject
    ResultService results;

    @Inject
    ResultReads reads;

    @Inject
    ResultsViewer viewer;

    @Inject
    ResultLabels labels;

    @Inject
    RequestLanguage language;

    @GET
    @RolesAllowed({Roles.NATIONAL_COORDINATOR, Roles.COURSE_MANAGER, Roles.ADMIN})
    public TemplateInstance list(
            @QueryParam("country") String country,
            @QueryParam("priority") String priority,
            @QueryParam("kind") String kind,
            @QueryParam("status") String status,
            @QueryParam("after") String after) {
        Viewer reader = viewer.get();
        Filter filter = filter(reader.everyCountry() ? country : null, priority, kind, status);
        return Templates.list(
                reads.list(filter, after, PAGE, reader, false),
                filter,
                labels.names(language.get()),
                reader.everyCountry(),
                after);
    }

    @GET
    @Path("new")
    @RolesAllowed({Roles.NATIONAL_COORDINATOR, Roles.COURSE_MANAGER, Roles.ADMIN})
    public TemplateInstance form(@QueryParam("country") String country) {
        ResultForm empty =
                new ResultForm(null, null, code(country), null, null, null, null, null, List.of(), null, null, false);
        return Templates.form(empty, choices(empty, false), Refusal.none(), null);
    }

    /** The officers of the country chosen on the form, for htmx to swap in when a course manager changes it. */
    @GET
    @Path("officers")
    @RolesAllowed({Roles.NATIONAL_COORDINATOR, Roles.COURSE_MANAGER, Roles.ADMIN})
    public TemplateInstance officers(@QueryParam("country") String country) {
        Viewer reader = viewer.get();
        String chosen = reader.everyCountry() ? code(country) : reader.country();
        return Templates.officers(chosen == null ? List.of() : reads.officers(chosen), ResultForm.EMPTY);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.NATIONAL_COORDINATOR, Roles.COURSE_MANAGER, Roles.ADMIN})
    public Response record(
            @RestForm String kind,
            @RestForm String date,
            @RestForm String country,
            @RestForm String priority,
            @RestForm String empactPriority,
            @RestForm String oapActionCode,
            @RestForm String description,
            @RestForm String evidenceReference,
            @RestForm("officers") List<String> officers,
            @RestForm String count,
            @RestForm String amountEur,
            @RestForm String restricted) {
        ResultForm form = new ResultForm(
                kind,
                date,
                country,
                priority,
                empactPriority,
                oapActionCode,
                description,
                evidenceReference,
                officers,
                count,
                amountEur,
                checked(restricted));
        return refusals.attempt(
                LABELS,
                () -> {
                    Detail recorded = results.record(read(form, null), viewer.get());
                    return see("/insight/results/" + recorded.result().id() + "?done=recorded");
                },
                refusal -> Templates.form(form, choices(form, false), refusal, null));
    }

    @GET
    @Path("{id: \\d+}")
    @RolesAllowed({
        Roles.TRAINEE,
        Roles.TRAINER,
        Roles.NATIONAL_COORDINATOR,
        Roles.COURSE_MANAGER,
        Roles.CONTENT_AUTHOR,
        Roles.ADMIN
    })
    public TemplateInstance result(@PathParam("id") long id, @QueryParam("done") String done) {
        return Templates.result(
                results.detail(id, viewer.get()), labels.names(language.get()), Refusal.none(), done(done));
    }

    @POST
    @Path("{id: \\d+}/decision")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.NATIONAL_COORDINATOR, Roles.COURSE_MANAGER, Roles.ADMIN})
    public Response decide(@PathParam("id") long id, @RestForm String decision, @RestForm String reason) {
        Viewer reader = viewer.get();
        // The result must be one the reader sees before anything is said about the form.
        results.detail(id, reader);
        List<Problem.FieldError> errors = new ArrayList<>();
        ResultViews.Decision chosen = null;
        if ("VALIDATE".equals(decision) || "REJECT".equals(decision)) {
            chosen = ResultViews.Decision.valueOf(decision);
        } else {
            errors.add(new Problem.FieldError("decision", "Choose to validate or to reject"));
        }
        if (reason != null && reason.length() > ResultLimits.REASON) {
            errors.add(new Problem.FieldError("reason", "At most " + ResultLimits.REASON + " characters"));
        }
        ResultViews.Decision taken = chosen;
        return refusals.attempt(
                LABELS,
                () -> {
                    if (!errors.isEmpty()) {
                        throw new DomainException.Invalid("The decision has mistakes", errors)
                                .because(ResultsMessages.class, ResultService.REASONS);
                    }
                    results.decide(id, new ResultViews.DecisionRequest(taken, reason), reader);
                    return see("/insight/results/" + id + "?done="
                            + (taken == ResultViews.Decision.VALIDATE ? "validated" : "rejected"));
                },
                refusal -> Templates.result(results.detail(id, reader), labels.names(language.get()), refusal, null));
    }

    @GET
    @Path("{id: \\d+}/edit")
    @RolesAllowed({
        Roles.TRAINEE,
        Roles.TRAINER,
        Roles.NATIONAL_COORDINATOR,
        Roles.COURSE_MANAGER,
        Roles.CONTENT_AUTHOR,
        Roles.ADMIN
    })
    public TemplateInstance editForm(@PathParam("id") long id) {
        Detail detail = results.detail(id, viewer.get());
        if (!detail.result().editable()) {
            throw new io.quarkus.security.ForbiddenException("This result is not the reader's to edit");
        }
        ResultForm form = ResultForm.of(detail.result());
        return Templates.form(
                form, choices(form, !viewer.get().answersFor(detail.result().country())), Refusal.none(), id);
    }

    @POST
    @Path("{id: \\d+}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({
        Roles.TRAINEE,
        Roles.TRAINER,
        Roles.NATIONAL_COORDINATOR,
        Roles.COURSE_MANAGER,
        Roles.CONTENT_AUTHOR,
        Roles.ADMIN
    })
    public Response edit(
            @PathParam("id") long id,
            @RestForm String kind,
            @RestForm String date,
            @RestForm String country,
            @RestForm String priority,
            @RestForm String empactPriority,
            @RestForm String oapActionCode,
            @RestForm String description,
            @RestForm String evidenceReference,
            @RestForm("officers") List<String> officers,
            @RestForm String count,
            @RestForm String amountEur,
            @RestForm String restricted) {
        Viewer reader = viewer.get();
        Detail before = results.detail(id, reader);
        ResultForm form = new ResultForm(
                kind,
                date,
                country,
                priority,
                empactPriority,
                oapActionCode,
                description,
                evidenceReference,
                officers,
                count,
                amountEur,
                checked(restricted));
        boolean own = !reader.answersFor(before.result().country());
        return refusals.attempt(
                LABELS,
                () -> {
                    results.edit(id, read(form, id), reader);
                    return see("/insight/results/" + id + "?done=edited");
                },
                refusal -> Templates.form(form, choices(form, own), refusal, id));
    }

    @GET
    @Path("mine")
    @RolesAllowed({
        Roles.TRAINEE,
        Roles.TRAINER,
        Roles.NATIONAL_COORDINATOR,
        Roles.COURSE_MANAGER,
        Roles.CONTENT_AUTHOR,
        Roles.ADMIN
    })
    public TemplateInstance mine(@QueryParam("after") String after) {
        return minePage(after, ResultForm.EMPTY, Refusal.none());
    }

    @POST
    @Path("mine")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({
        Roles.TRAINEE,
        Roles.TRAINER,
        Roles.NATIONAL_COORDINATOR,
        Roles.COURSE_MANAGER,
        Roles.CONTENT_AUTHOR,
        Roles.ADMIN
    })
    public Response propose(
            @RestForm String kind,
            @RestForm String date,
            @RestForm String priority,
            @RestForm String empactPriority,
            @RestForm String oapActionCode,
            @RestForm String description,
            @RestForm String evidenceReference,
            @RestForm String count,
            @RestForm String amountEur,
            @RestForm String restricted) {
        Viewer reader = viewer.get();
        // One's own result, in one's own country: the country and the officer are the reader's.
        ResultForm form = new ResultForm(
                kind,
                date,
                reader.country(),
                priority,
                empactPriority,
                oapActionCode,
                description,
                evidenceReference,
                List.of(String.valueOf(reader.personId())),
                count,
                amountEur,
                checked(restricted));
        return refusals.attempt(
                LABELS,
                () -> {
                    Detail proposed = results.record(read(form, null), reader);
                    boolean validated = proposed.result().status() == Status.VALIDATED;
                    return see("/insight/results/" + proposed.result().id() + "?done="
                            + (validated ? "recorded" : "proposed"));
                },
                refusal -> minePage(null, form, refusal));
    }

    private TemplateInstance minePage(String after, ResultForm form, Refusal refusal) {
        Viewer reader = viewer.get();
        return Templates.mine(
                reads.list(Filter.NONE, after, PAGE, reader, true),
                labels.names(language.get()),
                form,
                new Choices(List.of(ResultKind.values()), labels.names(language.get()), false, false, List.of()),
                refusal);
    }

    /** The form as a request; fields it could not read are named together with the other fields' mistakes. */
    private ResultViews.ResultRequest read(ResultForm form, Long editing) {
        List<Problem.FieldError> unreadable = new ArrayList<>();
        ResultViews.ResultRequest request = form.request(unreadable);
        if (!unreadable.isEmpty()) {
            List<Problem.FieldError> all = new ArrayList<>(unreadable);
            all.addAll(results.mistakes(request, viewer.get(), editing));
            throw new DomainException.Invalid("The form has mistakes", all)
                    .because(ResultsMessages.class, ResultService.REASONS);
        }
        return request;
    }

    /** What the form offers this reader; {@code own}: they propose or edit a result of their own. */
    private Choices choices(ResultForm form, boolean own) {
        Viewer reader = viewer.get();
        ResultLabels.Names names = labels.names(language.get());
        String country = reader.everyCountry() ? code(form.country()) : reader.country();
        List<ResultViews.Officer> officers = own || country == null ? List.of() : reads.officers(country);
        return new Choices(List.of(ResultKind.values()), names, reader.everyCountry() && !own, !own, officers);
    }

    private static Filter filter(String country, String priority, String kind, String status) {
        ResultKind k = null;
        Status s = null;
        try {
            k = blank(kind) ? null : ResultKind.valueOf(kind.strip());
        } catch (IllegalArgumentException e) {
            k = null;
        }
        try {
            s = blank(status) ? null : Status.valueOf(status.strip());
        } catch (IllegalArgumentException e) {
            s = null;
        }
        return new Filter(
                code(country),
                blank(priority) || priority.length() > ResultLimits.PRIORITY_CODE ? null : priority.strip(),
                k,
                s);
    }

    private static String code(String country) {
        return country == null || !country.strip().matches("[A-Za-z]{2}")
                ? null
                : country.strip().toUpperCase(Locale.ROOT);
    }

    private static boolean checked(String box) {
        return box != null && (box.equals("on") || box.equals("true"));
    }

    private static String done(String done) {
        return done == null || !done.matches("recorded|proposed|edited|validated|rejected") ? "" : done;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
