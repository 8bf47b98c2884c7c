package org.juesuan.extract.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A claimer skips a pattern on a text that lacks what the pattern needs: that is only sound if
 * every match the pattern can make holds those chars itself. Each pattern's own examples (and some
 * near misses) are matched, and every match must meet the needs; a text without them must yield
 * the same figures as before, which the finder's own tests and the corpus hold.
 */
class TextNeedsTest {

    private static final List<String> TEXTS = List.of(
            "[bookmark: _Toc15377197] [image: 收支总计] PM2 Office2016 A4 5G 3D 100M",
            "20131（款）01（项） 201（类）31（款）01（项） 20805(款)05(项) 201（类） 20131（款）",
            "一般公共服务2011101: 2011101 0839-2345678 2011101元 2011101个",
            "1-4月 1至4月 1~12月 12月31日 11月18日 3月5号 1月 12月份 9:30 14：30:00 9时30分",
            "财决01表 财决01-1表 财决附03表 图1 表1 附件2 附表3-1 代表3人 第3部分 第1轮 第 2 项",
            "1.\n 2、\n10、\n2)\n（1） (10) ( 3 )",
            "2021年 2021年度 2020年相比 2021 年 12021年",
            "26% 0.19% 100％ 26 % -3.5% 百分之十 百分之二十五 百分之百 百分之3.5 百分之零点五",
            "220.27万元 0万元 1,196,625元 4,733.14 万元 1.5亿元 -0.03万元 50万元以上 1400余万元 壹萬元 貳億元",
            "15批次 125人次 0辆 0台（套） 15名 1,200人 22 人 3个月 5个百分点 30310个人 2户 3所 4张 5本 6篇 7场 8期 9团组");

    static Stream<Arguments> patterns() {
        return Stream.of(
                Arguments.of("converter marker", MarkupClaimer.CONVERTER_MARKER, MarkupClaimer.MARKER_NEEDS),
                Arguments.of("digits into Latin", MarkupClaimer.DIGITS_INTO_LATIN, TextNeeds.digit()),
                Arguments.of("split code", CodeClaimer.SPLIT_CODE, CodeClaimer.SPLIT_CODE_NEEDS),
                Arguments.of("seven-digit code", CodeClaimer.SEVEN_DIGIT_CODE, CodeClaimer.SEVEN_DIGIT_CODE_NEEDS),
                Arguments.of("month range", DateClaimer.MONTH_RANGE, DateClaimer.MONTH_NEEDS),
                Arguments.of("month day", DateClaimer.MONTH_DAY, DateClaimer.MONTH_NEEDS),
                Arguments.of("month", DateClaimer.MONTH, DateClaimer.MONTH_NEEDS),
                Arguments.of("time", DateClaimer.TIME, DateClaimer.TIME_NEEDS),
                Arguments.of("report table", ReferenceClaimer.REPORT_TABLE, ReferenceClaimer.NEEDS.get(0)),
                Arguments.of("numbered part", ReferenceClaimer.NUMBERED_PART, ReferenceClaimer.NEEDS.get(1)),
                Arguments.of("ordinal", ReferenceClaimer.ORDINAL, ReferenceClaimer.NEEDS.get(2)),
                Arguments.of("line list number", ReferenceClaimer.LINE_LIST_NUMBER, ReferenceClaimer.NEEDS.get(3)),
                Arguments.of("bracketed list number", ReferenceClaimer.BRACKETED_LIST_NUMBER, ReferenceClaimer.NEEDS.get(4)),
                Arguments.of("year", YearClaimer.YEAR, YearClaimer.NEEDS),
                Arguments.of("spelled percent", PercentClaimer.SPELLED_PERCENT, PercentClaimer.SPELLED_NEEDS),
                Arguments.of("number percent", PercentClaimer.NUMBER_PERCENT, PercentClaimer.NUMBER_NEEDS),
                Arguments.of("amount", AmountClaimer.AMOUNT, AmountClaimer.NEEDS),
                Arguments.of("count", CountClaimer.COUNT, CountClaimer.NEEDS));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("patterns")
    void everyMatchHoldsWhatThePatternNeeds(String name, Pattern pattern, TextNeeds needs) {
        int matches = 0;
        for (String text : TEXTS) {
            Matcher m = pattern.matcher(TextFolder.fold(text));
            while (m.find()) {
                matches++;
                assertTrue(needs.metBy(m.group()), name + " matched '" + m.group() + "' without what it needs " + needs);
            }
        }
        assertTrue(matches > 0, name + " matched none of its examples: the table above is out of date");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("patterns")
    void aTextWithoutWhatItNeedsIsNotMatched(String name, Pattern pattern, TextNeeds needs) {
        for (String text : List.of("收入合计", "一般公共预算财政拨款", "单位：万元", "2021", "项目", "")) {
            if (!needs.metBy(TextFolder.fold(text))) {
                assertFalse(pattern.matcher(TextFolder.fold(text)).find(), name + " matched '" + text + "'");
            }
        }
    }

    @org.junit.jupiter.api.Test
    void metOnlyWhenEverySetHasAChar() {
        assertTrue(TextNeeds.digitAnd("元").metBy("5元"));
        assertFalse(TextNeeds.digitAnd("元").metBy("五元"));
        assertFalse(TextNeeds.digitAnd("元").metBy("5万"));
        assertTrue(TextNeeds.digit().metBy("第9"));
        assertFalse(TextNeeds.digit().metBy("第九"));
        assertTrue(TextNeeds.NONE.metBy(""));
        assertEquals(List.of(TextNeeds.DIGITS), TextNeeds.digit().anyOfEach());
    }
}
