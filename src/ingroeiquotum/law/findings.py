"""
Findings (*bevindingen*): what a rule says about a set of facts, and why.

A rule never raises for non-compliance: it returns a :class:`Finding` that carries the
verdict, the numbers behind it, the provisions it applies, the reading it chose where the law is
unclear, the facts it missed where it cannot decide, and a message key that
:func:`ingroeiquotum.i18n.render` turns into Dutch or English.
"""

from __future__ import annotations

__all__ = ["FINDING_SCHEMA_VERSION", "Confidence", "Finding", "Findings", "Reading", "Verdict"]

import enum
from collections.abc import Iterable, Mapping
from datetime import date, datetime
from types import MappingProxyType
from typing import Any

import attrs

from ingroeiquotum import _validate
from ingroeiquotum.exceptions import InvalidArgument
from ingroeiquotum.law.citations import Citation


class Verdict(enum.Enum):
    """
    What a rule concludes.

    .. versionadded:: 0.1.0
    """

    COMPLIANT = "compliant"
    """The facts meet the rule (*voldoet*); for an appointment: valid (*geldig*)."""
    NOT_COMPLIANT = "not_compliant"
    """The facts do not meet the rule (*voldoet niet*); for an appointment: void (*nietig*)."""
    NOT_APPLICABLE = "not_applicable"
    """The rule does not reach these facts (*niet van toepassing*), e.g. before 2022."""
    CANNOT_DECIDE = "cannot_decide"
    """A fact is missing and the verdict depends on it (*niet te beoordelen*)."""
    APPLIES = "applies"
    """For the scope rules only: the duty reaches the company (*van toepassing*)."""


class Confidence(enum.Enum):
    """
    How sure the rule book is of the reading behind a finding.

    .. versionadded:: 0.1.0
    """

    HIGH = "H"
    """Statute text, or several independent sources agree."""
    MEDIUM = "M"
    """Consistent secondary sources."""
    LOW = "L"
    """One source, or a reading of a silent law."""


@attrs.frozen
class Reading:
    """
    A reading the library applies where the law is unclear (a *Decision* of the rule book).

    ``key`` is stable and dotted (``quota.other_is_neither_sex``); ``summary`` says in English
    what the library does, and its Dutch and English messages are under ``reading.<key>`` in
    the catalogs. ``alternative`` names the other plausible reading.

    ``alternative_chosen`` is true on the reading a finding applied where the user chose the
    alternative (:func:`ingroeiquotum.readings.choose`): its ``confidence`` is then ``LOW``,
    because the rule book does not back it, and :attr:`applied` is the alternative's text.

    .. versionadded:: 0.1.0

    .. versionchanged:: 0.2.0
       Added ``alternative_chosen`` and :attr:`applied`, for readings a user can switch.
    """

    key: str
    summary: str
    confidence: Confidence
    alternative: str = ""
    source: str = "rule book"
    alternative_chosen: bool = False

    @property
    def applied(self) -> str:
        """What the library did: the ``alternative`` where it was chosen, else the ``summary``."""
        return self.alternative if self.alternative_chosen else self.summary


def _facts(value: Mapping[str, Any]) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise InvalidArgument("facts", value, "must be a mapping from name to value")
    facts = dict(value)
    for key in facts:
        if not isinstance(key, str):
            raise InvalidArgument("facts", key, "a fact's name must be a string")
    return MappingProxyType(facts)


def _citations(instance: Finding, attribute: object, value: tuple[Citation, ...]) -> None:
    if not value or not all(isinstance(citation, Citation) for citation in value):
        raise InvalidArgument("citations", value, "a finding cites at least one provision")


def _citation_tuple(value: Iterable[Citation]) -> tuple[Citation, ...]:
    return _validate.sequence("citations", value)


def _reading_tuple(value: Iterable[Reading]) -> tuple[Reading, ...]:
    return _validate.instances("readings", value, Reading)


def _texts(field: str, value: Iterable[str]) -> tuple[str, ...]:
    items = _validate.sequence(field, value)
    for index, item in enumerate(items):
        if not isinstance(item, str):
            raise InvalidArgument(f"{field}[{index}]", item, "must be a string")
    return items


def _missing(value: Iterable[str]) -> tuple[str, ...]:
    return _texts("missing", value)


def _notes(value: Iterable[str]) -> tuple[str, ...]:
    return _texts("notes", value)


def _verdict(value: object) -> Verdict:
    return _validate.member(Verdict, value, "verdict")


@attrs.frozen(eq=True)
class Finding:
    """
    The result of one rule applied to one set of facts on one date.

    Attributes:
        rule: the rule's identifier, e.g. ``"quota.balance"``.
        rule_version: the version of the rule's reading (changes when a reading changes).
        verdict: the :class:`Verdict`.
        on: the date the question is about; citations link to the text valid then.
        message: the message key, e.g. ``"quota.balanced"``.
        facts: the numbers and values behind the verdict (also the message's parameters).
        citations: the provisions applied, at least one.
        readings: the rule-book readings applied where the law is unclear.
        missing: for ``CANNOT_DECIDE``, the facts that would settle it, as keys
            (``"members_sex"``, ``"size_figures:2023-12-31"``) that render as text.
        confidence: the lowest confidence of the readings applied (``HIGH`` without any).
        subject: what the finding is about, e.g. ``"rvc"`` or a company name.
        notes: further message keys (warnings) rendered after the main message.
        advisory: the rule checks a recommendation (the SER's best practice), not a legal
            duty; its ``NOT_COMPLIANT`` means "not following the advice".

    Findings are immutable but not hashable (their facts are a mapping).

    .. versionadded:: 0.1.0

    """

    rule: str = attrs.field(validator=_validate.attrs_text)
    rule_version: str = attrs.field(validator=_validate.attrs_text)
    verdict: Verdict = attrs.field(converter=_verdict)
    on: date = attrs.field(validator=_validate.attrs_day)
    message: str = attrs.field(validator=_validate.attrs_text)
    facts: Mapping[str, Any] = attrs.field(factory=dict, converter=_facts, hash=False)
    citations: tuple[Citation, ...] = attrs.field(
        default=(), converter=_citation_tuple, validator=_citations
    )
    readings: tuple[Reading, ...] = attrs.field(default=(), converter=_reading_tuple)
    missing: tuple[str, ...] = attrs.field(default=(), converter=_missing)
    subject: str = attrs.field(default="", validator=_validate.attrs_text)
    notes: tuple[str, ...] = attrs.field(default=(), converter=_notes)
    advisory: bool = attrs.field(default=False, validator=_validate.attrs_flag)

    __hash__ = None  # type: ignore[assignment]

    @property
    def confidence(self) -> Confidence:
        """The lowest confidence among the readings applied; ``HIGH`` if none was needed."""
        order = [Confidence.LOW, Confidence.MEDIUM, Confidence.HIGH]
        levels = [reading.confidence for reading in self.readings]
        return min(levels, key=order.index) if levels else Confidence.HIGH

    @property
    def ok(self) -> bool:
        """Whether there is nothing to act on: not ``NOT_COMPLIANT`` nor ``CANNOT_DECIDE``."""
        return self.verdict not in (Verdict.NOT_COMPLIANT, Verdict.CANNOT_DECIDE)

    @property
    def article(self) -> str:
        """The citations as one string, e.g. ``"art. 2:142b lid 2 BW"``."""
        return "; ".join(str(citation) for citation in self.citations)

    def as_dict(self) -> dict[str, Any]:
        """
        The finding as a plain, JSON-ready document (dates as ISO strings, fractions as strings).

        The keys are stable: the envelope ``schema`` (``"ingroeiquotum.finding"``) and
        ``schema_version``, then ``rule``, ``rule_version``, ``verdict``, ``on``, ``message``,
        ``subject``, ``facts``, ``fact_types``, ``citations``, ``readings``, ``missing``,
        ``confidence``, ``notes``, ``advisory``. ``fact_types`` names the type of each fact that
        JSON has no type for (a date, a fraction, a decimal, one of the library's enums, a
        tuple), so that :func:`.serialize.finding_from_dict` reads the finding back unchanged.

        .. versionchanged:: 0.1.0
           Added ``schema_version``, ``fact_types`` and each reading's ``alternative`` and
           ``source``, so that the document reads back losslessly; the envelope ``schema`` and
           ``schema_version`` comes first, as in every document of the library.

        .. versionchanged:: 0.2.0
           A reading whose alternative was chosen (:func:`ingroeiquotum.readings.choose`) has
           ``"alternative_chosen": true``; the key is absent otherwise.
        """
        return {"schema": _SCHEMA, "schema_version": FINDING_SCHEMA_VERSION, **_body(self)}

    def _repr_html_(self) -> str:
        """The finding as a notebook shows it: verdict, message, article (:mod:`.display`)."""
        from ingroeiquotum.display import _html

        return _html.finding_html(self)

    def __repr__(self) -> str:
        """One line: ``<Finding quota.balance: compliant on 2024-06-30, rvc; art. 2:142b ...>``."""
        from ingroeiquotum.display import _html

        return _html.finding_repr(self)


class Findings(tuple[Finding, ...]):
    """
    Findings that show themselves as one table in a notebook; otherwise the tuple they are
    (equal to a tuple of the same findings). ``Findings(items)`` wraps any iterable of findings;
    the rules that return several findings return one.

    >>> from ingroeiquotum.composition import Composition
    >>> from ingroeiquotum.law.bw2 import quota
    >>> found = Findings(quota.check_balance(Composition(3, n), date(2024, 6, 30)) for n in (1, 2))
    >>> [finding.verdict.value for finding in found]
    ['not_compliant', 'compliant']
    >>> found == tuple(found), "<table>" in found._repr_html_()
    (True, True)

    .. versionadded:: 0.2.0
    """

    __slots__ = ()

    def _repr_html_(self) -> str:
        from ingroeiquotum.display import _html

        return _html.findings_html(self)

    def __repr__(self) -> str:
        from ingroeiquotum.display import _html

        return _html.rows_repr(self, "Findings")


# -- encoding: the finding document (read back by io.codec, which may import the provisions) ------

FINDING_SCHEMA_VERSION = "1.0"
"""The version of the document :meth:`Finding.as_dict` writes (read by :func:`.serialize.finding_from_dict`)."""

_SCHEMA = "ingroeiquotum.finding"
"""The schema name of the finding document (the envelope's ``schema``)."""


def _body(finding: Finding) -> dict[str, Any]:
    """The finding's document without its envelope: also the form a finding has inside another."""
    facts, types = _encode_facts(finding.facts)
    return {
        "rule": finding.rule,
        "rule_version": finding.rule_version,
        "verdict": finding.verdict.value,
        "on": finding.on.isoformat(),
        "message": finding.message,
        "subject": finding.subject,
        "facts": facts,
        "fact_types": types,
        "citations": [citation.as_dict(finding.on) for citation in finding.citations],
        "readings": [_reading_body(reading) for reading in finding.readings],
        "missing": list(finding.missing),
        "confidence": finding.confidence.value,
        "notes": list(finding.notes),
        "advisory": finding.advisory,
    }


def _reading_body(reading: Reading) -> dict[str, Any]:
    """
    A reading in a finding's document; ``alternative_chosen`` only where it is true, so that
    a finding made under the library's own readings reads as before the key existed.
    """
    body: dict[str, Any] = {
        "key": reading.key,
        "summary": reading.summary,
        "confidence": reading.confidence.value,
        "alternative": reading.alternative,
        "source": reading.source,
    }
    if reading.alternative_chosen:
        body["alternative_chosen"] = True
    return body


def _encode_facts(facts: Mapping[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """``facts`` as JSON-ready data, and the type tag of each fact JSON has no type for."""
    plain_facts: dict[str, Any] = {}
    types: dict[str, Any] = {}
    for key, value in facts.items():
        plain_facts[key], tag = _encode(value)
        if tag is not None:
            types[key] = tag
    return plain_facts, types


def plain(value: Any) -> Any:
    """
    ``value`` as JSON-ready data: dates as ISO strings, fractions and decimals as strings,
    enums as their values, tuples as lists.

    >>> from fractions import Fraction
    >>> plain({"share": Fraction(1, 3), "on": date(2024, 1, 1), "n": (1, 2)})
    {'share': '1/3', 'on': '2024-01-01', 'n': [1, 2]}
    """
    from decimal import Decimal
    from fractions import Fraction

    if isinstance(value, bool | int | float | str) or value is None:
        return value
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Fraction | Decimal):
        return str(value)
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, Mapping):
        return {str(key): plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [plain(item) for item in value]
    if isinstance(value, frozenset | set):  # in a fixed order, whatever the hash seed
        return sorted((plain(item) for item in value), key=_order)
    return str(value)


def _order(value: Any) -> str:
    import json

    return json.dumps(value, sort_keys=True, ensure_ascii=False, default=str)


# -- reading a finding back ----------------------------------------------------------------------

_ENUM_MODULES = {
    "ingroeiquotum.model.company": "ingroeiquotum.company",
    "ingroeiquotum.law.eu": "ingroeiquotum.eu",
    "ingroeiquotum.law.findings": "ingroeiquotum.findings",
    "ingroeiquotum.model.gender": "ingroeiquotum.gender",
    "ingroeiquotum.guidance": "ingroeiquotum.guidance",
    "ingroeiquotum.model.organs": "ingroeiquotum.organs",
    "ingroeiquotum.model.plan": "ingroeiquotum.plan",
    "ingroeiquotum.model.target": "ingroeiquotum.targets",
    "ingroeiquotum.law.bw2.reporting": "ingroeiquotum.reporting",
    "ingroeiquotum.law.bw2.ser_report": "ingroeiquotum.reporting",
    "ingroeiquotum.planning.succession": "ingroeiquotum.succession",
    "ingroeiquotum.planning.search": "ingroeiquotum.succession",
    "ingroeiquotum.law.bw2.targets": "ingroeiquotum.targets",
}
"""
The modules whose enums a fact may hold, by their implementation's name; ``fact_types`` names
an enum by its module's public path (``enum:ingroeiquotum.company.LegalForm``), which does not
move when the implementation does.
"""


def _public_module(module: str) -> str | None:
    """
    The public path of the implementation ``module``, or of the package holding it (an enum
    of ``ingroeiquotum.law.eu.objective`` is tagged ``ingroeiquotum.eu``, whose package
    exports it); ``None`` for a module outside the table.
    """
    while module:
        public = _ENUM_MODULES.get(module)
        if public is not None:
            return public
        module = module.rpartition(".")[0]
    return None


def _encode(value: Any) -> tuple[Any, Any]:
    """``value`` as :func:`plain` writes it, and its type tag (``None`` where JSON has the type)."""
    from decimal import Decimal
    from fractions import Fraction

    if isinstance(value, bool | int | str) or value is None:
        return value, None
    if isinstance(value, float):
        return value, None
    if isinstance(value, datetime):
        return value.isoformat(), "datetime"
    if isinstance(value, date):
        return value.isoformat(), "date"
    if isinstance(value, Fraction):
        return str(value), "fraction"
    if isinstance(value, Decimal):
        return str(value), "decimal"
    if isinstance(value, enum.Enum):
        kind = type(value)
        public = _public_module(kind.__module__)
        if public is not None:
            return plain(value), f"enum:{public}.{kind.__qualname__}"
        return plain(value), None
    if isinstance(value, list | tuple | frozenset | set):
        items = [_encode(item) for item in value]
        if isinstance(value, frozenset | set):
            items.sort(key=lambda pair: _order(pair[0]))
        tags = [tag for _, tag in items]
        name = (
            "frozenset"
            if isinstance(value, frozenset)
            else "set"
            if isinstance(value, set)
            else "tuple"
            if isinstance(value, tuple)
            else "list"
        )
        if name == "list" and all(tag is None for tag in tags):
            return [item for item, _ in items], None
        return [item for item, _ in items], {name: tags}
    if isinstance(value, Mapping) and all(isinstance(key, str) for key in value):
        encoded = {key: _encode(item) for key, item in value.items()}
        inner = {key: tag for key, (_, tag) in encoded.items() if tag is not None}
        return {key: item for key, (item, _) in encoded.items()}, (
            {"dict": inner} if inner else None
        )
    return plain(value), None
