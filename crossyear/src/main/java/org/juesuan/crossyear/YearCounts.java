package org.juesuan.crossyear;

import java.util.List;
import java.util.Map;
import org.juesuan.model.Evidence;

/**
 * The 三公 counts one document states in its 三公 explanation: its own year's, by line, and the previous
 * year's it states (上年…2辆) or implies (3个，比上年增加1个). Counts are whole numbers: compared exactly.
 *
 * @param stated   this year's counts, by line
 * @param previous previous-year counts stated or implied
 */
public record YearCounts(Map<CountLine, List<StatedCount>> stated, List<PreviousCount> previous) {
    public static final YearCounts NONE = new YearCounts(Map.of(), List.of());

    public YearCounts {
        stated = stated == null ? Map.of() : Map.copyOf(stated);
        previous = previous == null ? List.of() : List.copyOf(previous);
    }

    /**
     * A count stated for the document's own year.
     *
     * @param line     the line
     * @param value    the count
     * @param raw      as printed (15辆)
     * @param evidence the sentence
     * @param source   the file of the document stating it
     */
    public record StatedCount(CountLine line, long value, String raw, Evidence evidence, String source) {
    }

    /**
     * The previous year's count a document gives for one line.
     *
     * @param line      the line
     * @param value     the count
     * @param reasoning how it was read, in Chinese (3个，比上年增加1个; 写明上年数2辆)
     * @param stated    what the sentence states, as printed
     * @param evidence  the sentence
     * @param figureIds the figures involved
     * @param explicit  whether the previous-year count is printed rather than implied by a change
     */
    public record PreviousCount(CountLine line, long value, String reasoning, String stated, Evidence evidence,
                                List<String> figureIds, boolean explicit) {
        public PreviousCount {
            figureIds = List.copyOf(figureIds);
        }
    }
}
