#!/usr/bin/env python3
"""Plants a contradiction: copies one article of a corpus under another
outlet's name with a single change, then checks crosscheck's findings.

Usage: plant.py make CORPUS_DIR OUT_DIR FILE OLD NEW
           copy CORPUS_DIR to OUT_DIR and add FILE's copy ("planted-FILE")
           in which the first OLD becomes NEW
       plant.py verify OUT_DIR FINDINGS_JSON FILE NEW [BASELINE_JSON]
           exit 0 when a contradiction holds the planted words and a claim
           of the original, and no other contradiction appears (beyond
           those in BASELINE_JSON)
"""
import json
import os
import shutil
import sys


def make(corpus, out, name, old, new):
    if os.path.exists(out):
        shutil.rmtree(out)
    shutil.copytree(corpus, out)
    with open(os.path.join(corpus, name), encoding="utf-8") as f:
        text = f.read()
    if old not in text:
        raise SystemExit(f"{name}: {old!r} not found")
    with open(os.path.join(out, "planted-" + name), "w", encoding="utf-8") as f:
        f.write(text.replace(old, new, 1))
    with open(os.path.join(corpus, "corpus.json"), encoding="utf-8") as f:
        manifest = json.load(f)
    entry = dict(next(d for d in manifest["documents"] if d["file"] == name))
    entry["file"] = "planted-" + name
    entry["outlet"] = "Planted Copy"
    entry.pop("url", None)
    manifest["documents"].append(entry)
    with open(os.path.join(out, "corpus.json"), "w", encoding="utf-8") as f:
        json.dump(manifest, f)
    # gold.json is not part of a corpus
    if os.path.exists(os.path.join(out, "gold.json")):
        os.remove(os.path.join(out, "gold.json"))


def contradiction_keys(out):
    docs = {d["id"]: d["file"] for d in out["documents"]}
    claims = {c["id"]: c for c in out["claims"]}
    keys = set()
    for f in out["findings"]:
        if f["kind"] == "contradiction":
            keys.add(tuple(sorted((docs[claims[c]["document"]], claims[c]["text"]) for c in f["claims"])))
    return keys


def verify(out_dir, findings_path, name, new, baseline_path=None):
    out = json.load(open(findings_path, encoding="utf-8"))
    docs = {d["id"]: d["file"] for d in out["documents"]}
    claims = {c["id"]: c for c in out["claims"]}
    data = open(os.path.join(out_dir, "planted-" + name), "rb").read()
    at = data.find(new.encode("utf-8"))
    span = (at, at + len(new.encode("utf-8")))
    found = False
    for f in out["findings"]:
        if f["kind"] != "contradiction":
            continue
        ids = f["claims"]
        planted = [claims[c] for c in ids if docs[claims[c]["document"]] == "planted-" + name and
                   claims[c]["span"][0] < span[1] and span[0] < claims[c]["span"][1]]
        original = [claims[c] for c in ids if docs[claims[c]["document"]] == name]
        if planted and original:
            found = True
            print(f"FOUND planted contradiction: {f['explanation']}")
    baseline = set()
    if baseline_path:
        baseline = contradiction_keys(json.load(open(baseline_path, encoding="utf-8")))
    extra = 0
    for f in out["findings"]:
        if f["kind"] != "contradiction":
            continue
        ids = f["claims"]
        touches_plant = any(docs[claims[c]["document"]] == "planted-" + name and
                            claims[c]["span"][0] < span[1] and span[0] < claims[c]["span"][1] for c in ids)
        # the same finding as before, grown by the copy's claims
        key = tuple(sorted((docs[claims[c]["document"]], claims[c]["text"]) for c in ids
                           if not docs[claims[c]["document"]].startswith("planted-")))
        if not touches_plant and key not in baseline:
            print(f"UNEXPECTED contradiction: {f['explanation']}")
            extra += 1
    if not found:
        print(f"MISSING planted contradiction for {new!r} in {name}")
    return 0 if found and extra == 0 else 1


def main():
    if len(sys.argv) >= 7 and sys.argv[1] == "make":
        make(*sys.argv[2:7])
        return 0
    if len(sys.argv) >= 6 and sys.argv[1] == "verify":
        return verify(*sys.argv[2:7])
    sys.stderr.write(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main())
