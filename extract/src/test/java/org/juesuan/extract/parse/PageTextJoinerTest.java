package org.juesuan.extract.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.juesuan.model.WarningCode;
import org.junit.jupiter.api.Test;

class PageTextJoinerTest {
    /** A full line of the text block: 30 Chinese characters, as most lines of a page. */
    private static final String FULL = "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十";

    private final PageTextJoiner joiner = new PageTextJoiner();

    /** Lines of running text, each a full line ending its sentence, each different. */
    private static String body(int lines) {
        return body(0, lines);
    }

    private static String body(int first, int lines) {
        StringBuilder text = new StringBuilder();
        for (int i = first; i < first + lines; i++) {
            text.append(FULL, i % 10, FULL.length()).append(FULL, 0, i % 10).append("。\n");
        }
        return text.toString();
    }

    private List<String> paragraphs(String... pages) {
        return joiner.join(List.of(pages)).blocks().stream().map(RawBlock::text).toList();
    }

    @Test
    void rejoinsANumberSplitByALineWrap() {
        String page = body(5) + "本年收入合计比上年增加，全年收支总计增加到了人民币共计203\n23.21万元，增长26%。\n";
        assertEquals("本年收入合计比上年增加，全年收支总计增加到了人民币共计20323.21万元，增长26%。", paragraphs(page).get(5));
    }

    @Test
    void joinsWrappedLinesButEndsAParagraphAtAShortLine() {
        String page = body(4) + FULL + "\n下一行接续\n新段落开始于此处。\n";
        List<String> paragraphs = paragraphs(page);
        assertEquals(FULL + "下一行接续", paragraphs.get(4));
        assertEquals("新段落开始于此处。", paragraphs.get(5));
    }

    @Test
    void removesTheSpacesPdfTextPutsBetweenChineseAndDigits() {
        assertEquals("2025年度部门决算合计4,733.14万元，增长3%。", paragraphs(body(3) + "2025 年度部门决算合计 4,733.14 万元，增长 3%。\n").get(3));
    }

    @Test
    void keepsTableRowsAsTheyAre() {
        List<String> paragraphs = paragraphs(body(3) + "合计 4,733.14 3,365.38 1,367.76\n208 社会保障和就业支出 471.44 460.67\n");
        assertEquals("合计 4,733.14 3,365.38 1,367.76", paragraphs.get(3));
        assertEquals("208 社会保障和就业支出 471.44 460.67", paragraphs.get(4));
    }

    @Test
    void doesNotJoinAHeadingToTheTextBelowIt() {
        List<String> paragraphs = paragraphs(body(3) + FULL + "\n二、收入决算情况说明\n" + FULL + "\n");
        assertEquals("二、收入决算情况说明", paragraphs.get(4));
    }

    @Test
    void joinsASentenceThatRunsAcrossPagesAndDropsPageNumbers() {
        List<String> paragraphs = paragraphs(body(4) + FULL + "\n- 1 -\n", "跨页接续的句子。\n" + body(4) + "2\n");
        assertEquals(FULL + "跨页接续的句子。", paragraphs.get(4));
        assertEquals(9, paragraphs.size());
    }

    @Test
    void dropsARunningHeaderRepeatedOnEveryPage() {
        String header = "上海市普陀区财政局2024年度部门决算\n";
        List<String> paragraphs = paragraphs(header + body(0, 2), header + body(2, 2), header + body(4, 2));
        assertEquals(6, paragraphs.size());
    }

    @Test
    void keepsATablesUnitLineThatEveryPageOpensWith() {
        String unit = "编制单位：上海市普陀区社会福利院                      单位：元\n";
        List<String> paragraphs = paragraphs(unit + body(0, 2), unit + body(2, 2), unit + body(4, 2));
        assertEquals(3, paragraphs.stream().filter(p -> p.endsWith("单位：元")).count(), paragraphs.toString());
    }

    @Test
    void warnsOfAPageWithoutText() {
        var joined = joiner.join(List.of(body(3), "  \n", body(3)));
        assertEquals(1, joined.warnings().size());
        assertEquals(WarningCode.PAGE_WITHOUT_TEXT, joined.warnings().get(0).code());
        assertEquals(2, joined.warnings().get(0).page());
    }

    @Test
    void keepsThePageOfEachParagraph() {
        var blocks = joiner.join(List.of(body(2), body(2))).blocks();
        assertEquals(List.of(1, 1, 2, 2), blocks.stream().map(RawBlock::page).toList());
    }
}
