package org.juesuan.ingest.resident;

import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.juesuan.extract.parse.ReadingLimits;
import org.juesuan.ingest.process.DocumentReading;
import org.junit.jupiter.api.Test;

/** Which runs the kept children serve: no child is started here (children start on the first read). */
class KeptReadingTest {
    private static final ReadingLimits LIMITS = ReadingLimits.DEFAULT;

    @Test
    void childrenForEveryFormatServeARunOfPdfsAndStayForTheNextRun() throws Exception {
        try (KeptReading kept = new KeptReading()) {
            DocumentReading any = reading(kept, LIMITS, 1024, false);

            assertSame(any, reading(kept, LIMITS, 1024, true));
            assertSame(any, reading(kept, LIMITS, 1024, false));
        }
    }

    @Test
    void childrenForPdfsAloneAreReplacedForOtherFormatsAndOtherLimits() throws Exception {
        try (KeptReading kept = new KeptReading()) {
            DocumentReading pdfs = reading(kept, LIMITS, 1024, true);
            DocumentReading any = reading(kept, LIMITS, 1024, false);
            DocumentReading smallerHeap = reading(kept, LIMITS, 512, true);
            DocumentReading otherLimits = reading(kept, new ReadingLimits(LIMITS.maxBytes(), 1000), 512, true);

            assertNotSame(pdfs, any);
            assertNotSame(any, smallerHeap);
            assertNotSame(smallerHeap, otherLimits);
        }
    }

    private static DocumentReading reading(KeptReading kept, ReadingLimits limits, int heap, boolean onlyPdfs) throws Exception {
        try (var held = kept.hold(limits, heap, onlyPdfs)) {
            return held.reading();
        }
    }
}
