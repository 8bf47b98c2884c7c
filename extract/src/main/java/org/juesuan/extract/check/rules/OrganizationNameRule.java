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
 * 单位名称前后不一致: the accounts attributed to another body — the district bureau's tables headed
 * 上海市规划和自然资源局2024年度部门决算表, the city's bureau of that name (WARNING) — or the organization's
 * own name misspelt, 规划与自然资源局 for 规划和自然资源局 (INFO).
 */
public final class OrganizationNameRule implements Rule {
    /** 上海市普陀区规划和自然资源局: the higher region, the district, the body itself. */
    private static final Pattern REGIONS = Pattern.compile("^(?<city>\\p{IsHan}{1,6}?[省市])(?<district>\\p{IsHan}{1,6}?[区县])(?<body>\\p{IsHan}{2,}.*)$");
    /** The body named as the owner of the accounts: …局2024年度部门决算 · …局部门决算. */
    private static final String OWNS_ACCOUNTS = "\\s*(?:20\\d{2}\\s*年度?)?\\s*(?:部门|单位)?决算";

    @Override
    public String id() {
        return "organization-name";
    }

    @Override
    public String chineseName() {
        return "单位名称前后不一致";
    }

    @Override
    public List<Issue> check(CheckInput input) {
        List<Issue> issues = new ArrayList<>();
        String organization = input.disclosure().document().organization();
        Matcher regions = organization == null ? null : REGIONS.matcher(organization);
        if (regions == null || !regions.matches()) {
            return issues;
        }
        Pattern otherBody = Pattern.compile(Pattern.quote(regions.group("city")
                + regions.group("body")) + OWNS_ACCOUNTS);
        String misspelt = swapConjunction(regions.group("body"));
        for (Block block : input.disclosure().blocks()) {
            if (block.kind() == BlockKind.TABLE || input.inAttachment(block.sectionId())) {
                continue;
            }
            String text = block.text().replaceAll("\\s+", "");
            Matcher other = otherBody.matcher(text);
            if (other.find()) {
                issues.add(new Issue(Severity.WARNING, "决算归属写作“" + regions.group("city") + regions.group("body") + "”，本单位为“"
                        + organization + "”", regions.group("city") + regions.group("body"), organization, null, block.start(), block.end(), List.of()));
            } else if (!misspelt.equals(regions.group("body")) && text.contains(misspelt)) {
                issues.add(new Issue(Severity.INFO, "单位名称写作“…" + misspelt + "”，本单位为“" + organization + "”", misspelt, regions.group("body"),
                        null, block.start(), block.end(), List.of()));
            }
        }
        return issues;
    }

    /** 规划和自然资源局 ↔ 规划与自然资源局. */
    private static String swapConjunction(String body) {
        return body.contains("和") ? body.replace("和", "与") : body.replace("与", "和");
    }
}
