package org.juesuan.extract;

/** A document could not be read into the model at all. Recoverable problems are warnings instead. */
public abstract class DisclosureReadException extends Exception {
    private static final long serialVersionUID = 1L;

    protected DisclosureReadException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The reason in Chinese, for the person who supplied the file. */
    public abstract String chineseReason();

    /** The stage that gave up: parse, structure, figures. */
    public abstract String stage();
}
