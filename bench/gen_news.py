#!/usr/bin/env python3
"""Generates news-like English text for crosscheck's benchmarks.

Usage: gen_news.py text OUT MB          one plain-text file of about MB megabytes
       gen_news.py realtext OUT MB      the same from the real articles alone (repeated)
       gen_news.py corpus DIR N         a corpus directory of N articles with corpus.json
       gen_news.py jsonl DIR N          N articles as JSON Lines files of at most
                                        50,000 articles each (for 10k to 1M documents)

The text mixes the real articles shipped with crosscheck (claims/*/ and the
TimeBank/AQUAINT text under bench/timebank/) with synthetic articles built
from templates, so that every value category (counts, money, percentages,
dates, durations, hedges) occurs at a realistic rate. Deterministic: the
same arguments give the same bytes.
"""
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOP = os.path.dirname(HERE)

ORGS = ["Northwind Systems", "Helix Labs", "Crestline Energy", "Bluewater Freight", "Orion Health",
        "Kestrel Mining", "Arbor Foods", "Vantage Motors", "Lumen Bank", "Pioneer Telecom"]
PLACES = ["Chicago", "Toronto", "Los Angeles", "Ohio", "Texas", "Lyon", "Manchester", "Denver",
          "Seattle", "Bristol", "Leeds", "Montreal", "Oslo", "Dublin"]
OUTLETS = ["The Daily Ledger", "Metro Wire", "Harbor Times", "The Courier", "Valley News",
           "Capital Report", "Northern Post", "Globe Wire"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
HEDGES = ["", "about ", "nearly ", "more than ", "less than ", "at least ", "up to ", "roughly ",
          "fewer than ", "some "]
NOUNS = ["employees", "workers", "customers", "vehicles", "stores", "people", "residents", "homes",
         "users", "accounts"]
TEMPLATES = [
    "{org} said on {wd} it would cut {hedge}{n} {noun} at its {place} plant by {month} {year}.",
    "The company reported revenue of ${money} million for the {ord} quarter, up {pct}% from a year earlier.",
    "According to {outlet}, {org} had {hedge}{n} {noun} in {place} in {year}.",
    "Officials said {hedge}{n} {noun} were affected after the storm hit {place} last {wd}.",
    "The deal, valued at {cur}{money} billion, is expected to close next year.",
    "{org} was founded in {year} and now operates in {n2} countries.",
    "Shares fell {pct} per cent to {cur}{price} in early trading on {month} {day}.",
    "The plant, which opened {n2} years ago, employs {hedge}{n} people, a spokesperson told {outlet}.",
    "Regulators gave the firm until {month} {day} to respond, {outlet} reported.",
    "Over the past {n2} months the company has hired {hedge}{n} staff, about a quarter of them in {place}.",
    "In {year}, {org} had about {n} {noun}. That {month}, it announced a {n2}-month review.",
    "The bridge is {n2} m long and {n} ft high, and carries {n} vehicles daily.",
    "A dozen executives and two-thirds of the board resigned earlier this month.",
]


def real_texts():
    texts = []
    claims = os.path.join(TOP, "claims")
    for root, _, files in os.walk(claims):
        for f in sorted(files):
            if f.endswith(".txt"):
                with open(os.path.join(root, f), encoding="utf-8", errors="replace") as fh:
                    texts.append(fh.read())
    tb = os.path.join(HERE, "timebank")
    for root, _, files in os.walk(tb):
        for f in sorted(files):
            if f.endswith(".tml"):
                with open(os.path.join(root, f), encoding="utf-8", errors="replace") as fh:
                    x = fh.read()
                a, b = x.find("<TEXT>"), x.find("</TEXT>")
                if a >= 0 and b > a:
                    t = re.sub(r"<[^>]*>", "", x[a + 6:b])
                    texts.append(t.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">"))
    return texts


def synthetic(rng, sentences):
    out = []
    for _ in range(sentences):
        t = rng.choice(TEMPLATES)
        out.append(t.format(
            org=rng.choice(ORGS), place=rng.choice(PLACES), outlet=rng.choice(OUTLETS),
            wd=rng.choice(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]),
            hedge=rng.choice(HEDGES), n=f"{rng.randint(2, 9000):,}", n2=rng.randint(2, 60),
            noun=rng.choice(NOUNS), month=rng.choice(MONTHS), year=rng.randint(1995, 2025),
            day=rng.randint(1, 28), money=f"{rng.randint(1, 999)}.{rng.randint(0, 9)}",
            pct=rng.randint(1, 60), ord=rng.choice(["first", "second", "third", "fourth"]),
            cur=rng.choice(["$", "\u00a3", "\u20ac", "US$"]), price=f"{rng.randint(1, 400)}.{rng.randint(10, 99)}"))
    return " ".join(out)


def article(rng, reals):
    if rng.random() < 0.5:
        return rng.choice(reals)
    paras = [synthetic(rng, rng.randint(2, 5)) for _ in range(rng.randint(3, 8))]
    return "\n\n".join(paras) + "\n"


def main():
    if len(sys.argv) != 4 or sys.argv[1] not in ("text", "realtext", "corpus", "jsonl"):
        sys.stderr.write(__doc__)
        return 2
    rng = random.Random(20171213)
    reals = real_texts()
    if sys.argv[1] in ("text", "realtext"):
        target = int(float(sys.argv[3]) * 1024 * 1024)
        n = 0
        with open(sys.argv[2], "w", encoding="utf-8") as out:
            while n < target:
                a = (rng.choice(reals) if sys.argv[1] == "realtext" else article(rng, reals)) + "\n\n"
                out.write(a)
                n += len(a.encode("utf-8"))
        return 0
    d = sys.argv[2]
    count = int(sys.argv[3])
    os.makedirs(d, exist_ok=True)
    if sys.argv[1] == "jsonl":
        per_file = 50000
        for f in range(0, count, per_file):
            with open(os.path.join(d, f"part{f // per_file:04d}.jsonl"), "w", encoding="utf-8") as out:
                for i in range(f, min(count, f + per_file)):
                    y = rng.randint(2015, 2025)
                    out.write(json.dumps({"id": f"a{i}", "text": article(rng, reals), "outlet": rng.choice(OUTLETS),
                                          "published": f"{y}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"})
                              + "\n")
        return 0
    docs = []
    for i in range(count):
        name = f"doc{i:07d}.txt"
        with open(os.path.join(d, name), "w", encoding="utf-8") as out:
            out.write(article(rng, reals))
        y = rng.randint(2015, 2025)
        docs.append({"file": name, "outlet": rng.choice(OUTLETS),
                     "published": f"{y}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"})
    with open(os.path.join(d, "corpus.json"), "w", encoding="utf-8") as out:
        json.dump({"story": "synthetic benchmark corpus", "documents": docs}, out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
