package eu.topcop.learn.insight;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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

import eu.topcop.learn.networks.needs.NeedProposals;
import eu.topcop.learn.networks.needs.NeedViews;
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
 * A round's capability gaps on pages: the filtered table and its exports, one gap with its audit trail and the
 * course managers' decision, and the emerging need a coordinator or course manager raises ({@link CoveragePages} has
 * the coverage). A refused form comes back as typed with each mistake named in the reader's language.
 */
@Path("/insight/rounds/{code}")
@Produces(MediaType.TEXT_HTML)
public class GapPages {

    /** The page's filters as given; blanks mean every value. */
    public record Filter(String country, String priority, String status) {

        String query() {
            return "country=" + (country == null ? "" : country) + "&priority=" + (priority == null ? "" : priority)
                    + "&status=" + (status == null ? "" : status);
        }

        boolean keeps(OtnaViews.Gap gap) {
            return (priority == null || priority.isBlank() || priority.equals(gap.priority()))
                    && (status == null || status.isBlank() || status.equals(gap.status()));
        }

        String countryCode() {
            return country == null || country.isBlank() || !country.matches("[A-Za-z]{2}")
                    ? null
                    : country.toUpperCase(Locale.ROOT);
        }
    }

    /** A decision or a need as typed: officers in the order of the round's proficiency scale. */
    public record GapForm(
            String action,
            String country,
            String capability,
            String targetGroup,
            List<String> officers,
            String urgency,
            String reason) {

        public String officersAt(int index) {
            return officers != null && index < officers.size() ? officers.get(index) : "";
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance gaps(
                RoundLabels round, List<OtnaViews.Gap> gaps, Filter filter, String exportQuery, boolean everyCountry);

        static native TemplateInstance gap(
                RoundLabels round,
                OtnaViews.Gap gap,
                OtnaViews.Trace trace,
                List<OtnaViews.GapChangeView> history,
                List<NeedViews.Proposal> proposals,
                boolean decides,
                GapForm form,
                Refusal refusal,
                String done);

        static native TemplateInstance need(RoundLabels round, List<String> countries, GapForm form, Refusal refusal);
    }

    static final Refusals.Labels LABELS = new Refusals.Labels(InsightMessages.class, "col_");

    @Inject
    Refusals refusals;

    /** Completions shown per page of a gap's trace. */
    static final int TRACE_PAGE = 50;

    @Inject
    OtnaService otna;

    @Inject
    GapService gaps;

    /** The training needs the networks proposed and a course manager linked to the gap. */
    @Inject
    NeedProposals needs;

    @Inject
    CoverageService coverage;

    @Inject
    InsightViewer viewer;

    @Inject
    RequestLanguage language;

    @GET
    @Path("gaps")
    @RolesAllowed({Roles.NATIONAL_COORDINATOR, Roles.COURSE_MANAGER, Roles.ADMIN})
    public TemplateInstance gaps(
            @PathParam("code") String code,
            @QueryParam("country") String country,
            @QueryParam("priority") String priority,
            @QueryParam("status") String status) {
        Filter filter = new Filter(country, priority, status);
        return Templates.gaps(labels(code), filtered(code, filter), filter, filter.query(), viewer.everyCountry());
    }

    @GET
    @Path("gaps.csv")
    @Produces("text/csv")
    @RolesAllowed({Roles.NATIONAL_COORDINATOR, Roles.COURSE_MANAGER, Roles.ADMIN})
    public Response gapsCsv(
            @PathParam("code") String code,
            @QueryParam("country") String country,
            @QueryParam("priority") String priority,
            @QueryParam("status") String status) {
        Filter filter = new Filter(country, priority, status);
        return Downloads.attachment(
                InsightExports.csv(otna.round(code), filtered(code, filter)),
                "text/csv; charset=UTF-8",
                code + "-gaps.csv");
    }

    @GET
    @Path("gaps.xlsx")
    @Produces(InsightExports.XLSX)
    @RolesAllowed({Roles.NATIONAL_COORDINATOR, Roles.COURSE_MANAGER, Roles.ADMIN})
    public Response gapsXlsx(
            @PathParam("code") String code,
            @QueryParam("country") String country,
            @QueryParam("priority") String priority,
            @QueryParam("status") String status) {
        Filter filter = new Filter(country, priority, status);
        return Downloads.attachment(
                InsightExports.xlsx(otna.round(code), filtered(code, filter)),
                InsightExports.XLSX,
                code + "-gaps.xlsx");
    }

    @GET
    @Path("gaps/{id}")
    @RolesAllowed({Roles.NATIONAL_COORDINATOR, Roles.COURSE_MANAGER, Roles.ADMIN})
    public TemplateInstance gap(
            @PathParam("code") String code,
            @PathParam("id") long id,
            @QueryParam("done") String done,
            @QueryParam("after") @DefaultValue("0") long after) {
        return gapPage(code, id, null, Refusal.none(), done, Math.max(0, after));
    }

    @POST
    @Path("gaps/{id}/decision")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.COURSE_MANAGER, Roles.ADMIN})
    public Response decide(
            @PathParam("code") String code,
            @PathParam("id") long id,
            @RestForm String action,
            @RestForm("officers") List<String> officers,
            @RestForm String urgency,
            @RestForm String reason) {
        GapForm form = new GapForm(action, null, null, null, officers, urgency, reason);
        // The gap must be of this round and visible before anything is decided.
        otna.gap(code, id, viewer.get());
        OtnaViews.Round round = otna.round(code);
        List<Problem.FieldError> errors = new ArrayList<>();
        String chosen = action == null ? "" : action.strip();
        if (!List.of("VALIDATE", "CHANGE", "DISCARD").contains(chosen)) {
            errors.add(new Problem.FieldError("action", "Choose validate, change or discard"));
        }
        Map<String, Integer> figures = "CHANGE".equals(chosen) ? officers(round, officers, errors) : null;
        checkReason(reason, errors);
        return refusals.attempt(
                LABELS,
                () -> {
                    if (!errors.isEmpty()) {
                        throw new DomainException.Invalid("The decision has mistakes", errors)
                                .because(InsightMessages.class, GapService.REASONS);
                    }
                    gaps.decide(
                            id,
                            new OtnaViews.Decision(chosen, figures, "CHANGE".equals(chosen) ? urgency : null, reason),
                            viewer.personId());
                    return see("/insight/rounds/" + code + "/gaps/" + id + "?done=" + chosen.toLowerCase(Locale.ROOT));
                },
                refusal -> gapPage(code, id, form, refusal, null, 0));
    }

    @GET
    @Path("needs/new")
    @RolesAllowed({Roles.NATIONAL_COORDINATOR, Roles.COURSE_MANAGER, Roles.ADMIN})
    public TemplateInstance needForm(@PathParam("code") String code, @QueryParam("capability") String capability) {
        return needPage(code, new GapForm(null, null, capability, null, List.of(), null, null), Refusal.none());
    }

    @POST
    @Path("needs")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.NATIONAL_COORDINATOR, Roles.COURSE_MANAGER, Roles.ADMIN})
    public Response raise(
            @PathParam("code") String code,
            @RestForm String country,
            @RestForm String capability,
            @RestForm String targetGroup,
            @RestForm("officers") List<String> officers,
            @RestForm String urgency,
            @RestForm String reason) {
        GapForm form = new GapForm(null, country, capability, targetGroup, officers, urgency, reason);
        OtnaViews.Round round = otna.round(code);
        List<Problem.FieldError> errors = new ArrayList<>();
        String chosenCountry = viewer.everyCountry() ? country : viewer.get().country();
        if (chosenCountry == null || !chosenCountry.matches("[A-Za-z]{2}")) {
            errors.add(new Problem.FieldError("country", "Choose a country of the round"));
        }
        if (blank(capability) || capability.length() > 40) {
            errors.add(new Problem.FieldError("capability", "Choose a capability of the round"));
        }
        if (blank(targetGroup) || targetGroup.length() > 40) {
            errors.add(new Problem.FieldError("targetGroup", "Choose a target group"));
        }
        Map<String, Integer> figures = officers(round, officers, errors);
        if (blank(urgency) || urgency.length() > 40) {
            errors.add(new Problem.FieldError("urgency", "Choose an urgency"));
        }
        if (blank(reason)) {
            errors.add(new Problem.FieldError("reason", "Say what shows the need"));
        }
        checkReason(reason, errors);
        return refusals.attempt(
                LABELS,
                () -> {
                    OtnaViews.Gap raised;
                    if (!errors.isEmpty()) {
                        throw new DomainException.Invalid("The need has mistakes", errors)
                                .because(InsightMessages.class, GapService.REASONS);
                    }
                    raised = gaps.raise(
                            code,
                            new OtnaViews.EmergingNeed(
                                    chosenCountry, capability, targetGroup, figures, urgency, reason),
                            viewer.get(),
                            viewer.personId());
                    return see("/insight/rounds/" + code + "/gaps/" + raised.id() + "?done=raised");
                },
                refusal -> needPage(code, form, refusal));
    }

    private List<OtnaViews.Gap> filtered(String code, Filter filter) {
        return otna.gaps(code, viewer.get(), filter.countryCode()).stream()
                .filter(filter::keeps)
                .toList();
    }

    private TemplateInstance gapPage(String code, long id, GapForm form, Refusal refusal, String done, long after) {
        OtnaViews.Gap gap = otna.gap(code, id, viewer.get());
        OtnaViews.Trace trace = coverage.trace(code, id, viewer.get(), after, TRACE_PAGE);
        RoundLabels round = labels(code);
        GapForm shown = form != null
                ? form
                : new GapForm(
                        "VALIDATE",
                        gap.country(),
                        gap.capability(),
                        gap.targetGroup(),
                        round.round().proficiencyScale().stream()
                                .map(l -> String.valueOf(gap.officers().getOrDefault(l.code(), 0)))
                                .toList(),
                        gap.urgency(),
                        "");
        return Templates.gap(
                round,
                gap,
                trace,
                gaps.history(id, viewer.get()),
                needs.ofGap(id, language.get()),
                viewer.everyCountry() && !"CLOSED".equals(round.round().status()),
                shown,
                refusal,
                done == null ? "" : done);
    }

    private TemplateInstance needPage(String code, GapForm form, Refusal refusal) {
        RoundLabels round = labels(code);
        List<String> countries = viewer.everyCountry()
                ? round.countries()
                : round.countries().stream()
                        .filter(c -> c.equals(viewer.get().country()))
                        .toList();
        return Templates.need(round, countries, form, refusal);
    }

    /** The officers per level as typed, in the scale's order: whole numbers from 0 to 100,000 (the API's limit). */
    private static Map<String, Integer> officers(
            OtnaViews.Round round, List<String> typed, List<Problem.FieldError> errors) {
        Map<String, Integer> figures = new LinkedHashMap<>();
        List<OtnaViews.Level> scale = round.proficiencyScale();
        for (int i = 0; i < scale.size(); i++) {
            String value = typed != null && i < typed.size() ? typed.get(i).strip() : "";
            try {
                int n = value.isEmpty() ? 0 : Integer.parseInt(value);
                if (n < 0 || n > 100_000) {
                    throw new NumberFormatException();
                }
                figures.put(scale.get(i).code(), n);
            } catch (NumberFormatException e) {
                errors.add(new Problem.FieldError("officers", "A whole number from 0 to 100,000 per level"));
                return figures;
            }
        }
        return figures;
    }

    private static void checkReason(String reason, List<Problem.FieldError> errors) {
        if (reason != null && reason.length() > 1000) {
            errors.add(new Problem.FieldError("reason", "At most 1,000 characters"));
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private RoundLabels labels(String code) {
        return new RoundLabels(otna.round(code), language.get().code());
    }
}
