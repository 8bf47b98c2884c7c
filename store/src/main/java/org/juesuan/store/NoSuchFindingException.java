package org.juesuan.store;

/** No finding has this id. */
public final class NoSuchFindingException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NoSuchFindingException(long id) {
        super("没有编号为 " + id + " 的问题 (no finding " + id + ")");
    }
}
