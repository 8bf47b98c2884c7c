package org.juesuan.extract.read;

import java.util.ArrayList;
import java.util.List;
import org.juesuan.extract.layout.DocumentText;
import org.juesuan.extract.layout.PlacedBlock;
import org.juesuan.extract.layout.PlacedCell;
import org.juesuan.extract.structure.KindGuess;
import org.juesuan.extract.structure.SectionDraft;
import org.juesuan.extract.structure.SectionKindClassifier;
import org.juesuan.extract.structure.Structure;
import org.juesuan.model.Block;
import org.juesuan.model.BlockKind;
import org.juesuan.model.Section;
import org.juesuan.extract.parse.RawCell;
import org.juesuan.model.Table;
import org.juesuan.model.TableCell;

/** Turns the laid-out text and its structure into the model's blocks, sections and tables. */
final class ModelAssembler {
    private final SectionKindClassifier kinds;

    ModelAssembler(SectionKindClassifier kinds) {
        this.kinds = kinds;
    }

    /** The model parts and the id maps the figure placer needs. */
    record Parts(List<Block> blocks, List<Section> sections, List<Table> tables, List<String> sectionIds,
                 List<String> tableIdsByBlock) {
    }

    Parts assemble(DocumentText text, Structure structure) {
        List<String> sectionIds = new ArrayList<>();
        List<Section> sections = new ArrayList<>();
        for (int i = 0; i < structure.sections().size(); i++) {
            sectionIds.add(ModelIds.section(i));
        }
        for (int i = 0; i < structure.sections().size(); i++) {
            sections.add(section(structure.sections().get(i), sectionIds, i));
        }
        List<Block> blocks = new ArrayList<>();
        List<Table> tables = new ArrayList<>();
        List<String> tableIds = new ArrayList<>();
        for (PlacedBlock placed : text.blocks()) {
            int section = structure.sectionOfBlock(placed.index());
            String sectionId = section < 0 ? null : sectionIds.get(section);
            BlockKind role = structure.roles().get(placed.index());
            String tableId = null;
            if (role == BlockKind.TABLE) {
                tableId = ModelIds.table(tables.size());
                tables.add(table(placed, tableId, sectionId));
            }
            tableIds.add(tableId);
            blocks.add(new Block(ModelIds.block(placed.index()), role, placed.text(), placed.page(), placed.start(),
                    placed.end(), sectionId, tableId));
        }
        return new Parts(blocks, sections, tables, sectionIds, tableIds);
    }

    private Section section(SectionDraft draft, List<String> ids, int index) {
        KindGuess guess = kinds.classify(draft.title().isEmpty() ? draft.label() : draft.title());
        return new Section(ids.get(index), draft.label(), draft.title(), draft.level(), guess.kind(),
                guess.confidence(), draft.parent() < 0 ? null : ids.get(draft.parent()), draft.page(), draft.start(),
                draft.end(), ModelIds.block(draft.blockIndex()));
    }

    private static Table table(PlacedBlock placed, String id, String sectionId) {
        List<TableCell> cells = new ArrayList<>();
        int lastPage = placed.page();
        for (PlacedCell cell : placed.cells()) {
            RawCell raw = cell.cell();
            int page = raw.page() > 0 ? raw.page() : placed.page();
            lastPage = Math.max(lastPage, page);
            cells.add(new TableCell(raw.row(), raw.column(), raw.rowSpan(), raw.columnSpan(), raw.text(),
                    cell.start(), cell.end(), page, raw.box()));
        }
        var raw = placed.raw().table();
        return Table.laidOut(id, placed.page(), lastPage, sectionId, ModelIds.block(placed.index()), raw.rows(),
                raw.columns(), cells);
    }
}
