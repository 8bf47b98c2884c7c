package org.juesuan.extract.ocr;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.juesuan.extract.parse.RecognizedPage;
import org.juesuan.extract.parse.RecognizedPage.Word;

/**
 * Puts back the leading digits of a number that the Chinese model read as look-alike signs: on the
 * finance bureau's page 23 it reads 598.42万元 as S$98.42万元 (one 5 as two signs), and the figure
 * reader then takes 98.42 万元. The digits-only look reads the same line as 598.42 (then 万元 as 77).
 * So where look-alikes stand right before a number's digits, the digits-only look's glyphs on the
 * word's line and inside its box are searched for those digits exactly; the digits it read just
 * before them replace the look-alikes, when there are at least one and no more than look-alikes
 * (a longer run is the Chinese before the number read as noise). Nothing is filled that the
 * digits-only look did not read; without a single clean match the word stays as it was.
 */
final class LookalikeFill {
    /**
     * Look-alikes right before digits, not after a digit: S$98.42 · O5.20 · l2.5; the digits keep
     * their separators and point (98.42 · 1,250.00).
     */
    private static final Pattern LOOKALIKE_NUMBER = Pattern.compile("(?<![\\d.,])([$SOoIlB]+)(\\d[\\d,]*(?:\\.\\d+)?)");

    private LookalikeFill() {
    }

    /** The page with the look-alike leading digits of its numbers filled from the digits-only look. */
    static RecognizedPage fill(RecognizedPage page, List<NumberSecondLook.Glyph> glyphs) {
        List<Word> filled = new ArrayList<>(page.words().size());
        boolean changed = false;
        for (Word word : page.words()) {
            Word after = fill(word, glyphs);
            changed |= after != word;
            filled.add(after);
        }
        return changed ? new RecognizedPage(filled) : page;
    }

    private static Word fill(Word word, List<NumberSecondLook.Glyph> glyphs) {
        Matcher number = LOOKALIKE_NUMBER.matcher(word.text());
        if (!number.find()) {
            return word;
        }
        String read = line(word, glyphs);
        String digits = number.group(2);
        int at = read.indexOf(digits);
        if (at < 0 || read.indexOf(digits, at + 1) >= 0) {
            return word;
        }
        int from = at;
        while (from > 0 && Character.isDigit(read.charAt(from - 1))) {
            from--;
        }
        int seen = at - from;
        if (seen < 1 || seen > number.group(1).length()) {
            return word;
        }
        String text = word.text().substring(0, number.start(1)) + read.substring(from, at)
                + word.text().substring(number.start(2));
        return new Word(text, word.left(), word.top(), word.right(), word.bottom(), word.confidence());
    }

    /** The digits-only look's glyphs with their centres inside the word's box, left to right. */
    private static String line(Word word, List<NumberSecondLook.Glyph> glyphs) {
        StringBuilder read = new StringBuilder();
        glyphs.stream().filter(g -> g.centreX() >= word.left() && g.centreX() <= word.right()
                        && g.centreY() >= word.top() && g.centreY() <= word.bottom())
                .sorted(Comparator.comparingInt(NumberSecondLook.Glyph::left)).forEach(g -> read.append(g.text()));
        return read.toString();
    }
}
