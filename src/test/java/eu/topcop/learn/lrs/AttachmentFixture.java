package eu.topcop.learn.lrs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Statement requests with attachments, built by hand as xAPI Communication 1.5.2 describes them (the statements
 * part, then one part per attachment with its hash), and signatures made with a test-only key and certificate
 * ({@code src/test/resources/lrs/signer-*.pem}, generated with openssl for these tests and used nowhere else).
 */
final class AttachmentFixture {

    static final String BOUNDARY = "abcABC0123'()+_,-./:=?";
    static final String SIGNATURE = "http://adlnet.gov/expapi/attachments/signature";
    static final String TEXT_USAGE = "http://example.com/attachment-usage/test";
    static final ObjectMapper JSON = new ObjectMapper();

    /** One attachment part: its headers, in order, and its content. */
    record Part(Map<String, String> headers, byte[] content) {
        static Part of(String contentType, byte[] content) {
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("Content-Type", contentType);
            headers.put("Content-Transfer-Encoding", "binary");
            headers.put("X-Experience-API-Hash", sha256(content));
            return new Part(headers, content);
        }

        Part with(String header, String value) {
            Map<String, String> changed = new LinkedHashMap<>(headers);
            if (value == null) {
                changed.remove(header);
            } else {
                changed.put(header, value);
            }
            return new Part(changed, content);
        }
    }

    private AttachmentFixture() {}

    /** The attachment object of a statement for {@code content}. */
    static Map<String, Object> attachment(String usageType, String contentType, byte[] content) {
        Map<String, Object> attachment = new LinkedHashMap<>();
        attachment.put("usageType", usageType);
        attachment.put("display", Map.of("en-US", "A test attachment"));
        attachment.put("contentType", contentType);
        attachment.put("length", content.length);
        attachment.put("sha2", sha256(content));
        return attachment;
    }

    /** A statement with these attachments. */
    static Map<String, Object> statementWith(Map<?, ?>... attachments) {
        Map<String, Object> statement = LrsFixture.statement();
        statement.put("attachments", List.of(attachments));
        return statement;
    }

    /** A multipart/mixed body: the statements (a statement or an array) as JSON, then the parts. */
    static byte[] body(Object statements, Part... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out, "--" + BOUNDARY + "\r\nContent-Type: application/json\r\n\r\n");
        out.writeBytes(json(statements));
        for (Part part : parts) {
            write(out, "\r\n--" + BOUNDARY + "\r\n");
            part.headers().forEach((name, value) -> write(out, name + ":" + value + "\r\n"));
            write(out, "\r\n");
            out.writeBytes(part.content());
        }
        write(out, "\r\n--" + BOUNDARY + "--\r\n");
        return out.toByteArray();
    }

    /** Sends {@code body} as multipart/mixed. */
    static RequestSpecification multipart(LrsFixture.Client client, String version, byte[] body) {
        return client.xapi(version)
                .contentType("multipart/mixed; boundary=\"" + BOUNDARY + "\"")
                .body(body);
    }

    /** The parts of a multipart/mixed answer. */
    static List<MultipartMixed.Part> parts(Response answer) throws MultipartMixed.Malformed {
        String boundary = MultipartMixed.boundary(answer.contentType()).orElseThrow();
        return MultipartMixed.parse(answer.asByteArray(), boundary);
    }

    /** A JWS compact serialization of {@code statement}, signed with the test key, its certificate as x5c if asked. */
    static String jws(Object statement, String alg, boolean x5c) {
        return jws(statement, alg, x5c, key());
    }

    static String jws(Object statement, String alg, boolean x5c, PrivateKey key) {
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("alg", alg);
        if (x5c) {
            header.put("x5c", List.of(pem("signer-cert.pem")));
        }
        Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
        String signingInput = url.encodeToString(json(header)) + "." + url.encodeToString(json(statement));
        try {
            String algorithm = switch (alg) {
                case "RS384" -> "SHA384withRSA";
                case "RS512" -> "SHA512withRSA";
                default -> "SHA256withRSA";
            };
            Signature signer = Signature.getInstance(algorithm);
            signer.initSign(key);
            signer.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + url.encodeToString(signer.sign());
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static PrivateKey key() {
        try {
            return KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem("signer-key.pem"))));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] json(Object value) {
        try {
            return JSON.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The Base64 body of a PEM file of the test resources. */
    private static String pem(String name) {
        try (InputStream in = AttachmentFixture.class.getResourceAsStream("/lrs/" + name)) {
            List<String> lines = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.US_ASCII).split("\n")) {
                if (!line.startsWith("-----") && !line.isBlank()) {
                    lines.add(line.strip());
                }
            }
            return String.join("", lines);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
