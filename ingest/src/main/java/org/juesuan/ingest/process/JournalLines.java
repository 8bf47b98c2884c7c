package org.juesuan.ingest.process;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * Reads an append-only journal of newline-ended lines (the processed-files ledger, the run's rows):
 * hands each complete line with its start to the caller and tells where the complete lines end, so
 * a last line torn by a crash (no line break) is never taken and can be cut off.
 */
final class JournalLines {
    /** Takes one complete line, without its line break, and the offset it starts at. */
    @FunctionalInterface
    interface LineSink {
        void line(byte[] line, long start) throws IOException;
    }

    private JournalLines() {
    }

    /** Scans {@code channel} from its start in chunks of {@code chunkBytes}; returns where its complete lines end. */
    static long scan(FileChannel channel, int chunkBytes, LineSink sink) throws IOException {
        ByteBuffer chunk = ByteBuffer.allocate(chunkBytes);
        ByteArrayOutputStream carried = new ByteArrayOutputStream(256); // a line split across two chunks
        long position = 0;
        long lineStart = 0;
        int read;
        while ((read = channel.read(chunk.clear(), position)) > 0) {
            byte[] bytes = chunk.array();
            int from = 0;
            for (int i = 0; i < read; i++) {
                if (bytes[i] == '\n') {
                    carried.write(bytes, from, i - from);
                    sink.line(carried.toByteArray(), lineStart);
                    carried.reset();
                    from = i + 1;
                    lineStart = position + from;
                }
            }
            carried.write(bytes, from, read - from);
            position += read;
        }
        return lineStart;
    }
}
