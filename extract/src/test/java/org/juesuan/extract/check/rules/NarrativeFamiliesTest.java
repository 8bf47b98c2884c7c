package org.juesuan.extract.check.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.juesuan.extract.check.Issue;
import org.juesuan.extract.check.Rule;
import org.juesuan.extract.statements.Claims.Component;
import org.juesuan.model.Figure;
import org.juesuan.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The families real disclosures break (issue 10), each rule over sentences built by hand: the
 * defect it must find, and the consistent wording of the real documents it must leave alone.
 */
class NarrativeFamiliesTest {
    /** Amounts, percents and counts of a sentence placed as figures, in order. */
    private static final Pattern FIGURE = Pattern.compile("\\d+(?:\\.\\d+)?\\s*(?:万元|%|批次|人次|次)");

    private static ClaimsFixture withFigures(String text) {
        ClaimsFixture fixture = new ClaimsFixture(text);
        Matcher figure = FIGURE.matcher(text);
        while (figure.find()) {
            fixture.figure(figure.group());
        }
        return fixture;
    }

    private static String severities(Rule rule, ClaimsFixture fixture) {
        List<Issue> issues = rule.check(fixture.input());
        return issues.isEmpty() ? "-" : String.join(" ", issues.stream().map(i -> i.severity().name()).toList());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            年初预算为120.00万元，支出决算为110.50万元，决算数大于预算数的主要原因：追加。   | ERROR
            年初预算为51.50万元，支出决算为51.98万元。决算数大于预算数的主要原因：年中人员退休。 | -
            年初预算为0万元，支出决算为10.77万元，决算数大于预算数的主要原因：年中人员去世。   | -
            年初预算为1.27万元，支出决算为1.27万元，决算数与预算数持平。                   | -
            年初预算为54.53万元，支出决算为54.53万元，完成年初预算的100.00%。决算数同预算数持平。 | -
            年初预算为62.29万元，支出决算为60.99万元。决算数与预算数持平。                  | WARNING
            年初预算为62.29万元，支出决算为60.99万元。决算数与预算数基本持平。               | -
            年初预算为90.00万元，支出决算为88.60万元，决算数大于预算数。年初预算为50.00万元，支出决算为60.50万元，决算数小于预算数。 | ERROR ERROR
            年初预算为50.00万元，支出决算为50.00万元，未完成年初预算。                    | WARNING
            支出决算为220.27万元，完成预算100%，决算数等于预算数。                        | -
            """)
    void budgetComparisonWordsAgreeWithTheAmounts(String text, String expected) {
        assertEquals(expected, severities(new BudgetComparisonRule(), withFigures(text)), text);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            年初预算为0万元，支出决算为45.00万元，完成年初预算的87.30%。   | ERROR
            年初预算为0.00万元，支出决算为0.00万元，完成年初预算的0.00%。 | INFO
            年初预算为446.11万元，支出决算为440.00万元，完成年初预算的98.63%。 | -
            年初预算为21.00万元，支出决算为16.95万元，完成预算的80.71%，其中：因公出国（境）费决算为0.00万元，完成预算的0.00%。 | -
            """)
    void completionAgainstNoBudget(String text, String expected) {
        assertEquals(expected, severities(new ZeroBudgetCompletionRule(), withFigures(text)), text);
    }

    @Test
    void pairedTotalsMustMoveTogether() {
        String text = "财政拨款收入总计增加52.61万元、增长25%，财政拨款支出总计增加56.58万元，增长27%。";
        ClaimsFixture fixture = new ClaimsFixture(text);
        Figure inDelta = fixture.figure("52.61万元");
        Figure inRate = fixture.figure("25%");
        Figure outDelta = fixture.figure("56.58万元");
        Figure outRate = fixture.figure("27%");
        fixture.change("财政拨款收入总计", null, "增加", inDelta, "增长", inRate)
                .change("财政拨款支出总计", null, "增加", outDelta, "增长", outRate);
        assertEquals("ERROR", severities(new PairedTotalsRule(), fixture));
    }

    @Test
    void pairedTotalsThatMoveTogetherAndOtherScopesStaySilent() {
        String text = "收入总计增加90.09万元，支出总计增加90.09万元；财政拨款收入支出总计增加1193.20万元，一般公共预算财政拨款支出增加56.58万元。";
        ClaimsFixture fixture = new ClaimsFixture(text);
        Figure in = fixture.figure("90.09万元");
        Figure out = fixture.figure("90.09万元");
        Figure both = fixture.figure("1193.20万元");
        Figure general = fixture.figure("56.58万元");
        fixture.change("收入总计", null, "增加", in, "", null).change("支出总计", null, "增加", out, "", null)
                .change("财政拨款收入支出总计", null, "增加", both, "", null).change("一般公共预算财政拨款支出", null, "增加", general, "", null);
        assertEquals("-", severities(new PairedTotalsRule(), fixture));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            截至2023年12月31日，上海市普陀区财政局共有车辆0辆。          | WARNING
            截至 2024 年 12 月 31 日，上海市普陀区财政局共有车辆0辆。    | -
            与2023年度相比，收入支出总计减少56.95万元。                  | -
            """)
    void yearEndOfAnotherYear(String text, String expected) {
        assertEquals(expected, severities(new YearConsistencyRule(), withFigures(text).of(null, 2024)), text);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            12、住房保障支出（类）住房保障支出（款）住房公积金（项）。       | WARNING
            10、住房保障支出（类）住房改革支出（款）住房公积金（项）。       | -
            6、社会保障和就业支出（类）抚恤（款）死亡抚恤（项），主要用于… | -
            8、城乡社区支出（类）城乡社区管理事务（款）行政运行（项）。     | -
            11、节能环保支出（类）环境保护管理事务（款）环境保\\n护法规、规划及标准（项）。 | -
            """)
    void itemUnderTheWrongSection(String text, String expected) {
        assertEquals(expected, severities(new ClassPathRule(), withFigures(text.replace("\\n", "\n")).of(null, 2024)), text);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            上海市规划和自然资源局2024年度部门决算表                          | WARNING
            上海市普陀区规划与自然资源局2024年度无政府性基金预算财政拨款收入和支出。 | INFO
            上海市普陀区规划和自然资源局2024年度部门决算表                     | -
            在上海市规划和自然资源局的指导下，完成确权登记。                    | -
            """)
    void accountsOfAnotherBody(String text, String expected) {
        assertEquals(expected, severities(new OrganizationNameRule(), withFigures(text).of("上海市普陀区规划和自然资源局", 2024)), text);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            年初预算为1.27万元，主要用于支付退休人员补贴。。                | INFO
            年初预算为1.27万元，主要用于支付退休人员补贴，。                | INFO
            平均得分99.33分（其中，绩效评级为优的项目39个；绩效自评中共发现问题0个。 | INFO
            平均得分99.86分（其中，绩效评级为优的项目28个）。              | -
            其他用车0辆……单价50万元以上通用设备0台（套）。               | -
            """)
    void punctuationAndBrackets(String text, String expected) {
        assertEquals(expected, severities(new TypographyRule(), withFigures(text)), text);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            （注：数据来源于财决附03表，按部门决算报表填报数据罗列车辆情况。）        | 1
            二、部门决算单位构成（仅有一个单位的部门，本部分内容为“机构设置”）     | 1
            无“三公”经费财政拨款支出的部门，作下述说明：                        | 1
            主要原因：XXXXXXXX。（如持平作持平表述）                           | 2
            如无此项请说明原因。                                             | 1
            一般公共目录……………………3                                         | 0
            说明：上海市普陀区财政局本年度没有政府性基金预算财政拨款收入和支出，故本表无数据。 | 0
            主要用于接待上级部门调研，列明公务接待2批次、26人次。                 | 0
            决算数小于预算数的主要原因：费用节省。                               | 0
            """)
    void instructionsToTheAuthorAreResidue(String text, int expected) {
        assertEquals(expected, new TemplateResidueRule().check(new ClaimsFixture(text).input()).size(), text);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            国内公务接待支出0.39万元。主要用于接待调研，列明公务接待2批次、26人次，其中：接待外宾0批次、0人次。 | -
            国内公务接待支出0.97万元。国内公务接待15批次，125人次（不包括陪同人员）。                          | -
            国内公务接待支出0.50万元，接待批次2次、接待18人次。                                           | -
            国内公务接待支出0.00万元（含外宾接待支出0.00万元）。其中：接待外宾0批次、0人次。                  | WARNING
            """)
    void receptionCountsClauseByClause(String text, String expected) {
        assertEquals(expected, severities(new ReceptionCountsRule(), withFigures(text)), text);
    }

    @Test
    void severityOfAReversedWordIsAnError() {
        ClaimsFixture fixture = withFigures("年初预算为85.60万元，支出决算为80.12万元。决算数大于预算数的主要原因：追加。");
        assertEquals(Severity.ERROR, new BudgetComparisonRule().check(fixture.input()).get(0).severity());
    }

    @Test
    void listsThatAreNotPartitionsAreNotSummed() {
        ClaimsFixture staff = new ClaimsFixture("专任教师120人，其中：教授30人，副教授50人，博士生导师60人。");
        Figure teachers = staff.figure("120人");
        staff.list("专任教师", teachers, new Component("教授", staff.figure("30人"), null),
                new Component("副教授", staff.figure("50人"), null), new Component("博士生导师", staff.figure("60人"), null));
        assertEquals("-", severities(new ComponentsSumRule(), staff), "职称 beside 导师 overlap");

        ClaimsFixture scopes = new ClaimsFixture("政府采购支出100.00万元，其中：合同金额60.00万元，服务采购50.00万元。");
        Figure spent = scopes.figure("100.00万元");
        scopes.list("政府采购支出", spent, new Component("合同金额", scopes.figure("60.00万元"), null),
                new Component("服务采购", scopes.figure("50.00万元"), null));
        assertEquals("-", severities(new ComponentsSumRule(), scopes), "合同金额 is another scope than 支出");

        ClaimsFixture subset = new ClaimsFixture("公务接待费0.50万元，其中：国内接待0.40万元，含外宾接待0.10万元。");
        Figure reception = subset.figure("0.50万元");
        subset.list("公务接待费", reception, new Component("国内接待", subset.figure("0.40万元"), null),
                new Component("含外宾接待", subset.figure("0.10万元"), null));
        assertEquals("-", severities(new ComponentsSumRule(), subset), "含 names a subset");
    }

    @Test
    void aPartitionThatDoesNotAddUpIsStillFound() {
        ClaimsFixture basic = new ClaimsFixture("基本支出231.05万元，其中：人员经费203.63万元，公用经费25.50万元。");
        Figure total = basic.figure("231.05万元");
        basic.list("基本支出", total, new Component("人员经费", basic.figure("203.63万元"), null),
                new Component("公用经费", basic.figure("25.50万元"), null));
        assertEquals("ERROR", severities(new ComponentsSumRule(), basic));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            公务接待费支出决算减少为0.00万元，与2024年持平。        | 1
            公用经费减少5.00万元，其他支出保持不变。                | 0
            减少0.15万元，下降27.78%，其中：因公出国（境）费支出与上一年度持平。 | 0
            """)
    void flatOnlyOfTheSameThing(String text, int expected) {
        assertEquals(expected, new ChangeDirectionRule().check(new ClaimsFixture(text).input()).size(), text);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            19.住房保障支出（类）住房改革支出（款）住房公积金（项），主要用于：事业单位医疗保险支出。   | WARNING
            10、住房保障支出（类）住房改革支出（款）住房公积金（项）。主要用于：缴纳在职人员住房公积金。 | -
            1、社会保障和就业支出（类）行政事业单位养老支出（款）行政单位离退休（项）。主要用于：行政单位退休人员支出。 | -
            7.卫生健康支出（类）行政事业单位医疗（款）行政单位医疗（项），主要用于支付机关及参公单位工作人员基本医疗保险费。 | -
            """)
    void purposeOfAnotherItem(String text, String expected) {
        assertEquals(expected, severities(new ItemPurposeRule(), withFigures(text)), text);
    }

    @Test
    void aTotalStatedTwiceDifferentlyIsFlaggedAtBothPlaces() {
        String text = "机关运行经费支出185.41万元。机关运行经费支出158.41万元。";
        ClaimsFixture fixture = new ClaimsFixture(text);
        Figure first = fixture.figure("185.41万元");
        Figure second = fixture.figure("158.41万元");
        fixture.value("机关运行经费", first).value("机关运行经费", second);
        assertEquals("ERROR ERROR", severities(new ConflictingValueRule(), fixture));
    }
}
