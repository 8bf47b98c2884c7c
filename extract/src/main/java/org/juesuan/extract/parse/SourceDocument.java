package org.juesuan.extract.parse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A file as it arrived: its name and its bytes. The bytes are the document's identity.
 *
 * @param name    the file name it arrived under (used for messages and output names)
 * @param content the file's bytes; not copied, so callers must not change them
 */
public record SourceDocument(String name, byte[] content) {
    public SourceDocument {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(content, "content");
    }

    public static SourceDocument read(Path file) throws IOException {
        return new SourceDocument(file.getFileName().toString(), Files.readAllBytes(file));
    }

    /** SHA-256 of the bytes, lower-case hex. */
    public String contentHash() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }

    /** The extension of the name, lower case, without the dot; empty when there is none. */
    public String extension() {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
    }
}
