"""The event model: one happening, as stored in one YAML file under events/.

The pydantic models here are the single source of truth: validation of event files, the typed objects
every stage passes around, and the JSON Schema (`timeline schema`) are all derived from them.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, GetCoreSchemaHandler, model_validator
from pydantic_core import PydanticCustomError, core_schema

from timeline.dates import EXAMPLE, DateFormatError, TimePoint, human_range

ID_PATTERN = r"^[a-z0-9]+(?:[-_][a-z0-9]+)*$"
ID_EXAMPLE = "2012-06-05-putin-holds-talks-in-beijing"
URL_PATTERN = r"^(https?://|mailto:|/|\./|\.\./|#)"
MAX_SLUG_WORDS = 8

Status = Literal["happened", "scheduled", "target", "expected", "ongoing", "cancelled", "postponed"]
Bound = Literal["before", "by", "after"]
Origin = Literal["manual", "extracted"]
Review = Literal["draft", "approved"]


def _parse_time_point(value: Any) -> TimePoint:
    try:
        return TimePoint.parse(value)
    except DateFormatError as error:
        raise PydanticCustomError("time_point", str(error)) from None


class _TimePointType:
    """Pydantic glue for TimePoint: parsed from YAML text or an int year, written back as ISO text."""

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: GetCoreSchemaHandler) -> core_schema.CoreSchema:
        return core_schema.no_info_plain_validator_function(
            _parse_time_point, serialization=core_schema.plain_serializer_function_ser_schema(str)
        )

    @classmethod
    def __get_pydantic_json_schema__(cls, schema: Any, handler: Any) -> dict[str, Any]:
        return {
            "anyOf": [
                {"type": "string", "pattern": r"^[+-]?\d{4,6}(-\d{2}(-\d{2}([T ]\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:?\d{2})?)?)?)?$"},
                {"type": "integer"},
            ],
            "description": f"ISO 8601 at the precision known: 2008, 2012-05, {EXAMPLE}, 2012-06-05T14:30+08:00",
            "examples": ["2008", "2012-05", EXAMPLE],
        }


DateValue = Annotated[TimePoint, _TimePointType]


def _one_or_many(value: Any) -> Any:
    # "actors: Vladimir Putin" is what a person types for one actor; keep it, as a list of one.
    return [value] if isinstance(value, str) else value


NameList = Annotated[list[Annotated[str, Field(min_length=1)]], BeforeValidator(_one_or_many)]
Url = Annotated[str, Field(pattern=URL_PATTERN, description="http(s) address or a path inside the site")]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


class Source(_Strict):
    """Where the event is reported: the article, and the sentence it comes from."""

    title: str | None = None
    url: Url | None = None
    publisher: str | None = None
    published: DateValue | None = None
    quote: str | None = Field(None, description="The words of the source that report the event")


class Media(_Strict):
    """An image shown with the event."""

    url: Url
    caption: str | None = None
    credit: str | None = None


class Event(_Strict):
    """One happening. Only `title` and `date` are required."""

    id: Annotated[str, Field(pattern=ID_PATTERN, max_length=120)] | None = Field(
        None, description="Stable, unique id; derived from date and title when absent"
    )
    title: Annotated[str, Field(min_length=1)]
    date: DateValue
    end: DateValue | None = Field(None, description="Last day (or month, year) of a range")
    approximate: bool = Field(False, description="The date is approximate: shown as 'c. 1850'")
    bound: Bound | None = Field(None, description="The event happens before, by or after the date")
    status: Status = "happened"
    summary: str = Field("", description="Markdown")
    actors: NameList = Field(default_factory=list)
    places: NameList = Field(default_factory=list)
    tags: NameList = Field(default_factory=list)
    sources: list[Source] = Field(default_factory=list)
    media: Media | None = None
    origin: Origin = "manual"
    review: Review | None = Field(None, description="Extracted events are drafts until a person approves them")

    @model_validator(mode="after")
    def _end_not_before_date(self) -> "Event":
        if self.end is not None and self.end.end_key() < self.date.start_key():
            raise PydanticCustomError(
                "end_before_date", "{end} is before 'date' {date}", {"end": str(self.end), "date": str(self.date)}
            )
        return self

    @property
    def event_id(self) -> str:
        return self.id or derive_id(self.date, self.title)

    @property
    def review_state(self) -> str:
        return self.review or ("draft" if self.origin == "extracted" else "approved")

    @property
    def date_label(self) -> str:
        """The date as a reader reads it: "2015", "6–7 June 2012", "by 2015", "c. 1850", "by c. 2015"."""
        text = human_range(self.date, self.end)
        if self.approximate:
            text = f"c. {text}"
        if self.bound:
            text = f"{self.bound} {text}"
        return text

    def sort_key(self) -> tuple:
        end = self.end.end_key() if self.end else self.date.end_key()
        return (self.date.sort_key(), end, self.title.casefold(), self.event_id)


def slugify(text: str, max_words: int = MAX_SLUG_WORDS) -> str:
    """Lowercase ASCII words joined by hyphens; empty when the text has no Latin letters or digits."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    words = re.findall(r"[a-z0-9]+", ascii_text.lower())
    return "-".join(words[:max_words])


def derive_id(date: TimePoint, title: str) -> str:
    slug = slugify(title) or hashlib.sha1(title.encode("utf-8", "surrogatepass")).hexdigest()[:10]
    return f"{date.slug()}-{slug}"


def year_folder(date: TimePoint) -> str:
    return str(date.year) if date.year > 0 else f"{1 - date.year}bce"


FIELD_NAMES = tuple(Event.model_fields)
