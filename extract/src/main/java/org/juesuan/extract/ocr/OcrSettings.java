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

    /** The defaults, with the program named by {@value #TESSERACT_PROPERTY} or {@value #TESSERACT_VARIABLE} when set. */
    public static OcrSettings fromEnvironment() {
        String program = System.getProperty(TESSERACT_PROPERTY);
        if (program == null || program.isBlank()) {
            program = System.getenv(TESSERACT_VARIABLE);
        }
        return program == null || program.isBlank() ? DEFAULT : DEFAULT.withTesseract(program.strip());
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
