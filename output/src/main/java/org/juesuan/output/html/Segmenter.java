package org.juesuan.output.html;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Cuts a piece of text into runs at every mark boundary, so overlapping marks (a figure inside an
 * evidence sentence, two findings on one sentence) nest without building overlapping HTML elements.
 */
final class Segmenter {
    private Segmenter() {
    }

    /**
     * @param text    the piece of text
     * @param offset  where it starts in the document text; marks and positions are absolute
     * @param marks   spans to mark; parts outside the piece are ignored
     * @param anchors finding ids by the position their anchor goes before
     * @param refs    finding ids by the position their back link goes after
     */
    static List<Segment> cut(String text, int offset, List<Mark> marks, Map<Integer, List<String>> anchors,
                             Map<Integer, List<String>> refs) {
        int end = offset + text.length();
        if (text.isEmpty()) {
            return List.of(new Segment("", null, null, anchors.getOrDefault(offset, List.of()),
                    refs.getOrDefault(offset, List.of())));
        }
        TreeSet<Integer> cuts = new TreeSet<>(List.of(offset, end));
        for (Mark mark : marks) {
            cuts.add(clamp(mark.start(), offset, end));
            cuts.add(clamp(mark.end(), offset, end));
        }
        anchors.keySet().forEach(p -> cuts.add(clamp(p, offset, end)));
        refs.keySet().forEach(p -> cuts.add(clamp(p, offset, end)));
        List<Segment> segments = new ArrayList<>();
        Integer from = cuts.first();
        for (Integer to = cuts.higher(from); to != null; from = to, to = cuts.higher(to)) {
            segments.add(segment(text.substring(from - offset, to - offset), from, to, marks, anchors, refs));
        }
        return segments;
    }

    private static Segment segment(String text, int from, int to, List<Mark> marks, Map<Integer, List<String>> anchors,
                                   Map<Integer, List<String>> refs) {
        Set<String> css = new LinkedHashSet<>();
        Set<String> titles = new LinkedHashSet<>();
        for (Mark mark : marks) {
            if (mark.start() <= from && to <= mark.end() && mark.start() < mark.end()) {
                css.add(mark.css());
                if (mark.title() != null) {
                    titles.add(mark.title());
                }
            }
        }
        return new Segment(text, css.isEmpty() ? null : String.join(" ", css),
                titles.isEmpty() ? null : String.join("；", titles),
                anchors.getOrDefault(from, List.of()), refs.getOrDefault(to, List.of()));
    }

    private static int clamp(int value, int low, int high) {
        return Math.max(low, Math.min(high, value));
    }
}
