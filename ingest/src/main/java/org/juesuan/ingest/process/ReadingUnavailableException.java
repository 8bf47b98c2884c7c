package org.juesuan.ingest.process;

import java.io.IOException;

/**
 * No reading child could be started (the machine is overloaded, out of memory or processes). Not the
 * document's fault, so nothing is recorded against it: in watch the input stays in the inbox and is
 * read at a later scan; in batch it is counted as failed and retried next run.
 */
public final class ReadingUnavailableException extends IOException {
    private static final long serialVersionUID = 1L;

    ReadingUnavailableException(IngestFailure cause) {
        super("无法启动读取进程，输入留待稍后处理 (cannot start a reading child: " + cause.getMessage()
                + "; the input is left to be done later)", cause);
    }
}
