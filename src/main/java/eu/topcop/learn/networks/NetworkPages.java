package eu.topcop.learn.networks;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    /** What a refused form held, and why each field was refused, already in the reader's language. */
    public record Form(String name, Map<String, String> values, Map<String, String> errors) {

        public String value(String field) {
            return values.getOrDefault(field, "");
        }

        public String error(String field) {
            return errors.get(field);
        }

        /** Whether the field was sent with this id (a chosen option). */
        public boolean chose(String field, long id) {
            return value(field).equals(Long.toString(id));
        }

        public boolean refused() {
            return !errors.isEmpty();
        }

        /** This form if it is the one named, else an empty one: a page with several forms shows each its own. */
        public Form in(String form) {
            return form.equals(name) ? this : none();
        }

        static Form none() {
            return new Form("", Map.of(), Map.of());
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

        static native TemplateInstance space(NetworkViews.Space space, Names names, Form form, String done);
    }

    @Inject
    NetworkService networks;

    @Inject
    NetworkViewer viewer;

    @Inject
    RequestLanguage language;

    @Inject
    CatalogueService catalogue;

    @GET
    public TemplateInstance list() {
        return Templates.networks(networks.list(viewer.get(), language.get()));
    }

    @GET
    @Path("{code}")
    public TemplateInstance space(
            @PathParam("code") @Pattern(regexp = NetworkResource.CODE) String code,
            @QueryParam("done") @Pattern(regexp = "[A-Za-z_]{1,20}") String done) {
        return Templates.space(networks.space(code, viewer.get(), language.get()), names(), Form.none(), done);
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
        Map<String, String> values = values(
                "organisation",
                organisation,
                "organisationKind",
                organisationKind,
                "country",
                country,
                "reason",
                reason);
        Map<String, String> errors = new LinkedHashMap<>();
        limit(errors, "organisation", organisation, NetworkViews.ORGANISATION);
        limit(errors, "reason", reason, NetworkViews.REASON);
        NetworkMember.OrganisationKind kind = kind(organisationKind, errors);
        if (country != null && !country.isBlank() && !country.matches("[A-Z]{2}")) {
            errors.put("country", words().error_country());
        }
        return act(code, "join", values, errors, () -> {
            NetworkViews.Member member = networks.join(
                    code, viewer.get(), new NetworkViews.JoinRequest(organisation, kind, blank(country), reason));
            return member.status().name();
        });
    }

    @POST
    @Path("{code}/leave")
    public Response leave(@PathParam("code") @Pattern(regexp = NetworkResource.CODE) String code) {
        return act(code, "leave", Map.of(), new LinkedHashMap<>(), () -> {
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
        Map<String, String> values = values(
                "email", email, "organisation", organisation, "organisationKind", organisationKind, "country", country);
        Map<String, String> errors = new LinkedHashMap<>();
        if (email == null || !email.strip().matches("[^@\\s]{1,64}@[^@\\s]{1,189}")) {
            errors.put("email", words().error_email());
        }
        limit(errors, "organisation", organisation, NetworkViews.ORGANISATION);
        NetworkMember.OrganisationKind kind = kind(organisationKind, errors);
        if (country != null && !country.isBlank() && !country.matches("[A-Z]{2}")) {
            errors.put("country", words().error_country());
        }
        return act(code, "invite", values, errors, () -> {
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
        Map<String, String> errors = new LinkedHashMap<>();
        limit(errors, "reason", reason, NetworkViews.REASON);
        NetworkViews.Decision chosen = "APPROVE".equals(decision)
                ? NetworkViews.Decision.APPROVE
                : "REFUSE".equals(decision) ? NetworkViews.Decision.REFUSE : null;
        if (chosen == null) {
            errors.put("decision", words().error_invalid());
        }
        return act(code, "decide", values("reason", reason), errors, () -> {
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
        Map<String, String> errors = new LinkedHashMap<>();
        NetworkMember.Role chosen = "MODERATOR".equals(role)
                ? NetworkMember.Role.MODERATOR
                : "MEMBER".equals(role) ? NetworkMember.Role.MEMBER : null;
        if (chosen == null) {
            errors.put("role", words().error_invalid());
        }
        return act(code, "role", Map.of(), errors, () -> {
            networks.role(code, id, new NetworkViews.RoleRequest(chosen), viewer.get());
            return "role";
        });
    }

    /** Runs a form's action, or shows the space again with the form as sent and each reason. */
    private Response act(
            String code,
            String form,
            Map<String, String> values,
            Map<String, String> errors,
            java.util.function.Supplier<String> action) {
        int status = 422;
        if (errors.isEmpty()) {
            try {
                return PageForms.see("/networks/" + code + "?done=" + action.get());
            } catch (DomainException.RuleViolation e) {
                errors.put(e.field(), reason(e.field()));
            } catch (DomainException.Invalid e) {
                e.errors().forEach(f -> errors.put(f.field(), words().error_invalid()));
            } catch (DomainException.Conflict e) {
                errors.put("state", words().error_conflict());
                status = 409;
            }
        }
        Language lang = language.get();
        return Response.status(status)
                .entity(Templates.space(
                        networks.space(code, viewer.get(), lang), names(), new Form(form, values, errors), null))
                .build();
    }

    private String reason(String field) {
        NetworkMessages w = words();
        return switch (field) {
            case "network" -> w.error_network();
            case "email" -> w.error_email();
            case "country" -> w.error_country();
            default -> w.error_invalid();
        };
    }

    private NetworkMember.OrganisationKind kind(String value, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return NetworkMember.OrganisationKind.valueOf(value);
        } catch (IllegalArgumentException e) {
            errors.put("organisationKind", words().error_invalid());
            return null;
        }
    }

    private void limit(Map<String, String> errors, String field, String value, int limit) {
        if (value != null && value.length() > limit) {
            errors.put(field, words().error_too_long(limit));
        }
    }

    private NetworkMessages words() {
        return NetworkNotices.messages(language.get());
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

    private static Map<String, String> values(String... pairs) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            values.put(pairs[i], pairs[i + 1] == null ? "" : pairs[i + 1]);
        }
        return values;
    }
}
