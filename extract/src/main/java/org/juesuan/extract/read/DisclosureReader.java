package org.juesuan.extract.read;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.juesuan.extract.UnreadableDocumentException;
import org.juesuan.extract.UnreadableDocumentException.Problem;
import org.juesuan.extract.figures.FigureFinder;
import org.juesuan.extract.figures.RegexFigureFinder;
import org.juesuan.extract.hanlp.HanLpWordSegmenter;
import org.juesuan.extract.layout.DocumentText;
import org.juesuan.extract.ocr.OcrSettings;
import org.juesuan.extract.ocr.TesseractRecognizer;
import org.juesuan.extract.opennlp.OpenNlpSectionKindClassifier;
import org.juesuan.extract.parse.DocumentParser;
import org.juesuan.extract.parse.FormatDetector;
import org.juesuan.extract.parse.PageTextJoiner;
import org.juesuan.extract.parse.PlainTextParser;
import org.juesuan.extract.parse.RawDocument;
import org.juesuan.extract.parse.ReadingLimits;
import org.juesuan.extract.parse.SourceDocument;
import org.juesuan.extract.poi.DocParser;
import org.juesuan.extract.poi.DocxParser;
import org.juesuan.extract.structure.SectionKindClassifier;
import org.juesuan.extract.structure.SectionTreeBuilder;
import org.juesuan.extract.structure.Structure;
import org.juesuan.extract.tables.DocumentTables;
import org.juesuan.extract.tika.TikaFormatDetector;
import org.juesuan.extract.pdfbox.PdfBoxPdfParser;
import org.juesuan.extract.words.FigureContext;
import org.juesuan.model.Disclosure;
import org.juesuan.model.DocumentFormat;
import org.juesuan.model.DocumentInfo;
import org.juesuan.model.ExtractionWarning;
import org.juesuan.model.WarningCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads one file into the model: detect the format, parse, lay out the text, infer the sections,
 * name their kinds, read the tables, find the figures. Assembled once and shared: it holds no per-document state.
 */
public final class DisclosureReader {
    private static final Logger LOG = LoggerFactory.getLogger(DisclosureReader.class);

    private final FormatDetector detector;
    private final Map<DocumentFormat, DocumentParser> parsers;
    private final SectionTreeBuilder structure;
    private final ModelAssembler assembler;
    private final FigurePlacer figures;
    private final DocumentTables tables = new DocumentTables();
    private final ReadingLimits limits;

    public DisclosureReader(FormatDetector detector, Map<DocumentFormat, DocumentParser> parsers,
                            SectionKindClassifier kinds, FigureFinder finder, FigureContext context,
                            ReadingLimits limits) {
        this.detector = Objects.requireNonNull(detector, "detector");
        this.parsers = Map.copyOf(parsers);
        for (DocumentFormat format : DocumentFormat.values()) {
            if (!this.parsers.containsKey(format)) {
                throw new IllegalArgumentException("no parser for " + format);
            }
        }
        this.structure = new SectionTreeBuilder();
        this.assembler = new ModelAssembler(Objects.requireNonNull(kinds, "kinds"));
        this.figures = new FigurePlacer(Objects.requireNonNull(finder, "finder"), Objects.requireNonNull(context, "context"));
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /**
     * The reader with the standard parts: Tika detection, PDFBox for PDF (Tesseract for scanned pages,
     * as {@link OcrSettings#fromEnvironment()} names it), POI for Word, HanLP words, OpenNLP kinds.
     */
    public static DisclosureReader standard(ReadingLimits limits) {
        return standard(limits, OcrSettings.fromEnvironment());
    }

    /** The standard reader, scanned pages read by OCR as {@code ocr} says. */
    public static DisclosureReader standard(ReadingLimits limits, OcrSettings ocr) {
        Map<DocumentFormat, DocumentParser> parsers = new EnumMap<>(DocumentFormat.class);
        parsers.put(DocumentFormat.DOCX, new DocxParser());
        parsers.put(DocumentFormat.DOC, new DocParser());
        parsers.put(DocumentFormat.PDF, new PdfBoxPdfParser(new TesseractRecognizer(ocr), ocr.dpi()));
        parsers.put(DocumentFormat.TXT, new PlainTextParser());
        return new DisclosureReader(new TikaFormatDetector(), parsers,
                OpenNlpSectionKindClassifier.trainedOnBundledHeadings(), new RegexFigureFinder(),
                new FigureContext(new HanLpWordSegmenter()), limits);
    }

    public Disclosure read(SourceDocument source) throws UnreadableDocumentException {
        return read(source, StageTimer.NONE);
    }

    /** Loads the format detection now (it loads at the first file that needs it otherwise). */
    public void prepareFormatDetection() {
        detector.prepare();
    }

    /** Reads one file, telling {@code timer} how long each stage took. */
    public Disclosure read(SourceDocument source, StageTimer timer) throws UnreadableDocumentException {
        long start = System.nanoTime();
        if (source.content().length > limits.maxBytes()) {
            throw new UnreadableDocumentException(Problem.TOO_LARGE,
                    source.content().length + " bytes, limit " + limits.maxBytes());
        }
        DocumentFormat format = detector.detect(source);
        RawDocument raw = parsers.get(format).parse(source, limits);
        List<ExtractionWarning> warnings = new ArrayList<>(raw.warnings());
        if (!extensionFits(source.extension(), format)) {
            warnings.add(ExtractionWarning.ofDocument(WarningCode.EXTENSION_MISMATCH,
                    "文件扩展名 ." + source.extension() + " 与内容不符，已按 " + format + " 读取"));
        }
        timer.took(StageTimer.Stage.PARSE, System.nanoTime() - start);
        return model(source, raw, warnings, timer);
    }

    /**
     * Reads text another tool already extracted from a PDF, one string per page, the way a PDF's own
     * text is read: lines rejoined, pages kept. The source names the extraction and gives the id.
     */
    public Disclosure readExtractedPages(SourceDocument source, List<String> pageTexts) {
        PageTextJoiner.Joined joined = new PageTextJoiner().join(pageTexts);
        RawDocument raw = new RawDocument(DocumentFormat.PDF, pageTexts.size(), null, joined.blocks(), joined.warnings());
        return model(source, raw, new ArrayList<>(raw.warnings()), StageTimer.NONE);
    }

    private Disclosure model(SourceDocument source, RawDocument raw, List<ExtractionWarning> warnings, StageTimer timer) {
        long start = System.nanoTime();
        DocumentText text = DocumentText.layOut(raw.blocks());
        Structure tree = structure.build(text);
        warnings.addAll(tree.warnings());
        ModelAssembler.Parts parts = assembler.assemble(text, tree);
        FrontMatter front = FrontMatter.read(text.blocks(), raw.title(), text.text());
        if (front.organization() == null || front.fiscalYear() == null) {
            warnings.add(ExtractionWarning.ofDocument(WarningCode.METADATA_MISSING,
                    front.fiscalYear() == null ? "未能识别决算年度" : "未能识别部门（单位）名称"));
        }
        // pages that could not be read (scanned, no OCR) leave the content unknown, not foreign
        boolean unread = warnings.stream().anyMatch(w -> w.code() == WarningCode.OCR_UNAVAILABLE
                || w.code() == WarningCode.OCR_FAILED);
        if (!unread && !DisclosureSignals.looksLikeDisclosure(text.text())) {
            warnings.add(ExtractionWarning.ofDocument(WarningCode.NOT_A_DISCLOSURE,
                    "文件内容不像部门（单位）决算或预算公开文件：缺少“决算”“预算”及收入、支出等用语"));
        }
        DocumentInfo info = new DocumentInfo(source.contentHash(), source.name(), raw.format(), raw.pages(),
                front.title(), front.organization(), front.fiscalYear(), front.kind(), List.copyOf(raw.ocr().pages().keySet()));
        LOG.debug("read {}: {} blocks, {} sections", source.name(), parts.blocks().size(), parts.sections().size());
        long structured = System.nanoTime();
        timer.took(StageTimer.Stage.STRUCTURE, structured - start);
        List<org.juesuan.model.Table> read = tables.read(parts.blocks(), parts.tables());
        long tabled = System.nanoTime();
        timer.took(StageTimer.Stage.TABLES, tabled - structured);
        List<org.juesuan.model.Figure> placed = figures.place(text.blocks(), tree, parts.sectionIds(), parts.tableIdsByBlock(),
                raw.ocr());
        timer.took(StageTimer.Stage.FIGURES, System.nanoTime() - tabled);
        return new Disclosure(Disclosure.SCHEMA_VERSION, info, text.text(), parts.blocks(), parts.sections(),
                read, placed, List.of(), List.of(), warnings);
    }

    private static boolean extensionFits(String extension, DocumentFormat format) {
        return switch (format) {
            case DOCX -> extension.equals("docx");
            case DOC -> extension.equals("doc");
            case PDF -> extension.equals("pdf");
            case TXT -> extension.equals("txt") || extension.equals("text") || extension.isEmpty();
        };
    }
}
