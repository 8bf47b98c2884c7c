package org.juesuan.extract.tables;

import java.util.List;
import java.util.regex.Pattern;
import org.juesuan.model.TableKind;

/**
 * Which of the nine a caption names, under its final-accounts or its budget name, with or without a
 * year, an organization, 附表N / 表N / 公开01表 numbering or a trailing （功能科目）. The names are
 * tried from the most specific to the least, and each is anchored at the caption's end, so
 * 支出决算表 never claims 一般公共预算财政拨款支出决算表 and 一般公共预算机关运行经费支出预算表 is none of them.
 */
final class CaptionKinds {
    /** A name pattern and the kind it means. */
    private record Name(Pattern pattern, TableKind kind) {
    }

    /** Numbering before a caption: 附表1、 · 表3 · 表3- · 公开01表 · 附件2： · 一、 · (一). */
    static final Pattern NUMBERING = Pattern.compile(
            "^(?:附件\\d*[：:、.]?|附表\\d+[-—：:、.]?|表\\d+[-—：:、.]?|公开\\d+表|[一二三四五六七八九十]+[、.]|[（(][一二三四五六七八九十\\d]+[）)])+");
    /** What a caption may carry after its name: （功能科目） · (经济分类) · 续表 markers. */
    static final Pattern TRAILER = Pattern.compile("(?:[（(][^（()）]{1,12}[）)]|续表|（续）|\\(续\\))+$");
    /** Quotation marks around 三公: “三公” "三公" ‘三公’ 「三公」. */
    static final Pattern QUOTES = Pattern.compile("[“”\"‘’'「」『』]");

    private static final String DONE = "(?:决算|预算)?";

    private static final List<Name> NAMES = List.of(
            // 一般公共预算财政拨款“三公”经费支出决算表 · 部门“三公”经费和机关运行经费预算表 · “三公”经费、会议费、培训费支出预算表
            name("三公经费.*表$", TableKind.THREE_PUBLIC),
            // 政府性基金预算财政拨款收入支出决算表 · 政府性基金预算支出功能分类预算表 · 政府性基金财政拨款支出预算表
            name("政府性基金(?:预算)?(?:财政拨款)?(?:收入|收支)?支出(?:功能分类)?" + DONE + "表$", TableKind.GOVERNMENT_FUND),
            // 国有资本经营预算财政拨款(收入)支出决算表 · 国有资本经营预算支出功能分类预算表
            name("国有资本经营(?:预算)?(?:财政拨款)?(?:收入|收支)?支出(?:功能分类)?" + DONE + "表$", TableKind.STATE_CAPITAL),
            // 一般公共预算财政拨款基本支出决算表 · 一般公共预算基本支出部门预算经济分类预算表 · …预算表（经济科目）
            name("一般公共预算(?:财政拨款)?基本支出(?:(?:部门预算)?经济分类)?" + DONE + "表$", TableKind.GENERAL_BUDGET_BASIC),
            // 一般公共预算财政拨款支出决算表 · 一般公共预算支出功能分类预算表 · 一般公共预算支出预算表（功能科目）
            name("一般公共预算(?:财政拨款)?支出(?:功能分类)?" + DONE + "表$", TableKind.GENERAL_BUDGET_EXPENDITURE),
            // 财政拨款收入支出决算总表 · 财政拨款收支预算总表
            name("财政拨款收(?:入)?支(?:出)?" + DONE + "总表$", TableKind.FISCAL_SUMMARY),
            // 收入支出决算总表 · 财务收支预算总表 · 收支预算总表 · 部门收支总表
            name("(?<!拨款)(?:财务)?收(?:入)?支(?:出)?" + DONE + "总表$", TableKind.INCOME_EXPENDITURE_SUMMARY),
            // 收入决算表 · 收入预算表 · 部门收入预算总表
            name("(?<!拨款|基金|事业|经营|其他|补助|上缴)收入" + DONE + "(?:总)?表$", TableKind.INCOME),
            // 支出决算表 · 支出预算表 · 部门支出预算总表; not 基本支出, 项目支出, 财政拨款支出, 经费支出, 采购支出…
            name("(?<!基本|项目|拨款|经费|运行|采购|预算|收入|分类|经营|基金|人员|公用)支出" + DONE + "(?:总)?表$",
                    TableKind.EXPENDITURE));

    private CaptionKinds() {
    }

    private static Name name(String regex, TableKind kind) {
        return new Name(Pattern.compile(regex), kind);
    }

    /** The kind a caption names, or OTHER. */
    static TableKind kindOf(String caption) {
        String core = core(caption);
        if (core.isEmpty()) {
            return TableKind.OTHER;
        }
        for (Name name : NAMES) {
            if (name.pattern().matcher(core).find()) {
                return name.kind();
            }
        }
        return TableKind.OTHER;
    }

    /** The caption reduced to its name: normalised, numbering, quotes and trailing remarks dropped. */
    static String core(String caption) {
        String text = QUOTES.matcher(CellText.normalise(caption)).replaceAll("");
        text = NUMBERING.matcher(text).replaceFirst("");
        return TRAILER.matcher(text).replaceFirst("");
    }
}
