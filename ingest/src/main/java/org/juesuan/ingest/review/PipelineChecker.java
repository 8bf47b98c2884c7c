package org.juesuan.ingest.review;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.juesuan.extract.DisclosureReadException;
import org.juesuan.extract.parse.SourceDocument;
import org.juesuan.ingest.process.ArchiveReader;
import org.juesuan.ingest.process.DisclosureProcessor;
import org.juesuan.ingest.process.DisclosureVerdict;
import org.juesuan.ingest.process.IngestFailure;
import org.juesuan.ingest.process.ResultWriter;
import org.juesuan.ingest.settings.IngestSettings;
import org.juesuan.model.Disclosure;
import org.juesuan.serve.DocumentChecker;

/**
 * The server's checker filled with the pipeline watch and batch use: documents read in child JVMs
 * under the document limits, the same checks, the same verdict on what is not a disclosure, zips
 * opened with the same archive limits.
 */
public final class PipelineChecker implements DocumentChecker, AutoCloseable {
    private final DisclosureProcessor processor;
    private final AutoCloseable reading;
    private final ArchiveReader archives;
    private final Path scratch;

    public PipelineChecker(IngestSettings settings, Path scratch) throws IOException {
        var forked = org.juesuan.ingest.process.Pipeline.forkedReading(settings);
        this.reading = forked;
        this.scratch = Files.createDirectories(scratch);
        this.processor = new DisclosureProcessor(forked, org.juesuan.ingest.process.Pipeline.checks(),
                new ResultWriter(scratch), settings.document().timeout());
        this.archives = new ArchiveReader(settings.archive(), settings.document().maxBytes());
    }

    @Override
    public List<Upload> expand(Upload upload) throws CheckFailedException, InterruptedException {
        if (!ArchiveReader.isArchive(upload.name())) {
            return List.of(upload);
        }
        List<Upload> entries = new ArrayList<>();
        Path zip = null;
        try {
            zip = Files.createTempFile(scratch, "upload-", ".zip");
            Files.write(zip, upload.content());
            archives.read(zip, upload.name(), new ArchiveReader.EntryVisitor() {
                @Override
                public void document(String outputName, SourceDocument document) {
                    entries.add(new Upload(outputName, document.content()));
                }

                @Override
                public void refused(String outputName, IngestFailure reason) {
                    entries.add(new Upload(outputName, new byte[0], reason.chineseReason()));
                }
            });
            return entries;
        } catch (IngestFailure e) {
            throw new CheckFailedException(e.chineseReason(), e);
        } catch (IOException e) {
            throw new CheckFailedException("无法保存上传的压缩包", e);
        } finally {
            deleteQuietly(zip);
        }
    }

    @Override
    public Disclosure check(Upload document) throws CheckFailedException, InterruptedException {
        try {
            Disclosure checked = processor.readAndCheck(new SourceDocument(document.name(), document.content()));
            Optional<IngestFailure> refusal = DisclosureVerdict.refusal(checked);
            if (refusal.isPresent()) {
                throw new CheckFailedException(refusal.get().chineseReason(), refusal.get());
            }
            return checked;
        } catch (DisclosureReadException e) {
            throw new CheckFailedException(e.chineseReason(), e);
        } catch (IngestFailure e) {
            throw new CheckFailedException(e.chineseReason(), e);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            file.toFile().delete();
        }
    }

    @Override
    public void close() throws Exception {
        processor.close();
        reading.close();
    }
}
