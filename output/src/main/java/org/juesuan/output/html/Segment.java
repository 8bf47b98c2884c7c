package org.juesuan.output.html;

import java.util.List;

/**
 * A run of text with the same marks, as the templates print it.
 *
 * @param text    the text; the template escapes it
 * @param css     classes for the marked run (fig, ev, ev-error …), or null for plain text
 * @param title   a tooltip for the marked run, or null
 * @param anchors finding ids whose evidence starts here: each gets an anchor the report links to
 * @param refs    finding ids whose evidence ends here: each gets a link back to its finding
 */
public record Segment(String text, String css, String title, List<String> anchors, List<String> refs) {
}
