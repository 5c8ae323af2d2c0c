package eu.topcop.learn.enrolment;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import eu.topcop.learn.enrolment.EnrolmentQueries.CountryChoice;
import eu.topcop.learn.enrolment.EnrolmentQueries.Filter;
import eu.topcop.learn.enrolment.EnrolmentQueries.OfferingChoice;
import eu.topcop.learn.enrolment.EnrolmentService.Decision;
import eu.topcop.learn.platform.i18n.Language;
import eu.topcop.learn.platform.i18n.RequestLanguage;
import eu.topcop.learn.platform.security.CurrentUser;
import eu.topcop.learn.platform.security.Roles;
import eu.topcop.learn.platform.web.DomainException;
import eu.topcop.learn.platform.web.Origin;
import eu.topcop.learn.platform.web.Refusal;
import eu.topcop.learn.platform.web.Refusals;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The course managers' queue: filter, decide one by one or many at once. A bulk decision is worked through in
 * chunks, each its own request that htmx chains to the next, so a large batch shows its progress and needs
 * no state on the server; without JavaScript the whole batch runs in one request.
 */
@Path("/enrolment")
@Produces(MediaType.TEXT_HTML)
public class ManagerEnrolmentPages {

    static final int CHUNK = 10;

    /** One application of a bulk decision: its status now, or that it was refused (and whether for want of endorsement). */
    public record Outcome(long id, Application.Status status, boolean refused, boolean awaitingEndorsement) {}

    /**
     * What a bulk decision has done so far, by the status it led to (approving may put people on the waiting list
     * when the places are taken); it travels with each chunk like the ids still to do.
     */
    public record Tally(
            @RestForm @DefaultValue("0") int approved,
            @RestForm @DefaultValue("0") int waiting,
            @RestForm @DefaultValue("0") int rejected,
            @RestForm @DefaultValue("0") int unchanged) {

        Tally plus(List<Outcome> outcomes) {
            int a = approved, w = waiting, r = rejected, u = unchanged;
            for (Outcome o : outcomes) {
                if (o.refused() || o.status() == null) {
                    u++;
                } else if (o.status() == Application.Status.APPROVED) {
                    a++;
                } else if (o.status() == Application.Status.WAITING) {
                    w++;
                } else {
                    r++;
                }
            }
            return new Tally(a, w, r, u);
        }
    }

    /** Where a bulk decision stands: the ids still to do travel with each chunk. */
    public record Batch(
            Decision decision,
            String reason,
            List<Outcome> outcomes,
            List<Long> remaining,
            long done,
            long total,
            Tally tally) {

        public boolean finished() {
            return remaining.isEmpty();
        }

        public String remainingIds() {
            return String.join(",", remaining.stream().map(String::valueOf).toList());
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance queue(
                EnrolmentQueue.QueuePage queue,
                Filter filter,
                String query,
                String from,
                List<Application.Status> statuses,
                List<OfferingChoice> offerings,
                List<CountryChoice> countries,
                Application.Status decided,
                Refusal refusal);

        /** The queue's table and its bulk form, as htmx puts them back when a bulk decision is refused. */
        static native TemplateInstance queue$results(
                EnrolmentQueue.QueuePage queue,
                Filter filter,
                String query,
                String from,
                List<Application.Status> statuses,
                List<OfferingChoice> offerings,
                List<CountryChoice> countries,
                Application.Status decided,
                Refusal refusal);

        static native TemplateInstance batch(Batch batch);

        static native TemplateInstance batch$progress(Batch batch);
    }

    @Inject
    EnrolmentService enrolment;

    @Inject
    EnrolmentQueries queries;

    @Inject
    CurrentPerson me;

    @Inject
    CurrentUser user;

    @Inject
    RequestLanguage language;

    @Inject
    DecisionAnswer answers;

    @Inject
    Refusals refusals;

    /** What "waiting for a decision" means: submitted (endorsed where needed) and not yet decided. */
    static final Set<Application.Status> AWAITING_DECISION =
            EnumSet.of(Application.Status.SUBMITTED, Application.Status.ENDORSED);

    @GET
    @Path("queue")
    @RolesAllowed({Roles.COURSE_MANAGER, Roles.ADMIN})
    public TemplateInstance queue(
            @QueryParam("offering") String offering,
            @QueryParam("country") String country,
            @QueryParam("status") List<Application.Status> status,
            @QueryParam("done") String done,
            @QueryParam("after") String after) {
        return queuePage(offering, country, status, after, decided(done), false, Refusal.none());
    }

    /** The queue as filtered; {@code refusal} says why a bulk decision of it was refused. */
    private TemplateInstance queuePage(
            String offering,
            String country,
            List<Application.Status> status,
            String after,
            Application.Status decided,
            boolean resultsOnly,
            Refusal refusal) {
        List<Application.Status> chosen = status == null
                ? List.of()
                : status.stream().filter(java.util.Objects::nonNull).toList();
        Set<Application.Status> statuses = chosen.isEmpty() ? AWAITING_DECISION : EnumSet.copyOf(chosen);
        String chosenCountry = blank(country) == null ? null : blank(country).toUpperCase(java.util.Locale.ROOT);
        Filter filter = new Filter(blank(offering), chosenCountry, statuses);
        List<String> values = new ArrayList<>();
        if (filter.offering() != null) {
            values.add("offering=" + Origin.encode(filter.offering()));
        }
        if (filter.country() != null) {
            values.add("country=" + Origin.encode(filter.country()));
        }
        statuses.forEach(s -> values.add("status=" + s.name()));
        String query = String.join("&", values);
        Language reader = language.get();
        EnrolmentQueue.QueuePage queue = queries.queue(filter, after, 50, reader);
        String from = Origin.encode("/enrolment/queue?" + query);
        List<Application.Status> all = List.of(Application.Status.values());
        List<OfferingChoice> offerings = queries.offeringChoices(statuses, filter.offering(), reader);
        List<CountryChoice> countries = queries.countryChoices(statuses, filter.country(), reader);
        Refusal labelled = EnrolmentRefusals.labelled(refusal, reader);
        return resultsOnly
                ? Templates.queue$results(queue, filter, query, from, all, offerings, countries, decided, labelled)
                : Templates.queue(queue, filter, query, from, all, offerings, countries, decided, labelled);
    }

    /**
     * One decision. With htmx the application's page answers in place (the confirmation, the status, what may still
     * be decided); without, the person goes back where they came from ({@code from}), which says what was done.
     */
    @POST
    @Path("applications/{id}/decision")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.COURSE_MANAGER, Roles.ADMIN})
    public Response decide(
            @PathParam("id") long id,
            @RestForm Decision decision,
            @RestForm String reason,
            @RestForm String from,
            @HeaderParam("HX-Request") String htmx) {
        return refusals.attempt(
                EnrolmentRefusals.LABELS,
                () -> {
                    Application decided = EnrolmentRefusals.onForm("decide-", false, language.get(), () -> {
                        if (decision == null) {
                            throw EnrolmentRefusals.refuse("", "Choose a decision", "refused_decision_missing");
                        }
                        EnrolmentRefusals.atMost("reason", reason, Application.REASON_MAX);
                        return enrolment.decide(
                                id, me.get(), user.hasRole(Roles.ADMIN), decision, EnrolmentPages.blankToNull(reason));
                    });
                    return answers.answer(id, decided.status, from, htmx != null);
                },
                refusal -> answers.page(id, from, htmx != null, null, refusal));
    }

    @POST
    @Path("queue/decisions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.COURSE_MANAGER, Roles.ADMIN})
    public Response decideMany(
            @RestForm("application") List<Long> selected,
            @RestForm String remaining,
            @RestForm Decision decision,
            @RestForm String reason,
            @RestForm @DefaultValue("0") int done,
            @RestForm @DefaultValue("0") int total,
            @BeanParam Tally tally,
            @RestForm String offering,
            @RestForm String country,
            @RestForm("status") List<Application.Status> status,
            @HeaderParam("HX-Request") String htmx) {
        // Refused before any application is decided: the queue comes back as it was, with the ticks and the reason.
        Response refused = refusals.attempt(
                EnrolmentRefusals.LABELS,
                () -> {
                    EnrolmentRefusals.onForm("bulk-", false, language.get(), () -> {
                        if (decision == null) {
                            throw EnrolmentRefusals.refuse("", "Choose a decision", "refused_decision_missing");
                        }
                        if (decision == Decision.REJECT && EnrolmentPages.blankToNull(reason) == null) {
                            throw EnrolmentRefusals.refuse(
                                    "reason", "Say why the applications are rejected", "refused_reject_reason");
                        }
                        EnrolmentRefusals.atMost("reason", reason, Application.REASON_MAX);
                        return null;
                    });
                    return null;
                },
                refusal -> queuePage(offering, country, status, null, null, htmx != null, refusal));
        if (refused != null) {
            // htmx put the answer below the form: the refused form takes the table's place instead.
            return htmx == null
                    ? refused
                    : Response.fromResponse(refused)
                            .header("HX-Retarget", "#queue-results")
                            .header("HX-Reswap", "outerHTML")
                            .build();
        }
        List<Long> ids = new ArrayList<>(selected == null ? List.of() : selected);
        if (remaining != null && !remaining.isBlank()) {
            for (String id : remaining.split(",")) {
                Long parsed = eu.topcop.learn.platform.web.PageForms.id(id.strip());
                if (parsed == null) {
                    throw new DomainException.RuleViolation("remaining", "Not an application: " + id);
                }
                ids.add(parsed);
            }
        }
        int all = total > 0 ? total : ids.size();
        boolean chunked = htmx != null;
        List<Long> now = chunked ? ids.subList(0, Math.min(CHUNK, ids.size())) : ids;
        List<Outcome> outcomes = new ArrayList<>();
        Person manager = me.get();
        boolean admin = user.hasRole(Roles.ADMIN);
        String why = EnrolmentPages.blankToNull(reason);
        for (Long id : now) {
            try {
                outcomes.add(new Outcome(id, enrolment.decide(id, manager, admin, decision, why).status, false, false));
            } catch (AwaitingEndorsement e) {
                outcomes.add(new Outcome(id, null, true, true));
            } catch (DomainException | ForbiddenException e) {
                outcomes.add(new Outcome(id, null, true, false));
            }
        }
        Batch batch = new Batch(
                decision,
                why == null ? "" : why,
                outcomes,
                List.copyOf(ids.subList(now.size(), ids.size())),
                done + now.size(),
                all,
                tally.plus(outcomes));
        if (!chunked) {
            return Response.ok(Templates.batch(batch)).build();
        }
        Response.ResponseBuilder answer = Response.ok(Templates.batch$progress(batch));
        // The queue's table reloads itself once the whole batch is through: decided rows leave it.
        return batch.finished() && batch.total() > 0
                ? answer.header("HX-Trigger", "queue-changed").build()
                : answer.build();
    }

    /** The status named by a {@code done} code of a decision, or null (another code, or none). */
    static Application.Status decided(String done) {
        if (done == null || done.isBlank()) {
            return null;
        }
        try {
            return Application.Status.valueOf(done.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * Who may take part, from the enrolment page's form: {@code quota-XX} per partner country (empty: no quota),
     * agency types ticked, prerequisite module codes separated by commas, the gate deadline.
     */
    @POST
    @Path("offerings/{code}/rules")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.COURSE_MANAGER, Roles.ADMIN})
    public Response rules(@PathParam("code") String code, jakarta.ws.rs.core.MultivaluedMap<String, String> form) {
        Map<String, Integer> quotas = new LinkedHashMap<>();
        for (String key : form.keySet()) {
            String value = form.getFirst(key);
            if (key.startsWith("quota-") && value != null && !value.isBlank()) {
                try {
                    quotas.put(key.substring(6), Integer.valueOf(value.strip()));
                } catch (NumberFormatException e) {
                    throw new DomainException.RuleViolation("quotas", "A quota is a number of places");
                }
            }
        }
        List<String> types = form.getOrDefault("agencyType", List.of());
        String modules = form.getFirst("prerequisites");
        List<String> prerequisites = modules == null || modules.isBlank()
                ? List.of()
                : java.util.Arrays.stream(modules.split("[,\\s]+"))
                        .filter(m -> !m.isBlank())
                        .toList();
        enrolment.setRules(
                code,
                me.get(),
                user.hasRole(Roles.ADMIN),
                new EnrolmentRules.Rules(quotas, types, prerequisites, date(form.getFirst("gateDeadline"))));
        return Response.seeOther(URI.create("/enrolment/offerings/" + code + "?done=rules"))
                .build();
    }

    static LocalDate date(String value) {
        return eu.topcop.learn.platform.web.PageForms.date(value);
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
