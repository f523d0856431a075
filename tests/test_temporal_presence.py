"""Which rules may match in a sentence: Presence finds the required strings word by word."""

import pytest

from timeline.temporal import presence as presence_module
from timeline.temporal.engine import lower_same_length
from timeline.temporal.presence import Presence, rules_for
from timeline.temporal.resources import load_language

LANGUAGE = load_language("en")

SENTENCES = [
    "The Senate voted late Monday to approve the bill.",
    "Shares rose 3% in the third quarter of 2008, the company said.",
    "Nothing here names a time at all.",
    "",
    "Polls open at 7 a.m. on Friday, Dec. 27, and close at 6pm.",
    "He was arrested on Thursday last and produced in court on 12/08/2016.",
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_rules_in_are_the_rules_whose_every_required_set_is_met(sentence):
    lowered = lower_same_length(sentence)
    present, candidates = LANGUAGE.presence.of(lowered)
    assert sorted(LANGUAGE.presence.rules_in(lowered)) == sorted(rules_for(present, candidates,
                                                                           LANGUAGE.presence.rest))


def test_a_sentence_with_no_candidate_has_no_rule():
    presence = Presence(("monday", "=day"), ((frozenset({"monday"}),), (frozenset({"=day"}), frozenset({"#digit"}))))
    assert presence.rules_in("it rained all week") == []
    assert presence.rules_in("on monday it rained") == [0]
    assert presence.rules_in("the day it rained") == []  # "=day" is met, "#digit" is not
    assert sorted(presence.rules_in("the day it rained 3 inches")) == [1]


def test_answers_stay_the_same_when_the_word_cache_is_cleared(monkeypatch):
    monkeypatch.setattr(presence_module, "CACHE_LIMIT", 3)
    presence = Presence(("monday", "=day"), ((frozenset({"monday"}),), (frozenset({"=day"}),)))
    for _ in range(3):
        assert sorted(presence.rules_in("monday was a day like any other day in the year")) == [0, 1]
    assert len(presence.cache) <= 3 + len("monday was a day like any other day in the year".split())
