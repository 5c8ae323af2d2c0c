package eu.topcop.learn.insight;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
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

import eu.topcop.learn.platform.i18n.Language;
import eu.topcop.learn.platform.i18n.RequestLanguage;
import eu.topcop.learn.platform.security.Roles;
import eu.topcop.learn.platform.web.DomainException;
import eu.topcop.learn.platform.web.Downloads;
import eu.topcop.learn.platform.web.Refusal;
import eu.topcop.learn.platform.web.Refusals;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import static eu.topcop.learn.platform.web.PageForms.see;

/**
 * OTNA rounds on pages: the list, one round with its questionnaire templates, the course managers' import of
 * answer files (a refused file comes back with every problem named as file:row:column) and the round's steps
 * (consolidation, validation, closure). Gaps and coverage are on {@link GapPages}.
 */
@Path("/insight/rounds")
@Produces(MediaType.TEXT_HTML)
public class OtnaPages {

    /** What a refused step of the round says, by the step. */
    static final String[] READERS = {Roles.NATIONAL_COORDINATOR, Roles.COURSE_MANAGER, Roles.ADMIN};

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance rounds(List<OtnaViews.RoundSummary> rounds, String language);

        static native TemplateInstance round(
                RoundLabels round,
                List<OtnaViews.ImportReport> imports,
                OtnaViews.ImportReport result,
                List<Language> languages,
                boolean manages,
                String done,
                Refusal refusal);

        static native TemplateInstance importReport(RoundLabels round, OtnaViews.ImportReport report);
    }

    @Inject
    Refusals refusals;

    @Inject
    OtnaService otna;

    @Inject
    QuestionnaireImports imports;

    @Inject
    InsightViewer viewer;

    @Inject
    RequestLanguage language;

    @GET
    @RolesAllowed({Roles.NATIONAL_COORDINATOR, Roles.COURSE_MANAGER, Roles.ADMIN})
    public TemplateInstance rounds() {
        return Templates.rounds(otna.rounds(), language.get().code());
    }

    @GET
    @Path("{code}")
    @RolesAllowed({Roles.NATIONAL_COORDINATOR, Roles.COURSE_MANAGER, Roles.ADMIN})
    public TemplateInstance round(@PathParam("code") String code, @QueryParam("done") String done) {
        return page(code, null, done, Refusal.none());
    }

    @GET
    @Path("{code}/template.csv")
    @Produces("text/csv")
    @RolesAllowed({Roles.NATIONAL_COORDINATOR, Roles.COURSE_MANAGER, Roles.ADMIN})
    public Response csvTemplate(@PathParam("code") String code, @QueryParam("lang") String lang) {
        return Downloads.attachment(
                otna.template(code, templateLanguage(lang), false), "text/csv; charset=UTF-8", code + ".csv");
    }

    @GET
    @Path("{code}/template.xlsx")
    @Produces(InsightExports.XLSX)
    @RolesAllowed({Roles.NATIONAL_COORDINATOR, Roles.COURSE_MANAGER, Roles.ADMIN})
    public Response xlsxTemplate(@PathParam("code") String code, @QueryParam("lang") String lang) {
        return Downloads.attachment(
                otna.template(code, templateLanguage(lang), true), InsightExports.XLSX, code + ".xlsx");
    }

    /**
     * Imports one file. The page shows the upload's progress while the browser sends it; validation and import
     * of 10,000 rows then take about a second (see the README's benchmark), so the answer is the report itself.
     */
    @POST
    @Path("{code}/imports")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Roles.COURSE_MANAGER, Roles.ADMIN})
    public Response importFile(@PathParam("code") String code, @RestForm("file") FileUpload file) {
        return refusals.attempt(() -> imported(code, file), refusal -> page(code, null, null, refusal));
    }

    /** The report of the import: 200 when imported, 422 when the file's rows are refused. */
    private Response imported(String code, FileUpload file) {
        if (file == null || file.fileName() == null || file.fileName().isBlank() || file.size() == 0) {
            throw new DomainException.RuleViolation("file", "Choose a file to import")
                    .because("file", InsightMessages.class, "refused_no_file");
        }
        String name = file.fileName().replaceAll("[/\\\\\\p{Cntrl}]", "_");
        if (name.length() > 255) {
            name = name.substring(name.length() - 255);
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        OtnaViews.ImportReport report = imports.importFile(code, name, bytes, viewer.personId());
        return Response.status("REFUSED".equals(report.status()) ? 422 : 200)
                .entity(page(code, report, null, Refusal.none()))
                .build();
    }

    @GET
    @Path("{code}/imports/{id}")
    @RolesAllowed({Roles.COURSE_MANAGER, Roles.ADMIN})
    public TemplateInstance importReport(@PathParam("code") String code, @PathParam("id") long id) {
        return Templates.importReport(labels(code), imports.report(code, id));
    }

    @POST
    @Path("{code}/consolidation")
    @RolesAllowed({Roles.COURSE_MANAGER, Roles.ADMIN})
    public Response consolidate(@PathParam("code") String code) {
        return step(code, "consolidated", () -> otna.consolidate(code));
    }

    @POST
    @Path("{code}/validation")
    @RolesAllowed({Roles.COURSE_MANAGER, Roles.ADMIN})
    public Response validate(@PathParam("code") String code) {
        return step(code, "validated", () -> otna.validate(code));
    }

    @POST
    @Path("{code}/closure")
    @RolesAllowed({Roles.COURSE_MANAGER, Roles.ADMIN})
    public Response close(@PathParam("code") String code) {
        return step(code, "closed", () -> otna.close(code));
    }

    /** A step the round's status refuses comes back on the round page with the reason, in the reader's language. */
    private Response step(String code, String done, Runnable action) {
        return refusals.attempt(
                () -> {
                    action.run();
                    return see("/insight/rounds/" + code + "?done=" + done);
                },
                refusal -> page(code, null, null, refusal));
    }

    private TemplateInstance page(String code, OtnaViews.ImportReport result, String done, Refusal refusal) {
        boolean manages = viewer.everyCountry();
        return Templates.round(
                labels(code),
                manages ? imports.imports(code) : List.of(),
                result,
                Language.SUPPORTED,
                manages,
                done == null ? "" : done,
                refusal);
    }

    private RoundLabels labels(String code) {
        return new RoundLabels(otna.round(code), language.get().code());
    }

    private String templateLanguage(String lang) {
        return Language.of(lang).orElse(language.get()).code();
    }
}
