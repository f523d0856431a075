"""The JSON Schema of event files, generated from the model so the two never disagree."""

from __future__ import annotations

import json
from typing import Any

from timeline.model import Event

SCHEMA_ID = "https://timeline.invalid/event.schema.json"


def event_schema() -> dict[str, Any]:
    schema = Event.model_json_schema(mode="validation")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = SCHEMA_ID
    schema["title"] = "timeline event"
    return schema


def event_schema_text() -> str:
    return json.dumps(event_schema(), indent=2, ensure_ascii=False) + "\n"
