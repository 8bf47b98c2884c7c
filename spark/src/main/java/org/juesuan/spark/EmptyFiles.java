package org.juesuan.spark;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The documents of zero bytes under the input. Spark's file scans leave empty files out, binaryFile
 * included, but batch reports each as a failure (文件为空), so the job lists them itself, through the
 * same Hadoop file system, and hands them to the executors with their (empty) content. It walks the
 * folders with plain {@code listStatus}: {@code listFiles} builds a LocatedFileStatus per file, which
 * on a local file system asks each file's permissions of a forked {@code ls -ld} — one process per
 * file, half an hour for 4,000 files on a loaded machine (Spark's own listing avoids it the same way).
 */
final class EmptyFiles {
    private static final Pattern DOCUMENT = Pattern.compile(".*" + ArchiveJob.DOCUMENT_NAMES);

    private EmptyFiles() {
    }

    static List<String> under(String input, Configuration hadoop) throws IOException {
        Path root = new Path(input);
        FileSystem fileSystem = root.getFileSystem(hadoop);
        List<String> empty = new ArrayList<>();
        Deque<Path> folders = new ArrayDeque<>(List.of(root));
        while (!folders.isEmpty()) {
            for (FileStatus entry : fileSystem.listStatus(folders.pop())) {
                String name = entry.getPath().getName();
                if (name.startsWith(".") || name.startsWith("_")) {
                    continue; // as Spark's listing: hidden below the root
                }
                if (entry.isDirectory()) {
                    folders.push(entry.getPath());
                } else if (entry.getLen() == 0 && DOCUMENT.matcher(name.toLowerCase(Locale.ROOT)).matches()) {
                    empty.add(entry.getPath().toString());
                }
            }
        }
        return empty;
    }
}
