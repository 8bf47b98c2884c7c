package org.juesuan.extract.parse;

import org.juesuan.extract.UnreadableDocumentException;

/** Reads one file format into raw blocks. One implementation per format. */
public interface DocumentParser {
    RawDocument parse(SourceDocument source, ReadingLimits limits) throws UnreadableDocumentException;
}
