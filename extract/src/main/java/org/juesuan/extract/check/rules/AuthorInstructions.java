package org.juesuan.extract.check.rules;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the genre of a template's instructions to its author — text that speaks to whoever
 * fills the template in, not to the reader of the accounts. An instruction pairs a directive (what
 * to write, keep, list or leave out) with an address (the condition under which the author must do
 * it, or the template's own parts: 本部分, 本表, 下述, 上述, 此处). A directive alone (说明, 列明 with its
 * figures) is ordinary disclosure wording, so both must stand in one clause group.
 */
final class AuthorInstructions {
    /**
     * The directive: 作下述说明 · 作持平表述 (如持平作持平表述) · 请填写 · 此处填写 · 填报数据罗列 · 仍保留该表格式 · 保留…名词解释 ·
     * 不列举 · 不涉及的不列 · 依次说明到各项级科目 · 请说明 · 本部分内容为.
     */
    private static final Pattern DIRECTIVE = Pattern.compile(
            "作[^，。；（）]{0,6}?(?:说明|表述)|请(?:填写|填报|说明|补充|删除|根据)|此处填写|填报数据罗列|保留(?:该|此|本)?表(?:格)?格式"
                    + "|保留[^，。；]{0,12}名词解释|不列举|不涉及的不列|依次说明到|本部分内容为|(?:此表|本表)(?:不|无需)(?:填|公开)");
    /**
     * The address: 如持平 · 若无 · 如无此项 · 无…的部门 · 没有…的单位 · 仅有一个单位的部门 · 不涉及的 · 按部门决算报表 ·
     * 按上述格式 · 下述 · 此处 · 本部分 · 以下同.
     */
    private static final Pattern ADDRESS = Pattern.compile(
            "[如若](?:无|有|持平|不涉及|没有)|(?:无|没有|仅有)[^，。；]{0,24}的(?:部门|单位)|不涉及的|按(?:部门)?决算报表|按上述格式|下述|此处|本部分|以下同");
    /** An instruction set aside in brackets: （不涉及的不列）, （如持平作持平表述）. */
    private static final Pattern ASIDE = Pattern.compile("[（(][^（()）]{4,80}[）)]");
    /** Otherwise the reach of one instruction: up to the next full stop. */
    private static final Pattern SENTENCE = Pattern.compile("[^。！？\\n]{4,160}");

    private AuthorInstructions() {
    }

    /** The first instruction to the author in the text, as printed (a bracketed aside before a sentence), or empty. */
    static Optional<String> find(String text) {
        // Neither pattern has anchors or lookarounds, so one that finds nothing in the whole text finds
        // nothing in any piece of it: most blocks are passed over after two scans instead of one per piece.
        if (!DIRECTIVE.matcher(text).find() || !ADDRESS.matcher(text).find()) {
            return Optional.empty();
        }
        Optional<String> aside = first(ASIDE.matcher(text));
        return aside.isPresent() ? aside : first(SENTENCE.matcher(text));
    }

    private static Optional<String> first(Matcher piece) {
        while (piece.find()) {
            String candidate = piece.group();
            if (DIRECTIVE.matcher(candidate).find() && ADDRESS.matcher(candidate).find()) {
                return Optional.of(candidate.strip());
            }
        }
        return Optional.empty();
    }
}
