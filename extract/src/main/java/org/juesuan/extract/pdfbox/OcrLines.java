package org.juesuan.extract.pdfbox;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.juesuan.extract.parse.RecognizedPage;
import org.juesuan.extract.tables.grid.PrintedLine;
import org.juesuan.extract.tables.grid.TextRun;

/**
 * Turns the words OCR read on a page picture into the page's text lines, as the text layer would
 * have given them: words on one visual line (their vertical centres inside the line's band) form a
 * line, left to right; words closer than half their height form one run (Chinese is set without
 * spaces, so its characters join), runs are separated by one space. Boxes go from pixels to PDF
 * points, so the table finder reads an OCR page like any other.
 */
final class OcrLines {
    /** A gap wider than this share of the line's height separates two runs (as {@code LineStripper}). */
    private static final double RUN_GAP = 0.5;
    private static final double POINTS_PER_INCH = 72.0;
    /** Words whose centres lie within this share of the usual word height belong to one line. */
    private static final double LINE_BAND = 0.5;

    private OcrLines() {
    }

    static List<PrintedLine> of(RecognizedPage page, int dpi) {
        double scale = POINTS_PER_INCH / dpi;
        List<RecognizedPage.Word> words = new ArrayList<>(page.words());
        words.sort(Comparator.comparingDouble(OcrLines::centre));
        double height = median(words);
        List<List<RecognizedPage.Word>> lines = new ArrayList<>();
        List<RecognizedPage.Word> line = new ArrayList<>();
        double lineCentre = 0;
        for (RecognizedPage.Word word : words) {
            // a word whose centre is within half a line's height of the line's centre is on that line;
            // the page's usual height, not the word's: OCR sometimes gives one glyph a box two lines tall
            if (!line.isEmpty() && Math.abs(centre(word) - lineCentre) > LINE_BAND * height) {
                lines.add(line);
                line = new ArrayList<>();
            }
            line.add(word);
            lineCentre = line.stream().mapToDouble(OcrLines::centre).average().orElse(0);
        }
        if (!line.isEmpty()) {
            lines.add(line);
        }
        List<PrintedLine> printed = new ArrayList<>(lines.size());
        for (List<RecognizedPage.Word> visual : lines) {
            printed.add(printedLine(visual, scale));
        }
        return printed;
    }

    private static double centre(RecognizedPage.Word word) {
        return (word.top() + word.bottom()) / 2.0;
    }

    /** The median word height of the page. */
    private static double median(List<RecognizedPage.Word> words) {
        int[] heights = words.stream().mapToInt(w -> w.bottom() - w.top()).sorted().toArray();
        return heights.length == 0 ? 1 : Math.max(1, heights[heights.length / 2]);
    }

    private static PrintedLine printedLine(List<RecognizedPage.Word> words, double scale) {
        List<RecognizedPage.Word> sorted = new ArrayList<>(words);
        sorted.sort(Comparator.comparingInt(RecognizedPage.Word::left));
        double height = sorted.stream().mapToInt(w -> w.bottom() - w.top()).sorted()
                .skip(sorted.size() / 2).findFirst().orElse(1);
        List<TextRun> runs = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        int left = 0;
        int top = 0;
        int right = 0;
        int bottom = 0;
        for (RecognizedPage.Word word : sorted) {
            if (!run.isEmpty() && word.left() - right > RUN_GAP * height) {
                runs.add(new TextRun(run.toString(), left * scale, top * scale, right * scale, bottom * scale));
                run.setLength(0);
            }
            if (run.isEmpty()) {
                left = word.left();
                top = word.top();
                bottom = word.bottom();
                right = word.right();
            } else {
                top = Math.min(top, word.top());
                bottom = Math.max(bottom, word.bottom());
                right = Math.max(right, word.right());
            }
            run.append(word.text());
        }
        runs.add(new TextRun(run.toString(), left * scale, top * scale, right * scale, bottom * scale));
        return new PrintedLine(String.join(" ", runs.stream().map(TextRun::text).toList()), runs);
    }
}
