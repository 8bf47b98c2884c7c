package org.juesuan.extract.tables.grid;

import java.util.ArrayList;
import java.util.List;

/**
 * Horizontal and vertical rulings that cross or touch one another: the frame of one table. A page
 * holds as many regions as it prints separately ruled tables (or boxes).
 */
record RuledRegion(List<Ruling> horizontals, List<Ruling> verticals) {
    /** A crossing may miss by this much (points): borders stop short of the frame, or overshoot it. */
    static final double TOUCH = 2.5;

    RuledRegion {
        horizontals = List.copyOf(horizontals);
        verticals = List.copyOf(verticals);
    }

    double left() {
        return horizontals.stream().mapToDouble(Ruling::left).min().orElse(0);
    }

    double right() {
        return horizontals.stream().mapToDouble(Ruling::right).max().orElse(0);
    }

    double top() {
        return verticals.stream().mapToDouble(Ruling::top).min().orElse(0);
    }

    double bottom() {
        return verticals.stream().mapToDouble(Ruling::bottom).max().orElse(0);
    }

    boolean contains(double x, double y) {
        return x >= left() - TOUCH && x <= right() + TOUCH && y >= top() - TOUCH && y <= bottom() + TOUCH;
    }

    /** Groups a page's cleaned rulings into regions of rulings that touch. */
    static List<RuledRegion> of(List<Ruling> horizontals, List<Ruling> verticals) {
        int n = horizontals.size() + verticals.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int h = 0; h < horizontals.size(); h++) {
            for (int v = 0; v < verticals.size(); v++) {
                if (touch(horizontals.get(h), verticals.get(v))) {
                    union(parent, h, horizontals.size() + v);
                }
            }
        }
        List<List<Ruling>> hs = new ArrayList<>();
        List<List<Ruling>> vs = new ArrayList<>();
        int[] slot = new int[n];
        java.util.Arrays.fill(slot, -1);
        for (int i = 0; i < n; i++) {
            int root = find(parent, i);
            if (slot[root] < 0) {
                slot[root] = hs.size();
                hs.add(new ArrayList<>());
                vs.add(new ArrayList<>());
            }
            if (i < horizontals.size()) {
                hs.get(slot[root]).add(horizontals.get(i));
            } else {
                vs.get(slot[root]).add(verticals.get(i - horizontals.size()));
            }
        }
        List<RuledRegion> regions = new ArrayList<>();
        for (int i = 0; i < hs.size(); i++) {
            if (hs.get(i).size() >= 2 && vs.get(i).size() >= 2) {
                regions.add(new RuledRegion(hs.get(i), vs.get(i)));
            }
        }
        return regions;
    }

    private static boolean touch(Ruling h, Ruling v) {
        return v.left() >= h.left() - TOUCH && v.left() <= h.right() + TOUCH
                && h.top() >= v.top() - TOUCH && h.top() <= v.bottom() + TOUCH;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        parent[find(parent, a)] = find(parent, b);
    }
}
