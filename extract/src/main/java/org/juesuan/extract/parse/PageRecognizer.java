package org.juesuan.extract.parse;

import java.awt.image.BufferedImage;

/**
 * Reads the words printed on the picture of a page (OCR), for pages that carry no text layer. An
 * implementation holds no per-document state and may be called from several threads.
 */
public interface PageRecognizer {
    /**
     * @param image the page rendered at {@code dpi}
     * @param dpi   its resolution, so word boxes can be given back in PDF points
     * @return the words read, with their boxes in pixels of {@code image} and their confidences
     * @throws RecognitionUnavailableException when no recogniser can run here (not installed)
     * @throws RecognitionFailedException      when this page could not be read (time limit, crash)
     */
    RecognizedPage recognize(BufferedImage image, int dpi)
            throws RecognitionUnavailableException, RecognitionFailedException;

    /** Whether a recogniser can run here at all; asked once before the first scanned page. */
    boolean available();

    /** No OCR: every scanned page stays without text and is noted as such. */
    PageRecognizer NONE = new PageRecognizer() {
        @Override
        public RecognizedPage recognize(BufferedImage image, int dpi) throws RecognitionUnavailableException {
            throw new RecognitionUnavailableException("OCR is switched off");
        }

        @Override
        public boolean available() {
            return false;
        }
    };

    /** No recogniser can run here (its program is missing). */
    final class RecognitionUnavailableException extends Exception {
        private static final long serialVersionUID = 1L;

        public RecognitionUnavailableException(String message) {
            super(message);
        }
    }

    /** One page could not be read (time limit passed, the recogniser failed). */
    final class RecognitionFailedException extends Exception {
        private static final long serialVersionUID = 1L;

        public RecognitionFailedException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
