package eu.topcop.learn.enrolment;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
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

import eu.topcop.learn.platform.security.CurrentUser;
import eu.topcop.learn.platform.security.Roles;
import eu.topcop.learn.platform.web.DomainException;
import eu.topcop.learn.platform.web.Refusal;
import eu.topcop.learn.platform.web.Refusals;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import org.jboss.resteasy.reactive.RestForm;

/** An offering's attendance register, kept by its course manager and its trainers. */
@Path("/enrolment")
@Produces(MediaType.TEXT_HTML)
public class AttendancePages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance attendance(Attendance.Register register, boolean saved, Refusal refusal);
    }

    @Inject
    Attendance register;

    @Inject
    CurrentPerson me;

    @Inject
    CurrentUser user;

    @Inject
    Refusals refusals;

    @GET
    @Path("offerings/{code}/attendance")
    @RolesAllowed({Roles.COURSE_MANAGER, Roles.ADMIN, Roles.TRAINER})
    public TemplateInstance attendance(@PathParam("code") String code, @QueryParam("saved") boolean saved) {
        return page(code, saved, Refusal.none());
    }

    private TemplateInstance page(String code, boolean saved, Refusal refusal) {
        boolean manager = user.hasRole(Roles.COURSE_MANAGER) || user.hasRole(Roles.ADMIN);
        return Templates.attendance(register.registerFor(code, me.get(), manager), saved, refusal);
    }

    /** The register as ticked: every shown participant and day is recorded, present when ticked. */
    @POST
    @Path("offerings/{code}/attendance")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.COURSE_MANAGER, Roles.ADMIN, Roles.TRAINER})
    public Response recordAttendance(
            @PathParam("code") String code,
            @RestForm("shown") List<String> shown,
            @RestForm("present") List<String> present) {
        // A refused register comes back with the ticks as sent, not as stored: nothing ticked is lost.
        return refusals.attempt(
                EnrolmentRefusals.LABELS,
                () -> {
                    java.util.Set<String> ticked = new java.util.HashSet<>(present == null ? List.of() : present);
                    List<Attendance.Mark> marks = new ArrayList<>();
                    for (String cell : shown == null ? List.<String>of() : shown) {
                        String[] parts = cell.split(":", 2);
                        LocalDate day =
                                eu.topcop.learn.platform.web.PageForms.date(parts.length == 2 ? parts[1] : null);
                        Long application = eu.topcop.learn.platform.web.PageForms.id(parts[0]);
                        if (day == null || application == null) {
                            throw new DomainException.RuleViolation("day", "Not a participant and day: " + cell)
                                    .because("day", EnrolmentMessages.class, "attendance_not_a_day");
                        }
                        marks.add(new Attendance.Mark(application, day, ticked.contains(cell)));
                    }
                    register.record(code, marks, me.get(), user.hasRole(Roles.ADMIN));
                    return Response.seeOther(URI.create("/enrolment/offerings/" + code + "/attendance?saved=true"))
                            .build();
                },
                refusal -> page(code, false, refusal));
    }
}
