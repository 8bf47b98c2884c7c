package org.juesuan.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/** Hostile inputs built in a test folder: decompression bombs, a huge zip index, a sparse giant, a letter named .pdf. */
public final class HostileFiles {
    private HostileFiles() {
    }

    /** The seed .docx with its main part padded to {@code megabytes} of repetitive XML (a few hundred KB zipped). */
    public static Path expandingDocx(Path target, int megabytes) throws IOException {
        try (ZipFile seed = new ZipFile(IngestFixtures.corpus("seed/seed.docx").toFile());
             ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(target))) {
            for (ZipEntry entry : java.util.Collections.list(seed.entries())) {
                byte[] bytes = seed.getInputStream(entry).readAllBytes();
                zip.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("word/document.xml")) {
                    String xml = new String(bytes, StandardCharsets.UTF_8);
                    int body = xml.indexOf("<w:body>") + "<w:body>".length();
                    zip.write(xml.substring(0, body).getBytes(StandardCharsets.UTF_8));
                    repeat(zip, "<w:p><w:r><w:t>" + "零".repeat(1000) + "</w:t></w:r></w:p>", megabytes);
                    zip.write(xml.substring(body).getBytes(StandardCharsets.UTF_8));
                } else {
                    zip.write(bytes);
                }
                zip.closeEntry();
            }
        }
        return target;
    }

    /** A minimal .xlsx whose shared strings expand to {@code megabytes}. */
    public static Path expandingXlsx(Path target, int megabytes) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(target))) {
            entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/"
                    + "package/2006/content-types\"><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument."
                    + "spreadsheetml.sheet.main+xml\"/></Types>");
            entry(zip, "xl/workbook.xml", "<?xml version=\"1.0\"?><workbook xmlns=\"http://schemas.openxmlformats.org/"
                    + "spreadsheetml/2006/main\"><sheets/></workbook>");
            zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
            zip.write("<?xml version=\"1.0\"?><sst>".getBytes(StandardCharsets.UTF_8));
            repeat(zip, "<si><t>" + "决算".repeat(500) + "</t></si>", megabytes);
            zip.write("</sst>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return target;
    }

    /** The seed .docx carrying a {@code megabytes} "image" of zeros (a picture bomb). */
    public static Path hugeImageDocx(Path target, int megabytes) throws IOException {
        try (ZipFile seed = new ZipFile(IngestFixtures.corpus("seed/seed.docx").toFile());
             ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(target))) {
            for (ZipEntry entry : java.util.Collections.list(seed.entries())) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(seed.getInputStream(entry).readAllBytes());
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry("word/media/huge.png"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < megabytes; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        return target;
    }

    /** A zip of {@code entries} tiny entries. */
    public static Path manyEntryZip(Path target, int entries) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(target))) {
            for (int i = 0; i < entries; i++) {
                entry(zip, "e/" + i + ".txt", "x");
            }
        }
        return target;
    }

    /** A zip inside a zip inside a zip … {@code depth} deep, a text at the bottom. */
    public static Path nestedZip(Path target, int depth) throws IOException {
        byte[] bytes = IngestFixtures.zip("bottom.txt", IngestFixtures.seedVariant(77));
        for (int i = 1; i < depth; i++) {
            bytes = IngestFixtures.zip("level-" + i + ".zip", bytes);
        }
        return Files.write(target, bytes);
    }

    /** A file of {@code megabytes} that takes no disk (sparse): only its size is real. */
    public static Path sparse(Path target, long megabytes) throws IOException {
        try (RandomAccessFile file = new RandomAccessFile(target.toFile(), "rw")) {
            file.setLength(megabytes * 1024 * 1024);
        }
        return target;
    }

    /** A readable text that is no disclosure, named .pdf. */
    public static Path letterNamedPdf(Path target) throws IOException {
        return Files.writeString(target, "各位同事：\n下周三下午两点在三楼会议室开会，请准时参加。\n办公室\n", StandardCharsets.UTF_8);
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static void repeat(OutputStream out, String unit, int megabytes) throws IOException {
        byte[] chunk = unit.repeat(64).getBytes(StandardCharsets.UTF_8);
        long total = (long) megabytes * 1024 * 1024;
        for (long written = 0; written < total; written += chunk.length) {
            out.write(chunk);
        }
    }
}
