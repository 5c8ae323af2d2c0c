package eu.topcop.learn.networks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
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
import eu.topcop.learn.platform.i18n.Language;
import eu.topcop.learn.platform.i18n.RequestLanguage;
import eu.topcop.learn.platform.web.DomainException;
import eu.topcop.learn.platform.web.PageForms;
import eu.topcop.learn.platform.web.Problem;
import eu.topcop.learn.platform.web.Refusal;
import eu.topcop.learn.platform.web.Refusals;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The networks on pages: the list, a network's space, and its membership forms. A refused form comes back filled in
 * as it was sent, each field's reason in the reader's language.
 */
@Path("/networks")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class NetworkPages {

    /**
     * The page's own checks of a form before the service is asked: each refused field with the English problem for
     * the log and the message of {@link NetworkMessages} that says it to the reader.
     */
    static final class Checks {
        private final List<Problem.FieldError> problems = new ArrayList<>();
        private final Map<String, String[]> reasons = new LinkedHashMap<>();

        void refuse(String field, String problem, String key, String... args) {
            problems.add(new Problem.FieldError(field, problem));
            reasons.putIfAbsent(
                    field, Stream.concat(Stream.of(key), Stream.of(args)).toArray(String[]::new));
        }

        void limit(String field, String value, int limit) {
            if (value != null && value.length() > limit) {
                refuse(field, "at most " + limit + " characters", "error_too_long", String.valueOf(limit));
            }
        }

        void throwIfAny() {
            if (problems.isEmpty()) {
                return;
            }
            DomainException refused = new DomainException.Invalid("The form has mistakes", problems);
            reasons.forEach((field, key) -> refused.because(
                    field, NetworkMessages.class, key[0], java.util.Arrays.copyOfRange(key, 1, key.length)));
            throw refused;
        }
    }

    /** Names of priorities and countries in the reader's language, for codes the space carries. */
    public record Names(Map<String, String> priorities, Map<String, String> countries) {

        public String priority(String code) {
            return priorities.getOrDefault(code, code);
        }

        public String country(String code) {
            return code == null ? "" : countries.getOrDefault(code, code);
        }

        public List<String> orgKinds() {
            return java.util.Arrays.stream(NetworkMember.OrganisationKind.values())
                    .map(Enum::name)
                    .toList();
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance networks(List<NetworkViews.Summary> networks);

        static native TemplateInstance space(NetworkViews.Space space, Names names, Refusal refusal, String done);
    }

    @Inject
    NetworkService networks;

    @Inject
    NetworkViewer viewer;

    @Inject
    RequestLanguage language;

    @Inject
    CatalogueService catalogue;

    @Inject
    Refusals refusals;

    @GET
    public TemplateInstance list() {
        return Templates.networks(networks.list(viewer.get(), language.get()));
    }

    @GET
    @Path("{code}")
    public TemplateInstance space(
            @PathParam("code") @Pattern(regexp = NetworkResource.CODE) String code,
            @QueryParam("done") @Pattern(regexp = "[A-Za-z_]{1,20}") String done) {
        return Templates.space(networks.space(code, viewer.get(), language.get()), names(), Refusal.none(), done);
    }

    @POST
    @Path("{code}/join")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response join(
            @PathParam("code") @Pattern(regexp = NetworkResource.CODE) String code,
            @RestForm String organisation,
            @RestForm String organisationKind,
            @RestForm String country,
            @RestForm String reason) {
        Checks checks = new Checks();
        checks.limit("organisation", organisation, NetworkViews.ORGANISATION);
        checks.limit("reason", reason, NetworkViews.REASON);
        NetworkMember.OrganisationKind kind = kind(organisationKind, checks);
        country(country, checks);
        return act(code, checks, () -> {
            NetworkViews.Member member = networks.join(
                    code, viewer.get(), new NetworkViews.JoinRequest(organisation, kind, blank(country), reason));
            return member.status().name();
        });
    }

    @POST
    @Path("{code}/leave")
    public Response leave(@PathParam("code") @Pattern(regexp = NetworkResource.CODE) String code) {
        return act(code, new Checks(), () -> {
            networks.leave(code, viewer.get());
            return "left";
        });
    }

    @POST
    @Path("{code}/invitations")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response invite(
            @PathParam("code") @Pattern(regexp = NetworkResource.CODE) String code,
            @RestForm String email,
            @RestForm String organisation,
            @RestForm String organisationKind,
            @RestForm String country) {
        Checks checks = new Checks();
        if (email == null || !email.strip().matches("[^@\\s]{1,64}@[^@\\s]{1,189}")) {
            checks.refuse("email", "is not an e-mail address", "error_email");
        }
        checks.limit("organisation", organisation, NetworkViews.ORGANISATION);
        NetworkMember.OrganisationKind kind = kind(organisationKind, checks);
        country(country, checks);
        return act(code, checks, () -> {
            networks.invite(
                    code, viewer.get(), new NetworkViews.Invitation(email.strip(), organisation, kind, blank(country)));
            return "invited";
        });
    }

    @POST
    @Path("{code}/members/{id: \\d+}/decision")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decide(
            @PathParam("code") @Pattern(regexp = NetworkResource.CODE) String code,
            @PathParam("id") long id,
            @RestForm String decision,
            @RestForm String reason) {
        Checks checks = new Checks();
        checks.limit("reason", reason, NetworkViews.REASON);
        NetworkViews.Decision chosen = "APPROVE".equals(decision)
                ? NetworkViews.Decision.APPROVE
                : "REFUSE".equals(decision) ? NetworkViews.Decision.REFUSE : null;
        if (chosen == null) {
            checks.refuse("decision", "is APPROVE or REFUSE", "error_invalid");
        }
        return act(code, checks, () -> {
            networks.decide(code, id, new NetworkViews.DecisionRequest(chosen, reason), viewer.get());
            return "decided";
        });
    }

    @POST
    @Path("{code}/members/{id: \\d+}/role")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response role(
            @PathParam("code") @Pattern(regexp = NetworkResource.CODE) String code,
            @PathParam("id") long id,
            @RestForm String role) {
        Checks checks = new Checks();
        NetworkMember.Role chosen = "MODERATOR".equals(role)
                ? NetworkMember.Role.MODERATOR
                : "MEMBER".equals(role) ? NetworkMember.Role.MEMBER : null;
        if (chosen == null) {
            checks.refuse("role", "is MODERATOR or MEMBER", "error_invalid");
        }
        return act(code, checks, () -> {
            networks.role(code, id, new NetworkViews.RoleRequest(chosen), viewer.get());
            return "role";
        });
    }

    /**
     * Runs a form's action once the page's checks pass, or shows the space again with what was typed and each
     * reason in the reader's language (422; 409 when the membership changed in the meantime).
     */
    private Response act(String code, Checks checks, java.util.function.Supplier<String> action) {
        return refusals.attempt(
                () -> {
                    checks.throwIfAny();
                    try {
                        return PageForms.see("/networks/" + code + "?done=" + action.get());
                    } catch (DomainException.RuleViolation e) {
                        throw e.because(e.field(), NetworkMessages.class, reason(e.field()));
                    } catch (DomainException.Invalid e) {
                        e.errors().forEach(f -> e.because(f.field(), NetworkMessages.class, "error_invalid"));
                        throw e;
                    } catch (DomainException.Conflict e) {
                        throw e.because("", NetworkMessages.class, "error_conflict");
                    }
                },
                refusal -> Templates.space(networks.space(code, viewer.get(), language.get()), names(), refusal, null));
    }

    private static String reason(String field) {
        return switch (field == null ? "" : field) {
            case "network" -> "error_network";
            case "email" -> "error_email";
            case "country" -> "error_country";
            default -> "error_invalid";
        };
    }

    private static NetworkMember.OrganisationKind kind(String value, Checks checks) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return NetworkMember.OrganisationKind.valueOf(value);
        } catch (IllegalArgumentException e) {
            checks.refuse("organisationKind", "is not a kind of organisation", "error_invalid");
            return null;
        }
    }

    private static void country(String country, Checks checks) {
        if (country != null && !country.isBlank() && !country.matches("[A-Z]{2}")) {
            checks.refuse("country", "is not a country code", "error_country");
        }
    }

    private Names names() {
        Language lang = language.get();
        Map<String, String> priorities = new LinkedHashMap<>(catalogue.portfolioNames(lang));
        catalogue
                .empactPriorities(catalogue.currentCycle().code(), lang)
                .forEach(p -> priorities.putIfAbsent(p.code(), p.name()));
        Map<String, String> countries = new LinkedHashMap<>();
        catalogue.venueCountries(lang).forEach(c -> countries.put(c.code(), c.name()));
        return new Names(priorities, countries);
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
