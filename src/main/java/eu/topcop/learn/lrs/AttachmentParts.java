package eu.topcop.learn.lrs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Statements answered with their attachments (GET with {@code attachments=true}, Communication 2.1.3 and 1.5.2): a
 * multipart/mixed body whose first part is the JSON answer (one statement, or a StatementResult) and whose other
 * parts are the content of every attachment those statements name, once each, in one query. An attachment sent only
 * as a fileUrl has no content here and no part.
 */
@ApplicationScoped
public class AttachmentParts {

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    /** The multipart answer for {@code body}: one statement, or a StatementResult of {@code statements}. */
    public Response.ResponseBuilder answer(JsonNode body, List<? extends JsonNode> statements) {
        Set<String> named = new LinkedHashSet<>();
        statements.forEach(statement -> StatementAttachments.collectDeclared(statement, named));
        List<MultipartMixed.Part> parts = new ArrayList<>();
        parts.add(new MultipartMixed.Part(Map.of("Content-Type", "application/json"), json(body)));
        if (!named.isEmpty()) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery(
                            "SELECT sha2, content_type, content FROM xapi_attachment WHERE sha2 IN (:named)"
                                    + " ORDER BY sha2")
                    .setParameter("named", named)
                    .getResultList();
            for (Object[] row : rows) {
                Map<String, String> headers = new LinkedHashMap<>();
                headers.put("Content-Type", row[1].toString());
                headers.put("Content-Transfer-Encoding", "binary");
                headers.put(StatementAttachments.HASH, row[0].toString());
                parts.add(new MultipartMixed.Part(headers, bytes(row[2])));
            }
        }
        String boundary = "xapi-" + UUID.randomUUID();
        return Response.ok(MultipartMixed.write(boundary, parts)).type("multipart/mixed; boundary=" + boundary);
    }

    /** The multipart answer for one statement. */
    public Response.ResponseBuilder answer(JsonNode statement) {
        return answer(statement, List.of(statement));
    }

    private static byte[] bytes(Object content) {
        if (content instanceof java.sql.Blob blob) {
            try {
                return blob.getBytes(1, (int) blob.length());
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return (byte[]) content;
    }

    private byte[] json(JsonNode body) {
        try {
            return mapper.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
