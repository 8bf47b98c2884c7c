package org.juesuan.output;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file beside its target and renames it into place. The watch route rewrites the run's
 * index after every document while a reviewer may have it open: the reader must see the old file
 * or the new one, never a half-written one.
 */
public final class AtomicFile {
    private static final int BUFFER_BYTES = 1 << 16;

    private AtomicFile() {
    }

    /** Whether a file is a temporary one this class writes (.NAME….tmp), left behind if a process died mid-write. */
    public static boolean isTemporary(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith(".") && name.endsWith(".tmp");
    }

    public static <T> void write(Path target, ReportWriter<T> writer, T input) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        // A unique temporary name, so two threads rewriting the same index never share one.
        Path temporary = Files.createTempFile(folder, "." + target.getFileName(), ".tmp");
        try {
            // Buffered: the zip of a workbook writes its headers byte by byte, and each unbuffered
            // byte would be a call into the file channel.
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary), BUFFER_BYTES)) {
                writer.write(input, out);
            }
            move(temporary, target);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static void move(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
