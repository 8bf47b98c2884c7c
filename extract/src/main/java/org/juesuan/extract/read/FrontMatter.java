package org.juesuan.extract.read;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.juesuan.extract.layout.PlacedBlock;
import org.juesuan.model.DocumentKind;

/**
 * The title, organization, fiscal year and kind, read from the front page or, failing that, from the body.
 *
 * @param title        the title as printed, or null
 * @param organization the disclosing department or unit, or null
 * @param fiscalYear   the year the accounts (or the budget) cover, or null
 * @param kind         final accounts or budget
 */
record FrontMatter(String title, String organization, Integer fiscalYear, DocumentKind kind) {
    /** 上海市普陀区财政局2024年度部门决算, 区委巡察办2021年度单位决算公开: organization, year. */
    private static final Pattern TITLE = Pattern.compile("^(.{2,40}?)\\s*((?:19|20)\\d{2})\\s*年度?\\s*(?:部门|单位)?\\s*决算");
    /** A title line that starts with the year, the organization standing on the line before: 2024年度部门决算. */
    private static final Pattern YEAR_TITLE = Pattern.compile("^((?:19|20)\\d{2})\\s*年度?\\s*(?:部门|单位)?\\s*决算");
    /** 上海市普陀区万里街道办事处2024年度部门预算, 上海市财政局2025年单位预算: a budget's title. */
    private static final Pattern BUDGET_TITLE = Pattern.compile("^(.{2,40}?)\\s*((?:19|20)\\d{2})\\s*年度?\\s*(?:部门|单位)\\s*预算");
    /** 2025年度部门预算 with the organization on the line before. */
    private static final Pattern BUDGET_YEAR_TITLE = Pattern.compile("^((?:19|20)\\d{2})\\s*年度?\\s*(?:部门|单位)\\s*预算");
    /** 预算主管部门：上海市普陀区人民政府万里街道办事处, 预算单位：上海市财政局: a budget's cover names its body. */
    private static final Pattern ORGANIZATION_LABEL = Pattern.compile("^(?:预算主管部门|预算单位)\\s*[：:]\\s*(\\p{IsHan}.{1,40})$");
    /** 上海市普陀区2023年区级部门预算, 上海市2025年市级单位预算: a region's budget title, the body named below it. */
    private static final Pattern REGION_BUDGET_TITLE = Pattern.compile("^.{2,20}?((?:19|20)\\d{2})\\s*年度?\\s*(?:区级|市级|县级|省级)(?:部门|单位)预算");
    /** 第一部分 上海市普陀区财政局概况: the organization named in part one's heading. */
    private static final Pattern OVERVIEW = Pattern.compile("^第一部分\\s*(.{2,40}?)(?:部门|单位)?\\s*概况$");
    /** 第一部分 部门概况 names no organization: 部门, 单位, 部门（单位）. */
    private static final Pattern GENERIC_NAME = Pattern.compile("^(?:部门|单位)(?:[（(](?:部门|单位)[）)])?$");
    /** A line that is just an organization's name: 中共广元市朝天区委巡察工作领导小组办公室. */
    private static final Pattern ORGANIZATION_LINE = Pattern.compile(
            "^(?:中共|中国)?\\p{IsHan}{2,12}(?:省|市|区|县|州|旗)\\p{IsHan}{1,30}(?:局|委员会|办公室|厅|部|中心|院|所|站|馆|队|会|处|委|办|署|社|团|校|园)$");
    /** The year a disclosure names for its accounts: 2021年度部门决算, 2021年度决算. */
    private static final Pattern ACCOUNTS_YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年度?\\s*(?:部门|单位)?\\s*决算");
    /** The year a budget names for itself: 2024年度部门预算, 2025年单位预算, 2024年区级部门预算. */
    private static final Pattern BUDGET_YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年度?\\s*(?:区级|市级|县级|省级)?(?:部门|单位)\\s*预算");
    /** Any 2021年度, counted when nothing better names the year. */
    private static final Pattern YEAR_OF = Pattern.compile("((?:19|20)\\d{2})\\s*年度");
    /** The longest cover line that is part of a wrapped organization name. */
    private static final int COVER_LINE = 24;
    /** How far into the document the front page may reach. */
    private static final int FRONT_BLOCKS = 6;

    static FrontMatter read(List<PlacedBlock> blocks, String metadataTitle, String text) {
        Title found = title(blocks, TITLE, YEAR_TITLE);
        if (found == null) {
            found = title(blocks, BUDGET_TITLE, BUDGET_YEAR_TITLE);
        }
        String title = found == null ? null : found.title();
        String organization = found == null ? null : found.organization();
        String labelled = labelledOrganization(blocks);
        if (labelled != null) {
            organization = labelled;
            if (title == null) {
                title = regionBudgetTitle(blocks);
            }
        }
        if (title == null && metadataTitle != null && (metadataTitle.contains("决算") || metadataTitle.contains("预算"))) {
            title = metadataTitle.replaceFirst("\\.(?i:pdf|docx?|txt)$", "");
        }
        if (organization == null) {
            organization = organizationFromBody(blocks);
        }
        DocumentKind kind = DisclosureSignals.kind(title, text);
        return new FrontMatter(title, organization,
                fiscalYear(blocks, kind == DocumentKind.BUDGET ? BUDGET_YEAR : ACCOUNTS_YEAR), kind);
    }

    /** The body a front-page label names (预算主管部门：…), the surest name a budget gives. */
    private static String labelledOrganization(List<PlacedBlock> blocks) {
        for (int i = 0; i < Math.min(FRONT_BLOCKS, blocks.size()); i++) {
            Matcher label = ORGANIZATION_LABEL.matcher(blocks.get(i).text().strip());
            if (label.matches()) {
                return label.group(1).strip();
            }
        }
        return null;
    }

    private static String regionBudgetTitle(List<PlacedBlock> blocks) {
        for (int i = 0; i < Math.min(FRONT_BLOCKS, blocks.size()); i++) {
            String text = blocks.get(i).text().strip();
            if (REGION_BUDGET_TITLE.matcher(text).find()) {
                return text;
            }
        }
        return null;
    }

    private record Title(String title, String organization) {
    }

    /** The first front line matching the full title, or a year-first title under the organization's name. */
    private static Title title(List<PlacedBlock> blocks, Pattern full, Pattern yearFirst) {
        for (int i = 0; i < Math.min(FRONT_BLOCKS, blocks.size()); i++) {
            String text = blocks.get(i).text().strip();
            Matcher named = full.matcher(text);
            if (named.find() && !text.startsWith("第")) {
                return new Title(text, named.group(1).strip());
            }
            if (yearFirst.matcher(text).find() && i > 0) {
                String organization = coverName(blocks, i);
                return new Title(organization + text, organization);
            }
        }
        return null;
    }

    /** The organization's name above a year-first title line; a long name may wrap over several lines. */
    private static String coverName(List<PlacedBlock> blocks, int titleIndex) {
        StringBuilder name = new StringBuilder();
        for (int i = titleIndex - 1; i >= 0; i--) {
            String line = blocks.get(i).text().strip();
            if (blocks.get(i).page() != blocks.get(titleIndex).page() || line.length() > COVER_LINE
                    || line.chars().anyMatch(Character::isDigit)) {
                break;
            }
            name.insert(0, line);
        }
        return name.isEmpty() ? blocks.get(titleIndex - 1).text().strip() : name.toString();
    }

    private static String organizationFromBody(List<PlacedBlock> blocks) {
        for (PlacedBlock block : blocks) {
            Matcher overview = OVERVIEW.matcher(block.text().strip());
            if (overview.matches() && !GENERIC_NAME.matcher(overview.group(1)).matches()) {
                return overview.group(1).strip();
            }
        }
        for (PlacedBlock block : blocks) {
            String text = block.text().strip();
            if (ORGANIZATION_LINE.matcher(text).matches()) {
                return text;
            }
        }
        return null;
    }

    private static Integer fiscalYear(List<PlacedBlock> blocks, Pattern namedYear) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (PlacedBlock block : blocks) {
            Matcher accounts = namedYear.matcher(block.text());
            if (accounts.find()) {
                return Integer.valueOf(accounts.group(1));
            }
            Matcher year = YEAR_OF.matcher(block.text());
            while (year.find()) {
                counts.merge(Integer.valueOf(year.group(1)), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }
}
