package org.juesuan.extract.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.juesuan.model.FigureKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class RegexFigureFinderTest {

    private final FigureFinder finder = new RegexFigureFinder();

    @ParameterizedTest(name = "{0} → {1} {2}")
    @CsvSource(delimiter = '|', value = {
        // text                         | kind    | raw                | value      | unit   | decimals
        "支出220.27万元                  | AMOUNT  | 220.27万元         | 220.27     | 万元   | 2",
        "支出决算0万元，年初未安排预算   | AMOUNT  | 0万元              | 0          | 万元   | 0",
        "合计20323.21万元                | AMOUNT  | 20323.21万元       | 20323.21   | 万元   | 2",
        "资产原值1,196,625元             | AMOUNT  | 1,196,625元        | 1196625    | 元     | 0",
        "总额4,733.14 万元               | AMOUNT  | 4,733.14 万元      | 4733.14    | 万元   | 2",
        "收入1.5亿元                     | AMOUNT  | 1.5亿元            | 1.5        | 亿元   | 1",
        "收入3億元                       | AMOUNT  | 3億元              | 3          | 亿元   | 0",
        "支出２２０．２７萬元            | AMOUNT  | ２２０．２７萬元   | 220.27     | 万元   | 2",
        "单价50万元以上通用设备          | AMOUNT  | 50万元             | 50         | 万元   | 0",
        "结余-0.03万元                   | AMOUNT  | -0.03万元          | -0.03      | 万元   | 2",
        "结余－5万元                     | AMOUNT  | －5万元            | -5         | 万元   | 0",
        "支出0.123456万元                | AMOUNT  | 0.123456万元       | 0.123456   | 万元   | 6",
        "标准100元/人/天                 | AMOUNT  | 100元              | 100        | 元     | 0",
        "区间10-20万元                   | AMOUNT  | 20万元             | 20         | 万元   | 0",
        "增长26%                         | PERCENT | 26%                | 26         | %      | 0",
        "增长0.19%。                     | PERCENT | 0.19%              | 0.19       | %      | 2",
        "占100％                         | PERCENT | 100％              | 100        | %      | 0",
        "增长26 %                        | PERCENT | 26 %               | 26         | %      | 0",
        "变动-3.5%                       | PERCENT | -3.5%              | -3.5       | %      | 1",
        "增長２６％                      | PERCENT | ２６％             | 26         | %      | 0",
        "占百分之十                      | PERCENT | 百分之十           | 10         | %      | 0",
        "百分之二十五的经费              | PERCENT | 百分之二十五       | 25         | %      | 0",
        "完成百分之百                    | PERCENT | 百分之百           | 100        | %      | 0",
        "完成百分之一百                  | PERCENT | 百分之一百         | 100        | %      | 0",
        "下降百分之3.5                   | PERCENT | 百分之3.5          | 3.5        | %      | 1",
        "下降百分之零点五                | PERCENT | 百分之零点五       | 0.5        | %      | 1",
        "接待15批次                      | COUNT   | 15批次             | 15         | 批次   | 0",
        "共125人次（不包括陪同人员）     | COUNT   | 125人次            | 125        | 人次   | 0",
        "共有车辆0辆                     | COUNT   | 0辆                | 0          | 辆     | 0",
        "专用设备0台（套）               | COUNT   | 0台（套）          | 0          | 台（套）| 0",
        "专用设备2台(套)                 | COUNT   | 2台(套)            | 2          | 台（套）| 0",
        "专用设备2台套                   | COUNT   | 2台套              | 2          | 台（套）| 0",
        "专用设备2台                     | COUNT   | 2台                | 2          | 台     | 0",
        "出国2团组                       | COUNT   | 2团组              | 2          | 团组   | 0",
        "总编制15名                      | COUNT   | 15名               | 15         | 名     | 0",
        "实有15人                        | COUNT   | 15人               | 15         | 人     | 0",
        "开展4项专项巡察                 | COUNT   | 4项                | 4          | 项     | 0",
        "培训1,200人                     | COUNT   | 1,200人            | 1200       | 人     | 0",
        "实有 22 人                      | COUNT   | 22 人              | 22         | 人     | 0",
        "车辆3輛                         | COUNT   | 3輛                | 3          | 辆     | 0",
        "共5個                           | COUNT   | 5個                | 5          | 个     | 0",
        "中标3家企业                     | COUNT   | 3家                | 3          | 家     | 0",
        "召开2次会议                     | COUNT   | 2次                | 2          | 次     | 0",
        "分3批                           | COUNT   | 3批                | 3          | 批     | 0",
        "购置3套                         | COUNT   | 3套                | 3          | 套     | 0",
        "帮扶5户                         | COUNT   | 5户                | 5          | 户     | 0",
        "学校1所                         | COUNT   | 1所                | 1          | 所     | 0",
        "印发10张                        | COUNT   | 10张               | 10         | 张     | 0",
        "教材3本                         | COUNT   | 3本                | 3          | 本     | 0",
        "信息2篇                         | COUNT   | 2篇                | 2          | 篇     | 0",
        "培训4场                         | COUNT   | 4场                | 4          | 场     | 0",
        "简报6期                         | COUNT   | 6期                | 6          | 期     | 0",
        "代表3人                         | COUNT   | 3人                | 3          | 人     | 0",
        "2021年                          | YEAR    | 2021年             | 2021       | 年     | 0",
        "2021年度部门决算                | YEAR    | 2021年             | 2021       | 年     | 0",
        "与2020年相比                    | YEAR    | 2020年             | 2020       | 年     | 0",
        "2021 年                         | YEAR    | 2021 年            | 2021       | 年     | 0",
        "１９９８年                      | YEAR    | １９９８年         | 1998       | 年     | 0",
        "一般公共服务2011101: 支出       | CODE    | 2011101            | 2011101    | ''     | 0",
        "2080505                         | CODE    | 2080505            | 2080505    | ''     | 0",
        "服务（类）20131（款）01（项）： | CODE    | 20131（款）01（项）| 2013101    | ''     | 0",
        "服务(类)20131(款)01(项)         | CODE    | 20131(款)01(项)    | 2013101    | ''     | 0",
        "201（类）31（款）01（项）       | CODE    | 201（类）31（款）01（项）| 2013101 | ''   | 0",
        "社会保障和就业20805（款）       | CODE    | 20805（款）        | 20805      | ''     | 0",
    })
    void findsOneFigure(String text, FigureKind kind, String raw, String value, String unit, int decimals) {
        List<FoundFigure> figures = finder.find(text);
        assertEquals(1, figures.size(), () -> "figures in '" + text + "': " + figures);
        FoundFigure figure = figures.get(0);
        assertEquals(kind, figure.kind());
        assertEquals(raw, figure.raw());
        assertEquals(new BigDecimal(value), figure.value());
        assertEquals(decimals, figure.decimals());
        assertEquals(unit, figure.unit());
        assertEquals(raw, text.substring(figure.start(), figure.end()));
    }

    @ParameterizedTest(name = "no figure in {0}")
    @ValueSource(strings = {
        "10.00", "10.00 ", "0.0.0.0万元", "20111012", "12021年", "12年",
        "第3部分", "第1轮", "第 2 项",
        "问题1400余个", "1400多个", "3.5个", "1,1966万元",
        "50万", "3万人次", "3千元", "5美元", "3人民币", "30310个人农业生产补贴",
        "12月31日", "11月18日", "1-4月", "1月", "12 月 31 日", "9:30", "9时30分",
        "_Toc15377197", "[bookmark: _Toc15377197]", "[image: 收支总计]", "5G网络", "PM2", "3D打印",
        "财决01表", "财决01-1表", "财决附03表", "附03表", "图1", "表1", "附件2",
        "1、", "1.一般公共服务", "（1）贯彻落实", "(10)", "\n10、 预算绩效管理",
        "3个月", "3个百分点", "0839-2345678", "常规巡察组四个",
    })
    void findsNothingIn(String text) {
        assertEquals(List.of(), finder.find(text));
    }

    static Stream<Arguments> sentences() {
        return Stream.of(
            Arguments.of("截至2021年12月31日，共有车辆0辆", List.of("YEAR 2021年", "COUNT 0辆")),
            Arguments.of("2021年度收、支总计为523.48万元。与2020年相比，收、支总计增加109.19万元，增长26%。",
                List.of("YEAR 2021年", "AMOUNT 523.48万元", "YEAR 2020年", "AMOUNT 109.19万元", "PERCENT 26%")),
            Arguments.of("国内公务接待15批次，125人次（不包括陪同人员）",
                List.of("COUNT 15批次", "COUNT 125人次")),
            Arguments.of("1.一般公共服务2011101: 支出决算为220.27万元，完成预算100%，决算数等于预算数。",
                List.of("CODE 2011101", "AMOUNT 220.27万元", "PERCENT 100%")),
            Arguments.of("单价50万元以上通用设备0台（套），单价100万元以上专用设备0台（套）。",
                List.of("AMOUNT 50万元", "COUNT 0台（套）", "AMOUNT 100万元", "COUNT 0台（套）")),
            Arguments.of("（注：数据来源于财决01-1表和财决08表。）", List.of()),
            Arguments.of("第3部分 [bookmark: _Toc15377225][bookmark: _Toc15396613]名词解释\n10、 预算绩效管理",
                List.of()),
            Arguments.of("今年1-4月，有序推进第九轮常规巡察工作，解决问题1400余个。11月18日，启动", List.of()),
            Arguments.of("5.一般公共服务（类）20131（款）01（项）：指行政运行", List.of("CODE 20131（款）01（项）")),
            Arguments.of("支出如下：\n2.3万元用于培训", List.of("AMOUNT 2.3万元")),
            Arguments.of("项目如下：\n2、3个项目开展绩效监控", List.of("COUNT 3个")),
            Arguments.of("2021年12月31日前\t≥22人\t≥90%\t≤10万元",
                List.of("YEAR 2021年", "COUNT 22人", "PERCENT 90%", "AMOUNT 10万元")),
            Arguments.of("2021年度財政撥款支出220.27萬元，增長2.5％，佔比百分之十",
                List.of("YEAR 2021年", "AMOUNT 220.27萬元", "PERCENT 2.5％", "PERCENT 百分之十")),
            Arguments.of("2011101元", List.of("AMOUNT 2011101元")),
            Arguments.of("2021元", List.of("AMOUNT 2021元")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sentences")
    void findsEachFigureOfASentenceInOrder(String text, List<String> expected) {
        List<FoundFigure> figures = finder.find(text);
        assertEquals(expected, figures.stream().map(f -> f.kind() + " " + f.raw()).toList());
        assertSpansFit(text, figures);
    }

    @Test
    void spansFitTheOriginalAndNeverOverlap() {
        String text = "２０２１年本年收入合计261.74萬元，占１００％；其中：\n（1）接待15批次，125人次。2011101";
        List<FoundFigure> figures = finder.find(text);
        assertEquals(6, figures.size(), figures::toString);
        assertSpansFit(text, figures);
    }

    private static void assertSpansFit(String text, List<FoundFigure> figures) {
        int previousEnd = 0;
        for (FoundFigure figure : figures) {
            assertEquals(figure.raw(), text.substring(figure.start(), figure.end()));
            assertTrue(figure.start() >= previousEnd, () -> "overlap or disorder at " + figure);
            previousEnd = figure.end();
        }
    }
}
