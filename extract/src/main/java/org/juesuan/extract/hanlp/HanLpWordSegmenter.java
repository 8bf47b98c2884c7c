package org.juesuan.extract.hanlp;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;
import org.juesuan.extract.words.Word;
import org.juesuan.extract.words.WordSegmenter;

/**
 * HanLP's segmenter (the dictionaries shipped in the portable jar, loaded once) behind our port.
 * Offsets are turned on; HanLP's global configuration is read, never changed at run time.
 * A HanLP {@link Segment} is not documented as thread-safe, so each call takes a fresh one; the
 * dictionaries behind it are shared and loaded on the first call.
 */
public final class HanLpWordSegmenter implements WordSegmenter {

    @Override
    public List<Word> segment(String text) {
        Segment segment = HanLP.newSegment().enableOffset(true);
        List<Word> words = new ArrayList<>();
        for (Term term : segment.seg(text)) {
            words.add(new Word(term.word, term.offset, term.nature == null ? "" : term.nature.toString()));
        }
        return words;
    }
}
