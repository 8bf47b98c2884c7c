package org.juesuan.extract.tables.grid;

import java.util.ArrayList;
import java.util.List;

/** Grid edges: positions of rulings clustered into edges, and which slot between edges a point is in. */
final class Edges {
    private Edges() {
    }

    /** Sorted positions, those within {@link RulingSegments#SAME_LINE} of the previous merged into their mean. */
    static List<Double> cluster(List<Double> positions) {
        List<Double> sorted = new ArrayList<>(positions);
        sorted.sort(null);
        List<Double> edges = new ArrayList<>();
        double sum = 0;
        int count = 0;
        double last = Double.NaN;
        for (double p : sorted) {
            if (count > 0 && p - last > RulingSegments.SAME_LINE) {
                edges.add(sum / count);
                sum = 0;
                count = 0;
            }
            sum += p;
            count++;
            last = p;
        }
        if (count > 0) {
            edges.add(sum / count);
        }
        return edges;
    }

    /** The index of the slot between two consecutive edges holding the position, or -1 outside. */
    static int slot(List<Double> edges, double position) {
        if (edges.isEmpty() || position < edges.get(0) || position > edges.get(edges.size() - 1)) {
            return -1;
        }
        for (int i = 0; i + 1 < edges.size(); i++) {
            if (position <= edges.get(i + 1)) {
                return i;
            }
        }
        return edges.size() - 2;
    }
}
