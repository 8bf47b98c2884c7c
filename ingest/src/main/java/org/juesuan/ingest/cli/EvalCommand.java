package org.juesuan.ingest.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.juesuan.extract.DisclosureReadException;
import org.juesuan.extract.check.Checker;
import org.juesuan.extract.parse.ReadingLimits;
import org.juesuan.extract.read.DisclosureReader;
import org.juesuan.ingest.eval.CorpusEvaluation;
import org.juesuan.ingest.eval.EvaluationTable;
import org.juesuan.ingest.eval.perturb.PerturbationCorpus;
import org.juesuan.ingest.eval.perturb.PerturbationTable;
import org.juesuan.ingest.eval.table.TableEvaluation;
import org.juesuan.ingest.eval.table.TableEvaluationTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code juesuan eval CORPUS…}: precision, recall and F1 per rule and per figure kind over labelled documents. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"在带标注的语料上评估：按规则统计查准率、查全率、F1，按数字类别统计提取准确率。",
                "Scores the checks per rule and the figures per kind over every folder with expected-findings.tsv.",
                "有表格金标准（tables/sources.txt）时，再统计单元格准确率，并在真实表格上注入缺陷，统计各规则的查全率与查准率。",
                "Where the corpus has table gold (tables/sources.txt), also cell accuracy, and recall / precision of the",
                "checks over seeded single-defect variants of the real tables.",
                "",
                "退出码 (exit code): 0 完成 (done); 1 语料无法读取 (a corpus document could not be read); 2 用法错误 (usage error)."})
final class EvalCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "CORPUS", description = "语料目录 (corpus folders)")
    private List<Path> corpora;

    @Option(names = "--seed", defaultValue = "20241231", description = "扰动的随机种子 (seed of the table perturbations), default ${DEFAULT-VALUE}")
    private long seed;

    @Option(names = "--variants", defaultValue = "5", description = "每种缺陷每份文件的变体数 (variants per defect and document), default ${DEFAULT-VALUE}")
    private int variants;

    @Override
    public Integer call() throws IOException {
        var out = spec.commandLine().getOut();
        Checker checker = Checker.standard();
        CorpusEvaluation evaluation = new CorpusEvaluation(DisclosureReader.standard(ReadingLimits.DEFAULT), checker);
        for (Path corpus : corpora) {
            if (!Files.isDirectory(corpus)) {
                spec.commandLine().getErr().println("失败 " + corpus + "：不是目录（not a folder）");
                return 1;
            }
            try {
                out.println("# " + corpus);
                EvaluationTable.print(evaluation.evaluate(corpus), out);
                out.println();
                if (TableEvaluation.hasGold(corpus)) {
                    TableEvaluation.Report tables = new TableEvaluation(evaluation::read).evaluate(corpus);
                    TableEvaluationTable.print(tables, out);
                    out.println();
                    PerturbationTable.print(PerturbationCorpus.run(tables, checker, seed, variants), out);
                    out.println();
                }
            } catch (DisclosureReadException e) {
                spec.commandLine().getErr().println("失败 " + corpus + "：" + e.chineseReason() + "（" + e.getMessage() + "）");
                return 1;
            }
        }
        return 0;
    }
}
