"""
The guidance's value types: themes, recommendations, their sources and the advice table's rows.

The names are public at :mod:`ingroeiquotum.guidance`; this module holds them so that the loader
of the data file (:mod:`ingroeiquotum.guidance._load`) and the queries import them without a
circle.
"""

from __future__ import annotations

import datetime
import enum
from collections.abc import Iterable
from typing import TypeVar

import attrs

from ingroeiquotum import _validate
from ingroeiquotum.exceptions import InvalidArgument
from ingroeiquotum.guidance._locale import language
from ingroeiquotum.law.findings import Finding, Verdict
from ingroeiquotum.model.organs import OrganKind
from ingroeiquotum.model.plan import Lever

_E = TypeVar("_E", bound=enum.Enum)


def _parse_enum(cls: type[_E], value: object, field: str) -> _E:
    return _validate.member(cls, value, field)


class Audience(enum.Enum):
    """
    The organs or groups a recommendation concerns (*doelgroep*).

    .. versionadded:: 0.1.0
    """

    BESTUUR = "bestuur"
    """The management board, or the executive directors (*bestuur*)."""
    RVC = "rvc"
    """The supervisory board, or the non-executive directors (*raad van commissarissen*)."""
    SUBTOP = "subtop"
    """The managerial categories below the board (*subtop*)."""
    WORKFORCE = "workforce"
    """The whole workforce (*het hele personeelsbestand*)."""
    PIPELINE = "pipeline"
    """Pupils, students and young people who may enter the sector (*onderwijs en instroom*)."""

    @classmethod
    def parse(cls, value: object, field: str = "audience") -> Audience:
        """The audience named by ``value`` (an :class:`Audience` or its value)."""
        return _parse_enum(cls, value, field)


class Actor(enum.Enum):
    """
    Who acts on a recommendation (*wie is aan zet*).

    .. versionadded:: 0.1.0
    """

    BOARD = "board"
    """The management board (*bestuur*)."""
    RVC = "rvc"
    """The supervisory board (*raad van commissarissen*)."""
    HR = "hr"
    """Human resources (*HR*, *personeelszaken*)."""
    WORKS_COUNCIL = "works_council"
    """The works council (*ondernemingsraad*, OR)."""
    SELECTION_COMMITTEE = "selection_committee"
    """The committee that selects candidates for an appointment (*selectiecommissie*)."""
    LEADERS = "leaders"
    """Managers and leaders throughout the company (*leidinggevenden*)."""
    ORGANISATION = "organisation"
    """The organisation as a whole (*de hele organisatie*)."""

    @classmethod
    def parse(cls, value: object, field: str = "actor") -> Actor:
        """The actor named by ``value`` (an :class:`Actor` or its value, e.g. ``"hr"``)."""
        return _parse_enum(cls, value, field)


def _non_empty(instance: object, attribute: attrs.Attribute[str], value: object) -> None:
    if not isinstance(value, str) or not value.strip():
        raise InvalidArgument(attribute.name, value, "must be a non-empty string")


@attrs.frozen
class Theme:
    """
    One of the document's themes (*thema*): a stable key and its Dutch and English titles.

    ``str()`` gives the Dutch title, as printed in the document.

    .. versionadded:: 0.1.0
    """

    key: str = attrs.field(validator=_non_empty)
    title_nl: str = attrs.field(validator=_non_empty)
    title_en: str = attrs.field(validator=_non_empty)

    def title(self, locale: str) -> str:
        """The title in ``locale`` (``"nl"`` or ``"en"``)."""
        return self.title_nl if language(locale) == "nl" else self.title_en

    def __str__(self) -> str:
        return self.title_nl


@attrs.frozen
class Source:
    """
    Where a recommendation comes from: the document, its publisher, its date and its theme.

    ``date`` is the date of the dialogue session the document reports on.

    .. versionadded:: 0.1.0
    """

    title: str
    publisher: str
    date: datetime.date
    theme: Theme

    def __str__(self) -> str:
        return f"{self.publisher}, {self.title}, {self.date.isoformat()}, {self.theme.title_nl}"


def _levers(value: Iterable[Lever]) -> frozenset[Lever]:
    return frozenset(Lever.parse(item, "levers") for item in value)


def _audiences(value: Iterable[Audience]) -> frozenset[Audience]:
    return frozenset(Audience.parse(item, "audiences") for item in value)


def _actors(value: Iterable[Actor]) -> frozenset[Actor]:
    return frozenset(Actor.parse(item, "actors") for item in value)


def _not_empty_set(
    instance: object, attribute: attrs.Attribute[frozenset[object]], value: object
) -> None:
    if not value:
        raise InvalidArgument(attribute.name, value, "needs at least one tag")


@attrs.frozen
class Recommendation:
    """
    One recommendation of the takeaways (*aanbeveling*), with its tags and its source.

    Attributes:
        key: a stable dotted id, the theme's key first (``"ambition.inflow_promotion_targets"``).
        theme: the :class:`Theme` it is listed under.
        text_nl: the recommendation in Dutch, faithful to the bullet, as a clean sentence.
        text_en: the recommendation in English, in our own words.
        levers: the :class:`~ingroeiquotum.model.plan.Lever` values it works on (at least one).
        audiences: the :class:`Audience` values it concerns (at least one).
        actors: the :class:`Actor` values who act on it (at least one).
        source: the :class:`Source`.
        source_text: the bullet as printed in the document, its line breaks joined.

    .. versionadded:: 0.1.0

    """

    key: str = attrs.field(validator=_non_empty)
    theme: Theme
    text_nl: str = attrs.field(validator=_non_empty)
    text_en: str = attrs.field(validator=_non_empty)
    levers: frozenset[Lever] = attrs.field(converter=_levers, validator=_not_empty_set)
    audiences: frozenset[Audience] = attrs.field(converter=_audiences, validator=_not_empty_set)
    actors: frozenset[Actor] = attrs.field(converter=_actors, validator=_not_empty_set)
    source: Source
    source_text: str = attrs.field(validator=_non_empty)

    def __attrs_post_init__(self) -> None:
        if not self.key.startswith(f"{self.theme.key}."):
            raise InvalidArgument("key", self.key, f"must start with {self.theme.key + '.'!r}")
        if self.source.theme != self.theme:
            raise InvalidArgument("source", self.source, "must name the recommendation's theme")

    def text(self, locale: str) -> str:
        """The recommendation in ``locale`` (``"nl"`` or ``"en"``)."""
        return self.text_nl if language(locale) == "nl" else self.text_en

    def __str__(self) -> str:
        return self.text_nl


@attrs.frozen
class Helpdesk:
    """
    The SER helpdesk the document refers readers to.

    .. versionadded:: 0.1.0
    """

    topics_nl: str
    topics_en: str
    days_nl: str
    days_en: str
    opens: datetime.time
    closes: datetime.time
    phone: str


@attrs.frozen
class SourceInformation:
    """
    What the document says besides its recommendations: its title, the session, the portal
    and the helpdesk. These are facts about the source, not recommendations.

    .. versionadded:: 0.1.0
    """

    title: str
    publisher: str
    date: datetime.date
    event: str
    introduction_nl: str
    introduction_en: str
    portal: str
    portal_url: str
    helpdesk: Helpdesk


def _organ_kinds(value: Iterable[OrganKind]) -> frozenset[OrganKind]:
    return frozenset(value)


@attrs.frozen
class AdviceRule:
    """
    One row of the advice table: which finding it answers, with which recommendations, why.

    A finding matches when its ``rule`` and ``verdict`` are equal to the row's and, where
    ``organs`` is not empty, its ``subject`` names an organ of one of those kinds. The first
    matching row in the table applies.

    .. versionadded:: 0.1.0
    """

    key: str
    rule: str
    verdict: Verdict
    recommendations: tuple[str, ...]
    reason_nl: str
    reason_en: str
    organs: frozenset[OrganKind] = attrs.field(default=(), converter=_organ_kinds)


@attrs.frozen
class Advice:
    """
    The recommendations that answer one finding, and the reason that links them.

    ``key`` names the row of the advice table that applied.

    .. versionadded:: 0.1.0
    """

    key: str
    finding: Finding = attrs.field(hash=False)
    recommendations: tuple[Recommendation, ...]
    reason_nl: str
    reason_en: str

    def reason(self, locale: str) -> str:
        """The reason in ``locale`` (``"nl"`` or ``"en"``)."""
        return self.reason_nl if language(locale) == "nl" else self.reason_en


@attrs.frozen
class Gap:
    """
    Something a plan misses (a lever or a theme) and the recommendations that would fill it.

    .. versionadded:: 0.1.0
    """

    missing: Lever | Theme
    recommendations: tuple[Recommendation, ...]


@attrs.frozen
class PlanAnalysis:
    """
    Which levers and themes a plan of action covers and misses.

    Levers are listed in the order of :class:`~ingroeiquotum.model.plan.Lever`, themes in the
    document's order. ``gaps`` has one :class:`Gap` per missing lever, then one per missing
    theme.

    .. versionadded:: 0.1.0
    """

    covered_levers: tuple[Lever, ...]
    missing_levers: tuple[Lever, ...]
    covered_themes: tuple[Theme, ...]
    missing_themes: tuple[Theme, ...]
    gaps: tuple[Gap, ...]

    @property
    def complete(self) -> bool:
        """Whether the plan covers every lever and every theme."""
        return not self.missing_levers and not self.missing_themes
