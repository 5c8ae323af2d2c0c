package eu.topcop.learn.networks.subscriptions;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import eu.topcop.learn.networks.NetworkViewer;
import eu.topcop.learn.platform.i18n.RequestLanguage;
import eu.topcop.learn.platform.web.Refusal;
import eu.topcop.learn.platform.web.Refusals;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import org.jboss.resteasy.reactive.RestForm;

import static eu.topcop.learn.platform.web.PageForms.see;

/**
 * The caller's subscriptions on a page (what they follow, each with its unfollow button, and how they are told), and
 * the follow buttons of the discussion pages. Rooted below /networks/subscriptions so that "subscriptions" is never
 * read as a network's code. Every change is a POST form (CSRF) that comes back to where the button was.
 */
@Path("/networks/subscriptions")
@Produces(MediaType.TEXT_HTML)
public class SubscriptionPages {

    /** The settings page shows this after a follow button when {@code back} says so. */
    static final String BACK_HERE = "subscriptions";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance mine(Subscriptions.Mine mine, String chosen, Refusal refusal);
    }

    @Inject
    Subscriptions subscriptions;

    @Inject
    NetworkViewer viewer;

    @Inject
    RequestLanguage language;

    @Inject
    Refusals refusals;

    @GET
    @Authenticated
    public TemplateInstance mine() {
        Subscriptions.Mine mine =
                subscriptions.mine(viewer.get(), language.get().code());
        return Templates.mine(mine, mine.delivery().name(), Refusal.none());
    }

    @POST
    @Path("delivery")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Authenticated
    public Response choose(@RestForm String delivery) {
        return refusals.attempt(
                () -> {
                    subscriptions.choose(viewer.get(), delivery);
                    return see("/networks/subscriptions");
                },
                refusal -> Templates.mine(
                        subscriptions.mine(viewer.get(), language.get().code()), delivery, refusal));
    }

    @POST
    @Path("network/{code}/follow")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Authenticated
    public Response followNetwork(@PathParam("code") String code, @RestForm String back) {
        subscriptions.followNetwork(code, viewer.get());
        return back(back, "/networks/" + code + "/discussions");
    }

    @POST
    @Path("network/{code}/unfollow")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Authenticated
    public Response unfollowNetwork(@PathParam("code") String code, @RestForm String back) {
        subscriptions.unfollowNetwork(code, viewer.get());
        return back(back, "/networks/" + code + "/discussions");
    }

    @POST
    @Path("threads/{id}/follow")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Authenticated
    public Response followThread(@PathParam("id") long id, @RestForm String back) {
        String code = subscriptions.followThread(id, viewer.get());
        return back(back, "/networks/" + code + "/discussions/" + id);
    }

    @POST
    @Path("threads/{id}/unfollow")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Authenticated
    public Response unfollowThread(@PathParam("id") long id, @RestForm String back) {
        String code = subscriptions.unfollowThread(id, viewer.get());
        return back(back, "/networks/" + code + "/discussions/" + id);
    }

    // Only two places to go back to, named rather than given as an address, so that no form can redirect elsewhere.
    private static Response back(String back, String page) {
        return see(BACK_HERE.equals(back) ? "/networks/subscriptions" : page);
    }
}
