package org.juesuan.output.html;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.juesuan.model.Block;
import org.juesuan.model.Disclosure;
import org.juesuan.model.DocumentInfo;
import org.juesuan.model.Figure;
import org.juesuan.model.Finding;
import org.juesuan.model.Section;
import org.juesuan.model.Severity;
import org.juesuan.output.ReportWriter;
import org.juesuan.output.run.FindingRow;
import org.juesuan.output.run.SeverityLabel;
import org.juesuan.output.tables.CellCitations;

/**
 * {@code NAME.html}: the reviewer's report on one document. Findings first (errors, then warnings,
 * then notes), each linked to its sentence in the document's text shown section by section below
 * and to the table cells it cites; then the tables, each as a grid; filters by severity and rule;
 * the section tree and the nine tables as navigation. One self-contained file.
 */
public final class DocumentReportHtml implements ReportWriter<Disclosure> {
    private final HtmlTemplate template = new HtmlTemplate("report");

    /** A count shown in the header and beside a filter. */
    public record Count(String key, String css, String name, long count) {
    }

    /** A line of the section tree. */
    public record NavItem(String href, String heading, String css, Long findings) {
    }

    /** A recoverable problem met while reading. */
    public record WarningLine(String code, String message, Integer page) {
    }

    /** Everything the template prints. */
    public record View(String title, String organization, Integer year, String sourceName, String format, int pages,
                       String documentId, List<Count> severities, int total, List<FindingCard> findings,
                       List<Count> rules, List<NavItem> sections, List<DocumentText.BlockView> blocks,
                       List<WarningLine> warnings, List<TableCard> tables, List<TableNavigation.Item> tableNavigation) {
    }

    @Override
    public void write(Disclosure disclosure, OutputStream out) throws IOException {
        template.render(view(disclosure), out);
    }

    View view(Disclosure disclosure) {
        DocumentInfo info = disclosure.document();
        DocumentText text = new DocumentText(disclosure);
        Map<String, Figure> figures = disclosure.figures().stream()
                .collect(Collectors.toMap(Figure::id, Function.identity(), (a, b) -> a));
        CellCitations citations = new CellCitations(disclosure);
        List<FindingCard> cards = disclosure.findings().stream().sorted(FindingRow.order())
                .map(f -> FindingCard.of(f, figures, text.anchorBlock(f).isPresent(), citations))
                .toList();
        List<WarningLine> warnings = disclosure.warnings().stream()
                .map(w -> new WarningLine(w.code().name(), w.message(), w.page())).toList();
        String title = info.title() != null ? info.title() : info.sourceName();
        return new View(title, info.organization(), info.fiscalYear(), info.sourceName(), info.format().name(),
                info.pages(), info.id(), severities(disclosure.findings()), disclosure.findings().size(), cards,
                rules(disclosure.findings()), navigation(disclosure), text.blocks(), warnings,
                TableCards.of(disclosure.tables(), citations), TableNavigation.of(disclosure.tables(), citations));
    }

    static List<Count> severities(List<Finding> findings) {
        List<Count> counts = new ArrayList<>();
        for (Severity severity : Severity.values()) {
            long n = findings.stream().filter(f -> f.severity() == severity).count();
            counts.add(new Count(severity.name(), severity.name().toLowerCase(Locale.ROOT), SeverityLabel.of(severity), n));
        }
        return counts;
    }

    private static List<Count> rules(List<Finding> findings) {
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, Long> counts = new LinkedHashMap<>();
        findings.stream().sorted(FindingRow.order()).forEach(f -> {
            names.putIfAbsent(f.ruleId(), f.ruleName());
            counts.merge(f.ruleId(), 1L, Long::sum);
        });
        return names.entrySet().stream()
                .map(e -> new Count(e.getKey(), "rule", e.getValue(), counts.get(e.getKey()))).toList();
    }

    /** 第一部分 部门概况 but 一、部门概况: a space only after a label that does not end in punctuation. */
    private static String heading(Section section) {
        String label = section.label();
        boolean joined = label.isEmpty() || "、.．）)".indexOf(label.charAt(label.length() - 1)) >= 0
                || section.title().startsWith(" ");
        return label + (joined ? "" : " ") + section.title();
    }

    private static List<NavItem> navigation(Disclosure disclosure) {
        Map<String, Long> findingsBySection = disclosure.findings().stream()
                .filter(f -> f.evidence().sectionId() != null)
                .collect(Collectors.groupingBy(f -> f.evidence().sectionId(), Collectors.counting()));
        Set<String> blockIds = disclosure.blocks().stream().map(Block::id).collect(Collectors.toSet());
        List<NavItem> items = new ArrayList<>();
        for (Section section : disclosure.sections()) {
            if (!blockIds.contains(section.headingBlockId())) {
                continue;
            }
            // A null count prints no badge: Mustache treats 0 as present.
            items.add(new NavItem("#" + DocumentText.anchor(section.headingBlockId()), heading(section),
                    "lvl-" + Math.min(section.level(), 6), findingsBySection.get(section.id())));
        }
        return items;
    }
}
