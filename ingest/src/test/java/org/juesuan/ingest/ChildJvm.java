package org.juesuan.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts {@code juesuan} as a separate JVM on the test classpath, its output sent to a log file. */
public final class ChildJvm {
    private ChildJvm() {
    }

    public static Process start(Path log, String maxHeap, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + maxHeap, "-Dfile.encoding=UTF-8",
                "-cp", System.getProperty("java.class.path"), "org.juesuan.ingest.cli.Juesuan"));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
    }
}
