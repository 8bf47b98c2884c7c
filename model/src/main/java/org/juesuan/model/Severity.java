package org.juesuan.model;

/** How much a finding matters to a reviewer. */
public enum Severity {
    /** Material: the stated figures cannot all be true. */
    ERROR,
    /** A rounding-level miss or a plausible slip worth a look. */
    WARNING,
    /** Form only. */
    INFO
}
