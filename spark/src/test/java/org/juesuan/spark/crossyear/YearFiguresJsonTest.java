package org.juesuan.spark.crossyear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import org.juesuan.crossyear.YearCounts;
import org.juesuan.crossyear.YearFigures;
import org.juesuan.spark.document.DocumentChecking;
import org.juesuan.spark.document.DocumentResult;
import org.juesuan.spark.document.ReadingSettings;
import org.junit.jupiter.api.Test;

/** A document's figures, kept as JSON by the first stage, read back equal: amounts with their scale, evidence, identity. */
class YearFiguresJsonTest {
    @Test
    void figuresReadBackEqual() throws Exception {
        byte[] text = String.join("\n", "普陀区示例局2024年度部门决算", "第三部分 2024年度部门决算情况说明",
                "一、收入支出决算总体情况说明",
                "2024年度收入、支出总计均为3100.00万元。与2023年度相比，收入支出总计增加47.66万元，增长1.56%。",
                "机关运行经费支出184.650万元，比2023年度增加2.55万元。", "").getBytes(StandardCharsets.UTF_8);
        DocumentResult result = new DocumentChecking(ReadingSettings.defaults()).check("file:/in/b.txt", "b.txt",
                "0".repeat(64), text);
        YearFigures figures = YearFigures.of(result.checked()).orElseThrow();
        assertFalse(figures.implied().isEmpty(), figures.toString());

        assertEquals(figures, YearFiguresJson.read(YearFiguresJson.write(figures)));
    }

    @Test
    void countsReadBackEqualAndFiguresWrittenBeforeCountsReadAsNone() throws Exception {
        byte[] text = String.join("\n", "普陀区示例局2024年度部门决算", "第三部分 2024年度部门决算情况说明",
                "七、财政拨款“三公”经费支出决算情况说明", "（二）“三公”经费财政拨款支出决算具体情况说明。",
                "列明公务接待3批次，比上年增加1批次；接待30人次。", "2024年，公务用车保有量为2辆。", "").getBytes(StandardCharsets.UTF_8);
        DocumentResult result = new DocumentChecking(ReadingSettings.defaults()).check("file:/in/c.txt", "c.txt",
                "1".repeat(64), text);
        YearFigures figures = YearFigures.of(result.checked()).orElseThrow();
        assertEquals(3, figures.counts().stated().size(), figures.counts().toString());
        assertEquals(1, figures.counts().previous().size(), figures.counts().toString());
        String json = YearFiguresJson.write(figures);
        assertEquals(figures, YearFiguresJson.read(json));

        String before = json.substring(0, json.lastIndexOf(",\"counts\":")) + "}";
        YearFigures old = YearFiguresJson.read(before);
        assertEquals(YearCounts.NONE, old.counts());
        assertEquals(figures.identity(), old.identity());
    }
}
