package eu.topcop.learn.lrs;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.topcop.learn.platform.web.DomainException;
import io.quarkus.runtime.configuration.MemorySize;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The documents of the state, activity profile and agent profile resources: stored, merged (POST of JSON objects),
 * read, listed by id and deleted, each change under the request's concurrency headers. A document is read and
 * changed under a row lock, so two clients with the same ETag cannot both win.
 */
@ApplicationScoped
public class XapiDocuments {

    /** A document's id and when it last changed, for the ids list. */
    record Stamp(String id, Instant updated) {}

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ObjectMapper mapper;

    @ConfigProperty(name = "lms.lrs.document-max-size", defaultValue = "512K")
    MemorySize maxSize;

    public Optional<XapiDocument> find(DocumentAddress address) {
        return XapiDocument.<XapiDocument>find("documentKey", address.documentKey())
                .firstResultOptional();
    }

    /**
     * Stores the document whole. With {@code headersRequired} (the two profile resources) a document that exists is
     * replaced only under If-Match or If-None-Match: without either, 409.
     */
    @Transactional
    public void put(
            DocumentAddress address,
            byte[] contents,
            String contentType,
            Preconditions preconditions,
            boolean headersRequired) {
        limit(contents);
        XapiDocument current = locked(address);
        if (current != null && headersRequired && preconditions.none()) {
            throw new DomainException.Conflict("A document is already stored here: GET it to see its current state,"
                    + " then send If-Match with its ETag to replace it (or If-None-Match: * to create only).");
        }
        preconditions.check(current);
        store(address, current, contents, contentType);
    }

    /**
     * Stores a new document, or merges a JSON object into a stored JSON object: each top-level property posted
     * replaces the stored one (xAPI 1.0.3 Communication 2.2.s7). Anything else that is not JSON objects is 400, and
     * so is a document sent as application/json that is not a JSON object, even where nothing is stored yet.
     */
    @Transactional
    public void post(DocumentAddress address, byte[] contents, String contentType, Preconditions preconditions) {
        limit(contents);
        XapiDocument current = locked(address);
        preconditions.check(current);
        // A posted document that says it is JSON must be a JSON object whether or not one is stored yet: "if either
        // document cannot be parsed as a JSON Object" the LRS answers 400 (Communication 2.2.s8.b1, XAPI-00314).
        // Stored as it came, it would only make the next POST to it fail.
        if (XapiDocument.isJson(contentType)) {
            object(contents, "document");
        }
        if (current == null) {
            store(address, null, contents, contentType);
            return;
        }
        if (!current.isJson() || !XapiDocument.isJson(contentType)) {
            throw new XapiRefusal.BadRequest(
                    "Content-Type",
                    "must be application/json, for the posted and the stored document, to merge them; PUT replaces a"
                            + " document of any other type");
        }
        ObjectNode stored = object(current.contents, "the stored document");
        stored.setAll(object(contents, "document"));
        try {
            store(address, current, mapper.writeValueAsBytes(stored), current.contentType);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Deletes one document; deleting one that is not there changes nothing (unless If-Match wanted it). */
    @Transactional
    public void delete(DocumentAddress address, Preconditions preconditions) {
        XapiDocument current = locked(address);
        preconditions.check(current);
        if (current != null) {
            current.delete();
        }
    }

    /** Deletes all the owner's documents (the state resource's "delete all"), in one registration if it names one. */
    @Transactional
    public long deleteAll(DocumentAddress owner) {
        return owner.registration() == null
                ? XapiDocument.delete("ownerKey", owner.ownerKey())
                : XapiDocument.delete("ownerKey = ?1 and registration = ?2", owner.ownerKey(), owner.registration());
    }

    /**
     * The ids of the owner's documents changed after {@code since} (exclusive), oldest change first; without a
     * registration, those of every registration (and of none), each id once.
     */
    public List<Stamp> ids(DocumentAddress owner, Instant since) {
        StringBuilder jpql =
                new StringBuilder("select d.documentId, max(d.updated) from XapiDocument d where d.ownerKey = :owner");
        if (owner.registration() != null) {
            jpql.append(" and d.registration = :registration");
        }
        if (since != null) {
            jpql.append(" and d.updated > :since");
        }
        jpql.append(" group by d.documentId order by max(d.updated), d.documentId");
        var query = em.createQuery(jpql.toString(), Object[].class).setParameter("owner", owner.ownerKey());
        if (owner.registration() != null) {
            query.setParameter("registration", owner.registration());
        }
        if (since != null) {
            query.setParameter("since", since);
        }
        return query.getResultList().stream()
                .map(row -> new Stamp((String) row[0], (Instant) row[1]))
                .toList();
    }

    private XapiDocument locked(DocumentAddress address) {
        return XapiDocument.<XapiDocument>find("documentKey", address.documentKey())
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResult();
    }

    private void store(DocumentAddress address, XapiDocument current, byte[] contents, String contentType) {
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
        XapiDocument document = current;
        if (document == null) {
            document = new XapiDocument();
            document.kind = address.kind();
            document.activityId = address.activityId();
            document.agent = address.agent();
            document.agentKey = address.agentKey();
            document.personId = address.personId();
            document.registration = address.registration();
            document.documentId = address.documentId();
            document.ownerKey = address.ownerKey();
            document.documentKey = address.documentKey();
        }
        document.replace(contents, contentType, now);
        try {
            document.persistAndFlush();
        } catch (PersistenceException racedByAnother) {
            // Two clients created the same new document at once: the unique key let one of them in.
            throw new DomainException.Conflict(
                    "Another request stored this document at the same moment: GET it and try again.");
        }
    }

    private void limit(byte[] contents) {
        if (contents.length > maxSize.asLongValue()) {
            throw new XapiRefusal.TooLarge("The document has " + contents.length + " bytes; this LRS keeps documents"
                    + " of at most " + maxSize.asLongValue() + " bytes (lms.lrs.document-max-size).");
        }
    }

    private ObjectNode object(byte[] json, String what) {
        try {
            JsonNode node = mapper.readTree(json);
            if (node instanceof ObjectNode object) {
                return object;
            }
        } catch (IOException notJson) {
            // answered below, as a document that is not a JSON object
        }
        throw new XapiRefusal.BadRequest(
                "document", "cannot be merged: " + what + " is not a JSON object; PUT replaces a document whole");
    }
}
