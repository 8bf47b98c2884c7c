package org.juesuan.ingest.cli;

import java.io.PrintWriter;
import org.juesuan.ingest.process.FolderInUseException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The one entry point: {@code juesuan COMMAND …}. */
@Command(name = "juesuan", mixinStandardHelpOptions = true, version = "juesuan 0.1.0",
        description = {"核查部门（单位）决算公开文件中的数字。", "Checks the figures of final-accounts disclosures."},
        subcommands = {CheckCommand.class, WatchCommand.class, BatchCommand.class, EvalCommand.class, BenchCommand.class, BatchBenchCommand.class,
                ServeCommand.class, ServeBenchCommand.class, WatchBenchCommand.class})
public final class Juesuan implements Runnable {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code: 0 done, 1 some input failed, 2 usage error. */
    public static int run(String... args) {
        return commandLine(CheckContext.cold()).execute(args);
    }

    /** The same, printing to the given writers instead of the process's standard streams. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(out, err, CheckContext.cold(), args);
    }

    /** The same, {@code check} taking its folder and reading children from {@code context} (the resident checker). */
    public static int run(PrintWriter out, PrintWriter err, CheckContext context, String... args) {
        return commandLine(context).setOut(out).setErr(err).execute(args);
    }

    /** A folder held by another juesuan process is a usage error: one line, exit code 2, no stack trace. */
    private static CommandLine commandLine(CheckContext context) {
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                return type == CheckCommand.class ? type.cast(new CheckCommand(context)) : CommandLine.defaultFactory().create(type);
            }
        };
        return new CommandLine(new Juesuan(), factory).setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof FolderInUseException) {
                commandLine.getErr().println(e.getMessage());
                commandLine.getErr().flush();
                return 2;
            }
            throw e;
        });
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "缺少命令 (missing command): check, batch, watch, eval, bench, serve");
    }
}
