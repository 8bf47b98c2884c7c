package org.juesuan.output.run;

import java.util.Objects;

/**
 * A file that could not be read, as the batch index and the workbook list it.
 *
 * @param fileName the file's name as it arrived
 * @param reason   why, in Chinese, for a reviewer (文件已加密，无法读取)
 * @param reasonEn the same reason in English, for logs and operators
 * @param stage    where it failed: detect, parse, extract, check, write …
 */
public record FailedDocument(String fileName, String reason, String reasonEn, String stage) {
    public FailedDocument {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(reason, "reason");
        reasonEn = reasonEn == null ? "" : reasonEn;
        stage = stage == null ? "" : stage;
    }
}
