package org.juesuan.ingest.resident;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.juesuan.ingest.IngestFixtures.await;
import static org.juesuan.ingest.IngestFixtures.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.juesuan.ingest.HostileFiles;
import org.juesuan.ingest.cli.Juesuan;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The resident checker as users meet it: real processes (a started checker, the client) on a
 * socket in a private runtime folder of the test's own, compared with a cold check in this JVM.
 * Every checker started here is ended afterwards, with its reading children.
 */
class ResidentCheckerTest {
    private static final Path REAL = Path.of(System.getProperty("user.dir")).resolve("../../shared/real").normalize();

    /** The classes of juesuan-client.jar (ingest/pom.xml, execution resident-client), by name and nested name. */
    private static final List<String> CLIENT_CLASSES = List.of("ResidentClient", "ResidentPlace", "ResidentProtocol", "FrameWriter",
            "BuildIdentity");

    private final List<Process> started = new ArrayList<>();

    @TempDir
    Path root;

    @AfterEach
    void endCheckers() throws InterruptedException {
        for (Process process : started) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void aWarmCheckWritesWhatAColdCheckWrites() throws Exception {
        Path runtime = privateFolder("runtime");
        startChecker(runtime, "5", corpus("seed/seed.pdf").toString()); // as the launcher starts it: warmed up on the seed
        List<Path> pdfs = List.of(real("putuo-planning-resources-2024.pdf"), real("putuo-finance-bureau-2024.pdf"));
        List<String> files = pdfs.stream().map(Path::toString).toList();

        Run warm = client(runtime, Map.of(), args(files, root.resolve("warm")));
        Run again = client(runtime, Map.of(), args(files, root.resolve("again")));
        int cold = coldCheck(args(files, root.resolve("cold")));

        assertEquals(0, cold);
        assertEquals(0, warm.exit(), warm.err());
        assertEquals(0, again.exit(), again.err());
        assertTrue(warm.out().contains("成功 " + pdfs.get(0)), warm.out());
        for (String folder : List.of("warm", "again")) {
            assertSameOutput(root.resolve("cold"), root.resolve(folder));
        }
    }

    @Test
    void aClientOfAnotherEnvironmentIsRefusedAndFallsBack() throws Exception {
        Path runtime = privateFolder("runtime");
        startChecker(runtime, "5");

        Run other = client(runtime, Map.of("JUESUAN_JAVA_OPTS", "-Xmx2g"), args(List.of(corpus("seed/seed.txt").toString()),
                root.resolve("out")));

        assertEquals(ResidentProtocol.FALL_BACK, other.exit());
        assertFalse(Files.exists(root.resolve("out")), "a refused client's check is not run");
    }

    @Test
    void aDeadCheckersSocketFallsBackAndIsRemoved() throws Exception {
        Path runtime = privateFolder("runtime");
        Path socket = privateFolder("runtime/juesuan").resolve(ResidentPlace.SOCKET);
        try (ServerSocketChannel gone = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            gone.bind(UnixDomainSocketAddress.of(socket));
        }
        assertTrue(Files.exists(socket), "a closed channel leaves its socket file behind");

        Run run = client(runtime, Map.of(), args(List.of(corpus("seed/seed.txt").toString()), root.resolve("out")));

        assertEquals(ResidentProtocol.FALL_BACK, run.exit());
        assertFalse(Files.exists(socket));
    }

    @Test
    void aFolderOthersCanEnterIsNeverUsed() throws Exception {
        Path runtime = privateFolder("runtime");
        Path place = Files.createDirectory(runtime.resolve("juesuan"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        Files.setPosixFilePermissions(place, PosixFilePermissions.fromString("rwxr-xr-x"));

        Process starter = startProcess(runtime, "5", ResidentStart.class, List.of());
        assertTrue(starter.waitFor(120, TimeUnit.SECONDS));

        assertNotEquals(0, starter.exitValue());
        assertFalse(Files.exists(place.resolve(ResidentPlace.SOCKET)));
        Run run = client(runtime, Map.of(), args(List.of(corpus("seed/seed.txt").toString()), root.resolve("out")));
        assertEquals(ResidentProtocol.FALL_BACK, run.exit());
    }

    @Test
    void anIdleCheckerEndsAndRemovesItsSocket() throws Exception {
        Path runtime = privateFolder("runtime");
        Process checker = startChecker(runtime, "0.02");

        assertTrue(checker.waitFor(120, TimeUnit.SECONDS), "the checker ends by itself once idle");
        assertFalse(Files.exists(runtime.resolve("juesuan").resolve(ResidentPlace.SOCKET)));
        await("no reading child left", Duration.ofSeconds(30), () -> checker.descendants().noneMatch(ProcessHandle::isAlive));
    }

    @Test
    void aHostileFileFailsItsCheckAsColdAndTheCheckerGoesOn() throws Exception {
        Path runtime = privateFolder("runtime");
        Process checker = startChecker(runtime, "5");
        Path bomb = HostileFiles.expandingDocx(root.resolve("expanding.docx"), 200);
        List<String> options = List.of("--max-heap-megabytes", "128", "--timeout-seconds", "600");
        List<String> hostile = new ArrayList<>(args(List.of(bomb.toString()), root.resolve("warm")));
        hostile.addAll(options);
        List<String> coldArgs = new ArrayList<>(args(List.of(bomb.toString()), root.resolve("cold")));
        coldArgs.addAll(options);

        Run warm = client(runtime, Map.of(), hostile);
        StringWriter coldErr = new StringWriter();
        int cold = Juesuan.run(new PrintWriter(new StringWriter()), new PrintWriter(coldErr), coldArgs.toArray(String[]::new));
        Run after = client(runtime, Map.of(), args(List.of(corpus("seed/seed.txt").toString()), root.resolve("after")));

        assertEquals(cold, warm.exit());
        assertEquals(failureLine(coldErr.toString()), failureLine(warm.err()));
        assertTrue(checker.isAlive(), "the checker survives the hostile file");
        assertEquals(0, after.exit(), after.err());
    }

    private static String failureLine(String err) {
        return err.lines().filter(line -> line.startsWith("失败 ")).findFirst().orElse("no failure line in: " + err);
    }

    private static void assertSameOutput(Path cold, Path warm) throws IOException {
        List<Path> written;
        try (var files = Files.list(cold)) {
            written = files.sorted().toList();
        }
        assertTrue(written.size() >= 5, written.toString());
        for (Path file : written) {
            Path other = warm.resolve(file.getFileName().toString());
            if (file.toString().endsWith(".xlsx")) {
                assertEquals(cells(file), cells(other), file.getFileName().toString());
            } else {
                assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(other), file.getFileName().toString());
            }
        }
    }

    /** Every sheet's cells as text, row by row (the zip around them carries its own times). */
    private static List<String> cells(Path workbook) throws IOException {
        List<String> cells = new ArrayList<>();
        DataFormatter text = new DataFormatter();
        try (InputStream in = Files.newInputStream(workbook); Workbook book = WorkbookFactory.create(in)) {
            for (Sheet sheet : book) {
                for (Row row : sheet) {
                    row.forEach(cell -> cells.add(sheet.getSheetName() + "!" + cell.getAddress() + "=" + text.formatCellValue(cell)));
                }
            }
        }
        return cells;
    }

    private int coldCheck(List<String> args) {
        return Juesuan.run(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), args.toArray(String[]::new));
    }

    private static List<String> args(List<String> files, Path out) {
        List<String> args = new ArrayList<>(List.of("check"));
        args.addAll(files);
        args.addAll(List.of("--out", out.toString()));
        return args;
    }

    private static Path real(String name) {
        return REAL.resolve(name);
    }

    private Path privateFolder(String relative) throws IOException {
        return Files.createDirectories(root.resolve(relative),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    }

    /** Starts a checker and waits until it listens. */
    private Process startChecker(Path runtime, String idleMinutes, String... warmUpDocuments) throws Exception {
        Process checker = startProcess(runtime, idleMinutes, ResidentStart.class, List.of(warmUpDocuments));
        Path socket = runtime.resolve("juesuan").resolve(ResidentPlace.SOCKET);
        await("the checker listens", Duration.ofMinutes(3), () -> Files.exists(socket) || !checker.isAlive());
        assertTrue(checker.isAlive(), "the checker started");
        return checker;
    }

    private Run client(Path runtime, Map<String, String> environment, List<String> args) throws Exception {
        Path out = Files.createTempFile(root, "client", ".out");
        Path err = Files.createTempFile(root, "client", ".err");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m", "-Dfile.encoding=UTF-8", "-D" + BuildIdentity.CLASS_PATH + "=" + System.getProperty("java.class.path"),
                "-cp", clientClassPath().toString(), ResidentClient.class.getName()));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().put("XDG_RUNTIME_DIR", runtime.toString());
        builder.environment().putAll(environment);
        Process client = builder.start();
        started.add(client);
        assertTrue(client.waitFor(10, TimeUnit.MINUTES), "the client ends");
        return new Run(client.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    /**
     * The client's classes alone, as {@code juesuan-client.jar} holds them (the pom's includes), so
     * every test shows it runs from them and names the application's class path for its identity.
     */
    private Path clientClassPath() throws Exception {
        Path from = Path.of(ResidentClient.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve(ResidentClient.class.getPackageName().replace('.', '/'));
        Path client = root.resolve("client");
        Path to = Files.createDirectories(client.resolve(ResidentClient.class.getPackageName().replace('.', '/')));
        try (var classes = Files.list(from)) {
            for (Path file : classes.toList()) {
                String name = file.getFileName().toString();
                if (CLIENT_CLASSES.stream().anyMatch(prefix -> name.startsWith(prefix + ".") || name.startsWith(prefix + "$"))) {
                    Files.copy(file, to.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return client;
    }

    private Process startProcess(Path runtime, String idleMinutes, Class<?> main, List<String> args) throws IOException {
        List<String> command = javaCommand(main);
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(root.resolve("checker.log").toFile()));
        builder.environment().put("XDG_RUNTIME_DIR", runtime.toString());
        builder.environment().put("JUESUAN_RESIDENT_MINUTES", idleMinutes);
        builder.environment().remove("JUESUAN_RESIDENT");
        Process process = builder.start();
        started.add(process);
        return process;
    }

    private static List<String> javaCommand(Class<?> main) {
        return new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
                "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"), main.getName()));
    }

    /** What a client printed and its exit code. */
    private record Run(int exit, String out, String err) {
    }
}
