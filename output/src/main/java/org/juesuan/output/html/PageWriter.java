package org.juesuan.output.html;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Mustache writes a page as thousands of short strings: this gathers them without the lock a
 * BufferedWriter or StringWriter takes for each, and encodes them in runs of some 64 K chars.
 */
final class PageWriter extends Writer {
    private static final int RUN = 1 << 16;
    private final OutputStream out;
    private final StringBuilder text = new StringBuilder(RUN + 1024);

    PageWriter(OutputStream out) {
        this.out = out;
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        text.append(chars, offset, length);
        drainIfFull();
    }

    @Override
    public void write(String string, int offset, int length) throws IOException {
        text.append(string, offset, offset + length);
        drainIfFull();
    }

    @Override
    public void write(String string) throws IOException {
        text.append(string);
        drainIfFull();
    }

    @Override
    public void write(int c) throws IOException {
        text.append((char) c);
        drainIfFull();
    }

    private void drainIfFull() throws IOException {
        if (text.length() >= RUN) {
            // A surrogate pair must not be split between two runs: its high half waits for the next.
            int end = Character.isHighSurrogate(text.charAt(text.length() - 1)) ? text.length() - 1 : text.length();
            out.write(text.substring(0, end).getBytes(StandardCharsets.UTF_8));
            text.delete(0, end);
        }
    }

    /** Writes what is gathered and flushes the stream beneath, as an encoding writer's flush does. */
    @Override
    public void flush() throws IOException {
        out.write(text.toString().getBytes(StandardCharsets.UTF_8));
        text.setLength(0);
        out.flush();
    }

    @Override
    public void close() throws IOException {
        flush();
    }
}
