package org.juesuan.model;

/** The file formats a disclosure arrives in. */
public enum DocumentFormat {
    DOCX,
    DOC,
    PDF,
    TXT
}
