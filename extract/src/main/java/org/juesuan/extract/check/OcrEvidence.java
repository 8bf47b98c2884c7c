package org.juesuan.extract.check;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.juesuan.model.Block;
import org.juesuan.model.CellRef;
import org.juesuan.model.Disclosure;
import org.juesuan.model.Figure;
import org.juesuan.model.Severity;

/**
 * Findings that rest on figures read by OCR (a scanned page) are at most warnings, and say so: a
 * misread digit must not become an error against the department. An issue rests on OCR when a figure
 * it cites, a cell it cites or a figure inside its evidence was read by OCR. A rule judging the printed
 * form of characters ({@link Rule#judgesPrintedForm()}) says nothing of a page read by OCR.
 */
final class OcrEvidence {
    /** Said after the message of a finding resting on OCR figures. */
    static final String NOTE = "（所据数字由OCR从扫描页识别，可能误识，故至多列为警告，请对照原件核对）";

    private final Disclosure disclosure;
    private final List<Figure> ocrFigures;
    private final Set<CellRef> ocrCells;

    OcrEvidence(Disclosure disclosure) {
        this.disclosure = disclosure;
        this.ocrFigures = disclosure.figures().stream().filter(Figure::readByOcr).toList();
        this.ocrCells = ocrFigures.stream().map(Figure::cell).filter(java.util.Objects::nonNull)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The issue as reported: capped at WARNING with the note when it rests on OCR figures, else as it is. */
    Issue weigh(Issue issue) {
        if (ocrFigures.isEmpty() || !restsOnOcr(issue)) {
            return issue;
        }
        Severity severity = issue.severity() == Severity.ERROR ? Severity.WARNING : issue.severity();
        return new Issue(severity, issue.message() + NOTE, issue.stated(), issue.expected(), issue.expectedRange(),
                issue.start(), issue.end(), issue.figures(), issue.cells());
    }

    /**
     * Whether the issue is to be reported at all: not when its rule judges printed form and the
     * block it stands in starts on a page read by OCR.
     */
    boolean reported(Rule rule, Issue issue) {
        if (disclosure.document().ocrPages().isEmpty() || !rule.judgesPrintedForm()) {
            return true;
        }
        Block block = Checker.blockAt(disclosure, issue.start());
        return block == null || !disclosure.document().readByOcr(block.page());
    }

    private boolean restsOnOcr(Issue issue) {
        return issue.figures().stream().anyMatch(f -> f != null && f.readByOcr())
                || issue.cells().stream().anyMatch(ocrCells::contains)
                || ocrFigures.stream().anyMatch(f -> f.start() >= issue.start() && f.end() <= issue.end());
    }
}
