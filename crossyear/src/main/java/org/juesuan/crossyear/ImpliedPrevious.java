package org.juesuan.crossyear;

import java.util.List;
import org.juesuan.model.Evidence;

/**
 * The previous year's figure a document gives for one line: this year's value minus its stated change, or
 * a previous-year value it states outright (上年收入、支出总计均为3052.34万元).
 *
 * @param metric    the line (canonical metric name)
 * @param amount    the previous year's amount the arithmetic gives, in 万元
 * @param reasoning how it was derived, in Chinese (15621.11万元，比上年减少876.75万元)
 * @param stated    what the sentence states, as printed (the change)
 * @param evidence  the sentence
 * @param figureIds the figures involved (this year's value and the change, or the stated previous-year value)
 * @param explicit  whether the document states the previous-year value itself rather than a change
 */
public record ImpliedPrevious(String metric, Amount amount, String reasoning, String stated, Evidence evidence,
                       List<String> figureIds, boolean explicit) {
    public ImpliedPrevious {
        figureIds = List.copyOf(figureIds);
    }

    /** A previous-year figure derived from this year's value and its change. */
    public ImpliedPrevious(String metric, Amount amount, String reasoning, String stated, Evidence evidence,
                           List<String> figureIds) {
        this(metric, amount, reasoning, stated, evidence, figureIds, false);
    }
}
