package org.juesuan.extract.structure;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reduces a heading title to the letters that tell its kind apart, so that the same heading
 * written by another province, in another year or in traditional characters looks the same.
 * Chinese has no spaces, so everything that is not a letter (quotes, brackets, digits, spaces
 * left by PDF text) carries no signal and is dropped.
 */
public final class HeadingNormaliser {
    /** Word bookmarks and images flattened into text: "[bookmark: _Toc15377205]", "[image: 收入]". */
    private static final Pattern WORD_MARKUP = Pattern.compile("\\[(?:bookmark|image):[^\\]]*\\]");

    /**
     * A numbering label left in front of the title: "第二部分", "第3部分", "一、", "（三）", "(3)",
     * "1、", "2.". A digit run followed by another digit ("1.5") is not a label.
     */
    private static final Pattern NUMBERING_LABEL = Pattern.compile(
            "^\\s*(?:第\\s*[一二三四五六七八九十0-9]+\\s*部分"
                    + "|[（(]\\s*[一二三四五六七八九十0-9]+\\s*[)）]"
                    + "|[一二三四五六七八九十]+\\s*[、.．]"
                    + "|[0-9]+\\s*[、.．](?![0-9]))\\s*");

    /** A report year, which changes every year and says nothing of the kind: "2021年度", "2024 年", "202 年度". */
    private static final Pattern YEAR = Pattern.compile("[0-9]{2,4}\\s*年度?");

    /** Traditional characters that occur in these headings, folded to simplified. */
    private static final Map<Character, Character> TRADITIONAL = traditionalToSimplified();

    private HeadingNormaliser() {
    }

    /** The normalised title, e.g. "第三部分 上海市XX局2024年度部門決算情況說明" → "上海市XX局部门决算情况说明". */
    public static String normalise(String title) {
        String text = Normalizer.normalize(title, Normalizer.Form.NFKC);
        text = WORD_MARKUP.matcher(text).replaceAll("");
        text = NUMBERING_LABEL.matcher(text).replaceFirst("");
        text = YEAR.matcher(text).replaceAll("");
        StringBuilder letters = new StringBuilder(text.length());
        text.codePoints()
                .filter(Character::isLetter)
                .map(c -> c <= Character.MAX_VALUE ? TRADITIONAL.getOrDefault((char) c, (char) c) : c)
                .map(Character::toUpperCase)
                .forEach(letters::appendCodePoint);
        return letters.toString();
    }

    private static Map<Character, Character> traditionalToSimplified() {
        String traditional = "決財撥經費說況總體與開據報務採購買產資國營預績機關運項門單職構設詞釋錄價評結餘員編製內發會計劃區縣級負責車輛億萬額點應對實際現狀問題議標準層佔統專業備從間勞動條礎衛術戶檔權團幣擬訂";
        String simplified = "决财拨经费说况总体与开据报务采购买产资国营预绩机关运项门单职构设词释录价评结余员编制内发会计划区县级负责车辆亿万额点应对实际现状问题议标准层占统专业备从间劳动条础卫术户档权团币拟订";
        if (traditional.length() != simplified.length()) {
            throw new IllegalStateException("traditional and simplified tables differ in length");
        }
        Map<Character, Character> fold = new HashMap<>();
        for (int i = 0; i < traditional.length(); i++) {
            fold.put(traditional.charAt(i), simplified.charAt(i));
        }
        return Map.copyOf(fold);
    }
}
