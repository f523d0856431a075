"""JSON Lines: one JSON object per event per line, the model's own JSON form, in date order.

Every object has its `id` (derived from date and title when the file has none), so each line can be
matched to its event file and its page on the site.
"""

from __future__ import annotations

import json
from typing import Sequence

from timeline.exporters._common import in_date_order
from timeline.model import Event


def render(events: Sequence[Event]) -> str:
    lines = []
    for event in in_date_order(events):
        data = event.model_dump(mode="json")
        data["id"] = event.event_id
        lines.append(json.dumps(data, ensure_ascii=False, separators=(",", ":")))
    return "".join(line + "\n" for line in lines)
