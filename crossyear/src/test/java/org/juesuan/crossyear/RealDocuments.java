package org.juesuan.crossyear;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.juesuan.extract.UnreadableDocumentException;
import org.juesuan.extract.check.Checker;
import org.juesuan.extract.parse.ReadingLimits;
import org.juesuan.extract.parse.SourceDocument;
import org.juesuan.extract.read.DisclosureReader;
import org.juesuan.model.Disclosure;

/** Reads and checks documents through the real reader and checker, the real ones from ../shared/real. */
final class RealDocuments {
    private final DisclosureReader reader = DisclosureReader.standard(ReadingLimits.DEFAULT);
    private final Checker checker = Checker.standard();

    static Path shared(String path) {
        Path root = Path.of("").toAbsolutePath();
        while (root != null && !Files.isDirectory(root.resolveSibling("shared").resolve("real"))) {
            root = root.getParent();
        }
        if (root == null) {
            throw new IllegalStateException("../shared/real not found above " + Path.of("").toAbsolutePath());
        }
        return root.resolveSibling("shared").resolve(path);
    }

    Disclosure check(Path file) throws IOException, UnreadableDocumentException {
        return checker.apply(reader.read(SourceDocument.read(file)));
    }

    /** A text document made by a test, read as the .txt it is. */
    Disclosure checkText(String name, String text) throws UnreadableDocumentException {
        return checker.apply(reader.read(new SourceDocument(name, text.getBytes(StandardCharsets.UTF_8))));
    }
}
