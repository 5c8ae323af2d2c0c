package eu.topcop.learn.networks.discussions;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import eu.topcop.learn.networks.NetworkViewer;
import eu.topcop.learn.platform.i18n.RequestLanguage;
import io.quarkus.security.Authenticated;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The search across every network's discussions the viewer reads, as JSON. Its own class with a literal root: a
 * method of the networks' resource (rooted at /api/networks) would be shadowed by its {code} routes.
 */
@Path("/api/networks/discussions/search")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Network discussions")
public class DiscussionSearchResource {

    @Inject
    DiscussionSearch search;

    @Inject
    NetworkViewer viewer;

    @Inject
    RequestLanguage language;

    @GET
    @Authenticated
    @Operation(
            summary = "Search the threads of every network one reads: every word (3 letters or more) in the title or"
                    + " in one post; latest activity first (keyset pages); 422 naming q")
    public DiscussionSearch.Results search(
            @QueryParam("q") @Size(max = DiscussionSearch.Q_MAX) String q,
            @QueryParam("after") @Size(max = 100) String after,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(Discussions.PAGE_MAX) int size) {
        return search.everywhere(viewer.get(), q, after, size, language.get().code());
    }
}
