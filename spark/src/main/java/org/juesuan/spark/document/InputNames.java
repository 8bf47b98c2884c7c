package org.juesuan.spark.document;

import java.io.Serializable;
import java.util.Objects;
import org.juesuan.ingest.process.OutputNames;

/**
 * The name batch gives an input in its error records and zip entries: its path under the input
 * folder, flattened ({@code sub/x.pdf} → {@code sub!x.pdf}), so a failure reads the same in both.
 * Built on the driver from the input folder as the file system qualifies it ({@code file:/in}),
 * the form in which the listing gives each path.
 */
public record InputNames(String root) implements Serializable {
    private static final long serialVersionUID = 1L;

    public InputNames {
        Objects.requireNonNull(root, "root");
        root = root.endsWith("/") ? root.substring(0, root.length() - 1) : root;
    }

    /** {@code path}'s name under the root; a path outside it (never listed so) keeps its file name. */
    public String of(String path) {
        String relative = path.startsWith(root + "/") ? path.substring(root.length() + 1) : CheckPartition.fileName(path);
        return OutputNames.flatten(relative);
    }
}
