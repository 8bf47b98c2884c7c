package org.juesuan.store;

import java.util.Locale;

/** Where a stored document stands: queued, being read, done, or failed with a reason. */
public enum DocumentStatus {
    QUEUED, READING, DONE, FAILED;

    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
