package eu.topcop.learn.insight;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.topcop.learn.catalogue.Country;
import eu.topcop.learn.catalogue.CrimePriority;
import eu.topcop.learn.platform.i18n.Language;
import eu.topcop.learn.platform.i18n.RequestLanguage;
import eu.topcop.learn.platform.security.Roles;
import eu.topcop.learn.platform.web.DomainException;
import eu.topcop.learn.platform.web.Problem;
import eu.topcop.learn.platform.web.Refusal;
import eu.topcop.learn.platform.web.Refusals;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import static eu.topcop.learn.platform.web.PageForms.see;

/**
 * A course manager defines an OTNA round on a page, in one of two ways: from an earlier round (its scales, target
 * groups and the capabilities of the priorities chosen, with a new code, year, title, priorities and countries),
 * or from a definition file (the API's JSON, for a round with new scales or capabilities). Either way the same
 * service defines it, and a refused definition comes back as typed with every mistake named.
 */
@Path("/insight/rounds/new")
@Produces(MediaType.TEXT_HTML)
public class RoundDefinitionPages {

    /** The form as typed; titles per language code. */
    public record RoundForm(
            String basedOn,
            String code,
            String year,
            Map<String, String> title,
            List<String> priorities,
            List<String> countries) {

        static RoundForm empty() {
            return new RoundForm("", "", "", Map.of(), List.of(), List.of());
        }

        public String titleIn(String language) {
            return title.getOrDefault(language, "");
        }
    }

    /** A choice of the form, named in the reader's language. */
    public record Choice(String code, String name) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance define(
                List<OtnaViews.RoundSummary> rounds,
                List<Choice> priorities,
                List<Choice> countries,
                List<Language> languages,
                RoundForm form,
                Refusal refusal,
                String language);
    }

    static final Refusals.Labels LABELS = new Refusals.Labels(InsightMessages.class, "col_");

    private static final ObjectMapper JSON =
            new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @Inject
    OtnaService otna;

    @Inject
    InsightViewer viewer;

    @Inject
    Validator validator;

    @Inject
    RequestLanguage language;

    @Inject
    Refusals refusals;

    @GET
    @RolesAllowed({Roles.COURSE_MANAGER, Roles.ADMIN})
    public TemplateInstance form() {
        return page(RoundForm.empty(), Refusal.none());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.COURSE_MANAGER, Roles.ADMIN})
    public Response fromEarlierRound(
            @RestForm String basedOn,
            @RestForm String code,
            @RestForm String year,
            @RestForm("title_en") String titleEn,
            @RestForm("title_ru") String titleRu,
            @RestForm("title_uk") String titleUk,
            @RestForm("title_ka") String titleKa,
            @RestForm("title_hy") String titleHy,
            @RestForm("title_az") String titleAz,
            @RestForm("title_ro") String titleRo,
            @RestForm("priorities") List<String> priorities,
            @RestForm("countries") List<String> countries) {
        Map<String, String> title = new LinkedHashMap<>();
        String[] typed = {titleEn, titleRu, titleUk, titleKa, titleHy, titleAz, titleRo};
        for (int i = 0; i < typed.length; i++) {
            if (typed[i] != null && !typed[i].isBlank()) {
                title.put(Language.SUPPORTED.get(i).code(), typed[i].strip());
            }
        }
        RoundForm form = new RoundForm(
                basedOn,
                code,
                year,
                title,
                priorities == null ? List.of() : priorities,
                countries == null ? List.of() : countries);
        return refusals.attempt(LABELS, () -> fromEarlierRound(form), refusal -> page(form, refusal));
    }

    private Response fromEarlierRound(RoundForm form) {
        String basedOn = form.basedOn();
        String year = form.year();
        List<Problem.FieldError> errors = new ArrayList<>();
        OtnaViews.Round base = null;
        if (basedOn == null || basedOn.isBlank()) {
            errors.add(new Problem.FieldError("basedOn", "Choose the round to start from"));
        } else {
            try {
                base = otna.round(basedOn);
            } catch (DomainException.NotFound e) {
                errors.add(new Problem.FieldError("basedOn", "No such round"));
            }
        }
        Integer parsedYear = null;
        try {
            parsedYear = Integer.valueOf(year == null ? "" : year.strip());
        } catch (NumberFormatException e) {
            errors.add(new Problem.FieldError("year", "A year such as 2027"));
        }
        if (!form.title().containsKey("en")) {
            errors.add(new Problem.FieldError("title", "The English title is needed"));
        }
        List<OtnaViews.CapabilityDefinition> capabilities = new ArrayList<>();
        if (base != null) {
            for (OtnaViews.CapabilityView c : base.capabilities()) {
                if (form.priorities().contains(c.priority())) {
                    capabilities.add(new OtnaViews.CapabilityDefinition(
                            c.code(), c.priority(), c.title(), c.description(), c.targetGroups()));
                }
            }
            if (capabilities.isEmpty() && !form.priorities().isEmpty()) {
                errors.add(
                        new Problem.FieldError("priorities", "The earlier round asks nothing about these priorities"));
            }
        }
        refuse(errors);
        OtnaViews.RoundDefinition definition = new OtnaViews.RoundDefinition(
                form.code() == null ? null : form.code().strip().toLowerCase(Locale.ROOT),
                parsedYear,
                form.title(),
                form.priorities(),
                form.countries(),
                levels(base.proficiencyScale()),
                levels(base.urgencyScale()),
                levels(base.targetGroups()),
                capabilities,
                false);
        return define(definition);
    }

    @POST
    @Path("file")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Roles.COURSE_MANAGER, Roles.ADMIN})
    public Response fromFile(@RestForm("definition") FileUpload file) {
        return refusals.attempt(LABELS, () -> define(definition(file)), refusal -> page(RoundForm.empty(), refusal));
    }

    private static OtnaViews.RoundDefinition definition(FileUpload file) {
        if (file == null || file.size() == 0) {
            refuse(List.of(new Problem.FieldError("definition", "Choose a definition file")));
        }
        try {
            return JSON.readValue(Files.readAllBytes(file.uploadedFile()), OtnaViews.RoundDefinition.class);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null
                    ? ""
                    : file.fileName() + ":" + e.getLocation().getLineNr() + ":"
                            + e.getLocation().getColumnNr() + ": ";
            refuse(List.of(new Problem.FieldError("definition", where + e.getOriginalMessage())));
        } catch (IOException e) {
            refuse(List.of(new Problem.FieldError("definition", "The file could not be read")));
        }
        throw new IllegalStateException("refused above");
    }

    /** Validates the definition as the API does (the same limits) and defines it. */
    private Response define(OtnaViews.RoundDefinition definition) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<OtnaViews.RoundDefinition> v : validator.validate(definition)) {
            errors.add(new Problem.FieldError(v.getPropertyPath().toString(), v.getMessage()));
        }
        refuse(errors);
        try {
            OtnaViews.Round round = otna.define(definition, viewer.personId());
            return see("/insight/rounds/" + round.code() + "?done=defined");
        } catch (DomainException e) {
            throw named(e);
        }
    }

    /** Refuses the definition if it has mistakes. */
    private static void refuse(List<Problem.FieldError> errors) {
        if (!errors.isEmpty()) {
            throw named(new DomainException.Invalid("The round has mistakes", errors)
                    .because(InsightMessages.class, OtnaService.ROUND_REASONS));
        }
    }

    /**
     * {@code refused} with the fields only a definition file has (a capability's code, a broken line) named as the
     * file names them, with the English of the mistake: they are the file's words, not the form's.
     */
    private static DomainException named(DomainException refused) {
        if (refused instanceof DomainException.Invalid invalid) {
            for (Problem.FieldError error : invalid.errors()) {
                if (refused.reason(error.field()).isEmpty()) {
                    String detail = "definition".equals(error.field())
                            ? error.message()
                            : error.field() + ": " + error.message();
                    refused.because(error.field(), InsightMessages.class, "error_round_file", detail);
                }
            }
        }
        return refused;
    }

    private TemplateInstance page(RoundForm form, Refusal refusal) {
        String lang = language.get().code();
        Locale locale = language.locale();
        List<Choice> priorities = CrimePriority.<CrimePriority>list("portfolio = true order by position").stream()
                .map(p -> new Choice(p.code, p.names.getOrDefault(lang, p.names.getOrDefault("en", p.code))))
                .toList();
        List<Choice> countries = Country.<Country>list("eapPartner = true").stream()
                .map(c -> new Choice(c.code, new Locale("", c.code).getDisplayCountry(locale)))
                .sorted((a, b) -> a.name().compareTo(b.name()))
                .toList();
        return Templates.define(otna.rounds(), priorities, countries, Language.SUPPORTED, form, refusal, lang);
    }

    private static List<OtnaViews.LevelDefinition> levels(List<OtnaViews.Level> levels) {
        return levels.stream()
                .map(l -> new OtnaViews.LevelDefinition(l.code(), l.labels()))
                .toList();
    }
}
