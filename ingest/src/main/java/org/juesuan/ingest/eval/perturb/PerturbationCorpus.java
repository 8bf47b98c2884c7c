package org.juesuan.ingest.eval.perturb;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.juesuan.ingest.eval.table.GoldTable;
import org.juesuan.ingest.eval.table.GoldTableModel;
import org.juesuan.ingest.eval.table.TableEvaluation;
import org.juesuan.model.Disclosure;
import org.juesuan.model.Table;

/**
 * Perturbs the tables of every document with hand-verified table gold and runs the checker over
 * the variants. The tables perturbed are the ones read from the document when the reader trusts
 * at least one of the nine; otherwise the tables built from the gold stand in for them, so the
 * checks can be measured on real tables before the reader rebuilds them.
 */
public final class PerturbationCorpus {
    /** Where the perturbed tables came from. */
    public enum Base {
        READ, GOLD
    }

    public record Run(PerturbationEvaluation.Report report, List<String> bases) {
        public Run {
            bases = List.copyOf(bases);
        }
    }

    private PerturbationCorpus() {
    }

    public static Run run(TableEvaluation.Report tables, UnaryOperator<Disclosure> checker, long seed, int perDefect) {
        PerturbationEvaluation.Report report = new PerturbationEvaluation.Report(List.of());
        List<String> bases = new ArrayList<>();
        for (TableEvaluation.DocumentTables document : tables.documents()) {
            if (document.secondOpinion()) {
                continue;
            }
            boolean read = document.disclosure().tables().stream().anyMatch(t -> t.kind().isNine() && t.confident());
            Disclosure base = read ? TableEditor.withTables(document.disclosure(), document.disclosure().tables())
                    : TableEditor.withTables(document.disclosure(), fromGold(document.gold()));
            bases.add(document.document() + " " + (read ? Base.READ : Base.GOLD));
            List<Variant> variants = new TablePerturber(seed).variants(base, perDefect);
            report = report.plus(PerturbationEvaluation.run(document.document(), base, variants, checker));
        }
        return new Run(report, bases);
    }

    /** The gold tables as the model's tables, t1, t2, … in document order. */
    public static List<Table> fromGold(List<GoldTable> gold) {
        List<Table> tables = new ArrayList<>();
        for (GoldTable table : gold) {
            tables.add(GoldTableModel.toTable(table, "t" + (tables.size() + 1)));
        }
        return tables;
    }
}
