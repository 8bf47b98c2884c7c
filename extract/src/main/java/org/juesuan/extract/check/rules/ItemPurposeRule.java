package org.juesuan.extract.check.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.juesuan.extract.check.CheckInput;
import org.juesuan.extract.check.Issue;
import org.juesuan.extract.check.Rule;
import org.juesuan.model.Block;
import org.juesuan.model.BlockKind;
import org.juesuan.model.Severity;

/**
 * 科目用途说明与科目不符: an item explained with the purpose of another — 住房公积金（项）。主要用于：事业单位
 * 医疗保险支出. The personnel items fall into three families that never share a purpose: housing
 * (公积金, 购房, 提租), medical insurance (医疗), pensions (养老, 年金, 离退休). A purpose naming only
 * another family's words is flagged.
 */
public final class ItemPurposeRule implements Rule {
    /** 住房公积金（项）。主要用于：… · 行政单位医疗（项），主要用于支付…; up to the purpose's end. */
    private static final Pattern ITEM_AND_PURPOSE = Pattern.compile(
            "(?<item>[\\p{IsHan}\\s]{2,24}?)\\s*（\\s*项\\s*）\\s*[。，,.]?\\s*主要用于[:：]?(?<purpose>[^。；]{2,80})");
    private static final String PURPOSE_WORDS = "主要用于";
    /** The families, each by its words (most specific first where they overlap). */
    private static final Map<String, Pattern> FAMILIES = Map.of(
            "住房", Pattern.compile("公积金|购房|提租|住房"),
            "医疗", Pattern.compile("医疗"),
            "养老", Pattern.compile("养老|年金|离退休|退休"));

    @Override
    public String id() {
        return "item-purpose";
    }

    @Override
    public String chineseName() {
        return "科目用途说明与科目不符";
    }

    @Override
    public List<Issue> check(CheckInput input) {
        List<Issue> issues = new ArrayList<>();
        for (Block block : input.disclosure().blocks()) {
            if (block.kind() != BlockKind.PARAGRAPH && block.kind() != BlockKind.HEADING) {
                continue;
            }
            // every match holds 主要用于; the pattern, led by a lazy run of up to 24 chars, is otherwise
            // tried at every char of every paragraph
            if (!block.text().contains(PURPOSE_WORDS)) {
                continue;
            }
            Matcher explained = ITEM_AND_PURPOSE.matcher(block.text());
            while (explained.find()) {
                String item = explained.group("item").replaceAll("\\s+", "");
                String purpose = explained.group("purpose").replaceAll("\\s+", "");
                Optional<String> family = family(item);
                Optional<String> said = family(purpose);
                if (family.isPresent() && said.isPresent() && !family.equals(said)
                        && !FAMILIES.get(family.get()).matcher(purpose).find()) {
                    issues.add(new Issue(Severity.WARNING, "“" + item + "”的用途写作“" + purpose + "”，属于" + said.get() + "类支出，与科目不符",
                            item, null, null, block.start(), block.end(), List.of()));
                }
            }
        }
        return issues;
    }

    private static Optional<String> family(String text) {
        for (String name : List.of("住房", "医疗", "养老")) {
            if (FAMILIES.get(name).matcher(text).find()) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }
}
