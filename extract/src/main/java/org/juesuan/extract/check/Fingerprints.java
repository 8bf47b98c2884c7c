package org.juesuan.extract.check;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.juesuan.model.CellRef;
import org.juesuan.model.Disclosure;
import org.juesuan.model.DocumentInfo;
import org.juesuan.model.Figure;
import org.juesuan.model.Section;
import org.juesuan.model.Table;
import org.juesuan.model.TableCell;

/**
 * A finding's fingerprint: what a reviewer's decision attaches to, so it must survive re-runs, a
 * corrected re-publication and reworded messages. It is made of the rule, the organization (without
 * spaces and punctuation), the year, the kind of the section the evidence stands in, the figures
 * involved (kind, exact value, unit — not their ids or offsets), the cited cells (the table's kind
 * and the cell's text — not the table's id or position) and the stated value; never the message,
 * offsets, page numbers or the sentence's wording. Findings that share all of these in one document
 * (the same defect printed twice) are told apart by their order: #2, #3 ….
 */
final class Fingerprints {
    private final Disclosure disclosure;
    private final Map<String, Integer> seen = new HashMap<>();
    /** The organization as every key carries it, normalised once a document rather than for each finding. */
    private final String organization;

    Fingerprints(Disclosure disclosure) {
        this.disclosure = disclosure;
        this.organization = normalised(disclosure.document().organization());
    }

    /** The next finding's fingerprint, in text order. */
    String next(String ruleId, String sectionId, List<Figure> figures, List<CellRef> cells, String stated) {
        DocumentInfo info = disclosure.document();
        String key = String.join("|", ruleId, organization, String.valueOf(info.fiscalYear()),
                sectionKind(sectionId), figures(figures), cells(cells), normalised(stated));
        int occurrence = seen.merge(key, 1, Integer::sum);
        return hash(occurrence == 1 ? key : key + "#" + occurrence);
    }

    private String sectionKind(String sectionId) {
        if (sectionId == null) {
            return "";
        }
        return disclosure.sections().stream().filter(s -> s.id().equals(sectionId)).findFirst()
                .map(Section::kind).map(Enum::name).orElse("");
    }

    private static String figures(List<Figure> figures) {
        return figures.stream().filter(Objects::nonNull)
                .map(f -> f.kind() + ":" + plain(f.value()) + (f.unit() == null ? "" : f.unit()))
                .sorted().collect(Collectors.joining(","));
    }

    private String cells(List<CellRef> cells) {
        return cells.stream().map(this::cell).sorted().collect(Collectors.joining(","));
    }

    private String cell(CellRef ref) {
        Table table = disclosure.tables().stream().filter(t -> t.id().equals(ref.tableId())).findFirst().orElse(null);
        if (table == null) {
            return "";
        }
        String text = table.cells().stream().filter(c -> c.row() <= ref.row() && ref.row() < c.row() + c.rowSpan()
                        && c.column() <= ref.column() && ref.column() < c.column() + c.columnSpan())
                .findFirst().map(TableCell::text).orElse("");
        return table.kind() + ":" + normalised(text);
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    private static String normalised(String text) {
        return text == null ? "" : text.replaceAll("[\\s\\p{P}]", "");
    }

    private static String hash(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
