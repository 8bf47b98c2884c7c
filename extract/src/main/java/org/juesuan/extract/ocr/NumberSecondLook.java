package org.juesuan.extract.ocr;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.juesuan.extract.parse.RecognizedPage;
import org.juesuan.extract.parse.RecognizedPage.Word;

/**
 * The second look at numbers. Tesseract's Chinese model reads the digits of amounts well but garbles
 * the percent sign before a full-width semicolon (20.51%； comes out as 20.5$19%4, 11.11% as 11.119%).
 * The English model limited to digits and their signs, run over the whole page, reads the rates in
 * their line right (and the Chinese around them as noise digits), giving each character's box. So a
 * rate the first pass did not read cleanly takes the second look's rate that overlaps its box; the
 * word keeps the Chinese punctuation after it. An amount takes the second look's digits inside its
 * box when they have the first reading's shape, else keeps the first reading with look-alike letters
 * put back to digits. Words holding Chinese are left as read.
 */
final class NumberSecondLook {
    /** What the second look may read: digits and the signs of amounts and rates. */
    static final String ALPHABET = "0123456789.,%-";
    /** A word worth a second look: digits and signs, no Chinese (3,186.13 · 20.5$19%4 · 1.87%。). */
    private static final Pattern NUMERIC_WORD = Pattern.compile("[\\p{Punct}\\d％。；，、：（）]*\\d[\\p{Punct}\\d％。；，、：（）]*");
    /** Sentence punctuation a number word ends with, kept after the corrected digits. */
    private static final Pattern TRAILING_MARKS = Pattern.compile("[。；，、：;:）)]+$");
    /** A rate as the second look reads it: 20.51% · 0.2% · 100%; digits before it from the Chinese are noise, cut at one leading 0 or 1–3 digits. */
    private static final Pattern RATE = Pattern.compile("(?:0|[1-9]\\d{0,2})(?:\\.\\d+)?%");
    /**
     * A rate as disclosures print it, read cleanly by the first pass: 1.87%。 · 99.79%； · 100% — kept
     * (the second look sometimes drops the point: 187%). Three decimals (11.119%) is a garbled sign.
     */
    private static final Pattern PRINTED_RATE = Pattern.compile("(?:0|[1-9]\\d{0,2})(?:\\.\\d{1,2})?%[。；，、;,]?");
    /**
     * A rate whose percent sign the Chinese model read as one to three digits or look-alike letters, at
     * 150 dpi before a full-width semicolon: 0.21%； as 0.2194; · 20.51%； as 20.5194; · 15.16%； as 15.16o%0;.
     * Only a candidate: the digits-only look must read the rate there (see {@link #hiddenRate}).
     */
    private static final Pattern GARBLED_SIGN = Pattern.compile("\\d{1,3}\\.\\d{1,2}[\\d$SOoIl%]{1,3}[。；，、：;:,]?");
    /** Letters the Chinese model reads for digits inside a number, and the digits they stand for. */
    private static final String LOOKALIKES = "$SOoIl";
    private static final String DIGITS = "550011";
    /** A percent sign the first pass cut off lies just right of its box: look this share of the height further. */
    private static final double RIGHT_REACH = 0.4;

    /** One character of the second look, its box in pixels from the top-left corner. */
    record Glyph(String text, int left, int top, int right, int bottom) {
        double centreX() {
            return (left + right) / 2.0;
        }

        double centreY() {
            return (top + bottom) / 2.0;
        }
    }

    private NumberSecondLook() {
    }

    /** Tesseract's box file (char left bottom right top page, from the bottom-left corner) as glyphs. */
    static List<Glyph> glyphs(String boxFile, int pictureHeight) {
        List<Glyph> glyphs = new ArrayList<>();
        for (String row : boxFile.split("\\R")) {
            String[] cells = row.split(" ");
            if (cells.length < 6 || cells[0].isEmpty()) {
                continue;
            }
            int left = Integer.parseInt(cells[1]);
            int bottom = Integer.parseInt(cells[2]);
            int right = Integer.parseInt(cells[3]);
            int top = Integer.parseInt(cells[4]);
            glyphs.add(new Glyph(cells[0], left, pictureHeight - top, right, pictureHeight - bottom));
        }
        return glyphs;
    }

    /** The first pass's page with each number word's rate read again from the second look. */
    static RecognizedPage correct(RecognizedPage first, List<Glyph> glyphs) {
        List<Word> corrected = new ArrayList<>(first.words().size());
        for (Word word : first.words()) {
            boolean numeric = NUMERIC_WORD.matcher(word.text()).matches();
            boolean garbledSign = GARBLED_SIGN.matcher(word.text()).matches();
            Word hidden = garbledSign && !PRINTED_RATE.matcher(word.text()).matches() ? hiddenRate(word, glyphs) : null;
            if (hidden != null) {
                corrected.add(hidden);
            } else if (!numeric) {
                corrected.add(word);
            } else if (word.text().contains("%") && !PRINTED_RATE.matcher(word.text()).matches()) {
                corrected.add(rate(word, glyphs));
            } else {
                corrected.add(amount(amountShape(word, glyphs)));
            }
        }
        return new RecognizedPage(corrected);
    }

    /**
     * A number whose rate sign the Chinese model garbled ({@link #GARBLED_SIGN}) becomes the rate the
     * digits-only look reads on it, when exactly one of that look's rates on the word is the word's own
     * digits, point and decimals, followed in the first reading by one to three garbled signs (0.2194; and
     * 50.21%: 0.21%). The digits are those both looks read; only the sign is the digits-only look's; no
     * match, or two, and the word goes on as before.
     */
    private static Word hiddenRate(Word word, List<Glyph> glyphs) {
        Matcher marks = TRAILING_MARKS.matcher(word.text());
        String core = marks.find() ? word.text().substring(0, marks.start()) : word.text();
        String found = null;
        for (String rate : ratesOn(word, glyphs)) {
            String digits = rate.substring(0, rate.length() - 1);
            int garbled = core.length() - digits.length();
            if (digits.indexOf('.') > 0 && core.startsWith(digits) && garbled >= 1 && garbled <= 3) {
                if (found != null && !found.equals(rate)) {
                    return null;
                }
                found = rate;
            }
        }
        return found == null ? null : new Word(found + word.text().substring(core.length()), word.left(), word.top(),
                word.right(), word.bottom(), word.confidence());
    }

    /**
     * An amount keeps the first reading (the second look runs 万元 into its digits as 77), with the
     * letters the Chinese model takes digits for put back: $6.95 → 56.95.
     */
    /**
     * An amount takes the second look's digits inside its box when they have the same shape (digits,
     * separators and point in the same places: 2,330.91 and 2,336.91): the Chinese model misreads the
     * digits of some table fonts (5 as 3, 6 as 0). A reading of another shape (万元 run in as 77) is not taken.
     */
    private static Word amountShape(Word word, List<Glyph> glyphs) {
        Matcher marks = TRAILING_MARKS.matcher(word.text());
        String core = marks.find() ? word.text().substring(0, marks.start()) : word.text();
        String digits = sameShapeIn(readIn(word, glyphs, 0), core);
        if (digits == null && word.confidence() < DigitStrip.DOUBTFUL
                && core.chars().noneMatch(c -> LOOKALIKES.indexOf(c) >= 0)) {
            // the Chinese model's box may sit off the digits (231.25 at 0.47, boxed from the middle of the 2 of
            // 251.25); not for a sure reading (4896.98 at 0.92: the digits-only look read 4869.98 around it), nor
            // for a word whose look-alikes read the digit (21$2.26: 2152.26; the digits-only look read 2125.26)
            digits = sameShapeIn(readIn(word, glyphs, RIGHT_REACH * (word.bottom() - word.top())), core);
        }
        if (digits == null || digits.equals(core)) {
            return word;
        }
        return new Word(digits + word.text().substring(core.length()), word.left(), word.top(), word.right(),
                word.bottom(), word.confidence());
    }

    /** The second look's glyphs with their centres in the word's box, widened left and right by {@code reach}. */
    private static String readIn(Word word, List<Glyph> glyphs, double reach) {
        StringBuilder read = new StringBuilder();
        glyphs.stream().filter(g -> g.centreX() >= word.left() - reach && g.centreX() <= word.right() + reach
                        && g.centreY() >= word.top() && g.centreY() <= word.bottom())
                .sorted(Comparator.comparingInt(Glyph::left)).forEach(g -> read.append(g.text()));
        return read.toString();
    }

    private static String sameShapeIn(String read, String core) {
        return sameShape(read, core) ? read : inner(read, core);
    }

    /**
     * The one stretch of the second look's reading that has the first reading's shape, when the box
     * took in more (万元 after the digits read as 77: 1560.0577 for 1360.05). Only a shape with a point
     * or a separator anchors the stretch (a bare 0 inside 077 could be any of its digits); none or two
     * such stretches give null.
     */
    static String inner(String read, String core) {
        String wanted = shape(core);
        if (wanted.indexOf('d') < 0 || wanted.replace("d", "").isEmpty() || read.length() <= core.length()) {
            return null;
        }
        String found = null;
        for (int from = 0; from + core.length() <= read.length(); from++) {
            String stretch = read.substring(from, from + core.length());
            if (shape(stretch).equals(wanted)) {
                if (found != null) {
                    return null;
                }
                found = stretch;
            }
        }
        return found;
    }

    /** Same shape, or the same integer part where the first reading has a stray third decimal (84.653 for 84.65). */
    private static boolean sameShape(String second, String first) {
        String a = shape(second);
        String b = shape(first);
        return a.equals(b) || a.endsWith(".dd") && b.endsWith(".ddd") && b.startsWith(a);
    }

    /** Digits as d, the letters the Chinese model reads for digits ($6.95) counted as digits. */
    private static String shape(String number) {
        return number.replaceAll("[\\d$SOoIl]", "d"); // LOOKALIKES
    }

    private static int commonPrefix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
            n++;
        }
        return n;
    }

    private static Word amount(Word word) {
        StringBuilder text = new StringBuilder(word.text().length());
        for (char c : word.text().toCharArray()) {
            int look = LOOKALIKES.indexOf(c);
            text.append(look < 0 ? c : DIGITS.charAt(look));
        }
        return text.toString().equals(word.text()) ? word
                : new Word(text.toString(), word.left(), word.top(), word.right(), word.bottom(), word.confidence());
    }

    /**
     * A rate is the second look's rate (a number ending in %) on the word's line that overlaps the
     * word's box, the most like the first reading (its digits before the garbled sign); without one,
     * the first reading stays.
     */
    private static Word rate(Word word, List<Glyph> glyphs) {
        String first = word.text();
        String best = null;
        int bestScore = -1;
        for (String rate : ratesOn(word, glyphs)) {
            int score = commonPrefix(rate, first);
            if (score > bestScore) {
                bestScore = score;
                best = rate;
            }
        }
        if (best == null) {
            return word;
        }
        Matcher marks = TRAILING_MARKS.matcher(word.text());
        String corrected = best + (marks.find() ? marks.group() : "");
        return corrected.equals(word.text()) ? word
                : new Word(corrected, word.left(), word.top(), word.right(), word.bottom(), word.confidence());
    }

    /**
     * Every rate the second look reads on the word's line overlapping the word's box (a little to its
     * right too: the first pass may cut the sign off), from every start: the Chinese before a rate reads
     * as noise digits (占 as 7, so 50.21% holds 50.21% and 0.21%). In reading order.
     */
    private static List<String> ratesOn(Word word, List<Glyph> glyphs) {
        double reach = RIGHT_REACH * (word.bottom() - word.top());
        List<Glyph> line = glyphs.stream().filter(g -> g.centreY() >= word.top() && g.centreY() <= word.bottom())
                .sorted(Comparator.comparingInt(Glyph::left)).toList();
        StringBuilder text = new StringBuilder();
        for (Glyph glyph : line) {
            text.append(glyph.text().charAt(0));
        }
        List<String> rates = new ArrayList<>();
        for (int from = 0; from < text.length(); from++) {
            Matcher rate = RATE.matcher(text).region(from, text.length());
            if (!rate.lookingAt()) {
                continue;
            }
            double left = line.get(rate.start()).left();
            double right = line.get(rate.end() - 1).right();
            if (Math.min(right, word.right() + reach) - Math.max(left, word.left() - reach) > 0) {
                rates.add(rate.group());
            }
        }
        return rates;
    }
}
