package org.juesuan.extract.words;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The words just before a figure in its clause: what the figure is a figure of
 * (机关运行经费 支出 | 56.19万元). Callers pass the text with every figure span blanked out: the
 * figures are claimed before segmentation, so the segmenter never sees, or splits, a number.
 */
public final class FigureContext {
    /** How many words to keep: enough for 一般公共预算 财政 拨款 基本 支出. */
    private static final int MAX_WORDS = 6;
    /** Clause boundaries: a figure belongs to the clause it stands in. */
    private static final String CLAUSE_END = "，,。；;：:！？!?\t\n（）()";
    /** Words that carry no meaning for what a figure measures: numbers, punctuation, spaces. */
    private static final Pattern NOISE = Pattern.compile("^[\\p{Punct}\\p{IsPunctuation}\\s\\d.,%％]*$");

    private final WordSegmenter segmenter;

    public FigureContext(WordSegmenter segmenter) {
        this.segmenter = segmenter;
    }

    /**
     * The words of {@code maskedText} before offset {@code figureStart}, back to the start of the
     * clause, nearest last.
     */
    public List<String> before(String maskedText, int figureStart) {
        String clause = clauseBefore(maskedText, figureStart);
        return clause.isEmpty() ? List.of() : words(clause);
    }

    /**
     * A reading of one document's figures, which remembers the words of each clause it segmented: a
     * clause met again (the same words before another figure, in another block or cell) is not
     * segmented again. The segmenter gives the same words for the same text, so the result is the
     * same; it lives as long as the document's figures are placed.
     */
    public Document forDocument() {
        return new Document();
    }

    /** See {@link #forDocument()}. */
    public final class Document {
        private final Map<String, List<String>> byClause = new HashMap<>();

        private Document() {
        }

        /** As {@link FigureContext#before}. */
        public List<String> before(String maskedText, int figureStart) {
            String clause = clauseBefore(maskedText, figureStart);
            return clause.isEmpty() ? List.of() : byClause.computeIfAbsent(clause, FigureContext.this::words);
        }
    }

    private static String clauseBefore(String text, int figureStart) {
        int clauseStart = figureStart;
        while (clauseStart > 0 && CLAUSE_END.indexOf(text.charAt(clauseStart - 1)) < 0) {
            clauseStart--;
        }
        return text.substring(clauseStart, figureStart).strip();
    }

    private List<String> words(String clause) {
        // every word is a piece of the clause: a clause of noise alone (blanked figures, 、, digits) has no word to keep
        if (NOISE.matcher(clause).matches()) {
            return List.of();
        }
        List<String> words = new ArrayList<>();
        for (Word word : segmenter.segment(clause)) {
            if (!NOISE.matcher(word.text()).matches()) {
                words.add(word.text());
            }
        }
        return List.copyOf(words.subList(Math.max(0, words.size() - MAX_WORDS), words.size()));
    }
}
