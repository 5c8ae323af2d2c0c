package eu.topcop.learn.lrs;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The multipart/mixed reader and writer (RFC 2046 section 5.1) that xAPI statement requests use. */
class MultipartMixedTest {

    private static final String SPEC_BOUNDARY = "abcABC0123'()+_,-./:=?";

    @Test
    void shouldReadTheBoundaryQuotedOrNotAndOnlyOfMultipartMixed() {
        assertEquals(
                Optional.of(SPEC_BOUNDARY),
                MultipartMixed.boundary("multipart/mixed; boundary=\"" + SPEC_BOUNDARY + "\""));
        assertEquals(Optional.of("b1"), MultipartMixed.boundary("Multipart/Mixed;charset=x; Boundary=b1"));
        assertEquals(Optional.empty(), MultipartMixed.boundary("multipart/form-data; boundary=b1"));
        assertEquals(Optional.empty(), MultipartMixed.boundary("multipart/mixed"));
        assertEquals(Optional.empty(), MultipartMixed.boundary(null));
    }

    @Test
    void shouldReadTheSpecificationsExampleWithPreambleAndEpilogue() throws Exception {
        String body = "a preamble\r\n--" + SPEC_BOUNDARY + "\r\nContent-Type:application/json\r\n\r\n{\"a\":1}\r\n--"
                + SPEC_BOUNDARY + "\r\nContent-Type:text/plain\r\nContent-Transfer-Encoding:binary\r\n"
                + "X-Experience-API-Hash:abc\r\n\r\nhere is a simple attachment\r\n--" + SPEC_BOUNDARY
                + "--\r\nan epilogue";
        List<MultipartMixed.Part> parts = MultipartMixed.parse(bytes(body), SPEC_BOUNDARY);
        assertEquals(2, parts.size());
        assertEquals("application/json", parts.get(0).header("content-type").orElseThrow());
        assertEquals("{\"a\":1}", text(parts.get(0).content()));
        assertEquals("abc", parts.get(1).header("X-Experience-API-Hash").orElseThrow());
        assertEquals("here is a simple attachment", text(parts.get(1).content()));
    }

    @Test
    void shouldKeepBinaryContentWithCrlfAndDashesAsSent() throws Exception {
        byte[] content = {0, (byte) 0xff, '\r', '\n', '-', '-', 'b', 13, 10};
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/octet-stream");
        byte[] written = MultipartMixed.write("boundary-1", List.of(new MultipartMixed.Part(headers, content)));
        List<MultipartMixed.Part> parts = MultipartMixed.parse(written, "boundary-1");
        assertEquals(1, parts.size());
        assertArrayEquals(content, parts.get(0).content());
    }

    @Test
    void shouldReadAPartWithoutHeadersAndFoldedHeaders() throws Exception {
        String body = "--b\r\n\r\nbare\r\n--b\r\nX-Long: one\r\n two\r\n\r\nfolded\r\n--b--";
        List<MultipartMixed.Part> parts = MultipartMixed.parse(bytes(body), "b");
        assertEquals("bare", text(parts.get(0).content()));
        assertEquals("one two", parts.get(1).header("x-long").orElseThrow());
    }

    @Test
    void shouldRefuseBodiesItCannotRead() {
        assertThrows(MultipartMixed.Malformed.class, () -> MultipartMixed.parse(bytes("no parts"), "b"));
        assertThrows(MultipartMixed.Malformed.class, () -> MultipartMixed.parse(bytes("--b\r\n\r\nunclosed"), "b"));
        assertThrows(
                MultipartMixed.Malformed.class,
                () -> MultipartMixed.parse(bytes("--b\r\nno colon\r\n\r\nx\r\n--b--"), "b"));
        assertThrows(
                MultipartMixed.Malformed.class, () -> MultipartMixed.parse(bytes("--bjunk\r\n\r\nx\r\n--b--"), "b"));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String text(byte[] content) {
        return new String(content, StandardCharsets.ISO_8859_1);
    }
}
