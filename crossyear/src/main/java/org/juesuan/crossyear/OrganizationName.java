package org.juesuan.crossyear;

import java.util.regex.Pattern;

/**
 * An organization's name as one organization: 上海市普陀区财政局 and 普陀区财政局 are one, so are
 * 普陀区财政局（本级） and 普陀区 财政局. The province or municipality in front is dropped only when a
 * lower region follows it, so 上海市财政局 and 江苏省人民检察院 keep theirs.
 */
public final class OrganizationName {
    /** Spaces of every width, and the marks that only say "the body itself": 本级, （本级）. */
    private static final Pattern NOISE = Pattern.compile("[\\s\\u3000]+|[（(]?本级[）)]?");
    /** 上海市, 江苏省, 广西壮族自治区: a province-level name at the front. */
    private static final Pattern PROVINCE = Pattern.compile(
            "^(?:北京市|天津市|上海市|重庆市|\\p{IsHan}{2,3}省|\\p{IsHan}{2,8}自治区)");
    /** 普陀区, 南京市, 浦东新区, 朝天区: a region below the province, which makes the province redundant. */
    private static final Pattern LOWER_REGION = Pattern.compile("^\\p{IsHan}{2,4}(?:市|区|县|旗|州)");

    private OrganizationName() {
    }

    /** The name to group by, or empty when there is no name. */
    public static String normalize(String name) {
        if (name == null) {
            return "";
        }
        String plain = NOISE.matcher(name.replace('（', '(').replace('）', ')')).replaceAll("");
        plain = plain.replace('(', '（').replace(')', '）');
        java.util.regex.Matcher province = PROVINCE.matcher(plain);
        if (province.find() && LOWER_REGION.matcher(plain.substring(province.end())).find()) {
            plain = plain.substring(province.end());
        }
        return plain;
    }
}
