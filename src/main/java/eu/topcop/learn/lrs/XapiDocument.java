package eu.topcop.learn.lrs;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A document an LRS client keeps in one of the three document resources (xAPI 1.0.3 Communication 2.2, 2.0.0
 * 4.1.6.2 to 4.1.6.4): any bytes with their content type, the time they last changed and their ETag, the hex SHA-1
 * of the bytes (1.0.3 requires SHA-1; 2.0.0 allows any tag, and one tag for both versions lets a client switch).
 */
@Entity
@Table(name = "xapi_document")
public class XapiDocument extends PanacheEntityBase {

    /** The three document resources. */
    public enum Kind {
        STATE,
        ACTIVITY_PROFILE,
        AGENT_PROFILE
    }

    static final String JSON = "application/json";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Column(name = "activity_id")
    public String activityId;

    public String agent;

    @Column(name = "agent_key")
    public String agentKey;

    @Column(name = "person_id")
    public Long personId;

    public String registration;

    @Column(name = "document_id", nullable = false)
    public String documentId;

    @Column(name = "owner_key", nullable = false)
    public String ownerKey;

    @Column(name = "document_key", nullable = false)
    public String documentKey;

    @Column(name = "content_type", nullable = false)
    public String contentType;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, columnDefinition = "LONGBLOB")
    public byte[] contents;

    @Column(nullable = false)
    public String etag;

    @Column(nullable = false)
    public Instant updated;

    /** Replaces the contents (a PUT, or a POST that merged or created). */
    void replace(byte[] newContents, String newContentType, Instant at) {
        contents = newContents;
        contentType = newContentType;
        etag = sha1(newContents);
        updated = at;
    }

    /** Whether the document is JSON, the only kind a POST merges into (parameters such as charset aside). */
    boolean isJson() {
        return isJson(contentType);
    }

    static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        int semicolon = contentType.indexOf(';');
        String type = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip();
        return type.toLowerCase(Locale.ROOT).equals(JSON);
    }

    static String sha1(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-1", e);
        }
    }

    static String sha1(String text) {
        return sha1(text.getBytes(StandardCharsets.UTF_8));
    }
}
