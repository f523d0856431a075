"""Runs the examples every rule in timeline/temporal/resources/en/*.yaml carries."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.temporal import tag
from timeline.temporal.resources import load_language

LANGUAGE = load_language("en")
RULES = {rule.name: rule for rule in LANGUAGE.rules}
EXAMPLES = [
    pytest.param(rule.name, *example[:4], example[4] if len(example) > 4 else None, id=f"{rule.name}-{number}")
    for rule in LANGUAGE.rules
    for number, example in enumerate(rule.examples)
]


def test_every_rule_has_an_example():
    assert [rule.name for rule in LANGUAGE.rules if not rule.examples] == []


def test_rule_names_are_unique():
    names = [rule.name for rule in LANGUAGE.rules]
    assert len(names) == len(set(names))


@pytest.mark.parametrize("rule_name, text, dct, span, value, mod", EXAMPLES)
def test_rule_example(rule_name, text, dct, span, value, mod):
    assert dct is None or isinstance(dct, date)
    found = {t.text: t for t in tag(text, dct)}
    if RULES[rule_name].type == "NONE" or value is None:  # a negative example: nothing inside span is tagged
        at = text.index(span)
        assert not any(t.start < at + len(span) and at < t.end for t in found.values()), found
        return
    assert span in found, f"{rule_name}: {span!r} not tagged in {text!r}; got {sorted(found)}"
    timex = found[span]
    assert timex.value == value
    assert timex.type == RULES[rule_name].type
    assert text[timex.start:timex.end] == timex.text
    if mod:
        assert timex.mod == mod


@pytest.mark.parametrize("rule_name, text, dct, span, value, mod", EXAMPLES)
def test_rule_example_without_a_dct_keeps_offsets_and_never_fails(rule_name, text, dct, span, value, mod):
    """With no publication date relative values stay underspecified: every named position has a form for that."""
    for timex in tag(text, None):
        assert text[timex.start:timex.end] == timex.text
        assert timex.value, (rule_name, timex)
