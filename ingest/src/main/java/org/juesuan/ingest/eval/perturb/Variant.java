package org.juesuan.ingest.eval.perturb;

import java.util.List;
import java.util.Objects;
import org.juesuan.model.CellRef;
import org.juesuan.model.Disclosure;

/**
 * A disclosure with one known table defect.
 *
 * @param defect      what was done
 * @param description where and what, for the report (表 t2 第5行第4列 2,106.66 → 2,136.66)
 * @param disclosure  the disclosure carrying it
 * @param tableIds    the tables involved (the removed one, or the two of a cross-table difference)
 * @param cells       the cells changed, and for a cross-table difference the partner cell too
 * @param tableName   the caption or kind name of the table involved, which a finding about an absent table names
 */
public record Variant(Defect defect, String description, Disclosure disclosure, List<String> tableIds,
                      List<CellRef> cells, String tableName) {
    public Variant {
        Objects.requireNonNull(defect, "defect");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(disclosure, "disclosure");
        tableIds = List.copyOf(tableIds);
        cells = List.copyOf(cells);
        Objects.requireNonNull(tableName, "tableName");
    }
}
