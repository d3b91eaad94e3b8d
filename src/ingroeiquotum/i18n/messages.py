"""
The message machinery: the ``.po`` catalogs (the package's one text store), plural entries,
placeholders, and numbers, shares and dates formatted for the locale by babel.

Everything here is public at :mod:`ingroeiquotum.i18n`.
"""

from __future__ import annotations

__all__ = [
    "LANGUAGES",
    "catalog",
    "counted",
    "explain",
    "explain_missing",
    "format_value",
    "message",
    "render",
]

import enum
import functools
import math
import string
from collections.abc import Mapping
from datetime import date
from decimal import Decimal
from fractions import Fraction
from importlib import resources
from types import MappingProxyType
from typing import Any

from ingroeiquotum.exceptions import IngroeiquotumError, InvalidArgument, describe_value
from ingroeiquotum.guidance import _locale
from ingroeiquotum.guidance._locale import language
from ingroeiquotum.law.findings import Finding

LANGUAGES = _locale.LANGUAGES
"""The languages the catalogs cover."""

_LOCALES = {"nl": "nl_NL", "en": "en_GB"}

_COUNT_PREFIX = "count."
"""Plural entries (``msgid_plural`` in the catalogs) have keys that start with this."""

_MEASURES = frozenset({"target", "current", "expected", "base", "projected"})
"""Facts that hold a target's measure: a share, or for a count of women a number of women."""


_PLAIN_LANGUAGES = {name: name for name in LANGUAGES}


def _language(locale: object) -> str:
    """The language of ``locale`` (the package's one locale parser; "nl" and "en" at once)."""
    if type(locale) is str:
        known = _PLAIN_LANGUAGES.get(locale)
        if known is not None:
            return known
    return language(locale)


@functools.cache
def _babel_locale(language: str) -> Any:
    """
    Babel's ``Locale`` for ``language``, parsed once (babel is imported here, on first use):
    babel's formatters parse a locale given as text on every call.
    """
    from babel import Locale

    return Locale.parse(_LOCALES[language])


_FORMATTED_BOUND = 10**12
"""The largest whole number, numerator or denominator whose text :func:`_format` remembers."""


def _clear_caches() -> None:
    """Empty the formatting caches (tests, and the benchmark's cold baseline)."""
    _remembered.cache_clear()
    _babel_locale.cache_clear()
    _parsed.cache_clear()


def catalog(language: str) -> Mapping[str, str]:
    """
    The messages of ``language`` ("nl" or "en"), by key; read once, then cached.

    Only the messages without plural forms are here; the plural entries (keys starting with
    ``count.``) are chosen by number with babel's gettext machinery, see :func:`counted`.
    The cache holds one read-only mapping per language, so it is safe to share between
    threads.

    >>> catalog("en")["verdict.compliant"]
    'compliant'

    Raises:
        InvalidArgument: for a language other than "nl" or "en" (a locale such as "nl_NL"
            names its language).
    """
    return _catalog(_language(language))


@functools.cache
def _po(language: str) -> Any:
    from babel.messages.pofile import read_po

    path = resources.files("ingroeiquotum") / "locale" / language / "LC_MESSAGES"
    with (path / "ingroeiquotum.po").open("rb") as handle:
        return read_po(handle, locale=language)


@functools.cache
def _catalog(language: str) -> Mapping[str, str]:
    return MappingProxyType(
        {
            entry.id: entry.string
            for entry in _po(language)
            if isinstance(entry.id, str) and entry.id and entry.string
        }
    )


@functools.cache
def _plural_catalog(language: str) -> Mapping[str, tuple[str, ...]]:
    """The plural entries of ``language``: key -> the forms, in the catalog's order."""
    return MappingProxyType(
        {
            str(entry.id[0]): tuple(str(form) for form in entry.string)
            for entry in _po(language)
            if isinstance(entry.id, tuple | list)
        }
    )


@functools.cache
def _translations(language: str) -> Any:
    """The catalog as babel ``Translations`` (compiled in memory), for ``ngettext``."""
    import io

    from babel.messages.mofile import write_mo
    from babel.support import Translations

    buffer = io.BytesIO()
    write_mo(buffer, _po(language))
    buffer.seek(0)
    return Translations(fp=buffer)


def counted(key: str, count: Any, locale: str) -> str:
    """
    The plural entry ``key`` for ``count`` in ``locale``: the form the catalog's plural rule
    (``Plural-Forms``) picks, through babel's ``ngettext``, with ``{count}`` filled in.

    A count that is not a whole number (a path of 0.3 women) takes the plural form, as it
    does in Dutch and English.

    >>> counted("count.women", 1, "nl"), counted("count.women", 2, "nl")
    ('1 vrouw', '2 vrouwen')
    >>> counted("count.more_men", 1, "en"), counted("count.women", Fraction(1, 3), "en")
    ('1 more man', '0.3 women')

    Raises:
        InvalidArgument: for a key without a plural entry, or a count that is not a number.
    """
    language = _language(locale)
    if not isinstance(key, str) or key not in _plural_catalog(language):
        raise InvalidArgument("key", key, f"has no plural message in {language!r}")
    if count is None:
        return format_value(None, language)
    if isinstance(count, bool) or not isinstance(count, int | Fraction | Decimal | float):
        raise InvalidArgument("count", count, "must be a number")
    if isinstance(count, int):
        whole = True
    elif isinstance(count, Fraction):
        whole = count.denominator == 1
    elif isinstance(count, Decimal):
        whole = count.is_finite() and count == count.to_integral_value()
    else:
        whole = math.isfinite(count) and count.is_integer()
    if whole:
        number = int(count)
        text = format_value(number, language)
    else:
        number = 2  # the plural form
        text = _number_text(count, language)
    template: str = _translations(language).ngettext(key, key, abs(number))
    return template.replace("{count}", text)


def _number_text(value: Any, language: str) -> str:
    from babel import numbers

    if isinstance(value, Fraction):
        value = Decimal(value.numerator) / Decimal(value.denominator)
    return _number(numbers.format_decimal, value, format="#,##0.#", locale=_babel_locale(language))


def format_value(value: Any, locale: str) -> str:
    """
    ``value`` as text for ``locale``: numbers, shares (as percentages), amounts and dates by
    babel's rules; enum members and booleans through the catalog; the items of a collection
    one by one (so a date is never shown as ``datetime.date(...)``).

    >>> from fractions import Fraction
    >>> format_value(Fraction(1, 3), "nl"), format_value(Fraction(1, 3), "en")
    ('33,3%', '33.3%')
    >>> format_value(date(2025, 10, 31), "nl")
    '31 oktober 2025'
    >>> format_value((date(2019, 1, 1), date(2020, 1, 1)), "en")
    '1 January 2019, 1 January 2020'

    A value that has no text of its own within bounds (an integer of more than 4,300 digits,
    an object whose ``str`` fails) is described as the library's errors describe it:

    >>> format_value([10**5000], "en")
    'an integer of 5,001 digits'
    """
    language = _language(locale)
    try:
        return _format(value, language)
    except ValueError as error:  # Python's limit on converting a huge int to text, say
        if isinstance(error, IngroeiquotumError):
            raise
        return describe_value(value)


def _format(value: Any, language: str) -> str:
    kind = type(value)
    if (
        (kind is int and -_FORMATTED_BOUND < value < _FORMATTED_BOUND)
        or (
            kind is Fraction
            and value.denominator < _FORMATTED_BOUND
            and -_FORMATTED_BOUND < value.numerator < _FORMATTED_BOUND
        )
        or kind is date
    ):
        return _remembered(value, language)
    return _format_anew(value, language)


@functools.lru_cache(maxsize=4096, typed=True)
def _remembered(value: Any, language: str) -> str:
    """
    :func:`_format_anew`, remembered for the whole numbers, shares and dates :func:`_format`
    passes (plain ``int``, ``Fraction`` and ``date`` of bounded size, whose equal values print
    alike): babel's formatting of the same number in the same locale gives the same text each
    time. A bounded, thread-safe cache, keyed by the value's type as well.
    """
    return _format_anew(value, language)


def _format_anew(value: Any, language: str) -> str:
    locale = language
    if value is None:
        return "-"
    if type(value) is str:  # the most frequent: an organ key or plain text
        return _organ_text(value, language)
    if isinstance(value, bool):
        return catalog(language)["label.yes" if value else "label.no"]
    if isinstance(value, int | Fraction | Decimal | float):
        from babel import numbers

        babel_locale = _babel_locale(language)
        if isinstance(value, int):
            return _number(numbers.format_decimal, value, locale=babel_locale)
        if isinstance(value, Fraction):
            return _number(
                numbers.format_percent, value, format="#,##0.#%", locale=babel_locale, share=True
            )
        return _number(numbers.format_decimal, value, format="#,##0.##", locale=babel_locale)
    if isinstance(value, date):
        from babel import dates

        return dates.format_date(value, format="long", locale=_babel_locale(language))
    if isinstance(value, enum.Enum):
        key = f"{type(value).__name__.lower()}.{value.value}"
        return catalog(language).get(key, str(value.value))
    if isinstance(value, Mapping):
        return ", ".join(
            f"{format_value(key, locale)}: {format_value(item, locale)}"
            for key, item in value.items()
        )
    if isinstance(value, tuple | list | set | frozenset):
        items = sorted(value, key=repr) if isinstance(value, set | frozenset) else value
        return ", ".join(format_value(item, locale) for item in items)
    if isinstance(value, str):
        return _organ_text(value, language)
    return str(value)


def _number(formatter: Any, value: Any, /, *, share: bool = False, **options: Any) -> str:
    """
    ``value`` formatted by babel's ``formatter``; with more precision where a huge number needs
    it, and as plain text where even that fails (a signalling NaN, 10 ** 1000).
    """
    import decimal

    for precision in (None, 400):
        with decimal.localcontext() as context:
            if precision is not None:
                context.prec = precision
            try:
                number = float(value) if share else value
                if isinstance(number, Decimal) and number.is_snan():
                    number = Decimal("NaN")
                text: str = formatter(number, **options)
            except (decimal.DecimalException, OverflowError, ValueError):
                continue
            return text
    return str(value)


def _organ_text(value: str, language: str) -> str:
    """An organ key ("rvc", "subtop:Directors", "inflow:rvc") as words; other text unchanged."""
    words = catalog(language)
    head, _, rest = value.partition(":")
    if head in ("inflow", "promotion") and rest:
        return f"{_organ_text(rest, language)} ({words[f'flow.{head}']})"
    if head == "subtop" and rest:
        return f"{words['organ.subtop']} {rest}"
    return words.get(f"organ.{value}", value)


def _count(params: Mapping[str, Any], name: str) -> int:
    value = params.get(name)
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def _join(parts: list[str], language: str) -> str:
    from babel.lists import format_list

    return str(format_list(parts, locale=_babel_locale(language)))


def _figures(params: Mapping[str, Any], language: str) -> str:
    """
    An organ's figures from the facts ``women``, ``men``, ``other``, ``unknown`` and
    ``members``: every group named (those registered as neither sex and those of unknown sex
    when there are any), so the numbers add up.
    """
    women, men = _count(params, "women"), _count(params, "men")
    other, unknown = _count(params, "other"), _count(params, "unknown")
    parts = [counted("count.women", women, language), counted("count.men", men, language)]
    if other:
        parts.append(counted("count.other", other, language))
    if unknown:
        parts.append(counted("count.unknown", unknown, language))
    members = params.get("members")
    if not isinstance(members, int) or isinstance(members, bool):
        members = women + men + other + unknown
    return _fill(
        catalog(language)["figures.total"],
        language,
        {"parts": _join(parts, language), "members": members},
    )


def _gap(params: Mapping[str, Any], language: str) -> str:
    """The persons a target still takes (``women_gap``, ``men_gap``), naming only those needed."""
    women, men = _count(params, "women_gap"), _count(params, "men_gap")
    parts = []
    if women or not men:
        parts.append(counted("count.more_women", women, language))
    if men:
        parts.append(counted("count.more_men", men, language))
    return _join(parts, language)


def _is_count_form(params: Mapping[str, Any]) -> bool:
    form = params.get("form")
    return getattr(form, "value", form) == "women_count"


def _needed(params: Mapping[str, Any], language: str) -> str:
    """The persons a target takes (``persons_needed``): of each sex, or women, by its form."""
    form = params.get("form")
    key = "count.persons_each_sex" if getattr(form, "value", form) == "each_sex" else "count.women"
    return counted(key, params.get("persons_needed"), language)


_DERIVED = {"figures": _figures, "gap": _gap, "needed": _needed}
"""Placeholders worded from several facts: the organ's figures, a target's gap and need."""


def _field(name: str, spec: str, language: str, params: Mapping[str, Any]) -> str:
    if spec:
        if not spec.startswith(_COUNT_PREFIX):
            raise InvalidArgument("message", spec, "is not a plural entry (count.<noun>)")
        return counted(spec, params.get(name), language)
    if name not in params and name in _DERIVED:
        return _DERIVED[name](params, language)
    value = params.get(name)
    if name.endswith("year") and isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if name in _MEASURES and _is_count_form(params) and value is not None:
        return counted("count.women", value, language)
    return format_value(value, language)


def _fill(template: str, language: str, params: Mapping[str, Any]) -> str:
    """``template`` with each placeholder filled from ``params`` (see :func:`message`)."""
    out = []
    for literal, name, spec in _parsed(template):
        out.append(literal)
        if name is not None:
            out.append(_field(name, spec, language, params))
    return "".join(out)


@functools.lru_cache(maxsize=1024)
def _parsed(template: str) -> tuple[tuple[str, str | None, str], ...]:
    """``template``'s literal text, placeholder names and specs, parsed once per template."""
    return tuple(
        (literal, name, spec or "") for literal, name, spec, _ in string.Formatter().parse(template)
    )


def message(key: str, locale: str, /, **params: Any) -> str:
    """
    The message ``key`` in ``locale``, with ``params`` formatted for it.

    A placeholder ``{women:count.women}`` takes the plural entry ``count.women`` for the
    number ``women`` ("1 woman", "2 women"); ``{figures}`` gives an organ's figures from the
    facts ``women``, ``men``, ``other``, ``unknown`` and ``members``, naming every group.

    >>> message("verdict.not_compliant", "nl")
    'voldoet niet'
    >>> message("quota.balanced", "en", subject="rvc", women=2, men=3, other=1, members=6,
    ...         share_women=Fraction(1, 3), minimum_per_sex=2)
    'RvC: 2 women, 3 men and 1 person registered as neither sex, 6 members in all (33.3% women). The quota requires at least 2 of each sex: it is met.'

    Raises:
        InvalidArgument: for an unknown key or locale.

    """
    language = _language(locale)
    if not isinstance(key, str):
        raise InvalidArgument("key", key, "must be a message key (a string)")
    template = catalog(language).get(key)
    if template is None:
        raise InvalidArgument("key", key, f"has no message in {language!r}")
    if template.startswith("{subject}: ") and not params.get("subject"):
        rest = template.removeprefix("{subject}: ")
        template = rest[:1].upper() + rest[1:]
    return _fill(template, language, params)


def _params(finding: Finding) -> dict[str, Any]:
    return {**finding.facts, "subject": finding.subject, "on": finding.on}


def render(finding: Finding, locale: str = "en") -> str:
    """
    The finding's message, and its notes, as one paragraph in ``locale`` ("nl" or "en").

    :func:`explain` adds the verdict, the readings, the missing facts and the citations.
    """
    if not isinstance(finding, Finding):
        raise InvalidArgument("finding", finding, "must be a Finding")
    params = _params(finding)
    parts = [message(finding.message, locale, **params)]
    parts.extend(message(note, locale, **params) for note in finding.notes)
    return " ".join(parts)


def explain_missing(item: str, finding: Finding, locale: str = "en") -> str:
    """
    One of ``finding.missing`` as words in ``locale``.

    >>> from datetime import date
    >>> from ingroeiquotum import quota
    >>> from ingroeiquotum.composition import Composition
    >>> finding = quota.check_balance(Composition(2, 1, unknown=3), date(2025, 1, 1))
    >>> explain_missing(finding.missing[0], finding, "nl")
    'het geslacht van 3 leden'
    """
    if not isinstance(finding, Finding):
        raise InvalidArgument("finding", finding, "must be a Finding")
    if not isinstance(item, str):
        raise InvalidArgument("item", item, "must be one of the finding's missing facts")
    return _missing(item, locale, _params(finding))


def _missing(item: str, locale: str, params: Mapping[str, Any]) -> str:
    key, _, argument = item.partition(":")
    value: Any = argument
    if argument:
        try:
            value = date.fromisoformat(argument)
        except ValueError:
            value = argument
    return message(f"missing.{key}", locale, **{**params, "value": value})


def explain(finding: Finding, locale: str = "en") -> str:
    """
    A full explanation of ``finding``: verdict, message, readings, missing facts and citations
    with links to the text valid on the finding's date.

    >>> from datetime import date
    >>> from ingroeiquotum import quota
    >>> from ingroeiquotum.composition import Composition
    >>> print(explain(quota.judge_appointment(Composition(5, 1), "man", date(2024, 4, 18)), "en"))
    ... # doctest: +ELLIPSIS
    [not compliant] RvC: the appointment of a man is void ...
    Readings applied:
      - ...
    Articles: art. 2:142b lid 2 BW (https://wetten.overheid.nl/BWBR0003045/2024-04-18/0/Artikel142b); ...
    """
    if not isinstance(finding, Finding):
        raise InvalidArgument("finding", finding, "must be a Finding")
    language = _language(locale)
    words = catalog(language)
    params = _params(finding)
    lines = [f"[{words[f'verdict.{finding.verdict.value}']}] {render(finding, locale)}"]
    if finding.readings:
        lines.append(words["label.readings"])
        lines.extend(
            f"  - {words.get(f'reading_alternative.{reading.key}', reading.applied)}"
            if reading.alternative_chosen
            else f"  - {words.get(f'reading.{reading.key}', reading.summary)}"
            for reading in finding.readings
        )
    if finding.missing:
        lines.append(words["label.missing"])
        lines.extend(f"  - {_missing(item, locale, params)}" for item in finding.missing)
    cited = "; ".join(f"{citation} ({citation.url(finding.on)})" for citation in finding.citations)
    lines.append(f"{words['label.articles']} {cited}")
    return "\n".join(lines)
