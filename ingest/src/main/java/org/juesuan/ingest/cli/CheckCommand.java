package org.juesuan.ingest.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.juesuan.extract.DisclosureReadException;
import org.juesuan.extract.check.Checker;
import org.juesuan.extract.parse.ReadingLimits;
import org.juesuan.extract.parse.SourceDocument;
import org.juesuan.extract.read.DisclosureReader;
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
                "退出码 (exit code): 0 全部成功 (all read); 1 有文件失败 (some file failed); 2 用法错误 (usage error)."})
final class CheckCommand implements Callable<Integer> {
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

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        if (maxMegabytes < 1 || maxCharacters < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--max-megabytes 与 --max-characters 须为正数 (must be positive)");
        }
        Files.createDirectories(out);
        DisclosureReader reader = DisclosureReader.standard(new ReadingLimits(maxMegabytes * 1024 * 1024, maxCharacters));
        Checker checks = Checker.standard();
        ReportFolder reports = new ReportFolder(out);
        List<DocumentSummary> documents = new ArrayList<>();
        List<FailedDocument> failures = new ArrayList<>();
        for (Path file : files) {
            MDC.put("document", file.getFileName().toString());
            try {
                Outcome outcome = check(reader, checks, reports, file);
                (outcome.ok() ? stdout : stderr).println(outcome.line());
                outcome.summary().ifPresent(documents::add);
                outcome.failure().ifPresent(failures::add);
            } finally {
                MDC.remove("document");
            }
        }
        reports.writeRun(new RunSummary(documents, failures));
        stdout.println("报告 (reports): " + out.resolve(ReportFolder.INDEX) + "，" + out.resolve(ReportFolder.WORKBOOK) + "，"
                + out.resolve(ReportFolder.CSV));
        stdout.flush();
        stderr.flush();
        return failures.isEmpty() ? 0 : 1;
    }

    private Outcome check(DisclosureReader reader, Checker checks, ReportFolder reports, Path file) {
        String name = file.toString();
        if (!Files.isRegularFile(file)) {
            return Outcome.failed(name, "文件不存在或不是普通文件", "no such file, or not a regular file", "input");
        }
        try {
            Disclosure disclosure = checks.apply(reader.read(SourceDocument.read(file)));
            if (!disclosure.looksLikeDisclosure()) {
                return Outcome.failed(name, "内容不像部门（单位）决算公开文件", "not a final-accounts disclosure", "check");
            }
            DocumentSummary summary = reports.writeDocument(disclosure);
            Path target = out.resolve(file.getFileName() + ".json");
            return new Outcome("成功 " + name + " → " + target + "：" + Summary.of(disclosure), Optional.of(summary), Optional.empty());
        } catch (DisclosureReadException e) {
            return Outcome.failed(name, e.chineseReason(), e.getMessage(), e.stage());
        } catch (IOException e) {
            return Outcome.failed(name, "读写文件出错", e.toString(), "io");
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
