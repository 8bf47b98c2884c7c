package org.juesuan.extract.ocr;

import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;

/**
 * Whitens the ruling lines of a page picture before OCR: Tesseract's page layout takes a ruled table
 * for pictures and loses its rows, and reads a ruling beside a digit as a 1 or a |. A dark run along a
 * row or a column longer than any glyph (about 1 cm at 300 dpi) is a ruling; glyphs are never that long.
 */
final class RulingEraser {
    private static final int DARK = 160;
    private static final double RULING_INCHES = 0.4;

    private RulingEraser() {
    }

    /** A grey copy of {@code image} without its rulings. */
    static BufferedImage erase(BufferedImage image, int dpi) {
        BufferedImage grey = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        grey.getGraphics().drawImage(image, 0, 0, null);
        WritableRaster raster = grey.getRaster();
        int width = grey.getWidth();
        int height = grey.getHeight();
        int[] pixels = raster.getPixels(0, 0, width, height, (int[]) null);
        int[] out = pixels.clone();
        int longest = (int) Math.round(RULING_INCHES * dpi);
        for (int y = 0; y < height; y++) {
            whitenRuns(pixels, out, y * width, 1, width, longest);
        }
        for (int x = 0; x < width; x++) {
            whitenRuns(pixels, out, x, width, height, longest);
        }
        raster.setPixels(0, 0, width, height, out);
        return grey;
    }

    /** Along one row (step 1) or column (step width) of {@code count} pixels, whitens dark runs of {@code longest} or more. */
    private static void whitenRuns(int[] pixels, int[] out, int first, int step, int count, int longest) {
        int run = 0;
        for (int i = 0; i <= count; i++) {
            boolean dark = i < count && pixels[first + i * step] < DARK;
            if (dark) {
                run++;
                continue;
            }
            if (run >= longest) {
                for (int j = i - run; j < i; j++) {
                    out[first + j * step] = 255;
                }
            }
            run = 0;
        }
    }
}
