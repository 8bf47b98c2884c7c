package org.juesuan.extract.check.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.juesuan.extract.check.CheckInput;
import org.juesuan.extract.check.Issue;
import org.juesuan.extract.check.Rule;
import org.juesuan.model.Block;
import org.juesuan.model.BlockKind;
import org.juesuan.model.Severity;

/**
 * 科目层级名称不符: an item explained as 类（类）款（款）项（项） must sit where the classification puts it:
 * 住房保障支出（类）住房保障支出（款）住房公积金（项） names the wrong 款 (住房公积金 is 2210201, under 住房改革支出).
 * Only 项 whose name belongs to one 款 are judged; 行政运行 and its like exist under every 款.
 */
public final class ClassPathRule implements Rule {
    /** 社会保障和就业支出（类）行政事业单位养老支出（款）行政单位离退休（项）, line breaks allowed inside. */
    private static final Pattern PATH = Pattern.compile(
            "(?<kind>[\\p{IsHan}、，（）]{2,20}?)\\s*（\\s*类\\s*）\\s*(?<section>[\\p{IsHan}、，\\s]{2,30}?)\\s*（\\s*款\\s*）"
                    + "\\s*(?<item>[\\p{IsHan}、，\\s]{1,30}?)\\s*（\\s*项\\s*）");

    private final FunctionClassification classification = FunctionClassification.load();

    @Override
    public String id() {
        return "class-path";
    }

    @Override
    public String chineseName() {
        return "科目层级名称不符";
    }

    @Override
    public List<Issue> check(CheckInput input) {
        List<Issue> issues = new ArrayList<>();
        Integer year = input.disclosure().document().fiscalYear();
        if (year == null || year < 2019) {
            return issues;
        }
        for (Block block : input.disclosure().blocks()) {
            if (block.kind() == BlockKind.TABLE || block.kind() == BlockKind.TOC) {
                continue;
            }
            if (!mayHoldPath(block.text())) {
                continue;
            }
            Matcher path = PATH.matcher(block.text());
            while (path.find()) {
                String section = squeeze(path.group("section"));
                String item = squeeze(path.group("item"));
                classification.item(item).filter(known -> !known.section().equals(section)).ifPresent(known ->
                        issues.add(new Issue(Severity.WARNING, "“" + item + "”（" + known.code() + "）属于“" + known.section() + "”款，文中写在“"
                                + section + "”款下", section, known.section(), null, block.start(), block.end(), List.of())));
            }
        }
        return issues;
    }

    /**
     * Whether the text has the three tags every {@link #PATH} match holds. The pattern starts with a
     * lazy run of up to 20 chars, so it is tried at every char of a block; most blocks name no path.
     */
    static boolean mayHoldPath(String text) {
        return text.indexOf('类') >= 0 && text.indexOf('款') >= 0 && text.indexOf('项') >= 0;
    }

    private static String squeeze(String name) {
        return name.replaceAll("\\s+", "");
    }
}
