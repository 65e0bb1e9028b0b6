#!/usr/bin/env python3
"""Checks crosscheck's output against a hand-made gold.json.

Usage: gold_check.py claims GOLD CORPUS_DIR OUTPUT_JSON [--min-recall R]
       gold_check.py findings GOLD CORPUS_DIR OUTPUT_JSON

claims:   every gold claim is recalled when some reported claim's span
          overlaps the gold quote's bytes and its typed value matches the
          gold value (rules below). Prints each miss; fails below R.
findings: every gold agreement, partial agreement, update and
          contradiction is found (a finding of that kind, or agreement for a
          partial one, holds claims overlapping both quotes), except those
          marked "missed": true, which are reported as known misses; no
          other gold relation is reported as a contradiction.

Value rules: dates match their TIMEX3 value; sets match their member names
(case-insensitive); numbers match the gold bound ("< 50" = exclusive upper
bound 50, "at most 50" = inclusive upper bound 50, "about 300" = an
approximate interval holding 300, "just under
20" = an interval ending at 20, "10" = the point 10); statuses match their
stage (considering, or any stage from planned on for "closing",
"stopping"); text matches when most of the gold's content words appear.
Exit 0 when every check passes, 1 otherwise, 2 on bad input.
"""
import json
import os
import re
import sys


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def quote_span(corpus, doc, quote):
    with open(os.path.join(corpus, doc), "rb") as f:
        data = f.read()
    q = quote.encode("utf-8")
    i = data.find(q)
    if i < 0:
        raise SystemExit(f"{doc}: gold quote not found: {quote!r}")
    return i, i + len(q)


def words(s):
    s = s.lower().replace("u.s.", "us").replace("’", "'")
    out = set()
    for w in re.findall(r"[a-z0-9]+", s):
        if w in {"the", "a", "an", "of", "to", "for", "in", "on", "and", "its", "our", "be", "been", "have", "has"}:
            continue
        for suf in ("ies", "es", "s", "ing", "ed"):
            if len(w) > 4 and w.endswith(suf):
                w = w[: -len(suf)]
                break
        out.add(w[:5])
    return out


STAGES_LATE = {"planned", "announced", "in progress", "done", "stopping"}


def close(a, b):
    return a is not None and abs(a - b) <= 1e-9 * max(1.0, abs(b))


def value_matches(gold, v):
    g = gold.strip()
    t = v.get("type")
    # sets: "{Chicago, Los Angeles, Toronto} (3) in 2018"
    m = re.match(r"\{([^}]*)\}", g)
    if m:
        names = {x.strip().lower() for x in m.group(1).split(",")}
        return t == "set" and {x.lower() for x in v.get("names", [])} == names
    # dates
    if re.fullmatch(r"\d{4}(-\d{2})?(-\d{2})?", g) and (t == "date" or "-" in g):
        return t == "date" and (v.get("timex") == g or (v.get("start", "") or "").startswith(g) and
                                (v.get("end", "") or "").startswith(g))
    # statuses
    if g in ("considering closure", "considering"):
        return t == "status" and v.get("text") == "considering"
    if g in ("closing", "stopping", "closed"):
        return t == "status" and v.get("text") in STAGES_LATE
    # numbers
    num = re.search(r"(\d+(?:\.\d+)?)", g)
    if num and t in ("quantity", "money", "percent", "duration", "ordinal"):
        n = float(num.group(1))
        lo, hi = v.get("low"), v.get("high")
        if g.startswith("between"):
            m2 = re.findall(r"\d+(?:\.\d+)?", g)
            return close(lo, float(m2[0])) and close(hi, float(m2[1]))
        if g.startswith("at least"):
            return close(lo, n) and hi is None and v.get("low_inclusive")
        if g.startswith("more than"):
            return close(lo, n) and hi is None and not v.get("low_inclusive")
        if g.startswith("at most"):
            return lo is None and close(hi, n) and v.get("high_inclusive")
        if g.startswith("<"):
            return lo is None and close(hi, n) and not v.get("high_inclusive")
        if g.startswith("about"):
            return v.get("approximate") and lo is not None and hi is not None and lo <= n <= hi
        if g.startswith("just under"):
            return hi is not None and abs(hi - n) < 0.05 * max(1, n) and (lo is None or lo < n)
        return close(lo, n) and close(hi, n)
    # text and places
    shown = " ".join(str(v.get(k, "")) for k in ("text", "display", "key"))
    gw = words(g)
    if not gw:
        return False
    return len(gw & words(shown)) * 3 >= len(gw) * 2


def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def claim_index(out):
    docs = {d["id"]: d["file"] for d in out["documents"]}
    by_doc = {}
    for c in out["claims"]:
        by_doc.setdefault(docs[c["document"]], []).append(c)
    return by_doc


def check_claims(gold, corpus, out, min_recall):
    by_doc = claim_index(out)
    hits = 0
    for g in gold["claims"]:
        span = quote_span(corpus, g["doc"], g["quote"])
        ok = any(overlaps(span, c["span"]) and value_matches(g["value"], c["value"]) for c in by_doc.get(g["doc"], []))
        hits += ok
        if not ok:
            near = [f'{c["attribute"]}={c["value"].get("display")}' for c in by_doc.get(g["doc"], []) if overlaps(span, c["span"])]
            print(f'MISS {g["id"]}: {g["value"]!r} in {g["quote"][:60]!r}; overlapping: {near}')
    recall = hits / len(gold["claims"])
    print(f"claims recalled: {hits}/{len(gold['claims'])} = {recall:.3f} (minimum {min_recall})")
    return recall >= min_recall


def check_findings(gold, corpus, out):
    by_doc = claim_index(out)
    claims = {c["id"]: c for c in out["claims"]}
    docs = {d["id"]: d["file"] for d in out["documents"]}
    spans = {g["id"]: (g["doc"], quote_span(corpus, g["doc"], g["quote"])) for g in gold["claims"]}

    def holds_in(ids, gid):
        doc, span = spans[gid]
        return any(docs[claims[c]["document"]] == doc and overlaps(span, claims[c]["span"]) for c in ids if c in claims)

    def holds(f, gid):
        return holds_in(f["claims"], gid)

    def across(f, a, b):
        # a finding between two sides relates a and b only across them
        if f.get("sides"):
            l, r = f["sides"]
            return (holds_in(l, a) and holds_in(r, b)) or (holds_in(l, b) and holds_in(r, a))
        return holds(f, a) and holds(f, b)

    ok = True
    # A relation marked "missed" is one crosscheck is known not to find yet:
    # it is reported, but does not fail the check.
    def verdict(found, r):
        if found:
            return "FOUND", True
        return ("KNOWN MISS", True) if r.get("missed") else ("MISSING", False)
    wanted = {"agreements": {"agreement"}, "partial_agreements": {"partial_agreement", "agreement"}, "updates": {"update"}}
    for rel, kinds in wanted.items():
        for r in gold.get(rel, []):
            a, b = r["claims"]
            found = any(f["kind"] in kinds and across(f, a, b) for f in out.get("findings", []))
            word, good = verdict(found, r)
            print(f'{word} {rel[:-1]}: {a} ~ {b}')
            ok = ok and good
    for r in gold.get("contradictions", []):
        a, b = r["claims"]
        found = any(f["kind"] == "contradiction" and across(f, a, b) for f in out.get("findings", []))
        word, good = verdict(found, r)
        print(f'{word} contradiction: {a} ~ {b}')
        ok = ok and good
    gold_pairs = [r["claims"] for rel in ("agreements", "partial_agreements", "updates", "not_contradictions",
                                          "contradictions") for r in gold.get(rel, [])]
    expected = [r["claims"] for r in gold.get("contradictions", [])]
    for f in out.get("findings", []):
        if f["kind"] != "contradiction":
            continue
        if not any(across(f, a, b) for a, b in expected):
            print(f'UNEXPECTED CONTRADICTION: {f["explanation"]}')
            ok = False
    for rel in ("agreements", "partial_agreements", "updates", "not_contradictions"):
        for r in gold.get(rel, []):
            a, b = r["claims"]
            bad = [f for f in out.get("findings", []) if f["kind"] == "contradiction" and across(f, a, b)]
            if bad:
                print(f'FALSE CONTRADICTION ({rel}): {a} ~ {b}: {bad[0]["explanation"]}')
                ok = False
    return ok


def main():
    if len(sys.argv) < 5 or sys.argv[1] not in ("claims", "findings"):
        sys.stderr.write(__doc__)
        return 2
    gold, corpus, out = load(sys.argv[2]), sys.argv[3], load(sys.argv[4])
    if sys.argv[1] == "claims":
        r = 0.95
        if "--min-recall" in sys.argv:
            r = float(sys.argv[sys.argv.index("--min-recall") + 1])
        return 0 if check_claims(gold, corpus, out, r) else 1
    return 0 if check_findings(gold, corpus, out) else 1


if __name__ == "__main__":
    sys.exit(main())
