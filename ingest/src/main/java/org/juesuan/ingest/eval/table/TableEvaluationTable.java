package org.juesuan.ingest.eval.table;

import java.io.PrintWriter;
import java.util.Locale;

/** Prints the table evaluation: per document and overall, then each gold table that is not read whole. */
public final class TableEvaluationTable {
    private TableEvaluationTable() {
    }

    public static void print(TableEvaluation.Report report, PrintWriter out) {
        out.println("tables (cell accuracy against corpus/real/tables)");
        out.println("document                                 tables found  cells matched  accuracy  false  kind  unit  caption");
        for (TableEvaluation.DocumentTables document : report.documents()) {
            row(out, document.document() + (document.secondOpinion() ? " (second opinion)" : ""), document.total());
        }
        row(out, "ALL (hand-verified gold)", report.total());
        for (TableEvaluation.DocumentTables document : report.documents()) {
            if (document.total().found() == 0) {
                out.println("  " + document.document() + ": no table read for its " + document.results().size() + " gold tables");
                continue;
            }
            for (TableEvaluation.TableResult result : document.results()) {
                TableScore s = result.score();
                if (s.found() == 1 && s.matchedCells() == s.goldCells() && s.falseCells() == 0 && s.kindAgreed() == 1) {
                    continue;
                }
                out.println(String.format(Locale.ROOT, "  %-45s %-28s %s  %d/%d cells, %d false", result.gold().label(),
                        result.gold().kind(), result.readTableId().isEmpty() ? "not found" : "read as " + result.readTableId(),
                        s.matchedCells(), s.goldCells(), s.falseCells()));
            }
        }
        out.flush();
    }

    private static void row(PrintWriter out, String name, TableScore s) {
        out.println(String.format(Locale.ROOT, "%-40s %6d %5d  %5d %7d  %8.4f  %5d  %4d  %4d  %7d", name, s.tables(), s.found(),
                s.goldCells(), s.matchedCells(), s.cellAccuracy(), s.falseCells(), s.kindAgreed(), s.unitAgreed(), s.captionAgreed()));
    }
}
