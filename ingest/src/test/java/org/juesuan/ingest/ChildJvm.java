package org.juesuan.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts {@code juesuan} as a separate JVM on the test classpath, its output sent to a log file. The
 * child runs on the quick compiler only ({@code -XX:TieredStopAtLevel=1}, as the launcher runs
 * {@code check}): a test's watcher or batch lives seconds, too short for the optimising compiler to
 * repay its work on 2 shared cores, and its reading children inherit the option.
 */
public final class ChildJvm {
    private ChildJvm() {
    }

    public static Process start(Path log, String maxHeap, String... args) throws IOException {
        return start(log, maxHeap, List.of(), args);
    }

    /** As {@link #start(Path, String, String...)}, with JVM options ({@code -Dkey=value}) before the main class. */
    public static Process start(Path log, String maxHeap, List<String> jvmOptions, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + maxHeap, "-Dfile.encoding=UTF-8", "-XX:TieredStopAtLevel=1"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.juesuan.ingest.cli.Juesuan"));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
    }
}
