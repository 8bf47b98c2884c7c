package org.juesuan.extract.tika;

import java.util.ArrayList;
import java.util.List;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Collects the text of each page from Tika's PDF XHTML ({@code <div class="page">}), one line per
 * line, with an explicit ceiling on the characters kept.
 */
final class PageTextCollector extends DefaultHandler {
    /** Thrown from inside the SAX stream when the ceiling is passed. */
    static final class TooMuchText extends SAXException {
        private static final long serialVersionUID = 1L;

        TooMuchText(int limit) {
            super("more than " + limit + " characters");
        }
    }

    private final int maxCharacters;
    private final List<String> pages = new ArrayList<>();
    private StringBuilder page;
    private int depthInPage;
    private long characters;

    PageTextCollector(int maxCharacters) {
        this.maxCharacters = maxCharacters;
    }

    List<String> pages() {
        return List.copyOf(pages);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        if (page == null && "div".equals(localName) && "page".equals(attributes.getValue("class"))) {
            page = new StringBuilder();
            depthInPage = 0;
            return;
        }
        if (page != null) {
            depthInPage++;
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        if (page == null) {
            return;
        }
        if (depthInPage == 0) {
            pages.add(page.toString());
            page = null;
        } else {
            depthInPage--;
            if ("p".equals(localName) || "div".equals(localName) || "li".equals(localName)) {
                page.append('\n');
            }
        }
    }

    /** Tika ends each PDF text line with a newline sent as ignorable whitespace. */
    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        characters(ch, start, length);
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (page == null) {
            return; // text outside pages: document-level outlines and metadata, not body text
        }
        characters += length;
        if (characters > maxCharacters) {
            throw new TooMuchText(maxCharacters);
        }
        page.append(ch, start, length);
    }
}
