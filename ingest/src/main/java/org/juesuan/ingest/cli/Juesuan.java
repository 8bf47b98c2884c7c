package org.juesuan.ingest.cli;

import java.io.PrintWriter;
import org.juesuan.ingest.process.FolderInUseException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The one entry point: {@code juesuan COMMAND …}. */
@Command(name = Juesuan.NAME, mixinStandardHelpOptions = true, version = Juesuan.VERSION,
        description = {Juesuan.DESCRIPTION, Juesuan.DESCRIPTION_ENGLISH},
        subcommands = {CheckCommand.class, WatchCommand.class, BatchCommand.class, EvalCommand.class, BenchCommand.class, BatchBenchCommand.class,
                ServeCommand.class, ServeBenchCommand.class, WatchBenchCommand.class})
public final class Juesuan implements Runnable {
    static final String NAME = "juesuan";
    static final String VERSION = "juesuan 0.1.0";
    static final String DESCRIPTION = "核查部门（单位）决算公开文件中的数字。";
    static final String DESCRIPTION_ENGLISH = "Checks the figures of final-accounts disclosures.";

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code: 0 done, 1 some input failed, 2 usage error. */
    public static int run(String... args) {
        return commandLine(CheckContext.cold(), topFor(args)).execute(args);
    }

    /** The same, printing to the given writers instead of the process's standard streams. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(out, err, CheckContext.cold(), args);
    }

    /** The same, {@code check} taking its folder and reading children from {@code context} (the resident checker). */
    public static int run(PrintWriter out, PrintWriter err, CheckContext context, String... args) {
        return commandLine(context, topFor(args)).setOut(out).setErr(err).execute(args);
    }

    /**
     * The top command for {@code args}: {@code juesuan check …} gets a tree holding only the check
     * command ({@link CheckOnly}); picocli builds the model of every subcommand it is given, by
     * reflection, and the whole tree cost a third of a second of a cold check's start-up (and of a
     * warm check's, built again for every request). Every other command line gets the whole tree.
     */
    static Object topFor(String... args) {
        return args.length > 0 && "check".equals(args[0]) ? new CheckOnly() : new Juesuan();
    }

    /** The command line under {@code top}; a folder held by another juesuan process is a usage error: one line, exit code 2, no stack trace. */
    static CommandLine commandLine(CheckContext context, Object top) {
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                return type == CheckCommand.class ? type.cast(new CheckCommand(context)) : CommandLine.defaultFactory().create(type);
            }
        };
        return new CommandLine(top, factory).setExecutionExceptionHandler(new FolderInUseIsUsageError());
    }

    /**
     * A folder held by another juesuan process ends the command as a usage error. A named class, not
     * a lambda: picocli's classes are compiled for Java 5, and the class archive leaves out such an
     * interface once a lambda has linked it at dump time; every start then searched the jars for it
     * (about 60 ms before the command's own code ran).
     */
    private static final class FolderInUseIsUsageError implements CommandLine.IExecutionExceptionHandler {
        @Override
        public int handleExecutionException(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult)
                throws Exception {
            if (e instanceof FolderInUseException) {
                commandLine.getErr().println(e.getMessage());
                commandLine.getErr().flush();
                return 2;
            }
            throw e;
        }
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "缺少命令 (missing command): check, batch, watch, eval, bench, serve");
    }

    /** The top of {@code juesuan check …}: {@link Juesuan} as the check command sees it, without the other commands. */
    @Command(name = NAME, mixinStandardHelpOptions = true, version = VERSION, description = {DESCRIPTION, DESCRIPTION_ENGLISH},
            subcommands = CheckCommand.class)
    static final class CheckOnly implements Runnable {
        @Override
        public void run() {
            throw new IllegalStateException("only reached with a subcommand"); // args[0] is "check"
        }
    }
}
