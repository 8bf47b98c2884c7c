package org.juesuan.output.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.juesuan.model.Disclosure;
import org.juesuan.model.Finding;
import org.juesuan.output.ReportWriter;
import org.juesuan.output.html.DocumentReportHtml;
import org.juesuan.output.html.IndexHtml;
import org.juesuan.output.run.DocumentSummary;
import org.juesuan.output.run.FailedDocument;
import org.juesuan.output.run.RunSummary;
import org.junit.jupiter.api.Test;

/** The HTML as text: escaping, order, anchors, self-containment. The browser test checks behaviour. */
public class HtmlReportTest {
    private static final Pattern EXTERNAL = Pattern.compile("(?i)(src|href)\\s*=\\s*\"(https?:|//)");

    @Test
    void documentTextAndMetadataAreEscapedNeverMarkup() throws Exception {
        String html = render(new DocumentReportHtml(), SampleDisclosures.bureau());
        assertFalse(html.contains(SampleDisclosures.INJECTED), "the injected script must not appear as markup");
        assertFalse(html.contains("<b>加粗"), "the injected <b> must not appear as markup");
        assertTrue(html.contains("&lt;script&gt;window.__pwned"), "it is shown as text");
        assertTrue(html.contains("某市&lt;生态环境&gt;局"), "the organization is escaped too");
        assertEquals(1, count(html, "<script"), "only the report's own script");
    }

    @Test
    void listsFindingsErrorsFirstThenInTextOrder() throws Exception {
        Disclosure disclosure = SampleDisclosures.bureau();
        String html = render(new DocumentReportHtml(), disclosure);
        Matcher m = Pattern.compile("<li class=\"finding \\w+\" id=\"finding-(k\\d+)\" data-severity=\"(\\w+)\"").matcher(html);
        StringBuilder order = new StringBuilder();
        while (m.find()) {
            order.append(m.group(2).charAt(0)).append(m.group(1)).append(' ');
        }
        assertEquals("Ek1 Ek2 Ek5 Wk3 Wk6 Wk8 Ik4 Ik7 Ik9 ", order.toString());
        for (Finding finding : disclosure.findings()) {
            assertTrue(html.contains("id=\"ev-" + finding.id() + "\""), "anchor in the text for " + finding.id());
            assertTrue(html.contains("href=\"#ev-" + finding.id() + "\""), "link to the text for " + finding.id());
        }
    }

    @Test
    void marksTheFiguresOfEachEvidenceSentence() throws Exception {
        String html = render(new DocumentReportHtml(), SampleDisclosures.bureau());
        assertTrue(html.contains("<mark class=\"fig\">0.19%</mark>"), html);
        assertTrue(html.contains("<mark class=\"fig\">261.74万元</mark>"));
    }

    @Test
    void pagesAreSelfContained() throws Exception {
        String report = render(new DocumentReportHtml(), SampleDisclosures.bureau());
        String index = render(new IndexHtml(), run());
        for (String html : List.of(report, index)) {
            assertFalse(EXTERNAL.matcher(html).find(), "no external resource");
            assertFalse(html.contains("<link"), "styles are inline");
            assertTrue(html.contains("Content-Security-Policy"));
        }
    }

    @Test
    void indexHasARowPerDocumentTheFailuresAndTheChart() throws Exception {
        String html = render(new IndexHtml(), run());
        assertTrue(html.contains("href=\"bureau%202021%20%231.pdf.html\""), "the link is percent-encoded");
        assertTrue(html.contains("href=\"bureau%202021%20%231.pdf.xlsx\""), "the workbook of a document with tables");
        assertFalse(html.contains("quiet.docx.xlsx"), "none for a document without");
        assertTrue(html.contains("quiet.docx"));
        assertTrue(html.contains("文件已加密，无法读取"));
        assertEquals(5, count(html, "<rect "), "one bar per rule");
        assertTrue(html.contains("某市&lt;生态环境&gt;局"));
    }

    @Test
    void tablesAreGridsWithMergedCellsCitationsAndPages() throws Exception {
        String html = render(new DocumentReportHtml(), SampleDisclosures.accounts());
        assertTrue(html.contains("<th id=\"cell-t2-r1-c1\" colspan=\"3\">科目编码</th>"), "a merged header cell");
        assertTrue(html.contains("<td id=\"cell-t2-r3-c1\" rowspan=\"3\">201</td>"), "a 类 merged over three rows");
        assertTrue(html.contains("<td id=\"cell-t2-r3-c5\" class=\"num cited cited-error\""), "a cited number");
        assertTrue(html.contains("<a class=\"cell-link\" href=\"#cell-t2-r32-c20\" title=\"2024年一般公共预算财政拨款支出决算表：97.50%\">t2 R32C20</a>"),
                "the finding links to its cell");
        assertTrue(html.contains("<a class=\"ref no-print\" href=\"#finding-k2\""), "the cell links back");
        assertTrue(html.contains(">t1 R1C2</a>"), "a position inside a merged cell keeps its label");
        assertTrue(html.contains("href=\"#cell-t1-r1-c1\" title="), "and links to the merged cell");
        assertTrue(html.contains("<tr class=\"page-break\"><td colspan=\"20\">第4页</td></tr>"), "the table runs onto page 4");
        assertTrue(html.contains("第3–4页"));
        assertTrue(html.contains("未能可靠读出此表"), "t3 is not trusted");
        assertTrue(html.contains("<td id=\"cell-t3-r2-c2\">-</td><td id=\"cell-t3-r2-c3\">/</td>"), "dash and slash as printed");
        assertEquals(6, count(html, "<li class=\"missing\">"), "six of the nine not found");
        assertTrue(html.contains("<a class=\"to-table no-print\" href=\"#table-t2\">"), "the text links to the table");
    }

    @Test
    void aDocumentWithoutTablesListsNoNine() throws Exception {
        String html = render(new DocumentReportHtml(), SampleDisclosures.quiet());
        assertFalse(html.contains("九张表"));
        assertFalse(html.contains("id=\"tables\""));
    }

    public static RunSummary run() {
        return new RunSummary(List.of(DocumentSummary.of(SampleDisclosures.bureau(), "bureau 2021 #1.pdf.html"),
                DocumentSummary.of(SampleDisclosures.quiet(), "quiet.docx.html")),
                List.of(new FailedDocument("secret.pdf", "文件已加密，无法读取", "the file is encrypted", "parse"),
                        new FailedDocument("<img src=x onerror=alert(1)>.txt", "不是决算公开文件", "not a disclosure", "extract")));
    }

    static <T> String render(ReportWriter<T> writer, T input) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(input, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
            n++;
        }
        return n;
    }
}
