package org.juesuan.ingest.fork;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.juesuan.extract.parse.ReadingLimits;
import org.juesuan.extract.read.DisclosureReader;
import org.juesuan.ingest.process.DocumentReading;

/**
 * A test-only reading for child processes: the standard reader, except that a document whose text
 * is {@code SPIN <file>} writes the child's process id into that file and then burns a core forever,
 * never looking at interruption, as a runaway parser would. Only killing the child stops it.
 */
public final class SpinningReading implements ReadingChild.ReadingFactory {
    private static final String SPIN = "SPIN ";

    @Override
    public DocumentReading create(ReadingLimits limits) {
        DisclosureReader reader = DisclosureReader.standard(limits);
        return source -> {
            String text = new String(source.content(), StandardCharsets.UTF_8);
            if (text.startsWith(SPIN)) {
                try {
                    Files.writeString(Path.of(text.substring(SPIN.length()).strip()),
                            String.valueOf(ProcessHandle.current().pid()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                long spins = 0;
                while (spins >= 0) {
                    spins = (spins + 1) % Long.MAX_VALUE;
                }
            }
            return reader.read(source);
        };
    }
}
