"""Another language is another resource folder: a small German one (tests/fixtures/temporal_de) runs on the same engine."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from timeline.errors import TimelineError
from timeline.temporal import tag
from timeline.temporal.resources import load_language

GERMAN = Path(__file__).parent / "fixtures" / "temporal_de"
LANGUAGE = load_language(GERMAN)
EXAMPLES = [
    pytest.param(*example[:4], id=f"{rule.name}-{number}")
    for rule in LANGUAGE.rules
    for number, example in enumerate(rule.examples)
]


@pytest.mark.parametrize("text, dct, span, value", EXAMPLES)
def test_german_rule_examples(text, dct, span, value):
    found = {t.text: t.value for t in tag(text, dct, language=GERMAN)}
    assert found.get(span) == value, found


def test_german_narrative_and_tense():
    text = "Putin kam am Dienstag in Peking an. Er wird am Donnerstag abreisen."
    found = [(t.text, t.value) for t in tag(text, date(2012, 6, 6), language=GERMAN)]
    assert found == [("Dienstag", "2012-06-05"), ("Donnerstag", "2012-06-07")]


def test_languages_do_not_mix():
    assert tag("He left yesterday, on Tuesday.", date(2012, 6, 5), language=GERMAN) == []
    assert tag("Er kam gestern am Dienstag.", date(2012, 6, 5)) == []


def test_unknown_language_is_a_clear_error():
    with pytest.raises(TimelineError, match="no temporal resources for language 'xx'"):
        load_language("xx")


def test_timex_command_takes_a_resource_folder(tmp_path):
    import json

    from click.testing import CliRunner

    from timeline.cli import main

    article = tmp_path / "de.txt"
    article.write_text("Er kam am 5. Juni 2012 an und reist morgen ab.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["timex", str(article), "--published", "2012-06-05", "--language", str(GERMAN)])
    assert result.exit_code == 0, result.output
    assert [(t["text"], t["value"]) for t in json.loads(result.output)] == [("5. Juni 2012", "2012-06-05"),
                                                                           ("morgen", "2012-06-06")]
    missing = CliRunner().invoke(main, ["timex", str(article), "--language", "xx"])
    assert missing.exit_code != 0 and "no temporal resources for language 'xx'" in missing.output


def test_a_broken_pattern_names_its_file_and_rule(tmp_path):
    import shutil

    folder = tmp_path / "de"
    shutil.copytree(GERMAN, folder)
    (folder / "rules_broken.yaml").write_text(
        "- name: unclosed\n  pattern: '(?:Montag'\n  type: DATE\n  value: 'XXXX-WXX-1'\n", encoding="utf-8")
    with pytest.raises(TimelineError) as raised:
        load_language(folder)
    assert str(raised.value) == ("rules_broken.yaml: rule 'unclosed': a pattern does not compile "
                                 "(missing ), unterminated subpattern at position 7 of the expanded pattern)")


def test_a_grammar_pattern_with_an_unknown_macro_is_an_error(tmp_path):
    """Every pattern in grammar.yaml expands its %macros; an unknown one is an error, never matched as literal text."""
    import shutil

    folder = tmp_path / "de"
    shutil.copytree(GERMAN, folder)
    grammar = folder / "grammar.yaml"
    grammar.write_text(grammar.read_text(encoding="utf-8").replace(
        "tense:\n", "tense:\n  future_before_blocker: '\\b(?:war|%vergangen)\\b'\n"), encoding="utf-8")
    with pytest.raises(TimelineError) as raised:
        load_language(folder)
    assert str(raised.value) == "unknown macro %vergangen in temporal resources"


TABLE_WORDS = ["day", "days", "a couple", "a couple of", "march", "may", "mid-", "mid", "saturday", "sunday", "o'clock"]


@pytest.mark.parametrize("text", ["days", "day", "a  couple of", "a couple", "may", "march", "mid-", "sunday", "o'clock",
                                  "mar", "a coupl", "saturdays", "xday"])
def test_a_table_as_a_trie_matches_as_its_plain_alternation(text):
    from timeline.temporal.resources import _alternation

    trie = re.compile(_alternation(TABLE_WORDS))
    plain = re.compile(_alternation(TABLE_WORDS, trie=False))
    assert "|" in trie.pattern and trie.pattern != plain.pattern
    for pattern in (r"(?:{})", r"(?:{})\b", r"(?:{})s"):
        found, expected = re.match(pattern.format(trie.pattern), text), re.match(pattern.format(plain.pattern), text)
        assert (found and found.group()) == (expected and expected.group())
