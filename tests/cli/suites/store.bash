# The SQLite store and the review workflow: ingest, reconcile, review,
# export, report --db, check --db; concurrency and crash consistency.
#
# CROSSCHECK_STRESS_LOOPS sets how many reviews each of the two concurrent
# writers records (default 25 for CI; 600 runs for about a minute).
# CROSSCHECK_CRASH_KILLS sets how many ingests are killed (default 4).
SUITE_store() {
  local C=$CROSSCHECK
  local check="python3 $SOURCE_DIR/tests/tools/db_check.py"
  export CROSSCHECK_USER=tester

  TEST "help for every database command goes to stdout"
  for cmd in ingest reconcile review export; do
    run "$C" $cmd --help
    expect_status 0
    expect_stdout_has "Usage: crosscheck $cmd"
  done

  TEST "--db is required"
  run "$C" ingest "$SOURCE_DIR/tests/stories/plant"
  expect_status 2
  expect_stderr_has "crosscheck ingest: --db FILE is required"
  expect_stderr_lines 1

  TEST "ingest stores documents and claims; the same files again change nothing"
  run "$C" ingest --db s.db "$SOURCE_DIR/tests/stories/plant" "$SOURCE_DIR/tests/stories/storm"
  expect_status 0
  expect_stdout_has "(7 new, 0 replaced, 0 unchanged)"
  $check counts s.db >before.txt
  cp s.db-wal s.db-wal.before 2>/dev/null
  run "$C" ingest --db s.db "$SOURCE_DIR/tests/stories/plant" "$SOURCE_DIR/tests/stories/storm"
  expect_status 0
  expect_stdout_has "(0 new, 0 replaced, 7 unchanged), 0 claims"
  $check counts s.db >after.txt
  cmp -s before.txt after.txt || fail "re-ingest changed the stored claims"

  TEST "progress bar on a terminal only"
  run "$C" ingest --db p.db "$SOURCE_DIR/tests/stories/plant" "$SOURCE_DIR/tests/stories/storm"
  expect_stderr_empty
  if command -v script >/dev/null; then
    rm -f p.db*
    script -qec "'$C' ingest --db p.db '$SOURCE_DIR/tests/stories/plant' '$SOURCE_DIR/tests/stories/storm'" /dev/null \
      >tty.out 2>&1
    grep -qF "7/7 documents" tty.out || fail "no progress bar on a terminal: $(head -c 200 tty.out)"
  fi

  TEST "a changed file replaces its own claims, and only its own"
  mkdir -p plant
  cp "$SOURCE_DIR"/tests/stories/plant/* plant/
  run "$C" ingest --db r.db plant
  expect_status 0
  sed -i 's/opened in 1987/opened in 1991/' plant/2024-02-06-ledger.txt
  run "$C" ingest --db r.db plant
  expect_status 0
  expect_stdout_has "(0 new, 1 replaced, 2 unchanged)"
  run $check sql r.db "SELECT count(*) FROM claims WHERE json LIKE '%\"text\":\"1991\"%'"
  expect_stdout_has "1"
  run $check sql r.db "SELECT count(*) FROM claims WHERE json LIKE '%\"text\":\"1987\"%'"
  expect_stdout_has "0"
  run $check sql r.db "SELECT count(*) FROM documents"
  expect_stdout_has "3"

  TEST "reconcile stores findings and exits 1 when there are contradictions"
  run "$C" reconcile --db s.db
  expect_status 1
  expect_stdout_has "contradictions)"
  run "$C" review --db s.db list --status open --kind contradiction
  expect_status 0
  [ "$(wc -l <"$WORK/stdout")" -ge 2 ] || fail "expected at least two open contradictions"
  local contradiction
  contradiction=$(head -1 "$WORK/stdout" | cut -d' ' -f1)

  TEST "review confirm (by a unique prefix), note, show and log"
  run "$C" review --db s.db confirm "${contradiction:0:6}" --rating "Contradicted by the filing" --by alice
  expect_status 0
  expect_stdout_has "$contradiction: open -> confirmed (confirm by alice)"
  run "$C" review --db s.db note "$contradiction" "checked the county records" --by bob
  expect_status 0
  run "$C" review --db s.db show "$contradiction"
  expect_status 0
  expect_stdout_has "confirmed"
  expect_stdout_has "checked the county records"
  run "$C" review --db s.db log "$contradiction"
  expect_status 0
  expect_stdout_has "alice"
  expect_stdout_has "open -> confirmed"
  expect_stdout_has "bob"
  expect_stdout_lines 2

  TEST "dismiss needs a reason code from the list"
  local other
  other=$("$C" review --db s.db list --status open --kind contradiction | head -1 | cut -d' ' -f1)
  run "$C" review --db s.db dismiss "$other"
  expect_status 2
  expect_stderr_has "dismiss needs --reason CODE"
  expect_stderr_lines 1
  run "$C" review --db s.db dismiss "$other" --reason because
  expect_status 2
  expect_stderr_has "different-scope"
  expect_stderr_lines 1
  run "$C" review --db s.db dismiss "$other" --reason different-time --by carol
  expect_status 0
  expect_stdout_has "open -> dismissed"
  run "$C" review --db s.db list --status dismissed
  expect_stdout_has "$other"
  run "$C" review --db s.db reopen "$other" --by carol
  expect_status 0
  expect_stdout_has "dismissed -> open"

  TEST "unknown findings, unknown actions and ambiguous prefixes are one-line errors"
  run "$C" review --db s.db confirm zzzzzz
  expect_status 2
  expect_stderr_has "no finding 'zzzzzz'"
  expect_stderr_lines 1
  run "$C" review --db s.db approve "$contradiction"
  expect_status 2
  expect_stderr_lines 1
  run "$C" review --db s.db confirm ""
  expect_status 2
  expect_stderr_lines 1

  TEST "reviews survive a re-run: same identity, same status"
  run "$C" reconcile --db s.db
  expect_status 1
  run "$C" review --db s.db list --status confirmed
  expect_stdout_has "$contradiction"

  TEST "new evidence that changes a reviewed finding marks its review stale"
  run "$C" reconcile --db r.db
  run "$C" review --db r.db list --kind agreement
  local agreement
  agreement=$(grep -F 'same title' "$WORK/stdout" | head -1 | cut -d' ' -f1)
  [ -n "$agreement" ] || fail "no 'same title' agreement to review"
  run "$C" review --db r.db confirm "$agreement" --by alice
  expect_status 0
  printf 'Dana Whitfield, chief executive of Harlan Motors, said the plant would close.\n' >extra.txt
  run "$C" ingest --db r.db extra.txt
  expect_status 0
  run "$C" reconcile --db r.db
  expect_stdout_has "1 reviews marked stale"
  run "$C" review --db r.db list --status stale
  expect_stdout_has "3 reports agree"
  run "$C" review --db r.db log
  expect_stdout_has "changed evidence: was confirmed as $agreement"

  TEST "the audit trail is append-only, even for direct SQL"
  python3 - s.db <<'PY' || fail "the review log could be edited"
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
for sql in ("UPDATE review_log SET by = 'mallory'", "DELETE FROM review_log"):
    try:
        db.execute(sql)
        db.commit()
    except sqlite3.DatabaseError as e:
        assert "append-only" in str(e), e
    else:
        sys.exit(1)
PY
  run $check log s.db
  expect_status 0

  TEST "export claimreview: JSON-LD for confirmed findings with sources, quotes and rating"
  run "$C" export --db s.db --format claimreview --out cr.json
  expect_status 0
  python3 - cr.json "$contradiction" <<'PY' || fail "ClaimReview export is wrong"
import json, sys
reviews = json.load(open(sys.argv[1], encoding="utf-8"))
assert len(reviews) == 1, reviews
r = reviews[0]
assert r["@type"] == "ClaimReview" and r["@context"] == "https://schema.org"
assert r["identifier"] == sys.argv[2]
assert r["reviewRating"]["alternateName"] == "Contradicted by the filing"
assert r["author"]["name"] == "alice"
assert "checked the county records" in r["reviewBody"]
apps = r["itemReviewed"]["appearance"]
assert len(apps) >= 2 and all(a["text"] and a["publisher"]["name"] for a in apps), apps
PY

  TEST "export csv: one row per current finding, formulas neutralized"
  run "$C" review --db s.db note "$contradiction" '=HYPERLINK("http://example.com")' --by bob
  run "$C" review --db s.db dismiss "$other" --reason other --by '@SUM(1)'
  expect_status 0
  run "$C" export --db s.db --format csv --out f.csv
  expect_status 0
  python3 - f.csv <<'PY' || fail "CSV export is wrong"
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8", newline="")))
assert rows and {"id", "kind", "status", "reason", "notes", "explanation"} <= set(rows[0])
assert any(r["status"] == "confirmed" for r in rows)
for r in rows:
    for v in r.values():
        assert not v.startswith(("=", "+", "@")), v
assert any('bob: =HYPERLINK("http://example.com")' in r["notes"] for r in rows)
assert any(r["reviewed_by"] == "'@SUM(1)" for r in rows), [r["reviewed_by"] for r in rows]
PY
  run "$C" export --db s.db --format xml
  expect_status 2
  expect_stderr_lines 1

  TEST "report --db shows review statuses and notes"
  run "$C" report --db s.db --out rep
  expect_status 0
  grep -qF "confirmed" rep/report.html || fail "report lacks the confirmed status"
  grep -qF "checked the county records" rep/report.html || fail "report lacks the note"
  expect_json_valid rep/findings.json

  TEST "check --db ingests, reconciles and reports in one go"
  run "$C" check --db c.db --out crep "$SOURCE_DIR/claims/kaspersky"
  expect_status 0
  [ -s crep/report.html ] || fail "no report"
  run $check sql c.db "SELECT count(*) FROM documents"
  expect_stdout_has "5"

  TEST "a database from a newer crosscheck is refused"
  python3 -c 'import sqlite3,sys; db=sqlite3.connect(sys.argv[1]); db.execute("PRAGMA user_version=99"); db.commit()' new.db
  run "$C" review --db new.db list
  expect_status 4
  expect_stderr_has "new.db: the database is from a newer crosscheck (schema version 99"
  expect_stderr_lines 1

  TEST "a file that is not a database is refused without being changed"
  head -c 5000 /dev/urandom >junk.db
  cp junk.db junk.copy
  run "$C" ingest --db junk.db "$SOURCE_DIR/tests/stories/plant"
  expect_status 4
  expect_stderr_has "junk.db"
  expect_stderr_lines 1
  cmp -s junk.db junk.copy || fail "the file was changed"
  run "$C" review --db missing.db list
  expect_status 4
  expect_stderr_has "missing.db"
  [ ! -e missing.db ] || fail "review created a database"

  TEST "invalid UTF-8 and NUL bytes are cleaned at ingest; exports stay valid JSON"
  printf 'Acme Corp said 40 workers \xff\xfe were \x00 laid off in caf\xe9 Ohio.\nAcme Corp said 45 workers were laid off.\n' >bad.txt
  run "$C" ingest --db b.db bad.txt
  expect_status 0
  run "$C" reconcile --db b.db
  run "$C" report --db b.db --out brep
  expect_status 0
  expect_json_valid brep/findings.json
  python3 - b.db <<'PY' || fail "stored text is not valid UTF-8"
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
db.text_factory = bytes
for (t,) in db.execute("SELECT cleaned_text FROM documents"):
    t.decode("utf-8")
    assert b"\x00" not in t
PY

  TEST "concurrent reviewers: two writers and a reader, nothing lost, no lock errors"
  local loops=${CROSSCHECK_STRESS_LOOPS:-25}
  cp s.db con.db
  [ -f s.db-wal ] && cp s.db-wal con.db-wal
  mapfile -t ids < <("$C" review --db con.db list | cut -d' ' -f1)
  [ "${#ids[@]}" -ge 4 ] || fail "too few findings for the concurrency test"
  local before
  before=$($check log con.db)
  writer() {
    local who=$1 i id
    for ((i = 1; i <= loops; i++)); do
      id=${ids[$(((i + who) % ${#ids[@]}))]}
      case $((i % 3)) in
        0) "$C" review --db con.db note "$id" "$who-$i" --by "w$who" >/dev/null || echo "w$who $i note failed" ;;
        1) "$C" review --db con.db confirm "$id" --by "w$who" >/dev/null || echo "w$who $i confirm failed" ;;
        2) "$C" review --db con.db reopen "$id" --by "w$who" >/dev/null || echo "w$who $i reopen failed" ;;
      esac
    done
  }
  reader() {
    while [ ! -e writers.done ]; do
      "$C" review --db con.db list >/dev/null || echo "reader: list failed"
      "$C" review --db con.db log >/dev/null || echo "reader: log failed"
    done
  }
  reader >reader.out 2>reader.err &
  local reader_pid=$!
  writer 1 >w1.out 2>w1.err &
  local w1=$!
  writer 2 >w2.out 2>w2.err &
  local w2=$!
  wait $w1 $w2
  touch writers.done
  wait $reader_pid
  cat w1.out w2.out reader.out w1.err w2.err reader.err >all.err
  [ ! -s all.err ] || fail "errors under concurrency: $(head -c 300 all.err)"
  ! grep -qi "locked" all.err || fail "a lock error reached the user"
  run $check log con.db
  expect_status 0
  [ "$(cat "$WORK/stdout")" -eq $((before + 2 * loops)) ] ||
    fail "log has $(cat "$WORK/stdout") entries, expected $((before + 2 * loops))"
  run $check sql con.db "SELECT count(DISTINCT note) FROM review_log WHERE action = 'note' AND by IN ('w1', 'w2')"
  expect_stdout_has "$((loops / 3 * 2))"
  run $check integrity con.db
  expect_stdout_has "ok"

  TEST "kill -9 during a large ingest: the database stays sound, documents whole, a re-run completes"
  python3 "$SOURCE_DIR/bench/gen_news.py" corpus big 700 >/dev/null
  "$C" ingest --db ref.db big >/dev/null || fail "reference ingest failed"
  local kills=${CROSSCHECK_CRASH_KILLS:-4} k delay
  for ((k = 1; k <= kills; k++)); do
    "$C" ingest --db crash.db big >/dev/null 2>&1 &
    local pid=$!
    delay=$(awk -v k="$k" 'BEGIN { printf "%.1f", 0.7 + 0.9 * k }')
    sleep "$delay"
    kill -9 "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
    run $check integrity crash.db
    expect_stdout_has "ok"
    run $check same crash.db ref.db
    expect_status 0
  done
  run "$C" ingest --db crash.db big
  expect_status 0
  run $check same crash.db ref.db
  expect_status 0
  expect_stdout_has "700 of 700 documents, 0 partial"
}
