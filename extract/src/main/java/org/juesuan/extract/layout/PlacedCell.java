package org.juesuan.extract.layout;

import org.juesuan.extract.parse.RawCell;

/** A table cell and where its text sits in the document text. */
public record PlacedCell(RawCell cell, int start, int end) {
}
