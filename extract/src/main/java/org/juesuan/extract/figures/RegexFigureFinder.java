package org.juesuan.extract.figures;

import java.util.List;
import java.util.Objects;

/**
 * Finds figures with named regex claimers run in a fixed order over one claim mask: markup,
 * codes, dates, references, then years, percents, amounts and counts. A later claimer never
 * takes part of an earlier claim, so 2021年 is never a count and 2011101 never anything but a
 * code. Matching runs on the {@linkplain TextFolder folded} text; the raw text of each figure is
 * cut from the original at the same offsets.
 */
public final class RegexFigureFinder implements FigureFinder {

    private final List<Claimer> claimers = List.of(
            new MarkupClaimer(),
            new CodeClaimer(),
            new DateClaimer(),
            new ReferenceClaimer(),
            new YearClaimer(),
            new PercentClaimer(),
            new AmountClaimer(),
            new CountClaimer());

    @Override
    public List<FoundFigure> find(String text) {
        Objects.requireNonNull(text, "text");
        ClaimMask mask = new ClaimMask(text, TextFolder.fold(text));
        for (Claimer claimer : claimers) {
            claimer.claimIn(mask);
        }
        return mask.figures();
    }
}
