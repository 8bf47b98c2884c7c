package org.juesuan.extract.check.rules;

import java.util.regex.Pattern;

/** Which way a change word points: up (增加, 增长, 上升 …) or down (减少, 下降, 降低 …). */
final class Directions {
    private static final Pattern UP = Pattern.compile("增加|增长|上升|增支|超支|提高");
    private static final Pattern DOWN = Pattern.compile("减少|下降|降低|节约|减支");

    private Directions() {
    }

    static boolean up(String word) {
        return UP.matcher(word).find();
    }

    static boolean down(String word) {
        return DOWN.matcher(word).find();
    }

    /** Whether two words point the same way; unknown words are taken to agree. */
    static boolean sameWay(String a, String b) {
        return !(up(a) && down(b) || down(a) && up(b));
    }
}
