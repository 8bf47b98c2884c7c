package org.juesuan.extract.figures;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.juesuan.model.FigureKind;

/**
 * The claims made so far on one text (one per call of the finder, never shared): the folded text
 * with every claimed char masked out, and the figures found, whose raw text is cut from the
 * original at the same offsets.
 */
final class ClaimMask {

    /** Stands in for a claimed char; no pattern matches it (not a digit, space or unit). */
    static final char MASKED = '\uFFFF';

    private final String original;
    private final String folded;
    private final char[] unclaimed;
    /** {@link #unclaimed} as a string, made again only after a claim changed it (null until then). */
    private String unclaimedText;
    private final List<FoundFigure> figures = new ArrayList<>();

    ClaimMask(String original, String folded) {
        if (original.length() != folded.length()) {
            throw new IllegalArgumentException("folded text must keep the original's length");
        }
        this.original = original;
        this.folded = folded;
        this.unclaimed = folded.toCharArray();
        this.unclaimedText = folded;
    }

    /** The folded text with claimed chars replaced by {@link #MASKED}. */
    String unclaimedText() {
        if (unclaimedText == null) {
            unclaimedText = new String(unclaimed);
        }
        return unclaimedText;
    }

    /** Whether the folded text has what a pattern needs; claiming only removes chars, never adds. */
    boolean has(TextNeeds needs) {
        return needs.metBy(folded);
    }

    /** Claims a non-figure (a date, a list number, a table name); false if it overlaps a claim. */
    boolean claimSilently(int start, int end) {
        if (!isFree(start, end)) {
            return false;
        }
        for (int i = start; i < end; i++) {
            unclaimed[i] = MASKED;
        }
        unclaimedText = null;
        return true;
    }

    /** Claims a figure; false, and nothing recorded, if it overlaps an earlier claim. */
    boolean claimFigure(int start, int end, FigureKind kind, NumberText number, String unit) {
        if (!claimSilently(start, end)) {
            return false;
        }
        figures.add(new FoundFigure(kind, original.substring(start, end), number.value(), number.decimals(),
                unit, start, end));
        return true;
    }

    /** The figures claimed, in text order. */
    List<FoundFigure> figures() {
        List<FoundFigure> sorted = new ArrayList<>(figures);
        sorted.sort(Comparator.comparingInt(FoundFigure::start));
        return List.copyOf(sorted);
    }

    private boolean isFree(int start, int end) {
        if (start < 0 || end > unclaimed.length || start >= end) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
        for (int i = start; i < end; i++) {
            if (unclaimed[i] == MASKED) {
                return false;
            }
        }
        return true;
    }
}
