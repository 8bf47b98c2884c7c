package org.juesuan.output.tables;

import java.util.regex.Pattern;
import org.juesuan.model.Table;

/**
 * What a reviewer calls a table: its caption as printed, without the leading year, so that a budget's
 * 收支预算总表 keeps its own name rather than the final-accounts name of its kind; the kind's name
 * where no caption was read.
 */
public final class TableNames {
    /** The year a caption opens with: 2024年 · 2024年度 · 2024 年度 (then 收入支出决算总表). */
    private static final Pattern LEADING_YEAR = Pattern.compile("^\\s*(19|20)\\d{2}\\s*年度?\\s*");

    private TableNames() {
    }

    /** 收入支出决算总表 for 2024年收入支出决算总表; the kind's name (or 表格 t3) when there is no caption. */
    public static String shortName(Table table) {
        String caption = LEADING_YEAR.matcher(table.caption()).replaceFirst("").strip();
        if (!caption.isEmpty()) {
            return caption;
        }
        return table.kind().isNine() ? table.kind().chineseName() : "表格 " + table.id();
    }
}
