package org.juesuan.extract.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.juesuan.model.ExtractionWarning;
import org.juesuan.model.WarningCode;

/**
 * Rebuilds paragraphs from PDF page text. PDF text breaks every visual line; a line that runs to
 * the full width of the text block and does not end a sentence was wrapped, so it is joined to the
 * next, across pages too, and a number split by the wrap ("203" / "23.21") becomes one number again.
 * Page numbers and running headers are dropped. Table rows stay one line each. A table rebuilt
 * from the page's geometry stands in the page text as one placeholder line ({@link #tablePlaceholder}),
 * and becomes a TABLE block there, ending the paragraph before it.
 */
public final class PageTextJoiner {
    /**
     * A line ending a sentence ends its paragraph: 。！？ and their ASCII forms. A line ending in ；or
     * ：is often a wrapped clause inside one paragraph, so width decides for it.
     */
    private static final Pattern ENDS_SENTENCE = Pattern.compile("[。！？!?]$");
    /**
     * A line starting a numbered heading or list item starts a new block: 第一部分, 第3部分, 第二条,
     * 一、, （一）, (一), 1、, 1. , 1．, （1）, 附件, 附表, 目录.
     */
    private static final Pattern STARTS_ITEM = Pattern.compile(
            "^(?:第[一二三四五六七八九十\\d]{1,3}(?:部分|条|章)|[一二三四五六七八九十]{1,3}[、．]"
                    + "|[（(][一二三四五六七八九十\\d]{1,3}[）)]|\\d{1,2}[、.．](?!\\d)|附件|附表|目\\s*录)");
    /** Marks Chinese typesetting never puts at the start of a line: ，。；：、）” and their kind. */
    private static final Pattern LINE_START_FORBIDDEN = Pattern.compile("^[，。；：、）」』”！？,.;:)]");
    /** A page number alone on a line: 3, - 3 -, — 3 —, 第3页, 第 3 页 共 25 页. */
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "^(?:[-—–]?\\s*\\d{1,4}\\s*[-—–]?|第\\s*\\d{1,4}\\s*页(?:\\s*[,，]?\\s*共\\s*\\d{1,4}\\s*页)?)$");
    /** Clause punctuation after a label: a numbered line holding none is a heading, not a wrapped item. */
    private static final Pattern CLAUSE_PUNCTUATION = Pattern.compile("[，。；：,;:]");
    /** Table-of-contents dot leaders: 收入决算表……………… 5. */
    private static final Pattern DOT_LEADER = Pattern.compile("[.…·．]{4,}\\s*\\d*$");
    /** 目录, 目 录. */
    private static final Pattern CONTENTS_TITLE = Pattern.compile("^目\\s*录$");
    private static final int MAX_CONTENTS_ENTRY = 80;
    /** A line wider than this share of the text block's width was wrapped, not ended. */
    private static final double FULL_LINE = 0.85;
    /** A numbered line without clause punctuation must reach further to count as wrapped. */
    private static final double FULL_HEADING_LINE = 0.88;
    /** A line this short, without punctuation, after a heading is the heading's wrapped tail (情况说明). */
    private static final int TITLE_TAIL = 6;

    /** U+FFFC OBJECT REPLACEMENT CHARACTER: a line holding it stands for a table, not text. */
    private static final char TABLE_MARK = '\uFFFC';
    /**
     * A table's place in page text: the mark and the table's index (U+FFFC then 3); the mark alone
     * marks the rest of a table continued from the page before.
     */
    private static final Pattern TABLE_LINE = Pattern.compile("^\\uFFFC(\\d*)$");
    /**
     * A line that ends with a table's unit (单位：元 · 金额单位:万元 · 编制单位：上海市普陀区社会福利院 单位：元): it
     * belongs to the table under it, even when every page repeats it at the top.
     */
    private static final Pattern UNIT_LINE = Pattern.compile("[（(]?(?:金额)?单位\\s*[：:]\\s*(?:亿元|万元|千元|元)[）)]?$");

    /** Paragraph blocks and the warnings met. */
    public record Joined(List<RawBlock> blocks, List<ExtractionWarning> warnings) {
    }

    /** The line standing for table {@code index} of the list given to {@link #join(List, List)}. */
    public static String tablePlaceholder(int index) {
        return TABLE_MARK + Integer.toString(index);
    }

    /** The line standing for the part of a table continued from the page before (no block of its own). */
    public static String continuedTablePlaceholder() {
        return String.valueOf(TABLE_MARK);
    }

    public Joined join(List<String> pageTexts) {
        return join(pageTexts, List.of());
    }

    /** Joins page text in which tables stand as placeholder lines; each becomes its TABLE block. */
    public Joined join(List<String> pageTexts, List<RawTable> tables) {
        List<ExtractionWarning> warnings = new ArrayList<>();
        List<PdfLine> lines = lines(pageTexts, warnings);
        double bodyWidth = bodyWidth(lines);
        Set<String> contents = contentsEntries(lines);
        List<RawBlock> blocks = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        PdfLine first = null;
        PdfLine previous = null;
        for (PdfLine line : lines) {
            java.util.regex.Matcher table = TABLE_LINE.matcher(line.text());
            if (table.matches()) {
                if (first != null) {
                    blocks.add(RawBlock.paragraph(paragraph.toString(), first.page()));
                    paragraph.setLength(0);
                    first = null;
                }
                previous = null;
                if (!table.group(1).isEmpty()) {
                    blocks.add(RawBlock.table(tables.get(Integer.parseInt(table.group(1))), line.page()));
                }
                continue;
            }
            if (previous != null && !continues(previous, line, bodyWidth, contents)) {
                blocks.add(RawBlock.paragraph(paragraph.toString(), first.page()));
                paragraph.setLength(0);
                first = null;
            }
            if (first == null) {
                first = line;
            } else if (needsSpace(paragraph, line.text())) {
                paragraph.append(' ');
            }
            paragraph.append(line.text());
            previous = line;
        }
        if (first != null) {
            blocks.add(RawBlock.paragraph(paragraph.toString(), first.page()));
        }
        return new Joined(blocks, warnings);
    }

    private static List<PdfLine> lines(List<String> pageTexts, List<ExtractionWarning> warnings) {
        Map<String, Integer> edgeLines = runningLines(pageTexts);
        int repeatThreshold = Math.max(3, (int) Math.ceil(pageTexts.size() * 0.3));
        List<PdfLine> lines = new ArrayList<>();
        for (int p = 0; p < pageTexts.size(); p++) {
            int before = lines.size();
            List<String> pageLines = Arrays.stream(pageTexts.get(p).split("\n")).map(String::strip)
                    .filter(line -> !line.isEmpty()).toList();
            List<String> textLines = pageLines.stream().filter(l -> !TABLE_LINE.matcher(l).matches()).toList();
            String firstText = textLines.isEmpty() ? null : textLines.get(0);
            String lastText = textLines.isEmpty() ? null : textLines.get(textLines.size() - 1);
            for (int i = 0; i < pageLines.size(); i++) {
                String line = pageLines.get(i);
                boolean atEdge = line.equals(firstText) || line.equals(lastText);
                if (PAGE_NUMBER.matcher(line).matches()
                        || atEdge && edgeLines.getOrDefault(line, 0) >= repeatThreshold) {
                    continue;
                }
                lines.add(PdfLine.of(line, p + 1));
            }
            if (lines.size() == before) {
                warnings.add(new ExtractionWarning(WarningCode.PAGE_WITHOUT_TEXT,
                        "第" + (p + 1) + "页没有可提取的文字（可能是扫描图片或空白页）", p + 1, -1, -1));
            }
        }
        return lines;
    }

    /** How many pages each line opens or closes: a line doing so on many pages is a running header or footer. */
    private static Map<String, Integer> runningLines(List<String> pageTexts) {
        Map<String, Integer> counts = new HashMap<>();
        for (String page : pageTexts) {
            List<String> nonBlank = Arrays.stream(page.split("\n")).map(String::strip)
                    .filter(s -> !s.isEmpty() && !TABLE_LINE.matcher(s).matches()).toList();
            if (nonBlank.size() < 2) {
                continue;
            }
            counts.merge(nonBlank.get(0), 1, Integer::sum);
            String last = nonBlank.get(nonBlank.size() - 1);
            if (!last.equals(nonBlank.get(0))) {
                counts.merge(last, 1, Integer::sum);
            }
        }
        counts.keySet().removeIf(line -> line.length() < 4 || PAGE_NUMBER.matcher(line).matches()
                || UNIT_LINE.matcher(line).find());
        return counts;
    }

    /**
     * The lines of the table of contents (目录 and the short lines after it, up to where the body
     * repeats the first entry). A body line equal to an entry is a heading and ends its block, even
     * when it nearly fills the line.
     */
    private static Set<String> contentsEntries(List<PdfLine> lines) {
        Set<String> entries = new HashSet<>();
        int start = -1;
        for (int i = 0; i < lines.size() && start < 0; i++) {
            if (CONTENTS_TITLE.matcher(lines.get(i).text()).matches()) {
                start = i + 1;
            }
        }
        String first = null;
        for (int i = Math.max(start, 0); start >= 0 && i < lines.size(); i++) {
            String key = key(lines.get(i).text());
            if (key.equals(first) || lines.get(i).text().contains("。") || key.length() > MAX_CONTENTS_ENTRY) {
                break;
            }
            first = first == null ? key : first;
            entries.add(key);
        }
        return entries;
    }

    private static String key(String line) {
        return DOT_LEADER.matcher(line).replaceAll("").replace(" ", "");
    }

    /** The width of the text block: the width most prose lines reach (80th percentile). */
    private static double bodyWidth(List<PdfLine> lines) {
        double[] widths = lines.stream().filter(l -> !l.tabular() && !TABLE_LINE.matcher(l.text()).matches())
                .mapToDouble(PdfLine::width)
                .filter(w -> w >= 8).sorted().toArray();
        if (widths.length == 0) {
            return Double.MAX_VALUE;
        }
        return widths[(int) Math.floor((widths.length - 1) * 0.8)];
    }

    private static boolean continues(PdfLine previous, PdfLine next, double bodyWidth, Set<String> contents) {
        if (previous.tabular() || next.tabular()) {
            return false;
        }
        String before = previous.text();
        String after = next.text();
        if (LINE_START_FORBIDDEN.matcher(after).find() && !ENDS_SENTENCE.matcher(before).find()) {
            return true; // no line of Chinese type starts with a closing mark: the 。 of …（项）/ 。主要用于
        }
        boolean headingLike = STARTS_ITEM.matcher(before).find() && !CLAUSE_PUNCTUATION.matcher(before).find();
        if (headingLike && after.length() <= TITLE_TAIL && !CLAUSE_PUNCTUATION.matcher(after).find()
                && !STARTS_ITEM.matcher(after).find()) {
            return true; // headings are set larger and wrap early: 第三部分 …部门决算 / 情况说明
        }
        if (ENDS_SENTENCE.matcher(before).find() || DOT_LEADER.matcher(before).find()
                || STARTS_ITEM.matcher(after).find() || contents.contains(key(before))) {
            return false;
        }
        // A long heading nearly fills its line (九、国有资本经营预算财政拨款收入支出决算情况说明) without
        // wrapping; a numbered item that wraps runs to the very edge.
        return previous.width() >= (headingLike ? FULL_HEADING_LINE : FULL_LINE) * bodyWidth;
    }

    /** Latin words keep a space when rejoined; Chinese text and split numbers do not. */
    private static boolean needsSpace(CharSequence paragraph, String next) {
        char last = paragraph.charAt(paragraph.length() - 1);
        char following = next.charAt(0);
        return Character.isLetter(last) && last < 0x2E80 && Character.isLetter(following) && following < 0x2E80;
    }
}
