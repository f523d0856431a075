"""TempEval-3 Task A scoring: strict and relaxed span P/R/F1, type and value F1, and the misses."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable

from timeline.temporal.model import Timex


@dataclass
class Counts:
    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    type_ok: int = 0
    value_ok: int = 0


@dataclass(frozen=True)
class Miss:
    """One difference: kind is "missed" (gold only), "spurious" (system only), "value", "type" or "span"."""

    document: str
    kind: str
    gold: Timex | None
    system: Timex | None


@dataclass
class Score:
    counts: Counts = field(default_factory=Counts)
    misses: list[Miss] = field(default_factory=list)

    def prf(self, hits: int) -> tuple[float, float, float]:
        precision = hits / self.counts.system if self.counts.system else 0.0
        recall = hits / self.counts.gold if self.counts.gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return precision, recall, f1

    def attribute_f1(self, correct: int) -> float:
        """Accuracy of the attribute over relaxed matches times relaxed F1 (TempEval-3)."""
        if not self.counts.relaxed:
            return 0.0
        return correct / self.counts.relaxed * self.prf(self.counts.relaxed)[2]

    def summary(self) -> dict:
        c = self.counts
        strict, relaxed = self.prf(c.strict), self.prf(c.relaxed)
        return {
            "documents_gold": c.gold, "system": c.system,
            "strict_precision": strict[0], "strict_recall": strict[1], "strict_f1": strict[2],
            "relaxed_precision": relaxed[0], "relaxed_recall": relaxed[1], "relaxed_f1": relaxed[2],
            "type_f1": self.attribute_f1(c.type_ok), "value_f1": self.attribute_f1(c.value_ok),
        }


def align(gold: list[Timex], system: list[Timex]) -> list[tuple[Timex | None, Timex | None]]:
    """One-to-one pairs by overlap, in text order (both lists sorted by start); unpaired get None."""
    pairs, used = [], set()
    system = sorted(system, key=lambda t: t.start)
    for g in sorted(gold, key=lambda t: t.start):
        partner = None
        for index, s in enumerate(system):
            if index in used or s.start >= g.end:
                if s.start >= g.end:
                    break
                continue
            if s.end > g.start:
                partner = index
                break
        if partner is None:
            pairs.append((g, None))
        else:
            used.add(partner)
            pairs.append((g, system[partner]))
    pairs.extend((None, s) for index, s in enumerate(system) if index not in used)
    return pairs


def score_document(name: str, gold: Iterable[Timex], system: Iterable[Timex], score: Score) -> None:
    gold, system = list(gold), list(system)
    score.counts.gold += len(gold)
    score.counts.system += len(system)
    for g, s in align(gold, system):
        if g is None or s is None:
            score.misses.append(Miss(name, "missed" if s is None else "spurious", g, s))
            continue
        score.counts.relaxed += 1
        exact = (g.start, g.end) == (s.start, s.end)
        score.counts.strict += exact
        score.counts.type_ok += g.type == s.type
        score.counts.value_ok += g.value == s.value
        if g.value != s.value:
            score.misses.append(Miss(name, "value", g, s))
        elif g.type != s.type:
            score.misses.append(Miss(name, "type", g, s))
        elif not exact:
            score.misses.append(Miss(name, "span", g, s))
