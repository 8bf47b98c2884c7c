#!/usr/bin/env python3
"""Write expected-figures.tsv: every figure of seed.txt in text order.

Deliberately simple and independent of the product's extractor.  The output was then
checked by hand against the text (see README.md).

Text handled: seed.txt with `[bookmark: …]` markers removed (their _Toc numbers are not
figures) and `[image: …]` lines dropped; table cells included.

kinds (tried in this order at each position, leftmost match wins):
  CODE     split function code `20131（款）01（项）` -> 2013101 (raw = whole span)
  CODE     7-digit function-classification code `2011101`
  YEAR     `2021年` (also the 2021年 of 2021年度 / 2021年12月31日)
  AMOUNT   number + 亿元 | 万元 | 元
  PERCENT  number + % | ％   (unit written as %)
  COUNT    integer + 批次 | 人次 | 团组 | 台（套） | 个 | 辆 | 项 | 人 | 名 | 次 | 家
value = the number as written (thousands separators removed), decimals = digits after the point.
"""
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))

NUM = r"\d+(?:,\d{3})*(?:\.\d+)?"
TOKEN = re.compile(
    r"(?P<code_split>(?<![\d.])(?P<k1>\d{5})（款）(?P<k2>\d{2})（项）)"
    r"|(?P<code>(?<![\d.])\d{7}(?![\d.]))"
    r"|(?P<year>(?<![\d.])(?:19|20)\d{2}年)"
    r"|(?P<amount>(?<![\d.])(?P<an>" + NUM + r")\s*(?P<au>亿元|万元|元))"
    r"|(?P<percent>(?<![\d.])(?P<pn>" + NUM + r")\s*[%％])"
    r"|(?P<count>(?<![\d.])(?P<cn>\d+)\s*(?P<cu>批次|人次|团组|台（套）|个|辆|项|人|名|次|家))"
)


def number(s):
    s = s.replace(",", "")
    return s, (len(s.split(".")[1]) if "." in s else 0)


def main():
    rows = ["kind\traw\tvalue\tunit\tdecimals"]
    with open(os.path.join(HERE, "seed.txt"), encoding="utf-8") as f:
        for ln in f.read().split("\n"):
            ln = re.sub(r"\[bookmark: [^\]]*\]", "", ln)
            if re.match(r"^\[image: [^\]]*\]$", ln):
                continue
            for m in TOKEN.finditer(ln):
                raw = m.group(0)
                if m.group("code_split"):
                    rows.append("CODE\t%s\t%s\t\t0" % (raw, m.group("k1") + m.group("k2")))
                elif m.group("code"):
                    rows.append("CODE\t%s\t%s\t\t0" % (raw, raw))
                elif m.group("year"):
                    rows.append("YEAR\t%s\t%s\t年\t0" % (raw, raw[:-1]))
                elif m.group("amount"):
                    v, d = number(m.group("an"))
                    rows.append("AMOUNT\t%s\t%s\t%s\t%d" % (raw, v, m.group("au"), d))
                elif m.group("percent"):
                    v, d = number(m.group("pn"))
                    rows.append("PERCENT\t%s\t%s\t%%\t%d" % (raw, v, d))
                else:
                    rows.append("COUNT\t%s\t%s\t%s\t0" % (raw, m.group("cn"), m.group("cu")))
    with open(os.path.join(HERE, "expected-figures.tsv"), "w", encoding="utf-8") as f:
        f.write("\n".join(rows) + "\n")


if __name__ == "__main__":
    main()
