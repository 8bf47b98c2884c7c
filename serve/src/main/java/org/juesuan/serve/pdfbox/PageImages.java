package org.juesuan.serve.pdfbox;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.juesuan.model.CellBox;

/** The PDFBox adapter: one page of a PDF as a PNG, with boxes (PDF points from the displayed page's top-left) drawn on it. */
public final class PageImages {
    /** 108 dpi: 1.5 pixels a point, legible table text at a modest size. */
    private static final float DPI = 108f;

    private PageImages() {
    }

    public static byte[] render(byte[] pdf, int page, List<CellBox> boxes) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int index = Math.min(Math.max(page, 1), document.getNumberOfPages()) - 1;
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(index, DPI, ImageType.RGB);
            Graphics2D g = image.createGraphics();
            try {
                float scale = DPI / 72f;
                g.setColor(new Color(220, 0, 0));
                g.setStroke(new BasicStroke(3f));
                for (CellBox box : boxes) {
                    int pad = 3;
                    g.drawRect(Math.round((float) box.left() * scale) - pad, Math.round((float) box.top() * scale) - pad,
                            Math.round((float) (box.right() - box.left()) * scale) + 2 * pad,
                            Math.round((float) (box.bottom() - box.top()) * scale) + 2 * pad);
                }
            } finally {
                g.dispose();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        }
    }
}
