package org.juesuan.extract.check.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.juesuan.model.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rates stated between two printed values, the Shanghai budgets' item form, read end to end from a
 * text file: the sentences below are the 万里 2023 budget's, as printed (its items 2, 3 and 16), and
 * its 2024 budget's, whose rates are right.
 */
class StatedRatesTest {
    private static final String TITLE = "上海市普陀区万里街道2023年部门预算\n\n二、部门预算编制说明\n\n";

    @TempDir
    Path folder;

    @Test
    void aRateBetweenTwoPrintedValuesIsRecomputed() throws Exception {
        List<Finding> findings = check("3.“一般公共服务支出（类）群众团体事务（款）一般行政管理事务（项）”45.41万元，主要用于群众团体事务。"
                + "2022年当年预算执行数为11.67万元，2023年预算安排45.41万元，比2022年预算执行数增加314.82%。主要原因是：经费增加。\n\n"
                + "16.“社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位职业年金缴费支出（项）”220.63万元，主要用于职业年金缴费支出。"
                + "2022年当年预算执行数为132.59万元，2023年预算安排441.25万元，比2022年预算执行数增加60.54%。主要原因是：经费增加。\n");
        List<String> rates = findings.stream().filter(f -> f.ruleId().equals("change-rate")).map(Finding::message).toList();
        assertEquals(List.of("增长率应约为289.12%，文中为314.82%（上年数约为11.67万元）",
                "增长率应约为232.79%，文中为60.54%（上年数约为132.59万元）"), rates);
    }

    @Test
    void lastYearAndThisYearByWordsAreReadToo() throws Exception {
        List<String> rates = check("上年执行数为11.67万元，本年预算安排45.41万元，比上年增加314.82%。\n").stream()
                .filter(f -> f.ruleId().equals("change-rate")).map(Finding::message).toList();
        assertEquals(List.of("增长率应约为289.12%，文中为314.82%（上年数约为11.67万元）"), rates);
    }

    @Test
    void aRateFromZeroIsMeaningless() throws Exception {
        List<Finding> findings = check("2.“一般公共服务支出（类）统计信息事务（款）专项普查活动（项）”60.13万元，主要用于专项普查活动。"
                + "2022年当年预算执行数为0万元，2023年预算安排60.13万元，比2022年预算执行数增加100.00%。主要原因是：2023年新增专项普查活动经费。\n");
        assertEquals(List.of("change-zero-base"), findings.stream().map(Finding::ruleId).filter(r -> r.startsWith("change")).toList());
    }

    @Test
    void rightRatesAndSentencesThatDoNotReadWithoutDoubtAreSilent() throws Exception {
        List<String> silent = List.of(
                "2023年当年预算执行数为60.13万元，2024年预算安排25.77万元，比2023年预算执行数减少57.14%。",
                "2023年当年预算执行数为60.79万元，2024年预算安排88.87万元，比2023年预算执行数增加46.19%。",
                "2023年当年预算执行数为15.00万元，2024年预算安排30.00万元，比2023年预算执行数增加100.00%。",
                // the values move against the word: which one is wrong cannot be told
                "2023年当年预算执行数为60.13万元，2024年预算安排25.77万元，比2023年预算执行数增加57.14%。",
                // years that are not one after the other
                "2021年当年预算执行数为11.67万元，2023年预算安排45.41万元，比2021年预算执行数增加314.82%。",
                // last year and this year by words, the comparison with a year of its own
                "上年执行数为11.67万元，本年预算安排45.41万元，比2019年增加314.82%。",
                // a third amount: the rate may belong to another pair
                "2022年执行数为11.67万元，2023年预算安排45.41万元，其中项目支出3.00万元，比2022年增加314.82%。");
        for (String sentence : silent) {
            List<String> rules = check(sentence + "\n").stream().map(Finding::ruleId).filter(r -> r.startsWith("change")).toList();
            assertEquals(List.of(), rules, sentence);
        }
    }

    private List<Finding> check(String body) throws Exception {
        return TextFileChecks.findings(folder, TITLE, body);
    }
}
