package org.juesuan.extract.structure;

/**
 * The numbering schemes of disclosure headings. Styles of one family may stand in one list, because
 * Word's automatic numbering is often flattened by hand into mixed text (1、 2、 3、 四、 五、).
 */
enum NumberingStyle {
    /** 第一部分, 第3部分. */
    PART(Family.PART),
    /** 附件, 附件一, 附件1, 附表2. */
    ATTACHMENT(Family.ATTACHMENT),
    /** 一、 二、. */
    CHINESE_COMMA(Family.LIST),
    /** 1、 2、. */
    ARABIC_COMMA(Family.LIST),
    /** 1. 2． (not 1.5). */
    ARABIC_DOT(Family.LIST),
    /** （一） (二). */
    CHINESE_PAREN(Family.CHINESE_PAREN),
    /** （1） (2). */
    ARABIC_PAREN(Family.ARABIC_PAREN);

    /** Styles that may continue one another's lists. */
    enum Family {
        PART,
        ATTACHMENT,
        LIST,
        CHINESE_PAREN,
        ARABIC_PAREN
    }

    private final Family family;

    NumberingStyle(Family family) {
        this.family = family;
    }

    Family family() {
        return family;
    }

    /**
     * Whether a list numbered in {@code other} may go on in this style: the same style always; 一、 and
     * 1、 mix (flattened auto-numbering); 1、 and 1. mix. 一、 and 1. are different lists.
     */
    boolean continues(NumberingStyle other) {
        if (this == other) {
            return true;
        }
        if (family != Family.LIST || other.family != Family.LIST) {
            return family == other.family;
        }
        return this == ARABIC_COMMA || other == ARABIC_COMMA;
    }
}
