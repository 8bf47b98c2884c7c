package org.juesuan.store;

/**
 * A finding against the previous version of its document (same organization and year, else same
 * file name): NEW when that version did not have it (or there is none), PRESENT when it did.
 * Findings the previous version had and this one lacks are {@link StoredFinding}s marked RESOLVED.
 */
public enum Trend {
    NEW("新增"), PRESENT("仍存在"), RESOLVED("已解决");

    private final String chinese;

    Trend(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }
}
