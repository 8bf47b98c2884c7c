package org.juesuan.spark.document;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.juesuan.extract.parse.ReadingLimits;
import org.juesuan.ingest.fork.ForkedReading;
import org.juesuan.ingest.fork.ReadingChild;
import org.juesuan.ingest.process.DisclosureProcessor;
import org.juesuan.ingest.process.Pipeline;
import org.juesuan.ingest.process.ResultWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * batch's processing path, once per executor JVM: a {@link DisclosureProcessor} over a
 * {@link ForkedReading} (one reading child per concurrent task, kept for its next document) and
 * the standard checks. Spark gives a task no hook of its own at executor start or stop, so the one
 * instance lives in a holder for the JVM's life, and a shutdown hook ends its children (they end on
 * their own too when their parent's pipe closes).
 */
public final class ExecutorReading implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ExecutorReading.class);
    private static final Object LOCK = new Object();
    /** The executor's one reading, built for the settings of the job it serves. */
    private static ExecutorReading current;

    private final ReadingSettings settings;
    private final ForkedReading reading;
    private final DisclosureProcessor processor;

    private ExecutorReading(ReadingSettings settings) throws IOException {
        this.settings = settings;
        ReadingLimits limits = new ReadingLimits(settings.maxBytes(), settings.maxCharacters());
        this.reading = new ForkedReading(limits, settings.maxHeapMegabytes(),
                ReadingChild.StandardReading.class.getName(), childClassPath());
        Path unused = Files.createTempDirectory("juesuan-spark-");
        // The processor's writer is never called: the job writes tables, not per-document files.
        this.processor = new DisclosureProcessor(reading, Pipeline.checks(), new ResultWriter(unused), settings.timeout());
    }

    /** The executor's processor for {@code settings}, built on first use (or again when a job changes them). */
    public static DisclosureProcessor processor(ReadingSettings settings) throws IOException {
        synchronized (LOCK) {
            if (current == null || !current.settings.equals(settings)) {
                if (current != null) {
                    current.close();
                } else {
                    Runtime.getRuntime().addShutdownHook(new Thread(ExecutorReading::closeCurrent, "juesuan-spark-close"));
                }
                current = new ExecutorReading(settings);
            }
            return current.processor;
        }
    }

    /** Process ids of the reading children alive in this JVM (tests check none is left behind). */
    public static List<Long> liveChildren() {
        synchronized (LOCK) {
            return current == null ? List.of() : current.reading.livePids();
        }
    }

    /**
     * The largest peak resident size (VmHWM, kB) among this JVM's live reading children, or 0 where
     * /proc is not there: what one task slot adds to its executor's memory.
     */
    public static long childPeakKilobytes() {
        long peak = 0;
        for (long pid : liveChildren()) {
            Path status = Path.of("/proc", Long.toString(pid), "status");
            try {
                for (String line : Files.readAllLines(status)) {
                    if (line.startsWith("VmHWM:")) {
                        peak = Math.max(peak, Long.parseLong(line.replaceAll("\\D", "")));
                    }
                }
            } catch (IOException e) {
                LOG.debug("cannot read {}: {}", status, e.toString());
            }
        }
        return peak;
    }

    private static void closeCurrent() {
        synchronized (LOCK) {
            if (current != null) {
                current.close();
                current = null;
            }
        }
    }

    /**
     * The class path of the reading children: this JVM's, unless the reading code came from a jar
     * that is not on it (spark-submit loads the application jar through its own class loader);
     * then that jar, which holds everything the reading needs.
     */
    static String childClassPath() {
        String own = System.getProperty("java.class.path");
        java.security.CodeSource source = ReadingChild.class.getProtectionDomain().getCodeSource();
        if (source == null) {
            return own;
        }
        try {
            Path jar = Path.of(source.getLocation().toURI());
            if (Files.isRegularFile(jar) && !own.contains(jar.toString())) {
                return jar.toString();
            }
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            LOG.debug("cannot locate the reading code's jar: {}", e.toString());
        }
        return own;
    }

    @Override
    public void close() {
        processor.close();
        try {
            reading.close();
        } catch (IOException e) {
            LOG.warn("cannot remove the reading's temporary folder: {}", e.toString());
        }
    }
}
