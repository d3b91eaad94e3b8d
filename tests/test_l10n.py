"""
Tests for the NL/EN catalogs and ``ingroeiquotum.i18n``.

The catalogs are read with a small parser of our own, so that duplicates (which a gettext
reader silently merges) are seen.
"""

from __future__ import annotations

import ast
import string
from datetime import date
from importlib import resources

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ingroeiquotum import i18n, quota, readings, scope
from ingroeiquotum.company import Company, FinancialYear, SizeFigures
from ingroeiquotum.composition import Composition
from ingroeiquotum.findings import Finding
from strategies import compositions, dates, genders_or_unknown, histories

LANGUAGES = ("nl", "en")


def parse_po(text: str) -> list[tuple[str, str]]:
    """The (msgid, msgstr) pairs of a .po file, in order, duplicates kept."""
    entries: list[tuple[str, str]] = []
    current: dict[str, str] = {}
    field = None
    for raw in [*text.splitlines(), ""]:
        line = raw.strip()
        if not line or line.startswith("#"):
            if "msgid" in current:
                entries.append((current["msgid"], current.get("msgstr", "")))
            current, field = {}, None
            continue
        if line.startswith('"'):
            current[field] += ast.literal_eval(line)
            continue
        keyword, _, rest = line.partition(" ")
        field = keyword
        current[field] = ast.literal_eval(rest)
    return [(msgid, msgstr) for msgid, msgstr in entries if msgid]


def read_catalog(language: str) -> list[tuple[str, str]]:
    """The entries of the catalog of ``language``."""
    path = resources.files("ingroeiquotum") / "locale" / language / "LC_MESSAGES"
    return parse_po((path / "ingroeiquotum.po").read_text(encoding="utf-8"))


def placeholders(template: str) -> set[str]:
    """The replacement fields of a message template."""
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


CATALOGS = {language: read_catalog(language) for language in LANGUAGES}


def test_parser_sees_entries():
    """The parser finds a fair number of entries (sanity check of the test itself)."""
    assert all(len(entries) > 40 for entries in CATALOGS.values())


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_duplicate_msgids(language):
    """No msgid occurs twice in a catalog."""
    ids = [msgid for msgid, _ in CATALOGS[language]]
    assert [] == sorted({msgid for msgid in ids if ids.count(msgid) > 1})


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_empty_translations(language):
    """Every msgid has a non-empty translation."""
    assert [] == [msgid for msgid, msgstr in CATALOGS[language] if not msgstr.strip()]


def test_same_keys():
    """Both catalogs have the same set of keys."""
    nl = {msgid for msgid, _ in CATALOGS["nl"]}
    en = {msgid for msgid, _ in CATALOGS["en"]}
    assert (set(), set()) == (nl - en, en - nl)


def test_same_placeholders():
    """Each key has the same placeholders in Dutch and in English."""
    nl = dict(CATALOGS["nl"])
    en = dict(CATALOGS["en"])
    differing = {
        key: (placeholders(nl[key]), placeholders(en[key]))
        for key in nl.keys() & en.keys()
        if placeholders(nl[key]) != placeholders(en[key])
    }
    assert {} == differing


@pytest.mark.parametrize("language", LANGUAGES)
def test_library_reads_the_same_catalog(language):
    """The library's catalog reader sees the same messages as the test's parser."""
    assert dict(CATALOGS[language]) == dict(i18n.catalog(language))


@pytest.mark.parametrize("reading", readings.all_readings(), ids=lambda r: r.key)
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_reading_has_messages(reading, language):
    """Every reading has a 'reading.<key>' message in both catalogs."""
    assert dict(CATALOGS[language]).get(f"reading.{reading.key}")


# -- rendering every finding the rules produce ----------------------------------------------

ON = date(2024, 4, 18)
BIG = {"total_assets": 30_000_000, "net_turnover": 60_000_000, "employees": 300}
SMALL = {"total_assets": 1, "net_turnover": 1, "employees": 1}


def calendar_company(figures, years=range(2020, 2032), **kwargs):
    """A company with calendar years carrying ``figures`` (None: no figures)."""
    return Company(
        "Voorbeeld",
        "NV",
        financial_years=tuple(
            FinancialYear(
                date(year, 1, 1),
                date(year, 12, 31),
                None if figures is None else SizeFigures(**figures),
            )
            for year in years
        ),
        **kwargs,
    )


def scenario_findings() -> list[Finding]:
    """Hand-picked inputs that reach every message key of the quota and scope rules."""
    rows = [{"balance_sheet_date": date(2021 + i, 12, 31), **BIG} for i in range(3)]
    old = [{"balance_sheet_date": date(2012 + i, 12, 31), **BIG} for i in range(2)]
    half = [rows[0], {**rows[1], "total_assets": None, "net_turnover": None}]
    small_rows = [{**row, **SMALL} for row in rows]
    return [
        quota.check_balance(Composition(2, 2), ON),
        quota.check_balance(Composition(0, 0), ON),
        quota.check_balance(Composition(5, 1), ON),
        quota.check_balance(Composition(2, 1, unknown=3), ON),
        quota.check_balance(Composition(2, 1, other=1), ON, subject="non_executive"),
        quota.check_balance(Composition(2, 1), date(2021, 12, 31)),
        quota.check_balance(Composition(2, 1), date(2030, 1, 1)),
        quota.judge_appointment(Composition(2, 2), "man", ON),
        quota.judge_appointment(Composition(2, 1), "man", ON),
        quota.judge_appointment(Composition(5, 1), "woman", ON),
        quota.judge_appointment(Composition(5, 1), "man", ON),
        quota.judge_appointment(Composition(5, 1), "other", ON),
        quota.judge_appointment(Composition(5, 1), "unknown", ON),
        quota.judge_appointment(Composition(5, 1, unknown=2), "man", ON),
        quota.judge_appointment(
            Composition(5, 1), "man", ON, reappointment=True, first_appointed=date(2020, 1, 1)
        ),
        quota.judge_appointment(Composition(5, 1), "man", ON, exceptional_circumstances=True),
        quota.judge_appointment(Composition(5, 1), "man", date(2021, 6, 1)),
        quota.judge_appointment(Composition(5, 1), "man", date(2031, 6, 1)),
        *quota.judge_meeting(
            Composition(4, 1),
            [quota.Departure("man"), quota.Appointment("woman"), quota.Appointment("man")],
            ON,
        ).findings,
        scope.judge_size(rows, date(2023, 12, 31)),
        scope.judge_size(rows, date(2021, 12, 31)),
        scope.judge_size(small_rows, date(2023, 12, 31)),
        scope.judge_size(half, date(2022, 12, 31)),
        scope.judge_size(old, date(2013, 12, 31)),
        scope.targets_duty(calendar_company(BIG), date(2023, 12, 31)),
        scope.targets_duty(calendar_company(SMALL), date(2023, 12, 31)),
        scope.targets_duty(calendar_company(None), date(2023, 12, 31)),
        scope.targets_duty(calendar_company(BIG), date(2021, 12, 31)),
        scope.targets_duty(calendar_company(BIG), date(2031, 12, 31)),
        scope.targets_duty(calendar_company(BIG, range(2023, 2024)), date(2023, 12, 31)),
        scope.quota_applies(Company("X", "NV", listed=True), ON),
        scope.quota_applies(Company("X", "BV", listed=True), ON),
        scope.quota_applies(Company("X", "NV"), ON),
        scope.quota_applies(Company("X", "NV", listed=True), date(2021, 1, 1)),
        scope.quota_applies(Company("X", "NV", listed=True), date(2030, 1, 1)),
    ]


EXPECTED_KEYS = {
    "quota.empty",
    "quota.balanced",
    "quota.unbalanced",
    "quota.balance_unknown",
    "quota.not_yet",
    "quota.lapsed",
    "quota.appointment_valid_balanced",
    "quota.appointment_valid_more_balanced",
    "quota.appointment_valid_reappointment",
    "quota.appointment_valid_exceptional",
    "quota.appointment_void",
    "quota.appointment_unknown",
    "quota.tipping_warning",
    "scope.large",
    "scope.not_large",
    "scope.single_date",
    "scope.size_unknown",
    "scope.no_limits",
    "scope.act_not_yet",
    "scope.act_lapsed",
    "scope.not_covered",
    "scope.not_covered_lapsed",
    "scope.targets_applies",
    "scope.targets_not_applicable",
    "scope.targets_cannot_decide",
    "scope.quota_applies",
    "scope.quota_not_listed",
}


def check_renders(finding: Finding) -> None:
    """Render and explain ``finding`` in both languages, with every placeholder filled."""
    for language in LANGUAGES:
        text = i18n.render(finding, language)
        full = i18n.explain(finding, language)
        assert text
        assert text in full
        assert "{" not in full
        assert "}" not in full
        assert "None" not in full


def test_scenarios_reach_every_message_key():
    """The scenarios produce every message and note key the rules have (a coverage check)."""
    keys = set()
    for finding in scenario_findings():
        keys.add(finding.message)
        keys.update(finding.notes)
    assert EXPECTED_KEYS == keys


@pytest.mark.parametrize("index", range(len(scenario_findings())))
def test_scenario_renders_in_both_languages(index):
    """Each scenario's finding renders and explains in Dutch and English."""
    check_renders(scenario_findings()[index])


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_produced_key_is_in_both_catalogs(language):
    """Every key the rules produce, including the missing-fact keys, has a message."""
    catalog = dict(CATALOGS[language])
    keys = set(EXPECTED_KEYS)
    for finding in scenario_findings():
        keys.update(f"missing.{item.partition(':')[0]}" for item in finding.missing)
        keys.add(f"verdict.{finding.verdict.value}")
    assert set() == keys - catalog.keys()


@given(compositions(max_count=8, unknown=3), genders_or_unknown, dates(), st.booleans())
@settings(max_examples=150)
def test_quota_findings_render(before, appointee, on, reappointment):
    """Any quota finding renders and explains in both languages."""
    first = date(2015, 1, 1) if reappointment else None
    findings = [
        quota.check_balance(before, on),
        quota.check_balance(before, on, subject="non_executive"),
        quota.judge_appointment(
            before, appointee, on, reappointment=reappointment, first_appointed=first
        ),
        *quota.judge_meeting(before, [quota.Appointment(appointee)], on).findings,
    ]
    for finding in findings:
        check_renders(finding)


@given(histories(min_size=1, max_size=4, missing=True), st.booleans())
@settings(max_examples=150)
def test_scope_findings_render(rows, opt_in_2023):
    """Any size finding renders and explains in both languages."""
    for row in rows:
        check_renders(scope.judge_size(rows, row["balance_sheet_date"], opt_in_2023=opt_in_2023))


@given(
    st.sampled_from(["NV", "BV"]),
    st.booleans(),
    st.sampled_from(["two_tier", "one_tier"]),
    st.integers(2016, 2033),
    st.sampled_from([BIG, SMALL, None]),
)
def test_company_findings_render(legal_form, listed, board_model, year, figures):
    """targets_duty and quota_applies findings render in both languages."""
    company = Company(
        "Voorbeeld",
        legal_form,
        listed=listed,
        board_model=board_model,
        financial_years=calendar_company(figures, range(2015, 2034)).financial_years,
    )
    check_renders(scope.targets_duty(company, date(year, 12, 31)))
    check_renders(scope.quota_applies(company, date(year, 6, 1)))


@pytest.mark.parametrize("language", LANGUAGES)
def test_size_finding_without_subject_renders_cleanly(language):
    """judge_size's default subject is empty; its message should not start with a colon."""
    rows = [{"balance_sheet_date": date(2022 + i, 12, 31), **BIG} for i in range(2)]
    text = i18n.render(scope.judge_size(rows, date(2023, 12, 31)), language)
    assert not text.startswith(":")


@pytest.mark.parametrize("language", LANGUAGES)
def test_empty_board_renders_without_placeholder(language):
    """An empty board's message should not show a '-' where a percentage belongs."""
    text = i18n.render(quota.check_balance(Composition(0, 0), ON), language)
    assert "(-" not in text
