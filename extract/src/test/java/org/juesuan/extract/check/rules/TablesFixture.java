package org.juesuan.extract.check.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.juesuan.extract.check.CheckInput;
import org.juesuan.extract.statements.Claims;
import org.juesuan.extract.statements.Claims.CompletionClaim;
import org.juesuan.extract.statements.Claims.ValueClaim;
import org.juesuan.extract.statements.MaskedSentence;
import org.juesuan.extract.statements.Sentence;
import org.juesuan.model.Block;
import org.juesuan.model.BlockKind;
import org.juesuan.model.CellValueKind;
import org.juesuan.model.Disclosure;
import org.juesuan.model.DocumentFormat;
import org.juesuan.model.DocumentInfo;
import org.juesuan.model.DocumentKind;
import org.juesuan.model.Figure;
import org.juesuan.model.FigureKind;
import org.juesuan.model.Section;
import org.juesuan.model.SectionKind;
import org.juesuan.model.Table;
import org.juesuan.model.TableCell;
import org.juesuan.model.TableKind;
import org.juesuan.model.TableLine;
import org.juesuan.model.TableValue;

/**
 * Builds the table rules' input by hand: tables as a reader would hand them over (kind, unit, header,
 * lines of code, name and values, cells with their text spans) and narrative sentences with the value
 * and completion claims a test names, each sentence in a section of a given kind. No document is parsed.
 *
 * <p>Columns are declared once per table: {@code #code} and {@code #name} mark the code and name
 * columns, any other text is a value column's header path (levels joined by " / "), and {@code ||}
 * starts the right-hand panel of a two-sided table.
 */
final class TablesFixture {
    static final String CODE = "#code";
    static final String NAME = "#name";
    static final String PANEL = "||";

    private final StringBuilder text = new StringBuilder();
    private final List<Block> blocks = new ArrayList<>();
    private final List<Section> sections = new ArrayList<>();
    private final List<Table> tables = new ArrayList<>();
    private final List<Figure> figures = new ArrayList<>();
    private final List<MaskedSentence> sentences = new ArrayList<>();
    private final List<ValueClaim> values = new ArrayList<>();
    private final List<CompletionClaim> completions = new ArrayList<>();

    /** Starts a table of the kind, in the unit (万元, 元, or empty), trusted by its reader. */
    TableBuilder table(TableKind kind, String unit, String... columns) {
        return new TableBuilder(kind, unit, List.of(columns), true);
    }

    /** A table its reader did not trust. */
    TableBuilder untrusted(TableKind kind, String unit, String... columns) {
        return new TableBuilder(kind, unit, List.of(columns), false);
    }

    /** A paragraph of narrative in a section of the kind; its figures are the amounts claims name. */
    SentenceBuilder sentence(String sentence, SectionKind kind) {
        return new SentenceBuilder(sentence, kind);
    }

    /** The document's table of contents, one line a block, as the reader marks a contents list. */
    TablesFixture contents(String... lines) {
        for (String line : lines) {
            int start = text.length();
            text.append(line).append('\n');
            blocks.add(new Block("b" + (blocks.size() + 1), BlockKind.TOC, line, 1, start, start + line.length(), null, null));
        }
        return this;
    }

    CheckInput input() {
        return input(2024);
    }

    CheckInput input(Integer year) {
        return input(year, DocumentKind.FINAL_ACCOUNTS);
    }

    CheckInput input(Integer year, DocumentKind kind) {
        DocumentInfo info = new DocumentInfo("0".repeat(64), "hand-built.txt", DocumentFormat.TXT, 1, null, null, year, kind);
        Disclosure disclosure = new Disclosure(Disclosure.SCHEMA_VERSION, info, text.toString(), blocks, sections, tables,
                figures, List.of(), List.of(), List.of());
        return new CheckInput(disclosure, new Claims(sentences, values, List.of(), List.of(), List.of(), completions));
    }

    /** One table being written row by row. */
    final class TableBuilder {
        private final TableKind kind;
        private final String unit;
        private final List<String> columns;
        private final boolean confident;
        private final List<List<String>> rows = new ArrayList<>();
        private String caption;
        private final List<String> notes = new ArrayList<>();

        private TableBuilder(TableKind kind, String unit, List<String> columns, boolean confident) {
            this.kind = kind;
            this.unit = unit;
            this.columns = columns.stream().filter(c -> !c.equals(PANEL)).toList();
            this.confident = confident;
            this.caption = kind == TableKind.OTHER ? "" : kind.chineseName();
            this.panelStarts = new ArrayList<>();
            int position = 0;
            for (String column : columns) {
                if (column.equals(PANEL)) {
                    panelStarts.add(position);
                } else {
                    position++;
                }
            }
        }

        private final List<Integer> panelStarts;

        /** One body row: a cell per declared column. */
        TableBuilder row(String... cells) {
            if (cells.length != columns.size()) {
                throw new IllegalArgumentException("a row needs " + columns.size() + " cells, got " + cells.length);
            }
            rows.add(List.of(cells));
            return this;
        }

        TableBuilder caption(String printed) {
            this.caption = printed;
            return this;
        }

        /** A note printed just below the table, as its own paragraph (注：本表为空表). */
        TableBuilder note(String note) {
            notes.add(note);
            return this;
        }

        /** Lays the table out in the document text, one row a line, cells separated by tabs. */
        Table done() {
            String id = "t" + (tables.size() + 1);
            String blockId = "b" + (blocks.size() + 1);
            int blockStart = text.length();
            List<TableCell> cells = new ArrayList<>();
            List<List<String>> grid = new ArrayList<>();
            grid.add(columns.stream().map(c -> c.startsWith("#") ? (c.equals(CODE) ? "科目编码" : "项目") : c).toList());
            grid.addAll(rows);
            for (int r = 0; r < grid.size(); r++) {
                for (int c = 0; c < columns.size(); c++) {
                    String cell = grid.get(r).get(c);
                    cells.add(new TableCell(r, c, 1, 1, cell, text.length(), text.length() + cell.length(), 1));
                    text.append(cell).append(c + 1 < columns.size() ? "\t" : "\n");
                }
            }
            List<TableLine> lines = new ArrayList<>();
            for (int r = 0; r < rows.size(); r++) {
                for (int p = 0; p <= panelStarts.size(); p++) {
                    int from = p == 0 ? 0 : panelStarts.get(p - 1);
                    int to = p < panelStarts.size() ? panelStarts.get(p) : columns.size();
                    line(r + 1, p, from, to).ifPresent(lines::add);
                }
            }
            List<List<String>> headers = columns.stream().map(c -> c.startsWith("#") ? List.<String>of() : List.of(c.split(" / "))).toList();
            Table table = new Table(id, 1, 1, null, blockId, caption, kind, unit, 1, headers, grid.size(), columns.size(), cells,
                    lines, confident, List.of());
            tables.add(table);
            blocks.add(new Block(blockId, BlockKind.TABLE, text.substring(blockStart), 1, blockStart, text.length(), null, id));
            for (String note : notes) {
                int start = text.length();
                text.append(note).append('\n');
                blocks.add(new Block("b" + (blocks.size() + 1), BlockKind.PARAGRAPH, note, 1, start, start + note.length(), null, null));
            }
            return table;
        }

        private java.util.Optional<TableLine> line(int row, int panel, int from, int to) {
            String code = "";
            String name = "";
            List<TableValue> lineValues = new ArrayList<>();
            boolean printed = false;
            for (int c = from; c < to; c++) {
                String cell = rows.get(row - 1).get(c);
                switch (columns.get(c)) {
                    case CODE -> code = cell;
                    case NAME -> name = cell;
                    default -> {
                        lineValues.add(value(c, columns.get(c), cell));
                        printed |= !cell.isEmpty();
                    }
                }
            }
            printed |= !code.isEmpty() || !name.isEmpty();
            return printed ? java.util.Optional.of(new TableLine(row, panel, code, name, lineValues)) : java.util.Optional.empty();
        }
    }

    /** A value cell as a reader reads it: blank, dash, slash, number (with its printed decimals) or words. */
    static TableValue value(int column, String header, String raw) {
        String cell = raw.strip();
        if (cell.isEmpty()) {
            return new TableValue(column, header, CellValueKind.BLANK, null, 0, raw);
        }
        if (cell.matches("[-—–－]+")) {
            return new TableValue(column, header, CellValueKind.DASH, null, 0, raw);
        }
        if (cell.matches("[/／]")) {
            return new TableValue(column, header, CellValueKind.SLASH, null, 0, raw);
        }
        String number = cell.replace(",", "");
        if (number.matches("-?\\d+(?:\\.\\d+)?")) {
            int decimals = number.contains(".") ? number.length() - number.indexOf('.') - 1 : 0;
            return new TableValue(column, header, CellValueKind.NUMBER, new BigDecimal(number), decimals, raw);
        }
        return new TableValue(column, header, CellValueKind.TEXT, null, 0, raw);
    }

    /** One narrative paragraph being given its claims. */
    final class SentenceBuilder {
        private final Sentence base;
        private final List<Figure> sentenceFigures = new ArrayList<>();
        private final String sectionId;
        private int searchFrom;

        private SentenceBuilder(String sentence, SectionKind kind) {
            String blockId = "b" + (blocks.size() + 1);
            sectionId = "s" + (sections.size() + 1);
            int headingStart = text.length();
            text.append(kind.chineseName()).append('\n');
            blocks.add(new Block(blockId, BlockKind.HEADING, kind.chineseName(), 1, headingStart, headingStart + kind.chineseName().length(),
                    sectionId, null));
            int start = text.length();
            text.append(sentence).append('\n');
            String paragraphId = "b" + (blocks.size() + 1);
            blocks.add(new Block(paragraphId, BlockKind.PARAGRAPH, sentence, 1, start, start + sentence.length(), sectionId, null));
            sections.add(new Section(sectionId, "", kind.chineseName(), 1, kind, 1.0, null, 1, headingStart,
                    start + sentence.length(), blockId));
            base = new Sentence(sentence, start, start + sentence.length(), 1, sectionId, blocks.size() - 1, List.of());
        }

        /** Where {@code raw} is next printed in the sentence; the search goes on after it. */
        private int next(String raw) {
            int at = base.text().indexOf(raw, searchFrom);
            if (at < 0) {
                throw new IllegalArgumentException(raw + " is not in the sentence after " + searchFrom);
            }
            searchFrom = at + raw.length();
            return at;
        }

        /** The next amount printed as {@code raw} (56.19万元) in the sentence. */
        Figure figure(String raw) {
            int at = next(raw);
            String number = raw.replaceAll("[^0-9.]", "");
            String unit = raw.replaceAll("[0-9.,\\s]", "");
            int decimals = number.contains(".") ? number.length() - number.indexOf('.') - 1 : 0;
            Figure figure = new Figure("f" + (figures.size() + 1), unit.endsWith("元") ? FigureKind.AMOUNT : FigureKind.COUNT, raw,
                    new BigDecimal(number), decimals, unit, 1, sectionId, "b" + blocks.size(), base.start() + at,
                    base.start() + at + raw.length(), null, List.of());
            figures.add(figure);
            sentenceFigures.add(figure);
            return figure;
        }

        /** The next year printed as {@code raw} (2024年), a figure of its own as the reader makes it. */
        SentenceBuilder year(String raw) {
            int at = next(raw);
            Figure figure = new Figure("f" + (figures.size() + 1), FigureKind.YEAR, raw, new BigDecimal(raw.replaceAll("\\D", "")), 0,
                    "年", 1, sectionId, "b" + blocks.size(), base.start() + at, base.start() + at + raw.length(), null, List.of());
            figures.add(figure);
            sentenceFigures.add(figure);
            return this;
        }

        /** The next amount printed as raw, a figure no claim names. */
        SentenceBuilder amount(String raw) {
            figure(raw);
            return this;
        }

        /** The metric (a canonical name of MetricNames) stated with the next amount printed as raw. */
        SentenceBuilder value(String metric, String subject, String raw) {
            Figure figure = figure(raw);
            values.add(new ValueClaim(sentence(), metric, subject, figure));
            return this;
        }

        SentenceBuilder value(String metric, String raw) {
            return value(metric, metric, raw);
        }

        /** 年初预算为budget，支出决算为actual. */
        SentenceBuilder completion(String budget, String actual) {
            Figure planned = figure(budget);
            Figure spent = figure(actual);
            completions.add(new CompletionClaim(sentence(), null, "年初", "", planned, spent));
            return this;
        }

        TablesFixture done() {
            sentences.add(new MaskedSentence(sentence()));
            return TablesFixture.this;
        }

        private Sentence sentence() {
            return new Sentence(base.text(), base.start(), base.end(), 1, sectionId, base.blockIndex(), sentenceFigures);
        }
    }
}
