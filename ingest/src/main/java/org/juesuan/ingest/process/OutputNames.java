package org.juesuan.ingest.process;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Output names that always stay inside the output folder: a zip entry {@code dir/x.docx} inside
 * {@code a.zip} becomes {@code a.zip!dir!x.docx}; a file in a sub-folder of a batch root
 * {@code 2023/x.pdf} becomes {@code 2023!x.pdf}. No separator, no leading dot, no control character
 * survives, so the name can be neither a path nor a hidden file.
 */
public final class OutputNames {
    /** Path separators, Windows drive colons and control characters: e.g. "a/b", "a\\b", "C:", "\t". */
    private static final Pattern UNSAFE = Pattern.compile("[/\\\\:\\p{Cntrl}]");
    /** Room for ".error.json" and a temporary prefix within the usual 255-byte file-name limit. */
    private static final int MAX_BYTES = 200;

    private OutputNames() {
    }

    /** Joins the parts of a relative path with '!' after cleaning each; parts are never empty. */
    public static String flatten(String... parts) {
        StringBuilder name = new StringBuilder();
        for (String part : parts) {
            for (String segment : part.split("[/\\\\]")) {
                if (segment.isEmpty() || segment.equals(".")) {
                    continue;
                }
                name.append(name.isEmpty() ? "" : "!").append(UNSAFE.matcher(segment).replaceAll("_"));
            }
        }
        String flat = name.isEmpty() ? "_" : name.toString();
        if (flat.startsWith(".")) {
            flat = "_" + flat;
        }
        return shorten(flat);
    }

    /**
     * The entry's path when it is safe to name a document by, else empty: absolute paths, drive
     * letters and any ".." segment (as in "../../x") are refused, as archive tools should.
     */
    public static Optional<String> safeEntryPath(String entryName) {
        String normal = entryName.replace('\\', '/');
        if (normal.startsWith("/") || normal.matches("^[A-Za-z]:.*")) {
            return Optional.empty();
        }
        for (String segment : normal.split("/")) {
            if (segment.equals("..")) {
                return Optional.empty();
            }
        }
        return Optional.of(normal);
    }

    private static String shorten(String name) {
        if (name.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES) {
            return name;
        }
        String hash = Integer.toHexString(name.hashCode());
        StringBuilder kept = new StringBuilder();
        for (int i = name.length() - 1; i >= 0; i--) {
            String next = name.charAt(i) + kept.toString();
            if (next.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES - 12) {
                break;
            }
            kept.insert(0, name.charAt(i));
        }
        return "~" + hash + "~" + kept;
    }
}
