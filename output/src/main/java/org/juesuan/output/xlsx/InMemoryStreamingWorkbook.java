package org.juesuan.output.xlsx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.poi.openxml4j.opc.internal.ZipHelper;
import org.apache.poi.openxml4j.util.ZipInputStreamZipEntrySource;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * POI's streaming workbook with its rows and its package kept in memory instead of temporary files.
 * A document's workbook is a few thousand rows at most; the stock one made, wrote, read back and
 * deleted a file per sheet and one for the whole package, which cost more than the XML itself when
 * the disk was shared. The XML it writes is the same, byte for byte.
 */
final class InMemoryStreamingWorkbook extends SXSSFWorkbook {

    InMemoryStreamingWorkbook(int rowsInMemory) {
        super(rowsInMemory);
    }

    @Override
    protected SheetDataWriter createSheetDataWriter() throws IOException {
        return new InMemorySheetData(new ByteArrayOutputStream());
    }

    /** The package as the stock workbook writes it, then its sheets' rows put in, with no file between. */
    @Override
    public void write(OutputStream stream) throws IOException {
        flushSheets();
        ByteArrayOutputStream template = new ByteArrayOutputStream();
        getXSSFWorkbook().write(template);
        try (ZipInputStreamZipEntrySource source = new ZipInputStreamZipEntrySource(
                ZipHelper.openZipStream(new ByteArrayInputStream(template.toByteArray())))) {
            injectData(source, stream);
        }
    }

    /** A sheet's rows as XML in a byte buffer; read back once, when the package is written. */
    private static final class InMemorySheetData extends SheetDataWriter {
        private final ByteArrayOutputStream bytes;

        InMemorySheetData(ByteArrayOutputStream bytes) throws IOException {
            super(writer(bytes));
            this.bytes = bytes;
        }

        private static Writer writer(ByteArrayOutputStream bytes) {
            return new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
        }

        /** Called once the sheet has closed this writer, so every row is in the buffer. */
        @Override
        public InputStream getWorksheetXMLInputStream() {
            return new ByteArrayInputStream(bytes.toByteArray());
        }
    }
}
