package org.juesuan.extract.read;

import java.util.ArrayList;
import java.util.List;
import org.juesuan.extract.figures.FigureFinder;
import org.juesuan.extract.figures.FoundFigure;
import org.juesuan.extract.layout.PlacedBlock;
import org.juesuan.extract.layout.PlacedCell;
import org.juesuan.extract.parse.OcrPages;
import org.juesuan.extract.structure.Structure;
import org.juesuan.extract.words.FigureContext;
import org.juesuan.model.BlockKind;
import org.juesuan.model.CellRef;
import org.juesuan.model.Figure;

/** Finds the figures of every block and table cell and places them: offsets, page, section, cell, context words. */
final class FigurePlacer {
    private final FigureFinder finder;
    private final FigureContext context;

    FigurePlacer(FigureFinder finder, FigureContext context) {
        this.finder = finder;
        this.context = context;
    }

    /**
     * @param sectionIds the model id of each section draft, by draft index
     * @param tableIds   the model table id of each block (null for non-tables), by block index
     * @param ocr        the pages read by OCR: their figures carry the confidence of the words read
     */
    List<Figure> place(List<PlacedBlock> blocks, Structure structure, List<String> sectionIds, List<String> tableIds,
                       OcrPages ocr) {
        List<Figure> figures = new ArrayList<>();
        FigureContext.Document words = context.forDocument();
        for (PlacedBlock block : blocks) {
            BlockKind role = structure.roles().get(block.index());
            if (role == BlockKind.TOC) {
                continue; // the contents repeat the headings; their years are not the body's figures
            }
            int section = structure.sectionOfBlock(block.index());
            Place place = new Place(block, section < 0 ? null : sectionIds.get(section), figures, ocr, words);
            if (role == BlockKind.TABLE) {
                for (PlacedCell cell : block.cells()) {
                    String tableId = tableIds.get(block.index());
                    place.add(cell.cell().text(), cell.start(),
                            new CellRef(tableId, cell.cell().row(), cell.cell().column()),
                            cell.cell().page() > 0 ? cell.cell().page() : block.page());
                }
            } else {
                place.add(block.text(), block.start(), null, block.page());
            }
        }
        return figures;
    }

    /** Where figures being placed go: their block, section and the growing list. */
    private final class Place {
        final PlacedBlock block;
        final String sectionId;
        final List<Figure> figures;
        final OcrPages ocr;
        final FigureContext.Document words;

        Place(PlacedBlock block, String sectionId, List<Figure> figures, OcrPages ocr, FigureContext.Document words) {
            this.block = block;
            this.sectionId = sectionId;
            this.figures = figures;
            this.ocr = ocr;
            this.words = words;
        }

        void add(String text, int offset, CellRef cell, int printedOn) {
            List<FoundFigure> found = finder.find(text);
            if (found.isEmpty()) {
                return;
            }
            String masked = masked(text, found);
            for (FoundFigure figure : found) {
                String id = ModelIds.figure(figures.size());
                figures.add(new Figure(id, figure.kind(), figure.raw(), figure.value(), figure.decimals(), figure.unit(),
                        block.page(), sectionId, ModelIds.block(block.index()), offset + figure.start(),
                        offset + figure.end(), cell, words.before(masked, figure.start()),
                        ocr.confidenceOf(figure.raw(), printedOn)));
            }
        }
    }

    private static String masked(String text, List<FoundFigure> found) {
        char[] chars = text.toCharArray();
        for (FoundFigure figure : found) {
            java.util.Arrays.fill(chars, figure.start(), figure.end(), ' ');
        }
        return new String(chars);
    }
}
