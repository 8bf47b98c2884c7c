package org.juesuan.extract.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.juesuan.extract.parse.ReadingLimits;
import org.juesuan.extract.parse.SourceDocument;
import org.juesuan.extract.read.DisclosureReader;
import org.juesuan.extract.testing.ProjectFiles;
import org.juesuan.model.Disclosure;
import org.juesuan.model.Finding;
import org.juesuan.model.Severity;
import org.junit.jupiter.api.Test;

/**
 * project-funds through the whole Word reader, on the seed's two Sichuan 自评表 (预算执行情况: 全年预算数（万元）
 * and 全年执行数（万元）, each over 其中：一般公共预算 · 政府性基金预算 · 国有资本经营预算 · 社会保险基金预算 · 其他资金):
 * silent as published, and one finding, on the cell changed, once a source no longer adds up.
 */
class ProjectFundsOnWordTest {
    private static List<Finding> projectFunds(byte[] docx) throws Exception {
        Disclosure read = DisclosureReader.standard(ReadingLimits.DEFAULT).read(new SourceDocument("seed.docx", docx));
        return Checker.standard().apply(read).findings().stream().filter(f -> f.ruleId().equals("project-funds")).toList();
    }

    @Test
    void theSeedsSelfAssessmentsAddUp() throws Exception {
        assertEquals(List.of(), projectFunds(Files.readAllBytes(ProjectFiles.corpus("seed/seed.docx"))));
    }

    @Test
    void aSourceChangedInTheWordTableIsFound() throws Exception {
        byte[] changed;
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(Files.readAllBytes(ProjectFiles.corpus("seed/seed.docx"))));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFTableRow general = doc.getTables().get(0).getRows().stream()
                    .filter(r -> r.getTableCells().stream().anyMatch(c -> c.getText().strip().equals("其中：一般公共预算")))
                    .findFirst().orElseThrow();
            XWPFTableCell budgeted = general.getTableCells().stream().filter(c -> c.getText().strip().equals("10.00"))
                    .findFirst().orElseThrow();
            XWPFParagraph paragraph = budgeted.getParagraphs().get(0);
            while (paragraph.getRuns().size() > 1) {
                paragraph.removeRun(1);
            }
            paragraph.getRuns().get(0).setText("8.00", 0);
            doc.write(out);
            changed = out.toByteArray();
        }
        List<Finding> found = projectFunds(changed);
        assertEquals(1, found.size(), found.toString());
        Finding finding = found.get(0);
        assertEquals(Severity.ERROR, finding.severity());
        assertEquals("8.00", finding.stated());
        assertEquals("10.00", finding.expected());
        assertTrue(finding.message().contains("项目“疫情防控工作经费”的一般公共预算8.00与全年预算数10.00减其余各项后的10.00不符"),
                finding.message());
        assertEquals("8.00", finding.evidence().sentence().strip());
    }
}
