package org.juesuan.extract.ocr;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.juesuan.extract.parse.RecognizedPage;
import org.juesuan.extract.parse.RecognizedPage.Word;

/**
 * Joins a number the Chinese model cut at its decimal point. It reads 9746.50 as two words, 9746. and
 * 50, as if a space followed the point (100.00% as 100. and 00%); the figure reader then sees 50 万元,
 * and the second look at rates glues a rate read again onto the first half (100.0.00%). A word ending
 * in a digit and a point, followed on its line and within one and a half characters by a word starting with
 * a digit, is one number: Chinese sentences end with 。, never with a point before digits. The joined
 * word keeps the lesser confidence of its halves.
 */
final class SplitDecimals {
    /** The first half: ends with a digit and a point (9746. · 占100.). */
    private static final Pattern BEFORE_POINT = Pattern.compile(".*\\d\\.");
    /**
     * The second half: starts with the one or two decimals disclosures print (50万元 · 00%；), not with a
     * year or a date (a list item 1. 2024年… stays apart).
     */
    private static final Pattern AFTER_POINT = Pattern.compile("\\d{1,2}(?![\\d年月日]).*");
    /**
     * The widest gap between the halves, as a share of their height, i.e. in widths of a Chinese
     * character (a digit is about half as wide): 1.5, as the recogniser's boxes sometimes leave more
     * than one character between the point and its decimals; what keeps a list number (1.) and a
     * year apart is the shape of the halves, not the gap.
     */
    private static final double GAP = 1.5;

    private SplitDecimals() {
    }

    static RecognizedPage join(RecognizedPage page) {
        List<Word> words = page.words();
        List<Word> joined = new ArrayList<>(words.size());
        for (Word word : words) {
            Word last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            if (last != null && halves(last, word)) {
                joined.set(joined.size() - 1, new Word(last.text() + word.text(), last.left(),
                        Math.min(last.top(), word.top()), word.right(), Math.max(last.bottom(), word.bottom()),
                        Math.min(last.confidence(), word.confidence())));
            } else {
                joined.add(word);
            }
        }
        return joined.size() == words.size() ? page : new RecognizedPage(joined);
    }

    /** Whether two words in reading order are the two halves of one number cut after its point. */
    private static boolean halves(Word first, Word second) {
        if (!BEFORE_POINT.matcher(first.text()).matches() || !AFTER_POINT.matcher(second.text()).matches()) {
            return false;
        }
        int height = Math.max(first.bottom() - first.top(), second.bottom() - second.top());
        double centre = (second.top() + second.bottom()) / 2.0;
        int gap = second.left() - first.right();
        return centre >= first.top() && centre <= first.bottom() && gap >= -height / 4 && gap <= GAP * height;
    }
}
