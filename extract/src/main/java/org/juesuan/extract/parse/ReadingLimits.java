package org.juesuan.extract.parse;

/**
 * Explicit ceilings for reading one document, so a hostile or huge file fails clearly instead of
 * exhausting memory. (Tika's default handler would silently stop at 100,000 characters.)
 *
 * @param maxBytes      largest file accepted
 * @param maxCharacters most extracted characters accepted
 */
public record ReadingLimits(long maxBytes, int maxCharacters) {
    /** 100 MB files, 20 million characters: far above any real disclosure (a 30-page one has ~40,000). */
    public static final ReadingLimits DEFAULT = new ReadingLimits(100L * 1024 * 1024, 20_000_000);

    public ReadingLimits {
        if (maxBytes < 1 || maxCharacters < 1) {
            throw new IllegalArgumentException("reading limits must be positive");
        }
    }
}
