package org.juesuan.ingest.fork;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.juesuan.extract.DisclosureReadException;
import org.juesuan.extract.parse.ReadingLimits;
import org.juesuan.extract.parse.SourceDocument;
import org.juesuan.ingest.process.DocumentReading;
import org.juesuan.model.Disclosure;
import org.juesuan.output.json.DisclosureJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads each document in a child JVM ({@link ReadingChild}), one child per concurrent caller, kept
 * for the next document. A caller interrupted while waiting (its time limit is up, or shutdown)
 * kills its child, so the work really stops and its CPU and memory return; a child that dies
 * (out of its heap on a decompression bomb, a crash) fails only the document it was reading. The
 * model comes back as the JSON of the public contract, through a private temporary folder.
 */
public final class ForkedReading implements DocumentReading, AutoCloseable {
    /** The reason given when a child runs out of heap or dies while reading. */
    public static final String OUT_OF_MEMORY = "文件过大或结构异常，读取时内存不足（过大 / 疑似压缩炸弹）";

    private static final Logger LOG = LoggerFactory.getLogger(ForkedReading.class);
    private static final Duration START_TIMEOUT = Duration.ofMinutes(5);

    private final List<String> command;
    private final Path work;
    /**
     * Made at the first answer read, not with this reading: a cold check builds this reading just before
     * it spawns its first child, and Jackson's start (tens of milliseconds) would delay the spawn.
     */
    private volatile DisclosureJson json;
    private final Object jsonMaking = new Object();
    private final LinkedBlockingDeque<ReadingChildProcess> idle = new LinkedBlockingDeque<>();
    private final Set<ReadingChildProcess> all = ConcurrentHashMap.newKeySet();
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong childrenPeakHeap = new AtomicLong();
    /** Children being started ahead ({@link #startAhead}) and not yet idle or failed; guarded by itself. */
    private final int[] startingAhead = {0};
    /** The threads starting children ahead, interrupted by {@link #close} (which kills their child). */
    private final Set<Thread> starters = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    /** Children read with the standard reader. */
    public ForkedReading(ReadingLimits limits, int maxHeapMegabytes) throws IOException {
        this(limits, maxHeapMegabytes, ReadingChild.StandardReading.class.getName());
    }

    /**
     * Children read with the standard reader; {@code onlyPdfs} when every document will open with a
     * PDF header, so the children need not load the detectors of the other formats before their first.
     */
    public ForkedReading(ReadingLimits limits, int maxHeapMegabytes, boolean onlyPdfs) throws IOException {
        this(limits, maxHeapMegabytes, ReadingChild.StandardReading.class.getName(), System.getProperty("java.class.path"),
                onlyPdfs);
    }

    /** Children read with the reading {@code factory} builds (a {@link ReadingChild.ReadingFactory} class). */
    public ForkedReading(ReadingLimits limits, int maxHeapMegabytes, String factory) throws IOException {
        this(limits, maxHeapMegabytes, factory, System.getProperty("java.class.path"));
    }

    /**
     * Children started on {@code classPath}: a host that loads this code through its own class
     * loader (a Spark executor running a submitted jar) names the jar, which its class path lacks.
     */
    public ForkedReading(ReadingLimits limits, int maxHeapMegabytes, String factory, String classPath) throws IOException {
        this(limits, maxHeapMegabytes, factory, classPath, false);
    }

    private ForkedReading(ReadingLimits limits, int maxHeapMegabytes, String factory, String classPath, boolean onlyPdfs)
            throws IOException {
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx" + maxHeapMegabytes + "m",
                "-XX:+UseSerialGC", "-Dfile.encoding=UTF-8"));
        command.addAll(InheritedJvmOptions.ofThisJvm());
        command.addAll(List.of("-cp", classPath, ReadingChild.class.getName(),
                String.valueOf(limits.maxBytes()), String.valueOf(limits.maxCharacters()), factory));
        if (onlyPdfs) {
            command.add(ReadingChild.ONLY_PDFS);
        }
        this.command = List.copyOf(command);
        this.work = Files.createTempDirectory("juesuan-reading-");
    }

    @Override
    public Disclosure read(SourceDocument source) throws DisclosureReadException, InterruptedException {
        long n = requests.incrementAndGet();
        Path input = work.resolve(n + ".in");
        Path result = work.resolve(n + ".json");
        ReadingChildProcess child = null;
        try {
            Files.write(input, source.content());
            child = borrow();
            Optional<String> reply = child.ask(ReadingProtocol.line(input.toString(), source.name(), result.toString()));
            if (reply.isEmpty()) {
                ReadingChildProcess dead = child;
                child = null;
                discard(dead);
                throw new ChildReadingException(OUT_OF_MEMORY, "the reading child died while reading (out of memory?)");
            }
            noteChildrenHeap();
            if (ReadingProtocol.ending(reply.get())) { // it halts after this reply: a fresh child reads the next
                ReadingChildProcess ending = child;
                child = null;
                discard(ending);
            }
            Optional<ReadingProtocol.ReplyFailure> failure = ReadingProtocol.failure(reply.get());
            if (failure.isPresent()) {
                if (failure.get().unreadable() != null) {
                    throw failure.get().unreadable();
                }
                throw new ChildReadingException(failure.get().chinese(), failure.get().english());
            }
            return json().read(result);
        } catch (InterruptedException e) {
            if (child != null) {
                LOG.info("{}: reading cancelled; child {} killed", source.name(), child.pid());
                discard(child);
                child = null;
            }
            throw e;
        } catch (IOException e) {
            if (child != null) {
                discard(child);
                child = null;
            }
            throw new ChildReadingException("读取进程出错，无法读取该文件", "reading child failed: " + e);
        } finally {
            if (child != null) {
                release(child);
            }
            deleteQuietly(input);
            deleteQuietly(result);
        }
    }

    /**
     * Starts a child when none is idle, so the next read finds one ready; children being started ahead
     * are waited for first, so none is started twice and their start is outside the document's time.
     */
    @Override
    public void prepare() throws IOException, InterruptedException {
        synchronized (startingAhead) {
            while (startingAhead[0] > 0) {
                startingAhead.wait();
            }
        }
        if (idle.isEmpty() && !closed) {
            ReadingChildProcess started = ReadingChildProcess.start(command, START_TIMEOUT);
            all.add(started);
            release(started);
        }
    }

    /**
     * Starts {@code readers} children at once, each on a thread of its own, and returns: they start and
     * warm up while the caller goes on (a batch walks its inputs and starts its route meanwhile). A
     * child that cannot start is only logged here; the first read starts another and says why.
     */
    @Override
    public void startAhead(int readers) {
        for (int i = 0; i < readers; i++) {
            synchronized (startingAhead) {
                startingAhead[0]++;
            }
            Thread starter = new Thread(this::startOneAhead, "juesuan-child-start-" + i);
            starter.setDaemon(true);
            starters.add(starter);
            starter.start();
        }
    }

    private void startOneAhead() {
        try {
            ReadingChildProcess started = ReadingChildProcess.start(command, START_TIMEOUT);
            all.add(started);
            release(started);
        } catch (IOException e) {
            LOG.warn("could not start a reading child ahead of the documents: {}", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            starters.remove(Thread.currentThread());
            synchronized (startingAhead) {
                startingAhead[0]--;
                startingAhead.notifyAll();
            }
        }
    }

    /**
     * The most heap the children used at once, as they reported it: the largest sum, over the
     * children alive together, of each one's peak heap (each child reports its peak after every
     * document; a child killed mid-document counts with what it last reported).
     */
    public long childrenPeakHeapBytes() {
        return childrenPeakHeap.get();
    }

    private void noteChildrenHeap() {
        long together = all.stream().mapToLong(ReadingChildProcess::peakHeapBytes).sum();
        childrenPeakHeap.accumulateAndGet(together, Math::max);
    }

    /** Process ids of the children alive now (tests check that a cancelled one is gone). */
    public List<Long> livePids() {
        List<Long> pids = new ArrayList<>();
        all.stream().filter(ReadingChildProcess::alive).forEach(child -> pids.add(child.pid()));
        return pids;
    }

    private ReadingChildProcess borrow() throws IOException, InterruptedException {
        ReadingChildProcess child;
        while ((child = idle.pollFirst()) != null) {
            if (child.alive()) {
                return child;
            }
            discard(child);
        }
        ReadingChildProcess started = ReadingChildProcess.start(command, START_TIMEOUT);
        all.add(started);
        return started;
    }

    private void release(ReadingChildProcess child) {
        if (closed) {
            discard(child);
        } else {
            idle.offerFirst(child);
        }
    }

    private void discard(ReadingChildProcess child) {
        child.kill();
        all.remove(child);
    }

    private DisclosureJson json() {
        DisclosureJson made = json;
        if (made == null) {
            synchronized (jsonMaking) {
                made = json;
                if (made == null) {
                    made = new DisclosureJson();
                    json = made;
                }
            }
        }
        return made;
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.debug("cannot delete {}: {}", file, e.toString());
        }
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Ends every child (those reading are killed) and removes the temporary folder. */
    @Override
    public void close() throws IOException {
        closed = true;
        starters.forEach(Thread::interrupt); // a run that read nothing leaves no child warming up
        for (ReadingChildProcess child : List.copyOf(all)) {
            if (idle.remove(child)) {
                child.stop();
            } else {
                child.kill();
            }
            all.remove(child);
        }
        try (Stream<Path> files = Files.walk(work)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
