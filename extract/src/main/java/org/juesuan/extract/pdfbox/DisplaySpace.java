package org.juesuan.extract.pdfbox;

import java.awt.geom.Point2D;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Maps PDF user space (origin at the crop box's lower-left corner, y up) to the page as it is
 * displayed: origin top-left, y down, the page's /Rotate applied (clockwise, in quarter turns).
 */
final class DisplaySpace {
    private final double originX;
    private final double originY;
    private final double width;
    private final double height;
    private final int rotation;

    DisplaySpace(PDPage page) {
        PDRectangle crop = page.getCropBox();
        this.originX = crop.getLowerLeftX();
        this.originY = crop.getLowerLeftY();
        this.width = crop.getWidth();
        this.height = crop.getHeight();
        this.rotation = Math.floorMod(page.getRotation(), 360) / 90;
    }

    double displayedWidth() {
        return rotation % 2 == 0 ? width : height;
    }

    double displayedHeight() {
        return rotation % 2 == 0 ? height : width;
    }

    /** The displayed position of a point given in user space. */
    Point2D.Double toDisplay(Point2D user) {
        double x = user.getX() - originX;
        double y = user.getY() - originY;
        return switch (rotation) {
            case 1 -> new Point2D.Double(y, x);
            case 2 -> new Point2D.Double(width - x, y);
            case 3 -> new Point2D.Double(height - y, width - x);
            default -> new Point2D.Double(x, height - y);
        };
    }
}
