package org.juesuan.ingest.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code juesuan check …} runs under a tree of the check command alone; users must not tell it from the whole tree. */
class CheckOnlyCommandLineTest {
    @TempDir
    Path out;

    @Test
    void checkArgumentsGetTheSmallTreeAndOthersTheWholeOne() {
        assertInstanceOf(Juesuan.CheckOnly.class, Juesuan.topFor("check", "a.pdf"));
        assertInstanceOf(Juesuan.class, Juesuan.topFor("batch", "in", "--out", "out"));
        assertInstanceOf(Juesuan.class, Juesuan.topFor("--help"));
        assertInstanceOf(Juesuan.class, Juesuan.topFor());
    }

    @Test
    void theSmallTreePrintsAndExitsAsTheWholeOne() {
        String missing = out.resolve("missing.pdf").toString();
        List<String[]> commandLines = List.of(
                new String[] {"check", "--help"},
                new String[] {"check", "-h"},
                new String[] {"check", "--version"},
                new String[] {"check"},
                new String[] {"check", "a.pdf", "--no-such-option"},
                new String[] {"check", "a.pdf", "--max-megabytes", "many"},
                new String[] {"check", missing, "--max-heap-megabytes", "10", "--out", out.resolve("small").toString()},
                new String[] {"check", missing, "--out", out.resolve("run").toString()});
        for (String[] args : commandLines) {
            Printed whole = run(new Juesuan(), args);
            Printed small = run(new Juesuan.CheckOnly(), args);
            assertEquals(whole, small, String.join(" ", args));
        }
    }

    private static Printed run(Object top, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Juesuan.commandLine(CheckContext.cold(), top).setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
                .execute(args);
        return new Printed(code, out.toString(), err.toString());
    }

    /** What one command line printed, and its exit code. */
    private record Printed(int code, String out, String err) {
    }
}
