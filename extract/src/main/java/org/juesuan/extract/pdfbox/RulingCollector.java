package org.juesuan.extract.pdfbox;

import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPage;
import org.juesuan.extract.tables.grid.Ruling;

/**
 * Collects a page's ruling lines from its path operations (fed by {@link PathOperator} during the
 * one pass of the text extractor, points already in user space): stroked straight segments and the
 * edges of stroked rectangles, and thin filled rectangles (how Word and WPS draw cell borders),
 * each as a horizontal or vertical {@link Ruling} in displayed coordinates. Curves, images, text
 * and wide filled areas (shading) are not rulings.
 */
final class RulingCollector {
    /** A filled rectangle this thin (points) is a drawn line. */
    private static final double THIN = 3.0;
    /** A segment off the axis by no more than this (points) is axis-aligned. */
    private static final double SKEW = 0.6;
    /** Shorter segments (points) are glyph parts or dots, not rulings. */
    private static final double SHORTEST = 2.0;

    private final DisplaySpace space;
    private final List<Ruling> rulings = new ArrayList<>();
    /** The current path's subpaths, each a list of display points. */
    private final List<List<Point2D.Double>> subpaths = new ArrayList<>();
    private List<Point2D.Double> current;
    private Point2D.Float currentPoint = new Point2D.Float();

    RulingCollector(PDPage page) {
        this.space = new DisplaySpace(page);
    }

    List<Ruling> rulings() {
        return List.copyOf(rulings);
    }

    void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        List<Point2D.Double> rectangle = new ArrayList<>(List.of(space.toDisplay(p0), space.toDisplay(p1),
                space.toDisplay(p2), space.toDisplay(p3), space.toDisplay(p0)));
        subpaths.add(rectangle);
        current = null;
        currentPoint = new Point2D.Float((float) p0.getX(), (float) p0.getY());
    }

    void moveTo(float x, float y) {
        current = new ArrayList<>();
        current.add(space.toDisplay(new Point2D.Float(x, y)));
        subpaths.add(current);
        currentPoint = new Point2D.Float(x, y);
    }

    void lineTo(float x, float y) {
        if (current == null) {
            moveTo(currentPoint.x, currentPoint.y);
        }
        current.add(space.toDisplay(new Point2D.Float(x, y)));
        currentPoint = new Point2D.Float(x, y);
    }

    void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        current = null; // a curve is no ruling; a later lineTo starts afresh from here
        currentPoint = new Point2D.Float(x3, y3);
    }

    void closePath() {
        if (current != null && !current.isEmpty()) {
            current.add(current.get(0));
        }
    }

    void endPath() {
        subpaths.clear();
        current = null;
    }

    void strokePath() {
        for (List<Point2D.Double> subpath : subpaths) {
            for (int i = 0; i + 1 < subpath.size(); i++) {
                addSegment(subpath.get(i), subpath.get(i + 1));
            }
        }
        endPath();
    }

    void fillPath() {
        for (List<Point2D.Double> subpath : subpaths) {
            addThinArea(subpath);
        }
        endPath();
    }

    void fillAndStrokePath() {
        List<List<Point2D.Double>> paths = List.copyOf(subpaths);
        strokePath();
        subpaths.addAll(paths);
        fillPath();
    }

    private void addSegment(Point2D.Double a, Point2D.Double b) {
        if (Math.abs(a.y - b.y) <= SKEW && Math.abs(a.x - b.x) >= SHORTEST) {
            rulings.add(Ruling.horizontal((a.y + b.y) / 2, a.x, b.x));
        } else if (Math.abs(a.x - b.x) <= SKEW && Math.abs(a.y - b.y) >= SHORTEST) {
            rulings.add(Ruling.vertical((a.x + b.x) / 2, a.y, b.y));
        }
    }

    /** A filled subpath whose bounding box is a thin bar is a ruling along its long side. */
    private void addThinArea(List<Point2D.Double> subpath) {
        if (subpath.size() < 3) {
            return;
        }
        double minX = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (Point2D.Double p : subpath) {
            minX = Math.min(minX, p.x);
            maxX = Math.max(maxX, p.x);
            minY = Math.min(minY, p.y);
            maxY = Math.max(maxY, p.y);
        }
        double w = maxX - minX;
        double h = maxY - minY;
        if (h <= THIN && w >= SHORTEST && w > h) {
            rulings.add(Ruling.horizontal((minY + maxY) / 2, minX, maxX));
        } else if (w <= THIN && h >= SHORTEST && h > w) {
            rulings.add(Ruling.vertical((minX + maxX) / 2, minY, maxY));
        }
    }
}
