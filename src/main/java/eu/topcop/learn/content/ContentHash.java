package eu.topcop.learn.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The digest that tells an unchanged content file from a changed one, so that re-importing it writes nothing. */
final class ContentHash {

    private ContentHash() {}

    /** SHA-256 of the file's bytes, in hex. */
    static String of(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Cannot hash " + file, e);
        }
    }
}
