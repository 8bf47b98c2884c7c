package org.juesuan.ingest.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.juesuan.extract.DisclosureReadException;
import org.juesuan.extract.check.Checker;
import org.juesuan.extract.parse.PdfHeader;
import org.juesuan.extract.parse.ReadingLimits;
import org.juesuan.extract.parse.SourceDocument;
import org.juesuan.ingest.process.DisclosureProcessor;
import org.juesuan.ingest.process.DisclosureVerdict;
import org.juesuan.ingest.process.IngestFailure;
import org.juesuan.ingest.process.ResultWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.juesuan.model.Disclosure;
import org.juesuan.output.ReportFolder;
import org.juesuan.output.run.DocumentSummary;
import org.juesuan.output.run.FailedDocument;
import org.juesuan.output.run.RunSummary;
import org.slf4j.MDC;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code juesuan check FILE… --out DIR}: reads each file into the model and writes DIR/NAME.json. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"读取并核查决算公开文件（.docx、.doc、.pdf、.txt），为每个文件写出 <文件名>.json。",
                "Reads and checks each disclosure; writes DIR/<file name>.json (the model with its findings) and",
                "DIR/<file name>.html (the reviewer's report), then DIR/index.html, findings.xlsx and findings.csv for the run.",
                "",
                "Each file is read in a child process under --timeout-seconds and --max-heap-megabytes: a file past",
                "either fails alone with its reason, and the others are still read.",
                "",
                "退出码 (exit code): 0 全部成功 (all read); 1 有文件失败 (some file failed); 2 用法错误 (usage error)."})
final class CheckCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(CheckCommand.class);

    private final CheckContext context;

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "要读取的文件 (files to read)")
    private List<Path> files;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "out",
            description = "输出目录，不存在则创建 (output folder, created if missing; default: ${DEFAULT-VALUE})")
    private Path out;

    @Option(names = "--max-megabytes", paramLabel = "MB", defaultValue = "100",
            description = "单个文件大小上限，单位 MB (largest file read; default: ${DEFAULT-VALUE})")
    private long maxMegabytes;

    @Option(names = "--max-characters", paramLabel = "N", defaultValue = "20000000",
            description = "提取文字长度上限 (most characters extracted from one file; default: ${DEFAULT-VALUE})")
    private int maxCharacters;

    @Option(names = "--timeout-seconds", paramLabel = "S", defaultValue = "120",
            description = "单个文件处理时限，超时即终止 (longest time for one file; it is stopped past it; default: ${DEFAULT-VALUE})")
    private long timeoutSeconds;

    @Option(names = "--max-heap-megabytes", paramLabel = "MB", defaultValue = "1024",
            description = "读取进程的内存上限 (heap of the child process that reads; default: ${DEFAULT-VALUE})")
    private int maxHeapMegabytes;

    CheckCommand(CheckContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        if (maxMegabytes < 1 || maxCharacters < 1 || timeoutSeconds < 1 || maxHeapMegabytes < 64) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--max-megabytes、--max-characters、--timeout-seconds 须为正数，--max-heap-megabytes 至少 64"
                            + " (must be positive; heap at least 64)");
        }
        Path outAt = context.resolve(out);
        Files.createDirectories(outAt);
        List<DocumentSummary> documents = new ArrayList<>();
        List<FailedDocument> failures = new ArrayList<>();
        ReadingLimits limits = new ReadingLimits(maxMegabytes * 1024 * 1024, maxCharacters);
        ReportFolder reports;
        try (CheckReadings.Held reading = context.readings().hold(limits, maxHeapMegabytes, allPdfs(files))) {
            // The reading child's start (a JVM, then its warm-up: most of a second) is the longest step
            // before the first document is read: it begins first, and the writers are built meanwhile.
            if (anyToRead(limits)) {
                reading.prepareInBackground();
            }
            reports = new ReportFolder(outAt);
            try (DisclosureProcessor processor = new DisclosureProcessor(reading.reading(), Checker.standard(),
                    new ResultWriter(outAt), Duration.ofSeconds(timeoutSeconds))) {
                checkEach(processor, limits, reports, documents, failures, stdout, stderr);
            }
        }
        reports.writeRun(new RunSummary(documents, failures));
        stdout.println("报告 (reports): " + out.resolve(ReportFolder.INDEX) + "，" + out.resolve(ReportFolder.WORKBOOK) + "，"
                + out.resolve(ReportFolder.CSV));
        stdout.flush();
        stderr.flush();
        return failures.isEmpty() ? 0 : 1;
    }

    private void checkEach(DisclosureProcessor processor, ReadingLimits limits, ReportFolder reports,
                           List<DocumentSummary> documents, List<FailedDocument> failures, PrintWriter stdout,
                           PrintWriter stderr) throws InterruptedException {
        Thread writersWarming = WriterWarmUp.inBackground();
        for (Path file : files) {
            MDC.put("document", file.getFileName().toString());
            try {
                Outcome outcome = check(processor, limits, reports, file);
                (outcome.ok() ? stdout : stderr).println(outcome.line());
                outcome.summary().ifPresent(documents::add);
                outcome.failure().ifPresent(failures::add);
            } finally {
                MDC.remove("document");
            }
        }
        writersWarming.join();
    }

    /**
     * Whether some file will reach its reading child (it is a regular file of a type read, within
     * the size limit), so starting the child early is not spent on a run of missing or refused files.
     */
    private boolean anyToRead(ReadingLimits limits) {
        for (Path file : files) {
            Path at = context.resolve(file);
            try {
                if (Files.isRegularFile(at) && DisclosureVerdict.unsupportedType(file.getFileName().toString()).isEmpty()
                        && Files.size(at) <= limits.maxBytes()) {
                    return true;
                }
            } catch (IOException e) {
                // its own line will say why it cannot be read
            }
        }
        return false;
    }

    /**
     * Whether every file opens with a PDF header: a PDF is told by it alone, so the reading child
     * then need not load the detectors of the other formats (most of a second of CPU).
     */
    private boolean allPdfs(List<Path> files) {
        for (Path file : files) {
            try (InputStream in = Files.newInputStream(context.resolve(file))) {
                if (!PdfHeader.opens(in.readNBytes(PdfHeader.LENGTH))) {
                    return false;
                }
            } catch (IOException e) {
                return false; // its own line will say why it cannot be read
            }
        }
        return true;
    }

    /** One file, whatever goes wrong with it: a line for it, and the run goes on. */
    private Outcome check(DisclosureProcessor processor, ReadingLimits limits, ReportFolder reports, Path file)
            throws InterruptedException {
        String name = file.toString();
        Path at = context.resolve(file);
        try {
            if (!Files.isRegularFile(at)) {
                return Outcome.failed(name, "文件不存在或不是普通文件", "no such file, or not a regular file", "input");
            }
            Optional<IngestFailure> unsupported = DisclosureVerdict.unsupportedType(file.getFileName().toString());
            if (unsupported.isPresent()) {
                IngestFailure type = unsupported.get();
                return Outcome.failed(name, type.chineseReason(), type.getMessage(), type.stage());
            }
            long size = Files.size(at);
            if (size > limits.maxBytes()) {
                return Outcome.failed(name, "文件过大（" + size + " 字节，上限 " + limits.maxBytes() + "），未读取",
                        "too large: " + size + " bytes, limit " + limits.maxBytes() + "; not read", "input");
            }
            Disclosure disclosure = processor.readAndCheck(SourceDocument.read(at));
            Optional<IngestFailure> refusal = DisclosureVerdict.refusal(disclosure);
            if (refusal.isPresent()) {
                return Outcome.failed(name, refusal.get().chineseReason(), refusal.get().getMessage(), refusal.get().stage());
            }
            DocumentSummary summary = reports.writeDocument(disclosure);
            Path target = out.resolve(file.getFileName() + ".json");
            return new Outcome("成功 " + name + " → " + target + "：" + Summary.of(disclosure), Optional.of(summary), Optional.empty());
        } catch (DisclosureReadException e) {
            return Outcome.failed(name, e.chineseReason(), e.getMessage(), e.stage());
        } catch (IngestFailure e) {
            return Outcome.failed(name, e.chineseReason(), e.getMessage(), e.stage());
        } catch (IOException e) {
            return Outcome.failed(name, "读写文件出错", e.toString(), "io");
        } catch (RuntimeException e) {
            LOG.debug("{}: unexpected error", name, e);
            return Outcome.failed(name, "处理时发生内部错误", e.toString(), "process");
        }
    }

    /** How one file ended: the line printed for it, and what the run's reports list of it. */
    private record Outcome(String line, Optional<DocumentSummary> summary, Optional<FailedDocument> failure) {
        boolean ok() {
            return failure.isEmpty();
        }

        static Outcome failed(String name, String chinese, String english, String stage) {
            return new Outcome("失败 " + name + "：" + chinese + "（" + english + "）", Optional.empty(),
                    Optional.of(new FailedDocument(Path.of(name).getFileName().toString(), chinese, english, stage)));
        }
    }
}
