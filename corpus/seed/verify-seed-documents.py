#!/usr/bin/env python3
"""Check that seed.docx, seed.doc and seed.pdf contain every content line of seed.txt, in order,
and that the .docx/.doc headings are real Word heading styles matching expected-sections.tsv.

Content line = a line of seed.txt with `[bookmark: …]` markers removed, `[image: …]` lines
dropped and blank lines skipped.  Comparison ignores all whitespace (PDF line wrapping and
pdftotext spacing), and each line must be found after the previous one.

Standard library + LibreOffice (soffice) + poppler (pdftotext).
"""
import os
import re
import subprocess
import sys
import tempfile
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
WS = re.compile(r"\s+")


def content_lines(body_only=False):
    """body_only: leave out the lines of the two 自评表 tables (lines starting with a TAB and
    the continuation lines of multi-paragraph cells)."""
    out = []
    with open(os.path.join(HERE, "seed.txt"), encoding="utf-8") as f:
        all_lines = f.read().split("\n")
        in_table = False
        for no, ln in enumerate(all_lines, 1):
            if ln.startswith("\t部门预算项目支出绩效目标自评表"):
                in_table = True
            elif in_table and ln.strip() and not ln.startswith("\t") and not all_lines[no - 2].strip():
                in_table = False          # first paragraph after a table
            if body_only and in_table:
                continue
            ln = re.sub(r"\[bookmark: [^\]]*\]", "", ln)
            if re.match(r"^\[image: [^\]]*\]$", ln):
                continue
            key = WS.sub("", ln)
            if key:
                out.append((no, key))
    return out


def check_in_order(name, text, lines):
    flat = WS.sub("", text)
    pos = 0
    missing = 0
    for no, key in lines:
        i = flat.find(key, pos)
        if i < 0:
            missing += 1
            j = flat.find(key)
            print("  %s: line %d %s: %s" % (name, no, "out of order" if j >= 0 else "MISSING", key[:40]))
        else:
            pos = i + len(key)
    print("%-28s %d/%d content lines found in order" % (name, len(lines) - missing, len(lines)))
    return missing == 0


def soffice_txt(src, tmp):
    profile = "file://" + os.path.join(tmp, "profile")
    subprocess.run(["soffice", "-env:UserInstallation=" + profile, "--headless", "--convert-to",
                    "txt:Text (encoded):UTF8", "--outdir", tmp, src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = os.path.splitext(os.path.basename(src))[0]
    with open(os.path.join(tmp, base + ".txt"), encoding="utf-8-sig") as f:
        return f.read()


def expected_headings():
    rows = []
    with open(os.path.join(HERE, "expected-sections.tsv"), encoding="utf-8") as f:
        next(f)
        for ln in f:
            level, label, title, kind = ln.rstrip("\n").split("\t")
            rows.append((int(level), WS.sub("", label + title)))
    return rows


def docx_headings(path):
    with zipfile.ZipFile(path) as z:
        styles = z.read("word/styles.xml").decode("utf-8")
        doc = z.read("word/document.xml").decode("utf-8")
    names = dict(re.findall(r'<w:style [^>]*w:styleId="([^"]+)"[^>]*>\s*<w:name w:val="([^"]+)"', styles))
    out = []
    for p in re.findall(r"<w:p[ >].*?</w:p>", doc, re.S):
        m = re.search(r'<w:pStyle w:val="([^"]+)"', p)
        if not m:
            continue
        name = names.get(m.group(1), "")
        hm = re.fullmatch(r"heading (\d)", name, re.I)
        if hm:
            text = "".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", p))
            text = text.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
            out.append((int(hm.group(1)), WS.sub("", text).rstrip("。")))
    return out


def compare_headings(name, got, want):
    want = [(l, t.rstrip("。")) for l, t in want]
    ok = got == want
    print("%-28s %d headings, %s expected-sections.tsv" % (name, len(got), "match" if ok else "DIFFER from"))
    if not ok:
        for a, b in zip(got, want):
            if a != b:
                print("   got", a, "want", b)
    return ok


def main():
    lines = content_lines()
    ok = True
    with tempfile.TemporaryDirectory() as tmp:
        for fmt in ("docx", "doc"):
            ok &= check_in_order("seed.%s (soffice txt)" % fmt, soffice_txt(os.path.join(HERE, "seed." + fmt), tmp), lines)
        for mode in ("-layout", "-raw"):
            txt = subprocess.run(["pdftotext", mode, os.path.join(HERE, "seed.pdf"), "-"],
                                 check=True, capture_output=True, text=True).stdout
            if mode == "-layout":
                # side-by-side table cells wrap and interleave in layout mode: check the body there
                ok &= check_in_order("seed.pdf (-layout, body only)", txt, content_lines(body_only=True))
            else:
                ok &= check_in_order("seed.pdf (pdftotext -raw)", txt, lines)
        want = expected_headings()
        ok &= compare_headings("seed.docx headings", docx_headings(os.path.join(HERE, "seed.docx")), want)
        # .doc: let LibreOffice re-save it as .docx and read the heading styles back
        profile = "file://" + os.path.join(tmp, "profile")
        subprocess.run(["soffice", "-env:UserInstallation=" + profile, "--headless", "--convert-to",
                        "docx:MS Word 2007 XML", "--outdir", os.path.join(tmp, "d"), os.path.join(HERE, "seed.doc")],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        ok &= compare_headings("seed.doc headings", docx_headings(os.path.join(tmp, "d", "seed.docx")), want)
    print("OK" if ok else "FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
