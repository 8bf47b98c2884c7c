package org.juesuan.ingest.process;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * What a zip archive declares about itself in its central directory (the index at its end): how
 * many entries, how many bytes they inflate to, how many they take compressed. Read before any
 * entry is inflated, so an archive of 20,000 entries or one that declares gigabytes is refused
 * whole, at once, with no per-entry work. (The inflating stream still counts the real bytes: a
 * directory that lies is caught there.) ZIP64 archives are read through their ZIP64 records.
 *
 * @param entries      entries listed
 * @param uncompressed sum of the entries' declared uncompressed sizes
 * @param compressed   sum of the entries' declared compressed sizes
 */
public record CentralDirectory(long entries, long uncompressed, long compressed) {
    private static final int END_SIGNATURE = 0x06054b50;
    private static final int ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
    private static final int ZIP64_END_SIGNATURE = 0x06064b50;
    private static final int ENTRY_SIGNATURE = 0x02014b50;
    private static final int END_SIZE = 22;
    private static final int MAX_COMMENT = 0xFFFF;
    private static final int ENTRY_HEADER_SIZE = 46;
    private static final long UNSET32 = 0xFFFFFFFFL;

    /** Random access to the archive's bytes: a file's channel, or an array for a zip inside a zip. */
    interface Bytes {
        long size() throws IOException;

        ByteBuffer read(long position, int length) throws IOException;
    }

    /** Reads the directory of the zip file {@code file}; a directory larger than {@code maxDirectoryBytes} is refused. */
    public static CentralDirectory of(Path file, long maxDirectoryBytes) throws IOException, NotAZip {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            return of(new Bytes() {
                @Override
                public long size() throws IOException {
                    return channel.size();
                }

                @Override
                public ByteBuffer read(long position, int length) throws IOException {
                    ByteBuffer buffer = ByteBuffer.allocate(length);
                    while (buffer.hasRemaining() && channel.read(buffer, position + buffer.position()) > 0) {
                        // until full or at the end
                    }
                    return buffer.flip().order(ByteOrder.LITTLE_ENDIAN);
                }
            }, maxDirectoryBytes);
        }
    }

    /** Reads the directory of a zip held in memory. */
    public static CentralDirectory of(byte[] zip, long maxDirectoryBytes) throws IOException, NotAZip {
        return of(new Bytes() {
            @Override
            public long size() {
                return zip.length;
            }

            @Override
            public ByteBuffer read(long position, int length) {
                int from = (int) Math.min(position, zip.length);
                int to = (int) Math.min((long) from + length, zip.length);
                return ByteBuffer.wrap(zip, from, to - from).slice().order(ByteOrder.LITTLE_ENDIAN);
            }
        }, maxDirectoryBytes);
    }

    static CentralDirectory of(Bytes zip, long maxDirectoryBytes) throws IOException, NotAZip {
        long size = zip.size();
        int tailLength = (int) Math.min(size, END_SIZE + MAX_COMMENT);
        ByteBuffer tail = zip.read(size - tailLength, tailLength);
        int end = -1;
        for (int i = tailLength - END_SIZE; i >= 0 && end < 0; i--) {
            if (tail.getInt(i) == END_SIGNATURE) {
                end = i;
            }
        }
        if (end < 0) {
            throw new NotAZip("no end-of-central-directory record");
        }
        long entries = tail.getShort(end + 10) & 0xFFFF;
        long directorySize = tail.getInt(end + 12) & UNSET32;
        long directoryOffset = tail.getInt(end + 16) & UNSET32;
        long endPosition = size - tailLength + end;
        if ((entries == 0xFFFF || directorySize == UNSET32 || directoryOffset == UNSET32) && endPosition >= 20) {
            ByteBuffer locator = zip.read(endPosition - 20, 20);
            if (locator.getInt(0) == ZIP64_LOCATOR_SIGNATURE) {
                ByteBuffer zip64 = zip.read(locator.getLong(8), 56);
                if (zip64.remaining() < 56 || zip64.getInt(0) != ZIP64_END_SIGNATURE) {
                    throw new NotAZip("damaged ZIP64 end record");
                }
                entries = zip64.getLong(32);
                directorySize = zip64.getLong(40);
                directoryOffset = zip64.getLong(48);
            }
        }
        if (directorySize > maxDirectoryBytes) {
            return new CentralDirectory(Math.max(entries, directorySize / ENTRY_HEADER_SIZE), 0, 0); // at least this many
        }
        return entries(zip.read(directoryOffset, (int) directorySize), entries);
    }

    private static CentralDirectory entries(ByteBuffer directory, long declaredEntries) throws NotAZip {
        long entries = 0;
        long uncompressed = 0;
        long compressed = 0;
        int position = 0;
        while (position + ENTRY_HEADER_SIZE <= directory.limit() && directory.getInt(position) == ENTRY_SIGNATURE) {
            compressed += directory.getInt(position + 20) & UNSET32;
            uncompressed += directory.getInt(position + 24) & UNSET32;
            position += ENTRY_HEADER_SIZE + (directory.getShort(position + 28) & 0xFFFF)
                    + (directory.getShort(position + 30) & 0xFFFF) + (directory.getShort(position + 32) & 0xFFFF);
            entries++;
        }
        if (entries == 0 && declaredEntries > 0) {
            throw new NotAZip("central directory not where the end record says");
        }
        return new CentralDirectory(Math.max(entries, declaredEntries), uncompressed, compressed);
    }

    /** The bytes are not a zip whose directory can be read. */
    public static final class NotAZip extends Exception {
        private static final long serialVersionUID = 1L;

        NotAZip(String message) {
            super(message);
        }
    }
}
