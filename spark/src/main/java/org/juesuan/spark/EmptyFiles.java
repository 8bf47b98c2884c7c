package org.juesuan.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * The documents of zero bytes under the input. Spark's file scans leave empty files out, binaryFile
 * included, but batch reports each as a failure (文件为空), so the job lists them itself, through the
 * same Hadoop file system, and hands them to the executors with their (empty) content.
 */
final class EmptyFiles {
    private static final Pattern DOCUMENT = Pattern.compile(".*" + ArchiveJob.DOCUMENT_NAMES);

    private EmptyFiles() {
    }

    static List<String> under(String input, Configuration hadoop) throws IOException {
        Path root = new Path(input);
        FileSystem fileSystem = root.getFileSystem(hadoop);
        List<String> empty = new ArrayList<>();
        RemoteIterator<LocatedFileStatus> files = fileSystem.listFiles(root, true);
        while (files.hasNext()) {
            LocatedFileStatus file = files.next();
            String path = file.getPath().toString();
            if (file.getLen() == 0 && DOCUMENT.matcher(path.toLowerCase(Locale.ROOT)).matches() && !hidden(root, file.getPath())) {
                empty.add(path);
            }
        }
        return empty;
    }

    /** As Spark's listing: a name starting with . or _ below the root is left out. */
    private static boolean hidden(Path root, Path file) {
        for (Path p = file; p != null && !p.equals(root) && p.getParent() != null; p = p.getParent()) {
            if (p.getName().startsWith(".") || p.getName().startsWith("_")) {
                return true;
            }
        }
        return false;
    }
}
