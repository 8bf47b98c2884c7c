package org.juesuan.extract.check.rules.tables;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.juesuan.extract.check.CheckInput;
import org.juesuan.extract.check.Issue;
import org.juesuan.extract.check.Ranges;
import org.juesuan.model.Severity;
import org.juesuan.model.ValueRange;

/**
 * Two cells that print the same figure in two tables: equal once both are read as intervals in one
 * unit. A difference inside the rounding is a tail (INFO, never more): one unit of the last digit
 * between two cells of one unit (326.71 against 326.72) is what one table rounding the total and the
 * other adding its rounded parts gives — the real disclosures print exactly such pairs — and 元 against
 * 万元 likewise. A number against a blank is a warning; a material difference an error. The finding
 * is cited at the second cell.
 */
final class CellEquality {
    private CellEquality() {
    }

    static Optional<Issue> compare(CheckInput input, CellAmount first, CellAmount second) {
        if (first.isNil() && second.isNil()) {
            return Optional.empty();
        }
        if (!first.isNumber() || !second.isNumber()) {
            return Optional.of(TableIssues.at(input.disclosure(), second, Severity.WARNING, describe(second) + second.printed() + "，而"
                    + describe(first) + first.printed() + "，一表有数、一表为空", null, null, List.of(first.ref())));
        }
        // Graded in the coarser unit: 2,940.05万元 and 29,400,512.34元 agree, since the second rounds to the first.
        boolean secondCoarser = factor(second).compareTo(factor(first)) >= 0;
        CellAmount stated = secondCoarser ? second : first;
        CellAmount other = secondCoarser ? first : second;
        Optional<ValueRange> expected = inUnitOf(other, stated);
        if (expected.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal point = other.number().multiply(factor(other)).divide(factor(stated));
        return TableIssues.grade(stated.number(), stated.value().decimals(), point, expected.get())
                .map(severity -> TableIssues.at(input.disclosure(), stated, severity, describe(stated) + stated.printed() + "与"
                        + describe(other) + other.printed() + "不一致" + TableIssues.note(severity),
                        TableIssues.expected(point, stated.value().decimals()), expected.get(), List.of(other.ref())));
    }

    /** How many 万元 one unit of the cell's table is; one when the unit is not known (then only like units compare). */
    private static BigDecimal factor(CellAmount cell) {
        return TableUnits.toTenThousands(cell.table().unit()).orElse(BigDecimal.ONE);
    }

    /** What the first cell stands for, in the second cell's unit; empty when a unit is not known. */
    private static Optional<ValueRange> inUnitOf(CellAmount first, CellAmount second) {
        if (TableWords.fold(first.table().unit()).equals(TableWords.fold(second.table().unit()))) {
            return Optional.of(first.range());
        }
        Optional<BigDecimal> from = TableUnits.toTenThousands(first.table().unit());
        Optional<BigDecimal> to = TableUnits.toTenThousands(second.table().unit());
        if (from.isEmpty() || to.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Ranges.times(first.range(), from.get().divide(to.get())));
    }

    private static String describe(CellAmount cell) {
        String header = TableWords.header(cell.value());
        return cell.tableName() + "“" + TableWords.bareName(cell.line().name()) + "”" + (header.isEmpty() ? "" : "（" + header + "）");
    }

}
