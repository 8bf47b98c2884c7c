package org.juesuan.extract.check.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.juesuan.extract.check.CheckInput;
import org.juesuan.extract.check.Issue;
import org.juesuan.extract.check.Rule;
import org.juesuan.model.Block;
import org.juesuan.model.Severity;

/** 使用2019年前的功能分类科目名称: class names renamed from 2019 on, still used in a later document. */
public final class OutdatedClassNameRule implements Rule {
    private static final int RENAMED_IN = 2019;
    private static final Map<String, String> RENAMED = Map.of(
            "医疗卫生与计划生育", "卫生健康",
            "文化体育与传媒", "文化旅游体育与传媒",
            "国土海洋气象等", "自然资源海洋气象等",
            // 款 22001 and its 项 (其他国土资源事务支出 → 其他自然资源事务支出) were renamed with their 类
            "国土资源事务", "自然资源事务");

    @Override
    public String id() {
        return "outdated-class-name";
    }

    @Override
    public String chineseName() {
        return "使用已调整的旧科目名称";
    }

    @Override
    public List<Issue> check(CheckInput input) {
        List<Issue> issues = new ArrayList<>();
        Integer year = input.disclosure().document().fiscalYear();
        if (year == null || year < RENAMED_IN) {
            return issues;
        }
        for (Map.Entry<String, String> renamed : RENAMED.entrySet()) {
            for (Block block : input.disclosure().blocks()) {
                if (block.text().contains(renamed.getKey()) && !block.text().contains("文化旅游体育与传媒")) {
                    issues.add(new Issue(Severity.WARNING, year + "年度文件仍使用2019年前的科目名称“" + renamed.getKey() + "”，现行名称为“"
                            + renamed.getValue() + "”", renamed.getKey(), renamed.getValue(), null, block.start(), block.end(), List.of()));
                    break;
                }
            }
        }
        return issues;
    }
}
