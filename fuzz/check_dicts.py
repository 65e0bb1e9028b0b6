#!/usr/bin/env python3
"""Checks libFuzzer dictionaries the way libFuzzer reads them, so that a bad
line fails CI instead of silently stopping a fuzzing run ("ParseDictionaryFile:
error in line N"). Each line is blank, a comment (#), or [name=]"value" where
value is printable ASCII with \\\\, \\" and \\xNN escapes.

Usage: check_dicts.py DICT...        exit 0 when all are valid, 1 otherwise
       check_dicts.py --fix DICT...  rewrites non-ASCII bytes as \\xNN first
"""
import re
import sys

ENTRY = re.compile(r'^(?:[A-Za-z0-9_]+=)?"((?:[\x20-\x21\x23-\x5b\x5d-\x7e]|\\\\|\\"|\\x[0-9A-Fa-f]{2})*)"$')


def fix(path):
    """Escapes what libFuzzer cannot read inside quotes: non-ASCII bytes and
    raw line breaks or tabs become \\xNN."""
    data = open(path, 'rb').read()
    out = bytearray()
    quoted = escaped = False
    for b in data:
        if quoted and (b >= 0x80 or b in (0x0A, 0x0D, 0x09)):
            out += b'\\x%02X' % b
            escaped = False
            continue
        out.append(b)
        if quoted and escaped:
            escaped = False
        elif quoted and b == 0x5C:
            escaped = True
        elif b == 0x22:
            quoted = not quoted
    open(path, 'wb').write(bytes(out))


def check(path):
    bad = 0
    with open(path, 'rb') as f:
        for n, raw in enumerate(f, 1):
            try:
                line = raw.decode('ascii').strip()
            except UnicodeDecodeError:
                print(f'{path}:{n}: non-ASCII byte (write it as \\xNN)')
                bad += 1
                continue
            if not line or line.startswith('#'):
                continue
            if not ENTRY.match(line):
                print(f'{path}:{n}: not a libFuzzer dictionary entry: {line[:60]}')
                bad += 1
    return bad


def main(argv):
    args = argv[1:]
    if args and args[0] == '--fix':
        args = args[1:]
        for p in args:
            fix(p)
    if not args:
        print(__doc__, file=sys.stderr)
        return 2
    bad = sum(check(p) for p in args)
    if bad == 0:
        print(f'{len(args)} dictionaries valid')
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
