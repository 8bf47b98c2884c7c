package org.juesuan.store;

import java.util.Locale;

/** A reviewer's verdict on a finding; OPEN until one is given. */
public enum Decision {
    OPEN("待处理"), CONFIRMED("已确认"), DISMISSED("已驳回");

    private final String chinese;

    Decision(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }

    /** The API's lower-case name: open, confirmed, dismissed. */
    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Decision parse(String value) {
        for (Decision d : values()) {
            if (d.apiName().equals(value)) {
                return d;
            }
        }
        throw new IllegalArgumentException("decision must be open, confirmed or dismissed, was " + value);
    }
}
