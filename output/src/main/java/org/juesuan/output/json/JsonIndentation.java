package org.juesuan.output.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;

/**
 * The pretty printer's line break and indentation before each object field, as Jackson's own
 * {@link DefaultIndenter} writes them (the system's line end, two spaces a level), but each depth's
 * whole run prepared once as encoded bytes: Jackson's writes the line end and the spaces as two
 * strings of chars to re-encode, at every field of a 0.5–1.5 MB document, about a quarter of it.
 */
final class JsonIndentation implements DefaultPrettyPrinter.Indenter {
    private static final int PREPARED_LEVELS = 64;
    private static final int SPACES_PER_LEVEL = 2;
    private final SerializableString[] byLevel = new SerializableString[PREPARED_LEVELS];

    JsonIndentation() {
        for (int level = 0; level < PREPARED_LEVELS; level++) {
            byLevel[level] = new SerializedString(run(level));
        }
    }

    @Override
    public void writeIndentation(JsonGenerator generator, int level) throws IOException {
        if (level < PREPARED_LEVELS) {
            generator.writeRaw(byLevel[level]);
        } else {
            generator.writeRaw(run(level));
        }
    }

    @Override
    public boolean isInline() {
        return false;
    }

    private static String run(int level) {
        return DefaultIndenter.SYS_LF + " ".repeat(level * SPACES_PER_LEVEL);
    }
}
