package org.juesuan.ingest.fork;

import java.util.Objects;
import org.juesuan.extract.DisclosureReadException;

/** A reading child reported a failure other than an unreadable file, or died while reading. */
public final class ChildReadingException extends DisclosureReadException {
    private static final long serialVersionUID = 1L;

    private final String chineseReason;

    ChildReadingException(String chineseReason, String englishReason) {
        super(englishReason, null);
        this.chineseReason = Objects.requireNonNull(chineseReason, "chineseReason");
    }

    @Override
    public String chineseReason() {
        return chineseReason;
    }

    @Override
    public String stage() {
        return "read";
    }
}
