package org.juesuan.extract.tables;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The money unit a table states: 单位：万元 · 金额单位：元 · 单位:千元 · （单位：万元）. */
final class UnitReader {
    /**
     * After {@link CellText#normalise}: "单位：万元", "金额单位:元", "编制部门：万里街道办事处单位：元",
     * "（单位：万元）"; the unit is the first of 亿元, 万元, 千元, 元 right after the colon.
     */
    static final Pattern UNIT = Pattern.compile("(?:金额)?单位[：:](?<unit>亿元|万元|千元|元)");

    private UnitReader() {
    }

    /** The unit stated in a normalised text, or empty. */
    static String unitIn(String normalised) {
        Matcher m = UNIT.matcher(normalised);
        return m.find() ? m.group("unit") : "";
    }

    /** The text without its unit statement, e.g. the caption that shares a line with it. */
    static String withoutUnit(String normalised) {
        Matcher m = UNIT.matcher(normalised);
        return m.find() ? normalised.substring(0, m.start()) + normalised.substring(m.end()) : normalised;
    }
}
