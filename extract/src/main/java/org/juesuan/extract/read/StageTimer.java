package org.juesuan.extract.read;

/** Hears how long each stage of reading one document took; the benchmark adds them up. */
@FunctionalInterface
public interface StageTimer {
    /** The stages, in the order they run. */
    enum Stage {
        /** Format detection and the format's parser. */
        PARSE,
        /** Laying out the text, the section tree and the section kinds. */
        STRUCTURE,
        /** Reading the tables: captions, kinds, headers, lines. */
        TABLES,
        /** Figures and their context words. */
        FIGURES
    }

    StageTimer NONE = (stage, nanos) -> { };

    void took(Stage stage, long nanos);
}
