package org.juesuan.ingest.generated;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** ingest's generated disclosures (Word and text, defects injected), for the Spark job's benchmark. */
public final class BenchmarkCorpus {
    private BenchmarkCorpus() {
    }

    public static List<Path> write(Path folder, int count, long seed) throws IOException {
        return new GeneratedCorpus(seed).write(folder, count);
    }
}
