#!/usr/bin/env python3
"""Writes the TimeBank and AQUAINT articles (TimeML) as a crosscheck corpus:
plain text, one file per article, and a corpus.json with each article's
creation time as its publication date and its source (AP, NYT, WSJ, ...) as
the outlet. Used as a precision check: newswire from many days and outlets,
with several events covered more than once, on which crosscheck must not
raise false alarms.

Usage: timeml_corpus.py TIMEML_DIR... OUT_DIR
"""
import glob
import html
import json
import os
import re
import sys


def main(argv):
    if len(argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    out = argv[-1]
    os.makedirs(out, exist_ok=True)
    docs = []
    for d in argv[1:-1]:
        for path in sorted(glob.glob(os.path.join(d, '*.tml'))):
            t = open(path, encoding='utf-8', errors='replace').read()
            m = re.search(r'<TEXT>(.*)</TEXT>', t, re.S)
            body = html.unescape(re.sub(r'<[^>]+>', '', m.group(1) if m else t))
            dct = re.search(r'<TIMEX3[^>]*functionInDocument="CREATION_TIME"[^>]*>', t)
            value = re.search(r'value="(\d{4}-\d{2}-\d{2})', dct.group(0)) if dct else None
            name = os.path.basename(path)[:-4] + '.txt'
            open(os.path.join(out, name), 'w', encoding='utf-8').write(body)
            entry = {"file": name, "outlet": re.match(r'[A-Za-z]+', name).group(0).upper()}
            if value:
                entry["published"] = value.group(1)
            docs.append(entry)
    json.dump({"story": "TimeBank and AQUAINT newswire", "documents": docs},
              open(os.path.join(out, 'corpus.json'), 'w', encoding='utf-8'), indent=1)
    print(f'{len(docs)} articles')
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
