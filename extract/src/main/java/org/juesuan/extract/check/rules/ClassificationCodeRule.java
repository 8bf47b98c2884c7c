package org.juesuan.extract.check.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.juesuan.extract.check.CheckInput;
import org.juesuan.extract.check.Issue;
import org.juesuan.extract.check.Rule;
import org.juesuan.model.Figure;
import org.juesuan.model.FigureKind;
import org.juesuan.model.SectionKind;
import org.juesuan.model.Severity;

/**
 * 科目编码与名词解释不一致: the same classification item must carry the same code in the text and in
 * the glossary. A text code whose class name the glossary explains under another code is flagged.
 */
public final class ClassificationCodeRule implements Rule {
    /** The class name just before a code: 一般公共服务2011101, 一般公共服务（类）20131（款）…, 卫生健康支出2101101. */
    private static final Pattern NAME_BEFORE = Pattern.compile("(\\p{IsHan}{2,20}?)(?:支出)?(?:[（(]类[）)])?\\s*$");

    @Override
    public String id() {
        return "classification-code";
    }

    @Override
    public String chineseName() {
        return "科目编码与名词解释不一致";
    }

    @Override
    public List<Issue> check(CheckInput input) {
        Map<String, List<Figure>> glossary = new HashMap<>();
        List<Figure> text = new ArrayList<>();
        for (Figure figure : input.disclosure().figures()) {
            if (figure.kind() != FigureKind.CODE || figure.value().precision() != 7) {
                continue;
            }
            if (input.within(figure.sectionId(), SectionKind.GLOSSARY)) {
                name(input, figure).ifPresent(n -> glossary.computeIfAbsent(n, k -> new ArrayList<>()).add(figure));
            } else if (!input.inAttachment(figure.sectionId()) && figure.cell() == null) {
                text.add(figure);
            }
        }
        List<Issue> issues = new ArrayList<>();
        for (Figure code : text) {
            String name = name(input, code).orElse(null);
            List<Figure> explained = name == null ? List.of() : glossary.getOrDefault(name, List.of());
            boolean same = explained.stream().anyMatch(g -> g.value().compareTo(code.value()) == 0);
            if (!explained.isEmpty() && !same) {
                Figure other = explained.get(0);
                org.juesuan.model.Block block = blockOf(input, code);
                issues.add(new Issue(Severity.ERROR, "正文中“" + name + "”的科目编码为" + code.value().toPlainString() + "，名词解释中同名科目编码为"
                        + other.value().toPlainString() + "，二者不一致", code.value().toPlainString(), other.value().toPlainString(), null,
                        block.start(), block.end(), List.of(code, other)));
            }
        }
        return issues;
    }

    private static org.juesuan.model.Block blockOf(CheckInput input, Figure figure) {
        return input.disclosure().blocks().stream().filter(b -> b.id().equals(figure.blockId())).findFirst().orElseThrow();
    }

    private static java.util.Optional<String> name(CheckInput input, Figure code) {
        String text = input.disclosure().text();
        int from = Math.max(0, code.start() - 30);
        String before = text.substring(from, code.start());
        int cut = Math.max(Math.max(before.lastIndexOf('：'), before.lastIndexOf('.')), Math.max(before.lastIndexOf('\n'),
                Math.max(before.lastIndexOf('，'), before.lastIndexOf('、'))));
        Matcher matcher = NAME_BEFORE.matcher(before.substring(cut + 1));
        return matcher.find() ? java.util.Optional.of(matcher.group(1)) : java.util.Optional.empty();
    }
}
