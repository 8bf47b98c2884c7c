package org.juesuan.ingest.process;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The one-watcher-per-inbox guard: an OS lock on {@code IN/.juesuan-watch.lock}, held as long as the
 * watcher runs and released by the OS when its process dies (so a crash never leaves a stale lock).
 * Taken before the watch route starts, so a second watcher (whatever its output folder) never
 * touches the inbox — in particular never removes the first one's read locks as "orphans".
 */
public final class InboxLock implements AutoCloseable {
    /** The lock file's name inside the inbox; a dot-name, so it is never taken for an input. */
    public static final String FILE_NAME = ".juesuan-watch.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private InboxLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Locks {@code inbox}, or fails with {@link FolderInUseException} when another live watcher holds it. */
    public static InboxLock acquire(Path inbox) throws IOException {
        Files.createDirectories(inbox);
        Path file = inbox.resolve(FILE_NAME);
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.READ);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // held by this very JVM: another watcher of this process
        }
        if (lock == null) {
            String holder = holder(file);
            channel.close();
            throw new FolderInUseException("另一个 juesuan watch（进程 " + holder + "）正在监视 " + inbox
                    + "，本进程不启动 (another watcher, process " + holder + ", is watching this inbox)");
        }
        channel.truncate(0);
        channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.UTF_8)));
        channel.force(false);
        return new InboxLock(channel, lock);
    }

    private static String holder(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return "?";
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
