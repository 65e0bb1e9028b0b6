#!/usr/bin/env python3
"""Checks a report directory written by crosscheck: every SVG is
well-formed XML, the HTML holds no markup from the input (only the one
pinned script, no event handlers, no javascript: links), has a
Content-Security-Policy, and shows the given strings as text.

Usage: check_report.py DIR [--expect-text S]...
Exit 0 when every check passes, 1 otherwise.
"""
import glob
import html.parser
import os
import sys
import xml.etree.ElementTree as ET


class Scan(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags = {}
        self.bad = []
        self.text = []
        self.csp = False
        self.stack = []

    def handle_starttag(self, tag, attrs):
        self.tags[tag] = self.tags.get(tag, 0) + 1
        for k, v in attrs:
            if k.startswith("on"):
                self.bad.append(f"event handler {k} on <{tag}>")
            if k in ("href", "src", "xlink:href") and v and not (v.startswith("http://") or v.startswith("https://") or v.startswith("#")):
                self.bad.append(f"{k}={v!r} on <{tag}>")
        if tag == "meta" and dict(attrs).get("http-equiv", "").lower() == "content-security-policy":
            self.csp = "default-src 'none'" in dict(attrs).get("content", "")
        if tag in ("iframe", "object", "embed", "img", "form", "base"):
            self.bad.append(f"<{tag}> element")

    def handle_data(self, data):
        self.text.append(data)


def main():
    d = sys.argv[1]
    expect = [sys.argv[i + 1] for i, a in enumerate(sys.argv) if a == "--expect-text"]
    ok = True
    for svg in sorted(glob.glob(os.path.join(d, "*.svg"))):
        try:
            ET.parse(svg)
        except ET.ParseError as e:
            print(f"{svg}: not well-formed: {e}")
            ok = False
    with open(os.path.join(d, "report.html"), encoding="utf-8") as f:
        page = f.read()
    p = Scan()
    p.feed(page)
    p.close()
    if p.tags.get("script", 0) != 1:
        print(f"report.html: {p.tags.get('script', 0)} <script> elements (expected the one pinned script)")
        ok = False
    if not p.csp:
        print("report.html: no Content-Security-Policy with default-src 'none'")
        ok = False
    for b in p.bad:
        print(f"report.html: injected markup: {b}")
        ok = False
    text = "".join(p.text)
    for s in expect:
        if s not in text:
            print(f"report.html: text {s!r} not shown")
            ok = False
    print("report ok" if ok else "report has problems")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
