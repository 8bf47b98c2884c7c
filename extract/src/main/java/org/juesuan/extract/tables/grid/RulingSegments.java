package org.juesuan.extract.tables.grid;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Cleans a page's rulings: pieces of one line (a border drawn cell by cell, or twice) become one
 * segment. Two horizontal pieces are one line when they lie on the same y within {@link #SAME_LINE}
 * and touch or overlap within {@link #JOIN_GAP}; likewise vertical ones.
 */
final class RulingSegments {
    /** Rulings closer than this (points) are the same line: double borders, rounding of coordinates. */
    static final double SAME_LINE = 2.0;
    /** Collinear pieces this close (points) are joined. */
    static final double JOIN_GAP = 2.5;
    /** Segments shorter than this (points) are ticks, not borders. */
    private static final double SHORTEST = 4.0;

    private RulingSegments() {
    }

    static List<Ruling> horizontals(List<Ruling> rulings) {
        List<Ruling> pieces = rulings.stream().filter(Ruling::isHorizontal)
                .sorted(Comparator.comparingDouble(Ruling::top).thenComparingDouble(Ruling::left)).toList();
        List<Ruling> merged = new ArrayList<>();
        for (Ruling piece : pieces) {
            int into = -1;
            for (int i = merged.size() - 1; i >= 0 && into < 0; i--) {
                Ruling m = merged.get(i);
                if (piece.top() - m.top() > SAME_LINE) {
                    break;
                }
                if (piece.left() <= m.right() + JOIN_GAP && piece.right() >= m.left() - JOIN_GAP) {
                    into = i;
                }
            }
            if (into < 0) {
                merged.add(piece);
            } else {
                Ruling m = merged.get(into);
                merged.set(into, Ruling.horizontal(m.top(), Math.min(m.left(), piece.left()), Math.max(m.right(), piece.right())));
            }
        }
        return merged.stream().filter(r -> r.length() >= SHORTEST).toList();
    }

    static List<Ruling> verticals(List<Ruling> rulings) {
        List<Ruling> turned = rulings.stream().filter(Ruling::isVertical)
                .map(r -> Ruling.horizontal(r.left(), r.top(), r.bottom())).toList();
        return horizontals(turned).stream().map(r -> Ruling.vertical(r.top(), r.left(), r.right())).toList();
    }
}
