package org.juesuan.extract.ocr;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.juesuan.extract.parse.PageRecognizer;
import org.juesuan.extract.parse.RecognizedPage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * OCR by the Tesseract program (Debian's tesseract-ocr and tesseract-ocr-chi-sim): the page picture
 * goes to a temporary PNG, Tesseract writes its words as TSV, and a page past its time limit is
 * killed. Numbers get a second look by the English model (see {@link NumberSecondLook}). Tesseract runs single-threaded (OMP_THREAD_LIMIT=1): the document workers already use
 * every core.
 */
public final class TesseractRecognizer implements PageRecognizer {
    private static final Logger LOG = LoggerFactory.getLogger(TesseractRecognizer.class);
    private static final long PROBE_SECONDS = 20;

    private final OcrSettings settings;
    /** Whether the program and its languages are there: probed once, on first need. */
    private volatile Boolean available;

    public TesseractRecognizer(OcrSettings settings) {
        this.settings = settings;
    }

    @Override
    public boolean available() {
        Boolean known = available;
        if (known == null) {
            known = !settings.off() && probe();
            available = known;
        }
        return known;
    }

    @Override
    public RecognizedPage recognize(BufferedImage image, int dpi)
            throws RecognitionUnavailableException, RecognitionFailedException {
        if (!available()) {
            throw new RecognitionUnavailableException(settings.tesseract() + " with " + settings.languages()
                    + " is not available");
        }
        Path folder = null;
        try {
            folder = Files.createTempDirectory("juesuan-ocr");
            long deadline = System.nanoTime() + settings.pageTimeout().toNanos();
            BufferedImage page = RulingEraser.erase(image, dpi);
            List<java.awt.Rectangle> inkLines = LostLines.inkLines(page, dpi);
            RecognizedPage first = lostLines(tesseract(page, folder, deadline, "page", List.of("-l",
                    settings.languages(), "--dpi", Integer.toString(dpi), "--psm", "3")), page, inkLines, dpi, folder,
                    deadline);
            Path box = tesseractRun(page, folder, deadline, "numbers", List.of("-l", "eng", "--dpi", Integer.toString(dpi),
                    "--psm", "3", "-c", "tessedit_char_whitelist=" + NumberSecondLook.ALPHABET), "makebox");
            List<NumberSecondLook.Glyph> glyphs = NumberSecondLook.glyphs(
                    Files.readString(box, StandardCharsets.UTF_8), page.getHeight());
            RecognizedPage second = NumberSecondLook.correct(LookalikeFill.fill(SplitDecimals.join(first), glyphs), glyphs);
            return thirdLook(second, page, inkLines, folder, deadline);
        } catch (IOException | RuntimeException e) {
            throw new RecognitionFailedException("Tesseract failed: " + e.getMessage(), e);
        } finally {
            deleteQuietly(folder);
        }
    }

    /** The lines the page layout lost or garbled, each read again alone as one line (see {@link LostLines}). */
    RecognizedPage lostLines(RecognizedPage first, BufferedImage picture, List<java.awt.Rectangle> inkLines,
                                     int dpi, Path folder, long deadline) throws IOException, RecognitionFailedException {
        List<java.awt.Rectangle> lost = LostLines.lost(first, inkLines);
        if (lost.isEmpty()) {
            return first;
        }
        List<StripPicture.Row> rows = new java.util.ArrayList<>(lost.size());
        List<RecognizedPage> readings = new java.util.ArrayList<>(lost.size());
        for (java.awt.Rectangle line : lost) {
            StripPicture strip = StripPicture.stack(List.of(LostLines.withMargin(line)), picture.getWidth(),
                    picture.getHeight());
            Path file = folder.resolve("line.png");
            ImageIO.write(strip.draw(picture), "png", file.toFile());
            run(List.of(settings.tesseract(), file.toString(), folder.resolve("line").toString(), "-l",
                    settings.languages(), "--dpi", Integer.toString(dpi), "--psm", "7", "tsv"), folder, deadline);
            rows.add(strip.rows().get(0));
            readings.add(TesseractTsv.parse(Files.readString(folder.resolve("line.tsv"), StandardCharsets.UTF_8)));
        }
        return LostLines.putBack(first, rows, readings);
    }

    /** The doubtful numbers read again, cut out of the page into one strip (see {@link DigitStrip}). */
    RecognizedPage thirdLook(RecognizedPage page, BufferedImage picture, List<java.awt.Rectangle> inkLines,
                                     Path folder, long deadline) throws IOException, RecognitionFailedException {
        DigitStrip.Layout layout = DigitStrip.layout(page, inkLines, picture.getWidth(), picture.getHeight());
        if (layout.words().isEmpty()) {
            return page;
        }
        Path strip = folder.resolve("strip.png");
        ImageIO.write(layout.strip().draw(picture), "png", strip.toFile());
        List<String> command = new java.util.ArrayList<>(List.of(settings.tesseract(), strip.toString(),
                folder.resolve("strip").toString(), "-l", "eng", "--dpi", Integer.toString(settings.dpi()), "--psm", "6",
                "-c", "tessedit_char_whitelist=" + NumberSecondLook.ALPHABET, "tsv"));
        run(command, folder, deadline);
        RecognizedPage read = TesseractTsv.parse(Files.readString(folder.resolve("strip.tsv"), StandardCharsets.UTF_8));
        return DigitStrip.correct(page, layout, read);
    }

    /** Runs Tesseract over one picture with the given options and reads its words. */
    private RecognizedPage tesseract(BufferedImage image, Path folder, long deadline, String name, List<String> options)
            throws IOException, RecognitionFailedException {
        Path tsv = tesseractRun(image, folder, deadline, name, options, "tsv");
        return TesseractTsv.parse(Files.readString(tsv, StandardCharsets.UTF_8));
    }

    /** Runs Tesseract over one picture, writing the output {@code config} names (tsv, makebox); gives its file. */
    private Path tesseractRun(BufferedImage image, Path folder, long deadline, String name, List<String> options,
                              String config) throws IOException, RecognitionFailedException {
        Path picture = folder.resolve("page.png"); // both looks read the same picture
        if (!Files.exists(picture)) {
            ImageIO.write(image, "png", picture.toFile());
        }
        List<String> command = new java.util.ArrayList<>(List.of(settings.tesseract(), picture.toString(),
                folder.resolve(name).toString()));
        command.addAll(options);
        command.add(config);
        run(command, folder, deadline);
        return folder.resolve(name + (config.equals("tsv") ? ".tsv" : ".box"));
    }

    /** Runs one Tesseract process, killed at the page's deadline (both looks at a page share its time limit). */
    private void run(List<String> command, Path folder, long deadline) throws IOException, RecognitionFailedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(folder.resolve("log.txt").toFile());
        builder.environment().put("OMP_THREAD_LIMIT", "1");
        Process process = builder.start();
        try {
            if (!process.waitFor(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                throw new RecognitionFailedException("past the page time limit of "
                        + settings.pageTimeout().toSeconds() + " s", null);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new RecognitionFailedException("interrupted", e);
        }
        if (process.exitValue() != 0) {
            throw new IOException("exit " + process.exitValue() + ": "
                    + Files.readString(folder.resolve("log.txt"), StandardCharsets.UTF_8).strip());
        }
    }

    /** Runs `tesseract --list-langs`: the program must start and know every language asked for. */
    private boolean probe() {
        try {
            Process process = new ProcessBuilder(settings.tesseract(), "--list-langs").redirectErrorStream(true).start();
            String listing = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(PROBE_SECONDS, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                LOG.warn("OCR not available: {} --list-langs failed", settings.tesseract());
                return false;
            }
            List<String> known = listing.lines().map(String::strip).toList();
            for (String language : (settings.languages() + "+eng").split("\\+")) {
                if (!known.contains(language)) {
                    LOG.warn("OCR not available: {} has no language {}", settings.tesseract(), language);
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            LOG.warn("OCR not available: {} cannot be started ({})", settings.tesseract(), e.getMessage());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (var files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            LOG.debug("could not remove {}: {}", folder, e.getMessage());
        }
    }
}
