package org.juesuan.ingest.generated;

import java.util.ArrayList;
import java.util.List;

/**
 * A function class (类) of the 2019-and-later classification with one of its 项: the code is
 * 3 digits of 类, 2 of 款 and 2 of 项.
 */
record FunctionClass(String name, String code, String itemName, String definition) {
    static final FunctionClass GENERAL = new FunctionClass("一般公共服务", "2010301", "行政运行", "反映行政单位（包括实行公务员管理的事业单位）的基本支出");
    static final FunctionClass SOCIAL = new FunctionClass("社会保障和就业", "2080505", "机关事业单位基本养老保险缴费支出",
            "反映机关事业单位实施养老保险制度由单位缴纳的基本养老保险费支出");
    static final FunctionClass HEALTH = new FunctionClass("卫生健康", "2101101", "行政单位医疗", "反映财政部门安排的行政单位基本医疗保险缴费经费");
    static final FunctionClass HOUSING = new FunctionClass("住房保障", "2210201", "住房公积金", "反映行政事业单位按规定为职工缴纳的住房公积金");
    private static final List<FunctionClass> OPTIONAL = List.of(
            new FunctionClass("文化旅游体育与传媒", "2070101", "行政运行", "反映文化和旅游部门行政单位的基本支出"),
            new FunctionClass("农林水", "2130101", "行政运行", "反映农业农村部门行政单位的基本支出"),
            new FunctionClass("城乡社区", "2120101", "行政运行", "反映城乡社区管理事务行政单位的基本支出"),
            new FunctionClass("节能环保", "2110101", "行政运行", "反映生态环境部门行政单位的基本支出"));

    /** 一般公共服务 first, then 社会保障和就业, 卫生健康, 住房保障 and perhaps one more. */
    static List<FunctionClass> choose(Draft draft) {
        List<FunctionClass> chosen = new ArrayList<>(List.of(GENERAL, SOCIAL, HEALTH, HOUSING));
        if (draft.random.nextBoolean()) {
            chosen.add(1, draft.pick(OPTIONAL));
        }
        return chosen;
    }

    /** 20103（款）01（项） as the glossary writes it. */
    String splitCode() {
        return code.substring(0, 5) + "（款）" + code.substring(5) + "（项）";
    }

    /** Another code of the same 款 the glossary does not explain: the text's slip. */
    String wrongCode() {
        return code.substring(0, 5) + (code.endsWith("50") ? "99" : "50");
    }
}
