package org.juesuan.ingest.generated;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * One document being written: its paragraphs, its expectation lines, and the choices that hold for
 * the whole document (how it prints money and percentages, whether it is in traditional characters,
 * which defects it carries).
 */
final class Draft {
    /** A paragraph; level 0 is running text, 1 a part (第一部分), 2 a section (一、), 3 a subsection (（一）). */
    record Paragraph(int level, String text) {
    }

    private static final String[] CHINESE = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"};
    /** Simplified → traditional for the characters domain.md lists (萬元 增長 減少 決算 財政撥款 佔). */
    private static final String SIMPLIFIED = "万长减决财拨占";
    private static final String TRADITIONAL = "萬長減決財撥佔";

    final Random random;
    final int year;
    final String organization;
    final Set<Defect> defects;
    final MoneyStyle money;
    /** Decimals of the rates and shares this document prints. */
    final int percentDecimals;
    final boolean fullWidthPercent;
    final boolean traditional;
    final boolean captions;
    /** Whether the 项 lines name the 项 after the code: 2.社会保障和就业2080505（机关事业单位基本养老保险缴费支出）. */
    final boolean longItemNames;
    private final List<Paragraph> paragraphs = new ArrayList<>();
    private final List<String> expectations = new ArrayList<>();
    private int sectionNumber;
    private int captionNumber;
    /** The section number from which headings are printed 6、 instead of 六、 (MIXED_NUMBERING), else 0. */
    private final int arabicFrom;

    Draft(Random random, int year, String organization, Set<Defect> defects, MoneyStyle money, int percentDecimals,
          boolean fullWidthPercent, boolean traditional, boolean captions) {
        this.random = random;
        this.year = year;
        this.organization = organization;
        this.defects = Set.copyOf(defects);
        this.money = money;
        this.percentDecimals = percentDecimals;
        this.fullWidthPercent = fullWidthPercent;
        this.traditional = traditional;
        this.captions = captions;
        this.longItemNames = random.nextInt(6) == 0;
        this.arabicFrom = defects.contains(Defect.MIXED_NUMBERING) ? 4 + random.nextInt(5) : 0;
    }

    boolean has(Defect defect) {
        return defects.contains(defect);
    }

    String money(BigDecimal wan) {
        return money.print(wan);
    }

    String percent(BigDecimal value) {
        return value.toPlainString() + (fullWidthPercent ? "％" : "%");
    }

    /** An exact ratio printed the way this document prints ratios. */
    String share(BigDecimal exact) {
        return percent(Percent.rounded(exact, percentDecimals));
    }

    String lastYear() {
        return random.nextBoolean() ? "上年" : (year - 1) + "年";
    }

    <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    /** A random amount in 万元, two decimals, between low and high. */
    BigDecimal amount(double low, double high) {
        return BigDecimal.valueOf(low + random.nextDouble() * (high - low)).setScale(2, RoundingMode.HALF_UP);
    }

    void part(String text) {
        sectionNumber = 0;
        paragraphs.add(new Paragraph(1, text));
    }

    /** A numbered section heading, 一、 … or, after the flattening point, 6、; returns the heading text. */
    String section(String title) {
        sectionNumber++;
        boolean arabic = arabicFrom > 0 && sectionNumber >= arabicFrom;
        String label = arabic ? sectionNumber + "、" : CHINESE[sectionNumber - 1] + "、";
        String text = label + title;
        paragraphs.add(new Paragraph(2, text));
        if (arabic && sectionNumber == arabicFrom) {
            defect("numbering", "INFO", text, "-", "一、 … then " + label + ": Word numbering flattened");
        }
        return text;
    }

    void subsection(String label, String title) {
        paragraphs.add(new Paragraph(3, label + title));
    }

    void paragraph(String text) {
        paragraphs.add(new Paragraph(0, text));
    }

    /** A figure caption when this document has captions; printed twice for DUPLICATE_CAPTION once. */
    void caption(String title) {
        if (!captions) {
            return;
        }
        captionNumber++;
        String text = "（图" + captionNumber + "：" + title + "）";
        paragraphs.add(new Paragraph(0, text));
        if (captionNumber == 2 && has(Defect.DUPLICATE_CAPTION)) {
            paragraphs.add(new Paragraph(0, text));
            defect("duplicate-caption", "INFO", "图" + captionNumber + "：", "-", "caption printed twice");
        }
    }

    void defect(String rule, String severity, String anchor, String stated, String note) {
        expectations.add(String.join("\t", "defect", rule, severity, written(anchor), written(stated), note));
    }

    void consistent(String rule, String anchor, String stated, String note) {
        expectations.add(String.join("\t", "consistent", rule, "-", written(anchor), written(stated), note));
    }

    /** The paragraphs as the document prints them (in traditional characters when it is written so). */
    List<Paragraph> paragraphs() {
        return paragraphs.stream().map(p -> new Paragraph(p.level(), written(p.text()))).toList();
    }

    List<String> expectations() {
        return List.copyOf(expectations);
    }

    private String written(String text) {
        if (!traditional) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            int at = SIMPLIFIED.indexOf(c);
            out.append(at >= 0 ? TRADITIONAL.charAt(at) : c);
        }
        return out.toString();
    }
}
