package org.juesuan.extract.structure;

import java.util.Objects;
import org.juesuan.model.SectionKind;

/** A classifier's answer: the kind and how sure it is (0 to 1). UNKNOWN is a legal answer. */
public record KindGuess(SectionKind kind, double confidence) {
    public KindGuess {
        Objects.requireNonNull(kind, "kind");
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence must lie in [0, 1]");
        }
    }
}
