package org.juesuan.extract.tables.grid;

/**
 * A ruling line printed on a page: a stroked line or a thin filled rectangle, horizontal or
 * vertical, in PDF points from the displayed page's top-left corner. A horizontal ruling has
 * {@code top == bottom} (its centre line), a vertical one {@code left == right}.
 */
public record Ruling(double left, double top, double right, double bottom) {
    public Ruling {
        if (!(right >= left) || !(bottom >= top)) {
            throw new IllegalArgumentException("bad ruling " + left + "," + top + "," + right + "," + bottom);
        }
        if (left != right && top != bottom) {
            throw new IllegalArgumentException("a ruling is horizontal or vertical");
        }
    }

    public static Ruling horizontal(double y, double x1, double x2) {
        return new Ruling(Math.min(x1, x2), y, Math.max(x1, x2), y);
    }

    public static Ruling vertical(double x, double y1, double y2) {
        return new Ruling(x, Math.min(y1, y2), x, Math.max(y1, y2));
    }

    public boolean isHorizontal() {
        return top == bottom && right > left;
    }

    public boolean isVertical() {
        return left == right && bottom > top;
    }

    public double length() {
        return Math.max(right - left, bottom - top);
    }
}
