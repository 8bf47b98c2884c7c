package org.juesuan.extract.check.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The function classification (支出功能分类) as far as {@code function-classification.tsv} holds it: each
 * 类 and 款 by name, and each 项 whose name belongs to exactly one 款, with the 款 and 类 it sits under.
 */
final class FunctionClassification {
    private static final String RESOURCE = "/org/juesuan/extract/check/function-classification.tsv";

    /** One 项 with the names of its 款 and 类. */
    record Item(String code, String name, String section, String sectionCode, String kind) {
    }

    private final Map<String, String> names = new HashMap<>();
    private final Map<String, Item> items = new HashMap<>();

    private FunctionClassification(List<String[]> rows) {
        rows.forEach(row -> names.put(row[0], row[1]));
        for (String[] row : rows) {
            if (row[0].length() == 7) {
                items.put(row[1], new Item(row[0], row[1], names.get(row[0].substring(0, 5)), row[0].substring(0, 5),
                        names.get(row[0].substring(0, 3))));
            }
        }
    }

    static FunctionClassification load() {
        try (InputStream in = Objects.requireNonNull(FunctionClassification.class.getResourceAsStream(RESOURCE), RESOURCE);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return new FunctionClassification(reader.lines().filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> l.split("\t")).toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** The 项 of this name, when the name belongs to one 款 only. */
    Optional<Item> item(String name) {
        return Optional.ofNullable(items.get(name));
    }
}
