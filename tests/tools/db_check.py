#!/usr/bin/env python3
"""Checks on a crosscheck database, for the CLI suites.

  db_check.py integrity DB          prints PRAGMA integrity_check ("ok")
  db_check.py counts DB             prints "document claims entities" per document
  db_check.py same DB REFERENCE     every document in DB has exactly the claims
                                    and entities it has in REFERENCE (a whole
                                    document or none); prints how many
  db_check.py log DB                checks the audit trail: sequence numbers
                                    without gaps, and per finding each entry's
                                    status_before equals the previous entry's
                                    status_after; prints the entry count
  db_check.py sql DB SQL            runs one statement, prints rows (tab-separated)
Exit 0 when the check holds, 1 when it does not.
"""
import sqlite3
import sys


def connect(path):
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=30)
    return db


def counts(db):
    rows = db.execute(
        "SELECT d.id, (SELECT count(*) FROM claims c WHERE c.doc = d.num),"
        " (SELECT count(*) FROM entities e WHERE e.doc = d.num) FROM documents d ORDER BY d.id")
    return {r[0]: (r[1], r[2]) for r in rows}


def main(argv):
    if len(argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    what, path = argv[1], argv[2]
    db = connect(path)
    if what == "integrity":
        result = db.execute("PRAGMA integrity_check").fetchone()[0]
        print(result)
        return 0 if result == "ok" else 1
    if what == "counts":
        for doc, (c, e) in counts(db).items():
            print(doc, c, e)
        return 0
    if what == "same":
        mine = counts(db)
        ref = counts(connect(argv[3]))
        bad = [d for d, n in mine.items() if ref.get(d) != n]
        for d in bad:
            print(f"document {d}: {mine[d]} here, {ref.get(d)} in the reference", file=sys.stderr)
        print(f"{len(mine)} of {len(ref)} documents, {len(bad)} partial")
        return 0 if not bad else 1
    if what == "log":
        rows = db.execute("SELECT seq, finding, status_before, status_after FROM review_log ORDER BY seq").fetchall()
        last = {}
        ok = True
        for i, (seq, finding, before, after) in enumerate(rows, start=1):
            if seq != i:
                print(f"entry {i} has sequence number {seq}", file=sys.stderr)
                ok = False
            if finding in last and last[finding] != before:
                print(f"entry {seq}: {finding} was {last[finding]}, logged as {before}", file=sys.stderr)
                ok = False
            last[finding] = after
        print(len(rows))
        return 0 if ok else 1
    if what == "sql":
        for row in db.execute(argv[3]):
            print("\t".join("" if v is None else str(v) for v in row))
        return 0
    print(f"db_check.py: unknown check '{what}'", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
