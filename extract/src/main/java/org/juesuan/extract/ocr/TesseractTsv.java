package org.juesuan.extract.ocr;

import java.util.ArrayList;
import java.util.List;
import org.juesuan.extract.parse.RecognizedPage;

/**
 * Reads Tesseract's TSV output: one row per page, block, paragraph, line and word; only the word
 * rows (level 5) with text are kept, with their boxes and confidences (Tesseract's 0–100 as 0–1).
 * Columns: level page_num block_num par_num line_num word_num left top width height conf text.
 */
final class TesseractTsv {
    private static final int WORD_LEVEL = 5;
    private static final int COLUMNS = 12;

    private TesseractTsv() {
    }

    static RecognizedPage parse(String tsv) {
        List<RecognizedPage.Word> words = new ArrayList<>();
        for (String row : tsv.split("\\R")) {
            String[] cells = row.split("\t", -1);
            if (cells.length < COLUMNS || !cells[0].equals(Integer.toString(WORD_LEVEL))) {
                continue; // the header row, and the page, block, paragraph and line rows
            }
            String text = cells[11].strip();
            double confidence = Double.parseDouble(cells[10]);
            if (text.isEmpty() || confidence < 0) {
                continue;
            }
            int left = Integer.parseInt(cells[6]);
            int top = Integer.parseInt(cells[7]);
            int width = Integer.parseInt(cells[8]);
            int height = Integer.parseInt(cells[9]);
            words.add(new RecognizedPage.Word(text, left, top, left + width, top + height,
                    Math.min(1, confidence / 100)));
        }
        return new RecognizedPage(words);
    }
}
