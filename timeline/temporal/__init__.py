"""Rule-based TimeML TIMEX3 tagger for news text, modelled on HeidelTime.

    tag(text, dct) -> list[Timex]

Rules and tables live in resources/<lang>/*.yaml (engine.py knows no words of any language);
resolver.py reads a story's matches in order and anchoring.py anchors the underspecified values rules emit to the
document creation time (DCT) or to the previous date. Without a DCT, relative expressions keep an underspecified
value.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Iterator

from timeline.temporal.country import country_of
from timeline.temporal.engine import chunks, find_matches
from timeline.temporal.model import Timex
from timeline.temporal.resolver import as_date, resolve_all
from timeline.temporal.resources import load_language

__all__ = ["Timex", "tag", "iter_tag"]


def iter_tag(text: str, dct: date | datetime | None = None, language: str | Path = "en") -> Iterator[Timex]:
    """Tag piece by piece, yielding timexes in text order; memory does not grow with the text."""
    compiled = load_language(language)

    def matches():
        for offset, piece in chunks(text):
            yield from find_matches(piece, compiled, offset)

    abbreviations, features = compiled.tables.get("place_abbreviation"), compiled.tables.get("place_feature")
    yield from resolve_all(matches(), as_date(dct), country=lambda: country_of(text, abbreviations, features))


def tag(text: str, dct: date | datetime | None = None, language: str | Path = "en") -> list[Timex]:
    """Every temporal expression in text, with offsets, TIMEX3 type and value normalized against dct.

    language: a folder name under resources/ ("en") or the Path of another resource folder.
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}")
    return list(iter_tag(text, dct, language))
