package org.juesuan.ingest.resident;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The frames between client and resident checker, each a kind byte, a length and that many bytes.
 * A request: {@link #IDENTITY}, {@link #DIRECTORY}, one {@link #ARGUMENT} per word, {@link #END};
 * or {@link #IDENTITY} and {@link #PING} from a starter asking whether a checker of its build runs.
 * A reply: {@link #OUT} and {@link #ERR} in the order the check printed them, then {@link #EXIT}
 * with the exit code; or {@link #REFUSED} alone when the identities differ.
 */
final class ResidentProtocol {
    static final byte IDENTITY = 'I';
    static final byte DIRECTORY = 'D';
    static final byte ARGUMENT = 'A';
    static final byte END = 'E';
    static final byte PING = 'P';
    static final byte OUT = 'o';
    static final byte ERR = 'e';
    static final byte EXIT = 'x';
    static final byte REFUSED = 'r';

    /** The client's exit code for "no usable checker here": the launcher then checks cold. */
    static final int FALL_BACK = 75;

    /** Larger frames are refused: nothing in this protocol comes near it. */
    private static final int LARGEST = 16 * 1024 * 1024;

    private ResidentProtocol() {
    }

    /** One frame: its kind and its bytes. */
    record Frame(byte kind, byte[] payload) {
        String text() {
            return new String(payload, StandardCharsets.UTF_8);
        }

        int exitCode() {
            return ((payload[0] & 0xff) << 24) | ((payload[1] & 0xff) << 16) | ((payload[2] & 0xff) << 8) | (payload[3] & 0xff);
        }
    }

    /** The next frame, or {@code null} at a clean end of the stream. */
    static Frame read(DataInputStream in) throws IOException {
        int kind = in.read();
        if (kind < 0) {
            return null;
        }
        int length = in.readInt();
        if (length < 0 || length > LARGEST) {
            throw new IOException("frame of " + length + " bytes");
        }
        byte[] payload = new byte[length];
        in.readFully(payload);
        return new Frame((byte) kind, payload);
    }

    /** As {@link #read}, but the stream may not end here. */
    static Frame next(DataInputStream in) throws IOException {
        Frame frame = read(in);
        if (frame == null) {
            throw new EOFException("the other side closed mid-exchange");
        }
        return frame;
    }
}
