package org.juesuan.extract.ocr;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.juesuan.extract.parse.RecognizedPage;
import org.juesuan.extract.parse.RecognizedPage.Word;

/**
 * The second look at numbers. Tesseract's Chinese model reads most digits well but garbles the
 * signs around them (20.51%； comes out as 20.5$19%4), so every word of digits the first pass read is
 * cut out of the page picture and the cuttings are stacked into one strip, read again at once by the
 * English model restricted to digits and their signs. Each cutting's reading replaces the digits of
 * its word; the word keeps the Chinese punctuation after it. Words holding Chinese characters are
 * left as the first pass read them.
 */
final class NumberStrip {
    /** What the second look may read: digits and the signs of amounts and rates. */
    static final String ALPHABET = "0123456789.,%-";
    /** A word worth a second look: digits and signs only, no Chinese (3,186.13 · 20.5$19%4 · 1.87%。). */
    private static final Pattern NUMERIC_WORD = Pattern.compile("[\\p{Punct}\\d％。；，、：（）]*\\d[\\p{Punct}\\d％。；，、：（）]*");
    /** Sentence punctuation a number word ends with, kept after the corrected digits. */
    private static final Pattern TRAILING_MARKS = Pattern.compile("[。；，、：;:，）)]+$");
    private static final Pattern TRAILING_SIGNS = Pattern.compile("[.,]+$");

    private final List<Word> words;
    private final List<Integer> slots = new ArrayList<>();
    private final BufferedImage strip;
    private final int slotHeight;

    private NumberStrip(List<Word> words, BufferedImage strip, int slotHeight) {
        this.words = words;
        this.strip = strip;
        this.slotHeight = slotHeight;
    }

    /** The strip of the page's number words, or null when it has none. */
    static NumberStrip of(BufferedImage page, RecognizedPage first) {
        List<Word> numbers = first.words().stream().filter(w -> NUMERIC_WORD.matcher(w.text()).matches()).toList();
        if (numbers.isEmpty()) {
            return null;
        }
        int height = numbers.stream().mapToInt(w -> w.bottom() - w.top()).max().orElse(1);
        int pad = Math.max(2, height / 6);
        int slot = height + 2 * pad + height; // a blank line's worth between cuttings
        int width = numbers.stream().mapToInt(w -> w.right() - w.left()).max().orElse(1) + 4 * pad;
        BufferedImage strip = new BufferedImage(width, slot * numbers.size() + height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = strip.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, strip.getWidth(), strip.getHeight());
            for (int i = 0; i < numbers.size(); i++) {
                Word w = numbers.get(i);
                int left = Math.max(0, w.left() - pad);
                int top = Math.max(0, w.top() - pad);
                int right = Math.min(page.getWidth(), w.right() + pad);
                int bottom = Math.min(page.getHeight(), w.bottom() + pad);
                if (right > left && bottom > top) {
                    g.drawImage(page.getSubimage(left, top, right - left, bottom - top), 2 * pad, i * slot + height / 2, null);
                }
            }
        } finally {
            g.dispose();
        }
        return new NumberStrip(numbers, strip, slot);
    }

    BufferedImage picture() {
        return strip;
    }

    /** The first pass's page with each number word replaced by the second look's reading of it. */
    RecognizedPage correct(RecognizedPage first, RecognizedPage second) {
        List<List<Word>> bySlot = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            bySlot.add(new ArrayList<>());
        }
        for (Word w : second.words()) {
            int slot = ((w.top() + w.bottom()) / 2) / slotHeight;
            if (slot >= 0 && slot < words.size()) {
                bySlot.get(slot).add(w);
            }
        }
        List<Word> corrected = new ArrayList<>(first.words().size());
        for (Word w : first.words()) {
            int index = indexOf(w);
            corrected.add(index < 0 ? w : reread(w, bySlot.get(index)));
        }
        return new RecognizedPage(corrected);
    }

    private int indexOf(Word word) {
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i) == word) {
                return i;
            }
        }
        return -1;
    }

    private static Word reread(Word first, List<Word> second) {
        if (second.isEmpty()) {
            return first;
        }
        second.sort(Comparator.comparingInt(Word::left));
        StringBuilder digits = new StringBuilder();
        double confidence = 1;
        for (Word w : second) {
            digits.append(w.text());
            confidence = Math.min(confidence, w.confidence());
        }
        String core = TRAILING_SIGNS.matcher(digits).replaceAll("");
        if (core.chars().noneMatch(Character::isDigit)) {
            return first;
        }
        java.util.regex.Matcher marks = TRAILING_MARKS.matcher(first.text());
        String text = core + (marks.find() ? marks.group() : "");
        return new Word(text, first.left(), first.top(), first.right(), first.bottom(), confidence);
    }
}
