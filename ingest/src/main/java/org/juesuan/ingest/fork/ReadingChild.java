package org.juesuan.ingest.fork;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.juesuan.extract.DisclosureReadException;
import org.juesuan.extract.UnreadableDocumentException;
import org.juesuan.extract.parse.ReadingLimits;
import org.juesuan.extract.parse.SourceDocument;
import org.juesuan.extract.read.DisclosureReader;
import org.juesuan.ingest.process.DocumentReading;
import org.juesuan.ingest.process.RunTally;
import org.juesuan.output.json.DisclosureJson;

/**
 * The main class of a reading child: a JVM of its own that reads documents one at a time for its
 * parent ({@link ForkedReading}), so a document that overruns its time is stopped by killing the
 * child, and one that exhausts memory takes down only the child. Arguments: max bytes, max
 * characters, optionally the class of a {@link ReadingFactory} (tests wire a slow reader here), and
 * optionally {@value #ONLY_PDFS} when every document it will be sent opens with a PDF header.
 * Standard output carries only the protocol; everything else printed goes to standard error.
 */
public final class ReadingChild {
    /** A few lines shaped like a disclosure: a heading, amounts, a change and a share. */
    private static final String WARM_UP = """
            某某单位2023年度部门决算公开
            第一部分 部门概况
            一、收入支出决算总体情况说明
            2023年度收入总计120.50万元，比上年增加10.25万元，增长9.3%。其中：财政拨款收入100.00万元，占83.0%。
            """;

    /** The fourth argument when the parent sends only PDFs: the child need not load Tika's detectors. */
    static final String ONLY_PDFS = "only-pdfs";

    static final String EXPANDS_TOO_FAR = "文件解压后过大（过大 / 疑似压缩炸弹），未读取";

    private ReadingChild() {
    }

    /** Builds the reading the child uses; a public no-argument class named on the command line. */
    public interface ReadingFactory {
        DocumentReading create(ReadingLimits limits);
    }

    /** The production reading: the standard reader. */
    public static final class StandardReading implements ReadingFactory {
        @Override
        public DocumentReading create(ReadingLimits limits) {
            return new StandardChildReading(DisclosureReader.standard(limits));
        }
    }

    public static void main(String[] args) throws Exception {
        PrintStream protocol = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
                StandardCharsets.UTF_8);
        System.setOut(System.err); // a library that prints cannot corrupt the protocol
        ReadingLimits limits = new ReadingLimits(Long.parseLong(args[0]), Integer.parseInt(args[1]));
        String factory = args.length > 2 ? args[2] : StandardReading.class.getName();
        DocumentReading reading = ((ReadingFactory) Class.forName(factory).getDeclaredConstructor().newInstance())
                .create(limits);
        boolean onlyPdfs = args.length > 3 && ONLY_PDFS.equals(args[3]);
        DisclosureJson json = new DisclosureJson();
        if (reading instanceof StandardChildReading standard) {
            standard.warmUpInBackground(json, WARM_UP, !onlyPdfs);
        } else {
            warmUp(reading, json);
        }
        protocol.println(ReadingProtocol.READY);
        BufferedReader requests = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String request;
        while ((request = requests.readLine()) != null) { // end of input: the parent is gone or done
            List<String> fields = ReadingProtocol.fields(request);
            Reply reply = answer(reading, json, Path.of(fields.get(0)), fields.get(1), Path.of(fields.get(2)));
            protocol.println(reply.line() + "\t" + RunTally.peakHeapBytes());
            if (reply.fatal()) {
                Runtime.getRuntime().halt(3); // the heap may be in any state: the parent starts a fresh child
            }
        }
    }

    /** The line answered, and whether the child must stop after it. */
    private record Reply(String line, boolean fatal) {
        static Reply of(String... fields) {
            return new Reply(ReadingProtocol.line(fields), false);
        }
    }

    /**
     * Reads and serialises a small disclosure before saying READY, so dictionaries load and code
     * warms up outside the first real document's time limit.
     */
    private static void warmUp(DocumentReading reading, DisclosureJson json) {
        try {
            json.toJson(reading.read(new SourceDocument("warm-up.txt", WARM_UP.getBytes(StandardCharsets.UTF_8))));
        } catch (Exception e) {
            System.err.println("reading child: warm-up failed: " + e); // the real documents will tell
        }
    }

    /**
     * Whether a library refused a part for its size or inflation ratio (POI's "Zip bomb detected",
     * its record-length ceiling, a part past the entry-size limit): the file expands too far.
     */
    private static boolean looksLikeExpansion(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String text = t.getClass().getSimpleName() + " " + t.getMessage();
            if (text.contains("RecordFormatException") || text.contains("Zip bomb") || text.contains("exceeds the max")
                    || text.contains("maximum length")) {
                return true;
            }
        }
        return false;
    }

    /** The message without the problem's own English text, which the parent's exception adds again. */
    private static String detail(UnreadableDocumentException e) {
        String prefix = e.problem().english();
        String message = String.valueOf(e.getMessage());
        if (message.equals(prefix)) {
            return "";
        }
        return message.startsWith(prefix + ": ") ? message.substring(prefix.length() + 2) : message;
    }

    private static Reply answer(DocumentReading reading, DisclosureJson json, Path input, String name, Path result) {
        try {
            SourceDocument source = new SourceDocument(name, Files.readAllBytes(input));
            json.write(reading.read(source), result);
            return Reply.of(ReadingProtocol.OK);
        } catch (UnreadableDocumentException e) {
            if (e.problem() == UnreadableDocumentException.Problem.CORRUPT && looksLikeExpansion(e)) {
                // POI's inflation-ratio guard speaks of an IOException, which a parser takes for damage
                return Reply.of(ReadingProtocol.FAILED, EXPANDS_TOO_FAR, "expands past a reading limit: " + e.getMessage());
            }
            return Reply.of(ReadingProtocol.UNREADABLE, e.problem().name(), detail(e));
        } catch (DisclosureReadException e) {
            return Reply.of(ReadingProtocol.FAILED, e.chineseReason(), e.getMessage());
        } catch (OutOfMemoryError e) {
            return new Reply(ReadingProtocol.line(ReadingProtocol.FATAL, ForkedReading.OUT_OF_MEMORY,
                    "ran out of memory while reading (too large, or a decompression bomb?)"), true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Reply(ReadingProtocol.line(ReadingProtocol.FATAL, "读取被中断", "reading interrupted"), true);
        } catch (Exception | StackOverflowError e) {
            if (looksLikeExpansion(e)) {
                return Reply.of(ReadingProtocol.FAILED, EXPANDS_TOO_FAR, "expands past a reading limit: " + e);
            }
            return Reply.of(ReadingProtocol.FAILED, "文件结构异常，读取时出错", "unexpected error while reading: " + e);
        }
    }
}
