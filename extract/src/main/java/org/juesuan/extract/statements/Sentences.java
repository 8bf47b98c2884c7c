package org.juesuan.extract.statements;

import java.util.ArrayList;
import java.util.List;
import org.juesuan.model.Block;
import org.juesuan.model.BlockKind;
import org.juesuan.model.Disclosure;
import org.juesuan.model.Figure;

/** Splits the running text (paragraphs, not tables or the contents) into sentences at 。！？. */
public final class Sentences {
    private Sentences() {
    }

    public static List<Sentence> of(Disclosure disclosure) {
        List<Sentence> sentences = new ArrayList<>();
        List<Figure> figures = disclosure.figures();
        int next = 0;
        for (int b = 0; b < disclosure.blocks().size(); b++) {
            Block block = disclosure.blocks().get(b);
            if (block.kind() != BlockKind.PARAGRAPH && block.kind() != BlockKind.HEADING) {
                continue;
            }
            String text = block.text();
            int from = 0;
            for (int i = 0; i <= text.length(); i++) {
                boolean end = i == text.length() || "。！？!?".indexOf(text.charAt(i)) >= 0;
                if (!end) {
                    continue;
                }
                int to = Math.min(text.length(), i + 1);
                if (text.substring(from, to).isBlank()) {
                    from = to;
                    continue;
                }
                int start = block.start() + from;
                int stop = block.start() + to;
                List<Figure> inside = new ArrayList<>();
                while (next < figures.size() && figures.get(next).start() < start) {
                    next++;
                }
                for (int f = next; f < figures.size() && figures.get(f).start() < stop; f++) {
                    inside.add(figures.get(f));
                }
                sentences.add(new Sentence(text.substring(from, to), start, stop, block.page(), block.sectionId(), b, inside));
                from = to;
            }
        }
        return sentences;
    }
}
