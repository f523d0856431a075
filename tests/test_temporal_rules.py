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


def test_every_positive_rule_has_an_example():
    missing = [rule.name for rule in LANGUAGE.rules if rule.type != "NONE" and not rule.examples]
    assert missing == []


def test_rule_names_are_unique():
    names = [rule.name for rule in LANGUAGE.rules]
    assert len(names) == len(set(names))


@pytest.mark.parametrize("rule_name, text, dct, span, value, mod", EXAMPLES)
def test_rule_example(rule_name, text, dct, span, value, mod):
    assert dct is None or isinstance(dct, date)
    found = {t.text: t for t in tag(text, dct)}
    assert span in found, f"{rule_name}: {span!r} not tagged in {text!r}; got {sorted(found)}"
    timex = found[span]
    assert timex.value == value
    assert timex.type == RULES[rule_name].type
    assert text[timex.start:timex.end] == timex.text
    if mod:
        assert timex.mod == mod
