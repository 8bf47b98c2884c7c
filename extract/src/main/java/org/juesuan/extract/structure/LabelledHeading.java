package org.juesuan.extract.structure;

import java.util.Objects;
import org.juesuan.model.SectionKind;

/** One line of the labelled heading list: a heading title as seen in the wild and its kind. */
public record LabelledHeading(SectionKind kind, String title) {
    public LabelledHeading {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        if (title.isBlank()) {
            throw new IllegalArgumentException("a labelled heading needs a title");
        }
    }
}
