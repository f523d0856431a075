"""TimeML reading, TempEval-3 scoring, and the score on the shared TempEval-3 corpus (a regression floor)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from timeline.cli import main
from timeline.temporal.model import Timex
from timeline.temporal.scorer import Score, align, score_document
from timeline.temporal.timeml import read_tml, strip_tags, to_timeml

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "data" / "tempeval3"

# Measured on the 256-document corpus (2026-12-01: strict 89.2, relaxed 95.0, type 91.0, value 83.4);
# the floors sit about a point below, so a regression fails the test.
FLOORS = {"value_f1": 0.823, "relaxed_f1": 0.938, "strict_f1": 0.88, "type_f1": 0.897}
# The held-out synthetic news of benchmarks/gold_timex/unseen .. unseen-175 (scored blind once at value F1 85.0,
# 71.5, 86.1, 82.1, 88.5, 83.8, 85.1, 79.5, 81.1, 88.3, 86.0, 80.6, 87.2, 86.6, 89.8, 92.9, 86.3, 92.8, 91.5, 88.8,
# 94.6, 93.0, 91.1, 89.6, 90.1, 84.3, 88.7, 90.8, 88.6, 92.7, 96.2, 93.4, 90.4, 90.1, 95.0, 95.6, 92.3, 90.3, 87.9,
# 92.3, 92.8, 93.1, 92.4, 90.5, 94.9, 95.0, 95.3, 92.0, 93.9, 95.2, 91.9, 93.4, 94.7, 87.8, 90.8, 94.6, 92.3, 88.9,
# 91.9, 90.8, 91.4, 94.7, 95.1, 91.9, 93.9, 91.4, 92.6, 94.4, 94.9, 94.6, 94.4, 88.4, 93.7, 94.4, 93.9, 91.9, 90.5,
# 95.1, 91.0, 91.5, 93.5, 91.9, 93.0, 92.5, 93.2, 89.1, 93.4, 93.9, 94.4, 91.5, 94.4, 94.1, 94.5, 91.9, 94.5, 93.9,
# 96.2, 93.8, 94.4, 94.1, 93.8, 95.4, 95.7, 94.2, 85.9, 92.4, 94.1, 92.0, 92.4, 91.6, 92.1, 94.2, 93.9, 95.8, 90.2,
# 93.7, 97.3, 94.5, 90.3, 94.1, 93.7, 92.8, 93.8, 92.6, 88.3, 88.4, 88.3, 93.8, 90.3, 88.4, 86.6, 92.1, 94.1, 89.4,
# 93.8, 93.0, 90.3, 94.9, 94.8, 91.4, 90.3, 92.6, 91.7, 93.4, 92.7, 93.6, 93.8, 90.9, 89.7, 91.5, 94.4, 92.1, 89.8,
# 90.1, 90.3, 93.9, 91.9, 88.7, 91.8, 90.7, 94.2, 89.8, 92.9, 91.8, 93.0, 91.9, 88.8, 92.0, 89.8, 91.2, 89.2,
# 93.9, 88.6, 93.7 and 90.3; no rule has looked at the misses of unseen-3, unseen-5, unseen-10 and unseen-172 to
# unseen-175):
# gold count and floors, about a point below the scores.
UNSEEN = {"unseen": (496, {"value_f1": 0.94, "relaxed_f1": 0.975}),
          "unseen-2": (602, {"value_f1": 0.855, "relaxed_f1": 0.95}),
          "unseen-3": (508, {"value_f1": 0.91, "relaxed_f1": 0.965}),
          "unseen-4": (600, {"value_f1": 0.935, "relaxed_f1": 0.98}),
          "unseen-5": (646, {"value_f1": 0.915, "relaxed_f1": 0.975}),
          "unseen-6": (606, {"value_f1": 0.915, "relaxed_f1": 0.97}),
          "unseen-7": (941, {"value_f1": 0.925, "relaxed_f1": 0.97}),
          "unseen-8": (945, {"value_f1": 0.875, "relaxed_f1": 0.955}),
          "unseen-9": (1067, {"value_f1": 0.875, "relaxed_f1": 0.955}),
          "unseen-10": (899, {"value_f1": 0.895, "relaxed_f1": 0.96}),
          "unseen-11": (1108, {"value_f1": 0.895, "relaxed_f1": 0.965}),
          "unseen-12": (1003, {"value_f1": 0.83, "relaxed_f1": 0.955}),
          "unseen-13": (1097, {"value_f1": 0.87, "relaxed_f1": 0.965}),
          "unseen-14": (1091, {"value_f1": 0.88, "relaxed_f1": 0.96}),
          "unseen-15": (1026, {"value_f1": 0.905, "relaxed_f1": 0.975}),
          "unseen-16": (935, {"value_f1": 0.92, "relaxed_f1": 0.975}),
          "unseen-17": (986, {"value_f1": 0.865, "relaxed_f1": 0.975}),
          "unseen-18": (941, {"value_f1": 0.925, "relaxed_f1": 0.975}),
          "unseen-19": (828, {"value_f1": 0.905, "relaxed_f1": 0.98}),
          "unseen-20": (940, {"value_f1": 0.88, "relaxed_f1": 0.975}),
          "unseen-21": (916, {"value_f1": 0.94, "relaxed_f1": 0.985}),
          "unseen-22": (965, {"value_f1": 0.93, "relaxed_f1": 0.97}),
          "unseen-23": (922, {"value_f1": 0.925, "relaxed_f1": 0.98}),
          "unseen-24": (1037, {"value_f1": 0.895, "relaxed_f1": 0.975}),
          "unseen-25": (828, {"value_f1": 0.925, "relaxed_f1": 0.98}),
          "unseen-26": (949, {"value_f1": 0.86, "relaxed_f1": 0.97}),
          "unseen-27": (939, {"value_f1": 0.895, "relaxed_f1": 0.965}),
          "unseen-28": (895, {"value_f1": 0.93, "relaxed_f1": 0.975}),
          "unseen-29": (1064, {"value_f1": 0.875, "relaxed_f1": 0.975}),
          "unseen-30": (944, {"value_f1": 0.92, "relaxed_f1": 0.975}),
          "unseen-31": (924, {"value_f1": 0.95, "relaxed_f1": 0.98}),
          "unseen-32": (904, {"value_f1": 0.94, "relaxed_f1": 0.985}),
          "unseen-33": (939, {"value_f1": 0.905, "relaxed_f1": 0.975}),
          "unseen-34": (958, {"value_f1": 0.905, "relaxed_f1": 0.975}),
          "unseen-35": (968, {"value_f1": 0.95, "relaxed_f1": 0.975}),
          "unseen-36": (885, {"value_f1": 0.955, "relaxed_f1": 0.98}),
          "unseen-37": (953, {"value_f1": 0.925, "relaxed_f1": 0.975}),
          "unseen-38": (904, {"value_f1": 0.915, "relaxed_f1": 0.985}),
          "unseen-39": (970, {"value_f1": 0.89, "relaxed_f1": 0.97}),
          "unseen-40": (891, {"value_f1": 0.925, "relaxed_f1": 0.975}),
          "unseen-41": (958, {"value_f1": 0.935, "relaxed_f1": 0.98}),
          "unseen-42": (882, {"value_f1": 0.93, "relaxed_f1": 0.98}),
          "unseen-43": (907, {"value_f1": 0.925, "relaxed_f1": 0.975}),
          "unseen-44": (815, {"value_f1": 0.905, "relaxed_f1": 0.985}),
          "unseen-45": (906, {"value_f1": 0.945, "relaxed_f1": 0.98}),
          "unseen-46": (858, {"value_f1": 0.945, "relaxed_f1": 0.98}),
          "unseen-47": (877, {"value_f1": 0.95, "relaxed_f1": 0.985}),
          "unseen-48": (893, {"value_f1": 0.925, "relaxed_f1": 0.975}),
          "unseen-49": (896, {"value_f1": 0.93, "relaxed_f1": 0.975}),
          "unseen-50": (948, {"value_f1": 0.945, "relaxed_f1": 0.98}),
          "unseen-51": (984, {"value_f1": 0.915, "relaxed_f1": 0.975}),
          "unseen-52": (928, {"value_f1": 0.935, "relaxed_f1": 0.985}),
          "unseen-53": (1062, {"value_f1": 0.94, "relaxed_f1": 0.98}),
          "unseen-54": (1044, {"value_f1": 0.875, "relaxed_f1": 0.965}),
          "unseen-55": (1077, {"value_f1": 0.91, "relaxed_f1": 0.98}),
          "unseen-56": (940, {"value_f1": 0.945, "relaxed_f1": 0.985}),
          "unseen-57": (983, {"value_f1": 0.925, "relaxed_f1": 0.985}),
          "unseen-58": (948, {"value_f1": 0.90, "relaxed_f1": 0.97}),
          "unseen-59": (1020, {"value_f1": 0.93, "relaxed_f1": 0.98}),
          "unseen-60": (961, {"value_f1": 0.91, "relaxed_f1": 0.975}),
          "unseen-61": (956, {"value_f1": 0.915, "relaxed_f1": 0.98}),
          "unseen-62": (983, {"value_f1": 0.94, "relaxed_f1": 0.985}),
          "unseen-63": (959, {"value_f1": 0.945, "relaxed_f1": 0.985}),
          "unseen-64": (886, {"value_f1": 0.91, "relaxed_f1": 0.975}),
          "unseen-65": (964, {"value_f1": 0.93, "relaxed_f1": 0.975}),
          "unseen-66": (957, {"value_f1": 0.91, "relaxed_f1": 0.975}),
          "unseen-67": (1066, {"value_f1": 0.925, "relaxed_f1": 0.98}),
          "unseen-68": (943, {"value_f1": 0.935, "relaxed_f1": 0.98}),
          "unseen-69": (946, {"value_f1": 0.94, "relaxed_f1": 0.98}),
          "unseen-70": (959, {"value_f1": 0.935, "relaxed_f1": 0.975}),
          "unseen-71": (952, {"value_f1": 0.935, "relaxed_f1": 0.985}),
          "unseen-72": (1056, {"value_f1": 0.88, "relaxed_f1": 0.96}),
          "unseen-73": (947, {"value_f1": 0.93, "relaxed_f1": 0.98}),
          "unseen-74": (852, {"value_f1": 0.935, "relaxed_f1": 0.98}),
          "unseen-75": (930, {"value_f1": 0.93, "relaxed_f1": 0.975}),
          "unseen-76": (1011, {"value_f1": 0.91, "relaxed_f1": 0.98}),
          "unseen-77": (1093, {"value_f1": 0.895, "relaxed_f1": 0.965}),
          "unseen-78": (926, {"value_f1": 0.94, "relaxed_f1": 0.985}),
          "unseen-79": (977, {"value_f1": 0.90, "relaxed_f1": 0.975}),
          "unseen-80": (993, {"value_f1": 0.905, "relaxed_f1": 0.975}),
          "unseen-81": (820, {"value_f1": 0.935, "relaxed_f1": 0.98}),
          "unseen-82": (1047, {"value_f1": 0.91, "relaxed_f1": 0.96}),
          "unseen-83": (973, {"value_f1": 0.92, "relaxed_f1": 0.985}),
          "unseen-84": (925, {"value_f1": 0.915, "relaxed_f1": 0.98}),
          "unseen-85": (997, {"value_f1": 0.93, "relaxed_f1": 0.98}),
          "unseen-86": (948, {"value_f1": 0.885, "relaxed_f1": 0.975}),
          "unseen-87": (1017, {"value_f1": 0.93, "relaxed_f1": 0.975}),
          "unseen-88": (939, {"value_f1": 0.93, "relaxed_f1": 0.98}),
          "unseen-89": (899, {"value_f1": 0.935, "relaxed_f1": 0.98}),
          "unseen-90": (887, {"value_f1": 0.915, "relaxed_f1": 0.985}),
          "unseen-91": (1045, {"value_f1": 0.94, "relaxed_f1": 0.98}),
          "unseen-92": (1061, {"value_f1": 0.935, "relaxed_f1": 0.98}),
          "unseen-93": (928, {"value_f1": 0.94, "relaxed_f1": 0.985}),
          "unseen-94": (931, {"value_f1": 0.915, "relaxed_f1": 0.985}),
          "unseen-95": (886, {"value_f1": 0.935, "relaxed_f1": 0.98}),
          "unseen-96": (970, {"value_f1": 0.93, "relaxed_f1": 0.98}),
          "unseen-97": (858, {"value_f1": 0.95, "relaxed_f1": 0.985}),
          "unseen-98": (932, {"value_f1": 0.94, "relaxed_f1": 0.98}),
          "unseen-99": (938, {"value_f1": 0.94, "relaxed_f1": 0.98}),
          "unseen-100": (972, {"value_f1": 0.93, "relaxed_f1": 0.98}),
          "unseen-101": (977, {"value_f1": 0.93, "relaxed_f1": 0.98}),
          "unseen-102": (948, {"value_f1": 0.94, "relaxed_f1": 0.98}),
          "unseen-103": (886, {"value_f1": 0.945, "relaxed_f1": 0.97}),
          "unseen-104": (982, {"value_f1": 0.93, "relaxed_f1": 0.975}),
          "unseen-105": (942, {"value_f1": 0.855, "relaxed_f1": 0.96}),
          "unseen-106": (953, {"value_f1": 0.92, "relaxed_f1": 0.98}),
          "unseen-107": (976, {"value_f1": 0.935, "relaxed_f1": 0.98}),
          "unseen-108": (1101, {"value_f1": 0.91, "relaxed_f1": 0.975}),
          "unseen-109": (918, {"value_f1": 0.91, "relaxed_f1": 0.98}),
          "unseen-110": (877, {"value_f1": 0.905, "relaxed_f1": 0.975}),
          "unseen-111": (914, {"value_f1": 0.91, "relaxed_f1": 0.975}),
          "unseen-112": (977, {"value_f1": 0.94, "relaxed_f1": 0.985}),
          "unseen-113": (941, {"value_f1": 0.925, "relaxed_f1": 0.98}),
          "unseen-114": (918, {"value_f1": 0.955, "relaxed_f1": 0.98}),
          "unseen-115": (1080, {"value_f1": 0.905, "relaxed_f1": 0.97}),
          "unseen-116": (1060, {"value_f1": 0.935, "relaxed_f1": 0.98}),
          "unseen-117": (865, {"value_f1": 0.96, "relaxed_f1": 0.985}),
          "unseen-118": (875, {"value_f1": 0.94, "relaxed_f1": 0.985}),
          "unseen-119": (1004, {"value_f1": 0.905, "relaxed_f1": 0.975}),
          "unseen-120": (901, {"value_f1": 0.93, "relaxed_f1": 0.985}),
          "unseen-121": (903, {"value_f1": 0.93, "relaxed_f1": 0.985}),
          "unseen-122": (898, {"value_f1": 0.93, "relaxed_f1": 0.985}),
          "unseen-123": (956, {"value_f1": 0.94, "relaxed_f1": 0.98}),
          "unseen-124": (949, {"value_f1": 0.925, "relaxed_f1": 0.975}),
          "unseen-125": (976, {"value_f1": 0.87, "relaxed_f1": 0.98}),
          "unseen-126": (1002, {"value_f1": 0.88, "relaxed_f1": 0.96}),
          "unseen-127": (1003, {"value_f1": 0.89, "relaxed_f1": 0.98}),
          "unseen-128": (1011, {"value_f1": 0.925, "relaxed_f1": 0.98}),
          "unseen-129": (956, {"value_f1": 0.895, "relaxed_f1": 0.965}),
          "unseen-130": (1020, {"value_f1": 0.885, "relaxed_f1": 0.975}),
          "unseen-131": (1024, {"value_f1": 0.86, "relaxed_f1": 0.94}),
          "unseen-132": (1061, {"value_f1": 0.915, "relaxed_f1": 0.975}),
          "unseen-133": (981, {"value_f1": 0.935, "relaxed_f1": 0.98}),
          "unseen-134": (1018, {"value_f1": 0.89, "relaxed_f1": 0.97}),
          "unseen-135": (1020, {"value_f1": 0.925, "relaxed_f1": 0.975}),
          "unseen-136": (928, {"value_f1": 0.92, "relaxed_f1": 0.975}),
          "unseen-137": (931, {"value_f1": 0.895, "relaxed_f1": 0.98}),
          "unseen-138": (958, {"value_f1": 0.94, "relaxed_f1": 0.98}),
          "unseen-139": (1043, {"value_f1": 0.94, "relaxed_f1": 0.98}),
          "unseen-140": (951, {"value_f1": 0.905, "relaxed_f1": 0.97}),
          "unseen-141": (1015, {"value_f1": 0.89, "relaxed_f1": 0.975}),
          "unseen-142": (937, {"value_f1": 0.915, "relaxed_f1": 0.98}),
          "unseen-143": (907, {"value_f1": 0.905, "relaxed_f1": 0.975}),
          "unseen-144": (1046, {"value_f1": 0.925, "relaxed_f1": 0.98}),
          "unseen-145": (1011, {"value_f1": 0.915, "relaxed_f1": 0.975}),
          "unseen-146": (887, {"value_f1": 0.925, "relaxed_f1": 0.975}),
          "unseen-147": (865, {"value_f1": 0.925, "relaxed_f1": 0.98}),
          "unseen-148": (991, {"value_f1": 0.895, "relaxed_f1": 0.97}),
          "unseen-149": (911, {"value_f1": 0.885, "relaxed_f1": 0.965}),
          "unseen-150": (902, {"value_f1": 0.905, "relaxed_f1": 0.975}),
          "unseen-151": (992, {"value_f1": 0.93, "relaxed_f1": 0.985}),
          "unseen-152": (871, {"value_f1": 0.91, "relaxed_f1": 0.98}),
          "unseen-153": (930, {"value_f1": 0.885, "relaxed_f1": 0.96}),
          "unseen-154": (961, {"value_f1": 0.89, "relaxed_f1": 0.97}),
          "unseen-155": (972, {"value_f1": 0.89, "relaxed_f1": 0.97}),
          "unseen-156": (909, {"value_f1": 0.935, "relaxed_f1": 0.975}),
          "unseen-157": (847, {"value_f1": 0.915, "relaxed_f1": 0.97}),
          "unseen-158": (1077, {"value_f1": 0.885, "relaxed_f1": 0.95}),
          "unseen-159": (905, {"value_f1": 0.91, "relaxed_f1": 0.975}),
          "unseen-160": (995, {"value_f1": 0.90, "relaxed_f1": 0.97}),
          "unseen-161": (962, {"value_f1": 0.93, "relaxed_f1": 0.98}),
          "unseen-162": (1011, {"value_f1": 0.885, "relaxed_f1": 0.965}),
          "unseen-163": (892, {"value_f1": 0.915, "relaxed_f1": 0.975}),
          "unseen-164": (1003, {"value_f1": 0.905, "relaxed_f1": 0.97}),
          "unseen-165": (974, {"value_f1": 0.915, "relaxed_f1": 0.975}),
          "unseen-166": (916, {"value_f1": 0.91, "relaxed_f1": 0.975}),
          "unseen-167": (947, {"value_f1": 0.875, "relaxed_f1": 0.965}),
          "unseen-168": (881, {"value_f1": 0.91, "relaxed_f1": 0.975}),
          "unseen-169": (891, {"value_f1": 0.885, "relaxed_f1": 0.965}),
          "unseen-170": (944, {"value_f1": 0.9, "relaxed_f1": 0.97}),
          "unseen-171": (984, {"value_f1": 0.88, "relaxed_f1": 0.965}),
          "unseen-172": (950, {"value_f1": 0.93, "relaxed_f1": 0.98}),
          "unseen-173": (981, {"value_f1": 0.875, "relaxed_f1": 0.965}),
          "unseen-174": (928, {"value_f1": 0.925, "relaxed_f1": 0.98}),
          "unseen-175": (1019, {"value_f1": 0.89, "relaxed_f1": 0.97})}


def timex(start, end, value="2012", kind="DATE"):
    return Timex(start, end, "x" * (end - start), kind, value)


def test_strip_tags_gives_offsets_into_the_plain_text():
    text, gold = strip_tags('Sales &amp; profit rose <TIMEX3 tid="t1" type="DATE" value="2011">last year'
                            '</TIMEX3> and <EVENT eid="e1">fell</EVENT> <TIMEX3 type="DURATION" value="P2Y">'
                            'two years</TIMEX3>.')
    assert text == "Sales & profit rose last year and fell two years."
    assert [(t.text, t.type, t.value) for t in gold] == [("last year", "DATE", "2011"), ("two years", "DURATION", "P2Y")]
    assert all(text[t.start:t.end] == t.text for t in gold)


def test_read_tml(tmp_path):
    path = tmp_path / "doc.tml"
    path.write_text('<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" functionInDocument="CREATION_TIME">'
                    '19980108</TIMEX3></DCT><TEXT>It fell <TIMEX3 tid="t1" type="DATE" value="1998-01-07">'
                    'yesterday</TIMEX3>.</TEXT></TimeML>', encoding="utf-8")
    document = read_tml(path)
    assert (document.name, str(document.dct), document.text) == ("doc", "1998-01-08", "It fell yesterday.")
    assert [t.value for t in document.timexes] == ["1998-01-07"]


def test_to_timeml_escapes_and_numbers():
    text = "A & B on Tuesday"
    assert to_timeml(text, [Timex(9, 16, "Tuesday", "DATE", "2012-06-05")]) == \
        'A &amp; B on <TIMEX3 tid="t1" type="DATE" value="2012-06-05">Tuesday</TIMEX3>'


def test_alignment_is_one_to_one_by_overlap():
    gold = [timex(0, 10), timex(20, 30)]
    system = [timex(0, 5), timex(5, 10), timex(25, 35), timex(50, 55)]
    pairs = align(gold, system)
    assert [(g and g.start, s and s.start) for g, s in pairs] == [(0, 0), (20, 25), (None, 5), (None, 50)]


@pytest.mark.parametrize("system, strict, relaxed, value_f1", [
    ([timex(0, 10, "2012")], 1.0, 1.0, 1.0),
    ([timex(0, 5, "2012")], 0.0, 1.0, 1.0),
    ([timex(0, 10, "2011")], 1.0, 1.0, 0.0),
    ([timex(0, 10, "2012"), timex(40, 45)], 2 / 3, 2 / 3, 2 / 3),
    ([], 0.0, 0.0, 0.0),
])
def test_scores(system, strict, relaxed, value_f1):
    score = Score()
    score_document("doc", [timex(0, 10, "2012")], system, score)
    summary = score.summary()
    assert summary["strict_f1"] == pytest.approx(strict)
    assert summary["relaxed_f1"] == pytest.approx(relaxed)
    assert summary["value_f1"] == pytest.approx(value_f1)


def test_misses_are_listed():
    score = Score()
    score_document("doc", [timex(0, 10, "2012"), timex(20, 30)], [timex(0, 10, "2011"), timex(40, 45)], score)
    assert sorted(m.kind for m in score.misses) == ["missed", "spurious", "value"]


@pytest.fixture(scope="module")
def corpus_score():
    if not CORPUS.is_dir():
        pytest.skip(f"TempEval-3 corpus not found at {CORPUS}")
    from timeline.temporal.evaluation import evaluate

    return evaluate(CORPUS)


def test_corpus_is_complete(corpus_score):
    assert corpus_score.counts.gold == 1822


@pytest.mark.parametrize("measure, floor", sorted(FLOORS.items()))
def test_corpus_score_stays_above_floor(corpus_score, measure, floor):
    assert corpus_score.summary()[measure] >= floor


@pytest.mark.parametrize("folder", sorted(UNSEEN))
def test_held_out_news_score_stays_above_floor(folder):
    from timeline.temporal.evaluation import evaluate

    gold, floors = UNSEEN[folder]
    score = evaluate(REPO / "benchmarks" / "gold_timex" / folder)
    assert score.counts.gold == gold
    summary = score.summary()
    assert {measure: summary[measure] >= floor for measure, floor in floors.items()} == dict.fromkeys(floors, True)


def test_eval_command(tmp_path):
    (tmp_path / "a.tml").write_text('<TimeML><DCT><TIMEX3 value="2012-06-05" functionInDocument="CREATION_TIME">'
                                    '</TIMEX3></DCT><TEXT>He left <TIMEX3 type="DATE" value="2012-06-04">yesterday'
                                    '</TIMEX3> for <TIMEX3 type="DURATION" value="P2Y">two years</TIMEX3>.</TEXT>'
                                    '</TimeML>', encoding="utf-8")
    result = CliRunner().invoke(main, ["eval-timex", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert "value F1 100.00%" in result.output and "strict   P 100.00%" in result.output


def test_eval_command_missing_dir(tmp_path):
    result = CliRunner().invoke(main, ["eval-timex", str(tmp_path / "nope")])
    assert result.exit_code == 2 and "no such corpus directory" in result.output
