package org.juesuan.spark.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A document past the size limit is a failed row with batch's reason, refused before any reading. */
class DocumentCheckingTest {
    @Test
    void refusesALargerDocumentUnread() throws Exception {
        ReadingSettings small = new ReadingSettings(10, 1000, Duration.ofSeconds(5), 256);
        int childrenBefore = ExecutorReading.liveChildren().size();
        DocumentResult result = new DocumentChecking(small).check("file:/in/a.pdf", "a.pdf", "ab".repeat(32), new byte[11]);
        assertEquals(DocumentStatus.FAILED, result.status());
        assertEquals("文件过大（11 字节，上限 10），未读取", result.failure().reason());
        assertEquals("input", result.failure().stage());
        assertNull(result.checked());
        assertEquals(childrenBefore, ExecutorReading.liveChildren().size(), "no reading child was started for it");
    }
}
