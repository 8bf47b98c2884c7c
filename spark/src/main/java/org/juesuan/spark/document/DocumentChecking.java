package org.juesuan.spark.document;

import java.io.IOException;
import java.util.Optional;
import org.juesuan.extract.DisclosureReadException;
import org.juesuan.extract.parse.SourceDocument;
import org.juesuan.ingest.process.DisclosureProcessor;
import org.juesuan.ingest.process.DisclosureVerdict;
import org.juesuan.ingest.process.ErrorRecord;
import org.juesuan.ingest.process.IngestFailure;
import org.juesuan.model.Disclosure;

/**
 * Reads and checks one document exactly as batch does — the same size refusal, the same processor
 * under the same time limit, the same verdict — and turns every failure into a result, so a bad
 * document is a row and never a failed task.
 */
public final class DocumentChecking {
    private final ReadingSettings settings;

    public DocumentChecking(ReadingSettings settings) {
        this.settings = settings;
    }

    /** {@code name} is the file name, as batch gives it to the reader (the model's sourceName) and names its error record. */
    public DocumentResult check(String path, String name, String hash, byte[] content) throws InterruptedException {
        return check(path, name, name, hash, content);
    }

    /**
     * As {@link #check(String, String, String, byte[])}, the error record (status other than processed)
     * named {@code recordName}: for a zip's entry, batch's {@code ZIP!dir!entry}, where the reader gets
     * the entry's file name.
     */
    public DocumentResult check(String path, String name, String recordName, String hash, byte[] content)
            throws InterruptedException {
        long started = System.nanoTime();
        if (content.length > settings.maxBytes()) {
            IngestFailure tooLarge = new IngestFailure("input", "文件过大（" + content.length + " 字节，上限 "
                    + settings.maxBytes() + "），未读取", "too large: " + content.length + " bytes, limit " + settings.maxBytes() + "; not read");
            return failed(path, hash, content.length, ErrorRecord.of(recordName, hash, tooLarge), started);
        }
        try {
            DisclosureProcessor processor = ExecutorReading.processor(settings);
            Disclosure checked = processor.readAndCheck(new SourceDocument(name, content));
            Optional<IngestFailure> refusal = DisclosureVerdict.refusal(checked);
            if (refusal.isPresent()) {
                return new DocumentResult(path, hash, content.length, DocumentStatus.NOT_A_DISCLOSURE, checked,
                        ErrorRecord.of(recordName, hash, refusal.get()), millisSince(started));
            }
            return new DocumentResult(path, hash, content.length, DocumentStatus.PROCESSED, checked, null,
                    millisSince(started));
        } catch (DisclosureReadException e) {
            return failed(path, hash, content.length, ErrorRecord.of(recordName, hash, e), started);
        } catch (IngestFailure e) {
            return failed(path, hash, content.length, ErrorRecord.of(recordName, hash, e), started);
        } catch (IOException e) {
            IngestFailure start = new IngestFailure("read", "无法启动读取进程", "cannot start the reading: " + e, e);
            return failed(path, hash, content.length, ErrorRecord.of(recordName, hash, start), started);
        }
    }

    /** A file listed but gone or unreadable when its turn came: batch's reason for an input it cannot read. */
    public static DocumentResult unreadable(String path, String name) {
        IngestFailure unreadable = new IngestFailure("input", "无法读取输入文件", "cannot read the input: " + path);
        return new DocumentResult(path, null, 0, DocumentStatus.FAILED, null, ErrorRecord.of(name, null, unreadable), 0);
    }

    private static DocumentResult failed(String path, String hash, long bytes, ErrorRecord record, long started) {
        return new DocumentResult(path, hash, bytes, DocumentStatus.FAILED, null, record, millisSince(started));
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
