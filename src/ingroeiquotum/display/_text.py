"""
The display's texts and pieces: the language, the catalogs handed in by the package, and cells
and tables built only from escaped, shortened text (:mod:`ingroeiquotum.display`).
"""

from __future__ import annotations

import contextvars
import html as _html
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, Protocol, runtime_checkable

CELL_LIMIT = 120
"""The most characters a cell shows; a longer text is cut and ends with an ellipsis."""

SHOWN_ROWS = 10
"""The most rows a table shows; a line below it counts the rest."""


@runtime_checkable
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


def catalogs() -> Texts | None:
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
    texts = catalogs()
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
        return f"<pre>{cell(repr(value))}</pre>"
    finally:
        _override.reset(token)


# -- the pieces: text, cells, tables ------------------------------------------------------------


def short(text: str, limit: int = CELL_LIMIT) -> str:
    """``text`` cut to ``limit`` characters, the last an ellipsis when cut."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def cell(value: object, limit: int = CELL_LIMIT) -> str:
    """A value's text, cut and escaped: the only way a text from the input reaches the HTML."""
    return _html.escape(
        short(value if isinstance(value, str) else str_text(value), limit), quote=True
    )


MESSAGE_LIMIT = 1000
"""The most characters a finding's message shows (a message quotes the names it is given)."""

ROW_MESSAGE_LIMIT = 400
"""The most characters a finding's message shows in a row of a table of findings."""


def str_text(value: object) -> str:
    try:
        return str(value)
    except Exception:
        return f"<{type(value).__name__}>"


def label(key: str, locale: str, **params: Any) -> str:
    texts = catalogs()
    if texts is None:
        return " ".join([key, *(f"{name}={value}" for name, value in params.items())])
    return texts.message(key, locale, **params)


def formatted(value: Any, locale: str) -> str:
    if isinstance(value, str):
        return value
    texts = catalogs()
    if texts is None:
        return str_text(value)
    try:
        return texts.format_value(value, locale)
    except Exception:
        return str_text(value)


_VERDICT_COLOURS = {
    "compliant": "#1a7f37",
    "applies": "#1a7f37",
    "not_compliant": "#cf222e",
    "cannot_decide": "#9a6700",
    "not_applicable": "#57606a",
}


def verdict_html(verdict: Any, locale: str) -> str:
    name = str(getattr(verdict, "value", verdict))
    texts = catalogs()
    text = name if texts is None else texts.catalog(locale).get(f"verdict.{name}", name)
    colour = _VERDICT_COLOURS.get(name, "#57606a")
    return f'<strong style="color:{colour}">{cell(text)}</strong>'


def box(kind: str, title: str, *parts: str) -> str:
    head = f'<div style="font-weight:bold;margin:0.3em 0">{title}</div>' if title else ""
    return f'<div class="ingroeiquotum {kind}">{head}{"".join(parts)}</div>'


def fields(pairs: Iterable[tuple[str, str]]) -> str:
    """A two-column table; the values are HTML already (built from escaped cells)."""
    rows = "".join(
        f'<tr><th style="text-align:left;vertical-align:top">{name}</th>'
        f'<td style="text-align:left">{value}</td></tr>'
        for name, value in pairs
    )
    return f"<table>{rows}</table>"


def table(headers: Sequence[str], rows: Iterable[Sequence[str]], total: int, locale: str) -> str:
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
            f"<div><em>{cell(label('display.more', locale, count=total - SHOWN_ROWS))}</em></div>"
        )
    table = f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"
    return f'<div style="overflow-x:auto">{table}</div>{more}'


def heading(key: str, locale: str) -> str:
    return cell(label(key, locale))


def message_text(finding: Any, locale: str) -> str:
    texts = catalogs()
    if texts is None:
        return str(finding.message)
    try:
        return texts.render(finding, locale)
    except Exception:
        return str(finding.message)


def repr_text(value: object) -> str:
    try:
        text = repr(value)
    except Exception:
        return f"<{type(value).__name__}>"
    return short(text)
