package org.juesuan.ingest.generated;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/** Writes a generated document as UTF-8 text (one paragraph a line) or as Word 2007 with heading styles. */
final class DisclosureFiles {
    private DisclosureFiles() {
    }

    static void writeText(List<Draft.Paragraph> paragraphs, Path file) throws IOException {
        String text = paragraphs.stream().map(Draft.Paragraph::text).collect(Collectors.joining("\n", "", "\n"));
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** Parts, sections and subsections get the styles Heading1 … Heading3, the rest plain paragraphs. */
    static void writeDocx(List<Draft.Paragraph> paragraphs, Path file) throws IOException {
        try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            for (Draft.Paragraph paragraph : paragraphs) {
                XWPFParagraph p = document.createParagraph();
                if (paragraph.level() > 0) {
                    p.setStyle("Heading" + paragraph.level());
                }
                p.createRun().setText(paragraph.text());
            }
            document.write(out);
        }
    }

    static void writeExpectations(List<String> lines, Path file) throws IOException {
        String header = "verdict\trule\tseverity\tanchor\tstated\tnote\n"
                + "# Generated: every defect injected into the document beside this file, and its consistent statements.\n";
        Files.writeString(file, header + String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }
}
