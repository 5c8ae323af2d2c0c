package eu.topcop.learn.networks.needs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

import eu.topcop.learn.catalogue.CatalogueService;
import eu.topcop.learn.catalogue.CatalogueViews;
import eu.topcop.learn.networks.NetworkViewer;
import eu.topcop.learn.networks.library.LibraryProblems;
import eu.topcop.learn.platform.i18n.Language;
import eu.topcop.learn.platform.i18n.RequestLanguage;
import eu.topcop.learn.platform.security.Roles;
import eu.topcop.learn.platform.web.PageForms;
import eu.topcop.learn.platform.web.Refusal;
import eu.topcop.learn.platform.web.Refusals;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import org.jboss.resteasy.reactive.RestForm;

import static eu.topcop.learn.platform.web.PageForms.see;

/**
 * The emerging training needs on pages: course managers' list and decisions, a proposal's page (its proposer
 * reads the decision there), and the form that proposes a discussion's conclusion. A refused form comes back as
 * typed, each mistake named in the reader's language.
 */
@Path("/training-needs")
@Produces(MediaType.TEXT_HTML)
public class NeedProposalPages {

    /** The crime priorities and countries a proposal may name, in the reader's language. */
    public record Choices(Map<String, String> priorities, List<CatalogueViews.PartnerCountry> countries) {

        public String priorityName(String code) {
            return code == null ? "" : priorities.getOrDefault(code, code);
        }

        public String countryName(String code) {
            return code == null
                    ? ""
                    : countries.stream()
                            .filter(c -> c.code().equals(code))
                            .map(CatalogueViews.PartnerCountry::name)
                            .findFirst()
                            .orElse(code);
        }
    }

    /** A form as typed: a proposal's fields, or a decision's. */
    public record Kept(String need, String priority, String country, String decision, Long gap, String note) {
        static Kept nothing() {
            return new Kept("", "", "", "LINK", null, "");
        }

        public boolean chose(long gapId) {
            return gap != null && gap == gapId;
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(NeedViews.Proposals proposals, String status, Choices choices, String more);

        static native TemplateInstance proposal(
                NeedViews.Proposal proposal,
                List<NeedViews.Gap> candidates,
                boolean decides,
                Choices choices,
                Kept kept,
                Refusal refusal,
                String done);

        static native TemplateInstance propose(NeedViews.Source thread, Choices choices, Kept kept, Refusal refusal);
    }

    @Inject
    NeedProposals proposals;

    @Inject
    NetworkViewer viewer;

    @Inject
    RequestLanguage language;

    @Inject
    CatalogueService catalogue;

    @Inject
    Refusals refusals;

    /** The fields' labels in the summary of a refused form: {@code f_} and the field's name. */
    static final Refusals.Labels LABELS = new Refusals.Labels(NeedMessages.class, "f_");

    @GET
    @RolesAllowed({Roles.COURSE_MANAGER, Roles.ADMIN})
    public TemplateInstance list(@QueryParam("status") String status, @QueryParam("after") Long after) {
        NeedProposal.Status chosen = status(status);
        NeedViews.Proposals page = proposals.list(chosen, after, 20, language.get());
        String shown = chosen == null ? "ALL" : chosen.name();
        String more = page.next() == null ? null : "/training-needs?status=" + shown + "&after=" + page.next();
        return Templates.list(page, shown, choices(), more);
    }

    @GET
    @Path("proposals/{id}")
    @Authenticated
    public TemplateInstance proposal(@PathParam("id") long id, @QueryParam("done") String done) {
        return proposalPage(id, Kept.nothing(), Refusal.none(), done == null ? "" : done);
    }

    @POST
    @Path("proposals/{id}/decision")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.COURSE_MANAGER, Roles.ADMIN})
    public Response decide(
            @PathParam("id") long id, @RestForm String decision, @RestForm String gap, @RestForm String note) {
        Long gapId = PageForms.id(gap);
        return refusals.attempt(
                LABELS,
                () -> inNeedsWords(() -> {
                    proposals.decide(
                            id,
                            new NeedViews.Decision(decision, gapId, note),
                            viewer.get().personId());
                    return see("/training-needs/proposals/" + id + "?done=decided");
                }),
                refusal -> proposalPage(id, new Kept("", "", "", decision, gapId, note), refusal, ""));
    }

    @GET
    @Path("threads/{thread}")
    @Authenticated
    public TemplateInstance proposeForm(@PathParam("thread") long thread) {
        return Templates.propose(
                proposals.thread(thread, viewer.get(), language.get()), choices(), Kept.nothing(), Refusal.none());
    }

    @POST
    @Path("threads/{thread}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Authenticated
    public Response propose(
            @PathParam("thread") long thread,
            @RestForm String need,
            @RestForm String priority,
            @RestForm String country) {
        return refusals.attempt(
                LABELS,
                () -> inNeedsWords(() -> {
                    long id = proposals.fromThread(
                            thread, new NeedViews.ProposalInput(need, priority, country), viewer.get());
                    return see("/training-needs/proposals/" + id + "?done=proposed");
                }),
                refusal -> Templates.propose(
                        proposals.thread(thread, viewer.get(), language.get()),
                        choices(),
                        new Kept(need, priority, country, "", null, ""),
                        refusal));
    }

    private TemplateInstance proposalPage(long id, Kept kept, Refusal refusal, String done) {
        var me = viewer.get();
        NeedViews.Proposal proposal = proposals.get(id, me, language.get());
        boolean decides = me.runsNetworks() && "NEW".equals(proposal.status());
        List<NeedViews.Gap> candidates = decides ? proposals.candidates(id, language.get()) : List.of();
        return Templates.proposal(proposal, candidates, decides, choices(), kept, refusal, done);
    }

    /** The action, its mistakes said with the needs' own messages where they have one. */
    private static Response inNeedsWords(java.util.function.Supplier<Response> action) {
        try {
            return action.get();
        } catch (LibraryProblems.Refused e) {
            throw e.sayIn(NeedMessages.class);
        }
    }

    private Choices choices() {
        Language lang = language.get();
        Map<String, String> priorities = new LinkedHashMap<>(catalogue.portfolioNames(lang));
        catalogue
                .empactPriorities(catalogue.currentCycle().code(), lang)
                .forEach(p -> priorities.putIfAbsent(p.code(), p.name()));
        return new Choices(priorities, catalogue.venueCountries(lang));
    }

    /** The status filter as given; anything else (or nothing) shows those waiting for a decision. */
    private static NeedProposal.Status status(String value) {
        if ("ALL".equals(value)) {
            return null;
        }
        for (NeedProposal.Status s : NeedProposal.Status.values()) {
            if (s.name().equals(value)) {
                return s;
            }
        }
        return NeedProposal.Status.NEW;
    }
}
