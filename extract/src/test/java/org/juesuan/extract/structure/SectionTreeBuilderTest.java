package org.juesuan.extract.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.juesuan.extract.layout.DocumentText;
import org.juesuan.extract.parse.RawBlock;
import org.juesuan.model.BlockKind;
import org.juesuan.model.ExtractionWarning;
import org.juesuan.model.WarningCode;
import org.junit.jupiter.api.Test;

class SectionTreeBuilderTest {
    private final SectionTreeBuilder builder = new SectionTreeBuilder();

    private Structure build(String... lines) {
        return builder.build(DocumentText.layOut(Arrays.stream(lines).map(l -> RawBlock.paragraph(l, 1)).toList()));
    }

    /** Each section as "level label title". */
    private static List<String> tree(Structure structure) {
        return structure.sections().stream().map(s -> s.level() + " " + s.label() + " " + s.title()).toList();
    }

    @Test
    void mixedNumberingStylesStayOneList() {
        Structure structure = build("第二部分 决算情况说明", "1、 收入支出决算总体情况说明", "正文。", "2、 收入决算情况说明",
                "3、 支出决算情况说明", "四、财政拨款收入支出决算总体情况说明", "（一）总体情况", "五、其他");
        assertEquals(List.of("1 第二部分 决算情况说明", "2 1、 收入支出决算总体情况说明", "2 2、 收入决算情况说明",
                "2 3、 支出决算情况说明", "2 四、 财政拨款收入支出决算总体情况说明", "3 （一） 总体情况", "2 五、 其他"),
                tree(structure));
        assertEquals(List.of(WarningCode.NUMBERING_MIXED_STYLES), structure.warnings().stream()
                .map(w -> w.code()).filter(c -> c != WarningCode.NUMBERING_SKIPPED).toList());
    }

    @Test
    void aRestartedListNestsAndTheOuterListGoesOn() {
        Structure structure = build("第一部分 部门概况", "一、基本职能", "（二）重点工作完成情况。", "一、工作开展情况",
                "正文。", "二、机构设置");
        assertEquals(List.of("1 第一部分 部门概况", "2 一、 基本职能", "3 （二） 重点工作完成情况", "4 一、 工作开展情况",
                "2 二、 机构设置"), tree(structure));
    }

    @Test
    void theTableOfContentsIsNotTheBody() {
        Structure structure = build("目 录", "第一部分 概况", "一、主要职能", "第二部分 决算表", "第一部分 概况", "一、主要职能",
                "正文。", "第二部分 决算表");
        assertEquals(List.of("1 第一部分 概况", "2 一、 主要职能", "1 第二部分 决算表"), tree(structure));
        assertEquals(List.of(BlockKind.TOC, BlockKind.TOC, BlockKind.TOC, BlockKind.TOC, BlockKind.HEADING,
                BlockKind.HEADING, BlockKind.PARAGRAPH, BlockKind.HEADING), structure.roles());
        assertEquals(List.of("第一部分概况", "一、主要职能", "第二部分决算表"), structure.contentsEntries());
    }

    @Test
    void aStyledHeadingPrintedWithoutItsNumberTakesTheContentsNumber() {
        List<RawBlock> blocks = List.of(RawBlock.paragraph("目 录", 1), RawBlock.paragraph("第一部分 概况", 1),
                RawBlock.paragraph("第二部分 2024年度部门决算表", 1), RawBlock.paragraph("第三部分 决算情况说明", 1),
                RawBlock.heading("第一部分 概况", 2, 1), RawBlock.paragraph("正文。", 2),
                RawBlock.heading("2024年度部门决算表", 3, 1), RawBlock.heading("收入支出决算总表", 3, 2),
                RawBlock.heading("第三部分 决算情况说明", 4, 1));
        Structure structure = builder.build(DocumentText.layOut(blocks));
        assertEquals(List.of("1 第一部分 概况", "1  2024年度部门决算表", "2  收入支出决算总表", "1 第三部分 决算情况说明"),
                tree(structure));
        assertEquals(List.of(), structure.warnings());
    }

    @Test
    void aHeadingNumberedFromTheContentsReportsNoSkipItCannotShow() {
        List<RawBlock> blocks = List.of(RawBlock.paragraph("目 录", 1), RawBlock.paragraph("一、部门职责……………1", 1),
                RawBlock.paragraph("二、机构设置……………2", 1), RawBlock.paragraph("三、名词解释……………3", 1),
                RawBlock.paragraph("一、部门职责", 2), RawBlock.paragraph("正文。", 2),
                RawBlock.paragraph("名词解释", 3), RawBlock.paragraph("正文。", 3));
        Structure structure = builder.build(DocumentText.layOut(blocks));
        assertEquals(List.of("1 一、 部门职责", "1  名词解释"), tree(structure));
        assertEquals(List.of(), structure.warnings(), "编号不连续：前缺少上一序号 named no number");
    }

    @Test
    void numberedSentencesAndDefinitionsAreNotHeadings() {
        Structure structure = build("第三部分 名词解释", "1.财政拨款收入：指单位从同级财政部门取得的财政预算资金。",
                "2.一般公共服务2011101: 支出决算为220.27万元，完成预算100%。", "（1）贯彻落实中央有关决议；");
        assertEquals(List.of("1 第三部分 名词解释"), tree(structure));
    }

    @Test
    void anItemContinuingPlainItemsIsAnItemButOneContinuingRunInHeadingsIsAHeading() {
        Structure items = build("一、主要职能", "（1）贯彻落实中央决议；", "（2）研究处理巡察工作中的其他重要事项");
        assertEquals(List.of("1 一、 主要职能"), tree(items));
        Structure runIn = build("一、项目组织实施情况", "1.制定工作方案。根据当前疫情发展情势，明确防控职责。", "2.制定分工分组方案。");
        assertEquals(List.of("1 一、 项目组织实施情况", "2 2. 制定分工分组方案"), tree(runIn));
    }

    @Test
    void aNotesSecondItemContinuesTheItemItOpensWith() {
        Structure structure = build("一、机关运行经费", "正文。",
                "注：1.“机关运行经费”指行政单位使用一般公共预算安排的基本支出中的日常公用经费支出，包括办公及印刷费、邮电费。",
                "2.“科目编码”和“科目名称”为必填项。");
        assertEquals(List.of("1 一、 机关运行经费"), tree(structure));
        assertEquals(List.of(), structure.warnings(), "编号不连续：2.前缺少上一序号, where 1. follows 注：");
        Structure alone = build("一、机关运行经费", "正文。", "注：本表为空表。", "2.“科目编码”为必填项。");
        assertEquals(WarningCode.NUMBERING_SKIPPED, alone.warnings().get(0).code(), "a note without its 1. still skips it");
    }

    @Test
    void anItemThatChangesItsListsStyleIsReported() {
        Structure structure = build("（二）支出预算总计24,169.74万元。包括：",
                "1．公共安全（类）支出16,593.12万元。主要用于检察院行政支出及检察办案业务、检察网络运行维护等项目支出。",
                "2．社会保障和就业支出1890.27万元。主要用于离休费、基本养老金、职业年金及工伤保险缴费等支出。",
                "3、住房保障支出5686.35万元。主要用于在职人员住房公积金及在职、离退休人员政策性住房补贴支出。");
        assertEquals(List.of(WarningCode.NUMBERING_MIXED_STYLES), structure.warnings().stream().map(ExtractionWarning::code).toList());
        assertEquals("同一列表编号混用不同样式：2． 与 3、", structure.warnings().get(0).message());
        Structure same = build("（二）支出预算总计。包括：", "1．公共安全（类）支出16,593.12万元。主要用于检察院行政支出。",
                "2．社会保障和就业支出1890.27万元。主要用于离休费。");
        assertEquals(List.of(), same.warnings());
    }

    @Test
    void aShortItemOfAListALineAnnouncedIsNoHeading() {
        Structure duties = build("部门主要职能", "主要职能包括：", "一、加强党的建设。落实基层党建责任制，加强基层服务型党组织建设。",
                "二、统筹社区发展。统筹落实市、区两级涉及社区发展的重大决策和社区建设规划。", "三、承办区委、区政府交办的其他事项。",
                "部门机构设置");
        assertEquals(List.of(), tree(duties).stream().filter(line -> line.contains("三、")).toList(),
                "三、 is the last duty, not a section the later parts would sit under");
        Structure unannounced = build("一、项目组织实施情况", "1.制定工作方案。根据当前疫情发展情势，明确防控职责。", "2.制定分工分组方案。");
        assertEquals(List.of("1 一、 项目组织实施情况", "2 2. 制定分工分组方案"), tree(unannounced), "run-in headings go on as before");
    }

    @Test
    void aContentsEntryForAnyOrganizationIsFoundPrintedWithTheOrganizationsName() {
        Structure structure = build("目录", "一、单位主要职能", "二、单位机构设置", "三、名词解释",
                "上海市财政局（单位）主要职能", "上海市财政局是主管全市财政工作的市政府组成部门。",
                "上海市普陀区社会福利院机构设置", "设5个内设机构。", "名词解释", "正文。");
        assertEquals(List.of("1  上海市财政局（单位）主要职能", "1  上海市普陀区社会福利院机构设置", "1  名词解释"), tree(structure),
                "the contents end where the body repeats their first entry in the organization's words");
        Structure other = build("目录", "一、单位主要职能", "二、名词解释", "上海市财政局（单位）主要职能", "正文。",
                "年度主要职能", "正文。");
        assertEquals(List.of("1  上海市财政局（单位）主要职能"), tree(other), "年度 is not an organization's name");
    }

    @Test
    void numberedRowsOfAFlattenedTableAreNotHeadings() {
        Structure structure = build("第二部分 决算表", "收入支出决算总表", "项目 决算数", "八、其他收入 6.20 八、社会保障和就业支出 326.71",
                "九、卫生健康支出 60.99 60.99", "十、节能环保支出", "十一、城乡社区支出", "本年收入合计 2,946.25 2,940.05");
        assertEquals(List.of("1 第二部分 决算表"), tree(structure));
    }

    @Test
    void aSkippedNumberIsKeptAndReported() {
        Structure structure = build("一、收入", "正文。", "三、支出");
        assertEquals(List.of("1 一、 收入", "1 三、 支出"), tree(structure));
        assertEquals(WarningCode.NUMBERING_SKIPPED, structure.warnings().get(0).code());
    }

    @Test
    void sectionsRunToTheNextHeadingAtTheirLevel() {
        Structure structure = build("一、收入", "正文甲。", "（一）明细", "正文乙。", "二、支出", "正文丙。");
        SectionDraft income = structure.sections().get(0);
        SectionDraft detail = structure.sections().get(1);
        SectionDraft spending = structure.sections().get(2);
        assertEquals(spending.start(), income.end());
        assertEquals(spending.start(), detail.end());
        assertEquals(0, detail.parent());
        assertEquals(1, structure.sectionOfBlock(3));
        assertEquals(2, structure.sectionOfBlock(5));
    }

    @Test
    void wordHeadingStylesAreHeadingsEvenWithoutNumbering() {
        DocumentText text = DocumentText.layOut(List.of(RawBlock.heading("第一部分 概况", 1, 1),
                RawBlock.heading("主要职能", 1, 2), RawBlock.paragraph("正文。", 1), RawBlock.heading("名词解释", 1, 1)));
        assertEquals(List.of("1 第一部分 概况", "2  主要职能", "1  名词解释"), tree(builder.build(text)));
    }
}
