package org.juesuan.extract.check.rules.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.juesuan.extract.figures.TextFolder;
import org.juesuan.model.CellValueKind;
import org.juesuan.model.TableValue;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The header words the table rules match on: the scan gives what the regex definition gives. */
class TableWordsTest {
    /** The definition the scan replaces: fold, then drop \s and quotes. */
    private static final Pattern NOISE = Pattern.compile("[\\s“”\"'‘’　]");

    private static String byRegex(String text) {
        return NOISE.matcher(TextFolder.fold(text)).replaceAll("");
    }

    private static List<String> pathByRegex(String header) {
        if (header.isBlank()) {
            return List.of();
        }
        return Arrays.stream(header.split(" / ")).map(TableWordsTest::byRegex).filter(s -> !s.isEmpty()).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"本年收入合\n计", "合  计", "“三公”经费", "'x' \"y\" ‘z’", "\t\u000B\f\r", "全　角\u00A0空格",
            "（一）財政撥款收入", "１２３．４５％", "", " ", "一、一般公共服务支出", "\u2028\u0085ok"})
    void foldsAsTheRegexDefinitionDoes(String text) {
        assertEquals(byRegex(text), TableWords.fold(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"本年支出 / 基本支出", " / 合计 / ", "项目 /  / 金额", "一 / 二 / 三 / ", "行次", "年初预算数 / 小计",
            " / ", "a /b/ c", "本年收入合\n计 / “三公”"})
    void splitsAHeaderPathAsTheRegexDefinitionDoes(String header) {
        TableValue value = new TableValue(0, header, CellValueKind.TEXT, null, 0, "x");
        assertEquals(pathByRegex(header), TableWords.path(value.header()));
        assertEquals(String.join("/", pathByRegex(header)), TableWords.header(value));
    }
}
