package org.juesuan.output.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.module.blackbird.BlackbirdModule;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import org.juesuan.model.Disclosure;
import org.juesuan.output.AtomicFile;
import org.juesuan.output.ReportWriter;

/**
 * The model as JSON, field for field (the public contract described in the README). Money and rates
 * are written as plain decimal numbers exactly as held, never through a double.
 */
public final class DisclosureJson implements ReportWriter<Disclosure> {
    private final ObjectMapper mapper = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(com.fasterxml.jackson.core.StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
            .enable(com.fasterxml.jackson.core.StreamReadFeature.USE_FAST_DOUBLE_PARSER)
            // Blackbird replaces the per-field reflective get/set with generated accessors: the same
            // bytes out, less CPU a document (~0.1 of a bare Tika parse went to writing this JSON).
            .addModule(new BlackbirdModule())
            .defaultPrettyPrinter(new JsonPrettyPrinter())
            .build();

    @Override
    public void write(Disclosure disclosure, OutputStream out) throws IOException {
        mapper.writeValue(out, disclosure);
    }

    /** Writes to a temporary file beside the target, then renames it: a reader never sees half a file. */
    public void write(Disclosure disclosure, Path target) throws IOException {
        AtomicFile.write(target, this, disclosure);
    }

    public String toJson(Disclosure disclosure) throws IOException {
        return mapper.writeValueAsString(disclosure);
    }

    public Disclosure read(String json) throws IOException {
        return mapper.readValue(json, Disclosure.class);
    }

    public Disclosure read(Path file) throws IOException {
        return mapper.readValue(file.toFile(), Disclosure.class);
    }
}
