package org.juesuan.output.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The prepared separators and indentation write what Jackson's own pretty printer writes, past the prepared depths too. */
class JsonPrettyPrinterTest {
    @Test
    void indentsAsJacksonsOwnPrinter() throws Exception {
        Map<String, Object> deep = new LinkedHashMap<>();
        Map<String, Object> inner = deep;
        for (int level = 0; level < 80; level++) {
            Map<String, Object> next = new LinkedHashMap<>();
            inner.put("n" + level, 1.5 + level);
            inner.put("list", List.of(List.of("a", "汉", 2.5), Map.of("k", level), List.of(), Map.of()));
            inner.put("empty", Map.of());
            inner.put("child", next);
            inner = next;
        }
        JsonMapper jackson = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
        String expected = jackson.writeValueAsString(deep);
        JsonMapper prepared = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
                .defaultPrettyPrinter(new JsonPrettyPrinter()).build();
        assertEquals(expected, prepared.writeValueAsString(deep));
    }

    @Test
    void disclosureAsWithJacksonsOwnPrinter() throws Exception {
        JsonMapper jackson = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN).build();
        assertEquals(jackson.writeValueAsString(DisclosureJsonTest.sample()),
                new DisclosureJson().toJson(DisclosureJsonTest.sample()));
    }
}
