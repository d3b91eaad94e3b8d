"""
Objects that show themselves in a notebook (*weergave*): HTML tables and short reprs.

Jupyter shows an object by calling its ``_repr_html_``; the library's results (a
:class:`~ingroeiquotum.findings.Finding` and the tuples of findings the rules return, the SER
report, EU evaluations, meeting results, succession plans, aggregates, loaded sources and
:class:`~ingroeiquotum.exceptions.LoadError`) call the functions of this module. Every text
taken from the object is escaped (:func:`html.escape`), every cell is cut to
:data:`CELL_LIMIT` characters and every table to :data:`SHOWN_ROWS` rows, so what a notebook
shows stays short whatever the number of rows.

**The language.** The texts come from the package's catalogs in the display language: English
unless :func:`set_locale` chose another, for everything shown afterwards; :func:`html` shows one
object in a language of its own.

>>> from datetime import date
>>> from ingroeiquotum import quota
>>> from ingroeiquotum.composition import Composition
>>> finding = quota.check_balance(Composition(men=5, women=1), date(2024, 6, 30))
>>> "not compliant" in finding._repr_html_()
True
>>> "voldoet niet" in html(finding, "nl")
True

**The layers.** This module is in the lowest layer, so that :mod:`ingroeiquotum.exceptions`
and the law's result classes may call it; it knows none of their classes (it reads their
attributes) and it imports no catalog. The package's ``__init__`` hands it, with
:func:`use_texts`, a function that loads :mod:`ingroeiquotum.i18n` on the first display.

.. versionadded:: 0.2.0
"""

from __future__ import annotations

__all__ = [
    "CELL_LIMIT",
    "MESSAGE_LIMIT",
    "SHOWN_ROWS",
    "Table",
    "Texts",
    "evaluation_html",
    "finding_html",
    "finding_repr",
    "findings_html",
    "get_locale",
    "html",
    "information_html",
    "load_error_html",
    "loaded_html",
    "loaded_repr",
    "meeting_html",
    "plan_html",
    "report_html",
    "rows_html",
    "rows_repr",
    "set_locale",
    "short",
    "succession_html",
    "use_texts",
]

import contextvars
import html as _html
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, Protocol

CELL_LIMIT = 120
"""The most characters a cell shows; a longer text is cut and ends with an ellipsis."""

SHOWN_ROWS = 10
"""The most rows a table shows; a line below it counts the rest."""


class Texts(Protocol):
    """What the display needs from the catalogs: :mod:`ingroeiquotum.i18n` has it."""

    def catalog(self, language: str) -> Mapping[str, str]:
        """The messages of ``language``, by key; refuses a language without a catalog."""

    def message(self, key: str, locale: str, /, **params: Any) -> str:
        """The message ``key`` in ``locale``, with ``params`` formatted for it."""

    def format_value(self, value: Any, locale: str) -> str:
        """``value`` as text for ``locale``."""

    def render(self, finding: Any, locale: str = "en") -> str:
        """A finding's message and notes in ``locale``."""


_loader: Callable[[], Texts] | None = None
_default = "en"
_override: contextvars.ContextVar[str | None] = contextvars.ContextVar(
    "ingroeiquotum_display_locale", default=None
)


def use_texts(loader: Callable[[], Texts] | None) -> Callable[[], Texts] | None:
    """
    Take the display's texts from ``loader()``, called on each display (it should be cheap
    after its first call); return the loader used before. The package's ``__init__`` sets it;
    ``None`` shows message keys instead of texts.
    """
    global _loader
    before, _loader = _loader, loader
    return before


def _texts() -> Texts | None:
    return None if _loader is None else _loader()


def get_locale() -> str:
    """The language objects show themselves in: ``"en"`` unless :func:`set_locale` chose."""
    return _override.get() or _default


def set_locale(locale: str) -> str:
    """
    Show objects in ``locale`` ("nl" or "en", or a locale that names one) from now on; return
    the locale used before.

    >>> before = set_locale("nl")
    >>> get_locale()
    'nl'
    >>> set_locale(before)
    'nl'

    Raises:
        InvalidArgument: for a locale the catalogs do not have.
    """
    global _default
    texts = _texts()
    if texts is not None:
        texts.catalog(locale)  # refuses a locale without a catalog
    before, _default = _default, locale
    return before


def html(value: Any, locale: str | None = None) -> str:
    """
    The HTML that ``value`` shows in a notebook, in ``locale`` (default: :func:`get_locale`).

    An object without ``_repr_html_`` shows as its escaped, shortened ``repr``.
    """
    token = _override.set(locale)
    try:
        method = getattr(value, "_repr_html_", None)
        if callable(method):
            return str(method())
        return f"<pre>{_cell(repr(value))}</pre>"
    finally:
        _override.reset(token)


# -- the pieces: text, cells, tables ------------------------------------------------------------


def short(text: str, limit: int = CELL_LIMIT) -> str:
    """``text`` cut to ``limit`` characters, the last an ellipsis when cut."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _cell(value: object, limit: int = CELL_LIMIT) -> str:
    """A value's text, cut and escaped: the only way a text from the input reaches the HTML."""
    return _html.escape(short(value if isinstance(value, str) else _str(value), limit), quote=True)


MESSAGE_LIMIT = 1000
"""The most characters a finding's message shows (a message quotes the names it is given)."""


def _str(value: object) -> str:
    try:
        return str(value)
    except Exception:
        return f"<{type(value).__name__}>"


def _label(key: str, locale: str, **params: Any) -> str:
    texts = _texts()
    if texts is None:
        return " ".join([key, *(f"{name}={value}" for name, value in params.items())])
    return texts.message(key, locale, **params)


def _value(value: Any, locale: str) -> str:
    if isinstance(value, str):
        return value
    texts = _texts()
    if texts is None:
        return _str(value)
    try:
        return texts.format_value(value, locale)
    except Exception:
        return _str(value)


_VERDICT_COLOURS = {
    "compliant": "#1a7f37",
    "applies": "#1a7f37",
    "not_compliant": "#cf222e",
    "cannot_decide": "#9a6700",
    "not_applicable": "#57606a",
}


def _verdict(verdict: Any, locale: str) -> str:
    name = str(getattr(verdict, "value", verdict))
    texts = _texts()
    text = name if texts is None else texts.catalog(locale).get(f"verdict.{name}", name)
    colour = _VERDICT_COLOURS.get(name, "#57606a")
    return f'<strong style="color:{colour}">{_cell(text)}</strong>'


def _box(kind: str, title: str, *parts: str) -> str:
    head = f'<div style="font-weight:bold;margin:0.3em 0">{title}</div>' if title else ""
    return f'<div class="ingroeiquotum {kind}">{head}{"".join(parts)}</div>'


def _fields(pairs: Iterable[tuple[str, str]]) -> str:
    """A two-column table; the values are HTML already (built from escaped cells)."""
    rows = "".join(
        f'<tr><th style="text-align:left;vertical-align:top">{name}</th>'
        f'<td style="text-align:left">{value}</td></tr>'
        for name, value in pairs
    )
    return f"<table>{rows}</table>"


def _table(headers: Sequence[str], rows: Iterable[Sequence[str]], total: int, locale: str) -> str:
    """A table of the first :data:`SHOWN_ROWS` of ``rows`` (cells already HTML), and a count."""
    head = "".join(f'<th style="text-align:left">{header}</th>' for header in headers)
    body = []
    for index, row in enumerate(rows):
        if index == SHOWN_ROWS:
            break
        body.append(
            "<tr>" + "".join(f'<td style="text-align:left">{c}</td>' for c in row) + "</tr>"
        )
    more = ""
    if total > SHOWN_ROWS:
        more = (
            f"<div><em>{_cell(_label('display.more', locale, count=total - SHOWN_ROWS))}</em></div>"
        )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>{more}"


def _heading(key: str, locale: str) -> str:
    return _cell(_label(key, locale))


# -- findings -----------------------------------------------------------------------------------


def _message(finding: Any, locale: str) -> str:
    texts = _texts()
    if texts is None:
        return str(finding.message)
    try:
        return texts.render(finding, locale)
    except Exception:
        return str(finding.message)


def finding_html(finding: Any) -> str:
    """A finding as a table: verdict, message, article, subject, date, rule, missing facts."""
    locale = get_locale()
    pairs = [
        (_heading("display.verdict", locale), _verdict(finding.verdict, locale)),
        (_heading("display.message", locale), _cell(_message(finding, locale), MESSAGE_LIMIT)),
        (_heading("display.article", locale), _cell(finding.article)),
    ]
    if finding.subject:
        pairs.append((_heading("display.subject", locale), _cell(finding.subject)))
    pairs.append((_heading("display.on", locale), _cell(_value(finding.on, locale))))
    pairs.append((_heading("display.rule", locale), _cell(finding.rule)))
    if finding.missing:
        pairs.append((_heading("display.missing", locale), _cell(", ".join(finding.missing))))
    if finding.readings:
        keys = ", ".join(reading.key for reading in finding.readings)
        pairs.append((_heading("display.readings", locale), _cell(keys)))
    return _box("finding", "", _fields(pairs))


def _finding_rows(findings: Sequence[Any], locale: str) -> Iterable[list[str]]:
    for finding in findings:
        yield [
            _verdict(finding.verdict, locale),
            _cell(finding.subject),
            _cell(_message(finding, locale)),
            _cell(finding.article),
        ]


def _findings_table(findings: Sequence[Any], locale: str) -> str:
    headers = [
        _heading(key, locale)
        for key in ("display.verdict", "display.subject", "display.message", "display.article")
    ]
    return _table(headers, _finding_rows(findings, locale), len(findings), locale)


def findings_html(findings: Sequence[Any]) -> str:
    """Findings as a table, one row each (the first :data:`SHOWN_ROWS`), and their count."""
    locale = get_locale()
    title = _cell(_label("display.findings", locale, count=len(findings)))
    return _box("findings", title, _findings_table(findings, locale))


def finding_repr(finding: Any) -> str:
    """A finding in one line: rule, verdict, date, subject and article."""
    subject = f", {finding.subject}" if finding.subject else ""
    text = f"<Finding {finding.rule}: {finding.verdict.value} on {finding.on.isoformat()}{subject}; {finding.article}>"
    return short(text, 4 * CELL_LIMIT)


# -- compositions, reports, meetings, plans, EU evaluations ---------------------------------------


def _composition(composition: Any, locale: str) -> list[str]:
    if composition is None:
        return ["-"] * 4
    return [
        _cell(_value(getattr(composition, name), locale))
        for name in ("men", "women", "other", "unknown")
    ]


_COMPOSITION_HEADS = (
    "demo.column.men",
    "demo.column.women",
    "demo.column.other",
    "demo.column.unknown",
)


def report_html(report: Any) -> str:
    """The SER report: the company, the financial year and a row per organ."""
    locale = get_locale()
    year = report.financial_year
    pairs = [
        (_heading("display.company", locale), _cell(report.company)),
        (_heading("display.legal_form", locale), _cell(_value(report.legal_form, locale))),
        (_heading("display.listed", locale), _cell(_value(report.listed, locale))),
        (_heading("display.board_model", locale), _cell(_value(report.board_model, locale))),
        (
            _heading("display.financial_year", locale),
            _cell(f"{_value(year.start, locale)} – {_value(year.end, locale)}"),
        ),
    ]
    headers = [
        _heading("demo.column.organ", locale),
        *(_heading(key, locale) for key in _COMPOSITION_HEADS),
        _heading("display.target", locale),
        _heading("display.target_met", locale),
    ]
    rows = (
        [
            _cell(_value(organ.organ, locale)),
            *_composition(organ.composition, locale),
            _cell("-" if organ.target is None else _value(organ.target.value, locale)),
            _cell(_value(organ.target_met, locale)),
        ]
        for organ in report.organs
    )
    title = _heading("display.ser_report", locale)
    return _box(
        "ser-report", title, _fields(pairs), _table(headers, rows, len(report.organs), locale)
    )


def meeting_html(result: Any) -> str:
    """A meeting's appointments, judged in order, and the board after the meeting."""
    locale = get_locale()
    headers = [_heading(key, locale) for key in _COMPOSITION_HEADS]
    after = _table(headers, [_composition(result.after, locale)], 1, locale)
    title = _heading("display.meeting", locale)
    return _box(
        "meeting",
        title,
        _findings_table(result.findings, locale),
        f"<div>{_heading('display.after', locale)}</div>",
        after,
    )


def plan_html(plan: Any) -> str:
    """A succession plan: the meeting, the appointments in voting order, the board after."""
    locale = get_locale()
    pairs = [
        (_heading("display.meeting", locale), _cell(_value(plan.meeting, locale))),
        (_heading("display.needed_women", locale), _cell(_value(plan.needed_women, locale))),
        (_heading("display.needed_men", locale), _cell(_value(plan.needed_men, locale))),
        (_heading("display.message", locale), _cell(_message(plan.finding, locale), MESSAGE_LIMIT)),
        (_heading("display.article", locale), _cell(plan.finding.article)),
    ]
    headers = [
        _heading("display.on", locale),
        _heading("display.appointment", locale),
        _heading("display.verdict", locale),
    ]
    rows = (
        [
            _cell(_value(option.on, locale)),
            _cell(_value(option.gender, locale)),
            _verdict(option.finding.verdict, locale),
        ]
        for option in plan.appointments
    )
    title = _heading("display.plan", locale)
    return _box(
        "balance-plan", title, _fields(pairs), _table(headers, rows, len(plan.appointments), locale)
    )


def succession_html(plan: Any) -> str:
    """A meeting-by-meeting succession plan: the board after each meeting and its verdict."""
    locale = get_locale()
    pairs = [
        (_heading("display.subject", locale), _cell(_value(plan.subject, locale))),
        (_heading("display.seats", locale), _cell(_value(plan.size, locale))),
    ]
    headers = [
        _heading("display.meeting", locale),
        _heading("display.to_fill", locale),
        _heading("display.appointment", locale),
        *(_heading(key, locale) for key in _COMPOSITION_HEADS),
        _heading("display.verdict", locale),
    ]
    rows = (
        [
            _cell(_value(meeting.on, locale)),
            _cell(_value(meeting.to_fill, locale)),
            _cell(_value(tuple(option.gender for option in meeting.recommended), locale)),
            *_composition(meeting.after, locale),
            _verdict(meeting.balance_after.verdict, locale),
        ]
        for meeting in plan.meetings
    )
    title = _heading("display.plan", locale)
    return _box(
        "succession-plan",
        title,
        _fields(pairs),
        _table(headers, rows, len(plan.meetings), locale),
    )


def evaluation_html(evaluation: Any) -> str:
    """The Dutch law and the directive side by side: every finding, then where they differ."""
    locale = get_locale()
    findings = evaluation.findings
    notes = "".join(
        f"<li>{_cell(_explanation(key, evaluation.facts, locale))}</li>"
        for key in evaluation.explanations[:SHOWN_ROWS]
    )
    title = _cell(f"{evaluation.company} – {_value(evaluation.on, locale)}")
    return _box("eu-evaluation", title, _findings_table(findings, locale), f"<ul>{notes}</ul>")


def _explanation(key: str, facts: Mapping[str, Any], locale: str) -> str:
    texts = _texts()
    if texts is None:
        return key
    try:
        return texts.message(key, locale, **facts)
    except Exception:
        return key


def information_html(information: Any) -> str:
    """The yearly information of art. 7 of the directive: the boards and the measures."""
    locale = get_locale()
    pairs = [
        (_heading("display.company", locale), _cell(information.company)),
        (_heading("display.on", locale), _cell(_value(information.on, locale))),
        (_heading("display.objective", locale), _cell(_value(information.objective, locale))),
        (
            _heading("display.objective_met", locale),
            _cell(_value(information.objective_met, locale)),
        ),
    ]
    headers = [
        _heading("demo.column.organ", locale),
        *(_heading(key, locale) for key in _COMPOSITION_HEADS),
    ]
    rows = [
        [_heading("display.executives", locale), *_composition(information.executives, locale)],
        [
            _heading("display.non_executives", locale),
            *_composition(information.non_executives, locale),
        ],
    ]
    measures = "".join(f"<li>{_cell(item)}</li>" for item in information.measures[:SHOWN_ROWS])
    return _box(
        "eu-information",
        "",
        _fields(pairs),
        _table(headers, rows, 2, locale),
        f"<ul>{measures}</ul>",
    )


# -- loaded sources, their problems, aggregates ---------------------------------------------------


def _problem_rows(errors: Sequence[Any]) -> Iterable[list[str]]:
    for error in errors:
        line = getattr(error, "line", getattr(error, "row", None))
        yield [
            _cell("-" if line is None else line),
            _cell(error.field),
            _cell(_repr(error.value)),
            _cell(error.reason),
        ]


def _repr(value: object) -> str:
    try:
        text = repr(value)
    except Exception:
        return f"<{type(value).__name__}>"
    return short(text)


def _problems_table(errors: Sequence[Any], locale: str) -> str:
    headers = [
        _heading(key, locale)
        for key in ("display.line", "display.field", "display.value", "display.reason")
    ]
    return _table(headers, _problem_rows(errors), len(errors), locale)


def _data_table(rows: Sequence[Mapping[str, Any]], locale: str) -> str:
    columns: list[str] = []
    for row in rows[:SHOWN_ROWS]:
        columns.extend(key for key in row if key not in columns)
    columns = columns[: SHOWN_ROWS * 2]
    headers = [_cell(column) for column in columns]
    body = ([_cell(_value(row.get(column), locale)) for column in columns] for row in rows)
    return _table(headers, body, len(rows), locale)


def loaded_html(loaded: Any) -> str:
    """A loaded source: how many rows and problems, the first rows, the first problems."""
    locale = get_locale()
    rows, errors = loaded.rows, loaded.errors
    parts = [
        f"<div>{_cell(_label('display.rows', locale, count=len(rows)))}; "
        f"{_cell(_label('display.problems', locale, count=len(errors)))}</div>",
    ]
    if rows:
        parts.append(_data_table(rows, locale))
    if errors:
        parts.append(_problems_table(errors, locale))
    return _box("loaded", _heading("display.loaded", locale), *parts)


def loaded_repr(loaded: Any) -> str:
    """``Loaded(rows=<75,000 rows>, errors=<3 problems>)``; an empty tuple shows as ``()``."""
    rows = "()" if not loaded.rows else f"<{len(loaded.rows):,} rows>"
    errors = "()" if not loaded.errors else f"<{len(loaded.errors):,} problems>"
    return f"Loaded(rows={rows}, errors={errors})"


def load_error_html(error: Any) -> str:
    """A source's problems: the count and a table of the first ones (line, field, value, reason)."""
    locale = get_locale()
    errors = error.errors
    title = _cell(f"{error.source}: {_label('display.problems', locale, count=len(errors))}")
    return _box("load-error", title, _problems_table(errors, locale))


def rows_html(rows: Sequence[Mapping[str, Any]]) -> str:
    """Rows of mappings (an aggregate, say) as a table of the first ones, and their count."""
    locale = get_locale()
    title = _cell(_label("display.rows", locale, count=len(rows)))
    return _box("rows", title, _data_table(rows, locale))


def rows_repr(rows: Sequence[Any], name: str = "") -> str:
    """
    The first three rows' reprs and a count of the rest: ``[{...}, {...}, {...}, <97 more>]``,
    or ``Findings(<Finding ...>, <2 more>)`` with a ``name``.
    """
    shown = [_repr(row) for row in rows[:3]]
    if len(rows) > 3:
        shown.append(f"<{len(rows) - 3:,} more>")
    inner = ", ".join(shown)
    return f"{name}({inner})" if name else f"[{inner}]"


class Table(list[dict[str, object]]):
    """
    A list of rows (mappings) that shows itself as a table in a notebook; otherwise the list it
    is: equal to a list with the same rows, sliced and iterated as one.

    >>> table = Table([{"year": 2024, "seats": 12}])
    >>> table == [{"year": 2024, "seats": 12}]
    True
    """

    def _repr_html_(self) -> str:
        return rows_html(self)

    def __repr__(self) -> str:
        if len(self) <= SHOWN_ROWS:
            return list.__repr__(self)
        return rows_repr(self)
