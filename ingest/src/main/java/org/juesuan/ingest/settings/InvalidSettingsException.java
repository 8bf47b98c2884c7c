package org.juesuan.ingest.settings;

/** A setting is missing or wrong; the message starts with its key. */
public final class InvalidSettingsException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String key;

    public InvalidSettingsException(String key, String problem) {
        super("setting " + key + ": " + problem);
        this.key = key;
    }

    public String key() {
        return key;
    }
}
