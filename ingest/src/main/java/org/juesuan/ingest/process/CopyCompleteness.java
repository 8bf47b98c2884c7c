package org.juesuan.ingest.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * When a file in the inbox is complete enough to read: the copier convention.
 * <ul>
 *   <li>A file still being written is named so it is never an input: {@code NAME.part} (or any
 *       name ending .part, .tmp, .crdownload, .filepart) or a dot-name ({@code .NAME}); the copier
 *       renames it to {@code NAME} when the last byte is written.</li>
 *   <li>A marker {@code NAME.ready} beside {@code NAME} says "complete": the file is read at once.</li>
 *   <li>Otherwise the file is read only once it has not been modified for {@code quiet} (default
 *       30 s, so a copier that stalls for tens of seconds is waited for) and no process of this
 *       machine holds it open for writing ({@link OpenWriters}: a stalled copier that keeps its file
 *       open is waited for however long it stalls).</li>
 * </ul>
 * After reading, {@link Snapshot#unchangedSince} tells whether the file changed meanwhile; a file
 * that did is read again later, never half-analysed.
 */
public final class CopyCompleteness {
    /** The marker suffix: {@code report.pdf.ready} beside {@code report.pdf}. */
    public static final String READY_SUFFIX = ".ready";

    private final Duration quiet;
    private final OpenWriters writers;

    /** Complete after {@code quiet} without change, once no local process holds the file open for writing. */
    public CopyCompleteness(Duration quiet, OpenWriters writers) {
        this.quiet = Objects.requireNonNull(quiet, "quiet");
        this.writers = Objects.requireNonNull(writers, "writers");
    }

    /** A copier's working name: never read, whatever it ends in after the temporary suffix. */
    public static boolean isBeingWritten(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        return name.startsWith(".") || name.startsWith("~$") || name.endsWith(".part") || name.endsWith(".tmp")
                || name.endsWith(".crdownload") || name.endsWith(".filepart");
    }

    /** A {@code NAME.ready} marker: a copier's signal, never an input of its own. */
    public static boolean isMarker(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(READY_SUFFIX);
    }

    /**
     * Whether a file so named is an input once complete (every other name is a copier's working name
     * or marker, waited for): inputs of a type no reader takes are inputs too, refused with a reason.
     */
    public static boolean isInputName(String fileName) {
        return !isBeingWritten(fileName) && !isMarker(fileName);
    }

    /** The marker that declares {@code file} complete. */
    public static Path marker(Path file) {
        return file.resolveSibling(file.getFileName() + READY_SUFFIX);
    }

    /** Whether {@code file} may be read now: marked ready, or quiet for long enough. */
    public boolean complete(Path file, Instant now) {
        if (!isInputName(file.getFileName().toString())) {
            return false;
        }
        if (Files.exists(marker(file))) {
            return true;
        }
        try {
            Instant modified = Files.getLastModifiedTime(file).toInstant();
            return !modified.plus(quiet).isAfter(now)
                    && !writers.heldOpenForWriting(file.getFileName().toString());
        } catch (IOException e) {
            return false; // gone or unreadable for now: look again at the next scan
        }
    }

    /** Removes the marker once its file has been moved out of the inbox. */
    public static void removeMarker(Path file) throws IOException {
        Files.deleteIfExists(marker(file));
    }

    /**
     * Size and modification time of a file before it is read, to compare after.
     *
     * @param size     bytes
     * @param modified last modification, as precise as the file system keeps it
     */
    public record Snapshot(long size, Instant modified) {
        public Snapshot {
            Objects.requireNonNull(modified, "modified");
        }

        public static Snapshot of(Path file) throws IOException {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return new Snapshot(attributes.size(), attributes.lastModifiedTime().toInstant());
        }

        /** Whether {@code file} still has this size and modification time. */
        public boolean unchangedSince(Path file) throws IOException {
            return equals(of(file));
        }
    }
}
