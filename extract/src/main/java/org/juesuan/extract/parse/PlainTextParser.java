package org.juesuan.extract.parse;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.juesuan.extract.UnreadableDocumentException;
import org.juesuan.extract.UnreadableDocumentException.Problem;
import org.juesuan.model.DocumentFormat;

/**
 * Reads a plain-text disclosure: UTF-8 when the bytes are valid UTF-8 (a BOM is dropped), otherwise
 * GB18030, the encoding Chinese Windows tools write. One non-blank line is one paragraph; a form
 * feed starts a new page. Text a tool extracted from a PDF ({@code pdftotext}, pages separated by form
 * feeds) is read as PDF text is: lines rejoined into paragraphs, page numbers and running headers dropped.
 */
public final class PlainTextParser implements DocumentParser {
    private static final Charset GB18030 = Charset.forName("GB18030");

    /**
     * Markers that text exports of Word files leave in the text and that are not content:
     * {@code [bookmark: _Toc15377197]}, {@code [image: 收支总计]}.
     */
    private static final Pattern EXPORT_MARKER = Pattern.compile("\\[(?:bookmark|image): [^\\]\\n]{0,200}]");

    @Override
    public RawDocument parse(SourceDocument source, ReadingLimits limits) throws UnreadableDocumentException {
        String text = decode(source.content());
        if (text.length() > limits.maxCharacters()) {
            throw new UnreadableDocumentException(Problem.TOO_LARGE,
                    text.length() + " characters, limit " + limits.maxCharacters());
        }
        String[] pages = text.split("\f", -1);
        if (ExtractedPdfText.looksExtracted(pages)) {
            List<String> pdfPages = ExtractedPdfText.pages(pages);
            PageTextJoiner.Joined joined = new PageTextJoiner().join(pdfPages);
            return new RawDocument(DocumentFormat.TXT, pdfPages.size(), null, joined.blocks(), joined.warnings());
        }
        List<RawBlock> blocks = new ArrayList<>();
        int page = 1;
        for (String pageText : pages) {
            for (String line : pageText.split("\r\n|\r|\n")) {
                String content = EXPORT_MARKER.matcher(line).replaceAll("").strip();
                if (!content.isEmpty()) {
                    blocks.add(RawBlock.paragraph(content, page));
                }
            }
            page++;
        }
        return new RawDocument(DocumentFormat.TXT, page - 1, null, blocks, List.of());
    }

    static String decode(byte[] bytes) {
        int skip = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
                && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        ByteBuffer buffer = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(buffer).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, GB18030);
        }
    }
}
