package org.juesuan.ingest.process;

import java.nio.file.Path;

/** One input of a batch: the file and the name its results take. */
public record BatchInput(Path file, String name) {
}
