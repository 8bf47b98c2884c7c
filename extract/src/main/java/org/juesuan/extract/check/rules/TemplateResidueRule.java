package org.juesuan.extract.check.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.juesuan.extract.check.CheckInput;
import org.juesuan.extract.check.Issue;
import org.juesuan.extract.check.Rule;
import org.juesuan.model.Block;
import org.juesuan.model.BlockKind;
import org.juesuan.model.Severity;

/**
 * 模板残留: text of the template left in — ellipses ……, placeholders （项目名称）  XX, blanks such as
 * 占 % or 减少 万元, runs of asterisks, and instructions to the author ({@link AuthorInstructions}). One finding
 * per distinct piece in a block. Not residue: dot leaders to a page number (a table of contents), and 主要原因： whose reason
 * the next paragraph gives.
 */
public final class TemplateResidueRule implements Rule {
    /**
     * ……, ……其他用车主要是用于……; （项目名称）, (单位名称); XX局, XXX万元, ××; 占 %, 占本年支出合计的 %; 增加 万元, 为万元;
     * ***; the template's alternatives left in: 增加（减少）, 下降（增长）, 大于（小于）; a reason announced and
     * never given: 主要原因： at the end of a paragraph, 主要原因是。 anywhere; the template's marker （增加内容）.
     */
    static final Pattern RESIDUE = Pattern.compile(
            // the first char every alternative needs, tested once at each char instead of nine alternatives tried there
            "(?=[….（(XＸ×占增减为支收*下大小主])(?:"
            + "…{2,}|\\.{6,}|[（(](?:项目|单位|部门|科目)名称[）)]|(?<![A-Za-z])[XＸ×]{2,}(?![A-Za-z])|占[^，。；\\d%％]{0,12}?\\s*[%％]"
                    + "|(?:增加|减少|为|支出|收入)\\s*(?:万元|%|％)(?![\\d])|\\*{3,}"
                    + "|(?:增加|减少|增长|下降|大于|小于)[（(](?:增加|减少|增长|下降|大于|小于)[）)]"
                    + "|主要原因(?:是|为)?[:：]\\s*$|主要原因(?:(?:是|为)[:：]?|[:：])[。；;]|[（(](?:增加|新增|补充)内容[）)])");
    /** A leader to a page number, as a table of contents prints it: 一、主要职能……………3 · 名词解释.......12. */
    private static final Pattern LEADER_TO_PAGE = Pattern.compile("^\\s*\\d{1,3}\\s*(?:$|\\n)");
    /** XX, XXX, XXXXXXXX: one placeholder however long. */
    private static final Pattern PLACEHOLDER = Pattern.compile("[XＸ×]{2,}");
    /** 主要原因： at the end of a block. */
    private static final String REASON = "主要原因";

    @Override
    public String id() {
        return "template-residue";
    }

    @Override
    public String chineseName() {
        return "模板文字残留";
    }

    @Override
    public List<Issue> check(CheckInput input) {
        List<Issue> issues = new ArrayList<>();
        List<Block> blocks = input.disclosure().blocks();
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (block.kind() == BlockKind.TABLE || block.kind() == BlockKind.TOC) {
                continue;
            }
            for (String found : residues(block, i + 1 < blocks.size() ? blocks.get(i + 1) : null)) {
                issues.add(new Issue(Severity.WARNING, "疑似模板文字残留：“" + found + "”，请补全或删除", found, null, null,
                        block.start(), block.end(), List.of()));
            }
        }
        return issues;
    }

    /** Each distinct piece of template text in a block (XX and 减少（增加） are two; XX and XXX one), in order. */
    private static Collection<String> residues(Block block, Block next) {
        Map<String, String> found = new LinkedHashMap<>();
        Matcher residue = RESIDUE.matcher(block.text());
        while (residue.find()) {
            boolean leader = LEADER_TO_PAGE.matcher(block.text().substring(residue.end())).find();
            boolean reasonGiven = residue.group().startsWith(REASON) && residue.group().strip().matches(".*[:：]") && continues(block, next);
            if (!leader && !reasonGiven) {
                found.putIfAbsent(PLACEHOLDER.matcher(residue.group()).replaceAll("XX"), residue.group());
            }
        }
        AuthorInstructions.find(block.text()).ifPresent(instruction -> found.putIfAbsent(instruction, instruction));
        return found.values();
    }

    /** Whether the reason announced at the end of a block is given by the next one (a PDF line break). */
    private static boolean continues(Block block, Block next) {
        return next != null && next.kind() == BlockKind.PARAGRAPH && java.util.Objects.equals(next.sectionId(), block.sectionId())
                && !next.text().isBlank();
    }
}
