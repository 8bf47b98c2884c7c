package org.juesuan.ingest.process;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.juesuan.model.Disclosure;
import org.juesuan.model.DocumentFormat;

/**
 * The one decision, shared by check, batch and watch, of whether an input is taken at all and whether
 * a document that was read counts as processed. Refused, with a one-line reason, exactly like an
 * unreadable file:
 * <ul>
 *   <li>before it is opened, a file whose extension no reader takes ({@code .xlsx}, {@code .png},
 *       {@code .rar}, {@code .wps}, {@code .et}, none): {@link #unsupportedType};</li>
 *   <li>a readable file that is not a final-accounts disclosure (a letter, a notice);</li>
 *   <li>a file whose content is of another family than its extension says: a Word file or a text
 *       named {@code .pdf}, a PDF named {@code .txt} or {@code .docx}, a text named {@code .doc}.</li>
 * </ul>
 * Not a mismatch: the extension's case ({@code .PDF}); {@code .doc} and {@code .docx} for each other
 * (Word opens either under either name, and publishers rename them); {@code .text} for text; a name
 * with no extension or one of no known family ({@code check} reads any file by its content). The
 * reader still notes every literal difference as the warning {@code EXTENSION_MISMATCH}.
 */
public final class DisclosureVerdict {
    /** The stage named in the error record of a document refused as not a disclosure. */
    public static final String STAGE = "verdict";
    /** The stage named in the error record of a document refused for its extension. */
    public static final String EXTENSION_STAGE = "extension";
    public static final String NOT_A_DISCLOSURE = "内容不像部门（单位）决算公开文件";
    public static final String NOT_A_DISCLOSURE_ENGLISH = "not a final-accounts disclosure";
    /** The stage named in the error record of a file refused for its type, unopened. */
    public static final String TYPE_STAGE = "type";
    /** The extensions taken as inputs (lower case): documents, and zips of them. */
    public static final Set<String> SUPPORTED = Set.of("docx", "doc", "pdf", "txt", "text", "zip");

    private static final Set<String> WORD = Set.of("doc", "docx");
    private static final Set<String> PDF = Set.of("pdf");
    private static final Set<String> TEXT = Set.of("txt", "text");

    private DisclosureVerdict() {
    }

    /** Why {@code disclosure} is refused, or empty when it counts as processed. */
    public static Optional<IngestFailure> refusal(Disclosure disclosure) {
        if (!disclosure.looksLikeDisclosure()) {
            return Optional.of(new IngestFailure(STAGE, NOT_A_DISCLOSURE, NOT_A_DISCLOSURE_ENGLISH));
        }
        String extension = extension(disclosure.document().sourceName());
        DocumentFormat format = disclosure.document().format();
        if (!fits(extension, format)) {
            return Optional.of(new IngestFailure(EXTENSION_STAGE,
                    "文件内容为 " + format + "，与扩展名 ." + extension + " 不符，未处理",
                    "the content is " + format + " but the name ends in ." + extension + "; not processed"));
        }
        return Optional.empty();
    }

    /**
     * Why a file named {@code fileName} is refused before a byte of it is read, or empty when its
     * extension is one a reader takes. An expanding workbook ({@code .xlsx}) is thus refused unopened.
     */
    public static Optional<IngestFailure> unsupportedType(String fileName) {
        String extension = extension(fileName);
        if (SUPPORTED.contains(extension)) {
            return Optional.empty();
        }
        String shown = extension.isEmpty() ? "（无扩展名）" : " ." + extension;
        String shownEnglish = extension.isEmpty() ? "(no extension)" : "." + extension;
        return Optional.of(new IngestFailure(TYPE_STAGE, "不支持的文件类型" + shown + "，未处理",
                "unsupported file type " + shownEnglish + " (read: .docx .doc .pdf .txt .text .zip); not processed"));
    }

    /** Whether content of {@code format} may stand under a name ending in {@code extension} (lower case). */
    static boolean fits(String extension, DocumentFormat format) {
        Set<String> family = switch (format) {
            case DOCX, DOC -> WORD;
            case PDF -> PDF;
            case TXT -> TEXT;
        };
        boolean known = WORD.contains(extension) || PDF.contains(extension) || TEXT.contains(extension);
        return !known || family.contains(extension);
    }

    private static String extension(String name) {
        String file = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        int dot = file.lastIndexOf('.');
        return dot < 0 ? "" : file.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
