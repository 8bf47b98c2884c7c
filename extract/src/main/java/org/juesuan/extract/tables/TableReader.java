package org.juesuan.extract.tables;

import java.util.ArrayList;
import java.util.List;
import org.juesuan.model.CellValueKind;
import org.juesuan.model.Table;
import org.juesuan.model.TableKind;
import org.juesuan.model.TableLine;

/**
 * Reads one laid-out table: its caption and unit (from the lines before it or its title row), which of
 * the nine it is (by caption, else by its columns), its header, its body as lines, and whether the
 * reading can be trusted. Holds no state: one instance serves every document.
 */
public final class TableReader {
    /**
     * @param laidOut the table as laid out: grid and cells only
     * @param before  the text lines printed before it (its caption, unit, the heading above), nearest last
     * @return the same table, read
     */
    public Table read(Table laidOut, List<String> before) {
        Grid grid = new Grid(laidOut.rows(), laidOut.columns(), laidOut.cells());
        CaptionReader.Found caption = CaptionReader.read(before, grid);
        Header header = Header.read(grid, caption.titleRows());
        ColumnLayout layout = ColumnLayout.read(grid, header);
        List<TableLine> lines = LineReader.read(grid, header, layout);
        List<String> notes = new ArrayList<>();
        TableKind kind = CaptionKinds.kindOf(caption.caption());
        TableKind byColumns = HeaderKinds.kindOf(header, layout, lines.stream().map(TableLine::name).toList());
        if (kind == TableKind.OTHER && byColumns.isNine()) {
            kind = byColumns;
            notes.add((caption.caption().isEmpty() ? "未找到表名" : "表名“" + caption.caption() + "”未能对应九张表")
                    + "，按表头识别为" + kind.chineseName());
        }
        List<String> problems = new ArrayList<>(ReadingJudge.problems(kind, grid, header, caption.titleRows(), layout, lines));
        KindAgreement.disagreement(kind, byColumns, layout).ifPresent(problems::add);
        notes.addAll(problems);
        if (problems.isEmpty() && lines.stream().allMatch(l -> l.values().stream().allMatch(v -> v.kind() == CellValueKind.BLANK))) {
            notes.add("表内无数据（空表）");
        }
        if (kind.isNine() && caption.unit().isEmpty()) {
            notes.add("未找到金额单位（单位：万元 / 元）");
        }
        return new Table(laidOut.id(), laidOut.page(), laidOut.lastPage(), laidOut.sectionId(), laidOut.blockId(),
                caption.caption(), kind, caption.unit(), header.rows(), header.paths(), laidOut.rows(),
                laidOut.columns(), laidOut.cells(), lines, problems.isEmpty(), notes);
    }
}
