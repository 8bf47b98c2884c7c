package org.juesuan.model;

/**
 * Where a cell sits on its PDF page, in PDF points from the page's top-left corner (x to the right,
 * y downwards), as the page is displayed (rotation applied).
 */
public record CellBox(double left, double top, double right, double bottom) {
    public CellBox {
        if (!(right >= left) || !(bottom >= top)) {
            throw new IllegalArgumentException("bad box " + left + "," + top + "," + right + "," + bottom);
        }
    }
}
