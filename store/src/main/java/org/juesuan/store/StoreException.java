package org.juesuan.store;

/** The store cannot do what was asked: the database is unreachable, or a statement failed. */
public final class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
