"""
Objects that show themselves in a notebook (``ingroeiquotum.display``): what the HTML says, in
which language, that no text from the input can add markup, and that neither the HTML nor the
repr grows with the number of rows.
"""

from __future__ import annotations

from datetime import date
from html.parser import HTMLParser

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from ingroeiquotum import display, eu, quota, reporting, samples, succession
from ingroeiquotum.composition import Composition
from ingroeiquotum.exceptions import InvalidArgument, LoadError, RowError
from ingroeiquotum.findings import Finding, Findings
from ingroeiquotum.io.tables import Loaded
from ingroeiquotum.planning.succession import Seat

TAGS = {"div", "table", "thead", "tbody", "tr", "th", "td", "strong", "em", "ul", "li", "pre"}
"""Every tag the display writes."""

ATTRIBUTES = {"class", "style"}
"""Every attribute the display writes."""


class _Markup(HTMLParser):
    """The tags, attributes and text of an HTML fragment."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.attributes: set[str] = set()
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attributes.update(name for name, _ in attrs)

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)

    def handle_data(self, data):
        self.text.append(data)

    def handle_comment(self, data):
        self.tags.append("<!--")

    def handle_decl(self, decl):
        self.tags.append("<!")

    def handle_pi(self, data):
        self.tags.append("<?")


def markup(fragment: str) -> _Markup:
    parser = _Markup()
    parser.feed(fragment)
    parser.close()
    return parser


def text_of(fragment: str) -> str:
    return " ".join(markup(fragment).text)


def unbalanced_finding(subject: str = "rvc") -> Finding:
    finding = quota.check_balance(Composition(men=5, women=1), date(2024, 6, 30))
    return Finding(
        rule=finding.rule,
        rule_version=finding.rule_version,
        verdict=finding.verdict,
        on=finding.on,
        message=finding.message,
        facts=finding.facts,
        citations=finding.citations,
        readings=finding.readings,
        subject=subject,
    )


def problems(count: int, value: object = "x") -> tuple[RowError, ...]:
    return tuple(
        RowError(line + 2, "men", value, "must be a whole number") for line in range(count)
    )


@pytest.fixture(autouse=True)
def _english():
    """Each test starts in the default language and leaves it so."""
    before = display.set_locale("en")
    yield
    display.set_locale(before)


# -- findings -----------------------------------------------------------------------------------


def test_a_finding_shows_its_verdict_message_and_article():
    """The table has the verdict, the message (worked out by hand) and the article."""
    shown = text_of(unbalanced_finding()._repr_html_())
    assert "not compliant" in shown
    assert "RvC: 1 woman and 5 men, 6 members in all (16.7% women)" in shown
    assert "art. 2:142b lid 2 BW" in shown
    assert "30 June 2024" in shown


def test_a_finding_in_dutch():
    """:func:`display.set_locale` chooses the language for every object shown afterwards."""
    display.set_locale("nl_NL")
    shown = text_of(unbalanced_finding()._repr_html_())
    assert "voldoet niet" in shown
    assert "RvC: 1 vrouw en 5 mannen" in shown
    assert "30 juni 2024" in shown
    assert "Oordeel" in shown


def test_html_shows_one_object_in_its_own_language():
    """``display.html(value, locale)`` leaves the default alone."""
    finding = unbalanced_finding()
    assert "Toelichting" in display.html(finding, "nl")
    assert "Message" in finding._repr_html_()
    assert "en" == display.get_locale()


def test_an_unknown_language_is_refused():
    with pytest.raises(InvalidArgument) as caught:
        display.set_locale("fr")
    assert "en" == display.get_locale()
    assert "fr" == caught.value.value


def test_a_finding_has_a_short_repr():
    finding = unbalanced_finding()
    assert (
        "<Finding quota.balance: not_compliant on 2024-06-30, rvc; art. 2:142b lid 2 BW>"
        == repr(finding)
    )


def test_findings_are_the_tuple_they_were():
    """``Findings`` equals the tuple of its findings; the rules that gave tuples give it."""
    first, second = unbalanced_finding("a"), unbalanced_finding("b")
    assert (first, second) == Findings([first, second])
    process = eu.SelectionProcess(criteria_clear_neutral=True)
    found = eu.check_selection(process, date(2026, 9, 1))
    assert isinstance(found, Findings)
    assert "Findings: 7" in text_of(found._repr_html_())


@given(st.integers(min_value=0, max_value=300))
def test_findings_show_at_most_ten_rows(count):
    """A table of findings shows the first ten rows and counts the rest."""
    found = Findings([unbalanced_finding(f"organ {index}") for index in range(count)])
    shown = found._repr_html_()
    assert min(count, display.SHOWN_ROWS) + 1 == markup(shown).tags.count("tr")
    if count > display.SHOWN_ROWS:
        assert f"… and {count - display.SHOWN_ROWS} more" in text_of(shown)
    assert len(repr(found)) < 600


# -- no markup from the input -------------------------------------------------------------------

_HOSTILE = st.text(
    alphabet=st.sampled_from("<>&\"'/=ab !-?x\n"), min_size=1, max_size=300
) | st.sampled_from(
    ["<script>alert(1)</script>", "<b onmouseover=x>", "&lt;", "<!-- c -->", '"><img src=x>']
)


@given(_HOSTILE)
def test_no_text_from_the_input_adds_markup(text):
    """
    A subject, a company name, a value, a field, a reason or a source with any characters gives
    only the display's own tags and attributes, and shows as the text it was (cut at the cell
    limit).
    """
    company = samples.sample_company()
    report = reporting.build_report(company, company.financial_years[-1].end)
    if text.strip():
        report = attrs.evolve(report, company=text)
    fragments = [
        report._repr_html_(),
        unbalanced_finding(text)._repr_html_(),
        Findings([unbalanced_finding(text)])._repr_html_(),
        Loaded(
            rows=({"company": text, text: text},), errors=(RowError(3, text, text, text),)
        )._repr_html_(),
        LoadError(text, [RowError(None, text, text, text)])._repr_html_(),
        display.Table([{text: text}])._repr_html_(),
    ]
    for fragment in fragments:
        found = markup(fragment)
        assert set(found.tags) <= TAGS
        assert found.attributes <= ATTRIBUTES
    assert display.short(text) in "".join(markup(fragments[3]).text)


def test_a_cell_is_escaped_once():
    """``&lt;`` in the input shows as ``&lt;``: escaped, not taken for markup nor unescaped."""
    fragment = display.Table([{"name": "&lt;b&gt;"}])._repr_html_()
    assert "&amp;lt;b&amp;gt;" in fragment
    assert "&lt;b&gt;" in text_of(fragment)


# -- loaded sources, their problems, aggregates: bounded whatever the rows ------------------------


@given(st.integers(min_value=0, max_value=100_000), st.integers(min_value=0, max_value=100_000))
def test_a_loaded_source_stays_short(rows, errors):
    """Rows and problems are counted, the first ten of each shown; the repr is one short line."""
    row = {"company": "A", "organ": "rvc", "men": 3, "women": 2}
    loaded = Loaded(rows=(row,) * rows, errors=problems(min(errors, 50)) * (errors // 50 + 1))
    loaded = Loaded(rows=loaded.rows, errors=loaded.errors[:errors])
    shown = loaded._repr_html_()
    assert len(shown) < 12_000
    words = text_of(shown)
    assert f"Rows: {rows:,}" in words
    assert f"Problems: {errors:,}" in words
    assert len(repr(loaded)) < 80


def test_the_repr_of_75000_rows():
    """The repr that was 26 million characters long."""
    row = {"company": "A" * 40, "organ": "rvc", "date": date(2024, 12, 31), "men": 3, "women": 2}
    loaded = Loaded(rows=(row,) * 75_000, errors=problems(3))
    assert "Loaded(rows=<75,000 rows>, errors=<3 problems>)" == repr(loaded)
    assert "Loaded(rows=(), errors=())" == repr(Loaded())


def test_a_load_error_shows_its_first_problems_and_a_count():
    error = LoadError("people.csv", problems(25, "drie"))
    shown = error._repr_html_()
    words = text_of(shown)
    assert "people.csv: Problems: 25" in words
    assert "must be a whole number" in words
    assert "'drie'" in words
    assert "… and 15 more" in words
    assert 11 == markup(shown).tags.count("tr")
    assert "LoadError('people.csv', <25 problems>)" == repr(error)


def test_a_load_error_in_dutch():
    shown = display.html(LoadError("people.csv", problems(2)), "nl")
    assert "Problemen: 2" in text_of(shown)
    assert "Reden" in text_of(shown)


@given(st.integers(min_value=0, max_value=5_000))
def test_an_aggregate_is_a_list_that_shows_itself(count):
    rows = [{"year": 2024, "group": f"g{index}", "seats": index} for index in range(count)]
    table = display.Table(rows)
    assert rows == table
    assert rows[:3] == table[:3]
    assert len(table._repr_html_()) < 6_000
    assert len(repr(table)) < 1_000  # ten short rows in full, or a summary
    if count <= display.SHOWN_ROWS:
        assert repr(rows) == repr(table)


# -- reports, meetings, plans, the directive ------------------------------------------------------


def test_the_ser_report_shows_its_organs():
    company = samples.sample_company()
    report = reporting.build_report(company, company.financial_years[-1].end)
    words = text_of(report._repr_html_())
    assert company.name in words
    assert "Report to the SER" in words
    assert "1 January 2025 – 31 December 2025" in words
    assert len(report.organs) + 5 + 1 == markup(report._repr_html_()).tags.count("tr")
    assert repr(report).startswith(f"<SerReport {company.name}, financial year 2025-01-01")


def test_a_meeting_shows_each_appointment_and_the_board_after():
    result = quota.judge_meeting(
        Composition(men=4, women=1),
        [quota.Departure("man"), quota.Appointment("woman"), quota.Appointment("man")],
        date(2025, 5, 20),
    )
    words = text_of(result._repr_html_())
    assert "General meeting" in words
    assert words.count("compliant") == 2
    assert "art. 2:142b lid 2 BW" in words
    assert "The board after the meeting" in words


def test_a_succession_plan_shows_each_meeting():
    seats = [Seat("man", date(2020, 5, 1), date(2027 + year, 5, 20)) for year in range(3)]
    seats.append(Seat("man", date(2021, 5, 1)))
    meetings = succession.yearly_meetings(5, 20, 2027, 2030)
    plan = succession.plan(seats, meetings)
    words = text_of(plan._repr_html_())
    assert "20 May 2027" in words
    assert "20 May 2030" in words
    assert "<SuccessionPlan rvc, 4 seats, 4 meetings, balanced from 2028-05-20>" == repr(plan)
    balance = succession.earliest_balance(seats, meetings)
    assert "20 May 2028" in text_of(balance._repr_html_())


def test_the_directive_beside_the_dutch_law():
    company = samples.sample_company()
    evaluation = eu.evaluate_combined(company, date(2026, 7, 1))
    words = text_of(evaluation._repr_html_())
    assert company.name in words
    assert "Directive (EU) 2022/2381" in words
    assert "art. 2:142b" in words
    information = eu.annual_information(company, date(2026, 7, 1))
    assert "Non-executive directors" in text_of(information._repr_html_())


def test_without_catalogs_the_keys_show():
    """Before the package hands the display its texts, the message keys show instead."""
    before = display.use_texts(None)
    try:
        words = text_of(unbalanced_finding()._repr_html_())
    finally:
        display.use_texts(before)
    assert "display.verdict" in words
    assert unbalanced_finding().message in words


def test_a_year_shows_without_a_thousands_separator():
    """A year is a name, not an amount: 2024, while a count of seats is 12,000."""
    page = display.Table([{"year": 2024, "seats": 12_000}])._repr_html_()
    assert ">2024<" in page
    assert "12,000" in page
