package org.juesuan.output.run;

import org.juesuan.model.Severity;

/** The Chinese a reviewer reads for each severity; the model keeps only the constant. */
public final class SeverityLabel {
    private SeverityLabel() {
    }

    public static String of(Severity severity) {
        return switch (severity) {
            case ERROR -> "错误";
            case WARNING -> "警告";
            case INFO -> "提示";
        };
    }
}
