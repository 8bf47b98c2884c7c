package org.juesuan.extract.check.rules.tables;

import java.math.BigDecimal;
import java.util.Optional;
import org.juesuan.extract.check.Ranges;
import org.juesuan.model.CellRef;
import org.juesuan.model.CellValueKind;
import org.juesuan.model.Table;
import org.juesuan.model.TableLine;
import org.juesuan.model.TableValue;
import org.juesuan.model.ValueRange;

/**
 * One value of a table line, with the table and line it stands in: what a table rule compares.
 *
 * @param table the table
 * @param line  the line
 * @param value the value cell
 */
record CellAmount(Table table, TableLine line, TableValue value) {
    CellAmount {
        if (table == null || line == null || value == null) {
            throw new IllegalArgumentException("a cell amount needs its table, line and value");
        }
    }

    boolean isNumber() {
        return value.kind() == CellValueKind.NUMBER;
    }

    /** A printed zero, or nothing printed (blank, dash, slash): either way nothing to add. */
    boolean isNil() {
        return !isNumber() || value.value().signum() == 0;
    }

    /** What the printed number stands for, in the table's unit. */
    ValueRange range() {
        return Ranges.printed(value.value(), value.decimals());
    }

    /** What the printed number stands for, in 万元; empty when the table's unit is not known. */
    Optional<ValueRange> rangeInTenThousands() {
        return TableUnits.toTenThousands(table.unit()).map(factor -> Ranges.times(range(), factor));
    }

    BigDecimal number() {
        return value.value();
    }

    /** The value as printed, or 空 when nothing is. */
    String printed() {
        String raw = value.raw().strip();
        return raw.isEmpty() ? "空" : raw;
    }

    CellRef ref() {
        return new CellRef(table.id(), line.row(), value.column());
    }

    /** The table's name for a message: its caption as printed, else the kind's name. */
    String tableName() {
        return TableUnits.name(table);
    }

    /** The line's name for a message: its code and name as printed. */
    String lineName() {
        String name = TableWords.fold(line.name());
        return line.code().isEmpty() ? name : line.code() + " " + name;
    }
}
