#!/usr/bin/env python3
"""Turns bench/run's key=value lines into the tables of docs/performance.md.

    tables.py RESULTS DOC

Replaces the text between <!-- bench:start --> and <!-- bench:end --> (one
row per benchmark) and between <!-- scale:start --> and <!-- scale:end -->
(how the cost grows with the input).
"""
import datetime
import platform
import sys


def parse(path):
    rows = []
    for line in open(path, encoding="utf-8"):
        if line.startswith("bench="):
            rows.append(dict(kv.split("=", 1) for kv in line.split()))
    return rows


def mb(b):
    return float(b) / 1048576


def figures(rows):
    out = ["| benchmark | input | result | peak memory |", "| --- | --- | --- | --- |"]
    for r in rows:
        kind = r["bench"]
        if kind == "values":
            what = ("real articles only (repeated)" if r.get("text") == "real"
                    else "news text (half synthetic, number-dense)")
            out.append(f"| values | {mb(r['bytes']):.0f} MB of {what}, {int(r['mentions']):,} mentions "
                       f"| {float(r['mb_per_s']):.1f} MB/s | {r['peak_rss_mb']} MB |")
        elif kind == "extract":
            out.append(f"| extract | {int(r['documents']):,} articles, {mb(r['bytes']):.0f} MB, {int(r['claims']):,} claims "
                       f"| {float(r['mb_per_s']):.2f} MB/s, {r['docs_per_s']} documents/s | {r['peak_rss_mb']} MB |")
        elif kind == "check":
            out.append(f"| check (start-up, extract, reconcile, JSON) | {int(r['documents']):,} documents, "
                       f"{mb(r['bytes']):.0f} MB | {float(r['mb_per_s']):.2f} MB/s, {r['docs_per_s']} documents/s "
                       f"| {r['peak_rss_mb']} MB |")
        elif kind == "ingest":
            out.append(f"| ingest | {int(r['documents']):,} articles, {int(r['claims']):,} claims "
                       f"| {int(float(r['claims_per_s'])):,} claims/s ({float(r['seconds']):.1f} s) | {r['peak_rss_mb']} MB |")
        elif kind == "reconcile":
            out.append(f"| reconcile | {int(r['claims']):,} claims | {float(r['seconds']):.2f} s, "
                       f"{int(r['findings']):,} findings | {r['peak_rss_mb']} MB |")
        elif kind == "report":
            out.append(f"| report | {r['documents']} articles, {int(r['claims']):,} claims, {r['findings']} findings "
                       f"| overview {float(r['overview_seconds']):.2f} s, every file {float(r['all_files_seconds']):.2f} s "
                       f"| {r['peak_rss_mb']} MB |")
    out.append("")
    out.append(f"Measured {datetime.date.today().isoformat()} on {platform.machine()}, "
               f"{platform.system()} {platform.release()}, one core pinned.")
    return "\n".join(out)


def scale(rows):
    out = ["| stage | input | time | per unit | peak memory |", "| --- | --- | --- | --- | --- |"]
    base = {}
    for r in rows:
        if r["bench"] == "check":
            n = int(r["documents"])
            s = float(r["seconds"])
            per = s / n * 1000
            base.setdefault("check", per)
            out.append(f"| check | {n:,} documents | {s:.1f} s | {per:.1f} ms per document "
                       f"({per / base['check']:.2f}× the smallest) | {r['peak_rss_mb']} MB |")
    for r in rows:
        if r["bench"] == "reconcile":
            n = int(r["claims"])
            s = float(r["seconds"])
            per = s / n * 1e6
            base.setdefault("reconcile", per)
            out.append(f"| reconcile | {n:,} claims | {s:.2f} s | {per:.1f} µs per claim "
                       f"({per / base['reconcile']:.2f}× the smallest) | {r['peak_rss_mb']} MB |")
    return "\n".join(out)


def replace(text, name, body):
    a, b = f"<!-- {name}:start -->", f"<!-- {name}:end -->"
    if a not in text or b not in text:
        return text
    return text[: text.index(a) + len(a)] + "\n" + body + "\n" + text[text.index(b):]


def main():
    rows = parse(sys.argv[1])
    doc = sys.argv[2]
    text = open(doc, encoding="utf-8").read()
    text = replace(text, "bench", figures(rows))
    text = replace(text, "scale", scale(rows))
    open(doc, "w", encoding="utf-8").write(text)
    print(f"tables written to {doc}")


if __name__ == "__main__":
    main()
