"""Language knowledge, read from YAML files in resources/<language>/: nothing language-specific lives in code."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources as importlib_resources
from typing import Any

import yaml

LANGUAGE = "en"


@lru_cache(maxsize=None)
def load(name: str, language: str = LANGUAGE) -> Any:
    """One resource file, parsed with the safe loader and cached for the life of the process."""
    folder = importlib_resources.files("timeline.extract") / "resources" / language
    return yaml.safe_load((folder / f"{name}.yaml").read_text(encoding="utf-8"))


@lru_cache(maxsize=None)
def compiled(name: str, key: str, anchored: bool = False, language: str = LANGUAGE) -> tuple[re.Pattern, ...]:
    """The regular expressions listed under key in a resource file, compiled once."""
    flags = re.IGNORECASE
    patterns = load(name, language)[key]
    if anchored:
        return tuple(re.compile(rf"^(?:{p})$", flags) for p in patterns)
    return tuple(re.compile(p, flags) for p in patterns)


@lru_cache(maxsize=None)
def word_set(name: str, key: str, language: str = LANGUAGE) -> frozenset[str]:
    """A list of words from a resource file as a lower-case set."""
    return frozenset(str(w).lower() for w in load(name, language)[key])
