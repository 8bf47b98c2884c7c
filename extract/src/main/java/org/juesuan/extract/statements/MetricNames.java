package org.juesuan.extract.statements;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.juesuan.extract.figures.TextFolder;

/**
 * The canonical names of the metrics disclosures state, and how a subject as printed maps to one.
 * The longest name found in the subject wins: 一般公共预算财政拨款基本支出 before 基本支出.
 */
public final class MetricNames {
    /** Variants as printed (after folding quotes, brackets and spaces) → canonical name. */
    private static final Map<String, String> VARIANTS = new LinkedHashMap<>();
    /** Quotes, spaces and the words that only say "final-accounts figure" (决算, 决算数). */
    private static final Pattern NOISE = Pattern.compile("[“”\"'‘’\\s]|决算数|决算");

    static {
        canonical("收、支总计", "收、支总计", "收支总计", "收入支出总计", "收入、支出总计");
        canonical("财政拨款收、支总计", "财政拨款收、支总计", "财政拨款收支总计", "财政拨款收入支出总计");
        canonical("收入总计", "收入总计");
        canonical("支出总计", "支出总计");
        canonical("财政拨款收入总计", "财政拨款收入总计");
        canonical("财政拨款支出总计", "财政拨款支出总计");
        canonical("本年收入合计", "本年收入合计", "本年收入");
        canonical("本年支出合计", "本年支出合计", "本年支出");
        canonical("财政拨款收入", "财政拨款收入");
        canonical("财政拨款支出", "财政拨款支出");
        canonical("一般公共预算财政拨款收入", "一般公共预算财政拨款收入");
        canonical("一般公共预算财政拨款支出", "一般公共预算财政拨款支出", "一般公共预算支出");
        canonical("一般公共预算财政拨款基本支出", "一般公共预算财政拨款基本支出");
        canonical("一般公共预算财政拨款项目支出", "一般公共预算财政拨款项目支出");
        canonical("政府性基金预算财政拨款支出", "政府性基金预算财政拨款支出", "政府性基金预算支出");
        canonical("国有资本经营预算财政拨款支出", "国有资本经营预算财政拨款支出", "国有资本经营预算支出");
        canonical("基本支出", "基本支出");
        canonical("项目支出", "项目支出");
        canonical("人员经费", "人员经费");
        canonical("公用经费", "公用经费", "日常公用经费");
        canonical("三公经费", "三公经费", "三公经费财政拨款支出", "三公经费支出");
        canonical("因公出国（境）费", "因公出国(境)费", "因公出国(境)费用", "因公出国(境)经费");
        canonical("公务用车购置及运行维护费", "公务用车购置及运行维护费", "公务用车购置及运行费");
        canonical("公务用车购置费", "公务用车购置费", "公务用车购置");
        canonical("公务用车运行维护费", "公务用车运行维护费", "公务用车运行费");
        canonical("公务接待费", "公务接待费", "公务接待");
        canonical("国内公务接待费", "国内公务接待费", "国内公务接待");
        canonical("机关运行经费", "机关运行经费");
        canonical("政府采购支出总额", "政府采购支出总额", "政府采购总额");
        canonical("授予中小企业合同金额", "授予中小企业合同金额", "授予中小企业合同");
        canonical("授予小微企业合同金额", "授予小微企业合同金额", "授予小微企业合同");
        canonical("年初结转和结余", "年初结转和结余");
        canonical("年末结转和结余", "年末结转和结余");
    }

    private MetricNames() {
    }

    private static void canonical(String name, String... variants) {
        for (String variant : variants) {
            VARIANTS.put(fold(variant), name);
        }
    }

    /** The canonical metric a subject names, when it names one. */
    public static Optional<String> canonicalOf(String subject) {
        String folded = fold(subject);
        List<String> found = new ArrayList<>();
        for (String variant : VARIANTS.keySet()) {
            if (folded.contains(variant)) {
                found.add(variant);
            }
        }
        return found.stream().max(Comparator.comparingInt(String::length)).map(VARIANTS::get);
    }

    /** The subject in simplified characters and ASCII brackets, without quotes, spaces and the words 决算 / 决算数. */
    public static String fold(String subject) {
        return NOISE.matcher(TextFolder.fold(subject)).replaceAll("");
    }
}
