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
    /** The system property naming the application's class path when it is not this JVM's own. */
    static final String CLASS_PATH = "juesuan.identity.class-path";
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
        for (Map.Entry<String, String> variable : environment.entrySet()) { // loops, not lambdas: see ResidentClient
            String name = variable.getKey();
            if (name.startsWith("JUESUAN_") && !name.startsWith("JUESUAN_RESIDENT")) {
                relevant.put(name, variable.getValue());
            }
        }
        for (String name : ALSO) {
            relevant.put(name, environment.getOrDefault(name, ""));
        }
        for (Map.Entry<String, String> variable : relevant.entrySet()) {
            identity.append(variable.getKey()).append('=').append(variable.getValue()).append('\n');
        }
        return identity.toString();
    }

    /**
     * This process's identity. Its class path is the application's: {@code java.class.path}, or
     * {@value #CLASS_PATH} when set — the launcher's client runs from its own small jar and names
     * the application jar there, so a client and a checker of one build agree.
     */
    static String ofThisProcess() throws IOException {
        String classPath = System.getProperty(CLASS_PATH);
        if (classPath == null || classPath.isEmpty()) {
            classPath = System.getProperty("java.class.path");
        }
        return of(System.getProperty("java.home"), classPath, System.getenv());
    }
}
