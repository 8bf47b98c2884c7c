package org.juesuan.ingest.process;

import java.io.IOException;

/**
 * The input changed (size or modification time) while it was being read: a copier was still
 * writing it. Nothing was recorded; the watch route rolls back and the file is read again later.
 */
public final class InputChangedException extends IOException {
    private static final long serialVersionUID = 1L;

    public InputChangedException(String name) {
        super(name + " changed while it was read; left in place to be read again (读取期间文件发生变化，稍后重新读取)");
    }
}
