package org.juesuan.extract.check.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The rules' quicker scans find exactly what the plain regexes they replace found: the same first
 * doubled word, the same residues in the same order, over texts built from the chars those patterns
 * care about (Han, supplementary Han, punctuation, digits, X, the residue words' chars).
 */
class RuleScansAgreeWithRegexTest {
    /** TypographyRule's regex before the scan. */
    private static final Pattern DOUBLED_WORD = Pattern.compile("(\\p{IsHan}{2})\\1");
    /** TemplateResidueRule's regex before its first-char lookahead. */
    private static final Pattern RESIDUE = Pattern.compile(
            "…{2,}|\\.{6,}|[（(](?:项目|单位|部门|科目)名称[）)]|(?<![A-Za-z])[XＸ×]{2,}(?![A-Za-z])|占[^，。；\\d%％]{0,12}?\\s*[%％]"
                    + "|(?:增加|减少|为|支出|收入)\\s*(?:万元|%|％)(?![\\d])|\\*{3,}"
                    + "|(?:增加|减少|增长|下降|大于|小于)[（(](?:增加|减少|增长|下降|大于|小于)[）)]"
                    + "|主要原因(?:是|为)?[:：]\\s*$|主要原因(?:(?:是|为)[:：]?|[:：])[。；;]|[（(](?:增加|新增|补充)内容[）)]");
    /** ChangeDirectionRule's regex before its first-char lookahead. */
    private static final Pattern CHANGE_AND_FLAT = Pattern.compile(
            "(?:增加|减少|增长|下降)[^。；;，,]{0,15}?(?:[，,]\\s*(?:与|和|较|比|同)[^。；;，,]{0,12}?)?(?:持平|无变化|没有变化|不变)"
                    + "|(?:持平|无变化|没有变化|不变)[^。；;，,]{0,15}?(?:增加|减少|增长|下降)");
    private static final String[] PIECES = {"增长", "持平", "无变化", "没有变化", "不变", "与", "较", "2020年", "情况", "支出", "支", "出", "情", "况", "𠀀", "𠀁", "\uD840", "a", "X", "Ｘ", "×", "…",
        ".", "*", "（", "(", "）", ")", "项目名称", "占", "%", "％", "增加", "减少", "为", "收入", "万元", "下降", "大于", "小于",
        "主要原因", "是", "增加内容", "新增", "：", ":", " ", "\n", "1", "，", "。", "；", "、"};

    @Test
    void theDoubledWordScanFindsWhatTheRegexFound() {
        Random random = new Random(9);
        for (String text : texts(random)) {
            Matcher doubled = DOUBLED_WORD.matcher(text);
            assertEquals(doubled.find() ? doubled.group() : null, TypographyRule.doubledWord(text), text);
        }
        assertEquals("情况情况", TypographyRule.doubledWord("有关情况情况说明"));
        assertEquals("𠀀𠀁𠀀𠀁", TypographyRule.doubledWord("，𠀀𠀁𠀀𠀁"));
        assertEquals(null, TypographyRule.doubledWord("合计1合计1"));
    }

    @Test
    void theResidueLookaheadFindsWhatThePlainRegexFound() {
        Random random = new Random(11);
        for (String text : texts(random)) {
            assertEquals(all(RESIDUE.matcher(text)), all(TemplateResidueRule.RESIDUE.matcher(text)), text);
            assertEquals(all(CHANGE_AND_FLAT.matcher(text)), all(ChangeDirectionRule.CHANGE_AND_FLAT.matcher(text)), text);
        }
    }

    private static List<String> texts(Random random) {
        List<String> texts = new ArrayList<>();
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            int pieces = random.nextInt(14);
            for (int i = 0; i < pieces; i++) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            texts.add(text.toString());
        }
        return texts;
    }

    private static List<String> all(Matcher matcher) {
        List<String> found = new ArrayList<>();
        while (matcher.find()) {
            found.add(matcher.start() + ":" + matcher.group());
        }
        return found;
    }
}
