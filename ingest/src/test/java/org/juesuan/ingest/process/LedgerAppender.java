package org.juesuan.ingest.process;

import java.nio.file.Path;
import java.util.HexFormat;

/**
 * A process that records inputs into a ledger as fast as it can, printing each hash once it is
 * recorded, until it is killed: {@code LedgerAppender OUT}.
 */
public final class LedgerAppender {
    private LedgerAppender() {
    }

    public static void main(String[] args) throws Exception {
        try (ProcessedLedger ledger = new ProcessedLedger(Path.of(args[0]))) {
            for (long n = 0; ; n++) {
                String hash = hash(n);
                ledger.record(hash, n % 7 == 0 ? ProcessedLedger.Status.FAILED : ProcessedLedger.Status.DONE,
                        "文件-" + n + ".pdf");
                System.out.println(hash);
                System.out.flush();
            }
        }
    }

    static String hash(long n) {
        return HexFormat.of().toHexDigits(n).repeat(4);
    }
}
