"""
Tests for ``ingroeiquotum.eu`` as a whole: Directive (EU) 2022/2381 beside the Dutch law.

The facade (``ingroeiquotum.eu`` is the package ``ingroeiquotum.law.eu``, which re-exports its
article-group modules and the comparison of ``ingroeiquotum.law.compare``), and what holds for
every finding the directive's modules produce: a citation with the ELI, a message in both
languages, every message key reached. The article groups have their own files
(``test_eu_scope.py``, ``test_eu_objective.py``, ``test_eu_selection.py``,
``test_eu_information.py``, ``test_eu_directive.py``, ``test_eu_compare.py``).
"""

from __future__ import annotations

import importlib
import json
import subprocess
import sys
from datetime import date

import pytest

from eu_cases import ALL_FALSE, ALL_TRUE, BIG, LARGE_LISTING, two_tier_company
from ingroeiquotum import eu, i18n, readings, serialize
from ingroeiquotum.citations import DIRECTIVE_2022_2381, Citation
from ingroeiquotum.company import Company, FinancialYear
from ingroeiquotum.composition import Composition
from ingroeiquotum.exceptions import IngroeiquotumError
from ingroeiquotum.findings import Finding

DUE = date(2026, 6, 30)
BEFORE = date(2026, 6, 29)
LANGUAGES = ("nl", "en")


# -- every finding: citations and both languages ----------------------------------------------


def combined_cases() -> list[eu.CombinedEvaluation]:
    """A spread of combined evaluations (the scenarios above)."""
    large = eu.Listing("NL", ["NL"], **LARGE_LISTING)
    frankfurt = eu.Listing("NL", ["DE"], **LARGE_LISTING)
    sme = eu.Listing("NL", ["NL"], employees=80, turnover=12e6, balance_sheet_total=9e6)
    years = tuple(FinancialYear(date(y, 1, 1), date(y, 12, 31), BIG) for y in (2024, 2025))
    cases = []
    for on in (date(2022, 6, 1), date(2025, 6, 30), DUE, date(2030, 6, 30)):
        for bestuur, rvc in (
            (Composition(3, 1), Composition(4, 2)),
            (Composition(3, 1), Composition(6, 3)),
            (Composition(3, 1), Composition(3, 1)),
            (Composition(3, 0), Composition(5, 1, unknown=2)),
        ):
            for listed, listing in ((True, large), (False, frankfurt), (True, sme)):
                company = two_tier_company(bestuur, rvc, on, listed=listed, financial_years=years)
                for objective in ("non_executive_40", "all_directors_33"):
                    cases.append(
                        eu.evaluate_combined(company, on, listing=listing, objective=objective)
                    )
    return cases


def all_findings() -> list[Finding]:
    """Findings of every kind the module produces."""
    listing_cases = [
        eu.Listing("NL", ["DE"], employees=900),
        eu.Listing("NL", ["DE"], employees=249, turnover=50e6),
        eu.Listing("NL", ["DE"]),
        eu.Listing("US", ["NL"]),
        eu.Listing("NL", []),
    ]
    findings: list[Finding] = [
        eu.in_scope(listing, on) for listing in listing_cases for on in (date(2022, 1, 1), DUE)
    ]
    with readings.choose("eu.sme_definition"):  # an SME by its balance-sheet total alone
        sme = eu.Listing("NL", ["DE"], employees=300, balance_sheet_total=40e6)
        findings.append(eu.in_scope(sme, DUE))
    for on in (date(2022, 1, 1), BEFORE, DUE):
        for rvc in (Composition(4, 2), Composition(6, 3), Composition(5, 1, unknown=2)):
            findings.append(eu.check_objective(None, rvc, on))
            findings.append(
                eu.check_objective(Composition(3, 0), rvc, on, objective="all_directors_33")
            )
        findings.append(eu.check_objective(None, Composition(0, 0), on))
        findings.append(eu.check_objective(None, None, on, two_tier=True))
        findings.append(eu.check_objective(None, Composition(1, 1, other=3), on))
        for process in (ALL_TRUE, ALL_FALSE, eu.SelectionProcess()):
            for meets in (True, False, None):
                for suspended in (True, False, None):
                    findings.extend(
                        eu.check_selection(process, on, meets_objective=meets, suspended=suspended)
                    )
            findings.extend(eu.check_selection(process, on, objective="all_directors_33"))
        findings.append(eu.transposition(on))
    company = two_tier_company(Composition(2, 1), Composition(6, 3), listed=True)
    findings.append(eu.check_annual_information(eu.annual_information(company, DUE)))
    findings.append(
        eu.check_annual_information(
            eu.annual_information(company, DUE, measures=["m"], reasons="r", planned_measures=["p"])
        )
    )
    findings.append(eu.check_annual_information(eu.annual_information(company, date(2022, 1, 1))))
    for result in combined_cases():
        findings.extend(result.findings)
    return findings


FINDINGS = all_findings()
EU_FINDINGS = [f for f in FINDINGS if f.rule.startswith("eu.")]


def test_scenarios_reach_every_eu_message_key():
    """Every eu.* message key in the catalogs is produced by some scenario (coverage)."""
    produced = {f.message for f in FINDINGS} | {note for f in FINDINGS for note in f.notes}
    produced |= {key for result in combined_cases() for key in result.explanations}
    catalog = {key for key in i18n.catalog("en") if key.startswith("eu.")}
    # eu.transposition_recorded: see the monkeypatch test; eu.explain.differ: a safety net.
    assert catalog - produced <= {"eu.transposition_recorded", "eu.explain.differ"}
    assert set() == {key for key in produced if key.startswith("eu.")} - catalog


def test_every_eu_finding_cites_an_article_with_the_eli():
    """Every EU finding cites at least one provision of the directive, linked by its ELI."""
    for finding in EU_FINDINGS:
        assert finding.citations
        cited = [c for c in finding.citations if c.instrument is DIRECTIVE_2022_2381]
        assert cited, finding.message
        for citation in cited:
            assert isinstance(citation, Citation)
            assert "http://data.europa.eu/eli/dir/2022/2381/oj" == citation.url(finding.on)
            assert "2022/2381" in str(citation)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_finding_renders(language):
    """Every finding renders and explains in Dutch and English, with no placeholder left."""
    for finding in FINDINGS:
        text = i18n.render(finding, language)
        full = i18n.explain(finding, language)
        assert text
        assert text in full
        assert "{" not in full
        assert "}" not in full
        assert "None" not in full


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_explanation_renders(language):
    """The explanations of the combined evaluations render with their facts in both languages."""
    for result in combined_cases():
        for key in result.explanations:
            text = i18n.message(key, language, **result.facts)
            assert text
            assert "{" not in text
            assert "None" not in text


def test_combined_cases_cover_every_explanation():
    """The scenarios produce every explanation key the module has."""
    keys = {key for result in combined_cases() for key in result.explanations}
    assert {key for key in i18n.catalog("en") if key.startswith("eu.explain.")} - keys <= {
        "eu.explain.differ"
    }


# -- robustness ---------------------------------------------------------------------------------

JUNK = [None, "", "abc", 1.5, -1, True, [], {}, object(), date(2026, 1, 1)]


@pytest.mark.parametrize("junk", JUNK, ids=repr)
def test_junk_raises_only_library_errors(junk):
    """Junk for any argument raises the library's own error, never a TypeError from inside."""
    calls = [
        lambda: eu.positions_needed(junk, "non_executive_40"),
        lambda: eu.positions_needed(5, junk),
        lambda: eu.in_scope(junk, DUE),
        lambda: eu.in_scope(eu.Listing(), junk),
        lambda: eu.check_objective(junk, Composition(1, 1), DUE),
        lambda: eu.check_objective(None, junk, DUE),
        lambda: eu.check_objective(None, Composition(1, 1), junk),
        lambda: eu.check_objective(None, Composition(1, 1), DUE, objective=junk),
        lambda: eu.check_selection(junk, DUE),
        lambda: eu.check_selection(ALL_TRUE, junk),
        lambda: eu.transposition(junk),
        lambda: eu.check_annual_information(junk),
        lambda: eu.evaluate_combined(junk, DUE),
        lambda: eu.evaluate_combined(Company("X", "NV"), junk),
        lambda: eu.directors(junk, DUE),
    ]
    for call in calls:
        try:
            call()
        except IngroeiquotumError:
            pass
        except Exception as error:  # pragma: no cover - the failure message names it
            pytest.fail(f"{type(error).__name__}: {error}")


# -- the facade ---------------------------------------------------------------------------------

HOMES = {
    "ingroeiquotum.law.eu.scope": ("EU_MEMBER_STATES", "Listing", "directors", "in_scope"),
    "ingroeiquotum.law.eu.objective": (
        "OBJECTIVES_DUE",
        "Objective",
        "check_objective",
        "positions_needed",
    ),
    "ingroeiquotum.law.eu.selection": ("Duty", "SelectionProcess", "check_selection"),
    "ingroeiquotum.law.eu.information": (
        "AnnualInformation",
        "annual_information",
        "check_annual_information",
    ),
    "ingroeiquotum.law.eu.directive": (
        "LETTER_OF_FORMAL_NOTICE",
        "RULE_VERSION",
        "TRANSPOSITION_DEADLINE",
        "transposition",
    ),
    "ingroeiquotum.law.compare": ("CombinedEvaluation", "evaluate_combined"),
}


@pytest.mark.parametrize("home", sorted(HOMES))
def test_the_facade_is_each_name_at_its_home(home):
    """``eu.<name>`` is the object of the module that decides it, and its module lists it."""
    module = importlib.import_module(home)
    for name in HOMES[home]:
        assert getattr(module, name) is getattr(eu, name), name
        assert name in module.__all__


def test_the_facade_keeps_every_name():
    """The names of the API contract: eu.__all__ is exactly the names of the homes."""
    assert eu is importlib.import_module("ingroeiquotum.law.eu")
    assert sorted(name for names in HOMES.values() for name in names) == sorted(eu.__all__)
    assert set(eu.__all__) <= set(dir(eu))
    with pytest.raises(AttributeError):
        _ = eu.no_such_name


def test_the_directive_does_not_import_the_comparison():
    """law.eu loads without law.compare; the comparison is looked up when first asked for."""
    script = (
        "import sys\nimport ingroeiquotum.law.eu as eu\n"
        "before = 'ingroeiquotum.law.compare' in sys.modules\n"
        "eu.evaluate_combined\n"
        "print(before, 'ingroeiquotum.law.compare' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert "False True" == result.stdout.strip()


def test_enum_facts_keep_their_public_type_tags():
    """
    A finding's Objective and Duty facts are written as ``enum:ingroeiquotum.eu.<name>``, the
    public path, whichever module of law.eu defines the enum, and read back as the enum.
    """
    selection = eu.check_selection(ALL_TRUE, DUE)[0]
    objective = eu.check_objective(None, Composition(4, 2), DUE)
    assert "enum:ingroeiquotum.eu.Duty" == selection.as_dict()["fact_types"]["duty"]
    for finding in (selection, objective):
        data = json.loads(json.dumps(finding.as_dict()))
        assert "enum:ingroeiquotum.eu.Objective" == data["fact_types"]["objective"]
        assert finding == serialize.finding_from_dict(data)
        assert eu.Objective.NON_EXECUTIVE_40 is serialize.finding_from_dict(data).facts["objective"]
