package eu.topcop.learn.lrs;

import java.io.IOException;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import com.fasterxml.jackson.databind.ObjectMapper;
import eu.topcop.learn.platform.web.DomainException;

/**
 * The HTTP side the three document resources share: scopes (a read needs the resource's scope or {@code all/read},
 * a change the resource's scope; {@code all} allows both), the single document or the ids list on GET with
 * {@code ETag} and {@code Last-Modified}, and 204 for every change, with the new ETag.
 */
@ApplicationScoped
public class DocumentAnswers {

    @Inject
    XapiCaller caller;

    @Inject
    DocumentRequests requests;

    @Inject
    XapiDocuments documents;

    @Inject
    ObjectMapper mapper;

    Response get(XapiDocument.Kind kind, UriInfo uri) {
        Scope scope = scope(kind);
        if (!scope.grantedBy(scopes()) && !Scope.ALL_READ.grantedBy(scopes())) {
            caller.require(scope);
        }
        DocumentRequests.Parsed parsed = requests.parse(kind, uri.getQueryParameters(), caller.version());
        if (parsed.address().documentId() == null) {
            return ids(parsed);
        }
        XapiDocument document = documents
                .find(parsed.address())
                .orElseThrow(() -> new DomainException.NotFound(
                        "No document is stored under this " + idName(kind) + " for this " + owner(kind) + "."));
        return Response.ok(document.contents)
                .header(HttpHeaders.CONTENT_TYPE, document.contentType)
                .header(HttpHeaders.ETAG, quoted(document.etag))
                .header(HttpHeaders.LAST_MODIFIED, Date.from(document.updated))
                .build();
    }

    Response put(XapiDocument.Kind kind, UriInfo uri, HttpHeaders headers, byte[] body) {
        DocumentAddress address = changed(kind, uri);
        documents.put(
                address,
                body == null ? new byte[0] : body,
                DocumentRequests.contentType(sentType(headers)),
                preconditions(headers),
                kind != XapiDocument.Kind.STATE);
        return stored(address);
    }

    Response post(XapiDocument.Kind kind, UriInfo uri, HttpHeaders headers, byte[] body) {
        DocumentAddress address = changed(kind, uri);
        if (body == null || body.length == 0) {
            // A POST merges what it brings: with nothing there is nothing to merge or store (XAPI-00314).
            throw new XapiRefusal.BadRequest("document", "is required: the JSON object to merge, in the body");
        }
        documents.post(
                address,
                body == null ? new byte[0] : body,
                DocumentRequests.contentType(sentType(headers)),
                preconditions(headers));
        return stored(address);
    }

    /** The type the document was sent with: a form's is carried past Quarkus REST's form reading (XapiContentTypes). */
    private static String sentType(HttpHeaders headers) {
        String form = headers.getHeaderString(XapiContentTypes.DOCUMENT_TYPE);
        return form != null ? form : headers.getHeaderString(HttpHeaders.CONTENT_TYPE);
    }

    Response delete(XapiDocument.Kind kind, UriInfo uri, HttpHeaders headers) {
        caller.require(scope(kind));
        DocumentRequests.Parsed parsed = requests.parse(kind, uri.getQueryParameters(), caller.version());
        refuseSince(parsed);
        if (parsed.address().documentId() != null) {
            documents.delete(parsed.address(), preconditions(headers));
        } else if (kind == XapiDocument.Kind.STATE) {
            documents.deleteAll(parsed.address());
        } else {
            // Only the state resource deletes all of an owner's documents at once (1.0.3 Communication 2.3.s5).
            throw new XapiRefusal.BadRequest(idName(kind), "is required");
        }
        return Response.noContent().build();
    }

    private Response ids(DocumentRequests.Parsed parsed) {
        List<XapiDocuments.Stamp> stamps = documents.ids(parsed.address(), parsed.since());
        byte[] json;
        try {
            json = mapper.writeValueAsBytes(
                    stamps.stream().map(XapiDocuments.Stamp::id).toList());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Response.ResponseBuilder answer = Response.ok(json)
                .type(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.ETAG, quoted(XapiDocument.sha1(json)));
        stamps.stream()
                .map(XapiDocuments.Stamp::updated)
                .max(Instant::compareTo)
                .ifPresent(last -> answer.header(HttpHeaders.LAST_MODIFIED, Date.from(last)));
        return answer.build();
    }

    private DocumentAddress changed(XapiDocument.Kind kind, UriInfo uri) {
        caller.require(scope(kind));
        DocumentRequests.Parsed parsed = requests.parse(kind, uri.getQueryParameters(), caller.version());
        refuseSince(parsed);
        if (parsed.address().documentId() == null) {
            throw new XapiRefusal.BadRequest(idName(kind), "is required");
        }
        return parsed.address();
    }

    private Response stored(DocumentAddress address) {
        return documents
                .find(address)
                .map(document -> Response.noContent().header(HttpHeaders.ETAG, quoted(document.etag)))
                .orElseGet(Response::noContent)
                .build();
    }

    private static void refuseSince(DocumentRequests.Parsed parsed) {
        if (parsed.since() != null) {
            throw new XapiRefusal.BadRequest("since", "is only for the list of ids (GET)");
        }
    }

    private static Preconditions preconditions(HttpHeaders headers) {
        return new Preconditions(
                headers.getHeaderString(HttpHeaders.IF_MATCH), headers.getHeaderString(HttpHeaders.IF_NONE_MATCH));
    }

    private java.util.Set<Scope> scopes() {
        return caller.client() == null ? java.util.Set.of() : caller.client().scopes();
    }

    private static Scope scope(XapiDocument.Kind kind) {
        return kind == XapiDocument.Kind.STATE ? Scope.STATE : Scope.PROFILE;
    }

    private static String idName(XapiDocument.Kind kind) {
        return kind == XapiDocument.Kind.STATE ? "stateId" : "profileId";
    }

    private static String owner(XapiDocument.Kind kind) {
        return switch (kind) {
            case STATE -> "activity and agent";
            case ACTIVITY_PROFILE -> "activity";
            case AGENT_PROFILE -> "agent";
        };
    }

    static String quoted(String etag) {
        return "\"" + etag + "\"";
    }
}
