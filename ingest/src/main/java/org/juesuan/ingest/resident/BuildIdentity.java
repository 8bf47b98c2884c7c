package org.juesuan.ingest.resident;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * What must be the same for a resident checker's results to be a cold check's: the Java it runs
 * on, the build (each class path entry's path, size and modification time: a rebuilt jar differs),
 * and the environment that can change a check ({@code JUESUAN_*} except the resident's own
 * {@code JUESUAN_RESIDENT*}, {@code PATH}, locale and time zone). A client whose identity differs
 * is refused and checks cold.
 */
final class BuildIdentity {
    private static final String[] ALSO = {"PATH", "LANG", "LC_ALL", "LC_CTYPE", "TZ"};

    private BuildIdentity() {
    }

    static String of(String javaHome, String classPath, Map<String, String> environment) throws IOException {
        StringBuilder identity = new StringBuilder("java=").append(javaHome).append('\n');
        for (String entry : classPath.split(File.pathSeparator)) {
            Path path = Path.of(entry).toAbsolutePath();
            identity.append("cp=").append(path);
            if (Files.exists(path)) {
                identity.append(' ').append(Files.size(path)).append(' ').append(Files.getLastModifiedTime(path).toMillis());
            }
            identity.append('\n');
        }
        Map<String, String> relevant = new TreeMap<>();
        environment.forEach((name, value) -> {
            if (name.startsWith("JUESUAN_") && !name.startsWith("JUESUAN_RESIDENT")) {
                relevant.put(name, value);
            }
        });
        for (String name : ALSO) {
            relevant.put(name, environment.getOrDefault(name, ""));
        }
        relevant.forEach((name, value) -> identity.append(name).append('=').append(value).append('\n'));
        return identity.toString();
    }

    /** This process's identity. */
    static String ofThisProcess() throws IOException {
        return of(System.getProperty("java.home"), System.getProperty("java.class.path"), System.getenv());
    }
}
