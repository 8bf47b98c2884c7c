package org.juesuan.extract.parse;

import org.juesuan.extract.UnreadableDocumentException;
import org.juesuan.model.DocumentFormat;

/** Tells which format a file really is, from its bytes rather than its name. */
public interface FormatDetector {
    /**
     * @return the format to read the file as
     * @throws UnreadableDocumentException EMPTY, ENCRYPTED or UNSUPPORTED_FORMAT when it cannot be read as any
     */
    DocumentFormat detect(SourceDocument source) throws UnreadableDocumentException;

    /** Loads now what detection needs, rather than at the first file that needs it; nothing by default. */
    default void prepare() {
    }
}
