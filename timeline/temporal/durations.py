"""Absolute values as TIMEX3 writes them: rules write durations with unit codes (P5TH, P2DE, P1.5Y, P3Q) that become
PT5H, P20Y, P1Y6M and P9M here (QC: a quarter-century)."""

from __future__ import annotations

import re

DURATION_UNITS = {"TH": ("T", "H"), "TM": ("T", "M"), "TS": ("T", "S")}
DURATION_RE = re.compile(r"P(?P<amount>X|\d+(?:\.\d+)?)(?P<unit>[A-Z]+)$")


def normalize_absolute(value: str) -> str:
    """Durations written with unit codes become TIMEX3 durations: P5TH -> PT5H, P2DE -> P20Y."""
    match = DURATION_RE.match(value)
    if match is None:
        return value
    amount, unit = match["amount"], match["unit"]
    scale = {"DE": 10, "QC": 25, "CE": 100, "ML": 1000}.get(unit)
    if scale and amount != "X":
        return normalize_absolute(f"P{_number(float(amount) * scale)}Y")
    if unit == "WE" and amount != "X" and float(amount) <= 1:  # "a weekend" is two days; "nine weekends" stays P9WE
        return f"P{_number(float(amount) * 2)}D"
    if unit == "FN":
        return f"P{_number(float(amount) * 2)}W" if amount != "X" else "PXW"
    if unit == "Q":  # ISO 8601 has no quarter: "three quarters" is P9M
        return normalize_absolute(f"P{_number(float(amount) * 3)}M") if amount != "X" else "PXM"
    if amount != "X" and "." in amount:
        if unit == "TS":  # seconds are the smallest unit: a race time keeps its decimals (PT9.86S)
            return f"PT{amount}S"
        return _split_fraction(float(amount), unit)
    if unit in DURATION_UNITS:
        return f"PT{amount}{DURATION_UNITS[unit][1]}"
    return value


# A fractional amount is written with the next smaller unit when that is exact: P2.5Y -> P2Y6M, PT5.5H -> PT5H30M;
# 7.2 years is not a whole number of months, so it stays P7.2Y rather than rounding to P7Y2M.
SMALLER_UNIT = {"Y": ("M", 12), "M": ("D", 30), "W": ("D", 7), "D": ("TH", 24), "TH": ("TM", 60), "TM": ("TS", 60)}


def _split_fraction(amount: float, unit: str) -> str:
    whole = int(amount)
    smaller, factor = SMALLER_UNIT.get(unit, (None, 0))
    exact_rest = (amount - whole) * factor
    rest = round(exact_rest)
    if not smaller or abs(exact_rest - rest) > 1e-6:
        return f"PT{_number(amount)}{unit[1]}" if unit.startswith("T") else f"P{_number(amount)}{unit}"
    parts = [(whole, unit)] + ([(rest, smaller)] if rest else [])
    date_part = "".join(f"{n}{u}" for n, u in parts if n and not u.startswith("T"))
    time_part = "".join(f"{n}{u[1]}" for n, u in parts if n and u.startswith("T"))
    return "P" + date_part + ("T" + time_part if time_part else "") if (date_part or time_part) else f"P0{unit}"


def _number(number: float) -> str:
    return str(int(number)) if number == int(number) else str(number)
