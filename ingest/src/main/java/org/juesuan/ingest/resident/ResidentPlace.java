package org.juesuan.ingest.resident;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Set;

/**
 * Where the resident checker listens: {@code checker.sock} in {@code $XDG_RUNTIME_DIR/juesuan}, or
 * else in {@code /tmp/juesuan-UID}. The folder is ours alone (mode 0700, owned by us): anyone who can
 * reach the socket can have files read and written as us, so a folder someone else owns or can
 * enter is refused, never used.
 */
public record ResidentPlace(Path directory) {
    static final String SOCKET = "checker.sock";

    /** The place for this user in this environment. */
    public static ResidentPlace of(Map<String, String> environment) throws IOException {
        String runtime = environment.get("XDG_RUNTIME_DIR");
        if (runtime != null && !runtime.isBlank()) {
            return new ResidentPlace(Path.of(runtime, "juesuan"));
        }
        return new ResidentPlace(Path.of("/tmp", "juesuan-".concat(String.valueOf(currentUid())))); // no indy concatenation: see ResidentClient
    }

    public Path socket() {
        return directory.resolve(SOCKET);
    }

    /** Creates the folder (0700) when missing; throws when it is not safely ours. */
    Path prepare() throws IOException {
        if (!Files.exists(directory, LinkOption.NOFOLLOW_LINKS)) {
            try {
                Files.createDirectory(directory, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            } catch (java.nio.file.FileAlreadyExistsException raced) {
                // another starter made it first: judged below like any existing folder
            }
        }
        return verified();
    }

    /** The socket, when its folder is a real folder owned by us that no one else can enter. */
    Path verified() throws IOException {
        if (!Files.isDirectory(directory, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(directory + " is not a directory");
        }
        int owner = (Integer) Files.getAttribute(directory, "unix:uid", LinkOption.NOFOLLOW_LINKS);
        if (owner != currentUid()) {
            throw new IOException(directory + " belongs to user " + owner + ", not to us");
        }
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(directory, LinkOption.NOFOLLOW_LINKS);
        for (PosixFilePermission permission : permissions) { // a loop, not a stream: see ResidentClient
            if (permission.name().startsWith("GROUP") || permission.name().startsWith("OTHERS")) {
                throw new IOException(directory + " is open to others (" + PosixFilePermissions.toString(permissions) + ")");
            }
        }
        return socket();
    }

    private static int currentUid() throws IOException {
        return (Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid");
    }
}
