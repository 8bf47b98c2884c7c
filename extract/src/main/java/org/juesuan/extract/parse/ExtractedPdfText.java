package org.juesuan.extract.parse;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Recognises plain text extracted from a PDF page by page ({@code pdftotext}, {@code pdftotext -layout}):
 * several pages separated by form feeds, each page a run of visual lines. Layout mode pads lines with
 * the spaces of the page's geometry; they are squeezed so a line's length measures its text again.
 */
final class ExtractedPdfText {
    /** Pages that need rejoining: a PDF's pages, not one Word export with a stray form feed. */
    private static final int MIN_PAGES = 3;
    /** The padding of layout mode: indentation, gaps between columns of a table. */
    private static final Pattern PADDING = Pattern.compile("[ \\t\\u3000]{2,}");
    /** A line of a Word text export is a whole paragraph; a PDF's lines are short. */
    private static final int LONGEST_PDF_LINE = 200;

    private ExtractedPdfText() {
    }

    static boolean looksExtracted(String[] pages) {
        long withText = Arrays.stream(pages).filter(p -> !p.isBlank()).count();
        return withText >= MIN_PAGES && Arrays.stream(pages).flatMap(p -> p.lines())
                .allMatch(line -> line.strip().length() <= LONGEST_PDF_LINE);
    }

    /** The pages with layout padding squeezed to one space and line ends normalised. */
    static List<String> pages(String[] pages) {
        List<String> cleaned = Arrays.stream(pages).map(p -> p.replace("\r\n", "\n").replace('\r', '\n')).toList();
        int last = cleaned.size();
        while (last > 0 && cleaned.get(last - 1).isBlank()) {
            last--;
        }
        return cleaned.subList(0, last).stream()
                .map(p -> p.lines().map(line -> PADDING.matcher(line.strip()).replaceAll(" ")).reduce((a, b) -> a + "\n" + b).orElse(""))
                .toList();
    }
}
