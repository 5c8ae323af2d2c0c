package eu.topcop.learn.trainers;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import eu.topcop.learn.enrolment.CurrentPerson;
import eu.topcop.learn.platform.i18n.RequestLanguage;
import eu.topcop.learn.platform.security.Roles;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * A trainer's own lineage in the cascade (who trained them, whom they trained, and further down). Trainers read
 * their own; coordinators and course managers may open any trainer's they may see, through {@code ?person=}.
 */
@Path("/trainers/lineage")
@Produces(MediaType.TEXT_HTML)
public class LineagePages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance lineage(TrainerLineage.Lineage lineage);
    }

    @Inject
    TrainerLineage lineages;

    @Inject
    TrainerAccess access;

    @Inject
    CurrentPerson me;

    @Inject
    RequestLanguage language;

    @GET
    @RolesAllowed({Roles.TRAINER, Roles.NATIONAL_COORDINATOR, Roles.COURSE_MANAGER, Roles.ADMIN})
    public TemplateInstance lineage(@QueryParam("person") Long person) {
        return Templates.lineage(lineages.of(access.lineagePerson(person, me.get()), language.get()));
    }
}
