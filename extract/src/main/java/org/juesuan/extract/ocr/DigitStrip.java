package org.juesuan.extract.ocr;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.juesuan.extract.parse.RecognizedPage;
import org.juesuan.extract.parse.RecognizedPage.Word;

/**
 * The third look, at the numbers the first two left doubtful. On a whole page both models sometimes
 * misread a number the Chinese model is unsure of (1560.05 as 1360.05 at confidence 0.50, while the
 * digits-only look, its glyph boxes muddled by the Chinese around, reads 650.0), yet read alone, cut
 * out of the page, the same number comes out right. So the doubtful number words of a page are cut
 * out and stacked one per row into one small picture (one more recogniser run a page, not one a word),
 * read by the digits-only model as a block, and a word takes its row's reading when it has the first
 * reading's shape (digits, separators and point in the same places), or the one stretch of it that has
 * (1511.897 for 1$11.89, a stroke of the 万 beside it read as 7). Nothing else is taken: a reading
 * of another shape leaves the word as it was, its low confidence kept.
 */
final class DigitStrip {
    /** Below this confidence a number word is doubtful; clean readings of numbers score above 0.9. */
    static final double DOUBTFUL = 0.85;
    /** A number word: digits and their signs only, Chinese marks after it allowed (3,186.13 · 20.51%；). */
    private static final Pattern NUMBER = Pattern.compile("[\\d$SOoIl][\\d$SOoIl.,%-]*[\\d$SOoIl%]");
    private static final Pattern TRAILING_MARKS = Pattern.compile("[。；，、：;:）)]+$");
    /** White around each cut-out, as a share of its height, and between rows. */
    private static final double MARGIN = 0.3;
    private static final int ROW_GAP = 40;

    /** The doubtful number words of a page, and where each sits in the strip. */
    record Layout(List<Word> words, List<Integer> rowTops, List<Integer> rowBottoms, int width, int height) {
    }

    private DigitStrip() {
    }

    static boolean doubtful(Word word) {
        String core = core(word.text());
        // rates are left to the second look: read alone, 55.10% came out as 50.10%
        return NUMBER.matcher(core).matches() && core.indexOf('%') < 0
                && (word.confidence() < DOUBTFUL || core.chars().anyMatch(c -> "$SOoIl".indexOf(c) >= 0));
    }

    static Layout layout(RecognizedPage page) {
        List<Word> words = page.words().stream().filter(DigitStrip::doubtful).toList();
        List<Integer> tops = new ArrayList<>();
        List<Integer> bottoms = new ArrayList<>();
        int y = ROW_GAP;
        int width = 1;
        for (Word word : words) {
            int margin = margin(word);
            int rowHeight = word.bottom() - word.top() + 2 * margin;
            tops.add(y);
            bottoms.add(y + rowHeight);
            y += rowHeight + ROW_GAP;
            width = Math.max(width, word.right() - word.left() + 2 * margin + 2 * ROW_GAP);
        }
        return new Layout(words, tops, bottoms, width, y);
    }

    /** The strip picture: each doubtful word's box with its margin, copied from the page onto white. */
    static BufferedImage picture(BufferedImage page, Layout layout) {
        BufferedImage strip = new BufferedImage(layout.width(), layout.height(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D graphics = strip.createGraphics();
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, layout.width(), layout.height());
        for (int i = 0; i < layout.words().size(); i++) {
            Word word = layout.words().get(i);
            int margin = margin(word);
            int left = Math.max(0, word.left() - margin);
            int top = Math.max(0, word.top() - margin);
            int right = Math.min(page.getWidth(), word.right() + margin);
            int bottom = Math.min(page.getHeight(), word.bottom() + margin);
            graphics.drawImage(page.getSubimage(left, top, right - left, bottom - top), ROW_GAP,
                    layout.rowTops().get(i), null);
        }
        graphics.dispose();
        return strip;
    }

    /** The page with each doubtful word's reading taken from its row of the strip, when of the same shape. */
    static RecognizedPage correct(RecognizedPage page, Layout layout, RecognizedPage strip) {
        List<Word> corrected = new ArrayList<>(page.words().size());
        int row = 0;
        for (Word word : page.words()) {
            if (row < layout.words().size() && word == layout.words().get(row)) {
                corrected.add(reread(word, rowReading(strip, layout.rowTops().get(row), layout.rowBottoms().get(row))));
                row++;
            } else {
                corrected.add(word);
            }
        }
        return new RecognizedPage(corrected);
    }

    private static Word reread(Word word, String reading) {
        Matcher marks = TRAILING_MARKS.matcher(word.text());
        String core = marks.find() ? word.text().substring(0, marks.start()) : word.text();
        // the cut-out's margin may take in a stroke of 万 beside the number, read as a 7: 1511.897
        String digits = shape(reading).equals(shape(core)) ? reading : NumberSecondLook.inner(reading, core);
        if (digits == null || digits.equals(core)) {
            return word;
        }
        return new Word(digits + word.text().substring(core.length()), word.left(), word.top(), word.right(),
                word.bottom(), word.confidence());
    }

    /** The strip's words whose centres lie in one row, left to right, joined. */
    private static String rowReading(RecognizedPage strip, int top, int bottom) {
        StringBuilder reading = new StringBuilder();
        strip.words().stream().filter(w -> (w.top() + w.bottom()) / 2.0 >= top && (w.top() + w.bottom()) / 2.0 <= bottom)
                .sorted(Comparator.comparingInt(Word::left)).forEach(w -> reading.append(w.text()));
        return reading.toString();
    }

    private static String core(String text) {
        Matcher marks = TRAILING_MARKS.matcher(text);
        return marks.find() ? text.substring(0, marks.start()) : text;
    }

    private static int margin(Word word) {
        return (int) Math.round(MARGIN * (word.bottom() - word.top()));
    }

    /** Digits as d, the letters the Chinese model reads for digits counted as digits. */
    private static String shape(String number) {
        return number.replaceAll("[\\d$SOoIl]", "d");
    }
}
