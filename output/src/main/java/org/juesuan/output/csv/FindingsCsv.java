package org.juesuan.output.csv;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.juesuan.output.ReportWriter;
import org.juesuan.output.run.FindingColumn;
import org.juesuan.output.run.DocumentSummary;
import org.juesuan.output.run.FindingRow;
import org.juesuan.output.run.RunRows;

/**
 * {@code findings.csv}: the findings sheet as RFC 4180 text (CRLF between records, a field quoted
 * when it holds a comma, a quote, CR or LF, quotes doubled), in UTF-8 with a byte-order mark
 * because Excel reads BOM-less CSV as the local ANSI code page and garbles the Chinese.
 */
public final class FindingsCsv implements ReportWriter<RunRows> {
    private static final String BOM = "\uFEFF";
    private static final String RECORD_END = "\r\n";
    /** Fields that need quotes: 1,234.00 / 他说"是" / a sentence with a line break. */
    private static final Pattern NEEDS_QUOTES = Pattern.compile("[\",\r\n]");
    /**
     * Text a spreadsheet would run as a formula when the file is opened: =HYPERLINK(…), +1, -A1, @SUM.
     * Disclosure text is untrusted, so such a field gets a leading apostrophe (OWASP's advice);
     * a plain number such as -5.20 is data and stays as it is.
     */
    private static final Pattern FORMULA_START = Pattern.compile("^[=+\\-@\t\r].*", Pattern.DOTALL);
    /** A plain decimal number: -5.20, 1196625, 0.185. */
    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    /** The whole file, the run's documents visited one at a time (only one document's rows in memory). */
    @Override
    public void write(RunRows run, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writeHeader(writer);
        run.documents(document -> writeRows(writer, document));
        writer.flush();
    }

    /** The byte-order mark and the header record: what a file of no findings holds. */
    public void writeHeader(OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writeHeader(writer);
        writer.flush();
    }

    /** One document's records, to append to a file that holds the header already. */
    public void appendDocument(DocumentSummary document, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writeRows(writer, document);
        writer.flush();
    }

    private static void writeHeader(Writer writer) throws IOException {
        writer.write(BOM);
        List<String> header = new ArrayList<>();
        for (FindingColumn column : FindingColumn.values()) {
            header.add(column.header());
        }
        writeRecord(writer, header);
    }

    private static void writeRows(Writer writer, DocumentSummary document) throws IOException {
        for (FindingRow row : FindingRow.of(document)) {
            List<String> fields = new ArrayList<>();
            for (FindingColumn column : FindingColumn.values()) {
                fields.add(text(column.value(row)));
            }
            writeRecord(writer, fields);
        }
    }

    private static void writeRecord(Writer writer, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                writer.write(',');
            }
            writer.write(quote(fields.get(i)));
        }
        writer.write(RECORD_END);
    }

    static String quote(String field) {
        String safe = FORMULA_START.matcher(field).matches() && !PLAIN_NUMBER.matcher(field).matches()
                ? "'" + field : field;
        if (!NEEDS_QUOTES.matcher(safe).find()) {
            return safe;
        }
        return '"' + safe.replace("\"", "\"\"") + '"';
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        return value.toString();
    }
}
