package org.juesuan.ingest.process;

import java.io.IOException;
import java.nio.file.Path;
import org.juesuan.model.Disclosure;
import org.juesuan.output.json.DisclosureJson;

/**
 * Writes one document's results into the output folder, each atomically (temporary name, then
 * rename), so a reader or a crash never leaves half a file under the real name.
 */
public final class ResultWriter {
    private final Path out;
    private final DisclosureJson json = new DisclosureJson();

    public ResultWriter(Path out) {
        this.out = out;
    }

    /** The result a document named {@code outputName} gets; the one a batch re-run looks for. */
    public Path jsonFor(String outputName) {
        return out.resolve(outputName + ".json");
    }

    public void write(Disclosure disclosure, String outputName) throws IOException {
        json.write(disclosure, jsonFor(outputName));
        // The reviewer's HTML report (output module) is written here, beside the JSON, when it lands.
    }
}
