package org.juesuan.ingest.process;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which files of one folder some process of this machine holds open for writing. A copier that
 * pauses mid-file — scp, an SMB share served from this machine, a copy from a slow source — keeps
 * its file open across the pause, so however long it stalls the file is not taken for complete.
 * Read from Linux's {@code /proc/PID/fd} links and {@code /proc/PID/fdinfo} flags; descriptors we may
 * not read (another user's, unless root), a remote writer (an NFS client) and systems without
 * {@code /proc} give no answer, and the quiet-time rule alone decides. One scan serves every file of a
 * folder scan: it is kept for {@code reuse}.
 */
public final class OpenWriters {
    /** The access mode in fdinfo's octal {@code flags:} (O_WRONLY = 1, O_RDWR = 2). */
    private static final Pattern FLAGS = Pattern.compile("(?m)^flags:\\s*([0-7]+)");
    private static final int ACCESS_MODE = 3;

    private final Path proc;
    private final Path folder;
    private final long reuseNanos;
    private long scannedAt;
    private Set<String> writing = Set.of();
    private boolean scanned;

    OpenWriters(Path proc, Path folder, Duration reuse) {
        this.proc = proc;
        this.folder = folder;
        this.reuseNanos = reuse.toNanos();
    }

    /** The open writers of the files directly in {@code folder}, a scan reused for {@code reuse}. */
    public static OpenWriters of(Path folder, Duration reuse) {
        Path real;
        try {
            real = folder.toRealPath();
        } catch (IOException e) {
            real = folder.toAbsolutePath().normalize();
        }
        return new OpenWriters(Path.of("/proc"), real, reuse);
    }

    /** Whether some process holds {@code fileName} (a file directly in the folder) open for writing. */
    public synchronized boolean heldOpenForWriting(String fileName) {
        long now = System.nanoTime();
        if (!scanned || now - scannedAt > reuseNanos) {
            writing = scan();
            scannedAt = System.nanoTime();
            scanned = true;
        }
        return writing.contains(fileName);
    }

    private Set<String> scan() {
        Set<String> names = new HashSet<>();
        if (!Files.isDirectory(proc)) {
            return names;
        }
        try (DirectoryStream<Path> processes = Files.newDirectoryStream(proc, "[0-9]*")) {
            for (Path process : processes) {
                scanProcess(process, names);
            }
        } catch (IOException e) {
            return names; // no answer: the quiet-time rule decides
        }
        return names;
    }

    private void scanProcess(Path process, Set<String> names) {
        try (DirectoryStream<Path> descriptors = Files.newDirectoryStream(process.resolve("fd"))) {
            for (Path descriptor : descriptors) {
                Path target = readLink(descriptor);
                if (target != null && folder.equals(target.getParent()) && forWriting(process, descriptor)) {
                    names.add(target.getFileName().toString());
                }
            }
        } catch (IOException | SecurityException e) {
            // a process that ended meanwhile, or one whose descriptors are not ours to read
        }
    }

    private static Path readLink(Path descriptor) {
        try {
            Path target = Files.readSymbolicLink(descriptor);
            return target.isAbsolute() ? target : null; // pipe:[…], socket:[…], anon_inode:…
        } catch (IOException | UnsupportedOperationException e) {
            return null;
        }
    }

    private static boolean forWriting(Path process, Path descriptor) {
        try {
            Matcher flags = FLAGS.matcher(Files.readString(process.resolve("fdinfo").resolve(descriptor.getFileName())));
            return flags.find() && (Integer.parseInt(flags.group(1), 8) & ACCESS_MODE) != 0;
        } catch (IOException | NumberFormatException e) {
            return false;
        }
    }
}
