# crosscheck extract: end-to-end on real files, good and bad.
SUITE_extract() {
  TEST "help goes to stdout and exits 0"
  run "$CROSSCHECK" extract --help
  expect_status 0
  expect_stdout_has "Usage: crosscheck extract"
  expect_stderr_empty

  TEST "no input is a usage error"
  run "$CROSSCHECK" extract
  expect_status 2
  expect_stderr_lines 1

  TEST "sample corpus: valid JSON, documents, claims whose text is their bytes"
  run "$CROSSCHECK" extract --json out.json "$SOURCE_DIR/claims/kaspersky"
  expect_status 0
  expect_stdout_empty
  expect_json_valid out.json
  python3 - "$SOURCE_DIR/claims/kaspersky" out.json <<'PY' || fail "spans do not match the file bytes"
import json, os, sys
corpus, out = sys.argv[1], json.load(open(sys.argv[2], encoding="utf-8"))
files = {d["id"]: d["file"] for d in out["documents"]}
assert len(files) == 5, files
assert all(d["published_source"] == "manifest" for d in out["documents"])
assert len(out["claims"]) >= 37
for c in out["claims"]:
    data = open(os.path.join(corpus, files[c["document"]]), "rb").read()
    s, e = c["span"]
    assert data[s:e].decode("utf-8") == c["text"], (c["text"], data[s:e])
    ss, se = c["sentence"]
    assert ss <= s and e <= se, c
    for k in ("subject", "attribute", "value", "time", "scope", "certainty", "attribution", "rule"):
        assert k in c, k
PY

  TEST "sample corpus: at least 95% of gold.json's claims are recalled with the right value"
  run python3 "$SOURCE_DIR/tests/tools/gold_check.py" claims "$SOURCE_DIR/claims/kaspersky/gold.json" \
    "$SOURCE_DIR/claims/kaspersky" out.json
  expect_status 0
  expect_stdout_has "claims recalled"

  for story in $(stories); do
    TEST "story written from scratch ($story): gold claims recalled"
    run "$CROSSCHECK" extract --json "$story.json" "$SOURCE_DIR/tests/stories/$story"
    expect_status 0
    run python3 "$SOURCE_DIR/tests/tools/gold_check.py" claims "$SOURCE_DIR/tests/stories/$story/gold.json" \
      "$SOURCE_DIR/tests/stories/$story" "$story.json"
    expect_status 0
  done

  TEST "specific values: fewer than 50 US employees, about 300 in 2017, next year is 2018"
  python3 - out.json <<'PY' || fail "expected values missing"
import json, sys
out = json.load(open(sys.argv[1], encoding="utf-8"))
by_text = {}
for c in out["claims"]:
    by_text.setdefault(c["text"], []).append(c)
c = by_text["less than 50"][0]
assert c["value"]["high"] == 50 and c["value"]["low"] is None and not c["value"]["high_inclusive"]
assert c["scope"]["place"] == "US", c["scope"]
c = by_text["about 300"][0]
assert c["value"]["approximate"] and c["time"]["timex"] == "2017" and c["time"]["source"] == "explicit"
assert c["scope"]["place"] == "region/north-america", c["scope"]
sets = [c for c in out["claims"] if c["value"]["type"] == "set" and "next year" in c["text"]]
assert sets and sets[0]["time"]["timex"] == "2018", sets
assert sorted(sets[0]["value"]["names"]) == ["Chicago", "Los Angeles", "Toronto"]
PY

  TEST "loose files: plain text, HTML through the parser, JSON Lines"
  cat >page.html <<'HTML'
<!doctype html><html><head><title>Plant to close</title>
<meta property="article:published_time" content="2024-02-06T08:00:00Z">
<link rel="canonical" href="https://example.com/2024/02/06/plant"></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a> 999 links</nav>
<article><h1>Plant to close</h1><p>Acme Corp said on Tuesday it will cut 1,200 jobs &amp; close its Dayton plant.</p>
<script>var x = "5,000 jobs";</script><p>ADVERTISEMENT</p></article><footer>© 2024 Example. All rights reserved.</footer></body></html>
HTML
  printf '{"id": "a1", "text": "Officials said 23 people were killed on Friday.", "outlet": "Wire", "published": "2023-09-01"}\n{"id": "a2", "text": "No numbers here.", "published": "2023-09-02"}\n' >feed.jsonl
  printf 'The council approved a budget of $4.5 million on Monday.\n' >note.txt
  run "$CROSSCHECK" extract page.html feed.jsonl note.txt
  expect_status 0
  expect_json_valid
  expect_stdout_has '"offsets":"extracted-text"'
  expect_stdout_has '"published":"2024-02-06"'
  expect_stdout_has '"published_source":"metadata"'
  expect_stdout_has '"offsets":"jsonl-text"'
  expect_stdout_has '"display":"1200 jobs"'
  expect_stdout_has '"display":"23 people"'
  expect_stdout_lacks '5,000'
  expect_stdout_lacks '999'

  TEST "publication date inferred from a dateline, a URL, or a lower bound from the text"
  mkdir -p infer
  printf 'Storm hits coast\n\nSeptember 12, 2017\n\nThe storm killed 4 people on Monday.\n' >infer/a.txt
  printf 'The plant opened in 1987 and closed in March 2019.\n' >infer/b.txt
  run "$CROSSCHECK" extract infer
  expect_status 0
  expect_stdout_has '"published":"2017-09-12","published_source":"dateline"'
  expect_stdout_has '"published":"2019-03-31","published_source":"text"'

  TEST "invalid UTF-8 and NUL bytes: valid JSON, offsets kept"
  printf 'Caf\xe9 owners said 40 staff\x00 were laid off in 2020.\n' >bad.txt
  run "$CROSSCHECK" extract bad.txt
  expect_status 0
  expect_json_valid
  expect_stdout_has '"span":[17,19],"subject"'

  TEST "empty file: a clean result with no claims"
  : >empty.txt
  run "$CROSSCHECK" extract empty.txt
  expect_status 0
  expect_stdout_has '"claims":[]'

  TEST "binary file: one-line error naming it"
  head -c 4096 /bin/ls >binary.txt
  run "$CROSSCHECK" extract binary.txt
  expect_status 2
  expect_stderr_has "binary.txt: binary data, not text"
  expect_stderr_lines 1
  expect_stdout_empty

  TEST "UTF-16 file: one-line error"
  printf '\xff\xfeH\x00i\x00\n\x00' >utf16.txt
  run "$CROSSCHECK" extract utf16.txt
  expect_status 2
  expect_stderr_has "utf16.txt: UTF-16 text is not supported"
  expect_stderr_lines 1

  TEST "missing file named by the manifest"
  mkdir -p miss
  echo '{"documents": [{"file": "gone.txt", "outlet": "X"}]}' >miss/corpus.json
  run "$CROSSCHECK" extract miss
  expect_status 2
  expect_stderr_has "gone.txt: cannot open"
  expect_stderr_lines 1

  TEST "malformed manifest: file:line:col"
  mkdir -p malformed
  printf '{"documents": [\n  {"file": "a.txt",}\n]}\n' >malformed/corpus.json
  run "$CROSSCHECK" extract malformed
  expect_status 2
  expect_stderr_has "malformed/corpus.json:2:"
  expect_stderr_has "invalid JSON"
  expect_stderr_lines 1

  TEST "manifest pointing outside the corpus is refused"
  mkdir -p escape
  echo '{"documents": [{"file": "../../etc/passwd"}]}' >escape/corpus.json
  run "$CROSSCHECK" extract escape
  expect_status 2
  expect_stderr_has "outside the corpus directory"

  TEST "pattern file syntax error: file:line:col and what was expected"
  cp -r "$SOURCE_DIR/grammars" g1
  printf 'rule broken\n  match {count\n  attribute x\nend\n' >g1/claims/zz-broken.rules
  run "$CROSSCHECK" extract --grammars g1 "$SOURCE_DIR/claims/kaspersky"
  expect_status 2
  expect_stderr_has "g1/claims/zz-broken.rules:2:15: error: expected"
  expect_stderr_lines 1
  expect_stdout_empty

  TEST "pattern naming an unknown lexicon class: file:line:col"
  cp -r "$SOURCE_DIR/grammars" g2
  printf 'rule r1\n  match @verb.nosuch {n:count}\n  attribute x\n  value {n}\nend\n' >g2/claims/zz-class.rules
  run "$CROSSCHECK" extract --grammars g2 note.txt
  expect_status 2
  expect_stderr_has "g2/claims/zz-class.rules:2:9: error: unknown lexicon class '@verb.nosuch'"
  expect_stderr_lines 1

  TEST "a user pattern added without recompiling produces claims"
  cp -r "$SOURCE_DIR/grammars" g3
  cat >g3/claims/zz-budget.rules <<'RULES'
rule budget_approved
  match ~approve (a | the) budget of {amount:money}
  attribute budget
  value {amount}
  changing no
end
RULES
  run "$CROSSCHECK" extract --grammars g3 note.txt
  expect_status 0
  expect_stdout_has '"attribute":"budget"'
  expect_stdout_has '"rule":"budget_approved"'

  TEST "--json writes the file atomically and nothing to stdout"
  run "$CROSSCHECK" extract --json sub/dir/x.json note.txt
  expect_status 2
  expect_stderr_lines 1
  run "$CROSSCHECK" extract --json x.json note.txt
  expect_status 0
  expect_stdout_empty
  expect_json_valid x.json
}
