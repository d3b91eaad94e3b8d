"""
The reader of ``takeaways.toml``, the guidance's data file (python-stdnum's ``numdb`` habit).

The file is read with :mod:`tomllib` through :mod:`importlib.resources` on first use and the
result is cached. It is checked strictly before anything is built from it: an unknown key, a
missing key, a value of the wrong type, a duplicate id, a theme, lever, audience, actor, verdict,
organ kind or recommendation that does not exist are all refused together, each named by its
place in the file (``recommendations[3].levers[1]``), in one
:class:`~ingroeiquotum.exceptions.LoadError`.
"""

from __future__ import annotations

import datetime
import enum
import functools
import tomllib
from collections.abc import Callable, Mapping
from importlib import resources
from typing import Any, NamedTuple

from ingroeiquotum.exceptions import LoadError, RowError
from ingroeiquotum.guidance._model import (
    Actor,
    AdviceRule,
    Audience,
    Helpdesk,
    Recommendation,
    Source,
    SourceInformation,
    Theme,
)
from ingroeiquotum.law.findings import Verdict
from ingroeiquotum.model.organs import OrganKind
from ingroeiquotum.model.plan import Lever

FILE = "takeaways.toml"
"""The data file's name, in the package ``ingroeiquotum.guidance``."""


class Takeaways(NamedTuple):
    """Everything the data file holds, built and checked."""

    themes: tuple[Theme, ...]
    recommendations: tuple[Recommendation, ...]
    source_information: SourceInformation
    advice: tuple[AdviceRule, ...]


_TEXT = (str, "a string")
_DATE = (datetime.date, "a date")
_TIME = (datetime.time, "a time")
_TEXTS = (list, "a list of strings")
_TABLE = (dict, "a table")
_TABLES = (list, "an array of tables")

_FIELDS: Mapping[str, Mapping[str, tuple[type, str]]] = {
    "": {"source": _TABLE, "themes": _TABLES, "recommendations": _TABLES, "advice": _TABLES},
    "source": {
        "title": _TEXT,
        "publisher": _TEXT,
        "date": _DATE,
        "event": _TEXT,
        "introduction_nl": _TEXT,
        "introduction_en": _TEXT,
        "portal": _TEXT,
        "portal_url": _TEXT,
        "helpdesk": _TABLE,
    },
    "helpdesk": {
        "topics_nl": _TEXT,
        "topics_en": _TEXT,
        "days_nl": _TEXT,
        "days_en": _TEXT,
        "opens": _TIME,
        "closes": _TIME,
        "phone": _TEXT,
    },
    "themes": {"key": _TEXT, "title_nl": _TEXT, "title_en": _TEXT},
    "recommendations": {
        "key": _TEXT,
        "text_nl": _TEXT,
        "text_en": _TEXT,
        "levers": _TEXTS,
        "audiences": _TEXTS,
        "actors": _TEXTS,
        "source_text": _TEXT,
    },
    "advice": {
        "key": _TEXT,
        "rule": _TEXT,
        "verdict": _TEXT,
        "organs": _TEXTS,
        "recommendations": _TEXTS,
        "reason_nl": _TEXT,
        "reason_en": _TEXT,
    },
}
"""Each kind of table: its keys and the type of each. Every key is required but ``organs``."""

_OPTIONAL = {("advice", "organs")}


class _Checker:
    """Collects the problems of a document, each with its place."""

    def __init__(self) -> None:
        self.problems: list[RowError] = []

    def fail(self, place: str, value: object, reason: str) -> None:
        self.problems.append(RowError(None, place, value, reason))

    def table(self, data: object, kind: str, place: str) -> dict[str, Any] | None:
        """``data`` if it is a table with the keys and types of ``kind``, else ``None``."""
        if not isinstance(data, dict):
            self.fail(place or "document", data, "must be a table")
            return None
        fields = _FIELDS[kind]
        good = True
        prefix = f"{place}." if place else ""
        for key in data:
            if key not in fields:  # reported; the rest of the table is still checked
                self.fail(f"{prefix}{key}", data[key], "is not a known key")
        for key, (kind_type, described) in fields.items():
            if key not in data:
                if (kind, key) not in _OPTIONAL:
                    self.fail(f"{prefix}{key}", None, "is missing")
                    good = False
                continue
            value = data[key]
            # a TOML datetime is also a date: the date fields take only a plain date
            wrong = not isinstance(value, kind_type) or (
                kind_type is datetime.date and isinstance(value, datetime.datetime)
            )
            if not wrong and kind_type is list and described == "a list of strings":
                wrong = not all(isinstance(item, str) for item in value)
            if not wrong and kind_type is list and described == "an array of tables":
                wrong = not all(isinstance(item, dict) for item in value)
            if not wrong and kind_type is str and not value.strip():
                self.fail(f"{prefix}{key}", value, "must not be empty")
                good = False
            if wrong:
                self.fail(f"{prefix}{key}", value, f"must be {described}")
                good = False
        return {key: value for key, value in data.items() if key in fields} if good else None

    def members(self, cls: type[enum.Enum], values: list[str], place: str) -> tuple[Any, ...]:
        """The members of ``cls`` named by ``values``; an unknown name is a problem."""
        known = {member.value: member for member in cls}
        found = []
        for index, value in enumerate(values):
            if value in known:
                found.append(known[value])
            else:
                names = ", ".join(repr(name) for name in known)
                self.fail(f"{place}[{index}]", value, f"must be one of {names}")
        if not values:
            self.fail(place, values, "needs at least one value")
        return tuple(found)

    def unique(self, keys: list[tuple[str, str]], kind: str) -> None:
        seen: set[str] = set()
        for place, key in keys:
            if key in seen:
                self.fail(place, key, f"is a duplicate {kind} id")
            seen.add(key)


def _each(
    checker: _Checker, rows: list[Any], kind: str, build: Callable[[dict[str, Any], str], Any]
) -> list[Any]:
    built = []
    for index, row in enumerate(rows):
        place = f"{kind}[{index}]"
        table = checker.table(row, kind, place)
        if table is not None:
            built.append(build(table, place))
    return [item for item in built if item is not None]


def parse(document: Mapping[str, Any], source: str = FILE) -> Takeaways:
    """
    The takeaways in ``document`` (a parsed TOML file), checked strictly.

    Raises:
        LoadError: listing every problem with its place in the document.
    """
    checker = _Checker()
    top = checker.table(dict(document), "", "")
    if top is None:
        raise LoadError(source, checker.problems)
    info = checker.table(top["source"], "source", "source")
    desk = None if info is None else checker.table(info["helpdesk"], "helpdesk", "source.helpdesk")

    checker.unique(
        [(f"themes[{i}].key", row.get("key")) for i, row in enumerate(top["themes"])], "theme"
    )
    themes = _each(checker, top["themes"], "themes", lambda row, _: Theme(**row))
    by_theme = {theme.key: theme for theme in themes}
    title, publisher, when = (
        (info["title"], info["publisher"], info["date"]) if info else ("?", "?", datetime.date.min)
    )

    def recommendation(row: dict[str, Any], place: str) -> Recommendation | None:
        theme = by_theme.get(row["key"].partition(".")[0])
        levers = checker.members(Lever, row["levers"], f"{place}.levers")
        audiences = checker.members(Audience, row["audiences"], f"{place}.audiences")
        actors = checker.members(Actor, row["actors"], f"{place}.actors")
        if theme is None or "." not in row["key"]:
            checker.fail(f"{place}.key", row["key"], "must be a theme's key, a dot and a name")
            return None
        if not (levers and audiences and actors):
            return None
        fields = {**row, "levers": levers, "audiences": audiences, "actors": actors}
        source = Source(title, publisher, when, theme)
        return Recommendation(theme=theme, source=source, **fields)

    checker.unique(
        [(f"recommendations[{i}].key", r.get("key")) for i, r in enumerate(top["recommendations"])],
        "recommendation",
    )
    recs = _each(checker, top["recommendations"], "recommendations", recommendation)
    known = {rec.key for rec in recs}

    def advice_rule(row: dict[str, Any], place: str) -> AdviceRule | None:
        verdict = next((v for v in Verdict if v.value == row["verdict"]), None)
        if verdict is None:
            names = ", ".join(repr(v.value) for v in Verdict)
            checker.fail(f"{place}.verdict", row["verdict"], f"must be one of {names}")
        organs = (
            checker.members(OrganKind, row["organs"], f"{place}.organs") if "organs" in row else ()
        )
        for index, key in enumerate(row["recommendations"]):
            if key not in known:
                checker.fail(f"{place}.recommendations[{index}]", key, "is not a recommendation")
        if verdict is None:
            return None
        fields = {**row, "verdict": verdict, "recommendations": tuple(row["recommendations"])}
        fields["organs"] = organs
        return AdviceRule(**fields)

    checker.unique(
        [(f"advice[{i}].key", row.get("key")) for i, row in enumerate(top["advice"])], "advice"
    )
    advice = _each(checker, top["advice"], "advice", advice_rule)
    if checker.problems or info is None or desk is None:
        raise LoadError(source, checker.problems)
    information = SourceInformation(**{**info, "helpdesk": Helpdesk(**desk)})
    return Takeaways(tuple(themes), tuple(recs), information, tuple(advice))


@functools.cache
def takeaways() -> Takeaways:
    """The takeaways of the shipped data file; read on first use, then cached."""
    with (resources.files("ingroeiquotum.guidance") / FILE).open("rb") as handle:
        document = tomllib.load(handle)
    return parse(document, f"ingroeiquotum/guidance/{FILE}")
