package org.juesuan.ingest.fork;

import java.lang.management.ManagementFactory;
import java.util.List;

/**
 * The start-up options of this JVM that its reading children take over: the class-data-sharing
 * archive ({@code -XX:SharedArchiveFile}, which the {@code juesuan} launcher builds once per build;
 * the children run on the same class path, so it spares them loading the same classes) and the
 * compiler's top tier ({@code -XX:TieredStopAtLevel}, which the launcher sets to the quick
 * compiler for {@code check}, a run too short for the optimising one to pay for its work). A JVM
 * started without them hands on nothing; a stale archive is ignored by the JVM itself.
 */
final class InheritedJvmOptions {
    private static final List<String> INHERITED = List.of("-XX:SharedArchiveFile=", "-XX:TieredStopAtLevel=");

    private InheritedJvmOptions() {
    }

    static List<String> ofThisJvm() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(argument -> INHERITED.stream().anyMatch(argument::startsWith))
                .toList();
    }
}
