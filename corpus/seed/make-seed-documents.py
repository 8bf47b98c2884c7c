#!/usr/bin/env python3
"""Regenerate the seed documents (seed.docx, seed.doc, seed.pdf) from seed.txt.

Standard library only.  The script writes a Flat ODT (seed.fodt) into a temporary
directory and converts it with LibreOffice headless:

    python3 corpus/seed/make-seed-documents.py            # writes next to this script
    python3 corpus/seed/make-seed-documents.py --keep-fodt  # also keeps seed.fodt

Rules (see README.md):
  * `[bookmark: NAME]` markers become real (empty) Word bookmarks at the same place;
  * `[image: ...]` lines are dropped;
  * every other line becomes one paragraph, its text kept character for character
    (leading/trailing/multiple spaces, tabs, full-width characters, typos);
  * blank lines outside the tables become empty paragraphs;
  * headings are listed explicitly in HEADINGS (line number -> outline level) and must
    agree with expected-sections.tsv;
  * the two 部门预算项目支出绩效目标自评表 are rebuilt on a 7-column grid with row/column
    spans (see build_table()).
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = os.path.join(HERE, "seed.txt")

# 1-based line numbers in seed.txt -> heading level.
HEADINGS = {
    1: 1,     # 第一部分 部门概况
    3: 2,     # 一、基本职能及主要工作
    4: 3,     # （一）主要职能。
    6: 3,     # （二）2021年重点工作完成情况。
    8: 4,     # 一、2021年工作开展情况  (numbering restarts inside （二）)
    12: 2,    # 二、机构设置
    16: 1,    # 第二部分 2021年度部门决算情况说明
    18: 2, 22: 2, 27: 2,          # 1、 2、 3、 (flattened, siblings of 四、)
    33: 2, 38: 2,                 # 四、 五、
    39: 3, 44: 3, 49: 3,          # 五（一）（二）（三）
    57: 2,                        # 六、
    63: 2, 64: 3, 67: 3,          # 七、 （一）（二）
    75: 2, 78: 2, 81: 2, 84: 2,   # 八、 9、 10、 11、
    85: 3, 88: 3, 91: 3,          # 11（一）（二）（三）
    96: 1,    # 第3部分 名词解释
    114: 1,   # 第四部分 附件
    115: 2,   # 附件
    118: 3, 119: 4, 120: 5, 131: 5,
    133: 3, 136: 3, 138: 4, 141: 4, 144: 3, 145: 4, 148: 4, 150: 4,
    169: 2,   # 附件一
    172: 3, 174: 3, 177: 4, 181: 4, 183: 5, 188: 3, 189: 4, 191: 4,
    193: 3, 194: 4, 196: 4,
    343: 2,   # 附件二
    346: 3, 350: 3, 353: 4, 357: 4, 363: 3, 364: 4, 369: 3, 370: 4, 372: 4,
}
PAGE_BREAK_BEFORE = {16, 96, 114}          # parts 2-4 start on a new page
CENTRED = {116, 170, 171, 344, 345}        # report titles
CAPTION_RE = re.compile(r"^（图\d+：")      # （图1：…）（柱状图）

BOOKMARK_RE = re.compile(r"\[bookmark: ([^\]]*)\]")
IMAGE_RE = re.compile(r"^\[image: [^\]]*\]$")
TABLE_TITLE = "\t部门预算项目支出绩效目标自评表"
NCOLS = 7


def odf_text(s):
    """Escape text for an ODF paragraph, preserving every space and tab."""
    out = []
    i = 0
    n = len(s)
    while i < n:
        c = s[i]
        if c == "\t":
            out.append("<text:tab/>")
            i += 1
        elif c == " ":
            j = i
            while j < n and s[j] == " ":
                j += 1
            run = j - i
            if run == 1 and 0 < i and j < n:
                out.append(" ")
            else:
                out.append('<text:s text:c="%d"/>' % run)
            i = j
        else:
            j = i
            while j < n and s[j] not in " \t":
                j += 1
            out.append(escape(s[i:j]))
            i = j
    return "".join(out)


def split_bookmarks(line):
    """Return (clean text, [(offset, name)])."""
    marks = []
    out = []
    pos = 0
    for m in BOOKMARK_RE.finditer(line):
        out.append(line[pos:m.start()])
        marks.append((sum(len(x) for x in out), m.group(1)))
        pos = m.end()
    out.append(line[pos:])
    return "".join(out), marks


def inline(line):
    text, marks = split_bookmarks(line)
    parts = []
    last = 0
    for off, name in marks:
        parts.append(odf_text(text[last:off]))
        parts.append('<text:bookmark text:name="%s"/>' % escape(name))
        last = off
    parts.append(odf_text(text[last:]))
    return "".join(parts)


# ---------------------------------------------------------------- tables

def parse_table(lines, start):
    """lines: list of str (0-based); start: index of the title line.
    Returns (rows, end) where rows is a list of cells, a cell a list of paragraph
    strings, and end is the index after the last table line."""
    rows = []
    i = start
    n = len(lines)
    while i < n and lines[i].startswith("\t"):
        row = []
        while i < n:
            ln = lines[i]
            if ln.startswith("\t"):
                row.append([ln[1:]])
            elif ln.strip() != "" and row:
                row[-1].append(ln)            # second paragraph of the same cell
            else:
                break
            i += 1
        rows.append(row)
        # one blank line separates rows
        if i + 1 < n and lines[i] == "" and lines[i + 1].startswith("\t"):
            i += 1
        else:
            break
    return rows, i


COLSPANS = {1: [7], 2: [1, 6], 3: [1, 3, 3], 5: [1, 2, 1, 1, 2], 7: [1] * 7}
OUTPUT_SUBINDICATORS = {"数量指标", "质量指标", "时效指标", "成本指标"}


def layout_table(rows):
    """Place the linearised rows on a NCOLS grid.
    Returns grid[r][c] = None (covered) or dict(text=[...], rs=, cs=)."""
    grid = []
    for cells in rows:
        if len(cells) == NCOLS - 1:
            # the very last row of the second table lost its trailing empty
            # 未完成原因及改进措施 cell at the end of the file: pad it back
            cells = cells + [[""]]
        spans = COLSPANS[len(cells)]
        g = [None] * NCOLS
        col = 0
        for cell, cs in zip(cells, spans):
            g[col] = {"text": cell, "rs": 1, "cs": cs}
            col += cs
        grid.append(g)

    def empty(c):
        return c is not None and all(p.strip() == "" for p in c["text"])

    # vertical merges: an empty first-column cell continues the label above
    # (预算执行情况, 目标完成情况, 年度绩效指标完成情况); an empty 一级指标 cell
    # continues 产出指标 only on the output sub-indicator rows.
    for col in (0, 1):
        anchor = None
        for r, g in enumerate(grid):
            c = g[col]
            if c is None or c["cs"] != 1:
                anchor = None
                continue
            cont = empty(c) and anchor is not None
            if col == 1:
                cont = cont and g[2] is not None and g[2]["text"][0].strip() in OUTPUT_SUBINDICATORS
            if cont:
                anchor["rs"] += 1
                g[col] = None
            else:
                anchor = c if not empty(c) else None
    return grid


def table_xml(grid, name):
    widths = [2.3, 1.7, 1.8, 2.4, 2.9, 2.9, 1.92]  # cm, sum = 15.92 = text width
    x = ['<table:table table:name="%s" table:style-name="Tbl">' % name]
    for i, w in enumerate(widths):
        x.append('<table:table-column table:style-name="TblCol%d"/>' % (i + 1))
    covered = set()
    for r, g in enumerate(grid):
        x.append("<table:table-row>")
        for c in range(NCOLS):
            cell = g[c]
            if (r, c) in covered or cell is None:
                x.append('<table:covered-table-cell/>')
                continue
            attrs = ' table:style-name="TblCell" office:value-type="string"'
            if cell["rs"] > 1:
                attrs += ' table:number-rows-spanned="%d"' % cell["rs"]
            if cell["cs"] > 1:
                attrs += ' table:number-columns-spanned="%d"' % cell["cs"]
            for dr in range(cell["rs"]):
                for dc in range(cell["cs"]):
                    if dr or dc:
                        covered.add((r + dr, c + dc))
            style = "TblTitle" if r == 0 else ("TblCentre" if cell["cs"] == NCOLS else "TblText")
            x.append("<table:table-cell%s>" % attrs)
            for p in cell["text"]:
                x.append('<text:p text:style-name="%s">%s</text:p>' % (style, inline(p)))
            x.append("</table:table-cell>")
        x.append("</table:table-row>")
    x.append("</table:table>")
    return "\n".join(x)


# ---------------------------------------------------------------- document

STYLES = """
<office:font-face-decls>
  <style:font-face style:name="Noto Serif CJK SC" svg:font-family="'Noto Serif CJK SC'" style:font-family-generic="roman" style:font-pitch="variable"/>
  <style:font-face style:name="Noto Sans CJK SC" svg:font-family="'Noto Sans CJK SC'" style:font-family-generic="swiss" style:font-pitch="variable"/>
</office:font-face-decls>
<office:styles>
  <style:default-style style:family="paragraph">
    <style:paragraph-properties fo:line-height="150%"/>
    <style:text-properties style:font-name="Noto Serif CJK SC" style:font-name-asian="Noto Serif CJK SC" style:font-name-complex="Noto Serif CJK SC"
      fo:font-size="12pt" style:font-size-asian="12pt" style:font-size-complex="12pt" fo:language="zh" fo:country="CN" style:language-asian="zh" style:country-asian="CN"/>
  </style:default-style>
  <style:style style:name="Standard" style:family="paragraph" style:class="text">
    <style:paragraph-properties fo:text-align="justify" fo:text-indent="0.85cm"/>
  </style:style>
  <style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard" style:class="text">
    <style:paragraph-properties fo:text-indent="0cm" fo:margin-top="0.2cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always" fo:text-align="start"/>
    <style:text-properties style:font-name="Noto Sans CJK SC" style:font-name-asian="Noto Sans CJK SC" style:font-name-complex="Noto Sans CJK SC" fo:font-weight="bold" style:font-weight-asian="bold"/>
  </style:style>
  <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="1" style:class="text">
    <style:paragraph-properties fo:text-align="center" fo:margin-top="0.4cm" fo:margin-bottom="0.4cm"/>
    <style:text-properties fo:font-size="16pt" style:font-size-asian="16pt"/>
  </style:style>
  <style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="2" style:class="text">
    <style:text-properties fo:font-size="14pt" style:font-size-asian="14pt"/>
  </style:style>
  <style:style style:name="Heading_20_3" style:display-name="Heading 3" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="3" style:class="text">
    <style:text-properties fo:font-size="12pt" style:font-size-asian="12pt"/>
  </style:style>
  <style:style style:name="Heading_20_4" style:display-name="Heading 4" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="4" style:class="text">
    <style:text-properties fo:font-size="12pt" style:font-size-asian="12pt"/>
  </style:style>
  <style:style style:name="Heading_20_5" style:display-name="Heading 5" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="5" style:class="text">
    <style:text-properties fo:font-size="12pt" style:font-size-asian="12pt" fo:font-weight="normal" style:font-weight-asian="normal"/>
  </style:style>
  <style:style style:name="Caption" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
    <style:paragraph-properties fo:text-align="center" fo:text-indent="0cm"/>
    <style:text-properties fo:font-size="10.5pt" style:font-size-asian="10.5pt"/>
  </style:style>
  <style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
    <style:paragraph-properties fo:text-indent="0cm" fo:text-align="start" fo:line-height="120%"/>
    <style:text-properties fo:font-size="10.5pt" style:font-size-asian="10.5pt"/>
  </style:style>
  <text:outline-style style:name="Outline">
    %OUTLINE%
  </text:outline-style>
</office:styles>
<office:automatic-styles>
  <style:page-layout style:name="pm1">
    <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" style:print-orientation="portrait"
      fo:margin-top="2.54cm" fo:margin-bottom="2.54cm" fo:margin-left="2.54cm" fo:margin-right="2.54cm"/>
  </style:page-layout>
  <style:style style:name="H1Break" style:family="paragraph" style:parent-style-name="Heading_20_1">
    <style:paragraph-properties fo:break-before="page"/>
  </style:style>
  <style:style style:name="Centre" style:family="paragraph" style:parent-style-name="Standard">
    <style:paragraph-properties fo:text-align="center" fo:text-indent="0cm"/>
    <style:text-properties fo:font-size="15pt" style:font-size-asian="15pt" fo:font-weight="bold" style:font-weight-asian="bold"/>
  </style:style>
  <style:style style:name="Tbl" style:family="table">
    <style:table-properties style:width="15.92cm" table:align="center" fo:margin-top="0.2cm" fo:margin-bottom="0.2cm"/>
  </style:style>
  %COLS%
  <style:style style:name="TblCell" style:family="table-cell">
    <style:table-cell-properties fo:border="0.5pt solid #000000" fo:padding="0.08cm" style:vertical-align="middle"/>
  </style:style>
  <style:style style:name="TblText" style:family="paragraph" style:parent-style-name="Table_20_Contents"/>
  <style:style style:name="TblCentre" style:family="paragraph" style:parent-style-name="Table_20_Contents">
    <style:paragraph-properties fo:text-align="center"/>
  </style:style>
  <style:style style:name="TblTitle" style:family="paragraph" style:parent-style-name="Table_20_Contents">
    <style:paragraph-properties fo:text-align="center"/>
    <style:text-properties fo:font-size="14pt" style:font-size-asian="14pt" fo:font-weight="bold" style:font-weight-asian="bold"/>
  </style:style>
</office:automatic-styles>
<office:master-styles>
  <style:master-page style:name="Standard" style:page-layout-name="pm1"/>
</office:master-styles>
"""


def build_fodt(lines):
    body = []
    i = 0
    tables = 0
    n = len(lines)
    while i < n:
        ln = lines[i]
        no = i + 1
        if ln == TABLE_TITLE:
            rows, end = parse_table(lines, i)
            tables += 1
            body.append(table_xml(layout_table(rows), "自评表%d" % tables))
            i = end
            continue
        if IMAGE_RE.match(ln):
            i += 1
            continue
        if no in HEADINGS:
            lvl = HEADINGS[no]
            style = "H1Break" if no in PAGE_BREAK_BEFORE else "Heading_20_%d" % lvl
            body.append('<text:h text:style-name="%s" text:outline-level="%d">%s</text:h>' % (style, lvl, inline(ln)))
        else:
            text, _ = split_bookmarks(ln)
            if no in CENTRED:
                style = "Centre"
            elif CAPTION_RE.match(text):
                style = "Caption"
            else:
                style = "Standard"
            body.append('<text:p text:style-name="%s">%s</text:p>' % (style, inline(ln)))
        i += 1
    if tables != 2:
        sys.exit("expected 2 tables, found %d" % tables)

    outline = "\n".join(
        '<text:outline-level-style text:level="%d" style:num-format=""><style:list-level-properties/></text:outline-level-style>' % l
        for l in range(1, 11))
    widths = [2.3, 1.7, 1.8, 2.4, 2.9, 2.9, 1.92]
    cols = "\n".join(
        '<style:style style:name="TblCol%d" style:family="table-column"><style:table-column-properties style:column-width="%.2fcm"/></style:style>' % (k + 1, w)
        for k, w in enumerate(widths))
    styles = STYLES.replace("%OUTLINE%", outline).replace("%COLS%", cols)
    return ("""<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>中共广元市朝天区委巡察工作领导小组办公室2021年度部门决算</dc:title><dc:language>zh-CN</dc:language></office:meta>
""" + styles + "<office:body><office:text>\n" + "\n".join(body) +
            "\n</office:text></office:body></office:document>\n")


def convert(src, outdir, fmt, profile):
    cmd = ["soffice", "-env:UserInstallation=file://" + profile, "--headless",
           "--convert-to", fmt, "--outdir", outdir, src]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)


def main():
    with open(SEED, encoding="utf-8") as f:
        lines = f.read().split("\n")
    fodt = build_fodt(lines)
    tmp = tempfile.mkdtemp(prefix="seed-docs-")
    profile = os.path.join(tmp, "lo-profile")
    src = os.path.join(tmp, "seed.fodt")
    with open(src, "w", encoding="utf-8") as f:
        f.write(fodt)
    for fmt, ext in (('docx:MS Word 2007 XML', "docx"), ('doc:MS Word 97', "doc"),
                     ('pdf:writer_pdf_Export', "pdf")):
        convert(src, tmp, fmt, profile)
        shutil.copy(os.path.join(tmp, "seed." + ext), os.path.join(HERE, "seed." + ext))
    if "--keep-fodt" in sys.argv:
        shutil.copy(src, os.path.join(HERE, "seed.fodt"))
    shutil.rmtree(tmp)


if __name__ == "__main__":
    main()
