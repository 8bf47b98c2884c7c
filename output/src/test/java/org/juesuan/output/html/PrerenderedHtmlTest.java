package org.juesuan.output.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The parts of the report rendered in Java ({@link HtmlEscape}, {@link SegmentsHtml},
 * {@link TableRowHtml}) print exactly what the template's own escaping and the partial templates
 * they replaced (kept here as test resources) print, edge cases included.
 */
class PrerenderedHtmlTest {
    private final DefaultMustacheFactory factory = new DefaultMustacheFactory("org/juesuan/output/html/");

    @Test
    void escapesEveryCharAsTheTemplateDoes() {
        StringBuilder all = new StringBuilder();
        for (char c = 0; c < 0xD800; c++) {
            all.append(c).append('x');
        }
        String text = all + "a&b<c>d\"e'f`g=h\t\r\n汉字𠀀";
        StringBuilder ours = new StringBuilder();
        HtmlEscape.append(ours, text);
        assertEquals(template("{{x}}", Map.of("x", text)), ours.toString());
    }

    @Test
    void segmentsPrintAsThePartialDid() {
        List<Segment> segments = List.of(
                new Segment("plain <text>", null, null, List.of(), List.of()),
                new Segment("1,234.56", "fig", "f1 1,234.56", List.of("k1", "k2"), List.of()),
                new Segment("marked \"", "ev ev-error", null, List.of(), List.of("k1")),
                new Segment("", "", "", List.of("k3"), List.of("k3", "k4")),
                new Segment("a=b`c'", "fig ev", "错误：规则", List.of(), List.of()));
        Mustache partial = factory.compile("segments-template.mustache");
        StringWriter expected = new StringWriter();
        partial.execute(expected, Map.of("segments", segments));
        assertEquals(expected.toString(), SegmentsHtml.of(segments));
    }

    @Test
    void tableRowsPrintAsThePartialDid() {
        List<TableCard.Row> rows = List.of(
                new TableCard.Row(null, null, null, List.of(
                        new TableCard.CellView("th", "cell-t1-r1-c1", 2, null, null, null, "科目 <名称>", List.of()),
                        new TableCard.CellView("th", null, null, 3, "hole", null, "", List.of()))),
                new TableCard.Row(3, null, "第3页", List.of(
                        new TableCard.CellView("td", "cell-t1-r2-c2", null, null, "num cited cited-error",
                                "k1 错误：合计；k2 提示：\"x\"", "1,234.56", List.of("k1", "k2")))),
                new TableCard.Row(null, "newpage", "第4页", List.of(
                        new TableCard.CellView("td", "cell-t1-r3-c1", null, null, null, null, "a&b", List.of()),
                        new TableCard.CellView("td", "", null, null, "", "", null, List.of()))));
        Mustache partial = factory.compile("table-row-template.mustache");
        StringWriter expected = new StringWriter();
        for (TableCard.Row row : rows) {
            List<Object> scopes = new ArrayList<>();
            scopes.add(Map.of("columns", 4));
            scopes.add(row);
            partial.execute(expected, scopes);
        }
        assertEquals(expected.toString(), TableRowHtml.of(rows, 4));
    }

    private String template(String source, Object scope) {
        StringWriter out = new StringWriter();
        factory.compile(new java.io.StringReader(source), "inline").execute(out, scope);
        return out.toString();
    }
}
