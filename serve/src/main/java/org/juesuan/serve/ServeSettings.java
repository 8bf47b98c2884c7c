package org.juesuan.serve;

import java.time.Duration;

/**
 * How the server runs.
 *
 * @param host           the address it listens on (127.0.0.1 by default: beyond it, passwords and session cookies cross the network, so TLS is the operator's)
 * @param port           its port; 0 picks a free one
 * @param workers        documents read at once
 * @param maxUploadBytes the largest upload accepted
 * @param answerWithin   how long an upload waits for its documents before answering 202 with them still queued or reading
 */
public record ServeSettings(String host, int port, int workers, long maxUploadBytes, Duration answerWithin) {
    public ServeSettings {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("端口应在 0–65535 之间 (port out of range): " + port);
        }
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be 1 or more");
        }
    }

    public static ServeSettings defaults(int port) {
        return new ServeSettings("127.0.0.1", port, Math.max(1, Runtime.getRuntime().availableProcessors()),
                100L * 1024 * 1024, Duration.ofSeconds(30));
    }
}
