package org.juesuan.ingest.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.juesuan.extract.DisclosureReadException;
import org.juesuan.extract.check.Checker;
import org.juesuan.extract.parse.ReadingLimits;
import org.juesuan.extract.parse.SourceDocument;
import org.juesuan.extract.read.DisclosureReader;
import org.juesuan.model.Disclosure;
import org.juesuan.output.json.DisclosureJson;
import org.slf4j.MDC;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code juesuan check FILE… --out DIR}: reads each file into the model and writes DIR/NAME.json. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"读取并核查决算公开文件（.docx、.doc、.pdf、.txt），为每个文件写出 <文件名>.json。",
                "Reads and checks each disclosure and writes its model with its findings as DIR/<file name>.json.",
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
        DisclosureJson json = new DisclosureJson();
        int failed = 0;
        for (Path file : files) {
            MDC.put("document", file.getFileName().toString());
            try {
                Outcome outcome = check(reader, checks, json, file);
                (outcome.ok() ? stdout : stderr).println(outcome.line());
                failed += outcome.ok() ? 0 : 1;
            } finally {
                MDC.remove("document");
            }
        }
        stdout.flush();
        stderr.flush();
        return failed == 0 ? 0 : 1;
    }

    private Outcome check(DisclosureReader reader, Checker checks, DisclosureJson json, Path file) {
        String name = file.toString();
        if (!Files.isRegularFile(file)) {
            return Outcome.failed(name, "文件不存在或不是普通文件", "no such file, or not a regular file");
        }
        try {
            Disclosure disclosure = checks.apply(reader.read(SourceDocument.read(file)));
            if (!disclosure.looksLikeDisclosure()) {
                return Outcome.failed(name, "内容不像部门（单位）决算公开文件", "not a final-accounts disclosure");
            }
            Path target = out.resolve(file.getFileName() + ".json");
            json.write(disclosure, target);
            return new Outcome(true, "成功 " + name + " → " + target + "：" + Summary.of(disclosure));
        } catch (DisclosureReadException e) {
            return Outcome.failed(name, e.chineseReason(), e.getMessage());
        } catch (IOException e) {
            return Outcome.failed(name, "读写文件出错", e.toString());
        }
    }

    /** How one file ended, as the line printed for it. */
    private record Outcome(boolean ok, String line) {
        static Outcome failed(String name, String chinese, String english) {
            return new Outcome(false, "失败 " + name + "：" + chinese + "（" + english + "）");
        }
    }
}
