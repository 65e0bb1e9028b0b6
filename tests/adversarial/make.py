#!/usr/bin/env python3
"""Writes the adversarial inputs.

    make.py small DIR   the small inputs (committed under tests/adversarial/inputs/)
    make.py large DIR   the large ones (100 MB, a 50 MB line, ...), made at test time

Every input is written from scratch here so that the committed files can be
checked against this script, and so that nothing large lives in git. The
expected outcome of each input is in cases.tsv.
"""
import json
import os
import sys

# A short article written for these tests; every input below spoils it in one way.
ARTICLE = (
    "Harbor Metals to cut jobs at Ohio plant\n\n"
    "CLEVELAND (Daily Ledger) - Harbor Metals said on Tuesday it would cut about 300 jobs "
    "at its plant in Toledo, Ohio, by March 2025, according to the Daily Ledger.\n\n"
    "The company employs more than 1,200 people in the United States and had revenue of "
    "$4.5 billion last year. Its shares fell 7% after the announcement.\n\n"
    "The plant opened in 1998 and is 450 metres long.\n"
)


def article_with(middle: str) -> str:
    head, _, tail = ARTICLE.partition("The plant")
    return head + middle + "\n\nThe plant" + tail


def write(base, name, data):
    path = os.path.join(base, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    with open(path, "wb") as f:
        f.write(data)


def manifest(base, name, documents, raw=None, files=None):
    """A corpus directory NAME with a manifest and the article files it names."""
    for fname, text in (files or {"a.txt": ARTICLE}).items():
        write(base, os.path.join(name, fname), text)
    text = raw if raw is not None else json.dumps({"story": name, "documents": documents}, indent=1)
    write(base, os.path.join(name, "corpus.json"), text)


def small(base):
    a = ARTICLE
    write(base, "empty.txt", b"")
    write(base, "blank.txt", " \n\t\n\r\n   \n" * 50)
    write(base, "bom.txt", b"\xef\xbb\xbf" + a.encode())
    write(base, "utf16le.txt", b"\xff\xfe" + a.encode("utf-16-le"))
    write(base, "utf16be.txt", b"\xfe\xff" + a.encode("utf-16-be"))
    write(base, "utf16le-nobom.txt", a.encode("utf-16-le"))
    write(base, "crlf.txt", a.replace("\n", "\r\n"))
    write(base, "cr-only.txt", a.replace("\n", "\r"))
    # An ELF header followed by code-like bytes, and plain noise.
    write(base, "elf.txt", b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)) * 64)
    write(base, "noise.txt", bytes((i * 7919 + 13) % 256 for i in range(65536)))
    write(base, "nul-sprinkled.txt", a.replace("about", "ab\x00out").replace(". ", ".\x00 "))
    write(base, "nul-only.txt", b"\x00" * 4096)
    # Overlong "/" (C0 AF, E0 80 AF), a UTF-16 surrogate (ED A0 80), code point
    # above U+10FFFF (F4 90 80 80), and 5/6-byte forms, inside the article.
    bad = b"\xc0\xaf \xe0\x80\xaf \xed\xa0\x80 \xed\xbf\xbf \xf4\x90\x80\x80 \xf8\x88\x80\x80\x80 \xfc\x84\x80\x80\x80\x80"
    write(base, "overlong-surrogates.txt", a.encode().replace(b"about 300", b"about \xc0\xb3\xc0\xb0\xc0\xb0 300 " + bad))
    write(base, "truncated-utf8.txt", a.encode() + b"The fine was \xe2\x82")
    write(base, "lone-continuation.txt", a.encode().replace(b" jobs", b" \x80\x80\xbf jobs"))
    write(base, "latin1.txt", a.replace("Harbor", "Harbør").replace("$4.5", "£4.5").encode("latin-1"))
    write(base, "digits-100k.txt", article_with("Its debt was $" + "9" * 100000 + " and it had " + "1" * 100000 + " staff."))
    write(base, "grouped-digits.txt", article_with("It counted " + "1" + ",000" * 30000 + " rivets."))
    write(base, "exponents.txt", article_with(
        "It valued the site at 1e309 dollars, or $1.8e308bn, or 10^400 euros, or 0.000000000000000000000000000001%."))
    write(base, "parens-10k.txt", article_with("(" * 10000 + "it had 40 staff" + ")" * 10000))
    write(base, "quotes-10k.txt", article_with('"' * 10000 + "it had 40 staff" + '"' * 10000))
    write(base, "curly-quotes-10k.txt", article_with("\u201c" * 10000 + "it had 40 staff" + "\u201d" * 10000))
    write(base, "brackets-unbalanced.txt", article_with("[[[{{{((( it had 40 staff" + ")]}" * 5000))
    write(base, "emoji.txt", article_with(
        "\U0001F525 The plant \U0001F3ED employed 250 \U0001F468\u200D\U0001F469\u200D\U0001F467 workers "
        "\U0001F1FA\U0001F1F8, up 5% \U0001F4C8\uFE0F in 2023 \u2014 a \U0001F4AF record."))
    write(base, "rtl.txt", article_with(
        "\u0642\u0627\u0644\u062a \u0627\u0644\u0634\u0631\u0643\u0629 \u0625\u0646 300 \u0639\u0627\u0645\u0644. "
        "\u05d4\u05d7\u05d1\u05e8\u05d4 \u05d0\u05de\u05e8\u05d4 450. "
        "The union said \u202eno 500 jobs\u202c were at risk \u2067in 2024\u2069."))
    write(base, "zero-width.txt", article_with(
        "It had 1\u200b000 staff, \u20604,500\u2060 contractors and \ufeff$2\u200dmillion in \u00adfines."))
    write(base, "ansi-escapes.txt", article_with(
        "\x1b[31mThe firm\x1b[0m said 2,000 workers \x1b]0;pwned\x07were affected\x1b[2J in 2024.\x08\x08\x08"))
    write(base, "control-chars.txt", article_with(
        "It said\x01 200\x02 staff\x0b were\x0c laid off\x1f in 2024.\x7f"))
    write(base, "metachars.txt", article_with(
        "<script>alert(1)</script> \"Robert'); DROP TABLE claims;--\" said 42 people "
        "digraph{a->b} [label=\"x\"] |{<f0>}| \\\\\" &amp; &lt;b&gt; ${HOME} $(id) %s%n were hurt in 2024."))
    write(base, "long-sentence.txt", "The firm said " + "that the plant had 300 staff and " * 20000 + "closed.\n")
    write(base, "no-spaces.txt", article_with("x" * 150000))
    write(base, "many-lines.txt", "\n" * 200000 + a)
    write(base, "numbers-dense.txt", " ".join(str(i) for i in range(30000)) + "\n")
    write(base, "dates-dense.txt", article_with(" ".join("on March %d, 2024" % (i % 28 + 1) for i in range(2000))))

    # HTML
    write(base, "html-nested-100k.html", "<html><body>" + "<div>" * 100000 + "<p>It had 300 staff.</p>" + "</div>" * 100000)
    write(base, "html-unclosed-b.html", "<html><body><p>" + "<b>" * 100000 + "It had 300 staff.</p>")
    write(base, "html-huge-attribute.html",
          '<html><body><p title="' + "a" * 150000 + '">Harbor Metals said it would cut about 300 jobs in 2025.</p></body></html>')
    write(base, "html-script-only.html",
          "<html><head><script>var jobs = 300; document.write('cut 300 jobs in 2025')</script>"
          "<style>p{content:'300 jobs'}</style></head><body></body></html>")
    write(base, "html-entities.html",
          "<html><body><p>Harbor Metals said &#0; it would cut &#xD800; about &#x110000; 300 &bogus; jobs &amp&lt in "
          "2025 &#99999999999;.</p></body></html>")
    write(base, "html-truncated.html", "<html><body><p>Harbor Metals said it would cut about 300 jobs in 2025.</p><p>It had <a href=")
    write(base, "html-metachars.html",
          "<html><head><title>\"><script>alert(1)</script></title>"
          "<link rel=\"canonical\" href=\"javascript:alert(1)\"></head><body><p>Harbor Metals said "
          "&lt;script&gt;alert(2)&lt;/script&gt; about 300 jobs would go in 2025.</p></body></html>")

    # Manifests (each a corpus directory)
    manifest(base, "manifest-deep", None, raw='{"documents": ' + "[" * 100000 + "]" * 100000 + "}")
    manifest(base, "manifest-deep-object", None, raw='{"documents": [{"file": "a.txt", "x": ' + '{"a":' * 100000 + "1" + "}" * 100000 + "}]}")
    manifest(base, "manifest-escape", [{"file": "../../etc/passwd", "outlet": "X"}])
    manifest(base, "manifest-absolute", [{"file": "/etc/passwd", "outlet": "X"}])
    manifest(base, "manifest-missing-file", [{"file": "nowhere.txt"}])
    manifest(base, "manifest-file-number", None, raw='{"documents": [\n  {"file": 5}\n]}\n')
    manifest(base, "manifest-truncated", None, raw='{"documents": [\n  {"file": "a.txt",\n')
    manifest(base, "manifest-not-object", None, raw='["a.txt"]\n')
    manifest(base, "manifest-empty", None, raw="")
    manifest(base, "manifest-binary", None, raw=b"\x00\x01\x02\xff\xfe" * 100)
    manifest(base, "manifest-bom", None, raw="\ufeff" + json.dumps({"documents": [{"file": "a.txt", "published": "2024-06-04"}]}))
    manifest(base, "manifest-bad-dates", [{"file": "a.txt", "published": "2024-13-45"},
                                          {"file": "b.txt", "published": "yesterday"}],
             files={"a.txt": a, "b.txt": a.replace("Harbor", "Harbour")})
    manifest(base, "manifest-duplicate", [{"file": "a.txt", "outlet": "One"}, {"file": "a.txt", "outlet": "Two"}])
    hostile = "<script>alert(1)</script>\"'`;--{}|\\<>&amp;\u202e\x1b[31m DROP TABLE documents; digraph{a->b}"
    manifest(base, "manifest-metachars",
             [{"file": "a.txt", "outlet": "Ledger " + hostile, "published": "2024-06-04",
               "url": "javascript:alert('x')", "title": hostile, "author": hostile},
              {"file": "b.txt", "outlet": "Courier " + hostile, "published": "2024-06-05",
               "url": "https://example.org/a?b=\"<x>&c='y'", "title": hostile}],
             files={"a.txt": a, "b.txt": a.replace("opened in 1998", "opened in 1989")})

    # JSON Lines
    doc = {"id": "d1", "text": a, "outlet": "Ledger", "published": "2024-06-04"}
    write(base, "jsonl-bad-line.jsonl", json.dumps(doc) + "\n" + json.dumps(dict(doc, id="d2")) + "\n{\"id\": \"d3\", \"text\": \n")
    write(base, "jsonl-text-number.jsonl", json.dumps(dict(doc, text=5)) + "\n")
    write(base, "jsonl-deep.jsonl", '{"id": "d", "text": "x", "extra": ' + "[" * 100000 + "]" * 100000 + "}\n")
    write(base, "jsonl-blank-lines.jsonl", "\n\n" + json.dumps(doc) + "\n\n   \n" + json.dumps(dict(doc, id="d2")) + "\n")
    write(base, "jsonl-nul-escape.jsonl", json.dumps(dict(doc, text=a.replace("about", "ab\u0000out"))) + "\n")
    write(base, "jsonl-lone-surrogate.jsonl", json.dumps(dict(doc, text=a.replace("about", "ab\ud800out"))) + "\n")

    # Grammar directories: a copy of the real grammars is made at test time and
    # one of these files replaces its namesake.
    write(base, "grammar-unclosed.rules",
          "rule broken_rule\n  match {subject:entity ...2 @status.considering\n  attribute \"status.x\"\nend\n")
    write(base, "grammar-lexicon.txt", "# a verb class\nverb.close: close, shut\nverb open: open, launch\n")
    write(base, "grammar-binary.rules", b"\x7fELF\x00\x00" + bytes(range(256)))

    # Databases
    write(base, "db-not-a-db.db", "This is not a database, and must not be changed.\n" * 20)
    write(base, "db-empty-file.db", b"")


def large(base):
    a = ARTICLE.encode()
    with open(os.path.join(base, "big-100mb.txt"), "wb") as f:
        for _ in range(100 * 1024 * 1024 // len(a) + 1):
            f.write(a)
    with open(os.path.join(base, "line-50mb.txt"), "wb") as f:
        chunk = b"The firm had 300 staff and " * 4000
        for _ in range(50 * 1024 * 1024 // len(chunk) + 1):
            f.write(chunk)
        f.write(b"\n")
    write(base, "word-1mb.txt", article_with("a" * (1 << 20)))
    write(base, "article-3mb.txt", ARTICLE * (3 * 1024 * 1024 // len(ARTICLE)))
    # 3.9 MB of prose on one line with 19,000 numbers: the worst an article
    # under the limits can be.
    unit = "The firm said it had cut 300 jobs at the plant, which opened in March, and more staff may go soon. "
    numbers = 19000
    filler = "The union said the plant in the valley had been the largest employer in the region for years. "
    n_filler = (3900 * 1024 - numbers * len(unit)) // len(filler)
    write(base, "line-worst-case.txt", (unit * numbers + filler * n_filler) + "\n")
    # 2 MB of prose with few numbers: a long text that is read, not refused.
    write(base, "prose-2mb.txt", (filler * 40 + ARTICLE) * (2 * 1024 * 1024 // (len(filler) * 40 + len(ARTICLE))))


if __name__ == "__main__":
    if len(sys.argv) != 3 or sys.argv[1] not in ("small", "large"):
        sys.exit("usage: make.py small|large DIR")
    os.makedirs(sys.argv[2], exist_ok=True)
    (small if sys.argv[1] == "small" else large)(sys.argv[2])
