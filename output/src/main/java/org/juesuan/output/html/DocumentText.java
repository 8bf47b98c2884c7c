package org.juesuan.output.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.juesuan.model.Block;
import org.juesuan.model.BlockKind;
import org.juesuan.model.Disclosure;
import org.juesuan.model.Figure;
import org.juesuan.model.Finding;
import org.juesuan.model.Section;
import org.juesuan.output.run.SeverityLabel;

/**
 * The document's text as the report shows it: block by block under the section headings, each block
 * an anchor, figures and findings' evidence marked, and an anchor where each finding's sentence starts.
 */
final class DocumentText {
    private final Disclosure disclosure;
    private final Map<String, Section> sectionByHeading = new HashMap<>();

    /**
     * One block as the template prints it.
     *
     * @param anchor   the element id: blk-b12
     * @param css      block kind and heading level classes
     * @param heading  true for a section heading
     * @param level    the heading's level (1 at the top), 0 for other blocks
     * @param newPage  the page number when this block starts a page, else null
     * @param textHtml its text, cut at the marks, as printed (see {@link SegmentsHtml})
     * @param tableHref the table in the tables view (#table-t3) for a TABLE block whose table is there, else null
     */
    record BlockView(String anchor, String css, boolean heading, int level, Integer newPage, String textHtml,
                     String tableHref) {
    }

    DocumentText(Disclosure disclosure) {
        this.disclosure = disclosure;
        for (Section section : disclosure.sections()) {
            sectionByHeading.put(section.headingBlockId(), section);
        }
    }

    List<BlockView> blocks() {
        Map<String, List<Mark>> marksByBlock = figureMarks();
        Map<String, Map<Integer, List<String>>> anchors = new HashMap<>();
        Map<String, Map<Integer, List<String>>> refs = new HashMap<>();
        List<Mark> evidence = new ArrayList<>();
        for (Finding finding : disclosure.findings()) {
            int start = finding.evidence().start();
            int end = finding.evidence().end();
            evidence.add(new Mark(start, end, "ev ev-" + finding.severity().name().toLowerCase(Locale.ROOT),
                    SeverityLabel.of(finding.severity()) + "：" + finding.ruleName()));
            anchorBlock(finding).ifPresent(block -> {
                int last = Math.max(block.start(), block.end() - 1);
                at(anchors, block, Math.min(Math.max(start, block.start()), last)).add(finding.id());
                at(refs, block, Math.max(Math.min(end, block.end()), Math.min(block.start() + 1, block.end()))).add(finding.id());
            });
        }
        List<BlockView> views = new ArrayList<>();
        int page = 0;
        for (Block block : disclosure.blocks()) {
            List<Mark> marks = overlapping(evidence, block);
            marks.addAll(marksByBlock.getOrDefault(block.id(), List.of()));
            List<Segment> segments = Segmenter.cut(block.text(), block.start(), marks,
                    anchors.getOrDefault(block.id(), Map.of()), refs.getOrDefault(block.id(), Map.of()));
            Integer newPage = block.page() != page ? block.page() : null;
            page = block.page();
            views.add(view(block, newPage, SegmentsHtml.of(segments)));
        }
        return views;
    }

    /**
     * The marks that reach into the block's text: one outside it adds no cut and covers no run of it,
     * so leaving it out changes nothing printed, and saves going through every finding for every run.
     */
    private static List<Mark> overlapping(List<Mark> marks, Block block) {
        int end = block.start() + block.text().length();
        List<Mark> reaching = new ArrayList<>();
        for (Mark mark : marks) {
            if (mark.end() > block.start() && mark.start() < end) {
                reaching.add(mark);
            }
        }
        return reaching;
    }

    /** Where a finding's link lands: the block holding the first character of its sentence. */
    Optional<Block> anchorBlock(Finding finding) {
        int start = finding.evidence().start();
        return disclosure.blocks().stream()
                .filter(b -> b.end() > start || (b.start() == start && b.end() == start))
                .filter(b -> b.start() <= Math.max(start, finding.evidence().end() - 1))
                .findFirst();
    }

    private BlockView view(Block block, Integer newPage, String textHtml) {
        Section section = block.kind() == BlockKind.HEADING ? sectionByHeading.get(block.id()) : null;
        String kind = block.kind().name().toLowerCase(Locale.ROOT);
        if (section == null) {
            return new BlockView(anchor(block.id()), "block " + kind, false, 0, newPage, textHtml, tableHref(block));
        }
        int level = Math.min(section.level(), 6);
        return new BlockView(anchor(block.id()), "block heading lvl-" + level, true, level, newPage, textHtml, null);
    }

    private String tableHref(Block block) {
        String tableId = block.tableId();
        if (tableId == null || disclosure.tables().stream().noneMatch(t -> t.id().equals(tableId))) {
            return null;
        }
        return "#" + TableCards.anchor(tableId);
    }

    private Map<String, List<Mark>> figureMarks() {
        Map<String, List<Mark>> marks = new HashMap<>();
        for (Figure figure : disclosure.figures()) {
            marks.computeIfAbsent(figure.blockId(), id -> new ArrayList<>())
                    .add(new Mark(figure.start(), figure.end(), "fig", figure.id() + " " + figure.raw()));
        }
        return marks;
    }

    private static List<String> at(Map<String, Map<Integer, List<String>>> byBlock, Block block, int position) {
        return byBlock.computeIfAbsent(block.id(), id -> new HashMap<>()).computeIfAbsent(position, p -> new ArrayList<>());
    }

    static String anchor(String blockId) {
        return "blk-" + blockId;
    }
}
