package org.juesuan.extract.parse;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The pages of a document read by OCR, by 1-based page number, each with the words read there: the
 * figures found on them carry the confidence of the words they were read from.
 */
public record OcrPages(Map<Integer, List<Word>> pages) {
    /** Nothing read by OCR. */
    public static final OcrPages NONE = new OcrPages(Map.of());

    /** A figure's digits, with their separators dropped: 1,234.50万元 → 123450. */
    private static final Pattern NOT_DIGIT = Pattern.compile("\\D");

    /** One word read by OCR, with its text as laid out and its confidence (0–1). */
    public record Word(String text, double confidence) {
    }

    public OcrPages {
        pages = pages.entrySet().stream().collect(java.util.stream.Collectors.toUnmodifiableMap(
                Map.Entry::getKey, e -> List.copyOf(e.getValue())));
    }

    public boolean contains(int page) {
        return pages.containsKey(page);
    }

    /**
     * The confidence of a figure printed as {@code raw} on {@code page}: the least confidence of the
     * words on that page whose digits are part of the figure's digits (the words it was read from), or
     * the page's least confidence when no word matches; null when the page was not read by OCR.
     */
    public Double confidenceOf(String raw, int page) {
        List<Word> words = pages.get(page);
        if (words == null) {
            return null;
        }
        String digits = NOT_DIGIT.matcher(raw).replaceAll("");
        double least = 1;
        boolean matched = false;
        for (Word word : words) {
            String wordDigits = NOT_DIGIT.matcher(word.text()).replaceAll("");
            // the word holds the whole figure, or a piece of it long enough not to match by chance
            if (!digits.isEmpty() && !wordDigits.isEmpty() && (wordDigits.contains(digits)
                    || digits.contains(wordDigits) && wordDigits.length() >= Math.min(3, digits.length()))) {
                least = Math.min(least, word.confidence());
                matched = true;
            }
        }
        if (!matched) {
            least = words.stream().mapToDouble(Word::confidence).min().orElse(1);
        }
        return least;
    }
}
