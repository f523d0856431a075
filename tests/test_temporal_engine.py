"""Where the engine cuts a text into sentences: the unit the prefilter and the tense cues work in."""

import pytest

from timeline.temporal import engine
from timeline.temporal.resources import load_language

LANGUAGE = load_language("en")


def sentences(text: str) -> list[str]:
    return [text[start:end].strip() for start, end in engine.segments(text, LANGUAGE.sentence_break)]


@pytest.mark.parametrize("text, expected", [
    ("Talks ended in May. The union voted on Friday.", ["Talks ended in May.", "The union voted on Friday."]),
    ("Did it end? No one knows.", ["Did it end?", "No one knows."]),
    # abbreviations and initials end no sentence
    ("Mr. Smith met Dr. Jones on Jan. 5 at 2 p.m. Sunday.", ["Mr. Smith met Dr. Jones on Jan. 5 at 2 p.m. Sunday."]),
    ("The home is at 2210 E. Superior St., and the funeral is at 11 a.m. Monday.",
     ["The home is at 2210 E. Superior St., and the funeral is at 11 a.m. Monday."]),
    ("The U.S. Army said so. John F. Kennedy did too.", ["The U.S. Army said so.", "John F. Kennedy did too."]),
    # a line break always ends one
    ("HEADLINE IN CAPITALS\nBody text.", ["HEADLINE IN CAPITALS", "Body text."]),
])
def test_sentence_breaks(text, expected):
    assert sentences(text) == expected
