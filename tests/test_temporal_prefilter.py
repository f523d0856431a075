"""What the prefilter reads from a compiled pattern: here, the characters a match can start with."""

import re

import pytest

from timeline.temporal import engine
from timeline.temporal.prefilter import first_characters
from timeline.temporal.resources import WORD_START, load_language

LANGUAGE = load_language("en")


@pytest.mark.parametrize("pattern, flags, expected", [
    (r"(?:early|late)\s+(?:May|June)", 0, "el"),
    (r"(?:(?:about|nearly)\s+)?(?:\d+|two)\s+days", 0, r"\dant"),  # an optional prefix adds its own start
    (r"\d{4}", 0, r"\d"),  # any decimal digit, as \d itself reads it ("١٩٩٨")
    (r"(?=May)(?:May|June)\b", 0, "JM"),  # a look-ahead takes no character
    (r"[0-9]{1,2}(?:st|nd)", 0, "0123456789"),
    (r"may", re.IGNORECASE, "Mm"),
    (r"(?:\w+)\s+days", 0, None),  # any word character can start it
    (r"[^,]+", 0, None),  # a negated class: any character
    (r"(?:later)?", 0, None),  # a match may be empty
])
def test_first_characters(pattern, flags, expected):
    assert first_characters(pattern, flags) == expected
    if expected is not None:  # the class takes every string the pattern itself can start with
        for text in ("early June", "about 3 days", "١٩٩٨", "May", "may", "June"):
            if re.match(pattern, text, flags):
                assert re.match(f"[{expected}]", text, flags), text


def test_rules_with_a_first_character_check_find_what_they_found_without_it():
    """The look-ahead put after a rule's word guard only skips words no match can start: on every rule's examples the
    rule finds the same spans as its pattern without the look-ahead."""
    texts = [example[0] for rule in LANGUAGE.rules for example in rule.examples]
    checked = [rule for rule in LANGUAGE.rules if rule.regex.pattern.startswith(WORD_START + "(?=[")]
    assert len(checked) > 50
    for rule in checked:
        body = rule.regex.pattern[len(WORD_START):]
        plain = re.compile(WORD_START + body[body.index("])") + 2:], rule.regex.flags)
        for text in texts:
            subject = engine.lower_same_length(text) if rule.lowered else text
            assert ([found.span() for found in rule.regex.finditer(subject)]
                    == [found.span() for found in plain.finditer(subject)]), (rule.name, text)
