package org.juesuan.ingest.fork;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One running reading child: its process, the pipe to its standard input, and a daemon thread that
 * moves each line of its standard output into a queue, so waiting for an answer is interruptible.
 * When the child ends, the queue receives {@link #GONE}.
 */
final class ReadingChildProcess {
    /** Put in the queue when the child's output ends: it exited or was killed. */
    private static final String GONE = "\u0000gone";

    private final Process process;
    private final Writer requests;
    private final BlockingQueue<String> replies = new LinkedBlockingQueue<>();
    /** The child's peak heap as its last reply reported it (0 before its first reply). */
    private volatile long peakHeapBytes;

    private ReadingChildProcess(Process process) {
        this.process = process;
        this.requests = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        Thread pump = new Thread(this::pumpReplies, "juesuan-child-" + process.pid());
        pump.setDaemon(true);
        pump.start();
    }

    /** Starts a child and waits until its reader is assembled; interrupted, it kills the child. */
    static ReadingChildProcess start(List<String> command, Duration startTimeout) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        ReadingChildProcess child = new ReadingChildProcess(process);
        String first;
        try {
            first = child.replies.poll(startTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            child.kill(); // abandoned while starting: no child is left behind warming up
            throw e;
        }
        if (!ReadingProtocol.READY.equals(first)) {
            child.kill();
            throw new IOException("the reading child did not start (" + (first == null ? "no answer" : first) + ")");
        }
        return child;
    }

    /** Sends one request and waits for its answer; empty when the child died before answering. */
    Optional<String> ask(String request) throws IOException, InterruptedException {
        requests.write(request + "\n");
        requests.flush();
        String reply = replies.take();
        if (GONE.equals(reply)) {
            return Optional.empty();
        }
        peakHeapBytes = Math.max(peakHeapBytes, ReadingProtocol.heapBytes(reply));
        return Optional.of(reply);
    }

    long peakHeapBytes() {
        return peakHeapBytes;
    }

    boolean alive() {
        return process.isAlive();
    }

    long pid() {
        return process.pid();
    }

    /** Kills the child at once (SIGKILL): its CPU and memory return to the machine. */
    void kill() {
        process.destroyForcibly();
    }

    /** Asks the child to end by closing its input; kills it if it does not within a few seconds. */
    void stop() {
        try {
            requests.close();
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                kill();
            }
        } catch (IOException e) {
            kill();
        } catch (InterruptedException e) {
            kill();
            Thread.currentThread().interrupt();
        }
    }

    private void pumpReplies() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                replies.add(line);
            }
        } catch (IOException e) {
            // the pipe broke: the child is gone, as below
        } finally {
            replies.add(GONE);
        }
    }
}
