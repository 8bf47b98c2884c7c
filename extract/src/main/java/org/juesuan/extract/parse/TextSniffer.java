package org.juesuan.extract.parse;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;

/**
 * Recognises Chinese plain text that byte-pattern detectors take for binary: GB18030 has no magic
 * bytes and its double-byte runs look like arbitrary data.
 */
public final class TextSniffer {
    private static final Charset GB18030 = Charset.forName("GB18030");
    /** Of the decoded characters, at least this share must be Chinese, ASCII text or punctuation. */
    private static final double TEXT_SHARE = 0.95;

    private TextSniffer() {
    }

    public static boolean isChineseText(byte[] bytes) {
        String text;
        try {
            text = GB18030.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notText) {
            return false;
        }
        long textual = text.codePoints().filter(TextSniffer::textual).count();
        long han = text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
        return !text.isEmpty() && han > 0 && textual >= TEXT_SHARE * text.codePointCount(0, text.length());
    }

    private static boolean textual(int c) {
        if (c == '\n' || c == '\r' || c == '\t' || c == '\f') {
            return true;
        }
        if (Character.isISOControl(c) || c == 0xFFFD || Character.getType(c) == Character.PRIVATE_USE) {
            return false;
        }
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || c < 0x3000 || (c >= 0x3000 && c <= 0x303F)
                || (c >= 0xFF00 && c <= 0xFFEF);
    }
}
