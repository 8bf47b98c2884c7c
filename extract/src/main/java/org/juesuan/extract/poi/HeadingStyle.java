package org.juesuan.extract.poi;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a Word heading level from a paragraph style name, in the names Word and WPS give in English and Chinese. */
final class HeadingStyle {
    /** {@code heading 1}, {@code Heading1}, {@code 标题 1}, {@code 标题1}. */
    private static final Pattern HEADING_NAME = Pattern.compile("(?i)^\\s*(?:heading|标题)\\s*([1-9])\\s*$");

    private HeadingStyle() {
    }

    /** The heading level the style name says, or 0 when it is not a heading style. */
    static int levelOf(String styleName) {
        if (styleName == null) {
            return 0;
        }
        Matcher matcher = HEADING_NAME.matcher(styleName);
        return matcher.matches() ? Integer.parseInt(matcher.group(1)) : 0;
    }
}
