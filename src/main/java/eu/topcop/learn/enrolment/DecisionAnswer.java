package eu.topcop.learn.enrolment;

import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import eu.topcop.learn.enrolment.EnrolmentViews.ApplicationDetail;
import eu.topcop.learn.platform.i18n.Language;
import eu.topcop.learn.platform.i18n.RequestLanguage;
import eu.topcop.learn.platform.security.CurrentUser;
import eu.topcop.learn.platform.security.Roles;
import eu.topcop.learn.platform.web.Origin;
import eu.topcop.learn.platform.web.Refusal;
import io.quarkus.qute.TemplateInstance;

import static eu.topcop.learn.platform.web.PageForms.see;

/**
 * The answer to a decision on one application (approve, wait-list, reject, endorse, decline), the same for course
 * managers and coordinators: with htmx the application's page in place, with the confirmation and only the
 * decisions still possible; without, back to where the person came from with a {@code done} code that the page
 * there shows as a confirmation. A refused decision answers the same way with the page again ({@link #page}).
 */
@RequestScoped
public class DecisionAnswer {

    @Inject
    EnrolmentQueries queries;

    @Inject
    CurrentPerson me;

    @Inject
    CurrentUser user;

    @Inject
    RequestLanguage language;

    Response answer(long id, Application.Status now, String from, boolean htmx) {
        String origin = Origin.safe(from);
        String done = now.name().toLowerCase(Locale.ROOT);
        if (!htmx) {
            return see(
                    origin != null ? Origin.withDone(origin, done) : "/enrolment/applications/" + id + "?done=" + done);
        }
        ApplicationDetail detail = queries.detail(id, viewer(), language.get());
        return Response.ok(ApplicationPages.Templates.application$body(
                        detail,
                        coordinator(),
                        manager(),
                        SupervisorFields.of(
                                Optional.ofNullable(detail.application().supervisor())),
                        "",
                        now,
                        origin == null ? "" : origin,
                        Language.SUPPORTED,
                        Refusal.none()))
                .build();
    }

    /**
     * The application's page again for a refused form of it, with what was typed and why: the part htmx swaps in
     * place, or the whole page. {@code supervisor} is the supervisor as typed when that form was refused, else
     * null (the supervisor named).
     */
    TemplateInstance page(long id, String from, boolean htmx, SupervisorFields supervisor, Refusal refusal) {
        String origin = Origin.safe(from);
        ApplicationDetail detail = queries.detail(id, viewer(), language.get());
        SupervisorFields shown = supervisor != null
                ? supervisor
                : SupervisorFields.of(Optional.ofNullable(detail.application().supervisor()));
        Refusal labelled = EnrolmentRefusals.labelled(refusal, language.get());
        String shownOrigin = origin == null ? "" : origin;
        if (htmx) {
            return ApplicationPages.Templates.application$body(
                    detail, coordinator(), manager(), shown, "", null, shownOrigin, Language.SUPPORTED, labelled);
        }
        return ApplicationPages.Templates.application(
                detail,
                coordinator(),
                manager(),
                shown,
                "",
                null,
                shownOrigin,
                ApplicationPages.Back.of(origin, detail.own(), manager(), coordinator()),
                Language.SUPPORTED,
                labelled);
    }

    EnrolmentQueries.Viewer viewer() {
        return new EnrolmentQueries.Viewer(me.get(), coordinator(), manager());
    }

    boolean coordinator() {
        return user.hasRole(Roles.NATIONAL_COORDINATOR);
    }

    boolean manager() {
        return user.hasRole(Roles.COURSE_MANAGER) || user.hasRole(Roles.ADMIN);
    }
}
