package org.juesuan.ingest.process;

import java.io.IOException;

/**
 * An inbox or output folder is held by another live juesuan process. The command line prints the
 * message as one line and exits with 2; nothing in the folder has been touched.
 */
public final class FolderInUseException extends IOException {
    private static final long serialVersionUID = 1L;

    public FolderInUseException(String message) {
        super(message);
    }
}
