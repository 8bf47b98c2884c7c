package org.juesuan.extract.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
            return Optional.empty();
        }
        HeadingLabel entry = labelled.get(found);
        return Optional.of(new HeadingLabel(entry.style(), entry.ordinal(), "", text.strip()));
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
        for (int i = start; i < blocks.size(); i++) {
            PlacedBlock block = blocks.get(i);
            String text = block.text().strip();
            String key = key(text);
            boolean sentence = text.length() > MAX_ENTRY || text.contains("。") || block.raw().kind() == BlockKind.TABLE;
            if (sentence || key.equals(firstEntry)) {
                return i;
            }
            if (firstEntry == null) {
                firstEntry = key;
            }
        }
        return blocks.size();
    }

    private static String key(String text) {
        return LEADER.matcher(text).replaceAll("").replaceAll("\\s+", "");
    }
}
