"""Event-level evaluation of `timeline extract` on TempEval-3 (TimeBank + AQUAINT) news documents.

    python benchmarks/bench_extract.py [--corpus ../shared/data/tempeval3] [--gold benchmarks/gold_events]
                                       [--split development,held-out,development-2,development-3] [--split test-2]

Reports precision and recall of extracted (date, event) pairs against the hand-written gold events in
benchmarks/gold_events/*.yaml, and throughput in articles per second over every document of the corpus
on one core. Gold documents carry a split: "development", "development-2" and "development-3" were read
while the rules were written, "held-out" only after a first version, "test" and "test-2" are each scored
once at the end of a round; by default every split except those two is evaluated (`--split test-2` scores
it alone). A gold event matches an extracted one when the dates are equal (date, and end if the gold gives one) and the extracted title
contains one of the gold event's keywords (word prefixes).
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from dataclasses import replace
from pathlib import Path
from xml.etree import ElementTree

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from timeline.dates import TimePoint  # noqa: E402
from timeline.extract.document import Document  # noqa: E402
from timeline.extract.pipeline import extract_events  # noqa: E402

DEFAULT_CORPUS = HERE.parent / ".." / "shared" / "data" / "tempeval3"
TARGET_RATE = 50.0


def read_tml(path: Path) -> Document:
    """The <TEXT> of a TimeML file with its tags removed, dated by its document creation time."""
    root = ElementTree.parse(path).getroot()
    text = "".join(root.find("TEXT").itertext())
    dct = root.find("DCT/TIMEX3").get("value")[:10]
    return Document(text=text, name=path.name, published=TimePoint.parse(dct), published_from="DCT")


def _matches(gold: dict, event) -> bool:
    if str(event.date) != str(gold["date"]) or (gold.get("end") and str(event.end) != str(gold["end"])):
        return False
    words = re.findall(r"[a-z0-9$.]+", event.title.lower())
    return any(any(w.startswith(k.lower()) for w in words) for k in map(str, gold["keywords"]))


DEFAULT_SPLITS = ("development", "held-out", "development-2", "development-3")


def evaluate(corpus: Path, gold_dir: Path, splits=DEFAULT_SPLITS) -> list[dict]:
    """One row per gold document of the chosen splits: counts of gold events found and of extracted events that are right."""
    rows = []
    for gold_file in sorted(gold_dir.glob("*.yaml")):
        gold = yaml.safe_load(gold_file.read_text(encoding="utf-8"))
        if gold.get("split", "development") not in splits:
            continue
        events = extract_events(read_tml(corpus / gold["document"]))
        rows.append({
            "document": gold["document"],
            "split": gold.get("split", "development"),
            "gold": len(gold["events"]),
            "found": len(events),
            "hit": sum(1 for g in gold["events"] if any(_matches(g, e) for e in events)),
            "correct": sum(1 for e in events if any(_matches(g, e) for g in gold["events"])),
            "events": events,
        })
    return rows


def scores(rows: list[dict]) -> tuple[float, float, float]:
    found, gold = sum(r["found"] for r in rows), sum(r["gold"] for r in rows)
    precision = sum(r["correct"] for r in rows) / found if found else 0.0
    recall = sum(r["hit"] for r in rows) / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def throughput(corpus: Path) -> tuple[int, float, int]:
    paths = sorted(corpus.glob("*/*.tml"))
    documents = [read_tml(p) for p in paths]
    extract_events(replace(documents[0]))  # warm up: rule tables and gazetteers load once per process
    start = time.perf_counter()
    events = sum(len(extract_events(d)) for d in documents)
    return len(documents), time.perf_counter() - start, events


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--gold", type=Path, default=HERE / "gold_events")
    parser.add_argument("--split", action="append", metavar="NAMES",
                        help="Comma-separated splits to score (default: %s); 'test' is scored once, at the end."
                        % ",".join(DEFAULT_SPLITS))
    parser.add_argument("--no-throughput", action="store_true", help="Skip the throughput run.")
    parser.add_argument("--verbose", "-v", action="store_true", help="List each document's extracted events.")
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"corpus not found: {args.corpus}", file=sys.stderr)
        return 2
    splits = tuple(n for item in args.split for n in item.split(",") if n) if args.split else DEFAULT_SPLITS
    rows = evaluate(args.corpus, args.gold, splits)
    print(f"{'document':<34} {'split':<12} {'gold':>4} {'found':>5} {'gold hit':>8} {'correct':>7}")
    for row in rows:
        print(f"{row['document']:<34} {row['split']:<12} {row['gold']:>4} {row['found']:>5} {row['hit']:>8} {row['correct']:>7}")
        if args.verbose:
            for event in row["events"]:
                print(f"    {event.date}{'..' + str(event.end) if event.end else ''} {event.status}: {event.title}")
    # development documents were read while the rules were written; held-out ones only after
    for split in (*splits, "all"):
        chosen = [r for r in rows if split in ("all", r["split"])]
        p, r, f1 = scores(chosen)
        print(f"{split:<12} precision {p:.2f}  recall {r:.2f}  F1 {f1:.2f}  over {len(chosen)} documents")
    if args.no_throughput:
        return 0
    count, seconds, events = throughput(args.corpus)
    rate = count / seconds
    verdict = "meets" if rate >= TARGET_RATE else "misses"
    print(f"throughput {rate:.1f} articles/s ({count} documents, {events} events, {seconds:.2f} s, one core); "
          f"{verdict} the target of {TARGET_RATE:.0f}/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
