package org.juesuan.serve;

import java.util.List;
import org.juesuan.model.Disclosure;

/**
 * The port through which the server has documents read and checked: the wiring (ingest) fills it
 * with the same pipeline watch and batch use, so the server knows nothing of how a document is read.
 */
public interface DocumentChecker {
    /** The documents an upload holds: itself, or the entries of an archive (within the archive limits). */
    List<Upload> expand(Upload upload) throws CheckFailedException, InterruptedException;

    /** Reads and checks one document; a document that cannot be read, or is not a disclosure, fails with its reason. */
    Disclosure check(Upload document) throws CheckFailedException, InterruptedException;

    /**
     * One uploaded file or archive entry: the name it came under (shown, never used as a path), its
     * bytes, and, for an archive entry refused unread (too large, nested too deep), the reason.
     */
    record Upload(String name, byte[] content, String refusal) {
        public Upload {
            java.util.Objects.requireNonNull(name, "name");
            java.util.Objects.requireNonNull(content, "content");
        }

        public Upload(String name, byte[] content) {
            this(name, content, null);
        }
    }

    /** Why a document could not be read or checked, in Chinese for the reviewer. */
    final class CheckFailedException extends Exception {
        private static final long serialVersionUID = 1L;

        public CheckFailedException(String chineseReason, Throwable cause) {
            super(chineseReason, cause);
        }
    }
}
