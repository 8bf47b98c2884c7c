package org.juesuan.extract.poi;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.model.StyleDescription;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;
import org.juesuan.extract.UnreadableDocumentException;
import org.juesuan.extract.UnreadableDocumentException.Problem;
import org.juesuan.extract.parse.DocumentParser;
import org.juesuan.extract.parse.RawBlock;
import org.juesuan.extract.parse.RawDocument;
import org.juesuan.extract.parse.ReadingLimits;
import org.juesuan.extract.parse.SourceDocument;
import org.juesuan.extract.parse.TableGridBuilder;
import org.juesuan.extract.parse.TableGridBuilder.VerticalMerge;
import org.juesuan.model.DocumentFormat;

/**
 * Reads Word 97–2003 (.doc) with POI's HWPF model. Table cells carry edges rather than spans, so the
 * grid columns are rebuilt from the distinct cell edges of the whole table.
 */
public final class DocParser implements DocumentParser {
    /** Cell edges closer than this (in twips, 1/1440 inch) are one grid line. */
    private static final int EDGE_TOLERANCE = 30;
    private static final char PAGE_BREAK = '\f';

    @Override
    public RawDocument parse(SourceDocument source, ReadingLimits limits) throws UnreadableDocumentException {
        try (HWPFDocument document = new HWPFDocument(new ByteArrayInputStream(source.content()))) {
            Range range = document.getRange();
            List<RawBlock> blocks = new ArrayList<>();
            int page = 1;
            long characters = 0;
            for (int i = 0; i < range.numParagraphs(); i++) {
                Paragraph paragraph = range.getParagraph(i);
                if (paragraph.isInTable()) {
                    Table table = range.getTable(paragraph);
                    blocks.add(RawBlock.table(grid(table), page));
                    characters += table.text().length();
                    i += table.numParagraphs() - 1;
                    continue;
                }
                String raw = paragraph.text();
                if (paragraph.pageBreakBefore() && !blocks.isEmpty()) {
                    page++;
                }
                String text = WordText.clean(raw).strip();
                characters += text.length();
                if (characters > limits.maxCharacters()) {
                    throw new UnreadableDocumentException(Problem.TOO_LARGE, "more than " + limits.maxCharacters() + " characters");
                }
                if (!text.isEmpty()) {
                    int level = headingLevel(document, paragraph);
                    blocks.add(level > 0 ? RawBlock.heading(text, page, level) : RawBlock.paragraph(text, page));
                }
                page += (int) raw.chars().filter(c -> c == PAGE_BREAK).count();
            }
            int recorded = document.getSummaryInformation() == null ? 0 : document.getSummaryInformation().getPageCount();
            return new RawDocument(DocumentFormat.DOC, Math.max(recorded, page), title(document), blocks, List.of());
        } catch (EncryptedDocumentException e) {
            throw new UnreadableDocumentException(Problem.ENCRYPTED, e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            // HWPF reports damaged streams with a variety of runtime exceptions (index, state, argument).
            throw new UnreadableDocumentException(Problem.CORRUPT, e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    private static String title(HWPFDocument document) {
        var summary = document.getSummaryInformation();
        String title = summary == null ? null : summary.getTitle();
        return title == null || title.isBlank() ? null : title.strip();
    }

    private static int headingLevel(HWPFDocument document, Paragraph paragraph) {
        StyleDescription style = document.getStyleSheet().getStyleDescription(paragraph.getStyleIndex());
        return style == null ? 0 : HeadingStyle.levelOf(style.getName());
    }

    private static org.juesuan.extract.parse.RawTable grid(Table table) {
        TreeSet<Integer> edges = new TreeSet<>();
        for (int r = 0; r < table.numRows(); r++) {
            TableRow row = table.getRow(r);
            for (int c = 0; c < row.numCells(); c++) {
                TableCell cell = row.getCell(c);
                addEdge(edges, cell.getLeftEdge());
                addEdge(edges, cell.getLeftEdge() + cell.getWidth());
            }
        }
        List<Integer> lines = new ArrayList<>(edges);
        TableGridBuilder grid = new TableGridBuilder();
        for (int r = 0; r < table.numRows(); r++) {
            TableRow row = table.getRow(r);
            grid.startRow();
            for (int c = 0; c < row.numCells(); c++) {
                TableCell cell = row.getCell(c);
                int first = lineIndex(lines, cell.getLeftEdge());
                int last = lineIndex(lines, cell.getLeftEdge() + cell.getWidth());
                grid.addCell(first, Math.max(1, last - first), merge(cell), cellText(cell));
            }
        }
        return grid.build();
    }

    private static VerticalMerge merge(TableCell cell) {
        if (cell.isFirstVerticallyMerged()) {
            return VerticalMerge.RESTART;
        }
        return cell.isVerticallyMerged() ? VerticalMerge.CONTINUE : VerticalMerge.NONE;
    }

    private static String cellText(TableCell cell) {
        StringBuilder text = new StringBuilder();
        for (int p = 0; p < cell.numParagraphs(); p++) {
            String part = WordText.clean(cell.getParagraph(p).text()).strip();
            if (!part.isEmpty()) {
                text.append(text.isEmpty() ? "" : " ").append(part);
            }
        }
        return text.toString();
    }

    private static void addEdge(TreeSet<Integer> edges, int edge) {
        Integer near = edges.floor(edge + EDGE_TOLERANCE);
        if (near == null || Math.abs(near - edge) > EDGE_TOLERANCE) {
            edges.add(edge);
        }
    }

    private static int lineIndex(List<Integer> lines, int edge) {
        int best = 0;
        for (int i = 1; i < lines.size(); i++) {
            if (Math.abs(lines.get(i) - edge) < Math.abs(lines.get(best) - edge)) {
                best = i;
            }
        }
        return best;
    }
}
