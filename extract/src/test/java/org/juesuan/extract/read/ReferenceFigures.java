package org.juesuan.extract.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.juesuan.model.FigureKind;

/**
 * An independent, deliberately simple reference for the figures a document states, made from a
 * different PDF engine (poppler's {@code pdftotext}) and a handful of plain regexes. It is not a
 * second implementation of the product: it exists so that a measurement has something to compare
 * with that does not share the product's mistakes.
 *
 * <p>What it deliberately does:
 * <ul>
 *   <li>removes ALL whitespace (spaces, line and page breaks), so a number split across lines or
 *       separated from its unit ({@code 203 / 23.21万元}, {@code 15 人次}) is joined again;</li>
 *   <li>finds money {@code -?\d[\d,]*(\.\d+)?(万元|元|亿元)}, percentages
 *       {@code -?\d+(\.\d+)?[%％]} and counts {@code \d+(批次|人次|团组|台（套）|个|辆|项|人|名|家|次)},
 *       never starting right after a digit, a comma or a dot (so it does not catch the tail of a
 *       longer number);</li>
 *   <li>leaves out what the simple regexes catch that is plainly not a figure: {@code 个} before 月,
 *       百分点 or 人 ({@code 12个月}, {@code 3个百分点}, and above all the table row
 *       {@code 30310 个人农业生产补贴}, an economic-classification code before 个人, which without
 *       whitespace reads {@code 30310个}), 人 before 民, 家 before 庭; and a number whose commas are
 *       not thousands separators ({@code 1,2345.00}: two table cells glued together).</li>
 * </ul>
 * Years never enter the reference: 年 is not among its units, so {@code 2024年度} is no count.
 * What it does not fix, and a reader of the measurement must keep in mind: in a table, removing the
 * whitespace glues one cell's number to the next cell's text, so {@code 12.00 万元}-style header units
 * or a code followed by a number can make a reference figure that is not printed as such; a number
 * written in Chinese numerals (百分之十, 三人) is not in the reference at all.
 */
final class ReferenceFigures {

    /** A reference figure: its kind, exact value, unit, the text it matched and its page. */
    record Ref(FigureKind kind, BigDecimal value, String unit, String raw, int page, String around) {
    }

    static final Pattern AMOUNT = Pattern.compile("(?<![\\d,.])-?\\d[\\d,]*(?:\\.\\d+)?(万元|元|亿元)");
    static final Pattern PERCENT = Pattern.compile("(?<![\\d,.])-?\\d+(?:\\.\\d+)?[%％]");
    static final Pattern COUNT = Pattern.compile(
            "(?<![\\d,.])\\d+(批次|人次|团组|台（套）|个(?!月|百分点|人)|辆|项|人(?!民)|名|家(?!庭)|次)");
    /** The count units the reference knows; the product's other measure words are not compared. */
    static final Set<String> COUNT_UNITS = Set.of("批次", "人次", "团组", "台（套）", "个", "辆", "项", "人", "名", "家", "次");

    /** A number with a comma that is not a thousands separator is two table cells glued: not one figure. */
    private static final Pattern ACCEPT = Pattern.compile("-?\\d{1,3}(?:,\\d{3})*(?:\\.\\d+)?|-?\\d+(?:\\.\\d+)?");

    private ReferenceFigures() {
    }

    /** The whitespace-free text of the pages, each character with its 1-based page. */
    record Stripped(String text, int[] pages) {
        int pageAt(int offset) {
            return pages.length == 0 ? 1 : pages[Math.min(offset, pages.length - 1)];
        }

        String around(int start, int end) {
            return text.substring(Math.max(0, start - 12), start) + "[" + text.substring(start, end) + "]"
                    + text.substring(end, Math.min(text.length(), end + 8));
        }
    }

    static Stripped strip(List<String> pageTexts) {
        StringBuilder text = new StringBuilder();
        List<Integer> pages = new ArrayList<>();
        for (int p = 0; p < pageTexts.size(); p++) {
            String page = pageTexts.get(p);
            for (int i = 0; i < page.length(); i++) {
                char c = page.charAt(i);
                if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                    text.append(c);
                    pages.add(p + 1);
                }
            }
        }
        return new Stripped(text.toString(), pages.stream().mapToInt(Integer::intValue).toArray());
    }

    static List<Ref> find(Stripped stripped) {
        List<Ref> refs = new ArrayList<>();
        collect(AMOUNT, FigureKind.AMOUNT, stripped, refs);
        collect(PERCENT, FigureKind.PERCENT, stripped, refs);
        collect(COUNT, FigureKind.COUNT, stripped, refs);
        return refs;
    }

    private static void collect(Pattern pattern, FigureKind kind, Stripped stripped, List<Ref> refs) {
        Matcher m = pattern.matcher(stripped.text());
        while (m.find()) {
            String raw = m.group();
            String unit = kind == FigureKind.PERCENT ? "%" : m.group(1);
            String number = raw.substring(0, raw.length() - (kind == FigureKind.PERCENT ? 1 : unit.length()));
            if (!ACCEPT.matcher(number).matches()) {
                continue; // 1,2345.00: two cells glued, not a printed figure
            }
            refs.add(new Ref(kind, new BigDecimal(number.replace(",", "")), unit, raw,
                    stripped.pageAt(m.start()), stripped.around(m.start(), m.end())));
        }
    }

    /** The page texts of a PDF as poppler reads them: {@code pdftotext -enc UTF-8 FILE -}, pages split at form feeds. */
    static List<String> popplerPages(Path pdf) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("pdftotext", "-enc", "UTF-8", pdf.toString(), "-")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] out;
        try (InputStream in = process.getInputStream()) {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            in.transferTo(buffer);
            out = buffer.toByteArray();
        }
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("pdftotext did not finish on " + pdf);
        }
        if (process.exitValue() != 0) {
            throw new IOException("pdftotext failed on " + pdf + " with exit code " + process.exitValue());
        }
        List<String> pages = new ArrayList<>(List.of(new String(out, StandardCharsets.UTF_8).split("\f", -1)));
        if (!pages.isEmpty() && pages.get(pages.size() - 1).isBlank()) {
            pages.remove(pages.size() - 1); // pdftotext ends every page, the last too, with a form feed
        }
        return pages;
    }
}
