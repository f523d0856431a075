"""From an article's text to clean paragraphs and sentences: site furniture and datelines removed.

The clean text is one string (paragraphs joined by blank lines) so the temporal tagger runs once per
article and every offset, of a sentence or a date phrase, points into the same string.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from timeline.dates import DateFormatError, TimePoint
from timeline.extract import resources

PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n+|\r\n[ \t]*\r\n")
SPACES = re.compile(r"[ \t\u00a0]+")


@dataclass(frozen=True)
class Dateline:
    end: int  # offset where the story itself starts
    agency: str | None
    place: str | None
    date: TimePoint | None


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    paragraph: int
    text: str


@dataclass(frozen=True)
class CleanText:
    text: str
    sentences: tuple[Sentence, ...]
    dropped: tuple[str, ...]  # furniture that was removed, for the curious


def find_dateline(text: str) -> Dateline | None:
    """The dateline that opens the story's first real paragraph, if any."""
    for paragraph in _paragraphs(text):
        if is_junk(paragraph):
            continue
        dateline = match_dateline(paragraph)
        if dateline is not None:
            return dateline
    return None


def match_dateline(paragraph: str) -> Dateline | None:
    data = resources.load("dateline")
    for pattern in resources.compiled("dateline", "patterns"):
        match = pattern.match(paragraph)
        if match:
            groups = match.groupdict()
            return Dateline(match.end(), groups.get("agency"), groups.get("place"), _dateline_date(groups, data))
    return None


def _dateline_date(groups: dict, data: dict) -> TimePoint | None:
    # A dateline without a year ("June 5") cannot name a day on its own; the clock is never asked.
    if not groups.get("year") or not groups.get("month"):
        return None
    month = data["months"].get(groups["month"].lower().rstrip(".")[:4]) or data["months"].get(groups["month"].lower()[:3])
    if month is None:
        return None
    try:
        return TimePoint.parse(f"{int(groups['year']):04d}-{month:02d}-{int(groups['day']):02d}")
    except DateFormatError:
        return None


def is_junk(paragraph: str) -> bool:
    line = SPACES.sub(" ", paragraph.strip())
    if not line:
        return True
    if any(p.match(line) for p in resources.compiled("junk", "lines", anchored=True)):
        return True
    lowered = line.lower()
    return any(phrase in lowered for phrase in resources.word_set("junk", "phrases")) and len(line) < 200


def _paragraphs(text: str) -> list[str]:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return [SPACES.sub(" ", p.strip()).replace("\n", " ") for p in PARAGRAPH_BREAK.split(text) if p.strip()]


def clean_text(text: str, title: str | None = None) -> CleanText:
    """Drop furniture, the repeated headline and datelines; split what is left into sentences."""
    kept: list[str] = []
    dropped: list[str] = []
    headline = _normal(title) if title else None
    for paragraph in _paragraphs(text):
        if is_junk(paragraph) or (headline and _normal(paragraph) == headline):
            dropped.append(paragraph)
            continue
        dateline = match_dateline(paragraph)
        if dateline is not None:
            dropped.append(paragraph[: dateline.end])
            paragraph = paragraph[dateline.end:]
        if paragraph.strip():
            kept.append(paragraph.strip())
    joined = "\n\n".join(kept)
    return CleanText(joined, tuple(_split_sentences(kept, dropped)), tuple(dropped))


def _normal(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def _split_sentences(paragraphs: list[str], dropped: list[str]) -> list[Sentence]:
    from syntok.segmenter import split
    from syntok.tokenizer import Tokenizer

    tokenizer = Tokenizer()
    sentences: list[Sentence] = []
    offset = 0
    phrases = resources.word_set("junk", "phrases")
    for index, paragraph in enumerate(paragraphs):
        for tokens in split(tokenizer.tokenize(paragraph)):
            start = tokens[0].offset
            end = tokens[-1].offset + len(tokens[-1].value)
            text = paragraph[start:end]
            if any(phrase in text.lower() for phrase in phrases):
                dropped.append(text)
                continue
            for a, b in _after_abbreviation(text):
                sentences.append(Sentence(offset + start + a, offset + start + b, index, text[a:b]))
        offset += len(paragraph) + 2
    return sentences


def _after_abbreviation(text: str) -> list[tuple[int, int]]:
    """"... outside Buffalo, N.Y. His name on the Web site was crossed out": a sentence opener after an
    abbreviation's full stop starts a new sentence, which the segmenter keeps joined."""
    openers = "|".join(resources.load("entities")["sentence_openers"])
    cuts = [m.start() for m in re.finditer(rf"(?<=[A-Z]\.[A-Z]\.)\s+(?=(?:{openers})\b)", text)]
    bounds = [0, *cuts, len(text)]
    return [(a + len(text[a:b]) - len(text[a:b].lstrip()), b) for a, b in zip(bounds, bounds[1:])]
