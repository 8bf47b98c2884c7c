package org.juesuan.ingest.process;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.juesuan.extract.DisclosureReadException;
import org.juesuan.extract.parse.SourceDocument;
import org.juesuan.ingest.process.InputOutcome.Status;
import org.juesuan.ingest.process.ProcessedLedger.Entry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * One input, start to finish, for watch and batch alike: hash its bytes, skip it when the ledger
 * says those bytes were processed already, else process the file (or each document of a zip),
 * write results and error records, and only then append the input to the ledger.
 */
public final class InputHandler {
    private static final Logger LOG = LoggerFactory.getLogger(InputHandler.class);
    /** Inputs with the same bytes are handled one at a time, so both cannot miss the ledger at once. */
    private static final int STRIPES = 64;
    /** Below this much free space in OUT no document is started (a seed-sized result takes ~350 KB). */
    private static final long MIN_FREE_BYTES = 1024 * 1024;

    /**
     * How an input is treated.
     *
     * @param errorFolder where an input's own error record goes (watch: IN/.error; batch: OUT)
     * @param retryFailed process again bytes that failed before (batch), or report the earlier failure (watch)
     * @param force       process again even bytes processed before
     */
    public record Mode(Path errorFolder, boolean retryFailed, boolean force, boolean indexEachInput) {
    }

    private RunReports reports;

    private final DisclosureProcessor processor;
    private final ArchiveReader archives;
    private final ProcessedLedger ledger;
    private final ErrorRecords errors = new ErrorRecords();
    private final FaultPoint faults = FaultPoint.fromSystemProperty();
    private final Path out;
    private final long maxDocumentBytes;
    private final Object[] stripes = new Object[STRIPES];

    public InputHandler(DisclosureProcessor processor, ArchiveReader archives, ProcessedLedger ledger, Path out,
                        long maxDocumentBytes) {
        this.processor = processor;
        this.archives = archives;
        this.ledger = ledger;
        this.out = out;
        this.maxDocumentBytes = maxDocumentBytes;
        for (int i = 0; i < STRIPES; i++) {
            stripes[i] = new Object();
        }
    }

    /**
     * Handles {@code file}, naming its results {@code name}; interrupted means abandoned, not recorded.
     * A file of a type no reader takes, or a document larger than the limit, is refused before a byte
     * of it is read. When the file changed
     * while it was read (a copier still writing), nothing is recorded and {@link InputChangedException}
     * is thrown, so the input stays where it is and is read again, whole, later.
     */
    public InputOutcome handle(Path file, String name, Mode mode) throws InterruptedException, IOException {
        MDC.put("document", name);
        try {
            CopyCompleteness.Snapshot before;
            String hash;
            Optional<IngestFailure> unsupported = DisclosureVerdict.unsupportedType(file.getFileName().toString());
            if (unsupported.isPresent()) {
                return failedInput(name, null, unsupported.get(), mode, false);
            }
            try {
                before = CopyCompleteness.Snapshot.of(file);
                if (!ArchiveReader.isArchive(name) && before.size() > maxDocumentBytes) {
                    return failedInput(name, null, new IngestFailure("input", "文件过大（" + before.size()
                            + " 字节，上限 " + maxDocumentBytes + "），未读取", "too large: " + before.size()
                            + " bytes, limit " + maxDocumentBytes + "; not read"), mode, false);
                }
                hash = sha256(file);
            } catch (IOException e) {
                return failedInput(name, null, new IngestFailure("input", "无法读取输入文件", "cannot read the input: " + e, e),
                        mode, false);
            }
            synchronized (stripes[Math.floorMod(hash.hashCode(), STRIPES)]) {
                Optional<Entry> prior = mode.force() ? Optional.empty() : ledger.find(hash);
                if (prior.isPresent()) {
                    Optional<InputOutcome> known = known(prior.get(), name, hash, mode);
                    if (known.isPresent()) {
                        return known.get();
                    }
                }
                InputOutcome outcome = ArchiveReader.isArchive(file.getFileName().toString())
                        ? archive(file, name, hash, mode) : document(file, name, hash, mode);
                if (!before.unchangedSince(file)) {
                    LOG.warn("{}: changed while it was read; it will be read again", name);
                    forget(name, outcome, mode);
                    throw new InputChangedException(name);
                }
                faults.reached(FaultPoint.BEFORE_LEDGER, name);
                try {
                    ledger.record(hash, outcome.failed() ? ProcessedLedger.Status.FAILED : ProcessedLedger.Status.DONE, name);
                } catch (IOException e) {
                    forget(name, outcome, mode); // not recorded, so not finished: it stays to be done again
                    throw new OutputUnavailableException(out, e);
                }
                if (mode.indexEachInput() && reports != null) {
                    reports.write(); // watch: the index shows each document as it completes
                }
                faults.reached(FaultPoint.BEFORE_MOVE, name);
                return outcome;
            }
        } finally {
            MDC.remove("document");
        }
    }

    /** Undoes what a read of a file that changed meanwhile left: its error record and its index entries. */
    private void forget(String name, InputOutcome outcome, Mode mode) throws IOException {
        if (outcome.failed()) {
            Files.deleteIfExists(mode.errorFolder().resolve(name + ".error.json"));
        }
        if (reports != null) {
            outcome.documents().forEach(document -> reports.forget(document.name()));
        }
    }

    private Optional<InputOutcome> known(Entry prior, String name, String hash, Mode mode) throws IOException {
        if (prior.status() == ProcessedLedger.Status.DONE) {
            boolean resultMissing = !ArchiveReader.isArchive(prior.name())
                    && !Files.exists(processor.writer().jsonFor(prior.name()));
            if (resultMissing) {
                return Optional.empty();
            }
            LOG.info("{}: same bytes as {}, processed before; skipped", name, prior.name());
            return Optional.of(new InputOutcome(name, Status.SKIPPED, null, List.of(), "same bytes as " + prior.name()));
        }
        if (mode.retryFailed()) {
            return Optional.empty();
        }
        IngestFailure again = new IngestFailure("input", "与先前处理失败的文件（" + prior.name() + "）内容相同，见其错误记录",
                "same bytes as " + prior.name() + ", which failed before; see its error record");
        return Optional.of(failedInput(name, hash, again, mode, true));
    }

    private InputOutcome document(Path file, String name, String hash, Mode mode) throws InterruptedException, IOException {
        try {
            requireRoomFor(Files.size(file));
            SourceDocument source = new SourceDocument(file.getFileName().toString(), Files.readAllBytes(file));
            DocumentOutcome done = processed(name, processor.process(source, name));
            return new InputOutcome(name, Status.PROCESSED, null, List.of(done), null);
        } catch (DisclosureReadException e) {
            return failedInput(name, hash, ErrorRecord.of(name, hash, e), mode);
        } catch (IngestFailure e) {
            if (DisclosureProcessor.WRITE_STAGE.equals(e.stage())) {
                throw new OutputUnavailableException(out, e);
            }
            if (DisclosureProcessor.START_STAGE.equals(e.stage())) {
                throw new ReadingUnavailableException(e);
            }
            return failedInput(name, hash, ErrorRecord.of(name, hash, e), mode);
        }
    }

    private InputOutcome archive(Path file, String name, String hash, Mode mode) throws InterruptedException, IOException {
        List<DocumentOutcome> documents = new ArrayList<>();
        try {
            archives.read(file, name, new ArchiveReader.EntryVisitor() {
                @Override
                public void document(String outputName, SourceDocument document) throws InterruptedException {
                    documents.add(entry(outputName, document));
                }

                @Override
                public void refused(String outputName, IngestFailure reason) {
                    documents.add(entryFailed(ErrorRecord.of(outputName, null, reason)));
                }
            });
            return new InputOutcome(name, Status.PROCESSED, null, documents, null);
        } catch (IngestFailure e) {
            InputOutcome failed = failedInput(name, hash, ErrorRecord.of(name, hash, e), mode);
            documents.add(failed.documents().get(0));
            return new InputOutcome(name, Status.FAILED, failed.failure(), documents, null);
        }
    }

    private DocumentOutcome entry(String outputName, SourceDocument document) throws InterruptedException {
        MDC.put("document", outputName);
        try {
            requireRoomFor(document.content().length);
            return processed(outputName, processor.process(document, outputName));
        } catch (DisclosureReadException e) {
            return entryFailed(ErrorRecord.of(outputName, document.contentHash(), e));
        } catch (IngestFailure e) {
            if (DisclosureProcessor.WRITE_STAGE.equals(e.stage())) {
                throw new java.io.UncheckedIOException(new OutputUnavailableException(out, e));
            }
            if (DisclosureProcessor.START_STAGE.equals(e.stage())) {
                throw new java.io.UncheckedIOException(new ReadingUnavailableException(e));
            }
            return entryFailed(ErrorRecord.of(outputName, document.contentHash(), e));
        } catch (OutputUnavailableException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Refuses to start a document the output folder has no room for (its results take a few times
     * its text): the input stays where it is, unread, instead of being read only to fail writing.
     */
    private void requireRoomFor(long inputBytes) throws OutputUnavailableException {
        try {
            long usable = Files.getFileStore(out).getUsableSpace();
            if (usable < MIN_FREE_BYTES + Math.min(inputBytes, maxDocumentBytes)) {
                throw new OutputUnavailableException(out, usable);
            }
        } catch (IOException e) {
            if (e instanceof OutputUnavailableException full) {
                throw full;
            }
            LOG.debug("cannot tell the free space of {}: {}", out, e.toString());
        }
    }

    /** Where the run's index learns of each document read or failed. */
    void reportTo(RunReports runReports) {
        this.reports = runReports;
    }

    private DocumentOutcome processed(String name, org.juesuan.model.Disclosure disclosure) {
        if (reports != null) {
            reports.read(disclosure, name);
        }
        return new DocumentOutcome(name, null, false, disclosure.findings());
    }

    /** A failed entry of a zip: its error record goes into the output folder, beside the other results. */
    private DocumentOutcome entryFailed(ErrorRecord record) {
        LOG.warn("{}: {} ({})", record.input(), record.reasonEnglish(), record.stage());
        if (reports != null) {
            reports.failed(record);
        }
        try {
            errors.write(record, out, record.input());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return DocumentOutcome.failed(record);
    }

    private InputOutcome failedInput(String name, String hash, IngestFailure e, Mode mode, boolean known)
            throws IOException {
        InputOutcome outcome = failedInput(name, hash, ErrorRecord.of(name, hash, e), mode);
        return known ? new InputOutcome(name, Status.FAILED, outcome.failure(), outcome.documents(), "failed before") : outcome;
    }

    private InputOutcome failedInput(String name, String hash, ErrorRecord record, Mode mode) throws IOException {
        LOG.warn("{}: {} ({})", name, record.reasonEnglish(), record.stage());
        if (reports != null) {
            reports.failed(record);
        }
        errors.write(record, mode.errorFolder(), name);
        return new InputOutcome(name, Status.FAILED, record, List.of(DocumentOutcome.failed(record)), null);
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            byte[] buffer = new byte[64 * 1024];
            while (in.read(buffer) >= 0) {
                // reading feeds the digest
            }
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
