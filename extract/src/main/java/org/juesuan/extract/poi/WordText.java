package org.juesuan.extract.poi;

/** Removes the control characters Word's binary format keeps inside paragraph text. */
final class WordText {
    private static final char FIELD_BEGIN = '\u0013';
    private static final char FIELD_SEPARATOR = '\u0014';
    private static final char FIELD_END = '\u0015';

    private WordText() {
    }

    /**
     * Drops field instructions (between field-begin and field-separator) but keeps field results,
     * turns line breaks and cell marks into spaces, and drops other control characters.
     */
    static String clean(String raw) {
        StringBuilder text = new StringBuilder(raw.length());
        int fieldDepthInInstruction = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == FIELD_BEGIN) {
                fieldDepthInInstruction++;
            } else if (c == FIELD_SEPARATOR || c == FIELD_END) {
                fieldDepthInInstruction = Math.max(0, fieldDepthInInstruction - 1);
            } else if (fieldDepthInInstruction > 0) {
                continue;
            } else if (c == '\u000b' || c == '\u0007' || c == '\t') {
                text.append(' ');
            } else if (c >= ' ' || c == '\n') {
                text.append(c);
            }
        }
        return text.toString();
    }
}
