"""Bad and pathological input: no crash, no hang, work bounded by input size, memory flat."""

from __future__ import annotations

import random
import tracemalloc
from datetime import date

import pytest

from timeline.temporal import engine, iter_tag, tag
from timeline.temporal.prefilter import required_words
from timeline.temporal.presence import Presence, rules_for
from timeline.temporal.resources import load_language

try:
    from re import _constants as C, _parser as parser
except ImportError:  # pragma: no cover
    import sre_constants as C
    import sre_parse as parser

DCT = date(2012, 6, 5)
LANGUAGE = load_language("en")


def _all_patterns():
    for rule in LANGUAGE.rules:
        yield rule.name, rule.regex
        for extra in (rule.reject_before, rule.reject_after):
            if extra is not None:
                yield rule.name + " (context)", extra
    yield "tense cues", LANGUAGE.tense_cues
    yield "sentence break", LANGUAGE.sentence_break


def _nested_unbounded(items, inside_unbounded=False) -> bool:
    """True when an unbounded repeat contains another repeat: the shape that backtracks exponentially."""
    for op, arg in items:
        if op in (C.MAX_REPEAT, C.MIN_REPEAT):
            low, high, body = arg
            if inside_unbounded and high > 1 and low != high:  # a fixed count ("\d{3}") cannot be split two ways
                return True
            if _nested_unbounded(body, inside_unbounded or high == C.MAXREPEAT):
                return True
        elif op is C.SUBPATTERN and _nested_unbounded(arg[-1], inside_unbounded):
            return True
        elif op is C.BRANCH and any(_nested_unbounded(b, inside_unbounded) for b in arg[1]):
            return True
        elif op in (C.ASSERT, C.ASSERT_NOT) and _nested_unbounded(arg[1], inside_unbounded):
            return True
    return False


@pytest.mark.parametrize("name, pattern", list(_all_patterns()), ids=lambda x: x if isinstance(x, str) else "")
def test_no_pattern_nests_unbounded_repeats(name, pattern):
    assert not _nested_unbounded(parser.parse(pattern.pattern, pattern.flags)), name


BAD_INPUTS = {
    "empty": "",
    "whitespace": " \n\t\n ",
    "binary junk": bytes(random.Random(1).randrange(256) for _ in range(20000)).decode("latin-1"),
    "lone surrogates": "On Tuesday \ud800 last year \udfff 2012 \ud83d",
    "other scripts": "普京周二在北京。 Путин во вторник в Пекине. بوتين في بكين يوم الثلاثاء. 2012年6月5日",
    "only digits": "1" * 50000,
    "separators": ("- " * 20000) + ("/" * 1000) + (":" * 1000),
    "repeated date words": "the last the next the past " * 3000 + "early late mid- " * 3000,
    "number words": "twenty four hundred and " * 5000,
}


@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
def test_bad_input_does_not_crash(name):
    text = BAD_INPUTS[name]
    for timex in tag(text, DCT):
        assert text[timex.start:timex.end] == timex.text
        assert timex.type in ("DATE", "TIME", "DURATION", "SET")


def test_one_megabyte_single_line():
    unit = "Sales rose 5% as traders bought shares of banks and insurers on Tuesday,2012-06-05 and 1999/2000 "
    line = (unit * ((1 << 20) // len(unit) + 1))[: 1 << 20]
    assert "\n" not in line
    timexes = tag(line, DCT)
    assert len(timexes) > 20000
    assert all(line[t.start:t.end] == t.text for t in timexes)


def _rule_runs(text: str, monkeypatch) -> int:
    """How many (segment, rule) regex runs tagging text takes: the engine's unit of work."""
    runs = []
    original = Presence.rules_in

    def counting(self, lowered):
        chosen = original(self, lowered)
        runs.append(len(chosen))
        return chosen

    monkeypatch.setattr(Presence, "rules_in", counting)
    tag(text, DCT)
    return sum(runs)


@pytest.mark.parametrize("unit", [
    "On Tuesday, 12 days ago, the third quarter of 1998 ended. ",
    "1 2 3 4 5 6 7 8 9 10 years months weeks days ago later ",
    "May May May March March the the the early late " * 3,
    "x" * 300,
])
def test_work_grows_linearly_with_input(unit, monkeypatch):
    small = _rule_runs(unit * 200, monkeypatch)
    large = _rule_runs(unit * 800, monkeypatch)
    assert large <= 4 * small * 1.1 + 10


def test_segments_are_bounded_in_length():
    text = "word " * 100000
    assert max(end - start for start, end in engine.segments(text, LANGUAGE.sentence_break)) <= engine.SEGMENT


def test_memory_stays_flat_as_input_grows():
    unit = "The talks, held last year on Tuesday, lasted two weeks. Prices rose 3% in May 2008.\n"

    def peak(copies: int) -> int:
        text = unit * copies
        tracemalloc.start()
        count = sum(1 for _ in iter_tag(text, DCT))
        _, top = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        assert count == 4 * copies
        return top

    small, large = peak(1000), peak(4000)  # about 85 KB and 340 KB of text: several chunks
    assert large < small * 1.3 + 100_000


def test_ten_megabytes_finish():
    unit = ("Stocks fell on Monday as traders weighed the outlook for the economy and the central bank. "
            "Officials met with lawmakers in the capital to discuss the budget, which runs for five years. "
            "Analysts expect the measures to pass without much opposition from either party in parliament.\n")
    copies = 10_000_000 // len(unit)
    count = sum(1 for _ in iter_tag(unit * copies, DCT))
    assert count == 2 * copies


@pytest.mark.parametrize("prefix", ["İstanbul, ", "ǅ ß ﬁ ", "\ud800 ", "Ⅻ "])
def test_offsets_survive_letters_that_change_length_when_lowered(prefix):
    text = prefix + "the summit ended on Tuesday, June 5, 2012."
    timexes = tag(text, DCT)
    assert [(t.text, t.value) for t in timexes] == [("Tuesday, June 5, 2012", "2012-06-05")]
    assert all(text[t.start:t.end] == t.text for t in timexes)


@pytest.mark.parametrize("pattern, words, inside", [
    (r"(?<!\w)(?:(?:\d+)\s+(?:trading\s+)?(?:day|week))(?!\w)", {"=day", "=week"}, "Monday"),
    (r"(?<!\w)(?:end\s+of\s+(?:the\s+)?year)(?!\w)", {"=year"}, "yearly"),
    (r"(?<!\w)(?:(?:1[0-2]|0?[1-9])\s*(?:a\.m\.?|am\b))(?!\w)", {"=am"}, "team"),  # "9am": digits bound it
])
def test_prefilter_whole_words_are_not_found_inside_words(pattern, words, inside):
    required = required_words(pattern, 0, frozenset({"the", "of"}))
    assert any(words <= set(part) for part in required), required
    presence = Presence(tuple(sorted({w for part in required for w in part} - {"#digit"})), (required,))
    assert presence.of(f"it fell 3 {sorted(words)[0][1:]}, then rose")[1] == {0}
    assert presence.of(f"it fell on {inside.lower()}")[1] == frozenset()


def test_prefilter_never_skips_a_rule_that_matches():
    """Every rule's matches in its own examples are found with the prefilter on."""
    for rule in LANGUAGE.rules:
        for example in rule.examples:
            text = example[0]
            lowered = engine.lower_same_length(text)
            for start, end in engine.segments(text, LANGUAGE.sentence_break):
                chosen = LANGUAGE.presence.rules_in(lowered[start:end])
                # the same rules as the plain definition: every required set met
                assert sorted(chosen) == sorted(rules_for(*LANGUAGE.presence.of(lowered[start:end]),
                                                          LANGUAGE.presence.rest))
                number = LANGUAGE.rules.index(rule)
                if rule.regex.search(lowered if rule.lowered else text, start, end):
                    assert number in chosen, (rule.name, text)


@pytest.mark.parametrize("shortcut, at_least", [("scanner", 20), ("anchor", 10)])
def test_shortcuts_find_what_the_regexes_find(shortcut, at_least):
    """A rule's scanner (its regex without the leading word guard) and its anchor (what every match holds, searched
    first) give the same matches as its regex alone, on every rule's examples: an anchor written for the wrong case
    (%Weekday on lower-cased text) would silently disable its rule."""
    texts = [example[0] for rule in LANGUAGE.rules for example in rule.examples]
    texts.append("Themonday and xMarch 5, 1990s_1998 Friday-Saturday _Tuesday 2Q 3Q91 10am9am")
    shortened = [rule for rule in LANGUAGE.rules if getattr(rule, shortcut) is not None]
    assert len(shortened) > at_least
    for rule in shortened:
        for text in texts:
            subject = engine.lower_same_length(text) if rule.lowered else text
            expected = [found.span() for found in rule.regex.finditer(subject)]
            assert [found.span() for found in engine._matches(rule, subject, 0, len(subject))] == expected, (rule.name, text)


@pytest.mark.parametrize("pattern, kept, dropped", [
    (r"(?<!\w)(?:\d+\s+(?:ax|e)(?:day|week))(?!\w)", {"day", "week"}, {"ax", "e"}),  # "e" is in nearly every sentence
    (r"(?<!\w)(?:\d+\s+(?:to|-)\s+(?:day|week))(?!\w)", {"-", "=to"}, set()),  # a hyphen filters well enough
])
def test_prefilter_drops_sets_every_sentence_meets(pattern, kept, dropped):
    from timeline.temporal.prefilter import required_words

    required = required_words(pattern, 0, frozenset())
    strings = {s for part in required for s in part}
    assert kept <= strings and not dropped & strings, required


def test_sets_of_the_language_s_commonest_strings_are_tested_last():
    """"Friday's": the weekday set is tested first, the clitic ("'s", in about every other sentence) last."""
    pattern = r"(?<!\w)(?:(?:friday|monday)(?='s\b))(?!\w)"
    weekdays = frozenset({"friday", "monday"})
    assert required_words(pattern, 0, weekdays, frozenset({"'s"}))[0] == weekdays
    assert required_words(pattern, 0, weekdays)[0] == frozenset({"'s"})  # by cost alone, the one string wins


def test_common_words_filter_before_frequent_ones():
    """"that Friday": weekdays (common in news, COMMON_COST) are tested before "that" (frequent, FREQUENT_COST), though
    "that" is one string and the weekdays seven; as two frequent words, the single string would go first."""
    from timeline.temporal.prefilter import COMMON_COST, FREQUENT_COST

    pattern = r"(?<!\w)(?:that\s+(?:friday|monday))(?!\w)"
    weekdays = frozenset({"=friday", "=monday"})
    tiers = {"that": FREQUENT_COST, "friday": COMMON_COST, "monday": COMMON_COST}
    assert required_words(pattern, 0, tiers)[0] == weekdays
    assert required_words(pattern, 0, frozenset(tiers))[0] == frozenset({"=that"})
