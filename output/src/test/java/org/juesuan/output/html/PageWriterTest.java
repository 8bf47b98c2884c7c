package org.juesuan.output.html;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The page's bytes are its text in UTF-8 whatever the runs it is encoded in, pairs of surrogates across a run's end included. */
class PageWriterTest {
    @Test
    void encodesAsOneStringWould() throws Exception {
        // shifted by 0 to 6 chars, a run's end falls between the two halves of 𠀀 in one of them
        for (int shift = 0; shift < 7; shift++) {
            StringBuilder page = new StringBuilder("x".repeat(shift));
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            PageWriter writer = new PageWriter(bytes);
            writer.write(page.toString());
            for (int i = 0; i < 60_000; i++) {
                String piece = i % 3 == 0 ? "𠀀" : i % 3 == 1 ? "汉a" : "<b>";
                page.append(piece);
                if (i % 3 == 0) {
                    // a writer may be handed a pair half by half
                    writer.write(piece.charAt(0));
                    writer.write(piece.charAt(1));
                } else if (i % 2 == 0) {
                    writer.write(piece);
                } else {
                    writer.write(piece.toCharArray(), 0, piece.length());
                }
            }
            writer.flush();
            assertArrayEquals(page.toString().getBytes(StandardCharsets.UTF_8), bytes.toByteArray(), "shift " + shift);
        }
    }

    @Test
    void flushReachesTheStreamBeneath() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        // a buffered stream the caller keeps open: the page must be in it, not in its buffer, after flush
        BufferedOutputStream buffered = new BufferedOutputStream(bytes, 1 << 16);
        PageWriter writer = new PageWriter(buffered);
        writer.write("<p>报告</p>");
        writer.flush();
        assertArrayEquals("<p>报告</p>".getBytes(StandardCharsets.UTF_8), bytes.toByteArray());
    }
}
