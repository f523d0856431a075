"""Fills a rule's value template from its match: "{year|year}-{month|month}-{day|pad2}".

A placeholder names a regex group and a chain of filters. A filter is either a lexicon table
(surface form -> normalized value) or one of the language-neutral builtins below.
"""

from __future__ import annotations

import re
from functools import lru_cache

PLACEHOLDER_RE = re.compile(r"\{([a-z_0-9]+)((?:\|[^|{}]+)*)\}")
SPACES_RE = re.compile(r"[\s\-]+")


def _normal_key(text: str) -> str:
    return " ".join(text.lower().split())


def parse_number(text: str, tables: dict) -> str:
    """Digits ("1,500", "2.5") or number words ("twenty four", "two hundred", "a few") -> "24" / "X"."""
    key = _normal_key(text)
    vague = tables.get("number_vague", {})
    if key in vague:
        return str(vague[key])
    plain = key.replace(",", "")
    fraction = re.fullmatch(r"(\d+) ([1-3])/([2-4])", plain)  # "2 1/2"
    if fraction:
        return _format_number(int(fraction[1]) + int(fraction[2]) / int(fraction[3]))
    if re.fullmatch(r"\d+(?:\.\d+)?", plain):
        return plain.lstrip("0") or "0" if "." not in plain else plain
    words = {**tables.get("number_article", {}), **tables.get("number_word", {})}
    if key in words:
        return _format_number(words[key])
    merged = _merge_phrases(key, words)
    fillers = tables.get("number_filler", {})
    tokens = [token for token in SPACES_RE.split(merged) if token and token not in fillers]
    return _compose_words(tokens, words, tables.get("number_multiplier", {}))


def _compose_words(tokens: list[str], words: dict, multipliers: dict) -> str:
    total, current = 0.0, 0.0
    for token in tokens:
        if token in multipliers:
            current = max(current, 1) * multipliers[token]
            total, current = total + current, 0
        elif token in words:
            current += words[token]
        elif re.fullmatch(r"\d+(?:\.\d+)?", token):
            current += float(token)
        else:
            return "X"
    return _format_number(total + current)


def _merge_phrases(key: str, words: dict) -> str:
    """Multi-word entries ("a half", "a dozen") become one numeric token before the words are summed."""
    for phrase in sorted((w for w in words if " " in w and w in key), key=len, reverse=True):
        key = re.sub(rf"\b{re.escape(phrase)}\b", str(words[phrase]), key)
    return key


def _format_number(number) -> str:
    return str(int(number)) if float(number) == int(number) else str(number)


def _year(text: str, settings: dict) -> str:
    digits = re.sub(r"\D", "", text)
    if len(digits) == 2:
        pivot = int(settings.get("two_digit_year_pivot", 30))
        return ("20" if int(digits) < pivot else "19") + digits
    return digits


def _decade(text: str, settings: dict) -> str:
    digits = re.sub(r"\D", "", text)
    if len(digits) == 2:
        return _year(digits, settings)[:3]
    return digits[:3]


def _decade_digit(text: str, settings: dict) -> str:
    """The tens digit of a decade written "'60s" or "60s": "6" -> "196" (by the two-digit year pivot)."""
    return _decade(text + "0", settings)


def _century(text: str, _settings: dict) -> str:
    return f"{int(text) - 1:02d}"


def _next_year(text: str, settings: dict) -> str:
    """"2011" -> "2012": a split year ("2011-12") named by the year it ends in."""
    return f"{int(_year(text, settings)) + 1:04d}"


def _split_year_end(text: str, _settings: dict) -> str | None:
    """"2010-11", "2008/9", "2019-2020" -> the year it ends in; None for a span of years ("1975-1990", "2019-21")."""
    first, second = re.split(r"\D+", text.strip())[:2]
    end = int(first) + 1
    return f"{end:04d}" if f"{end:04d}".endswith(second) and len(second) in (1, 2, 4) else None


def _plus12(text: str, _settings: dict) -> str:
    hour = int(text)
    return f"{hour + 12 if hour < 12 else hour:02d}"


def _am(text: str, _settings: dict) -> str:
    hour = int(text)
    return f"{0 if hour == 12 else hour:02d}"


def _holiday_in_set(spec: str, _settings: dict) -> str | None:
    """A holiday's position spec ("MD=01-01", "NWD=11-4-4") as the date part of a SET: "01-01", "11"."""
    field, _, target = spec.partition("=")
    return target if field == "MD" else target.split("-")[0] if field == "NWD" else None


def _spec_target(spec: str, _settings: dict) -> str:
    """A position spec as the target of another ("MD=07-04" -> "MD.07-04" for "@dct:HWE=MD.07-04~")."""
    return spec.replace("=", ".", 1)


def _name_target(text: str, _settings: dict) -> str:
    """A holiday's name as a spec target: "Chakri Memorial Day" -> "Chakri_Memorial_Day"."""
    return re.sub(r"[^\w]+", "_", text.replace("'", "").replace("’", "")).strip("_")


BUILTINS = {
    "year": _year,
    "decade": _decade,
    "decade_digit": _decade_digit,
    "century": _century,
    "plus12": _plus12,
    "next_year": _next_year,
    "split_year_end": _split_year_end,
    "name_target": _name_target,
    "am": _am,
    "pad2": lambda text, _s: f"{int(text):02d}" if text.isdigit() else text,
    "pad4": lambda text, _s: f"{int(text):04d}" if text.isdigit() else text,
    "upper": lambda text, _s: text.upper(),
    "digits": lambda text, _s: re.sub(r"\D", "", text),
    "matched": lambda _text, _s: "",  # adds nothing, but the alternative holds only when the group matched
    "holiday_in_set": _holiday_in_set,
    "spec_target": _spec_target,
}


def apply_filter(name: str, text: str | None, tables: dict, settings: dict) -> str | None:
    if name.startswith("default:"):
        return text if text else name.split(":", 1)[1]
    if text is None:
        return None
    if name == "num":
        return parse_number(text, tables)
    if name in BUILTINS:
        return BUILTINS[name](text, settings)
    table = tables.get(name)
    if table is None:
        raise KeyError(f"unknown template filter {name!r}")
    found = table.get(_normal_key(text))
    if found is None:
        found = table.get(_normal_key(text).rstrip("."))
    return None if found is None else str(found)


def fill(template: str, groups: dict, tables: dict, settings: dict, strict: bool = True) -> str | None:
    """Fill the template; None when a group's text is not in the table it needs (the match is rejected).

    Not strict (modifiers, suffixes): a missing or unknown part is just left out.
    """
    pieces = []
    for literal, group, filters in parse_template(template):
        pieces.append(literal)
        if group is None:
            continue
        value = groups.get(group)
        for name in filters:
            value = apply_filter(name, value, tables, settings)
        if value is None:
            if strict:
                return None
            continue
        pieces.append(value)
    return "".join(pieces)


@lru_cache(maxsize=None)
def parse_template(template: str) -> tuple:
    """ "P{n|num}{unit|unit}" -> (("P", "n", ("num",)), ("", "unit", ("unit",)), ("", None, ())). """
    parts, position = [], 0
    for found in PLACEHOLDER_RE.finditer(template):
        filters = tuple(name for name in found.group(2).split("|") if name)
        parts.append((template[position:found.start()], found.group(1), filters))
        position = found.end()
    parts.append((template[position:], None, ()))
    return tuple(parts)
