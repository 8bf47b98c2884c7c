package org.juesuan.extract.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.juesuan.extract.layout.DocumentText;
import org.juesuan.extract.layout.PlacedBlock;
import org.juesuan.model.BlockKind;
import org.juesuan.model.ExtractionWarning;
import org.juesuan.model.WarningCode;

/**
 * Builds the section tree from the headings' numbering rather than from fixed levels per style,
 * because disclosures mix styles (1、 2、 3、 四、), restart lists inside sections and number their
 * table of contents like the body. A heading continues the list whose last item is its predecessor
 * (一、 after 二、 … the outermost such list); a first item opens a list below the current section.
 */
public final class SectionTreeBuilder {

    /** One open section on the path from the root to the current one. */
    private record Open(int draft, NumberingStyle style, int ordinal) {
    }

    /** How many blocks on each side are looked at to tell a table rendered as text. */
    private static final int TABLE_WINDOW = 3;
    /** A block this short is a fragment of a wrapped table cell (财 / 政拨款). */
    private static final int FRAGMENT_LENGTH = 6;

    /** A page with at least this many lines, this share of them table-like, is a table page. */
    private static final int MIN_TABLE_PAGE_LINES = 8;
    private static final double TABLE_PAGE_SHARE = 0.4;
    /** A note's opening: 注： · 注: (two chars, then its first item). */
    private static final Pattern NOTE = Pattern.compile("注[：:]");
    private static final int NOTE_MARK = 2;
    /** A line that announces a list: it ends with a colon (主要职能包括： · 具体包括：). */
    private static final Pattern ANNOUNCING = Pattern.compile("[：:]\\s*$");

    /** The state of one pass over the blocks. */
    private static final class Pass {
        final List<PlacedBlock> blocks;
        final boolean[] tableLike;
        final List<BlockKind> roles = new ArrayList<>();
        final List<SectionDraft> drafts = new ArrayList<>();
        final List<ExtractionWarning> warnings = new ArrayList<>();
        final List<Open> path = new ArrayList<>();
        /**
         * The last numbered paragraph seen since the last heading. A following number that continues
         * it is a heading when that paragraph was a run-in heading (1.资金计划及到位。2021年…), and
         * another list item when it was one ((9)研究…；then (10)研究…。).
         */
        HeadingLabel lastItem;
        /** The last numbered line refused as a heading because it sat among table rows. */
        HeadingLabel lastRefused;
        boolean afterTabular;
        /**
         * Whether the numbered paragraphs since the last heading were announced by a line ending in a
         * colon (主要职能包括：): they are that line's items, so a short one among them is not a heading.
         */
        boolean announcedList;

        Pass(List<PlacedBlock> blocks) {
            this.blocks = blocks;
            this.tableLike = new boolean[blocks.size()];
            for (int i = 0; i < blocks.size(); i++) {
                String text = blocks.get(i).text().strip();
                boolean fragment = text.length() <= FRAGMENT_LENGTH && !text.endsWith("。")
                        && HeadingLabel.parse(text).isEmpty();
                tableLike[i] = fragment || HeadingShape.looksTabular(text);
            }
        }

        /**
         * Whether a block sits inside a table that PDF text has flattened into lines: table rows and
         * cell fragments on both sides of it.
         */
        boolean insideFlattenedTable(int index) {
            int before = count(index - TABLE_WINDOW, index);
            int after = count(index + 1, index + 1 + TABLE_WINDOW);
            boolean surrounded = before >= 1 && after >= 1 && before + after >= 3;
            return surrounded || tablePage(blocks.get(index).page());
        }

        /** A page most of whose lines are table rows and cell fragments. */
        private boolean tablePage(int page) {
            int lines = 0;
            int tableLines = 0;
            for (int i = 0; i < blocks.size(); i++) {
                if (blocks.get(i).page() == page && blocks.get(i).raw().kind() != BlockKind.TABLE) {
                    lines++;
                    tableLines += tableLike[i] ? 1 : 0;
                }
            }
            return lines >= MIN_TABLE_PAGE_LINES && tableLines >= TABLE_PAGE_SHARE * lines;
        }

        /**
         * A short numbered line refused as a heading (a table row, or an item of a list of such
         * lines): the next number continues the rows, and it counts as table text around a heading.
         */
        void refuseAsTableRow(PlacedBlock block, HeadingLabel label) {
            lastRefused = label;
            tableLike[block.index()] = true;
        }

        private int count(int from, int to) {
            int found = 0;
            for (int i = Math.max(0, from); i < Math.min(tableLike.length, to); i++) {
                found += tableLike[i] ? 1 : 0;
            }
            return found;
        }
    }

    public Structure build(DocumentText text) {
        List<PlacedBlock> blocks = text.blocks();
        TableOfContents contents = TableOfContents.find(blocks);
        Pass pass = new Pass(blocks);
        for (PlacedBlock block : blocks) {
            pass.roles.add(role(pass, block, contents));
        }
        return new Structure(pass.roles, withEnds(pass.drafts, text.text().length()),
                contents == TableOfContents.NONE ? List.of() : contents.entries(blocks), pass.warnings);
    }

    private BlockKind role(Pass pass, PlacedBlock block, TableOfContents contents) {
        String text = block.text().strip();
        if (block.raw().kind() == BlockKind.TABLE) {
            pass.afterTabular = true;
            return BlockKind.TABLE;
        }
        if (contents.contains(block.index())) {
            return BlockKind.TOC;
        }
        if (HeadingShape.isCaption(text)) {
            return BlockKind.CAPTION;
        }
        boolean styled = block.raw().headingLevel() > 0;
        Optional<HeadingLabel> label = HeadingLabel.parse(text);
        Optional<HeadingLabel> listed = label.isEmpty() ? contents.headingPrintedWithoutLabel(text) : Optional.empty();
        boolean heading;
        if (styled) {
            // a styled heading printed without its number (上海市XX局2024年度部门决算表) takes the one the contents give it
            heading = placeStyled(pass, block, label.isPresent() ? label : listed);
        } else if (listed.isPresent()) {
            heading = place(pass, block, listed.get(), true); // the contents vouch for it
        } else {
            heading = label.isPresent() && placeNumbered(pass, block, label.get());
        }
        if (!heading) {
            // a list item, or a note's first item (注：1.…), which its 2. continues (never a heading of its
            // own); an item going on in another style than the one it continues (2． then 3、) is told
            Optional<HeadingLabel> item = label.or(() -> noteItem(text));
            item.filter(l -> follows(pass.lastItem, l) && pass.lastItem.style() != l.style())
                    .ifPresent(l -> warn(pass, block, WarningCode.NUMBERING_MIXED_STYLES,
                            "同一列表编号混用不同样式：" + pass.lastItem.label() + " 与 " + l.label()));
            item.ifPresent(l -> pass.lastItem = l);
            pass.announcedList = item.isPresent() ? pass.announcedList : ANNOUNCING.matcher(text).find();
            pass.afterTabular = HeadingShape.looksTabular(text);
        }
        return heading ? BlockKind.HEADING : BlockKind.PARAGRAPH;
    }

    private boolean placeStyled(Pass pass, PlacedBlock block, Optional<HeadingLabel> label) {
        if (label.isPresent()) {
            place(pass, block, label.get(), true);
            return true;
        }
        int level = block.raw().headingLevel();
        while (pass.path.size() >= level) {
            pass.path.remove(pass.path.size() - 1);
        }
        open(pass, block, null, 0, "", block.text().strip());
        return true;
    }

    /** The numbered item a note opens with: 注：1.“机关运行经费”指… gives 1. */
    private static Optional<HeadingLabel> noteItem(String text) {
        return NOTE.matcher(text).lookingAt() ? HeadingLabel.parse(text.substring(NOTE_MARK)) : Optional.empty();
    }

    private boolean placeNumbered(Pass pass, PlacedBlock block, HeadingLabel label) {
        if (!HeadingShape.isHeading(label)) {
            return false;
        }
        boolean listLabel = label.style() != NumberingStyle.PART && label.style() != NumberingStyle.ATTACHMENT;
        if (listLabel && pass.insideFlattenedTable(block.index())) {
            pass.refuseAsTableRow(block, label);
            return false; // a numbered row of a table (一、一般公共预算财政拨款收入), not a heading
        }
        return place(pass, block, label, false);
    }

    /** Places a numbered heading in the tree; false when an unstyled line does not fit and sits among table rows. */
    private boolean place(Pass pass, PlacedBlock block, HeadingLabel label, boolean styled) {
        if (!styled && follows(pass.lastRefused, label)) {
            pass.refuseAsTableRow(block, label); // the next row of a table already refused
            return false;
        }
        int sibling = predecessor(pass.path, label);
        if (sibling < 0 && !opensList(label)) {
            boolean continuesItem = follows(pass.lastItem, label);
            boolean continuesRunIn = continuesItem && HeadingShape.isRunIn(pass.lastItem) && !pass.announcedList;
            boolean listItem = continuesItem && !continuesRunIn;
            if (!styled && (listItem || pass.afterTabular && !continuesRunIn)) {
                pass.refuseAsTableRow(block, label);
                return false;
            }
            sibling = skippedPredecessor(pass.path, label);
            // after 1.资金计划及到位。…, a heading 2. skips nothing; a heading printed without its number,
            // numbered from the contents, shows no number of its own that could skip one
            if (!continuesRunIn && !label.label().isEmpty()) {
                warn(pass, block, WarningCode.NUMBERING_SKIPPED, "编号不连续：" + label.label() + "前缺少上一序号");
            }
        }
        if (sibling >= 0) {
            Open previous = pass.path.get(sibling);
            if (previous.style() != label.style()) {
                warn(pass, block, WarningCode.NUMBERING_MIXED_STYLES,
                        "同一级编号混用不同样式：" + pass.drafts.get(previous.draft()).label() + " 与 " + label.label());
            }
            while (pass.path.size() > sibling) {
                pass.path.remove(pass.path.size() - 1);
            }
        }
        open(pass, block, label.style(), label.ordinal(), label.label(), HeadingShape.trimFullStop(label.title()));
        pass.lastItem = null;
        pass.announcedList = false;
        pass.lastRefused = null;
        pass.afterTabular = false;
        return true;
    }

    /**
     * The open section this heading follows in its list (same style first, then a style it mixes
     * with): the outermost one, as a list restarted inside a section ends where the outer list goes
     * on; for a heading printed without its number (the contents gave it), the innermost, as those
     * come as one run.
     */
    private static int predecessor(List<Open> path, HeadingLabel label) {
        boolean innermostFirst = label.label().isEmpty();
        for (boolean exact : new boolean[] {true, false}) {
            for (int step = 0; step < path.size(); step++) {
                int i = innermostFirst ? path.size() - 1 - step : step;
                Open open = path.get(i);
                if (open.style() == null || (exact ? open.style() != label.style() : !open.style().continues(label.style()))) {
                    continue;
                }
                boolean next = label.style() == NumberingStyle.PART || label.style() == NumberingStyle.ATTACHMENT
                        ? open.ordinal() < label.ordinal() || label.ordinal() <= 1 && open.ordinal() <= 1
                        : open.ordinal() == label.ordinal() - 1;
                if (next) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** Whether {@code label} is the next number after {@code earlier} in one list. */
    private static boolean follows(HeadingLabel earlier, HeadingLabel label) {
        return earlier != null && earlier.style().continues(label.style()) && earlier.ordinal() == label.ordinal() - 1;
    }

    /** An open section of the same list with a smaller number: the heading follows it, skipping numbers. */
    private static int skippedPredecessor(List<Open> path, HeadingLabel label) {
        for (int i = 0; i < path.size(); i++) {
            Open open = path.get(i);
            if (open.style() != null && open.style().continues(label.style()) && open.ordinal() < label.ordinal()) {
                return i;
            }
        }
        return -1;
    }

    private static boolean opensList(HeadingLabel label) {
        return label.ordinal() <= 1;
    }

    private static void open(Pass pass, PlacedBlock block, NumberingStyle style, int ordinal, String label, String title) {
        int parent = pass.path.isEmpty() ? -1 : pass.path.get(pass.path.size() - 1).draft();
        pass.drafts.add(new SectionDraft(label, title, pass.path.size() + 1, parent, block.index(), block.start(),
                block.end(), block.page()));
        pass.path.add(new Open(pass.drafts.size() - 1, style, ordinal));
    }

    private static void warn(Pass pass, PlacedBlock block, WarningCode code, String message) {
        pass.warnings.add(new ExtractionWarning(code, message, block.page(), block.start(), block.end()));
    }

    /** Each section runs to the next heading at its level or above, or to the end of the text. */
    private static List<SectionDraft> withEnds(List<SectionDraft> drafts, int textEnd) {
        List<SectionDraft> ended = new ArrayList<>(drafts.size());
        for (int i = 0; i < drafts.size(); i++) {
            SectionDraft draft = drafts.get(i);
            int end = textEnd;
            for (int j = i + 1; j < drafts.size(); j++) {
                if (drafts.get(j).level() <= draft.level()) {
                    end = drafts.get(j).start();
                    break;
                }
            }
            ended.add(draft.withEnd(end));
        }
        return ended;
    }
}
