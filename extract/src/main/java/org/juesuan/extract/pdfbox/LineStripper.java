package org.juesuan.extract.pdfbox;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.juesuan.extract.tables.grid.PrintedLine;
import org.juesuan.extract.tables.grid.Ruling;
import org.juesuan.extract.tables.grid.TextRun;

/**
 * Extracts each page's text lines the way Tika's PDF parser does (content order, words joined by
 * one space, duplicate overlapping glyphs kept), and keeps where every word is printed, split into
 * runs at blank glyphs and wide gaps so that two cells never share a run.
 */
final class LineStripper extends PDFTextStripper {
    /** Thrown when the text passes the ceiling the reader was given. */
    static final class TooMuchText extends IOException {
        private static final long serialVersionUID = 1L;

        TooMuchText(int limit) {
            super("more than " + limit + " characters");
        }
    }

    /** A gap wider than this share of the font size separates two runs. */
    private static final double RUN_GAP = 0.5;

    private final int maxCharacters;
    /** By 1-based page number: a page without content is never processed and has no entry. */
    private final java.util.Map<Integer, List<PrintedLine>> pages = new java.util.HashMap<>();
    private final java.util.Map<Integer, List<Ruling>> rulings = new java.util.HashMap<>();
    private List<PrintedLine> page;
    private RulingCollector pageRulings;
    private final StringBuilder lineText = new StringBuilder();
    private final List<TextRun> lineRuns = new ArrayList<>();
    private long characters;

    LineStripper(int maxCharacters) {
        this.maxCharacters = maxCharacters;
        setSortByPosition(false);
        setSuppressDuplicateOverlappingText(false);
        setWordSeparator(" ");
        setLineSeparator("\n");
        PathOperator.teach(this, this::addOperator, () -> pageRulings);
    }

    /** The lines of a page (1-based), none when it has no content. */
    List<PrintedLine> lines(int pageNumber) {
        return pages.getOrDefault(pageNumber, List.of());
    }

    /** The rulings of a page (1-based), none when it has no content. */
    List<Ruling> rulings(int pageNumber) {
        return rulings.getOrDefault(pageNumber, List.of());
    }

    /** Sets up the page's ruling collector before its content is processed (path operators run then). */
    @Override
    public void processPage(PDPage pdPage) throws IOException {
        pageRulings = new RulingCollector(pdPage);
        try {
            super.processPage(pdPage);
        } finally {
            rulings.put(getCurrentPageNo(), pageRulings.rulings());
            pageRulings = null;
        }
    }

    @Override
    protected void startPage(PDPage pdPage) {
        page = new ArrayList<>();
    }

    @Override
    protected void endPage(PDPage pdPage) {
        endLine();
        pages.put(getCurrentPageNo(), List.copyOf(page));
        page = null;
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) throws IOException {
        characters += text.length();
        if (characters > maxCharacters) {
            throw new TooMuchText(maxCharacters);
        }
        lineText.append(text);
        addRuns(positions);
    }

    @Override
    protected void writeWordSeparator() {
        lineText.append(' ');
    }

    @Override
    protected void writeLineSeparator() {
        endLine();
    }

    @Override
    protected void writeParagraphEnd() {
        endLine();
    }

    private void endLine() {
        if (page != null && (!lineText.isEmpty() || !lineRuns.isEmpty())) {
            page.add(new PrintedLine(lineText.toString(), lineRuns));
        }
        lineText.setLength(0);
        lineRuns.clear();
    }

    private void addRuns(List<TextPosition> positions) {
        StringBuilder text = new StringBuilder();
        double left = 0;
        double right = 0;
        double top = 0;
        double bottom = 0;
        for (TextPosition glyph : positions) {
            String unicode = glyph.getUnicode();
            boolean blank = unicode == null || unicode.isBlank();
            double size = Math.max(glyph.getFontSizeInPt(), 1);
            double x = glyph.getXDirAdj();
            double baseline = glyph.getYDirAdj();
            // a wide gap, a step back to the left or onto another baseline: the stripper joined
            // glyphs drawn apart (two header cells drawn one after the other) into one word
            boolean gap = !text.isEmpty() && (x - right > RUN_GAP * size || x < right - RUN_GAP * size
                    || Math.abs(baseline - bottom) > RUN_GAP * size);
            if ((blank || gap) && !text.isEmpty()) {
                lineRuns.add(new TextRun(text.toString(), left, top, right, bottom));
                text.setLength(0);
            }
            if (blank) {
                continue;
            }
            double height = Math.max(glyph.getHeightDir(), 0.7 * size);
            double glyphRight = x + Math.max(glyph.getWidthDirAdj(), 0);
            if (text.isEmpty()) {
                left = x;
                top = baseline - height;
                bottom = baseline;
                right = glyphRight;
            } else {
                top = Math.min(top, baseline - height);
                bottom = Math.max(bottom, baseline);
                right = Math.max(right, glyphRight);
            }
            text.append(unicode);
        }
        if (!text.isEmpty()) {
            lineRuns.add(new TextRun(text.toString(), left, top, right, bottom));
        }
    }
}
