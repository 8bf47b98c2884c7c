package org.juesuan.ingest.process;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The output folder cannot take results now (full, read-only, gone). Not the document's fault, so
 * nothing is recorded against it: in watch the input stays in the inbox and is read again at a
 * later scan (once there is room); in batch the input is counted as failed and retried next run.
 */
public final class OutputUnavailableException extends IOException {
    private static final long serialVersionUID = 1L;

    OutputUnavailableException(Path out, long usableBytes) {
        super("输出目录空间不足（剩余 " + usableBytes + " 字节），输入留待稍后处理 (output folder " + out
                + " nearly full: " + usableBytes + " bytes free; the input is left to be done later)");
    }

    OutputUnavailableException(Path out, Exception cause) {
        super("无法写入输出目录，输入留待稍后处理 (cannot write to " + out + ": " + cause.getMessage()
                + "; the input is left to be done later)", cause);
    }
}
