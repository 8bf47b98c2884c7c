package org.juesuan.extract.figures;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Folds text one char to one char so the figure patterns see a single form of each character
 * (折叠全角与繁体): full-width digits, letters and the punctuation figures use become ASCII, and the
 * traditional characters of figures and their words become simplified.
 *
 * <p>The result always has the input's length, so an offset into the folded text is an offset
 * into the original. Chinese punctuation that is not part of a figure ({@code ，、：；。}) is kept:
 * {@code ，} is a clause break, never a thousands separator.
 */
public final class TextFolder {

    /** Traditional characters, each folded to the simplified one at the same index below. */
    private static final String TRADITIONAL =
            "萬億佔長減決財撥預較與為個輛項門經費務車購買維護運補貼計總統劃產業單廳區縣國資營體組團員臺內餘發開報說"
            + "類圖數額結轉實際專設備價點兩負級戶張場輪條於應無對從將採標據準幣圓";
    private static final String SIMPLIFIED =
            "万亿占长减决财拨预较与为个辆项门经费务车购买维护运补贴计总统划产业单厅区县国资营体组团员台内余发开报说"
            + "类图数额结转实际专设备价点两负级户张场轮条于应无对从将采标据准币圆";

    /** Full-width and other variant forms of the ASCII characters figures are written with. */
    private static final String VARIANT_PUNCTUATION = "．％﹪－−（）＿～＋／\u3000\u00A0";
    private static final String ASCII_PUNCTUATION = ".%%--()_~+/  ";

    private static final Map<Character, Character> TABLE = buildTable();
    /**
     * The same folds as {@link #TABLE}, indexed by char: the reader folds every char of a document and
     * the checks every header word, and a boxed map lookup per char was most of that cost. Written
     * only here, never changed after.
     */
    private static final char[] FOLDED = foldedChars();

    private TextFolder() {
    }

    /** {@code text} folded; same length, so offsets carry over. */
    public static String fold(CharSequence text) {
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = fold(text.charAt(i));
        }
        return new String(out);
    }

    /** One char folded: {@code '５'} → {@code '5'}, {@code '萬'} → {@code '万'}, others unchanged. */
    public static char fold(char c) {
        return FOLDED[c];
    }

    private static char[] foldedChars() {
        char[] folded = new char[Character.MAX_VALUE + 1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            folded[c] = lookUp((char) c);
        }
        return folded;
    }

    private static char lookUp(char c) {
        if (c >= '０' && c <= '９') {
            return (char) ('0' + (c - '０'));
        }
        if (c >= 'Ａ' && c <= 'Ｚ') {
            return (char) ('A' + (c - 'Ａ'));
        }
        if (c >= 'ａ' && c <= 'ｚ') {
            return (char) ('a' + (c - 'ａ'));
        }
        return TABLE.getOrDefault(c, c);
    }

    /** The chars the table folds (besides full-width digits and letters), for tests. */
    static Set<Character> tabledChars() {
        return TABLE.keySet();
    }

    private static Map<Character, Character> buildTable() {
        Map<Character, Character> table = new HashMap<>();
        put(table, TRADITIONAL, SIMPLIFIED);
        put(table, VARIANT_PUNCTUATION, ASCII_PUNCTUATION);
        return Map.copyOf(table);
    }

    private static void put(Map<Character, Character> table, String from, String to) {
        if (from.length() != to.length()) {
            throw new IllegalStateException("fold table rows differ in length: " + from.length() + " vs " + to.length());
        }
        for (int i = 0; i < from.length(); i++) {
            if (table.put(from.charAt(i), to.charAt(i)) != null) {
                throw new IllegalStateException("fold table lists '" + from.charAt(i) + "' twice");
            }
        }
    }
}
