package org.juesuan.ingest.resident;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.juesuan.extract.parse.ReadingLimits;
import org.juesuan.ingest.cli.CheckContext;
import org.juesuan.ingest.cli.Juesuan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A warm {@code check}: listens on a Unix domain socket, runs each client's {@code check} through
 * the same command as a cold run (only its working folder and its kept reading children differ),
 * streams back what it prints and its exit code, one client at a time. Ends after {@code idle}
 * without a client, or when a starter of another build or environment asks (it is superseded).
 */
final class ResidentChecker implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ResidentChecker.class);
    /** The default limits of {@code check}, for the child started before the first client. */
    private static final int DEFAULT_HEAP_MEGABYTES = 1024;

    /** Warm-up checks before the first client, when none is waiting: the JIT's first passes take them. */
    private static final int WARM_UP_ROUNDS = 2;

    private final Path socket;
    private final String identity;
    private final Duration idle;
    private final List<Path> warmUpDocuments;
    private final KeptReading readings = new KeptReading();

    ResidentChecker(Path socket, String identity, Duration idle) {
        this(socket, identity, idle, List.of());
    }

    /**
     * A checker that first checks {@code warmUpDocuments}, for nobody, so that the first clients' checks find the checker's and its child's code
     * compiled (the first reading of a PDF in a fresh child costs several times a later one).
     */
    ResidentChecker(Path socket, String identity, Duration idle, List<Path> warmUpDocuments) {
        this.socket = socket;
        this.identity = identity;
        this.idle = idle;
        this.warmUpDocuments = List.copyOf(warmUpDocuments);
    }

    /** Serves until idle or superseded; the socket is gone when this returns. */
    void serve() throws IOException, InterruptedException {
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
             Selector selector = Selector.open()) {
            server.bind(UnixDomainSocketAddress.of(socket));
            try {
                server.configureBlocking(false);
                server.register(selector, SelectionKey.OP_ACCEPT);
                // children for every format: a run of PDFs alone is served by them too, and a first .docx
                // does not cost a new child (KeptReading)
                readings.hold(ReadingLimits.DEFAULT, DEFAULT_HEAP_MEGABYTES, false);
                readings.ready();
                LOG.info("resident checker listening on {}, ending after {} idle", socket, idle);
                warmUp(selector);
                loop(server, selector);
            } finally {
                // before the channel closes: a starter that then finds no socket may bind its own
                Files.deleteIfExists(socket);
            }
        }
    }

    private void loop(ServerSocketChannel server, Selector selector) throws IOException, InterruptedException {
        long lastClient = System.nanoTime();
        while (true) {
            long left = idle.toMillis() - Duration.ofNanos(System.nanoTime() - lastClient).toMillis();
            if (left <= 0) {
                LOG.info("idle for {}: ending", idle);
                return;
            }
            selector.select(left);
            selector.selectedKeys().clear();
            SocketChannel client = server.accept();
            if (client == null) {
                continue;
            }
            boolean goOn;
            try (client) {
                client.configureBlocking(true);
                goOn = answer(client);
            } catch (IOException e) {
                LOG.warn("a client broke off: {}", e.toString());
                goOn = true;
            }
            if (!goOn) {
                LOG.info("superseded by a checker of another build or environment: ending");
                return;
            }
            readings.ready();
            lastClient = System.nanoTime();
        }
    }

    /**
     * Checks the warm-up documents {@value #WARM_UP_ROUNDS} times into a scratch folder through the
     * same command and kept children as a client's check, stopping as soon as a client waits (it is
     * served at most one warm-up check late). A warm-up that fails only leaves the checker colder.
     */
    private void warmUp(Selector selector) throws IOException {
        if (warmUpDocuments.isEmpty()) {
            return;
        }
        Path scratch = Files.createTempDirectory("juesuan-resident-warm-up-");
        try {
            List<String> args = new ArrayList<>(List.of("check"));
            for (Path document : warmUpDocuments) {
                args.add(document.toAbsolutePath().toString());
            }
            args.addAll(List.of("--out", scratch.resolve("out").toString()));
            PrintWriter nowhere = new PrintWriter(java.io.Writer.nullWriter());
            for (int round = 0; round < WARM_UP_ROUNDS; round++) {
                if (selector.selectNow() > 0) {
                    selector.selectedKeys().clear(); // the loop accepts it: the socket stays ready
                    return;
                }
                int code = Juesuan.run(nowhere, nowhere, new CheckContext(scratch, readings), args.toArray(String[]::new));
                LOG.debug("warm-up check {} ended with {}", round + 1, code);
            }
        } finally {
            try (java.util.stream.Stream<Path> files = Files.walk(scratch)) {
                for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    /** One client's request; false when this checker is to end. */
    private boolean answer(SocketChannel client) throws IOException {
        DataInputStream in = new DataInputStream(Channels.newInputStream(client));
        FrameWriter reply = new FrameWriter(Channels.newOutputStream(client));
        ResidentProtocol.Frame first = ResidentProtocol.next(in);
        boolean same = first.kind() == ResidentProtocol.IDENTITY && first.text().equals(identity);
        ResidentProtocol.Frame next = ResidentProtocol.next(in);
        if (next.kind() == ResidentProtocol.PING) {
            if (!same) {
                Files.deleteIfExists(socket); // the starter binds its own as soon as it hears this
                reply.write(ResidentProtocol.REFUSED, "");
                return false;
            }
            reply.exit(0);
            return true;
        }
        if (!same || next.kind() != ResidentProtocol.DIRECTORY) {
            reply.write(ResidentProtocol.REFUSED, "");
            return true;
        }
        Path directory = Path.of(next.text());
        List<String> args = new ArrayList<>();
        for (ResidentProtocol.Frame word = ResidentProtocol.next(in); word.kind() != ResidentProtocol.END;
                word = ResidentProtocol.next(in)) {
            args.add(word.text());
        }
        if (args.isEmpty() || !args.get(0).equals("check") || !directory.isAbsolute()) {
            reply.write(ResidentProtocol.REFUSED, "");
            return true;
        }
        reply.exit(check(reply, directory, args));
        return true;
    }

    private int check(FrameWriter reply, Path directory, List<String> args) {
        Charset charset = Charset.defaultCharset(); // what a cold run's standard streams would print in
        PrintWriter out = new PrintWriter(new OutputStreamWriter(reply.stream(ResidentProtocol.OUT), charset), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(reply.stream(ResidentProtocol.ERR), charset), true);
        int code = Juesuan.run(out, err, new CheckContext(directory, readings), args.toArray(String[]::new));
        out.flush();
        err.flush();
        return code;
    }

    @Override
    public void close() throws IOException {
        readings.close();
    }
}
