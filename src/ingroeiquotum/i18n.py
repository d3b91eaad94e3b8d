"""
Messages in Dutch and English (*vertalingen*).

Findings carry a message key and their facts; this module turns them into text. The catalogs
are gettext ``.po`` files in ``ingroeiquotum/locale``, read with babel on first use and kept per
language. Numbers, percentages, amounts and dates are formatted for the locale with babel.

>>> from datetime import date
>>> from ingroeiquotum import quota
>>> from ingroeiquotum.composition import Composition
>>> finding = quota.check_balance(Composition(men=5, women=1), date(2024, 6, 30))
>>> print(render(finding, "en"))
RvC: 1 woman and 5 men of 6 members (16.7% women). The quota requires at least 2 of each sex; missing: 1 woman and 0 men. Being unbalanced is not itself sanctioned, but while it lasts an appointment that does not improve the balance is void.
>>> print(render(finding, "nl"))
RvC: 1 vrouw en 5 mannen van 6 leden (16,7% vrouwen). Het quotum vraagt ten minste 2 van elk geslacht; er ontbreken: 1 vrouw en 0 mannen. Een onevenwichtige raad is op zich niet strafbaar, maar zolang die duurt is een benoeming die de verhouding niet evenwichtiger maakt nietig.
"""

from __future__ import annotations

__all__ = [
    "LANGUAGES",
    "bestuursverslag",
    "explain",
    "explain_missing",
    "format_value",
    "message",
    "render",
]

import enum
import functools
import string
from collections.abc import Mapping
from datetime import date
from decimal import Decimal
from fractions import Fraction
from importlib import resources
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from ingroeiquotum.exceptions import InvalidArgument
from ingroeiquotum.findings import Finding

if TYPE_CHECKING:
    from ingroeiquotum.reporting import SerReport

LANGUAGES = ("nl", "en")
"""The languages the catalogs cover."""

_LOCALES = {"nl": "nl_NL", "en": "en_GB"}
_PLURAL_KEYS = ("woman", "women", "man", "men", "member", "members")


def _language(locale: str) -> str:
    if not isinstance(locale, str):
        raise InvalidArgument("locale", locale, "must be 'nl' or 'en'")
    language = locale.replace("-", "_").split("_")[0].lower()
    if language not in LANGUAGES:
        raise InvalidArgument("locale", locale, "must be 'nl' or 'en'")
    return language


def catalog(language: str) -> Mapping[str, str]:
    """
    The messages of ``language`` ("nl" or "en"), by key; read once, then cached.

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
def _catalog(language: str) -> Mapping[str, str]:
    from babel.messages.pofile import read_po

    path = resources.files("ingroeiquotum") / "locale" / language / "LC_MESSAGES"
    with (path / "ingroeiquotum.po").open("rb") as handle:
        parsed = read_po(handle, locale=language)
    return MappingProxyType(
        {str(entry.id): str(entry.string) for entry in parsed if entry.id and entry.string}
    )


def format_value(value: Any, locale: str) -> str:
    """
    ``value`` as text for ``locale``: numbers, shares (as percentages), amounts and dates by
    babel's rules; enum members and booleans through the catalog.

    >>> from fractions import Fraction
    >>> format_value(Fraction(1, 3), "nl"), format_value(Fraction(1, 3), "en")
    ('33,3%', '33.3%')
    >>> format_value(date(2025, 10, 31), "nl")
    '31 oktober 2025'
    """
    from babel import dates, numbers

    language = _language(locale)
    babel_locale = _LOCALES[language]
    if value is None:
        return "-"
    if isinstance(value, bool):
        return catalog(language)["label.yes" if value else "label.no"]
    if isinstance(value, int):
        return _number(numbers.format_decimal, value, locale=babel_locale)
    if isinstance(value, Fraction):
        return _number(
            numbers.format_percent, value, format="#,##0.#%", locale=babel_locale, share=True
        )
    if isinstance(value, Decimal | float):
        return _number(numbers.format_decimal, value, format="#,##0.##", locale=babel_locale)
    if isinstance(value, date):
        return dates.format_date(value, format="long", locale=babel_locale)
    if isinstance(value, enum.Enum):
        key = f"{type(value).__name__.lower()}.{value.value}"
        return catalog(language).get(key, str(value.value))
    if isinstance(value, tuple | list):
        return ", ".join(format_value(item, locale) for item in value)
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


def _plural_forms(facts: Mapping[str, Any], language: str) -> dict[str, str]:
    """Words that agree with a count: ``{women_word}`` is "woman" or "women", and so on."""
    words = catalog(language)
    result = {}
    nouns = {
        "women_missing": "women",
        "men_missing": "men",
        "unknown": "members",
        "women_gap": "women",
        "men_gap": "men",
        "other": "persons",
        "persons_needed": "persons",
        "measures": "measures",
    }
    for name, count in facts.items():
        if not isinstance(count, int) or isinstance(count, bool):
            continue
        noun = nouns.get(name)
        if noun is None and name in ("women", "men", "members"):
            noun = name
        elif noun is None and name.endswith("_women"):
            noun = "women"
        elif noun is None and name.endswith("_men"):
            noun = "men"
        if noun is not None:
            result[f"{name}_word"] = words[f"noun.{noun}.{'one' if count == 1 else 'other'}"]
    return result


def message(key: str, locale: str, /, **params: Any) -> str:
    """
    The message ``key`` in ``locale``, with ``params`` formatted for it.

    >>> message("verdict.not_compliant", "nl")
    'voldoet niet'

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
    fields = {name for _, name, _, _ in string.Formatter().parse(template) if name}
    values = {**params, **_plural_forms(params, language)}
    formatted = {
        name: str(values[name])
        if name.endswith("year") and isinstance(values.get(name), int)
        else format_value(values.get(name), locale)
        for name in fields
    }
    for name in fields:
        if name.endswith("_word") and name in values:
            formatted[name] = str(values[name])
    return template.format(**formatted)


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
            f"  - {words.get(f'reading.{reading.key}', reading.summary)}"
            for reading in finding.readings
        )
    if finding.missing:
        lines.append(words["label.missing"])
        lines.extend(f"  - {_missing(item, locale, params)}" for item in finding.missing)
    cited = "; ".join(f"{citation} ({citation.url(finding.on)})" for citation in finding.citations)
    lines.append(f"{words['label.articles']} {cited}")
    return "\n".join(lines)


def bestuursverslag(report: SerReport, locale: str = "nl") -> str:
    """
    The gender-diversity paragraph for the bestuursverslag (art. 3d Besluit inhoud
    bestuursverslag) in ``locale``: the numbers of men and women at the end of the financial
    year per organ, the quota where it applies, the targets and whether they were met (with
    the reasons given), the plan of action, and the people registered as neither sex.

    The numbers are the organs' recorded men and women, and the share of women is of all
    members, as the quota and the targets count them; people registered as neither sex are
    named separately, with how the report to the SER counted them.
    """
    from ingroeiquotum.plan import Lever
    from ingroeiquotum.quota import is_balanced
    from ingroeiquotum.reporting import OtherCounting, SerReport
    from ingroeiquotum.targets import Target, TargetForm

    if not isinstance(report, SerReport):
        raise InvalidArgument("report", report, "must be a SerReport")
    language = _language(locale)

    def say(key: str, **params: Any) -> str:
        return message(key, language, **params)

    parts = [say("disclosure.intro", on=report.financial_year.end)]
    figures = []
    other = 0
    for line in report.organs:
        composition = line.composition
        if composition is None:
            figures.append(say("disclosure.organ_unknown", organ=str(line.organ)))
            continue
        other += composition.other
        figures.append(
            say(
                "disclosure.organ",
                organ=str(line.organ),
                men=composition.men,
                women=composition.women,
                share_women=composition.share("woman"),
            )
        )
    if other:
        key = (
            "disclosure.other_counted"
            if report.other_counting is OtherCounting.UNDER_REPRESENTED
            else "disclosure.other_not_counted"
        )
        figures.append(say(key, other=other))
    parts.append("; ".join(figures) + ".")
    supervisory = [line for line in report.organs if line.organ.kind.is_supervisory]
    if report.listed and supervisory:
        line = supervisory[0]
        if line.composition is None:
            state = "disclosure.quota_unknown"
        elif is_balanced(line.composition.men, line.composition.women, line.composition.other):
            state = "disclosure.quota_met"
        else:
            state = "disclosure.quota_not_met"
        parts.append(say("disclosure.quota", organ=str(line.organ)) + " " + say(state))

    def target_text(target: Target) -> str:
        form = {
            TargetForm.EACH_SEX: "disclosure.target_each_sex",
            TargetForm.WOMEN_SHARE: "disclosure.target_women_share",
            TargetForm.WOMEN_COUNT: "disclosure.target_women_count",
        }[target.form]
        return say(form, target=target.value)

    items = []
    for line in report.organs:
        if line.target is None:
            continue
        if line.target_met is None:
            status = say("disclosure.status_unknown")
        elif line.target_met:
            status = say("disclosure.status_met")
        elif line.reason:
            status = say("disclosure.status_not_met_reason", reason=line.reason)
        else:
            status = say("disclosure.status_not_met")
        items.append(
            say(
                "disclosure.target",
                organ=line.target.key,
                target_text=target_text(line.target),
                target_year=line.target.target_year,
                status=status,
            )
        )
    for target in report.flow_targets:
        items.append(
            say(
                "disclosure.target",
                organ=target.key,
                target_text=target_text(target),
                target_year=target.target_year,
                status=say("disclosure.status_unknown"),
            )
        )
    if items:
        parts.append(f"{say('disclosure.targets')} " + "; ".join(items) + ".")
    else:
        parts.append(say("disclosure.no_targets"))
    if report.plan is not None and report.plan.measures:
        levers = [lever for lever in Lever if lever in report.plan.levers]
        parts.append(
            say(
                "disclosure.plan",
                measures=len(report.plan.measures),
                levers="; ".join(say(f"lever.{lever.value}") for lever in levers),
            )
        )
    else:
        parts.append(say("disclosure.no_plan"))
    return " ".join(parts)
