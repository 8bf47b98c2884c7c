package org.juesuan.extract.parse;

import java.nio.charset.StandardCharsets;

/**
 * The header a PDF opens with, as Tika's type registry matches it for application/pdf: "%PDF-" at
 * offset 0, with or without a UTF-8 byte-order mark. A file that opens with it is read as a PDF
 * without asking Tika's detectors, which take most of a second of CPU to load.
 */
public final class PdfHeader {
    /** How many bytes {@link #opens} needs at most. */
    public static final int LENGTH = 8;

    private static final byte[] MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private PdfHeader() {
    }

    public static boolean opens(byte[] content) {
        return startsWith(content, 0, MAGIC)
                || (startsWith(content, 0, BYTE_ORDER_MARK) && startsWith(content, BYTE_ORDER_MARK.length, MAGIC));
    }

    private static boolean startsWith(byte[] content, int offset, byte[] prefix) {
        if (content.length < offset + prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[offset + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
