package org.juesuan.extract.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the tests find the corpus (in the project) and the shared references (beside the checkout). */
public final class ProjectFiles {
    private ProjectFiles() {
    }

    /** The repository root: the build passes it; run from a module folder, it is the parent. */
    public static Path root() {
        String configured = System.getProperty("juesuan.root");
        Path root = configured != null ? Path.of(configured) : Path.of("").toAbsolutePath().getParent();
        if (!Files.isDirectory(root.resolve("corpus"))) {
            throw new IllegalStateException("no corpus/ under " + root + ": run the tests through Maven");
        }
        return root;
    }

    public static Path corpus(String relative) {
        return root().resolve("corpus").resolve(relative);
    }

    /** The read-only shared folder (seed, real disclosures) that lies beside the checkout. */
    public static Path shared(String relative) {
        String configured = System.getProperty("juesuan.shared");
        Path shared = configured != null ? Path.of(configured) : root().resolve("../shared");
        Path file = shared.resolve(relative).normalize();
        if (!Files.exists(file)) {
            throw new IllegalStateException("missing shared reference " + file);
        }
        return file;
    }
}
