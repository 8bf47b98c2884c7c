package org.juesuan.extract.statements;

import java.util.ArrayList;
import java.util.List;
import org.juesuan.extract.figures.TextFolder;
import org.juesuan.model.Figure;
import org.juesuan.model.FigureKind;

/**
 * A sentence with each figure replaced by one marker character of its kind, so the statement
 * patterns read like the grammar they describe: {@code 机关运行经费支出Ａ，比Ｙ增加Ａ，增长Ｐ}.
 * (The markers are private-use characters, shown here as Ａ Ｐ Ｃ Ｙ Ｋ.) The text is folded one
 * character to one first — traditional to simplified (增長 → 增长), full-width to ASCII — so the
 * patterns see one spelling and offsets stay those of the printed sentence.
 */
public final class MaskedSentence {
    public static final char AMOUNT = '\uE001';
    public static final char PERCENT = '\uE002';
    public static final char COUNT = '\uE003';
    public static final char YEAR = '\uE004';
    public static final char CODE = '\uE005';

    private final Sentence sentence;
    private final String folded;
    private final String masked;
    /** For each masked position holding a marker, the figure; null elsewhere. */
    private final List<Figure> figureAt;
    /** For each masked position, the offset in the sentence it comes from. */
    private final int[] origin;

    public MaskedSentence(Sentence sentence) {
        this.sentence = sentence;
        this.folded = TextFolder.fold(sentence.text());
        StringBuilder text = new StringBuilder();
        List<Figure> at = new ArrayList<>();
        List<Integer> from = new ArrayList<>();
        int position = 0;
        for (Figure figure : sentence.figures()) {
            int figureStart = figure.start() - sentence.start();
            for (; position < figureStart; position++) {
                text.append(folded.charAt(position));
                at.add(null);
                from.add(position);
            }
            text.append(marker(figure.kind()));
            at.add(figure);
            from.add(figureStart);
            position = figure.end() - sentence.start();
        }
        for (; position < sentence.text().length(); position++) {
            text.append(folded.charAt(position));
            at.add(null);
            from.add(position);
        }
        this.masked = text.toString();
        this.figureAt = at;
        this.origin = from.stream().mapToInt(Integer::intValue).toArray();
    }

    public Sentence sentence() {
        return sentence;
    }

    /** The masked text. */
    public String text() {
        return masked;
    }

    /** The figure at a masked position (a marker), or null. */
    public Figure figureAt(int index) {
        return index >= 0 && index < figureAt.size() ? figureAt.get(index) : null;
    }

    /** The whole sentence, folded (simplified characters, ASCII digits and signs), same length as printed. */
    public String folded() {
        return folded;
    }

    /** The folded sentence text between two masked positions, figures restored. */
    public String folded(int from, int to) {
        if (from >= to) {
            return "";
        }
        int end = to >= origin.length ? folded.length() : origin[to];
        return folded.substring(origin[from], Math.max(origin[from], end));
    }

    private static char marker(FigureKind kind) {
        return switch (kind) {
            case AMOUNT -> AMOUNT;
            case PERCENT -> PERCENT;
            case COUNT -> COUNT;
            case YEAR -> YEAR;
            case CODE -> CODE;
        };
    }
}
