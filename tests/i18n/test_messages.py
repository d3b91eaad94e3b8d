"""
Tests for the NL/EN catalogs and ``ingroeiquotum.i18n``.

The catalogs are read with a small parser of our own, so that duplicates (which a gettext
reader silently merges) are seen.
"""

from __future__ import annotations

import ast
import re
import string
from datetime import date
from decimal import Decimal
from fractions import Fraction
from importlib import resources

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ingroeiquotum import i18n, quota, readings, scope, succession, targets
from ingroeiquotum.company import (
    BoardModel,
    Company,
    FinancialYear,
    LegalForm,
    SizeFigures,
    Snapshot,
)
from ingroeiquotum.composition import Composition, Seat
from ingroeiquotum.exceptions import InvalidArgument
from ingroeiquotum.findings import Finding
from ingroeiquotum.gender import Gender
from ingroeiquotum.targets import Target, TargetForm
from strategies import compositions, dates, genders_or_unknown, histories

LANGUAGES = ("nl", "en")


def parse_po(text: str) -> list[tuple[str, str | tuple[str, ...]]]:
    """
    The (msgid, msgstr) pairs of a .po file, in order, duplicates kept; a plural entry's
    msgstr is the tuple of its forms (msgstr[0], msgstr[1], ...).
    """
    entries: list[tuple[str, str | tuple[str, ...]]] = []
    current: dict[str, str] = {}
    field = None
    for raw in [*text.splitlines(), ""]:
        line = raw.strip()
        if not line or line.startswith("#"):
            if "msgid" in current:
                forms = sorted(name for name in current if name.startswith("msgstr["))
                value = (
                    tuple(current[name] for name in forms) if forms else current.get("msgstr", "")
                )
                entries.append((current["msgid"], value))
            current, field = {}, None
            continue
        if line.startswith('"'):
            current[field] += ast.literal_eval(line)
            continue
        keyword, _, rest = line.partition(" ")
        field = keyword
        current[field] = ast.literal_eval(rest)
    return [(msgid, msgstr) for msgid, msgstr in entries if msgid]


def read_catalog(language: str) -> list[tuple[str, str | tuple[str, ...]]]:
    """The entries of the catalog of ``language``."""
    path = resources.files("ingroeiquotum") / "locale" / language / "LC_MESSAGES"
    return parse_po((path / "ingroeiquotum.po").read_text(encoding="utf-8"))


def fields(template: str | tuple[str, ...]) -> set[tuple[str, str]]:
    """The replacement fields of a message template (or of every plural form), with specs."""
    forms = template if isinstance(template, tuple) else (template,)
    return {
        (name, spec or "")
        for form in forms
        for _, name, spec, _ in string.Formatter().parse(form)
        if name
    }


def placeholders(template: str | tuple[str, ...]) -> set[str]:
    """The replacement fields of a message template."""
    return {name for name, _ in fields(template)}


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
    assert [] == [
        msgid
        for msgid, msgstr in CATALOGS[language]
        for form in (msgstr if isinstance(msgstr, tuple) else (msgstr,))
        if not form.strip()
    ]


def test_same_keys():
    """Both catalogs have the same set of keys."""
    nl = {msgid for msgid, _ in CATALOGS["nl"]}
    en = {msgid for msgid, _ in CATALOGS["en"]}
    assert (set(), set()) == (nl - en, en - nl)


def test_same_placeholders():
    """Each key has the same placeholders, with the same plural entries, in Dutch and English."""
    nl = dict(CATALOGS["nl"])
    en = dict(CATALOGS["en"])
    differing = {
        key: (fields(nl[key]), fields(en[key]))
        for key in nl.keys() & en.keys()
        if fields(nl[key]) != fields(en[key])
    }
    assert {} == differing


@pytest.mark.parametrize("language", LANGUAGES)
def test_library_reads_the_same_catalog(language):
    """The library's catalog reader sees the same messages as the test's parser."""
    entries = dict(CATALOGS[language])
    singular = {key: value for key, value in entries.items() if isinstance(value, str)}
    plural = {key: value for key, value in entries.items() if isinstance(value, tuple)}
    assert singular == dict(i18n.catalog(language))
    assert plural == dict(i18n._plural_catalog(language))


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


# -- plurals: every message with counts 0, 1 and 2 -----------------------------------------

PLURAL_KEYS = {
    language: {key for key, value in CATALOGS[language] if isinstance(value, tuple)}
    for language in LANGUAGES
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_plural_entries_have_two_forms_with_the_count(language):
    """Dutch and English have two plural forms (one, other); each holds the count."""
    for key, forms in CATALOGS[language]:
        if isinstance(forms, tuple):
            assert key.startswith("count."), key
            assert len(forms) == 2, key
            assert all("{count}" in form for form in forms), key
            assert forms[0] != forms[1], key


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_plural_placeholder_names_a_plural_entry(language):
    """A placeholder ``{n:count.x}`` names a plural entry of the catalog; no hand-made plurals."""
    for key, template in CATALOGS[language]:
        for name, spec in fields(template):
            assert not name.endswith("_word"), (key, name)
            if spec:
                assert spec in PLURAL_KEYS[language], (key, spec)
        if isinstance(template, str):
            assert "(s)" not in template, key
            assert "(en)" not in template, key


WRONG_NUMBER = re.compile(
    r"(?<![\d.,])1 (vrouwen|women|men|mannen|members|leden|persons|people|personen"
    r"|measures|maatregelen|rows|rijen|seats|zetels|positions|posities|terms|termijnen)\b"
    r"|(?<![\d.,])[02] (woman|vrouw|man|member|lid|person|persoon|measure|maatregel|seat"
    r"|zetel|position|positie)\b"
)
DATE_FACTS = {
    "deadline", "due_on", "end", "financial_year_start", "first_appointed", "in_force_from",
    "lapses_on", "letter_of_formal_notice", "meeting", "on", "start", "submitted_on", "value",
}  # fmt: skip
SHARE_FACTS = {
    "share", "share_women", "target_share", "effective_share", "under_represented_share",
    "inflow", "outflow",
}  # fmt: skip
MEASURE_FACTS = {"target", "current", "expected", "base", "projected"}


def fact_value(name: str, count: int, form: TargetForm) -> object:
    """A value of the kind the fact ``name`` holds, with ``count`` wherever a number goes."""
    if name in DATE_FACTS:
        return date(2019, 1, 1)
    if name.endswith("year"):
        return 2027
    if name in SHARE_FACTS:
        return Fraction(count, 3)
    if name in MEASURE_FACTS:
        return count if form is TargetForm.WOMEN_COUNT else Fraction(count, 3)
    if name == "form":
        return form
    if name in ("appointee", "gender"):
        return Gender.MAN if count % 2 else Gender.WOMAN
    if name == "legal_form":
        return LegalForm.NV
    if name == "board_model":
        return BoardModel.TWO_TIER
    if name == "listed":
        return bool(count)
    if name == "organ_sizes":
        return (count, None)
    if name == "meetings":
        return (date(2019, 1, 1), date(2020, 1, 1))
    if name in ("subject", "organ"):
        return "non_executive"
    return count


COUNT_FACTS = ("men", "women", "other", "unknown", "members", "women_gap", "men_gap")


def params_for(template: str | tuple[str, ...], count: int, form: TargetForm) -> dict[str, object]:
    """Facts for every placeholder of ``template``, and the counts the derived ones use."""
    params: dict[str, object] = dict.fromkeys(COUNT_FACTS, count)
    params["persons_needed"] = count
    params["form"] = form
    for name in placeholders(template):
        if name not in ("figures", "gap", "needed"):
            params[name] = fact_value(name, count, form)
    return params


ALL_KEYS = sorted({key for key, value in CATALOGS["en"] if isinstance(value, str)})


@given(
    key=st.sampled_from(ALL_KEYS),
    language=st.sampled_from(LANGUAGES),
    count=st.integers(0, 2),
    form=st.sampled_from(TargetForm),
)
def test_every_message_agrees_with_its_counts(key, language, count, form):
    """
    Every message, in both languages, with every count 0, 1 and 2 and each target form: no
    "1 women" or "2 man", no placeholder left, no date shown as Python's ``datetime.date(...)``.
    One property drawing the message, the language, the count and the form.
    """
    template = dict(CATALOGS[language])[key]
    text = i18n.message(key, language, **params_for(template, count, form))
    assert not WRONG_NUMBER.search(text), (key, language, count, form, text)
    assert "datetime" not in text, text
    assert "{" not in text, text
    assert "}" not in text, text
    assert "None" not in text, text


@given(st.integers(0, 12), st.integers(0, 12), st.integers(0, 3), st.integers(0, 3), dates())
def test_quota_figures_add_up(women, men, other, unknown, on):
    """
    A quota message names the women, the men, the people registered as neither sex and the
    members of unknown sex; the numbers it names add up to the members it names.
    """
    finding = quota.check_balance(Composition(men, women, other, unknown), on)
    if finding.verdict.value == "not_applicable" or finding.message == "quota.empty":
        return
    for language in LANGUAGES:
        text = i18n.render(finding, language)
        total = re.search(r"(\d+) members? in all|samen (\d+) (?:lid|leden)", text)
        assert total is not None, text
        named = text[len("RvC: ") : total.start()]
        numbers = [int(number) for number in re.findall(r"\d+", named)]
        assert sum(numbers) == men + women + other + unknown, text
        assert int(total.group(1) or total.group(2)) == men + women + other + unknown, text
        assert (other > 0) == ("neither" in named or "geen van beide" in named), text
        assert (unknown > 0) == ("unknown sex" in named or "onbekend geslacht" in named), text


def test_figures_name_people_of_neither_sex():
    """The example of issue 14: 2 women, 3 men and 1 person registered as neither sex."""
    finding = quota.check_balance(Composition(men=3, women=2, other=1), ON)
    assert i18n.render(finding, "en").startswith(
        "RvC: 2 women, 3 men and 1 person registered as neither sex, 6 members in all"
    )
    assert i18n.render(finding, "nl").startswith(
        "RvC: 2 vrouwen, 3 mannen en 1 persoon geregistreerd als geen van beide geslachten, "
        "samen 6 leden"
    )


def test_appointment_messages_name_everyone():
    """A void appointment names the other and unknown members too (from the finding's facts)."""
    finding = quota.judge_appointment(Composition(men=4, women=1, other=1), "man", ON)
    assert finding.verdict.value == "not_compliant"
    text = i18n.render(finding, "en")
    assert "1 woman, 4 men and 1 person registered as neither sex, 6 members in all" in text


def test_format_value_never_shows_a_repr_of_a_date():
    """Dates inside collections and mappings are formatted too."""
    value = {"since": (date(2019, 1, 1),), "at": [date(2020, 2, 3)]}
    for language in LANGUAGES:
        assert "datetime" not in i18n.format_value(value, language)
    assert "1 January 2019" in i18n.format_value(value, "en")


@pytest.mark.parametrize(
    ("count", "en", "nl"),
    [
        (0, "0 women", "0 vrouwen"),
        (1, "1 woman", "1 vrouw"),
        (2, "2 women", "2 vrouwen"),
        (Fraction(1, 3), "0.3 women", "0,3 vrouwen"),
        (Fraction(3, 1), "3 women", "3 vrouwen"),
    ],
)
def test_counted_picks_the_plural_form(count, en, nl):
    """Plural forms by the catalog's rule (n != 1); a fraction of a person takes the plural."""
    assert (en, nl) == (
        i18n.counted("count.women", count, "en"),
        i18n.counted("count.women", count, "nl"),
    )


def test_counted_refuses_an_unknown_key():
    """A key without a plural entry is an InvalidArgument naming the key."""
    with pytest.raises(InvalidArgument, match="key"):
        i18n.counted("count.unicorns", 1, "en")


# -- a target of a number of women ---------------------------------------------------------

COUNT_TARGET = Target("bestuur", "women_count", 1, target_year=2027, base_year=2024)


def test_count_target_attainable_names_women_not_each_sex():
    """A target of 1 woman in a bestuur of 3 takes 1 woman, not "1 person of each sex"."""
    finding = targets.check_attainable(COUNT_TARGET, 3, date(2025, 12, 31))
    assert "it takes 1 woman." in i18n.render(finding, "en")
    assert "het vraagt 1 vrouw." in i18n.render(finding, "nl")
    for language in LANGUAGES:
        assert "each sex" not in i18n.render(finding, language)
        assert "elk geslacht" not in i18n.render(finding, language)


def test_count_target_path_compares_counts_with_counts():
    """
    3 men and no woman in 2024 and 2025, a target of 1 woman in 2027: the straight path from
    0 women in 2024 stands at 1/3 woman in 2025 (by hand: 0 + (1 - 0) * 1/3), shown as a
    number of women, not as a share.
    """
    company = Company(
        "X",
        "BV",
        financial_years=tuple(
            FinancialYear(date(year, 1, 1), date(year, 12, 31), SizeFigures(**BIG))
            for year in (2024, 2025)
        ),
        snapshots=tuple(
            Snapshot("bestuur", date(year, 12, 31), Composition(3, 0)) for year in (2024, 2025)
        ),
    )
    finding = targets.check_progress(COUNT_TARGET, company, date(2025, 12, 31))
    assert finding.message == "targets.off_track"
    assert "0 women against 0.3 women on the straight path from 2024" in i18n.render(finding, "en")
    assert "0 vrouwen tegenover 0,3 vrouwen" in i18n.render(finding, "nl")
    assert "%" not in i18n.render(finding, "en")


@pytest.mark.parametrize("language", LANGUAGES)
def test_ambition_does_not_call_the_starting_point_today(language):
    """The composition a target is judged against may be the base year's: not "today"."""
    finding = targets.check_ambition(COUNT_TARGET, Composition(3, 0), date(2025, 12, 31))
    text = i18n.render(finding, language)
    assert "today" not in text
    assert " nu " not in text


def test_already_balanced_board_is_not_told_it_can_meet_the_quota_at_the_earliest():
    """A board of 1 man and 1 woman with no departures: "already meets", not "at the earliest"."""
    seats = [Seat("man", date(2020, 1, 1)), Seat("woman", date(2020, 1, 1))]
    balance = succession.earliest_balance(seats, succession.yearly_meetings(4, 30, 2026, 2028))
    assert balance.finding.message == "succession.balance_already"
    assert "already meets the quota" in i18n.render(balance.finding, "en")
    assert "at the earliest" not in i18n.render(balance.finding, "en")
    assert "voldoet al aan het quotum" in i18n.render(balance.finding, "nl")


def test_unbalanced_board_can_meet_the_quota_at_the_earliest():
    """A board of 3 men whose terms end in 2026 can meet the quota at that meeting at the earliest."""
    seats = [Seat("man", date(2020, 1, 1), date(2026, 4, 30)) for _ in range(3)]
    balance = succession.earliest_balance(seats, succession.yearly_meetings(4, 30, 2026, 2028))
    assert balance.finding.message == "succession.balance_reachable"


@pytest.mark.parametrize("language", ["en", "nl"])
def test_explain_names_a_chosen_alternative(language):
    """A finding made under a switched reading explains the alternative, not the default."""
    with readings.choose("quota.tipping_not_void"):
        finding = quota.judge_appointment(Composition(2, 1), "man", date(2025, 6, 1))
    text = i18n.explain(finding, language)
    words = i18n.catalog(language)
    assert words["reading_alternative.quota.tipping_not_void"] in text
    assert words["reading.quota.tipping_not_void"] not in text


# --- what the formatting remembers (issue 19) ---------------------------------------------------


@given(
    value=st.one_of(
        st.integers(-(10**13), 10**13),
        st.fractions(min_value=0, max_value=1, max_denominator=10**4),
        st.dates(date(1900, 1, 1), date(2100, 12, 31)),
    ),
    language=st.sampled_from(["nl", "en"]),
)
@settings(max_examples=200)
def test_a_remembered_text_is_babels_text(value, language):
    """Formatted twice (the second time from the cache), a value reads as babel writes it."""
    from babel import dates, numbers

    babel_locale = {"nl": "nl_NL", "en": "en_GB"}[language]
    if isinstance(value, date):
        expected = dates.format_date(value, format="long", locale=babel_locale)
    elif isinstance(value, Fraction):
        expected = numbers.format_percent(float(value), "#,##0.#%", locale=babel_locale)
    else:
        expected = numbers.format_decimal(value, locale=babel_locale)
    assert expected == i18n.format_value(value, language)
    assert expected == i18n.format_value(value, language)


def test_equal_values_of_other_types_are_not_confused():
    """1, 1.5 and Fraction(1) are remembered apart: a number, an amount and a share."""
    from ingroeiquotum.i18n import messages

    messages._clear_caches()
    assert ["1", "100%", "1", "1,5"] == [
        i18n.format_value(value, "nl") for value in (1, Fraction(1), 1.0, 1.5)
    ]
    assert ["ja", "1"] == [i18n.format_value(value, "nl") for value in (True, 1)]


def test_the_remembered_texts_are_bounded():
    """Past its size the cache forgets the oldest values, and every value is still formatted."""
    from ingroeiquotum.i18n import messages

    messages._clear_caches()
    size = messages._remembered.cache_info().maxsize
    assert size is not None
    texts = [i18n.format_value(number, "en") for number in range(1000, 1000 + size + 50)]
    assert size == messages._remembered.cache_info().currsize
    assert [f"{number:,}" for number in range(1000, 1000 + size + 50)] == texts


def test_a_huge_number_is_not_remembered():
    """A number past the bound is formatted anew each time, and takes no place in the cache."""
    from ingroeiquotum.i18n import messages

    messages._clear_caches()
    assert f"{10**15:,}" == i18n.format_value(10**15, "en")
    assert "0%" == i18n.format_value(Fraction(1, 3 * 10**12), "en")
    assert 0 == messages._remembered.cache_info().currsize


def test_the_babel_locale_is_parsed_once_per_language(monkeypatch):
    """Babel's Locale.parse runs once per language, not once per value formatted."""
    from babel import Locale

    from ingroeiquotum.i18n import messages

    messages._clear_caches()
    calls = []
    parse = Locale.parse

    def counting(*args, **kwargs):
        calls.append(args[0])
        return parse(*args, **kwargs)

    monkeypatch.setattr(Locale, "parse", counting)
    for number in range(200):
        i18n.format_value(Decimal(number) / 7, "nl")
        i18n.format_value(date(2025, 1, 1 + number % 28), "en")
    assert ["nl_NL", "en_GB"] == [call for call in calls if isinstance(call, str)][:2]
    assert 2 == len([call for call in calls if call in ("nl_NL", "en_GB")])
    messages._clear_caches()
