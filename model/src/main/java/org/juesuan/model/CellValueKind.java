package org.juesuan.model;

/**
 * What a table cell holds. A blank, a 0, a dash and a slash are different statements: a blank
 * may be an omission, 0.00 says nothing was spent, "-" / "—" and "/" say the item does not apply.
 */
public enum CellValueKind {
    /** A number, 0 included: 1,234.56 · 0.00 · -3.20 · 12% */
    NUMBER,
    /** Nothing printed. */
    BLANK,
    /** A dash: - — – －. */
    DASH,
    /** A slash: / ／. */
    SLASH,
    /** Words: a name, a code, a note. */
    TEXT
}
