package org.juesuan.output.html;

/**
 * Text made safe for HTML exactly as the report template's {@code {{x}}} makes it, so a part of the
 * page rendered here (see {@link SegmentsHtml}, {@link TableRowHtml}) is byte for byte what the
 * template would have printed: {@code & < > " ' ` =} as entities, and the control characters up to
 * carriage return as numeric references ({@code &#10;}). {@code PrerenderedHtmlTest} holds the two equal.
 */
final class HtmlEscape {
    private static final String[] ESCAPES = new String[97];

    static {
        for (int c = 0; c <= 13; c++) {
            ESCAPES[c] = "&#" + c + ";";
        }
        ESCAPES['&'] = "&amp;";
        ESCAPES['<'] = "&lt;";
        ESCAPES['>'] = "&gt;";
        ESCAPES['"'] = "&quot;";
        ESCAPES['\''] = "&#39;";
        ESCAPES['`'] = "&#96;";
        ESCAPES['='] = "&#61;";
    }

    private HtmlEscape() {
    }

    /** Appends the text escaped; null prints nothing, as in the template. */
    static void append(StringBuilder out, String text) {
        if (text == null) {
            return;
        }
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String escape = c < ESCAPES.length ? ESCAPES[c] : null;
            if (escape != null) {
                out.append(text, from, i).append(escape);
                from = i + 1;
            }
        }
        out.append(text, from, text.length());
    }

    /** What the template's {@code {{#x}}} takes as absent: null or the empty string. */
    static boolean present(String value) {
        return value != null && !value.isEmpty();
    }
}
