# crosscheck check: reconciliation end to end.
SUITE_check() {
  TEST "help goes to stdout and exits 0"
  run "$CROSSCHECK" check --help
  expect_status 0
  expect_stdout_has "Usage: crosscheck check"

  TEST "sample corpus: JSON with findings; summary on stdout when --json is given"
  run "$CROSSCHECK" check --json k.json "$SOURCE_DIR/claims/kaspersky"
  expect_status 0
  expect_json_valid k.json
  expect_stdout_has "5 documents"
  expect_stdout_has "0 contradictions"

  TEST "without --json the JSON is stdout and the summary stderr"
  run "$CROSSCHECK" check "$SOURCE_DIR/claims/kaspersky"
  expect_status 0
  expect_json_valid
  expect_stderr_has "5 documents"

  TEST "sample corpus against gold.json: every agreement, partial agreement and update; no false contradiction"
  run python3 "$SOURCE_DIR/tests/tools/gold_check.py" findings "$SOURCE_DIR/claims/kaspersky/gold.json" \
    "$SOURCE_DIR/claims/kaspersky" k.json
  expect_status 0
  expect_stdout_lacks "MISSING"
  expect_stdout_lacks "CONTRADICTION"

  TEST "Bell-based reports and Bloomberg-based quotes are one source each"
  python3 - k.json <<'PY' || fail "independent-source counts are wrong"
import json, sys
out = json.load(open(sys.argv[1], encoding="utf-8"))
claims = {c["id"]: c for c in out["claims"]}
def finding(pred):
    return [f for f in out["findings"] if pred([claims[c] for c in f["claims"]])]
bell = finding(lambda cs: all(c["value"].get("text") == "considering" for c in cs) and len(cs) >= 2)
assert bell and all(f["sources"]["independent"] == 1 for f in bell), bell
quotes = finding(lambda cs: all(c["attribute"] == "quote" for c in cs) and len(cs) >= 2)
assert quotes and all(f["sources"]["independent"] == 1 for f in quotes), quotes
for c in out["claims"]:
    assert c["source"].startswith("origin:"), c
PY

  for story in $(stories); do
    TEST "story written from scratch ($story): updates, wire copies, scope traps, the real contradiction"
    run "$CROSSCHECK" check --json "$story.json" "$SOURCE_DIR/tests/stories/$story"
    # exit 1 when the story holds a contradiction crosscheck finds, else 0
    if python3 -c 'import json,sys; g=json.load(open(sys.argv[1])); sys.exit(0 if any(not r.get("missed") for r in g["contradictions"]) else 1)' \
        "$SOURCE_DIR/tests/stories/$story/gold.json"; then
      expect_status 1
    else
      expect_status 0
    fi
    run python3 "$SOURCE_DIR/tests/tools/gold_check.py" findings "$SOURCE_DIR/tests/stories/$story/gold.json" \
      "$SOURCE_DIR/tests/stories/$story" "$story.json"
    expect_status 0
  done

  TEST "all stories in one corpus: each story's contradictions, none across stories"
  python3 - "$SOURCE_DIR" all <<'PY' || fail "could not build the combined corpus"
import json, os, shutil, sys
src, out = sys.argv[1], sys.argv[2]
os.makedirs(out, exist_ok=True)
docs = []
roots = [(os.path.join(src, "tests/stories", n), n) for n in sorted(os.listdir(os.path.join(src, "tests/stories")))]
roots.append((os.path.join(src, "claims/kaspersky"), "kaspersky"))
for d, n in roots:
    for doc in json.load(open(os.path.join(d, "corpus.json"), encoding="utf-8"))["documents"]:
        name = n + "__" + doc["file"]
        shutil.copy(os.path.join(d, doc["file"]), os.path.join(out, name))
        docs.append(dict(doc, file=name))
json.dump({"story": "all", "documents": docs}, open(os.path.join(out, "corpus.json"), "w", encoding="utf-8"))
PY
  run "$CROSSCHECK" check --json all.json all
  expect_status 1
  python3 - all.json $(for story in $(stories); do echo "$story.json"; done) <<'PY' || fail "stories interfere"
import json, sys
out = json.load(open(sys.argv[1], encoding="utf-8"))
story_of = {d["id"]: d["file"].split("__")[0] for d in out["documents"]}
claims = {c["id"]: c for c in out["claims"]}
within = 0
for f in out["findings"]:
    if f["kind"] != "contradiction":
        continue
    stories = {story_of[claims[c]["document"]] for c in f["claims"]}
    assert len(stories) == 1, ("a contradiction across stories", f["explanation"])
    within += 1
alone = sum(sum(1 for f in json.load(open(p, encoding="utf-8"))["findings"] if f["kind"] == "contradiction")
            for p in sys.argv[2:])
assert within == alone, (within, alone)
PY

  TEST "wire copies carried by two outlets count as one source"
  python3 - storm.json <<'PY' || fail "the AP copies were counted twice"
import json, sys
out = json.load(open(sys.argv[1], encoding="utf-8"))
claims = {c["id"]: c for c in out["claims"]}
tolls = [f for f in out["findings"] if f["kind"] == "agreement" and
         all(claims[c]["attribute"] == "deaths" and claims[c]["value"]["low"] == 17 for c in f["claims"])]
assert tolls and tolls[0]["sources"]["independent"] == 1, tolls
PY

  TEST "a wire story carried by a second outlet is still one source; look-alike plant counts are not compared"
  python3 - deal.json <<'PY' || fail "the wire copy was counted as its own source"
import json, sys
out = json.load(open(sys.argv[1], encoding="utf-8"))
claims = {c["id"]: c for c in out["claims"]}
price = [f for f in out["findings"] if f["kind"] == "contradiction" and
         all(claims[c]["value"]["type"] == "money" for c in f["claims"])]
assert len(price) == 1, price
# The Ledger, Newswire and Market Post say $2.1 billion; Market Post carries
# Newswire's story, so that side is three reports but two sources.
sides = sorted(price[0]["sides"], key=len, reverse=True)
assert len(sides[0]) == 3 and len(sides[1]) == 1, sides
assert price[0]["sources"]["sides"] == [2, 1] and price[0]["sources"]["independent"] == 3, price[0]["sources"]
# the plant counts for three countries and for Norway alone are not compared
plants = [f for f in out["findings"] if f["kind"] != "scope_differs" and
          any(claims[c]["value"].get("unit") == "plants" and claims[c]["value"]["low"] == 12 for c in f["claims"])]
assert not plants, plants
PY

  TEST "all stories in one corpus: exactly their planted contradictions, nothing across stories"
  python3 - "$SOURCE_DIR" mixed <<'PY' || fail "cannot build the mixed corpus"
import json, os, shutil, sys
src, out = sys.argv[1], sys.argv[2]
os.makedirs(out, exist_ok=True)
docs = []
for st in ["tests/stories/" + n for n in sorted(os.listdir(os.path.join(src, "tests/stories")))] + ["claims/kaspersky"]:
    name = os.path.basename(st)
    for d in json.load(open(os.path.join(src, st, "corpus.json"), encoding="utf-8"))["documents"]:
        d = dict(d)
        shutil.copy(os.path.join(src, st, d["file"]), os.path.join(out, name + "-" + d["file"]))
        d["file"] = name + "-" + d["file"]
        docs.append(d)
json.dump({"story": "mixed", "documents": docs}, open(os.path.join(out, "corpus.json"), "w", encoding="utf-8"))
PY
  run "$CROSSCHECK" check --json mixed.json mixed
  expect_status 1
  python3 - mixed.json "$SOURCE_DIR" <<'PY' || fail "contradictions across stories, or planted ones missing"
import json, os, sys
out = json.load(open(sys.argv[1], encoding="utf-8"))
docs = {d["id"]: d["file"].split("-")[0] for d in out["documents"]}
claims = {c["id"]: c for c in out["claims"]}
expected = 0
for st in sorted(os.listdir(os.path.join(sys.argv[2], "tests/stories"))):
    gold = json.load(open(os.path.join(sys.argv[2], "tests/stories", st, "gold.json"), encoding="utf-8"))
    # (pairs that share a claim are one finding: "287 votes" in two
    # reports against "278 votes" in a third)
    parent = {}
    def root(x):
        while parent.setdefault(x, x) != x:
            x = parent[x]
        return x
    for r in gold["contradictions"]:
        if not r.get("missed"):
            parent[root(r["claims"][0])] = root(r["claims"][1])
    expected += len({root(x) for x in list(parent)})
found = [f for f in out["findings"] if f["kind"] == "contradiction"]
for f in found:
    stories = {docs[claims[c]["document"]] for c in f["claims"]}
    assert len(stories) == 1, (stories, f["explanation"])
assert len(found) == expected, ([f["explanation"] for f in found], expected)
PY

  TEST "no false alarms on 256 real newswire articles (TimeBank and AQUAINT) from many days and outlets"
  python3 "$SOURCE_DIR/tests/tools/timeml_corpus.py" "$SOURCE_DIR/bench/timebank/TimeBank" \
    "$SOURCE_DIR/bench/timebank/AQUAINT" timeml >/dev/null || fail "cannot build the corpus"
  run "$CROSSCHECK" check --json timeml.json timeml
  expect_status 0
  python3 - timeml.json <<'PY' || fail "contradictions flagged between unrelated or repeated reports"
import json, sys
out = json.load(open(sys.argv[1], encoding="utf-8"))
assert len(out["documents"]) == 256 and len(out["claims"]) > 3000, (len(out["documents"]), len(out["claims"]))
bad = [f["explanation"] for f in out["findings"] if f["kind"] == "contradiction"]
assert not bad, bad[:5]
assert sum(f["kind"] == "agreement" for f in out["findings"]) > 50  # the repeated stories still agree
PY

  plant() {  # CORPUS FILE OLD NEW
    local name=$1 file=$2 old=$3 new=$4
    TEST "planted contradiction in a copy ($name: '$old' -> '$new')"
    python3 "$SOURCE_DIR/tests/tools/plant.py" make "$SOURCE_DIR/$name" planted "$file" "$old" "$new" ||
      fail "cannot plant"
    run "$CROSSCHECK" check --json planted.json planted
    expect_status 1
    run python3 "$SOURCE_DIR/tests/tools/plant.py" verify planted planted.json "$file" "$new" "base-$(basename "$name").json"
    expect_status 0
  }
  "$CROSSCHECK" check --json base-kaspersky.json "$SOURCE_DIR/claims/kaspersky" >/dev/null
  for s in $(stories); do "$CROSSCHECK" check --json "base-$s.json" "$SOURCE_DIR/tests/stories/$s" >/dev/null; done
  plant claims/kaspersky 2017-09-12-moscow-times.txt "employs 10 people" "employs 14 people"
  plant claims/kaspersky 2017-09-12-moscow-times.txt "Defense in 2014" "Defense in 2012"
  plant claims/kaspersky 2024-07-15-cybernews.txt "headquarters in Massachusetts" "headquarters in Ohio"
  plant claims/kaspersky 2017-12-gizmodo.txt "Chicago, Los Angeles, and Toronto" "Chicago, Los Angeles, and Boston"
  plant claims/kaspersky 2024-07-15-cybernews.txt "about 300 North American" "about 500 North American"
  plant claims/kaspersky 2017-09-13-fortune.txt "asked 22 government" "asked 28 government"
  plant claims/kaspersky 2024-07-15-cybernews.txt "until September 29th" "until September 22nd"
  plant claims/kaspersky 2024-07-15-cybernews.txt "ruling on June 20th" "ruling on June 24th"
  plant tests/stories/storm 2023-08-29-coastal-herald.txt "winds of 120 mph" "winds of 150 mph"
  plant tests/stories/storm 2023-09-01-metro-wire.txt "risen to 23" "risen to 29"
  plant tests/stories/plant 2024-02-06-ledger.txt "about 90,000 vehicles" "about 60,000 vehicles"
  plant tests/stories/breach 2024-05-10-tech-review.txt "11 million customers in total" "14 million customers in total"
  plant tests/stories/breach 2024-07-02-capital-report.txt 'fine of $12 million' 'fine of $19 million'
}
