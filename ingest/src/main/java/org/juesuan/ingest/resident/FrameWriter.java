package org.juesuan.ingest.resident;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Writes {@link ResidentProtocol} frames; one at a time, whole, so two streams' frames never mix. */
final class FrameWriter {
    private final DataOutputStream out;

    FrameWriter(OutputStream out) {
        this.out = new DataOutputStream(out);
    }

    synchronized void write(byte kind, byte[] bytes, int offset, int length) throws IOException {
        out.write(kind);
        out.writeInt(length);
        out.write(bytes, offset, length);
        out.flush();
    }

    void write(byte kind, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        write(kind, bytes, 0, bytes.length);
    }

    void exit(int code) throws IOException {
        write(ResidentProtocol.EXIT, new byte[] {(byte) (code >>> 24), (byte) (code >>> 16), (byte) (code >>> 8), (byte) code}, 0, 4);
    }

    /** A stream whose bytes go out as frames of {@code kind}, one frame per flush or full buffer. */
    OutputStream stream(byte kind) {
        return new java.io.BufferedOutputStream(new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                FrameWriter.this.write(kind, bytes, offset, length);
            }
        }, 8192);
    }
}
