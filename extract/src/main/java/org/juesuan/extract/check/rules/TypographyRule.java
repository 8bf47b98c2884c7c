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
 * 标点与字词重复: doubled or clashing punctuation (。。 ，。 ；，), a word printed twice (情况情况), a
 * bracket or quotation opened and never closed. Form only: INFO. Only running text and headings are read:
 * a table row read as text (合计合计, 结余结余) is not prose.
 */
public final class TypographyRule implements Rule {
    /** 。。 · ，， · ，。 · ；， · 、、 (a run of three or more, 。。。, is an ellipsis, not a slip). */
    private static final Pattern CLASHING = Pattern.compile("(?<![，。；、])[，。；、][，。；、](?![，。；、])|：：");
    /** Running text: a clause mark inside, a sentence end at the end. Table rows read as text are not. */
    private static final Pattern PROSE = Pattern.compile("\\p{IsHan}[，；：].*[。；]\\s*$", Pattern.DOTALL);
    /** How many following blocks a bracket opened at a PDF line break may close in. */
    private static final int CARRY = 3;
    /**
     * 情况情况 · 支出支出: a two-character word printed twice running — the first match of
     * {@code (\p{IsHan}{2})\1}, found by comparing chars first and asking the script only of a
     * repeat (the regex looked the script up at every char of every paragraph).
     */
    private static final Map<Character, Character> PAIRS = Map.of('（', '）', '《', '》', '“', '”', '【', '】');

    @Override
    public String id() {
        return "typography";
    }

    @Override
    public boolean judgesPrintedForm() {
        return true;
    }

    @Override
    public String chineseName() {
        return "标点与字词重复";
    }

    @Override
    public List<Issue> check(CheckInput input) {
        List<Issue> issues = new ArrayList<>();
        List<Block> blocks = input.disclosure().blocks();
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            boolean prose = block.kind() == BlockKind.PARAGRAPH && PROSE.matcher(block.text()).find();
            if (!prose && block.kind() != BlockKind.HEADING) {
                continue;
            }
            List<String> next = blocks.subList(i + 1, Math.min(blocks.size(), i + 1 + CARRY)).stream().map(Block::text).toList();
            fault(block.text(), next).ifPresent(found -> issues.add(new Issue(Severity.INFO, found, null, null, null,
                    block.start(), block.end(), List.of())));
        }
        return issues;
    }

    private static Optional<String> fault(String text, List<String> next) {
        Matcher clash = CLASHING.matcher(text);
        if (clash.find()) {
            return Optional.of("标点重复或冲突：“" + clash.group() + "”");
        }
        String doubled = doubledWord(text);
        if (doubled != null) {
            return Optional.of("字词重复：“" + doubled + "”");
        }
        for (Map.Entry<Character, Character> pair : PAIRS.entrySet()) {
            if (unclosed(text, next, pair.getKey(), pair.getValue())) {
                return Optional.of("括号或引号不成对：“" + pair.getKey() + "”与“" + pair.getValue() + "”");
            }
        }
        return Optional.empty();
    }

    /** The first two Han characters printed twice running, or null. */
    static String doubledWord(String text) {
        for (int i = 0; i < text.length(); i++) {
            int first = text.codePointAt(i);
            int second = i + Character.charCount(first);
            if (second >= text.length()) {
                return null;
            }
            int next = text.codePointAt(second);
            int end = second + Character.charCount(next);
            int length = end - i;
            if (end + length <= text.length() && text.regionMatches(end, text, i, length) && han(first) && han(next)) {
                return text.substring(i, end + length);
            }
        }
        return null;
    }

    private static boolean han(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    /** Opened and not closed in the block, nor in the next few (where a PDF line break may carry it); a closing one
     * without its opening may have lost it to the previous block, and is let be. */
    private static boolean unclosed(String text, List<String> next, char open, char close) {
        int balance = balance(text, open, close);
        if (balance < 0) {
            return false;
        }
        for (int i = 0; balance > 0 && i < next.size(); i++) {
            balance += balance(next.get(i), open, close);
        }
        return balance > 0;
    }

    private static int balance(String text, char open, char close) {
        int balance = 0;
        for (int i = 0; i < text.length(); i++) {
            balance += text.charAt(i) == open ? 1 : text.charAt(i) == close ? -1 : 0;
        }
        return balance;
    }
}
