package org.juesuan.ingest.resident;

import java.io.DataInputStream;
import java.io.IOException;
import java.net.BindException;
import java.net.ConnectException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Leaves a resident checker behind: the launcher starts this, detached, after a cold {@code check}.
 * Nothing happens when {@code JUESUAN_RESIDENT=0} or a checker of this build and environment is
 * already listening; a checker of another one is asked to end and replaced; a dead one's socket is
 * removed. The checker ends after {@code JUESUAN_RESIDENT_MINUTES} idle minutes (default 10).
 * Arguments: documents the checker checks for nobody before its first client (the launcher names the
 * seed's), so that client finds its code warm.
 */
public final class ResidentStart {
    private static final Logger LOG = LoggerFactory.getLogger(ResidentStart.class);
    static final Duration DEFAULT_IDLE = Duration.ofMinutes(10);

    private ResidentStart() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Map<String, String> environment = System.getenv();
        if ("0".equals(environment.get("JUESUAN_RESIDENT"))) {
            return;
        }
        Path socket = ResidentPlace.of(environment).prepare();
        String identity = BuildIdentity.ofThisProcess();
        if (Files.exists(socket) && alreadyServed(socket, identity)) {
            return;
        }
        List<Path> warmUp = new ArrayList<>();
        for (String document : args) {
            if (Files.isRegularFile(Path.of(document))) {
                warmUp.add(Path.of(document));
            }
        }
        try (ResidentChecker checker = new ResidentChecker(socket, identity, idle(environment.get("JUESUAN_RESIDENT_MINUTES")),
                warmUp)) {
            checker.serve();
        } catch (BindException raced) {
            LOG.info("another resident checker started first at {}", socket);
        }
    }

    /** Whether a checker of this identity listens; one of another identity is made to leave, a dead one's socket removed. */
    private static boolean alreadyServed(Path socket, String identity) throws IOException {
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.connect(UnixDomainSocketAddress.of(socket));
            FrameWriter request = new FrameWriter(Channels.newOutputStream(channel));
            request.write(ResidentProtocol.IDENTITY, identity);
            request.write(ResidentProtocol.PING, "");
            ResidentProtocol.Frame answer = ResidentProtocol.next(new DataInputStream(Channels.newInputStream(channel)));
            return answer.kind() == ResidentProtocol.EXIT;
        } catch (ConnectException dead) {
            Files.deleteIfExists(socket);
            return false;
        }
    }

    /** Idle minutes, fractions allowed; the default when unset, not a number or not positive. */
    static Duration idle(String minutes) {
        if (minutes == null || minutes.isBlank()) {
            return DEFAULT_IDLE;
        }
        try {
            double value = Double.parseDouble(minutes.trim());
            if (value > 0 && value < 1e6) {
                return Duration.ofMillis(Math.round(value * 60_000));
            }
        } catch (NumberFormatException e) {
            LOG.warn("JUESUAN_RESIDENT_MINUTES={} is not a number of minutes: {}", minutes, e.getMessage());
        }
        return DEFAULT_IDLE;
    }
}
