package org.juesuan.spark.crossyear;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.UncheckedIOException;
import org.juesuan.crossyear.YearFigures;

/**
 * A document's {@link YearFigures} as one JSON text, the documents table's {@code year_figures}
 * column: the first stage keeps it while the model is in hand, so the cross-year stage never reads a
 * document again. Amounts stay decimals as held (scale included), so a figure reads back equal.
 */
public final class YearFiguresJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private YearFiguresJson() {
    }

    public static String write(YearFigures figures) {
        try {
            return MAPPER.writeValueAsString(figures);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write the year figures of " + figures.sourceName(), e);
        }
    }

    public static YearFigures read(String json) {
        try {
            return MAPPER.readValue(json, YearFigures.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("not the year figures of a document: " + abbreviated(json), e);
        }
    }

    private static String abbreviated(String json) {
        return json.length() <= 80 ? json : json.substring(0, 80) + "…";
    }
}
