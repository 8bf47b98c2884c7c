package org.juesuan.extract.statements;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.juesuan.extract.statements.Claims.Component;
import org.juesuan.extract.statements.Claims.ComponentList;
import org.juesuan.model.Figure;
import org.juesuan.model.FigureKind;

/**
 * Binds totals to their components: total，其中：A a，占p；B b，占q · 主要用于以下方面: · 具体内容包括：1.… 2.… ·
 * a total that ends its paragraph with 其中： and is itemised in the following paragraphs.
 */
final class ListBinder {
    private static final String FIGURE = "[" + MaskedSentence.AMOUNT + MaskedSentence.COUNT + "]";
    /** A total, then the words that open its itemisation. */
    private static final Pattern OPENING = Pattern.compile("(?<total>" + FIGURE + ")[^" + MaskedSentence.AMOUNT
            + MaskedSentence.COUNT + "]{0,40}?(?<word>其中|主要用于以下方面|主要用于|具体内容包括|具体包括|分别为|主要包括)[:：，,]?");
    /** A sentence that itemises the previous sentence's total: 其中：基本支出拨款155.30万元、… */
    private static final Pattern OPENS_WITH_ITEMS = Pattern.compile("^\\s*其中[:：，,]?");
    /** A continuation item: numbered (2.青川县…0.57万元) or a short name and its figure (公用经费25.50万元…). */
    private static final Pattern ITEM_LINE = Pattern.compile("^\\s*(?:\\d{1,2}[.、．]|[（(]\\d{1,2}[）)])?[^，。；" + MaskedSentence.AMOUNT
            + MaskedSentence.COUNT + "]{1,60}" + FIGURE);
    /** A numbered item: 2.青川县…, （2）…. */
    private static final Pattern NUMBERED = Pattern.compile("^\\s*(?:\\d{1,2}[.、．]|[（(]\\d{1,2}[）)])");
    /** Words that make a figure in a list something other than a component: changes and comparisons. */
    private static final Pattern NOT_A_COMPONENT = Pattern.compile("增加|减少|增长|下降|比|较|相比");
    /** The openings whose items may follow in the next sentences or paragraphs; 主要包括 lists words instead. */
    private static final Pattern CARRIES_ON = Pattern.compile("其中|具体内容包括|具体包括|分别为|主要用于以下方面");

    List<ComponentList> bind(List<MaskedSentence> sentences) {
        List<ComponentList> lists = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            MaskedSentence sentence = sentences.get(s);
            Matcher opening = OPENING.matcher(sentence.text());
            int itemsFrom;
            Figure total;
            String totalName;
            if (opening.find()) {
                int totalAt = opening.start("total");
                total = sentence.figureAt(totalAt);
                totalName = Clauses.subject(sentence, Clauses.startOf(sentence.text(), totalAt), totalAt);
                itemsFrom = opening.end();
            } else if (s > 0 && OPENS_WITH_ITEMS.matcher(sentence.text()).find() && sameBlock(sentences.get(s - 1), sentence)
                    && lastFigure(sentences.get(s - 1)) >= 0) {
                MaskedSentence previous = sentences.get(s - 1);
                int totalAt = lastFigure(previous);
                total = previous.figureAt(totalAt);
                totalName = Clauses.subject(previous, Clauses.startOf(previous.text(), totalAt), totalAt);
                if (NOT_A_COMPONENT.matcher(totalName).find()) {
                    continue; // …46.56万元，比上年预算增加25万元。其中：… itemises the 46.56, not the change
                }
                Matcher lead = OPENS_WITH_ITEMS.matcher(sentence.text());
                itemsFrom = lead.find() ? lead.end() : 0;
            } else {
                continue;
            }
            List<Component> components = new ArrayList<>(items(sentence, itemsFrom, total));
            boolean itemised = !components.isEmpty();
            boolean carriesOn = CARRIES_ON.matcher(sentence.text().substring(Math.max(0, itemsFrom - 10), itemsFrom)).find();
            // 2．公务用车…237万元。其中：运行维护费237万元… — a list inside numbered item 2 ends there: 3． is item 2's sibling.
            boolean insideNumbered = NUMBERED.matcher(sentence.text()).find()
                    || s > 0 && OPENS_WITH_ITEMS.matcher(sentence.text()).find() && NUMBERED.matcher(sentences.get(s - 1).text()).find();
            carriesOn = carriesOn && !(itemised && insideNumbered);
            for (int next = s + 1; carriesOn && next < sentences.size()
                    && continues(sentences.get(next), sentence, total.kind(), itemised); next++) {
                // 其中： inside a continued list itemises the item before it (公务用车购置及运行费…。其中：购置费…),
                // a subset of one part, not more parts of the total
                if (!OPENS_WITH_ITEMS.matcher(sentences.get(next).text()).find()) {
                    components.addAll(items(sentences.get(next), 0, total));
                }
            }
            if (!components.isEmpty()) {
                lists.add(new ComponentList(sentence.sentence(), totalName, total, components));
            }
        }
        return lists;
    }

    /**
     * A following sentence continues the list when it is an item line close by in the same section:
     * any item line when the opening sentence itemised nothing itself (…基本支出231.05万元，其中：), a
     * numbered one when it did (具体内容包括：1.…0.4万元。2.…0.57万元。).
     */
    private static boolean continues(MaskedSentence next, MaskedSentence opening, FigureKind kind, boolean itemised) {
        boolean near = Objects.equals(next.sentence().sectionId(), opening.sentence().sectionId());
        boolean fits = itemised ? NUMBERED.matcher(next.text()).find() : ITEM_LINE.matcher(next.text()).find();
        return near && fits && firstFigureKind(next) == kind;
    }

    private static List<Component> items(MaskedSentence sentence, int from, Figure total) {
        List<Component> components = new ArrayList<>();
        String masked = sentence.text();
        for (int[] chunk : chunks(masked, from, total.kind())) {
            int at = -1;
            for (int i = chunk[0]; i < chunk[1]; i++) {
                Figure figure = sentence.figureAt(i);
                if (figure != null && sameMeasure(figure, total) && !threshold(masked, i)) {
                    at = i;
                    break;
                }
            }
            if (at < 0) {
                continue;
            }
            String name = Clauses.subject(sentence, chunk[0], at);
            if (name.isEmpty() || NOT_A_COMPONENT.matcher(name).find()) {
                continue;
            }
            Figure share = null;
            for (int i = at + 1; i < chunk[1] && share == null; i++) {
                Figure figure = sentence.figureAt(i);
                boolean stated = figure != null && figure.kind() == FigureKind.PERCENT
                        && sentence.folded(at + 1, i).contains("占"); // not 完成预算100%
                share = stated ? figure : null;
            }
            components.add(new Component(name, sentence.figureAt(at), share));
        }
        return components;
    }

    /** Items are separated by ；, or by ，、 when a ；-separated part holds more than one figure of the kind. */
    private static List<int[]> chunks(String masked, int from, FigureKind kind) {
        List<int[]> chunks = new ArrayList<>();
        int start = from;
        for (int i = from; i <= masked.length(); i++) {
            if (i == masked.length() || "；;。".indexOf(masked.charAt(i)) >= 0) {
                splitFurther(masked, start, i, kind, chunks);
                start = i + 1;
            }
        }
        return chunks;
    }

    private static void splitFurther(String masked, int from, int to, FigureKind kind, List<int[]> chunks) {
        char marker = kind == FigureKind.AMOUNT ? MaskedSentence.AMOUNT : MaskedSentence.COUNT;
        long figures = masked.substring(from, to).chars().filter(c -> c == marker).count();
        if (figures <= 1) {
            chunks.add(new int[] {from, to});
            return;
        }
        int start = from;
        for (int i = from; i <= to; i++) {
            if (i == to || "，,、".indexOf(masked.charAt(i)) >= 0) {
                if (i > start) {
                    chunks.add(new int[] {start, i});
                }
                start = i + 1;
            }
        }
    }

    /** 单价50万元以上通用设备: a price threshold naming a kind of asset, not an amount of the list. */
    private static boolean threshold(String masked, int at) {
        return masked.substring(Math.max(0, at - 2), at).equals("单价") || masked.startsWith("以上", at + 1)
                || masked.startsWith("（含）以上", at + 1) || masked.startsWith("(含)以上", at + 1);
    }

    /** Components are measured as their total: money with money, 辆 with 辆, 人 with 人 or 名. */
    private static boolean sameMeasure(Figure figure, Figure total) {
        if (figure.kind() != total.kind()) {
            return false;
        }
        if (figure.kind() == FigureKind.AMOUNT) {
            return true;
        }
        return person(figure.unit()) && person(total.unit()) || figure.unit().equals(total.unit());
    }

    private static boolean person(String unit) {
        return unit.equals("人") || unit.equals("名");
    }

    private static boolean sameBlock(MaskedSentence a, MaskedSentence b) {
        return a.sentence().blockIndex() == b.sentence().blockIndex();
    }

    private static int lastFigure(MaskedSentence sentence) {
        String masked = sentence.text();
        return Math.max(masked.lastIndexOf(MaskedSentence.AMOUNT), masked.lastIndexOf(MaskedSentence.COUNT));
    }

    private static FigureKind firstFigureKind(MaskedSentence sentence) {
        for (int i = 0; i < sentence.text().length(); i++) {
            Figure figure = sentence.figureAt(i);
            if (figure != null && (figure.kind() == FigureKind.AMOUNT || figure.kind() == FigureKind.COUNT)) {
                return figure.kind();
            }
        }
        return null;
    }
}
