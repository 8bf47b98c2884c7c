package org.juesuan.extract.ocr;

import java.awt.Rectangle;
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
 * (1511.897 for 1$11.89, a stroke of the 万 beside it read as 7), or the same with one digit of its
 * whole part fewer (56.95 where the page read 456.95). Nothing else is taken, and nothing from a row
 * read at confidence 0 (at 150 dpi 754.75 as 794.75; the rows read right score 0.24–0.96, so the
 * recogniser's confidence says little more than that): a reading of another shape leaves the word as
 * it was, its low confidence kept.
 */
final class DigitStrip {
    /** Below this confidence a number word is doubtful; clean readings of numbers score above 0.9. */
    static final double DOUBTFUL = 0.85;
    /** A number word: digits and their signs only, Chinese marks after it allowed (3,186.13 · 20.51%；). */
    private static final Pattern NUMBER = Pattern.compile("[\\d$SOoIl][\\d$SOoIl.,%-]*[\\d$SOoIl%]");
    private static final Pattern TRAILING_MARKS = Pattern.compile("[。；，、：;:）)]+$");
    /** An amount with decimals, no separators: 456.95 (whole part, decimals). */
    private static final Pattern AMOUNT = Pattern.compile("(\\d+)\\.(\\d+)");
    /** The same as the digits-only look reads it alone, 万 after it as 7s, a mark at the end: 56.9577 · 135.907, */
    private static final Pattern AMOUNT_THEN_UNIT = Pattern.compile("(\\d+)\\.(\\d+)[,.-]?");
    /** White around each cut-out, as a share of its height (above and below only as far as its line of ink). */
    private static final double MARGIN = 0.3;

    /** The doubtful number words of a page, and the strip that holds them one a row, in their order. */
    record Layout(List<Word> words, StripPicture strip) {
    }

    private DigitStrip() {
    }

    static boolean doubtful(Word word) {
        String core = core(word.text());
        // rates are left to the second look: read alone, 55.10% came out as 50.10%
        return NUMBER.matcher(core).matches() && core.indexOf('%') < 0
                && (word.confidence() < DOUBTFUL || core.chars().anyMatch(c -> "$SOoIl".indexOf(c) >= 0));
    }

    /**
     * The doubtful words of a page read from a picture of the given size, each box with its margin, the
     * margin kept inside the word's line of ink: Tesseract's boxes miss part of the first digit now and
     * then, so the cut-out reaches beyond them, but a margin reaching into the lines above and below took
     * in their strokes, and then the strip's layout, which depends on all its rows, sometimes merged
     * them into a row and misread a cut-out it had read right beside other rows (1511.89 as 1511.99).
     */
    static Layout layout(RecognizedPage page, List<Rectangle> inkLines, int pageWidth, int pageHeight) {
        List<Word> words = page.words().stream().filter(DigitStrip::doubtful).toList();
        List<Rectangle> pieces = new ArrayList<>(words.size());
        for (Word word : words) {
            pieces.add(withinItsLine(word, inkLines));
        }
        return new Layout(words, StripPicture.stack(pieces, pageWidth, pageHeight));
    }

    /** The word's box with its margin, cut to the line of ink its middle lies in, if any. */
    static Rectangle withinItsLine(Word word, List<Rectangle> inkLines) {
        int margin = (int) Math.round(MARGIN * (word.bottom() - word.top()));
        Rectangle box = new Rectangle(word.left() - margin, word.top() - margin,
                word.right() - word.left() + 2 * margin, word.bottom() - word.top() + 2 * margin);
        double middle = (word.top() + word.bottom()) / 2.0;
        for (Rectangle line : inkLines) {
            if (middle >= line.y && middle < line.y + line.height) {
                Rectangle cut = box.intersection(new Rectangle(box.x, line.y, box.width, line.height));
                return cut.isEmpty() ? box : cut;
            }
        }
        return box;
    }

    /** The page with each doubtful word's reading taken from its row of the strip, when of the same shape. */
    static RecognizedPage correct(RecognizedPage page, Layout layout, RecognizedPage strip) {
        List<Word> corrected = new ArrayList<>(page.words().size());
        int row = 0;
        for (Word word : page.words()) {
            if (row < layout.words().size() && word == layout.words().get(row)) {
                List<Word> read = rowWords(strip, layout.strip().rows().get(row));
                // a row read at confidence 0 is one the recogniser gives up on (754.75 read 794.75 at 0)
                corrected.add(mean(read) > 0 ? reread(word, joined(read)) : word);
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
        if (digits == null) {
            digits = oneDigitFewer(reading, core);
        }
        if (digits == null || digits.equals(core)) {
            return word;
        }
        return new Word(digits + word.text().substring(core.length()), word.left(), word.top(), word.right(),
                word.bottom(), word.confidence());
    }

    /**
     * The row's amount when it is the first reading with one digit of its whole part fewer: read alone,
     * 56.95 (then 万 as 77) where the page read 456.95 (the 少 before it taken for a 4), 135.90 where it
     * read 1355.90. The decimals must be the same, anything after them only the 7s the 万 gives; a digit
     * is only ever taken away, never added or changed. Null otherwise.
     */
    static String oneDigitFewer(String reading, String core) {
        Matcher first = AMOUNT.matcher(core);
        Matcher again = AMOUNT_THEN_UNIT.matcher(reading);
        if (!first.matches() || !again.matches() || !again.group(2).startsWith(first.group(2))
                || !again.group(2).substring(first.group(2).length()).matches("7*")) {
            return null;
        }
        String whole = first.group(1);
        String fewer = again.group(1);
        if (fewer.length() != whole.length() - 1 || fewer.isEmpty()) {
            return null;
        }
        for (int drop = 0; drop < whole.length(); drop++) {
            if ((whole.substring(0, drop) + whole.substring(drop + 1)).equals(fewer)) {
                return fewer + "." + first.group(2);
            }
        }
        return null;
    }

    /** The strip's words whose centres lie in one row, left to right. */
    private static List<Word> rowWords(RecognizedPage strip, StripPicture.Row row) {
        return strip.words().stream().filter(w -> row.holds(w.top(), w.bottom()))
                .sorted(Comparator.comparingInt(Word::left)).toList();
    }

    private static String joined(List<Word> words) {
        StringBuilder reading = new StringBuilder();
        words.forEach(w -> reading.append(w.text()));
        return reading.toString();
    }

    private static double mean(List<Word> words) {
        return words.stream().mapToDouble(Word::confidence).average().orElse(0);
    }

    private static String core(String text) {
        Matcher marks = TRAILING_MARKS.matcher(text);
        return marks.find() ? text.substring(0, marks.start()) : text;
    }

    /** Digits as d, the letters the Chinese model reads for digits counted as digits. */
    private static String shape(String number) {
        return number.replaceAll("[\\d$SOoIl]", "d");
    }
}
