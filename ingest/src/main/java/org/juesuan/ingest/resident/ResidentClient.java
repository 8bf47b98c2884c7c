package org.juesuan.ingest.resident;

import java.io.DataInputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code juesuan check …} through the resident checker: sends the arguments, the working folder and
 * this build's identity, prints what the check prints and exits with its code. Exits
 * {@value ResidentProtocol#FALL_BACK} when there is no usable checker (none, a dead one whose
 * socket it removes, another build or environment, an unsafe folder): the launcher then checks cold.
 * Kept small, loading little: it runs before every warm check, from a jar of its own
 * ({@code juesuan-client.jar}, these classes alone), so its path to the socket takes no lambda,
 * stream or string concatenation (each bootstraps method handles, tens of milliseconds the first
 * time in a JVM) except to say why it falls back.
 */
public final class ResidentClient {
    private ResidentClient() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        Path socket;
        try {
            socket = ResidentPlace.of(System.getenv()).verified();
        } catch (IOException unsafeOrMissing) {
            return ResidentProtocol.FALL_BACK;
        }
        if (!Files.exists(socket)) {
            return ResidentProtocol.FALL_BACK;
        }
        SocketChannel channel;
        try {
            channel = SocketChannel.open(StandardProtocolFamily.UNIX);
            channel.connect(UnixDomainSocketAddress.of(socket));
        } catch (ConnectException dead) {
            removeQuietly(socket);
            return ResidentProtocol.FALL_BACK;
        } catch (IOException e) {
            return ResidentProtocol.FALL_BACK;
        }
        try (channel) {
            FrameWriter request = new FrameWriter(Channels.newOutputStream(channel));
            request.write(ResidentProtocol.IDENTITY, BuildIdentity.ofThisProcess());
            request.write(ResidentProtocol.DIRECTORY, Path.of("").toAbsolutePath().toString());
            for (String arg : args) {
                request.write(ResidentProtocol.ARGUMENT, arg);
            }
            request.write(ResidentProtocol.END, "");
            return relay(new DataInputStream(Channels.newInputStream(channel)));
        } catch (IOException e) {
            System.err.println("常驻核查进程中断，改为直接核查 (the resident checker broke off; checking cold): " + e.getMessage());
            return ResidentProtocol.FALL_BACK;
        }
    }

    private static int relay(DataInputStream replies) throws IOException {
        while (true) {
            ResidentProtocol.Frame frame = ResidentProtocol.next(replies);
            switch (frame.kind()) {
                case ResidentProtocol.OUT -> System.out.write(frame.payload(), 0, frame.payload().length);
                case ResidentProtocol.ERR -> System.err.write(frame.payload(), 0, frame.payload().length);
                case ResidentProtocol.EXIT -> {
                    System.out.flush();
                    System.err.flush();
                    return frame.exitCode();
                }
                case ResidentProtocol.REFUSED -> {
                    return ResidentProtocol.FALL_BACK;
                }
                default -> throw new IOException("unexpected frame " + (char) frame.kind());
            }
        }
    }

    private static void removeQuietly(Path socket) {
        try {
            Files.deleteIfExists(socket);
        } catch (IOException e) {
            // the checker that starts next removes it too
        }
    }
}
