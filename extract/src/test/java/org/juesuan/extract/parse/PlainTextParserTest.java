package org.juesuan.extract.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlainTextParserTest {
    private static final String TEXT = "[bookmark: _Toc1]一、收入决算情况说明\n\n2021年本年收入合计261.74万元。\n\f第二页　\n[image: 收入决算]\n";

    private List<RawBlock> parse(byte[] bytes) throws Exception {
        return new PlainTextParser().parse(new SourceDocument("a.txt", bytes), ReadingLimits.DEFAULT).blocks();
    }

    @Test
    void readsUtf8AndGb18030AlikeAndDropsExportMarkers() throws Exception {
        List<RawBlock> utf8 = parse(TEXT.getBytes(StandardCharsets.UTF_8));
        List<RawBlock> gb = parse(TEXT.getBytes(Charset.forName("GB18030")));
        assertEquals(List.of("一、收入决算情况说明", "2021年本年收入合计261.74万元。", "第二页"),
                utf8.stream().map(RawBlock::text).toList());
        assertEquals(utf8, gb);
        assertEquals(List.of(1, 1, 2), utf8.stream().map(RawBlock::page).toList());
    }

    @Test
    void dropsAByteOrderMark() throws Exception {
        byte[] body = "决算".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        assertEquals("决算", parse(withBom).get(0).text());
    }

    @Test
    void refusesTextBeyondTheCharacterLimit() {
        var parser = new PlainTextParser();
        var source = new SourceDocument("a.txt", "决算".repeat(10).getBytes(StandardCharsets.UTF_8));
        var problem = org.junit.jupiter.api.Assertions.assertThrows(org.juesuan.extract.UnreadableDocumentException.class,
                () -> parser.parse(source, new ReadingLimits(1000, 5)));
        assertEquals(org.juesuan.extract.UnreadableDocumentException.Problem.TOO_LARGE, problem.problem());
    }
}
