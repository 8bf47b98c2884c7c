package org.juesuan.output.html;

/** A span of the document text to mark: a figure, or a finding's evidence. Offsets are absolute. */
record Mark(int start, int end, String css, String title) {
}
