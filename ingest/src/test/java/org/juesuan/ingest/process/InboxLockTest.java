package org.juesuan.ingest.process;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InboxLockTest {
    @Test
    void aHeldInboxIsRefusedUntilReleased(@TempDir Path inbox) throws Exception {
        try (InboxLock first = InboxLock.acquire(inbox)) {
            FolderInUseException refused = assertThrows(FolderInUseException.class, () -> InboxLock.acquire(inbox));
            assertTrue(refused.getMessage().contains("正在监视") && refused.getMessage().contains(inbox.toString()),
                    refused.getMessage());
            assertTrue(refused.getMessage().contains(String.valueOf(ProcessHandle.current().pid())), "names the holder");
        }
        try (InboxLock again = InboxLock.acquire(inbox)) {
            assertTrue(again != null, "released with its holder");
        }
    }
}
