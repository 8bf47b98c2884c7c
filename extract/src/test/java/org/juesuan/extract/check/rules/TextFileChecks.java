package org.juesuan.extract.check.rules;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.juesuan.extract.check.Checker;
import org.juesuan.extract.parse.ReadingLimits;
import org.juesuan.extract.parse.SourceDocument;
import org.juesuan.extract.read.DisclosureReader;
import org.juesuan.model.Finding;

/** Reads printed sentences end to end, as a text file through the standard reader and checker. */
final class TextFileChecks {
    private TextFileChecks() {
    }

    /** The findings on a text file holding the title and body, written into the folder. */
    static List<Finding> findings(Path folder, String title, String body) throws Exception {
        Path file = folder.resolve("document.txt");
        Files.writeString(file, title + body, StandardCharsets.UTF_8);
        return Checker.standard().apply(DisclosureReader.standard(ReadingLimits.DEFAULT).read(SourceDocument.read(file))).findings();
    }
}
