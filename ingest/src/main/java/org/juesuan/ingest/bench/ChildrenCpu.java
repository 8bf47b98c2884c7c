package org.juesuan.ingest.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU seconds (user + system) of this process's finished children, and of their own children they
 * waited for, as Linux accounts them ({@code /proc/self/stat}, cutime and cstime): the difference
 * around a child process is what that child and its reading JVMs used. NaN where there is no /proc.
 */
final class ChildrenCpu {
    /** Linux reports these times in USER_HZ ticks, 100 a second on every architecture it runs on. */
    private static final double TICKS_PER_SECOND = 100.0;
    private static final Path STAT = Path.of("/proc/self/stat");

    private ChildrenCpu() {
    }

    static double seconds() throws IOException {
        if (!Files.exists(STAT)) {
            return Double.NaN;
        }
        String stat = Files.readString(STAT);
        // the command name (field 2) is in parentheses and may hold spaces: count fields after its end
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long cutime = Long.parseLong(fields[13]);
        long cstime = Long.parseLong(fields[14]);
        return (cutime + cstime) / TICKS_PER_SECOND;
    }
}
