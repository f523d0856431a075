"""Throughput of timeline.temporal.tag versus dateparser's search_dates on the same news texts.

    python benchmarks/bench_temporal.py [--limit-kb 300] [--corpus DIR]

Both run in this process on the same texts (the TempEval-3 corpus beside the repository, else the
example article repeated); prints KB/s for each and their ratio.
"""

from __future__ import annotations

import argparse
import time as clock
import warnings
from datetime import datetime, time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "data" / "tempeval3"
ARTICLE = REPO.parent / "shared" / "articles" / "putin-beijing.txt"


def load_texts(corpus: Path, limit_chars: int) -> list[tuple[str, object]]:
    from timeline.temporal.timeml import read_corpus

    texts, total = [], 0
    if corpus.is_dir():
        for document in read_corpus(corpus):
            texts.append((document.text, document.dct))
            total += len(document.text)
            if total >= limit_chars:
                break
    elif ARTICLE.is_file():
        article = ARTICLE.read_text(encoding="utf-8")
        texts = [(article, None)] * max(1, limit_chars // len(article))
    return texts


def throughput(run, texts, passes: int = 5) -> tuple[float, int]:
    """KB per second of run(text, dct) over all texts: the best of `passes` passes (CPU time)."""
    return interleaved([run], texts, passes)[0]


def interleaved(runs: list, texts, passes: int = 5) -> list[tuple[float, int]]:
    """(KB/s, expressions found) of each run(text, dct), the best of `passes` passes (CPU time). The runs take turns
    within each pass, so a change in the machine's load falls on all of them alike rather than on one."""
    size = sum(len(text) for text, _ in texts) / 1024
    best, found = [float("inf")] * len(runs), [0] * len(runs)
    for _ in range(passes):
        for number, run in enumerate(runs):
            begin = clock.process_time()
            found[number] = sum(len(run(text, dct) or ()) for text, dct in texts)
            best[number] = min(best[number], clock.process_time() - begin)
    return [(size / seconds, count) for seconds, count in zip(best, found)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--limit-kb", type=int, default=300, help="how much text to tag (KB)")
    parser.add_argument("--default-kb", type=int, default=0,
                        help="also time search_dates with its default language detection on this many KB")
    args = parser.parse_args()

    from timeline.temporal import tag
    from dateparser.search import search_dates

    texts = load_texts(args.corpus, args.limit_kb * 1024)
    if not texts:
        raise SystemExit(f"no texts: neither {args.corpus} nor {ARTICLE} exists")
    warnings.simplefilter("ignore")
    settings = {"RETURN_AS_TIMEZONE_AWARE": False}

    def dateparser_run(text, dct):
        # English only: dateparser's fastest setting (language detection makes it ~20 times slower)
        base = {"RELATIVE_BASE": datetime.combine(dct, time())} if dct else {}
        return search_dates(text, languages=["en"], settings={**settings, **base})

    tag(texts[0][0], texts[0][1])  # compile the rules once, outside the measurement
    dateparser_run(texts[0][0][:200], texts[0][1])
    (ours, ours_found), (theirs, theirs_found) = interleaved([tag, dateparser_run], texts)
    kb = sum(len(text) for text, _ in texts) / 1024
    print(f"texts: {len(texts)} documents, {kb:.0f} KB")
    print(f"timeline.temporal.tag     {ours:10.1f} KB/s  ({ours_found} expressions)")
    print(f"dateparser.search_dates   {theirs:10.1f} KB/s  ({theirs_found} expressions)")
    print(f"ratio                     {ours / theirs:10.1f}x")
    if args.default_kb:
        # dateparser's default call detects the language of every text: far slower, so a small sample
        sample = load_texts(args.corpus, args.default_kb * 1024)
        default, _ = throughput(lambda text, dct: search_dates(text), sample, passes=1)
        print(f"search_dates, default languages ({args.default_kb} KB sample) {default:8.1f} KB/s; "
              f"ratio {ours / default:.0f}x")


if __name__ == "__main__":
    main()
