package org.juesuan.ingest.eval.table;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.juesuan.model.TableKind;

/**
 * A second opinion, not a gold: the tables another extraction found page by page
 * ({@code NAME.pages.json} → {@code page_tables}: per page, tables as rows of cell strings). Each
 * becomes a one-page table of unknown kind, compared with the part of the read table on that page.
 */
public final class PageTablesGold {
    public static final String VERIFIED = "second opinion: the page_tables of another extraction, not verified by hand";

    private PageTablesGold() {
    }

    public static List<GoldTable> read(Path pagesJson, String document) throws IOException {
        JsonNode pages = new ObjectMapper().readTree(pagesJson.toFile()).get("page_tables");
        if (pages == null || !pages.isArray()) {
            throw new IOException(pagesJson + ": no page_tables");
        }
        List<GoldTable> tables = new ArrayList<>();
        for (int index = 0; index < pages.size(); index++) {
            for (JsonNode table : pages.get(index)) {
                List<List<String>> grid = new ArrayList<>();
                table.forEach(row -> {
                    List<String> cells = new ArrayList<>();
                    row.forEach(cell -> cells.add(cell.isNull() ? "" : cell.asText()));
                    grid.add(cells);
                });
                tables.add(new GoldTable(document, tables.size() + 1, "", TableKind.OTHER, "", index + 1, index + 1, 0,
                        VERIFIED, grid));
            }
        }
        return tables;
    }
}
