package org.juesuan.ingest.fork;

import java.util.List;
import java.util.Optional;
import org.juesuan.extract.UnreadableDocumentException;
import org.juesuan.extract.UnreadableDocumentException.Problem;

/**
 * The lines a reading child and its parent exchange, UTF-8, one per line, fields separated by TAB:
 * <pre>
 * child  → parent  READY                                   (reader assembled)
 * parent → child   input-file TAB source-name TAB result-file
 * child  → parent  OK TAB heap                              (the model is in result-file, as JSON)
 * child  → parent  UNREADABLE TAB problem TAB detail TAB heap (an UnreadableDocumentException)
 * child  → parent  FAILED TAB chinese reason TAB english reason TAB heap
 * child  → parent  FATAL TAB chinese reason TAB english reason TAB heap (as FAILED, and the child
 *                  ends after it: out of heap, interrupted; the parent must not hand it another)
 * </pre>
 * {@code heap} is the child's peak heap so far in bytes (the sum of its heap pools' peaks), so the
 * parent can report the memory its children used. Fields never contain TAB or line breaks
 * ({@link #field} replaces them).
 */
final class ReadingProtocol {
    static final String READY = "READY";
    static final String OK = "OK";
    static final String UNREADABLE = "UNREADABLE";
    static final String FAILED = "FAILED";
    static final String FATAL = "FATAL";

    private ReadingProtocol() {
    }

    static String line(String... fields) {
        StringBuilder line = new StringBuilder();
        for (String field : fields) {
            line.append(line.length() == 0 ? "" : "\t").append(field(field));
        }
        return line.toString();
    }

    static String field(String text) {
        return String.valueOf(text).replaceAll("[\\t\\r\\n]", " ");
    }

    static List<String> fields(String line) {
        return List.of(line.split("\t", -1));
    }

    /** The child's peak heap the reply reports, or -1 when it reports none. */
    static long heapBytes(String reply) {
        List<String> fields = fields(reply);
        int expected = OK.equals(fields.get(0)) ? 2 : 4;
        if (fields.size() != expected) {
            return -1;
        }
        try {
            return Long.parseLong(fields.get(expected - 1));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The child's reply as the exception it stands for, or empty for OK. */
    static Optional<ReplyFailure> failure(String reply) {
        List<String> fields = fields(reply);
        return switch (fields.get(0)) {
            case OK -> Optional.empty();
            case UNREADABLE -> Optional.of(new ReplyFailure(new UnreadableDocumentException(
                    Problem.valueOf(fields.get(1)), fields.size() > 2 && !fields.get(2).isEmpty() ? fields.get(2) : null),
                    null, null));
            case FAILED, FATAL -> Optional.of(new ReplyFailure(null, fields.get(1), fields.size() > 2 ? fields.get(2) : ""));
            default -> Optional.of(new ReplyFailure(null, "读取进程返回了无法理解的结果", "unexpected reply: " + reply));
        };
    }

    /** Whether the child ends after this reply (so it must be replaced, not asked again). */
    static boolean ending(String reply) {
        return fields(reply).get(0).equals(FATAL);
    }

    /** A reply that is not OK: an unreadable document, or another failure with its reasons. */
    record ReplyFailure(UnreadableDocumentException unreadable, String chinese, String english) {
    }
}
