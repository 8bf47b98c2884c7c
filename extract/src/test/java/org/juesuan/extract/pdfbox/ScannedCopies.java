package org.juesuan.extract.pdfbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Makes scans of real disclosures for the OCR tests, as a scanner and a PDF wrapper would: poppler's
 * pdftoppm rasterizes the pages at 300 dpi in grey (an engine independent of the PDFBox that reads them
 * back), and each picture becomes one page of an image-only PDF, the picture filling the page (as
 * img2pdf does). Also cuts pages out of the original, text layer kept, to compare against.
 */
public final class ScannedCopies {
    public static final int DPI = 300;

    private ScannedCopies() {
    }

    /** The given 1-based pages of {@code original}, as an image-only PDF written into {@code folder}. */
    public static Path scan(Path original, int firstPage, int lastPage, Path folder) throws IOException, InterruptedException {
        Path prefix = folder.resolve("page");
        Process process = new ProcessBuilder("pdftoppm", "-r", Integer.toString(DPI), "-gray", "-png",
                "-f", Integer.toString(firstPage), "-l", Integer.toString(lastPage), original.toString(), prefix.toString())
                .redirectErrorStream(true).redirectOutput(folder.resolve("pdftoppm.log").toFile()).start();
        if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IOException("pdftoppm failed on " + original);
        }
        List<Path> pictures = new ArrayList<>();
        try (var files = Files.list(folder)) {
            files.filter(f -> f.getFileName().toString().endsWith(".png")).sorted().forEach(pictures::add);
        }
        Path scanned = folder.resolve("scanned.pdf");
        try (PDDocument document = new PDDocument()) {
            for (Path picture : pictures) {
                PDImageXObject image = PDImageXObject.createFromFileByContent(picture.toFile(), document);
                float width = image.getWidth() * 72f / DPI;
                float height = image.getHeight() * 72f / DPI;
                PDPage page = new PDPage(new PDRectangle(width, height));
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.drawImage(image, 0, 0, width, height);
                }
                Files.delete(picture);
            }
            document.save(scanned.toFile());
        }
        return scanned;
    }

    /**
     * The given 1-based pages of {@code original} rasterized in grey at {@code dpi} and wrapped by img2pdf
     * ({@code -s DPIdpi}, so the page keeps its size in points whatever the resolution): the scans the
     * before / after figures of the README are measured on.
     */
    public static Path scanAt(Path original, int firstPage, int lastPage, int dpi, Path folder)
            throws IOException, InterruptedException {
        Path prefix = folder.resolve("page");
        run(folder, "pdftoppm", "-r", Integer.toString(dpi), "-gray", "-png", "-f", Integer.toString(firstPage),
                "-l", Integer.toString(lastPage), original.toString(), prefix.toString());
        List<String> command = new ArrayList<>(List.of("img2pdf", "-s", dpi + "dpi", "-o",
                folder.resolve("scanned.pdf").toString()));
        try (var files = Files.list(folder)) {
            files.filter(f -> f.getFileName().toString().endsWith(".png")).sorted().map(Path::toString)
                    .forEach(command::add);
        }
        run(folder, command.toArray(String[]::new));
        return folder.resolve("scanned.pdf");
    }

    private static void run(Path folder, String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(folder.resolve(command[0] + ".log").toFile()).start();
        if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IOException(String.join(" ", command) + " failed: "
                    + Files.readString(folder.resolve(command[0] + ".log")));
        }
    }

    /** The given 1-based pages of {@code original} with their text layer, written into {@code folder}. */
    public static Path cut(Path original, int firstPage, int lastPage, Path folder) throws IOException {
        Path cut = folder.resolve("original-" + firstPage + "-" + lastPage + ".pdf");
        try (PDDocument source = Loader.loadPDF(original.toFile()); PDDocument pages = new PDDocument()) {
            for (int p = firstPage; p <= lastPage; p++) {
                pages.importPage(source.getPage(p - 1));
            }
            pages.save(cut.toFile());
        }
        return cut;
    }

}
