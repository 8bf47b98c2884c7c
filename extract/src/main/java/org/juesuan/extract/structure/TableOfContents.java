package org.juesuan.extract.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.juesuan.extract.layout.PlacedBlock;
import org.juesuan.model.BlockKind;

/**
 * Finds the table of contents (目录): the 目录 line and the entries after it, up to where the body
 * repeats the first entry. Its numbering is not the body's and must not build sections.
 *
 * @param first the block index of the 目录 line, or -1 when there is none
 * @param end   the block index just past the last entry
 * @param labelledKeys the {@linkplain #key key} of each labelled entry's title, made once: every body
 *                     block is looked up among them
 */
record TableOfContents(int first, int end, List<HeadingLabel> labelled, List<String> labelledKeys) {
    /** 目录, 目 录, 目　录. */
    private static final Pattern TITLE = Pattern.compile("^目\\s*录$");
    /** Dot leaders and the page number an entry ends with: ……… 12. */
    private static final Pattern LEADER = Pattern.compile("[.…·．\\s]*\\d*\\s*$");
    /** An entry the contents word for any organization: 部门主要职能 · 单位机构设置 · 部门预算编制说明. */
    private static final Pattern GENERIC = Pattern.compile("(?:部门|单位)(?<title>\\p{IsHan}{2,10})");
    /** An organization's name as a heading prints it before the entry's title, with or without （部门）. */
    private static final Pattern ORGANIZATION = Pattern.compile(
            "\\p{IsHan}[\\p{IsHan}（）()]{2,40}(?:[（(](?:部门|单位)[）)]|局|院|处|办|委|会|厅|中心|所|站|馆|队|室|政府|公司|学校|大学)");
    /** A heading naming its organization stays short. */
    private static final int MAX_NAMED_HEADING = 50;
    /** An entry is short; a long block or a sentence means the body has begun. */
    private static final int MAX_ENTRY = 80;

    static final TableOfContents NONE = new TableOfContents(-1, -1, List.of());

    TableOfContents {
        labelled = List.copyOf(labelled);
        labelledKeys = List.copyOf(labelledKeys);
        if (labelledKeys.size() != labelled.size()) {
            throw new IllegalArgumentException("one key per labelled entry");
        }
    }

    TableOfContents(int first, int end, List<HeadingLabel> labelled) {
        this(first, end, labelled, labelled.stream().map(entry -> key(entry.title())).toList());
    }

    static TableOfContents find(List<PlacedBlock> blocks) {
        for (int i = 0; i < blocks.size(); i++) {
            if (TITLE.matcher(blocks.get(i).text().strip()).matches()) {
                int end = entriesEnd(blocks, i + 1);
                List<HeadingLabel> labelled = new ArrayList<>();
                for (int j = i + 1; j < end; j++) {
                    HeadingLabel.parse(LEADER.matcher(blocks.get(j).text().strip()).replaceAll("")).ifPresent(labelled::add);
                }
                return new TableOfContents(i, end, labelled);
            }
        }
        return NONE;
    }

    /**
     * The contents' numbering for a body line printed without it: Shanghai disclosures list
     * 一、收入支出决算总表 in the contents but print the table's title alone above it.
     */
    Optional<HeadingLabel> headingPrintedWithoutLabel(String text) {
        String key = key(text);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        int found = labelledKeys.indexOf(key);
        if (found < 0) {
            found = underOrganizationName(key);
        }
        if (found < 0) {
            return Optional.empty();
        }
        HeadingLabel entry = labelled.get(found);
        return Optional.of(new HeadingLabel(entry.style(), entry.ordinal(), "", text.strip()));
    }

    /**
     * The entry a body heading prints with the organization's name where the contents say 部门 / 单位:
     * 一、单位主要职能 printed 上海市财政局（单位）主要职能 or 上海市普陀区社会福利院主要职能; -1 when none.
     * The name must end as an organization's does (局, 院, 办事处, 中心 …) or carry （部门） / （单位）.
     */
    private int underOrganizationName(String key) {
        for (int i = 0; i < labelledKeys.size(); i++) {
            if (namesForOrganization(key, labelledKeys.get(i))) {
                return i;
            }
        }
        return -1;
    }

    /** Whether a body line is the entry printed with the organization's name for its 部门 / 单位. */
    private static boolean namesForOrganization(String key, String entryKey) {
        Matcher generic = GENERIC.matcher(entryKey);
        if (key.length() > MAX_NAMED_HEADING || !generic.matches() || !key.endsWith(generic.group("title"))) {
            return false;
        }
        return ORGANIZATION.matcher(key.substring(0, key.length() - generic.group("title").length())).matches();
    }

    boolean contains(int index) {
        return index >= first && index < end;
    }

    /** The entries as printed, without dot leaders and page numbers. */
    List<String> entries(List<PlacedBlock> blocks) {
        List<String> entries = new ArrayList<>();
        for (int i = first + 1; i < end; i++) {
            entries.add(key(blocks.get(i).text()));
        }
        return entries;
    }

    private static int entriesEnd(List<PlacedBlock> blocks, int start) {
        String firstEntry = null;
        String firstTitle = null;
        for (int i = start; i < blocks.size(); i++) {
            PlacedBlock block = blocks.get(i);
            String text = block.text().strip();
            String key = key(text);
            boolean sentence = text.length() > MAX_ENTRY || text.contains("。") || block.raw().kind() == BlockKind.TABLE;
            // the body begins where it repeats the first entry, also as 上海市财政局（单位）主要职能 for 一、单位主要职能
            if (sentence || key.equals(firstEntry) || firstTitle != null && namesForOrganization(key, firstTitle)) {
                return i;
            }
            if (firstEntry == null) {
                firstEntry = key;
                firstTitle = HeadingLabel.parse(LEADER.matcher(text).replaceAll("")).map(l -> key(l.title())).orElse(null);
            }
        }
        return blocks.size();
    }

    private static String key(String text) {
        return LEADER.matcher(text).replaceAll("").replaceAll("\\s+", "");
    }
}
