package eu.topcop.learn.lrs;

import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.topcop.learn.platform.web.DomainException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The LRS's resources of this step: about, and statements in (PUT, POST) and out (GET and HEAD, one by
 * statementId or voidedStatementId, or a query answered by {@link StatementQueries}). Authentication and the version header are {@link XapiGate}'s; every method
 * is open to the gate ({@code @PermitAll}) and checks its scope itself.
 */
@Path("/xapi")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "xAPI LRS")
public class XapiResource {

    private static final String CONSISTENT_THROUGH = "X-Experience-API-Consistent-Through";
    private static final Set<String> SINGLE_PARAMETERS =
            Set.of("statementId", "voidedStatementId", "format", "attachments");

    /** The answer of /about: the versions the LRS speaks. */
    public record About(List<String> version) {}

    /**
     * The answer of a statement query (xAPI Data 2.5, StatementResult): a page of statements, and in {@code more} the
     * relative IRL of the next page, or the empty string when there is none.
     */
    public record StatementResult(List<JsonNode> statements, String more) {}

    @Inject
    XapiCaller caller;

    @Inject
    Statements statements;

    @Inject
    StatementQueries queries;

    @Inject
    ObjectMapper mapper;

    @Inject
    StatementAttachments attachments;

    @Inject
    AttachmentParts attachmentParts;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @GET
    @Path("about")
    @PermitAll
    @Operation(summary = "The xAPI versions this LRS speaks")
    public About about() {
        return new About(XapiVersion.SUPPORTED);
    }

    @PUT
    @Path("statements")
    @PermitAll
    @Operation(summary = "Stores one statement under the given id (204), or 409 if another is stored under it")
    public Response put(@QueryParam("statementId") String statementId, String body) {
        return put(statementId, body, List.of(), false);
    }

    @PUT
    @Path("statements")
    @Consumes("multipart/mixed")
    @PermitAll
    @Operation(
            summary = "Stores one statement with its attachments (multipart/mixed: the statement, then one part each)")
    public Response putWithAttachments(
            @QueryParam("statementId") String statementId,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String type,
            @HeaderParam(HttpHeaders.CONTENT_LENGTH) @DefaultValue("-1") long length,
            InputStream body) {
        caller.require(Scope.STATEMENTS_WRITE);
        StatementAttachments.Request request = attachments.read(type, length, body);
        return put(statementId, request.statements(), request.parts(), true);
    }

    private Response put(String statementId, String body, List<MultipartMixed.Part> parts, boolean multipart) {
        caller.require(Scope.STATEMENTS_WRITE);
        onlyParameters("statementId");
        if (statementId == null || statementId.isBlank()) {
            throw new XapiRefusal.BadRequest("statementId", "is required");
        }
        JsonNode statement = parse(body);
        if (!statement.isObject()) {
            throw new XapiRefusal.BadRequest("statement", "must be one statement (an object)");
        }
        if (!statementId.matches("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")) {
            throw new XapiRefusal.BadRequest("statementId", "must be a UUID");
        }
        ObjectNode one = (ObjectNode) statement;
        if (one.has("id") && !statementId.equalsIgnoreCase(one.get("id").asText())) {
            throw new XapiRefusal.BadRequest("id", "differs from the statementId parameter");
        }
        one.put("id", statementId);
        attachments.store(List.of(one), parts, multipart, caller.client(), caller.version(), caller.launch());
        return Response.noContent().build();
    }

    @POST
    @Path("statements")
    @PermitAll
    @Operation(summary = "Stores one statement or an array of them; answers their ids in order")
    public List<String> post(String body) {
        return post(body, List.of(), false);
    }

    @POST
    @Path("statements")
    @Consumes("multipart/mixed")
    @PermitAll
    @Operation(
            summary = "Stores statements with their attachments (multipart/mixed: the statements, then one part each)")
    public List<String> postWithAttachments(
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String type,
            @HeaderParam(HttpHeaders.CONTENT_LENGTH) @DefaultValue("-1") long length,
            InputStream body) {
        caller.require(Scope.STATEMENTS_WRITE);
        StatementAttachments.Request request = attachments.read(type, length, body);
        return post(request.statements(), request.parts(), true);
    }

    private List<String> post(String body, List<MultipartMixed.Part> parts, boolean multipart) {
        caller.require(Scope.STATEMENTS_WRITE);
        onlyParameters();
        JsonNode parsed = parse(body);
        List<ObjectNode> batch = new ArrayList<>();
        if (parsed.isArray()) {
            for (int i = 0; i < parsed.size(); i++) {
                if (!(parsed.get(i) instanceof ObjectNode statement)) {
                    throw new XapiRefusal.BadRequest("[" + i + "]", "must be a statement (an object)");
                }
                batch.add(statement);
            }
            if (batch.isEmpty()) {
                throw new XapiRefusal.BadRequest("statements", "must not be an empty array");
            }
        } else if (parsed instanceof ObjectNode statement) {
            batch.add(statement);
        } else {
            throw new XapiRefusal.BadRequest("statement", "must be a statement or an array of statements");
        }
        return attachments.store(batch, parts, multipart, caller.client(), caller.version(), caller.launch());
    }

    @GET
    @Path("statements")
    @PermitAll
    @Operation(
            summary = "One statement by statementId, a voided one by voidedStatementId, or a query"
                    + " (agent, verb, activity, registration, related_*, since, until, limit, format, ascending, more)")
    public Response get(
            @QueryParam("statementId") String statementId, @QueryParam("voidedStatementId") String voidedStatementId) {
        boolean onlyMine = !Scope.STATEMENTS_READ.grantedBy(scopes());
        if (onlyMine) {
            caller.require(Scope.STATEMENTS_READ_MINE);
        }
        Map<String, List<String>> parameters = uri.getQueryParameters();
        if (statementId == null && voidedStatementId == null) {
            return query(parameters, onlyMine);
        }
        if (statementId != null && voidedStatementId != null) {
            throw new XapiRefusal.BadRequest("voidedStatementId", "must not be given with statementId");
        }
        for (String parameter : parameters.keySet()) {
            if (!SINGLE_PARAMETERS.contains(parameter)) {
                throw new XapiRefusal.BadRequest(parameter, "is not allowed with statementId or voidedStatementId");
            }
        }
        String format =
                parameters.containsKey("format") ? parameters.get("format").get(0) : "exact";
        if (!StatementQuery.FORMATS.contains(format)) {
            throw new XapiRefusal.BadRequest("format", "must be ids, exact or canonical");
        }
        boolean voided = voidedStatementId != null;
        String id = voided ? voidedStatementId : statementId;
        // A launch credential reads its learner's statements of its registration only.
        JsonNode statement = statements
                .one(id, voided, caller.client(), onlyMine && caller.launch() == null)
                .filter(s -> caller.launch() == null || caller.launch().mayRead(s))
                .orElseThrow(() -> new DomainException.NotFound("No statement has the id " + id + "."));
        String withAttachments = uri.getQueryParameters().getFirst("attachments");
        if (withAttachments != null && !withAttachments.equals("true") && !withAttachments.equals("false")) {
            throw new XapiRefusal.BadRequest("attachments", "must be true or false");
        }
        JsonNode formatted = StatementFormat.apply(statement, format, headers.getAcceptableLanguages());
        // application/json without a charset, as the query answers it: JSON is UTF-8 whatever the parameter says, and
        // clients (the ADL suite, XAPI-00161) compare the type as it is.
        return ("true".equals(withAttachments)
                        ? attachmentParts.answer(formatted)
                        : Response.ok(formatted).type(MediaType.APPLICATION_JSON))
                .header(CONSISTENT_THROUGH, consistentThrough())
                .header(
                        "Last-Modified",
                        java.util.Date.from(
                                Statements.instant(statement.path("stored").asText())))
                .build();
    }

    /** HEAD answers what GET would, without the body (xAPI 1.0.3 Communication 1.3, 2.0 the same). */
    @HEAD
    @Path("statements")
    @PermitAll
    @Operation(summary = "The headers GET /xapi/statements would answer")
    public Response head(
            @QueryParam("statementId") String statementId, @QueryParam("voidedStatementId") String voidedStatementId) {
        return Response.fromResponse(get(statementId, voidedStatementId))
                .entity(null)
                .build();
    }

    /** A statement query: one page of the matching statements, newest first unless ascending, and where to go on. */
    private Response query(Map<String, List<String>> parameters, boolean onlyMine) {
        String through = consistentThrough();
        StatementQuery query = StatementQuery.of(parameters, caller.version(), mapper);
        // A launch credential reads its learner's statements of its registration only.
        StatementQueries.Page page = caller.launch() != null
                ? queries.find(query, null, caller.launch())
                : queries.find(query, onlyMine ? caller.client().id() : null);
        List<Locale> languages = headers.getAcceptableLanguages();
        List<JsonNode> answered = page.statements().stream()
                .map(statement -> StatementFormat.apply(statement, query.format(), languages))
                .toList();
        String more = page.next() == null ? "" : more(parameters, page.next());
        StatementResult result = new StatementResult(answered, more);
        // attachments=true: multipart/mixed, the result then the parts its statements' attachments refer to.
        return (query.attachments()
                        ? attachmentParts.answer(mapper.valueToTree(result), answered)
                        : Response.ok(result).type(MediaType.APPLICATION_JSON))
                .header(CONSISTENT_THROUGH, through)
                .build();
    }

    /** The relative IRL of the next page: the same query, continuing after the last statement answered. */
    private String more(Map<String, List<String>> parameters, StatementQuery.Cursor next) {
        StringBuilder query = new StringBuilder();
        parameters.forEach((name, values) -> {
            if (!name.equals("more")) {
                for (String value : values) {
                    query.append(encode(name)).append('=').append(encode(value)).append('&');
                }
            }
        });
        query.append("more=").append(next.token());
        String base = uri.getBaseUri().getRawPath();
        return (base.endsWith("/") ? base : base + "/") + "xapi/statements?" + query;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    // Taken before the query reads: every statement stored at or before it is in what the query saw.
    private static String consistentThrough() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS).toString();
    }

    /**
     * Refuses a parameter the resource does not know (1.0.3 Communication 3.2, XAPI-00324/00325), also one that
     * differs only in case: Quarkus REST reads {@code @QueryParam} without regard to case (quarkusio/quarkus#31060),
     * so {@code ?StatementId=} would otherwise be taken for {@code statementId}.
     */
    private void onlyParameters(String... known) {
        Set<String> allowed = Set.of(known);
        for (String parameter : uri.getQueryParameters().keySet()) {
            if (!allowed.contains(parameter)) {
                throw new XapiRefusal.BadRequest(parameter, "is not a parameter of this resource");
            }
        }
    }

    private Set<Scope> scopes() {
        return caller.scopes();
    }

    private JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            throw new XapiRefusal.BadRequest("statement", "is required in the body");
        }
        try {
            return mapper.readTree(body);
        } catch (JsonProcessingException e) {
            throw new XapiRefusal.BadRequest("statement", "is not valid JSON: " + e.getOriginalMessage());
        }
    }
}
