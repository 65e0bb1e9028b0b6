#!/usr/bin/env python3
"""Runs crosscheck on every adversarial input listed in cases.tsv.

    run.py CROSSCHECK INPUTS LARGE WORK [--markdown FILE] [--only NAME...]

INPUTS holds the small inputs, LARGE the large ones (make.py writes both).
For every case it checks, besides the expected exit code:
  - it ends within the time limit (CROSSCHECK_ADVERSARIAL_SECONDS, default 20;
    cases run CROSSCHECK_ADVERSARIAL_JOBS at a time, default 2)
    and under the memory limit (CROSSCHECK_ADVERSARIAL_MB of peak RSS,
    default 1024); a hang is killed at 5 times the limit;
  - an error is exactly one line on stderr, naming the input and the problem;
    a success prints nothing on stderr unless the case expects a warning;
  - no terminal escape reaches stdout or stderr;
  - extract output is valid JSON whose every claim span holds its text;
  - a report is self-contained, nothing injected, and its DOT parses;
  - the input is also ingested into a database that already holds the sample
    corpus: the same exit code, PRAGMA integrity_check says ok, and a refused
    input leaves the database's content exactly as it was.
Prints one line per case and exits 1 when any check fails.
"""
import concurrent.futures
import hashlib
import json
import os
import resource
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.dirname(os.path.dirname(HERE))
SECONDS = float(os.environ.get("CROSSCHECK_ADVERSARIAL_SECONDS", "20"))
BINARY = None
MEGABYTES = float(os.environ.get("CROSSCHECK_ADVERSARIAL_MB", "1024"))


def load_cases():
    cases = []
    with open(os.path.join(HERE, "cases.tsv"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.rstrip("\n").split("\t")
            if len(cols) != 6:
                sys.exit(f"cases.tsv:{n}: expected 6 tab-separated columns, got {len(cols)}")
            name, where, args, code, expect, outcome = cols
            cases.append(dict(name=name, where=where, args=args.split(), code=int(code),
                              expect=None if expect == "-" else expect, outcome=outcome, line=n))
    return cases


def run(cmd, cwd, env=None):
    """Runs CMD; returns (exit code, stdout, stderr, seconds, peak MB).

    The peak is measured by /usr/bin/time when it is there: a child forked
    from this (larger) Python process would otherwise report Python's peak.
    Without it, the peak is sampled from /proc while the command runs."""
    timer = shutil.which("time", path="/usr/bin:/bin")
    peak_file = os.path.join(cwd, ".peak")
    if timer:
        cmd = [timer, "-q", "-f", "%M", "-o", peak_file] + cmd
    start = time.monotonic()
    sampled = 0
    with open(os.path.join(cwd, ".stdout"), "wb") as out, open(os.path.join(cwd, ".stderr"), "wb") as err:
        p = subprocess.Popen(cmd, cwd=cwd, stdout=out, stderr=err, stdin=subprocess.DEVNULL,
                             env=env, start_new_session=True)
        deadline = start + SECONDS * 5
        while True:
            pid, status, _ = os.wait4(p.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() > deadline:
                os.killpg(p.pid, signal.SIGKILL)
                os.wait4(p.pid, 0)
                status = -1
                break
            if not timer:
                try:
                    for line in open(f"/proc/{p.pid}/status"):
                        if line.startswith("VmHWM:"):
                            sampled = max(sampled, int(line.split()[1]))
                except OSError:
                    pass
            time.sleep(0.01)
    seconds = time.monotonic() - start
    code = os.waitstatus_to_exitcode(status) if status != -1 else "hang"
    peak_kb = sampled
    if timer:
        try:
            peak_kb = int(open(peak_file).read().split()[-1])
        except (OSError, ValueError, IndexError):
            peak_kb = 0
    stdout = open(os.path.join(cwd, ".stdout"), "rb").read()
    stderr = open(os.path.join(cwd, ".stderr"), "rb").read()
    return code, stdout, stderr, seconds, peak_kb / 1024.0


def db_digest(path):
    """A digest of the database's content (not of its file, which WAL may change)."""
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    h = hashlib.sha256()
    for line in db.iterdump():
        h.update(line.encode("utf-8", "surrogatepass"))
    ok = db.execute("PRAGMA integrity_check").fetchone()[0]
    docs = db.execute("SELECT count(*) FROM documents").fetchone()[0]
    db.close()
    return h.hexdigest(), ok, docs


def check_spans(out_path, base):
    out = json.load(open(out_path, encoding="utf-8"))
    files = {d["id"]: d for d in out["documents"]}
    for c in out["claims"]:
        d = files[c["document"]]
        if d["offsets"] != "file":
            continue
        path = d["file"] if os.path.isabs(d["file"]) else os.path.join(base, d["file"])
        if not os.path.isfile(path):
            continue  # JSON Lines: offsets are into the text string
        data = open(path, "rb").read()
        s, e = c["span"]
        got = data[s:e].decode("utf-8", "replace")
        if got != c["text"] and data[s:e].decode("utf-8", "ignore") != c["text"].replace("\ufffd", ""):
            return f"claim span {s}:{e} holds {got!r}, not {c['text']!r}"
    return None


def check_report(out_dir):
    html = open(os.path.join(out_dir, "report.html"), encoding="utf-8").read()
    if html.count("<script") > 1:
        return "report.html has more than its own script"
    for bad in ("javascript:", "<script>alert", "onerror="):
        if bad in html:
            return f"report.html holds {bad!r}"
    if shutil.which("dot"):
        p = subprocess.run(["dot", "-Tcanon", os.path.join(out_dir, "evidence.dot")],
                           capture_output=True)
        if p.returncode != 0:
            return "evidence.dot does not parse: " + p.stderr.decode(errors="replace")[:200]
    json.load(open(os.path.join(out_dir, "findings.json"), encoding="utf-8"))
    return None


def main():
    argv = sys.argv[1:]
    markdown = None
    only = None
    if "--markdown" in argv:
        i = argv.index("--markdown")
        markdown = argv[i + 1]
        del argv[i:i + 2]
    if "--only" in argv:
        i = argv.index("--only")
        only = set(argv[i + 1:])
        del argv[i:]
    global BINARY
    binary, inputs, large, work = (os.path.abspath(a) for a in argv)
    BINARY = binary
    os.makedirs(work, exist_ok=True)
    env = dict(os.environ, NO_COLOR="1", CROSSCHECK_NOW="2026-01-01T00:00:00Z")

    # The database every input is also ingested into.
    shared = os.path.join(work, "shared.db")
    code, _, err, _, _ = run([binary, "ingest", "--db", shared, os.path.join(SOURCE, "claims", "kaspersky")], work, env)
    if code != 0:
        sys.exit("cannot ingest the sample corpus: " + err.decode(errors="replace"))

    failures = 0
    rows = []
    lock = threading.Lock()  # one ingest into the shared database at a time

    def one(case):
        """Runs one case; returns (its report lines, failed, its table row or None)."""
        report = []
        if only and case["name"] not in only:
            return [], False, None
        problems = []
        src = {"small": inputs, "large": large}.get(case["where"])
        name = case["name"]
        cwd = os.path.join(work, "case-" + name)
        os.makedirs(cwd, exist_ok=True)
        subst = {"OUT": os.path.join(cwd, "out"), "SAMPLE": os.path.join(SOURCE, "claims", "kaspersky", "2017-09-12-moscow-times.txt")}
        input_path = None
        if case["name"] == "unreadable-file" and os.geteuid() == 0:
            return [f"skip {name:28} root reads any file"], False, None
        if case["where"] == "path":  # the name is a path such as /dev/zero
            input_path = name
        elif case["where"] == "none":
            input_path = None
        elif case["where"] == "setup":
            input_path = os.path.join(cwd, "in")
            setup(name, input_path, inputs)
        else:
            input_path = os.path.join(src, name)
        if name.startswith("grammar-"):
            grammars = os.path.join(cwd, "grammars")
            shutil.copytree(os.path.join(SOURCE, "grammars"), grammars)
            sub = "lexicon" if name.endswith(".txt") else "claims"
            shutil.copy(input_path, os.path.join(grammars, sub, name))
            subst["GRAMMARS"] = grammars
            input_path = os.path.join(grammars, sub, name)
        if name.startswith("db-"):
            copy = os.path.join(cwd, name)
            if case["where"] != "setup":
                shutil.copy(input_path, copy)
                input_path = copy
            before = open(input_path, "rb").read() if os.path.isfile(input_path) else None
        if input_path:
            subst["IN"] = input_path
        args = [subst.get(a, a) for a in case["args"]]
        code, out, err, secs, mb = run([binary] + args, cwd, env)
        label = os.path.basename(input_path.rstrip("/")) if input_path else None

        if code != case["code"]:
            problems.append(f"exit {code}, expected {case['code']}")
        if secs > SECONDS:
            problems.append(f"took {secs:.1f} s (limit {SECONDS:.0f})")
        if mb > MEGABYTES:
            problems.append(f"peak memory {mb:.0f} MB (limit {MEGABYTES:.0f})")
        err_text = err.decode("utf-8", "replace")
        lines = err_text.splitlines()
        if b"\x1b" in out or b"\x1b" in err:
            problems.append("a terminal escape reached the output")
        if code != 0 and code != 1:
            if len(lines) != 1:
                problems.append(f"stderr has {len(lines)} lines, expected one: {err_text[:200]!r}")
            if label and label not in err_text:
                problems.append(f"stderr does not name {label}: {err_text[:200]!r}")
        elif not case["expect"] and err_text and "check" not in args[:1]:
            problems.append(f"unexpected stderr: {err_text[:200]!r}")
        if case["expect"] and case["expect"] not in err_text:
            problems.append(f"stderr lacks {case['expect']!r}: {err_text[:200]!r}")
        if code == 0 and "--json" in args and args[0] == "extract":
            try:
                base = os.path.dirname(input_path) if os.path.isfile(input_path) else input_path
                p = check_spans(subst["OUT"], base)
                if p:
                    problems.append(p)
            except (ValueError, OSError, KeyError) as e:
                problems.append(f"bad JSON output: {e}")
        if code in (0, 1) and "--out" in args and args[0] == "check":
            try:
                p = check_report(subst["OUT"])
                if p:
                    problems.append(p)
            except (ValueError, OSError) as e:
                problems.append(f"bad report: {e}")
        if name.startswith("db-") and code != 0 and before is not None and open(input_path, "rb").read() != before:
            problems.append("the refused database file was changed")

        # The same input into a database that already holds the sample corpus.
        if args[0] == "extract" and input_path and "GRAMMARS" not in subst:
            with lock:
                digest, ok, docs = db_digest(shared)
                icode, _, ierr, isecs, imb = run([binary, "ingest", "--db", shared, input_path], cwd, env)
                digest2, ok2, docs2 = db_digest(shared)
            expected = case["code"]
            if icode != expected:
                problems.append(f"ingest exit {icode}, expected {expected}: {ierr[:200]!r}")
            if ok2 != "ok":
                problems.append(f"database integrity: {ok2}")
            if docs2 < docs:
                problems.append(f"database lost documents: {docs} -> {docs2}")
            if icode != 0 and digest2 != digest:
                problems.append("a refused ingest changed the database")
            if isecs > SECONDS or imb > MEGABYTES:
                problems.append(f"ingest took {isecs:.1f} s, {imb:.0f} MB")
            secs, mb = max(secs, isecs), max(mb, imb)

        status = "ok" if not problems else "FAIL"
        shown = lines[0] if lines and code not in (0, 1) else ""
        report.append(f"{status:4} {name:28} exit {code}  {secs:6.2f} s  {mb:6.0f} MB  {shown[:110]}")
        report.extend(f"       {p}" for p in problems)
        if not problems:
            shutil.rmtree(cwd, ignore_errors=True)
        return report, bool(problems), (case, code, secs, mb, shown)

    jobs = int(os.environ.get("CROSSCHECK_ADVERSARIAL_JOBS", "2"))
    with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as pool:
        for lines, failed, row in pool.map(one, load_cases()):
            for line in lines:
                print(line, flush=True)
            failures += failed
            if row:
                rows.append(row)

    if markdown:
        write_markdown(markdown, rows, work)
    print(f"{len(rows)} adversarial inputs, {failures} failed")
    return 1 if failures else 0


def setup(name, path, inputs):
    """Inputs that cannot live in git: symlinks, unreadable files, special databases."""
    article = open(os.path.join(inputs, "crlf.txt"), "rb").read()
    if name.startswith("manifest-symlink"):
        os.makedirs(path, exist_ok=True)
        open(os.path.join(path, "a.txt"), "wb").write(article)
        target = {"manifest-symlink-out": "/etc/passwd", "manifest-symlink-in": "a.txt",
                  "manifest-symlink-loop": "loop.txt", "manifest-symlink-dir-out": "/etc"}[name]
        link = {"manifest-symlink-loop": "loop.txt", "manifest-symlink-dir-out": "sub"}.get(name, "link.txt")
        os.symlink(target, os.path.join(path, link))
        file = "sub/passwd" if name == "manifest-symlink-dir-out" else link
        json.dump({"documents": [{"file": file}]}, open(os.path.join(path, "corpus.json"), "w"))
    elif name == "db-directory":
        os.makedirs(path, exist_ok=True)
    elif name == "db-truncated":
        src = os.path.join(os.path.dirname(path), "full.db")
        subprocess.run([BINARY, "ingest", "--db", src, os.path.join(SOURCE, "claims", "kaspersky")],
                       check=True, capture_output=True)
        data = open(src, "rb").read()
        open(path, "wb").write(data[: len(data) // 2])
    elif name in ("db-newer", "db-foreign"):
        db = sqlite3.connect(path)
        db.execute("PRAGMA user_version = %d" % (999 if name == "db-newer" else 0))
        db.execute("CREATE TABLE t(x)")
        db.commit()
        db.close()
    elif name == "unreadable-file":
        open(path, "wb").write(article)
        os.chmod(path, 0)
    elif name == "fifo":
        os.mkfifo(path)
    else:
        raise SystemExit(f"no set-up for {name}")


def write_markdown(path, rows, work):
    lines = ["| input | command | exit | time | peak memory | outcome |", "| --- | --- | --- | --- | --- | --- |"]
    for case, code, secs, mb, shown in rows:
        cmd = " ".join(a for a in case["args"])
        lines.append(f"| `{case['name']}` | `{cmd}` | {code} | {secs:.2f} s | {mb:.0f} MB | {case['outcome']} |")
    text = open(path, encoding="utf-8").read()
    start, end = "<!-- adversarial:start -->", "<!-- adversarial:end -->"
    if start in text and end in text:
        text = text[: text.index(start) + len(start)] + "\n" + "\n".join(lines) + "\n" + text[text.index(end):]
        open(path, "w", encoding="utf-8").write(text)


if __name__ == "__main__":
    sys.exit(main())
