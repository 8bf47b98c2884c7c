package org.juesuan.output.xlsx.sheetml;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * A sheet's cell comments: {@code xl/commentsN.xml} holds their text, and the legacy VML drawing
 * beside it the boxes Excel shows on hover (Excel ignores comments without one).
 */
final class SheetComments {
    private record Note(int row, int column, String text) {
    }

    private final String author;
    private final List<Note> notes = new ArrayList<>();

    SheetComments(String author) {
        this.author = author;
    }

    void add(int row, int column, String text) {
        notes.add(new Note(row, column, text));
    }

    boolean isEmpty() {
        return notes.isEmpty();
    }

    void writeComments(Writer xml) throws IOException {
        xml.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<comments xmlns=\"" + XlsxPackage.MAIN_NS
                + "\"><authors><author>" + Xml.escape(author) + "</author></authors><commentList>");
        for (Note note : notes) {
            xml.write("<comment ref=\"" + CellAddress.of(note.row(), note.column()) + "\" authorId=\"0\"><text><t xml:space=\"preserve\">"
                    + Xml.escape(note.text()) + "</t></text></comment>");
        }
        xml.write("</commentList></comments>");
    }

    /** The boxes, each anchored to the right of its cell, four columns wide and four rows high, hidden until hovered. */
    void writeDrawing(Writer xml, int sheetNumber) throws IOException {
        xml.write("<xml xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\""
                + " xmlns:x=\"urn:schemas-microsoft-com:office:excel\"><o:shapelayout v:ext=\"edit\"><o:idmap v:ext=\"edit\" data=\""
                + sheetNumber + "\"/></o:shapelayout><v:shapetype id=\"_x0000_t202\" coordsize=\"21600,21600\" o:spt=\"202\""
                + " path=\"m,l,21600r21600,l21600,xe\"><v:stroke joinstyle=\"miter\"/><v:path gradientshapeok=\"t\""
                + " o:connecttype=\"rect\"/></v:shapetype>");
        int shape = sheetNumber * 1024 + 1;
        for (Note note : notes) {
            xml.write("<v:shape id=\"_x0000_s" + shape++ + "\" type=\"#_x0000_t202\" style=\"position:absolute;visibility:hidden\""
                    + " fillcolor=\"#ffffe1\" o:insetmode=\"auto\"><v:fill color2=\"#ffffe1\"/><v:shadow on=\"t\" color=\"black\""
                    + " obscured=\"t\"/><v:path o:connecttype=\"none\"/><v:textbox style=\"mso-direction-alt:auto\">"
                    + "<div style=\"text-align:left\"></div></v:textbox><x:ClientData ObjectType=\"Note\"><x:MoveWithCells/>"
                    + "<x:SizeWithCells/><x:Anchor>" + (note.column() + 1) + ", 15, " + note.row() + ", 2, " + (note.column() + 5)
                    + ", 15, " + (note.row() + 4) + ", 16</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>" + note.row()
                    + "</x:Row><x:Column>" + note.column() + "</x:Column></x:ClientData></v:shape>");
        }
        xml.write("</xml>");
    }
}
