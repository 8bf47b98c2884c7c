package org.juesuan.output.html;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.juesuan.model.Figure;
import org.juesuan.model.Finding;
import org.juesuan.model.ValueRange;
import org.juesuan.output.run.CellLabel;
import org.juesuan.output.run.SeverityLabel;
import org.juesuan.output.tables.CellCitations;

/**
 * One finding as the report prints it: its rule, message, stated against expected, and its sentence
 * with the involved figures marked.
 *
 * @param id           k1 …
 * @param severity     ERROR, WARNING or INFO: what the filters match
 * @param severityCss  error, warning or info
 * @param severityName 错误, 警告 or 提示
 * @param ruleId       the rule's id: what the rule filter matches
 * @param ruleName     the rule's Chinese name
 * @param message      the explanation in Chinese
 * @param stated       as printed, or null
 * @param expected     as it should read, or null
 * @param range        the exact interval, [low, high], or null
 * @param page         page of the sentence
 * @param sectionPath  headings from the top down
 * @param sentence     the sentence, cut at the figures
 * @param target       the anchor of the sentence in the text view (#ev-k1), or null when it lies outside every block
 * @param figures      the figures involved, as printed
 * @param cells        the table cells it cites, each a link to the cell in the tables view
 */
public record FindingCard(String id, String severity, String severityCss, String severityName, String ruleId,
                          String ruleName, String message, String stated, String expected, String range, int page,
                          String sectionPath, List<Segment> sentence, String target, List<String> figures,
                          List<CellLink> cells) {

    /**
     * A cited cell as a link.
     *
     * @param href  #cell-t3-r6-c2
     * @param label t3 R6C2
     * @param title the table's title and the cell's text
     */
    public record CellLink(String href, String label, String title) {
    }

    static FindingCard of(Finding finding, Map<String, Figure> figures, boolean anchored, CellCitations citations) {
        List<Mark> marks = new ArrayList<>();
        List<String> raws = new ArrayList<>();
        String sentence = finding.evidence().sentence();
        int offset = finding.evidence().start();
        for (String figureId : finding.figureIds()) {
            Figure figure = figures.get(figureId);
            if (figure == null) {
                continue;
            }
            raws.add(figure.raw());
            int start = figure.start() - offset;
            boolean fits = start >= 0 && figure.end() - offset <= sentence.length()
                    && sentence.startsWith(figure.raw(), start);
            // The sentence as printed may differ from the text at its offsets (trimmed, re-joined):
            // then find the figure by its printed form rather than mark the wrong characters.
            int at = fits ? start : sentence.indexOf(figure.raw());
            if (at >= 0) {
                marks.add(new Mark(offset + at, offset + at + figure.raw().length(), "fig", figure.id()));
            }
        }
        return new FindingCard(finding.id(), finding.severity().name(), finding.severity().name().toLowerCase(Locale.ROOT),
                SeverityLabel.of(finding.severity()), finding.ruleId(), finding.ruleName(), finding.message(),
                finding.stated(), finding.expected(), range(finding.expectedRange()), finding.evidence().page(),
                finding.evidence().sectionPath(), Segmenter.cut(sentence, offset, marks, Map.of(), Map.of()),
                anchored ? "#ev-" + finding.id() : null, raws, cells(finding, citations));
    }

    private static List<CellLink> cells(Finding finding, CellCitations citations) {
        return citations.resolve(finding).stream().map(cited -> new CellLink(
                "#" + TableCards.cellAnchor(cited.table().id(), cited.cell().row(), cited.cell().column()),
                CellLabel.of(cited.ref()),
                TableCards.title(cited.table()) + "：" + cited.cell().text())).toList();
    }

    private static String range(ValueRange range) {
        if (range == null) {
            return null;
        }
        return "[" + plain(range.low()) + ", " + plain(range.high()) + "]";
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
