package org.juesuan.extract.read;

/** The ids the model gives its parts: b1, s1, t1, f1 — 1-based, in document order. */
final class ModelIds {
    private ModelIds() {
    }

    static String block(int index) {
        return "b" + (index + 1);
    }

    static String section(int index) {
        return "s" + (index + 1);
    }

    static String table(int index) {
        return "t" + (index + 1);
    }

    static String figure(int index) {
        return "f" + (index + 1);
    }
}
