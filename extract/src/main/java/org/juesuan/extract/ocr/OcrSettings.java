package org.juesuan.extract.ocr;

import java.time.Duration;
import java.util.Objects;

/**
 * How scanned pages are read.
 *
 * @param tesseract   the Tesseract program: a name looked up on the PATH, or a path
 * @param languages   Tesseract's language models, joined by + (chi_sim: simplified Chinese, digits included)
 * @param dpi         the resolution pages are rendered at before OCR
 * @param pageTimeout the most one page may take; past it the recogniser is killed and the page noted
 */
public record OcrSettings(String tesseract, String languages, int dpi, Duration pageTimeout) {
    /** The environment variable naming the Tesseract program (a path, or "none" to switch OCR off). */
    public static final String TESSERACT_VARIABLE = "JUESUAN_TESSERACT";
    /** The system property that does the same, and wins over the variable. */
    public static final String TESSERACT_PROPERTY = "juesuan.ocr.tesseract";
    /** The environment variable giving the time limit of one page in seconds (a busy machine needs more). */
    public static final String PAGE_SECONDS_VARIABLE = "JUESUAN_OCR_PAGE_SECONDS";
    /** The system property that does the same, and wins over the variable. */
    public static final String PAGE_SECONDS_PROPERTY = "juesuan.ocr.page-seconds";
    /** The value of either that switches OCR off. */
    public static final String OFF = "none";

    /** tesseract on the PATH, chi_sim, 300 dpi, 90 s a page (a dense page takes ~10–20 s on a busy 2-core machine). */
    public static final OcrSettings DEFAULT = new OcrSettings("tesseract", "chi_sim", 300, Duration.ofSeconds(90));

    public OcrSettings {
        Objects.requireNonNull(tesseract, "tesseract");
        Objects.requireNonNull(languages, "languages");
        Objects.requireNonNull(pageTimeout, "pageTimeout");
        if (tesseract.isBlank() || !languages.matches("[a-z_]+(\\+[a-z_]+)*") || dpi < 72 || dpi > 600
                || pageTimeout.isNegative() || pageTimeout.isZero()) {
            throw new IllegalArgumentException("bad OCR settings: " + tesseract + ", " + languages + ", " + dpi
                    + " dpi, " + pageTimeout);
        }
    }

    /**
     * The defaults, with the program named by {@value #TESSERACT_PROPERTY} or {@value #TESSERACT_VARIABLE}
     * and the page time limit given by {@value #PAGE_SECONDS_PROPERTY} or {@value #PAGE_SECONDS_VARIABLE} when set.
     */
    public static OcrSettings fromEnvironment() {
        String program = setting(TESSERACT_PROPERTY, TESSERACT_VARIABLE);
        OcrSettings settings = program == null ? DEFAULT : DEFAULT.withTesseract(program);
        String seconds = setting(PAGE_SECONDS_PROPERTY, PAGE_SECONDS_VARIABLE);
        return seconds == null ? settings : settings.withPageTimeout(Duration.ofSeconds(Long.parseLong(seconds)));
    }

    private static String setting(String property, String variable) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(variable);
        }
        return value == null || value.isBlank() ? null : value.strip();
    }

    public OcrSettings withTesseract(String program) {
        return new OcrSettings(program, languages, dpi, pageTimeout);
    }

    public OcrSettings withPageTimeout(Duration timeout) {
        return new OcrSettings(tesseract, languages, dpi, timeout);
    }

    public boolean off() {
        return OFF.equalsIgnoreCase(tesseract);
    }
}
