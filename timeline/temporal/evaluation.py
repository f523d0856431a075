"""Tag a TimeML corpus and score it against its gold TIMEX3 annotations."""

from __future__ import annotations

from pathlib import Path

from timeline.errors import UsageError
from timeline.temporal import tag
from timeline.temporal.scorer import Score, score_document
from timeline.temporal.timeml import read_corpus

# Where the shared TempEval-3 corpus sits relative to the repository root (CI checks out shared/ beside it).
CORPUS_FROM_REPO = Path("..") / "shared" / "data" / "tempeval3"


def default_corpus() -> Path:
    repo_root = Path(__file__).resolve().parents[2]
    return (repo_root / CORPUS_FROM_REPO).resolve()


def evaluate(folder: Path) -> Score:
    folder = Path(folder)
    if not folder.is_dir():
        raise UsageError(f"no such corpus directory: {folder}")
    documents = read_corpus(folder)
    if not documents:
        raise UsageError(f"no .tml files under {folder}")
    score = Score()
    for document in documents:
        score_document(document.name, document.timexes, tag(document.text, document.dct), score)
    return score
