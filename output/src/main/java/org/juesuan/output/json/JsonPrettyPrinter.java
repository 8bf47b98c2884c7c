package org.juesuan.output.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;

/**
 * Jackson's default pretty printing, byte for byte, with what it writes around every field and
 * array value prepared once as encoded bytes: the {@code " : "} and {@code ","} between fields,
 * the {@code ", "} between array values and the indentation ({@link JsonIndentation}). Jackson's
 * own printer hands each of them to the generator as a string of chars to re-encode; in a
 * 0.5–1.5 MB document that was about a quarter of the JSON write.
 */
final class JsonPrettyPrinter extends DefaultPrettyPrinter {
    private static final long serialVersionUID = 1L;
    private final SerializableString fieldValueSeparator;
    private final SerializableString entrySeparator;
    private final SerializableString arrayValueSeparator;

    JsonPrettyPrinter() {
        indentObjectsWith(new JsonIndentation());
        this.fieldValueSeparator = new SerializedString(_objectFieldValueSeparatorWithSpaces);
        this.entrySeparator = new SerializedString(_objectEntrySeparator);
        this.arrayValueSeparator = new SerializedString(_arrayValueSeparator);
    }

    private JsonPrettyPrinter(JsonPrettyPrinter base) {
        super(base);
        this.fieldValueSeparator = base.fieldValueSeparator;
        this.entrySeparator = base.entrySeparator;
        this.arrayValueSeparator = base.arrayValueSeparator;
    }

    /** A printer for one document: the nesting depth is its state, so Jackson asks for one each time. */
    @Override
    public DefaultPrettyPrinter createInstance() {
        return new JsonPrettyPrinter(this);
    }

    @Override
    public void writeObjectFieldValueSeparator(JsonGenerator generator) throws IOException {
        generator.writeRaw(fieldValueSeparator);
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator generator) throws IOException {
        generator.writeRaw(entrySeparator);
        _objectIndenter.writeIndentation(generator, _nesting);
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator generator) throws IOException {
        generator.writeRaw(arrayValueSeparator);
        _arrayIndenter.writeIndentation(generator, _nesting);
    }
}
