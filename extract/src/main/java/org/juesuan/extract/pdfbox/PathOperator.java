package org.juesuan.extract.pdfbox;

import java.awt.geom.Point2D;
import java.util.List;
import java.util.function.Supplier;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.util.Matrix;

/**
 * The path operators (re m l c v y h n S s f F f* B B* b b*), taught to the text extractor so that
 * one pass over a page's content gives both its text and its rulings: each hands its points, in
 * user space (the current transformation applied), to the page's {@link RulingCollector}.
 */
final class PathOperator extends OperatorProcessor {
    /** What an operator does to the path. */
    enum Kind {
        RECTANGLE("re"), MOVE("m"), LINE("l"), CURVE("c"), CURVE_V("v"), CURVE_Y("y"), CLOSE("h"), END("n"),
        STROKE("S"), CLOSE_STROKE("s"), FILL("f"), FILL_OLD("F"), FILL_EVEN_ODD("f*"), FILL_STROKE("B"),
        FILL_STROKE_EVEN_ODD("B*"), CLOSE_FILL_STROKE("b"), CLOSE_FILL_STROKE_EVEN_ODD("b*");

        private final String operator;

        Kind(String operator) {
            this.operator = operator;
        }
    }

    private final Kind kind;
    private final Supplier<RulingCollector> collector;

    PathOperator(PDFStreamEngine context, Kind kind, Supplier<RulingCollector> collector) {
        super(context);
        this.kind = kind;
        this.collector = collector;
    }

    /** Registers every path operator with the engine. */
    static void teach(PDFStreamEngine engine, java.util.function.Consumer<OperatorProcessor> add,
                      Supplier<RulingCollector> collector) {
        for (Kind kind : Kind.values()) {
            add.accept(new PathOperator(engine, kind, collector));
        }
    }

    @Override
    public String getName() {
        return kind.operator;
    }

    @Override
    public void process(Operator operator, List<COSBase> operands) {
        RulingCollector path = collector.get();
        if (path == null) {
            return;
        }
        float[] n = numbers(operands);
        switch (kind) {
            case RECTANGLE -> {
                if (n.length >= 4) {
                    path.appendRectangle(user(n[0], n[1]), user(n[0] + n[2], n[1]), user(n[0] + n[2], n[1] + n[3]),
                            user(n[0], n[1] + n[3]));
                }
            }
            case MOVE -> {
                if (n.length >= 2) {
                    Point2D.Float p = user(n[0], n[1]);
                    path.moveTo(p.x, p.y);
                }
            }
            case LINE -> {
                if (n.length >= 2) {
                    Point2D.Float p = user(n[0], n[1]);
                    path.lineTo(p.x, p.y);
                }
            }
            case CURVE, CURVE_V, CURVE_Y -> {
                if (n.length >= 2) {
                    Point2D.Float p = user(n[n.length - 2], n[n.length - 1]);
                    path.curveTo(p.x, p.y, p.x, p.y, p.x, p.y);
                }
            }
            case CLOSE -> path.closePath();
            case END -> path.endPath();
            case STROKE -> path.strokePath();
            case CLOSE_STROKE -> {
                path.closePath();
                path.strokePath();
            }
            case FILL, FILL_OLD, FILL_EVEN_ODD -> path.fillPath();
            case FILL_STROKE, FILL_STROKE_EVEN_ODD -> path.fillAndStrokePath();
            case CLOSE_FILL_STROKE, CLOSE_FILL_STROKE_EVEN_ODD -> {
                path.closePath();
                path.fillAndStrokePath();
            }
        }
    }

    private Point2D.Float user(float x, float y) {
        Matrix ctm = getContext().getGraphicsState().getCurrentTransformationMatrix();
        return ctm.transformPoint(x, y);
    }

    private static float[] numbers(List<COSBase> operands) {
        float[] numbers = new float[operands.size()];
        int count = 0;
        for (COSBase operand : operands) {
            if (operand instanceof COSNumber number) {
                numbers[count++] = number.floatValue();
            }
        }
        return java.util.Arrays.copyOf(numbers, count);
    }
}
