package eu.topcop.learn.networks.discussions;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import eu.topcop.learn.networks.NetworkViewer;
import eu.topcop.learn.platform.i18n.RequestLanguage;
import io.quarkus.security.Authenticated;

/**
 * The search across every network's discussions the viewer reads, on a page. Its own class with a literal root
 * (as the network's library has): a method of the networks' pages, rooted at /networks, would be shadowed by their
 * {code} routes. The page is {@link DiscussionPages}' search page without a network.
 */
@Path("/networks/discussions/search")
@Produces(MediaType.TEXT_HTML)
public class DiscussionSearchPages {

    @Inject
    DiscussionPages pages;

    @Inject
    DiscussionSearch search;

    @Inject
    NetworkViewer viewer;

    @Inject
    RequestLanguage language;

    @GET
    @Authenticated
    public Response search(@QueryParam("q") String q, @QueryParam("after") String after) {
        String lang = language.get().code();
        return pages.searchPage(null, null, q, () -> search.everywhere(viewer.get(), q, after, 20, lang));
    }
}
