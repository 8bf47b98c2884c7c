package org.juesuan.crossyear;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.juesuan.model.Disclosure;
import org.juesuan.model.Evidence;
import org.juesuan.model.Figure;
import org.juesuan.model.FigureKind;
import org.juesuan.model.Section;

/**
 * Reads the 三公 counts a document states in its 三公 explanation, sentence by sentence: 组织因公出国（境）团组3个、
 * 累计12人次; 购置公务用车2辆; 公务用车保有量为15辆; 列明公务接待20批次、300人次，其中：接待外宾0批次、0人次; and the
 * previous year's — 上年公务用车保有量为14辆, or 15辆，比上年增加1辆 (current − change). Says nothing on any doubt: a
 * sentence with 分别, a count in a clause giving a reason (主要原因是2025年新增1辆公务用车购置), words naming two lines
 * or none, a change not right after the count it changes.
 */
final class CountReading {
    private static final Set<String> UNITS = Set.of("个", "团组", "人次", "辆", "批次");
    /** Ends a sentence: 。；！？ and a paragraph break. */
    private static final Pattern SENTENCE_END = Pattern.compile("[。；;！？\\n]");
    /** Starts a clause: ， ： (and their ASCII forms). */
    private static final Pattern CLAUSE_MARK = Pattern.compile("[，,：:]");
    /** Words that carry no topic or year: 、累计 between 团组3个 and 12人次, 、人次 between 20批次 and 300人次. */
    private static final Pattern CONNECTIVE = Pattern.compile("(?:[、\\s和及共]|累计|人次|批次)*");
    /** Anything that could give a count a year or make it a change (全年 does not). */
    private static final Pattern YEAR_WORDS = Pattern.compile("\\d{4}\\s*年|上年|上一年|去年|比|较|与|同比|同期|增|减|持平|上升|下降");
    private static final Pattern UP = Pattern.compile("增加|增长|上升|增多|多");
    private static final Pattern DOWN = Pattern.compile("减少|下降|降低|减|少");

    private enum Role { CURRENT, PREVIOUS, CHANGE }

    /** A count read so far in a sentence: what the next one may continue or change. */
    private record Read(Figure figure, CountLine line, Role role) {
    }

    private final Disclosure disclosure;
    private final DocumentIdentity identity;
    private final DocumentSections sections;
    private final Map<CountLine, List<YearCounts.StatedCount>> stated = new HashMap<>();
    private final List<YearCounts.PreviousCount> previous = new ArrayList<>();

    private CountReading(Disclosure disclosure, DocumentIdentity identity, DocumentSections sections) {
        this.disclosure = disclosure;
        this.identity = identity;
        this.sections = sections;
    }

    static YearCounts read(Disclosure disclosure, DocumentIdentity identity, DocumentSections sections) {
        CountReading reading = new CountReading(disclosure, identity, sections);
        for (Section section : reading.sections.threePublicExplanations()) {
            reading.section(section);
        }
        return new YearCounts(reading.stated, reading.previous);
    }

    private void section(Section section) {
        String text = disclosure.text();
        int from = section.start();
        java.util.regex.Matcher end = SENTENCE_END.matcher(text).region(section.start(), section.end());
        while (from < section.end()) {
            int to = end.find() ? end.start() : section.end();
            sentence(from, to);
            from = to + 1;
        }
    }

    private void sentence(int start, int end) {
        String text = disclosure.text();
        if (text.substring(start, end).contains("分别")) {
            return;
        }
        List<Figure> figures = disclosure.figures().stream().filter(f -> f.start() >= start && f.end() <= end)
                .filter(f -> f.kind() == FigureKind.AMOUNT || f.kind() == FigureKind.PERCENT || f.kind() == FigureKind.COUNT)
                .sorted(java.util.Comparator.comparingInt(Figure::start)).toList();
        Read last = null;
        int cut = start;
        for (Figure figure : figures) {
            Read read = count(figure, start, cut, last).orElse(null);
            if (read != null) {
                record(read, last, start, end);
            }
            last = read;
            cut = figure.end();
        }
    }

    /** What one figure of the sentence is: a count of a line, of a year, or a change; empty when not (or unsure). */
    private Optional<Read> count(Figure figure, int sentenceStart, int cut, Read last) {
        String text = disclosure.text();
        if (figure.kind() != FigureKind.COUNT || !UNITS.contains(figure.unit()) || figure.decimals() != 0
                || figure.value().signum() < 0 || text.substring(sentenceStart, figure.start()).contains("原因")) {
            return Optional.empty();
        }
        String words = text.substring(cut, figure.start());
        int clause = cut;
        java.util.regex.Matcher mark = CLAUSE_MARK.matcher(words);
        while (mark.find()) {
            clause = cut + mark.end();
        }
        String topic = text.substring(clause, figure.start());
        boolean continues = last != null && last.figure().end() == cut && CONNECTIVE.matcher(words).matches();
        Role role;
        if (PreviousYearWording.againstPreviousYear(words, identity.year(), identity.kind())) {
            role = Role.CHANGE;
        } else if (PreviousYearWording.namesPreviousYear(words, identity.year(), identity.kind())) {
            role = Role.PREVIOUS;
        } else if (PreviousYearWording.namesAnotherYear(words, identity.year()) || YEAR_WORDS.matcher(words).find()
                && !words.matches(".*" + identity.year() + "\\s*年.*")) {
            return Optional.empty();
        } else {
            role = continues && last.role() != Role.CHANGE ? last.role() : Role.CURRENT;
        }
        Optional<CountLine> line = CountLines.of(topic, figure.unit());
        if (role == Role.CHANGE) {
            boolean bound = last != null && last.role() == Role.CURRENT && last.figure().end() == cut
                    && last.figure().unit().equals(figure.unit()) && line.map(l -> l == last.line()).orElse(true);
            return bound ? Optional.of(new Read(figure, last.line(), Role.CHANGE)) : Optional.empty();
        }
        if (line.isEmpty() && continues) {
            line = CountLines.continued(last.line(), figure.unit());
        }
        return line.map(l -> new Read(figure, l, role));
    }

    private void record(Read read, Read last, int start, int end) {
        Figure figure = read.figure();
        long value = figure.value().longValueExact();
        Evidence evidence = evidence(figure, start, end);
        String raw = figure.raw().strip();
        switch (read.role()) {
            case CURRENT -> stated.computeIfAbsent(read.line(), l -> new ArrayList<>()).add(
                    new YearCounts.StatedCount(read.line(), value, raw, evidence, disclosure.document().sourceName()));
            case PREVIOUS -> previous.add(new YearCounts.PreviousCount(read.line(), value, "写明上年数" + raw, raw, evidence,
                    List.of(figure.id()), true));
            case CHANGE -> change(read, last, evidence);
        }
    }

    /** The previous year's count a change implies: current − Δ for an increase, current + Δ for a decrease. */
    private void change(Read read, Read current, Evidence evidence) {
        String words = disclosure.text().substring(current.figure().end(), read.figure().start());
        boolean up = UP.matcher(words).find();
        boolean down = DOWN.matcher(words).find();
        if (up == down) {
            return;
        }
        long now = current.figure().value().longValueExact();
        long delta = read.figure().value().longValueExact();
        long before = up ? now - delta : now + delta;
        if (before < 0) {
            return;
        }
        String direction = up ? "增加" : "减少";
        String base = "比上年" + (identity.kind() == org.juesuan.model.DocumentKind.BUDGET ? "预算" : "");
        previous.add(new YearCounts.PreviousCount(read.line(), before,
                current.figure().raw().strip() + "，" + base + direction + read.figure().raw().strip(),
                direction + read.figure().raw().strip(), evidence, List.of(current.figure().id(), read.figure().id()), false));
    }

    private Evidence evidence(Figure figure, int start, int end) {
        String text = disclosure.text();
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int stop = end < text.length() && text.charAt(end) != '\n' ? end + 1 : end;
        return new Evidence(text.substring(start, stop), figure.page(), figure.sectionId(), sections.path(figure.sectionId()),
                start, stop);
    }
}
