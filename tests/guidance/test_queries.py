"""
Tests for ``ingroeiquotum.guidance.queries`` (public path ``ingroeiquotum.guidance``): the SER
takeaways as data, the queries, the plan analysis and the advice.
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections import Counter
from collections.abc import Sequence
from datetime import date
from pathlib import Path

import pytest

from guidance_cases import finding as _finding
from ingroeiquotum import guidance
from ingroeiquotum.exceptions import InvalidArgument
from ingroeiquotum.findings import Verdict
from ingroeiquotum.guidance import (
    Actor,
    Advice,
    Audience,
    Gap,
    Recommendation,
    Theme,
    _load,
    advise,
    analyse_plan,
    find,
    recommendations,
    render_advice,
    render_plan_analysis,
    render_recommendations,
    themes,
)
from ingroeiquotum.plan import Lever, Measure, Plan

DOCUMENT = Path("/work/shared/reference/ser-dialogue-takeaways-2024.txt")


# The document's headings and bullets, typed in from the source (line breaks joined, words
# split by a hyphen at a line end rejoined, whitespace normalised), in the document's order.
HEADINGS = {
    "ambition": "Stel ambities, maak een plan en monitor de voortgang",
    "talent": "Recruitment, ontwikkelen en behoud van talent",
    "education": "Heb aandacht voor het onderwijssysteem",
    "culture": "Zorg voor inbedding in de organisatiecultuur",
    "participation": "Niet praten over, maar mét",
    "barriers": "Pak mogelijke drempels t.a.v. diversiteit en inclusie aan",
}


BULLETS = {
    "ambition": [
        "Begin, luister en stuur waar nodig bij",
        "Als beleid niet dreigt te lukken, maak het dan passend",
        "Betrek de OR bij het rapporteren over diversiteit",
        "Blijf focus houden en inzetten op het boeken en vasthouden van vooruitgang. "
        "Voortdurende aandacht op het thema is nodig.",
        "Splits de ambities naar staf en kernfuncties",
        "Formuleer streefcijfers voor de instroom en promotie van vrouwen",
        "Wees je als organisatie bewust van de fases die je doorloopt op dit thema",
    ],
    "talent": [
        "Implementeer een Young professional program Intentional recruitment met een "
        "evenwichtige vrouwenvertegenwoordiging bij de selectie",
        "Zorg binnen de selectiecommissie voor topbenoemingen voor een goede vertegenwoordiging "
        "van vrouwen",
        "Neem inclusiviteit mee als kerncompetentie bij het aanstellen van leiders.",
    ],
    "education": [
        "Heb aandacht voor het opleiden van jongeren en aantrekkelijk maken techniek",
        "Stimuleer vrouwen in operationele functies",
        "Formuleer een systeemvisie op STEM-onderwijs voor meisjes/vrouwen",
        "Organiseer als organisatie activiteiten rondom Girls Day",
        "Neem kennis en aandacht voor D&I ook mee in opleidingen voor leiders/HR",
        "Maak een tussenjaar voor techniek/zorg mogelijk waarbij jongvolwassenen kunnen ervaren "
        "hoe het is om binnen deze sector te werken",
    ],
    "culture": [
        "Creëer een inclusieve werkomgeving voor vrouwen",
        "Maak vrouwelijke rolmodellen zichtbaar",
        "Zorg ervoor dat D&I niet alleen de taak van HR is",
        "Incorporeer rituelen/herhaalacties binnen de organisatie die continu D&I bespreekbaar "
        "en inzichtelijk maken",
        "Werk aan een inclusief ecosysteem met aandacht voor D&I: combineer targets met "
        "culturele inbedding",
        "Creëer een voedingsbodem voor D&I binnen het bedrijf; zorg voor begrip van voordelen "
        "diversiteit tbv bedrijfsresultaat (klanten, innovatie etc.)",
        "Blijf voortdurend met elkaar in gesprek op dit thema",
        "Wees kwetsbaar, je kunt niet meteen alles oplossen",
    ],
    "participation": [
        "Betrek voor het boeken van progressie op het thema D&I ook degene die de "
        "besluitvorming en programma’s betreft.",
        "Meer vrouwen aan de top? Vraag wat de vrouw nodig heeft om daar te komen",
        "Laat vrouwen meebeslissen over streefcijfers en plannen",
    ],
    "barriers": [
        "Biedt bias-trainingen met VR-brillen aan",
        "Maak gebruik van reversed monitoring",
        "Heb binnen de organisatie aandacht voor eventuele barrières ten aanzien van diversiteit "
        "en inclusie, zoals uitdagingen rondom kinderopvang en grensoverschrijdend gedrag",
        "Maak parttime werken mogelijk",
    ],
}


ALL_BULLETS = [bullet for bullets in BULLETS.values() for bullet in bullets]


def _normalise(text: str) -> str:
    return " ".join(text.split())


def _keys(recs: Sequence[Recommendation]) -> list[str]:
    return [rec.key for rec in recs]


def test_every_bullet_exactly_once() -> None:
    """Each bullet of the document is the source text of exactly one recommendation."""
    sources = Counter(_normalise(rec.source_text) for rec in recommendations())
    assert len(ALL_BULLETS) == 31
    assert Counter(ALL_BULLETS) == sources
    assert list(sources.values()) == [1] * 31


def test_document_order_and_themes() -> None:
    """Recommendations come in the document's order, each under the theme it is listed under."""
    expected = [(key, bullet) for key, bullets in BULLETS.items() for bullet in bullets]
    actual = [(rec.theme.key, _normalise(rec.source_text)) for rec in recommendations()]
    assert expected == actual
    assert Counter(rec.theme.key for rec in recommendations()) == {
        "ambition": 7,
        "talent": 3,
        "education": 6,
        "culture": 8,
        "participation": 3,
        "barriers": 4,
    }


def test_themes_are_the_document_headings() -> None:
    """Six themes, with the document's Dutch headings and an English title."""
    assert list(HEADINGS) == [theme.key for theme in themes()]
    for theme in themes():
        assert HEADINGS[theme.key] == theme.title_nl == str(theme)
        assert theme.title_en
        assert theme.title_en != theme.title_nl


@pytest.mark.skipif(not DOCUMENT.exists(), reason="the source document is not available")
def test_typed_bullets_are_in_the_document() -> None:
    """The typed-in list matches the extracted document: every bullet and heading is in it,
    and it has 31 bullets besides the two of its closing 'Meer informatie' lines."""
    raw = DOCUMENT.read_text(encoding="utf-8")
    text = _normalise(re.sub(r"-[ \t]*\n\s*(?=[a-z])", "", raw))
    for bullet in ALL_BULLETS:
        assert bullet in text, bullet
    for heading in HEADINGS.values():
        assert heading in text, heading
    assert raw.count("•") == 33
    closing = text.split("Meer informatie", 1)[1].split("Zorg voor inbedding", 1)[0]
    assert closing.count("•") == 2


def test_closing_lines_are_source_information_not_recommendations() -> None:
    """The portal and helpdesk lines are data about the source, and no recommendation."""
    info = guidance.source_information()
    assert info.portal == "www.diversiteitsportaal.nl"
    assert info.portal_url == "http://www.diversiteitsportaal.nl"
    assert info.helpdesk.phone == "070 - 2002 532"
    assert (info.helpdesk.opens.hour, info.helpdesk.closes.hour) == (8, 18)
    assert info.helpdesk.days_nl == "maandag tot en met vrijdag"
    assert date(2024, 9, 24) == info.date
    assert info.publisher == "SER"
    assert "5.000" in info.introduction_nl
    assert "5,000" in info.introduction_en
    assert find(text="diversiteitsportaal") == ()
    assert find(text="helpdesk") == ()


def test_both_languages_present_and_different() -> None:
    """Every recommendation has a Dutch and an English text, and they differ."""
    for rec in recommendations():
        assert rec.text_nl.strip()
        assert rec.text_en.strip()
        assert rec.text_nl != rec.text_en
        assert rec.text_nl.endswith((".", "?"))
        assert rec.text_en.endswith((".", "?"))
        assert rec.text("nl") == rec.text_nl == str(rec)
        assert rec.text("en") == rec.text_en


def test_every_recommendation_is_tagged() -> None:
    """At least one lever, audience and actor each; keys are unique and start with the theme."""
    keys = [rec.key for rec in recommendations()]
    assert len(keys) == len(set(keys))
    for rec in recommendations():
        assert rec.levers
        assert rec.audiences
        assert rec.actors
        assert all(isinstance(lever, Lever) for lever in rec.levers)
        assert rec.key.startswith(rec.theme.key + ".")


def test_every_tag_is_used() -> None:
    """Every lever, audience and actor is the tag of some recommendation."""
    recs = recommendations()
    assert set(Lever) == {lever for rec in recs for lever in rec.levers}
    assert set(Audience) == {audience for rec in recs for audience in rec.audiences}
    assert set(Actor) == {actor for rec in recs for actor in rec.actors}


def test_source() -> None:
    """Each recommendation names the document, the SER, the session date and its theme."""
    for rec in recommendations():
        assert date(2024, 9, 24) == rec.source.date
        assert rec.source.publisher == "SER"
        assert rec.source.title.startswith("Key takeaways SER-dialoogbijeenkomst")
        assert rec.theme == rec.source.theme
        assert "2024-09-24" in str(rec.source)


def test_api_contract() -> None:
    """recommendations() is a sequence; each has theme (str() the Dutch title), text_nl, text_en."""
    recs = recommendations()
    assert isinstance(recs, Sequence)
    assert str(recs[0].theme) in HEADINGS.values()
    assert isinstance(recs[0].text_nl, str)
    assert isinstance(recs[0].text_en, str)


def test_recommendation_validates() -> None:
    """A recommendation without levers, or with a key outside its theme, is refused."""
    rec = recommendations()[0]
    with pytest.raises(InvalidArgument) as info:
        Recommendation(
            key=rec.key,
            theme=rec.theme,
            text_nl="x",
            text_en="y",
            levers=(),
            audiences=rec.audiences,
            actors=rec.actors,
            source=rec.source,
            source_text="z",
        )
    assert info.value.field == "levers"
    with pytest.raises(InvalidArgument) as info:
        Recommendation(
            key="culture.x",
            theme=rec.theme,
            text_nl="x",
            text_en="y",
            levers=rec.levers,
            audiences=rec.audiences,
            actors=rec.actors,
            source=rec.source,
            source_text="z",
        )
    assert info.value.field == "key"


def test_find_by_theme() -> None:
    """A theme is given as a Theme, its key or a title in either language."""
    by_key = find(theme="education")
    assert len(by_key) == 6
    assert by_key == find(theme=themes()[2])
    assert by_key == find(theme="Heb aandacht voor het onderwijssysteem")
    assert by_key == find(theme="MIND THE EDUCATION SYSTEM")
    assert find(theme="participation") == find(theme="Niet praten over, maar met")


def test_find_by_lever() -> None:
    """By lever, as a Lever or its value."""
    assert _keys(find(lever="barriers", audience="workforce", actor="organisation")) == [
        "barriers.childcare_misconduct",
        "barriers.part_time_work",
    ]
    retention = find(lever=Lever.RETENTION)
    assert _keys(retention) == [
        "culture.inclusive_workplace",
        "barriers.childcare_misconduct",
        "barriers.part_time_work",
    ]
    assert all(Lever.EDUCATION in rec.levers for rec in find(lever="education"))


def test_find_by_audience_and_actor() -> None:
    """By audience and by actor; criteria combine with AND."""
    assert all(Audience.PIPELINE in rec.audiences for rec in find(audience="pipeline"))
    assert "education.girls_day" in _keys(find(audience=Audience.PIPELINE))
    assert _keys(find(actor=Actor.WORKS_COUNCIL)) == ["ambition.works_council_reporting"]
    assert "talent.selection_committee_women" in _keys(find(actor="selection committee"))
    assert _keys(find(actor="selection_committee", audience="rvc")) == [
        "talent.selection_committee_women"
    ]
    assert recommendations() == find()


def test_find_by_text_ignores_case_and_accents() -> None:
    """Free text matches either language, ignoring case and accents."""
    assert _keys(find(text="creeer")) == ["culture.inclusive_workplace", "culture.business_case"]
    assert _keys(find(text="creeer")) == _keys(find(text="CRÉËER"))
    assert _keys(find(text="GIRLS DAY")) == ["education.girls_day"]
    assert _keys(find(text="Part-Time")) == ["barriers.part_time_work"]
    assert _keys(find(text="parttime")) == ["barriers.part_time_work"]
    assert _keys(find(text="barrieres")) == ["barriers.childcare_misconduct"]
    assert _keys(find(text="what they need")) == ["participation.ask_women"]
    assert find(text="quantum computing") == ()


def test_get() -> None:
    """get() returns a recommendation by key."""
    rec = guidance.get("ambition.inflow_promotion_targets")
    assert rec.source_text == "Formuleer streefcijfers voor de instroom en promotie van vrouwen"


def test_empty_plan_misses_everything() -> None:
    """A plan without measures misses every lever and theme; each gap lists its fillers."""
    analysis = analyse_plan(Plan(()))
    assert analysis.covered_levers == ()
    assert tuple(Lever) == analysis.missing_levers
    assert analysis.covered_themes == ()
    assert themes() == analysis.missing_themes
    assert not analysis.complete
    assert len(Lever) + len(themes()) == len(analysis.gaps)
    for gap in analysis.gaps:
        assert gap.recommendations
        if isinstance(gap.missing, Lever):
            assert all(gap.missing in rec.levers for rec in gap.recommendations)
        else:
            assert find(theme=gap.missing) == gap.recommendations


def test_plan_covering_some_levers() -> None:
    """Covered levers come from the measures; a theme is covered when some recommendation in it
    has all its levers covered."""
    plan = Plan(
        (
            Measure("Balanced shortlists for subtop vacancies", levers={"recruitment"}),
            Measure("Quarterly target review by the board", levers={Lever.GOVERNANCE}),
        )
    )
    analysis = analyse_plan(plan)
    assert analysis.covered_levers == (Lever.RECRUITMENT, Lever.GOVERNANCE)
    assert analysis.missing_levers == (
        Lever.DEVELOPMENT,
        Lever.RETENTION,
        Lever.CULTURE,
        Lever.EDUCATION,
        Lever.BARRIERS,
    )
    assert [t.key for t in analysis.covered_themes] == ["ambition", "talent", "participation"]
    assert [t.key for t in analysis.missing_themes] == ["education", "culture", "barriers"]
    gaps = {gap.missing: gap for gap in analysis.gaps}
    assert isinstance(gaps[Lever.RETENTION], Gap)
    assert _keys(gaps[Lever.RETENTION].recommendations) == [
        "culture.inclusive_workplace",
        "barriers.childcare_misconduct",
        "barriers.part_time_work",
    ]
    assert Lever.GOVERNANCE not in gaps
    culture = next(theme for theme in themes() if theme.key == "culture")
    assert find(theme="culture") == gaps[culture].recommendations


def test_one_shared_lever_does_not_cover_a_theme() -> None:
    """Governance alone does not cover the culture theme, although two of its recommendations
    work on governance as well as culture."""
    analysis = analyse_plan(Plan((Measure("Targets", levers={"governance"}),)))
    assert "culture" in [theme.key for theme in analysis.missing_themes]
    assert "ambition" in [theme.key for theme in analysis.covered_themes]


def test_plan_with_every_lever_is_complete() -> None:
    """A plan that works on every lever covers every theme."""
    analysis = analyse_plan(Plan((Measure("Everything", levers=set(Lever)),)))
    assert analysis.complete
    assert analysis.gaps == ()
    assert themes() == analysis.covered_themes


@pytest.mark.parametrize(
    ("rule", "subject", "expected"),
    [
        ("quota.balance", "rvc", "talent.selection_committee_women"),
        ("quota.appointment", "rvc", "talent.selection_committee_women"),
        ("targets.present", "subtop:Directors", "ambition.split_staff_core_roles"),
        ("targets.present", "bestuur", "ambition.start_listen_adjust"),
        ("targets.ambitious", "rvc", "participation.women_codecide_targets"),
        ("targets.progress", "bestuur", "ambition.adapt_failing_policy"),
        ("targets.flow", "subtop:Managers", "ambition.inflow_promotion_targets"),
        ("plan.present", "", "ambition.start_listen_adjust"),
        ("reporting.works_council", "", "ambition.works_council_reporting"),
    ],
)
def test_advice_per_finding(rule: str, subject: str, expected: str) -> None:
    """Each non-compliant finding the table knows gets recommendations and a bilingual reason."""
    (advice,) = advise([_finding(rule, subject=subject)])
    assert isinstance(advice, Advice)
    assert rule == advice.finding.rule
    assert expected in _keys(advice.recommendations)
    assert advice.reason_nl
    assert advice.reason_en
    assert advice.reason_nl != advice.reason_en
    assert advice.reason("en") == advice.reason_en


def test_missing_target_advice_depends_on_the_organ() -> None:
    """A missing subtop target gets the subtop row; a missing board target the general row."""
    subtop, board, company = advise(
        [
            _finding("targets.present", subject="subtop:Directors"),
            _finding("targets.present", subject="bestuur"),
            _finding("targets.present", subject="Acme NV"),
        ]
    )
    assert subtop.key == "targets.present.subtop"
    assert "targets.present" == board.key == company.key
    assert "ambition.split_staff_core_roles" not in _keys(board.recommendations)


def test_no_advice_for_compliant_or_unknown_findings() -> None:
    """Compliant, not-applicable and cannot-decide findings, and unknown rules, get no advice."""
    findings = [
        _finding("quota.balance", Verdict.COMPLIANT, "rvc"),
        _finding("quota.balance", Verdict.NOT_APPLICABLE, "rvc"),
        _finding("quota.balance", Verdict.CANNOT_DECIDE, "rvc"),
        _finding("scope.large", Verdict.APPLIES),
        _finding("eu.objective"),
    ]
    assert advise(findings) == ()
    assert advise([]) == ()


def test_advice_keeps_the_findings_order() -> None:
    """Advice follows the findings' order; a single finding is accepted as well."""
    findings = [_finding("plan.present"), _finding("quota.appointment", subject="rvc")]
    assert [a.key for a in advise(findings)] == ["plan.present", "quota.appointment"]
    assert advise(findings[0])[0].key == "plan.present"


def test_advice_table_refers_to_known_recommendations() -> None:
    """Every row names existing recommendations and has reasons in both languages."""
    known = {rec.key for rec in recommendations()}
    for row in _load.takeaways().advice:
        assert row.recommendations
        assert set(row.recommendations) <= known
        assert row.reason_nl.strip()
        assert row.reason_en.strip()
    rules = {row.rule for row in _load.takeaways().advice}
    assert {
        "quota.balance",
        "quota.appointment",
        "targets.present",
        "targets.ambitious",
        "targets.progress",
        "targets.flow",
        "plan.present",
        "reporting.works_council",
    } == rules


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda: find(theme="diversity"), "theme"),
        (lambda: find(theme=Theme("other", "Ander", "Other")), "theme"),
        (lambda: find(lever="money"), "lever"),
        (lambda: find(audience="shareholders"), "audience"),
        (lambda: find(actor="ceo"), "actor"),
        (lambda: find(text=""), "text"),
        (lambda: find(text=3), "text"),
        (lambda: guidance.get("ambition.nothing"), "key"),
        (lambda: analyse_plan("plan"), "plan"),
        (lambda: advise(["finding"]), "findings[0]"),
        (lambda: advise(3), "findings"),
        (lambda: render_recommendations(recommendations(), "fr"), "locale"),
        (lambda: render_recommendations(recommendations(), None), "locale"),
        (lambda: render_recommendations(["text"], "nl"), "recs[0]"),
        (lambda: render_plan_analysis("analysis", "nl"), "analysis"),
        (lambda: render_plan_analysis(analyse_plan(Plan(())), "de"), "locale"),
        (lambda: render_advice([1], "en"), "advice[0]"),
        (lambda: render_advice((), "xx"), "locale"),
        (lambda: guidance.render_source_information("fr"), "locale"),
        (lambda: themes()[0].title("fr"), "locale"),
    ],
)
def test_bad_input(call: object, field: str) -> None:
    """Unknown values raise InvalidArgument naming the field (a ValueError)."""
    assert callable(call)
    with pytest.raises(InvalidArgument) as info:
        call()
    assert field == info.value.field
    assert isinstance(info.value, ValueError)


def test_guidance_stays_in_the_rules_layer() -> None:
    """
    Importing and querying the guidance loads neither the edges nor babel; the data file is
    read on first use. The ``render_*`` names are the i18n layer's, looked up lazily.
    """
    code = (
        "import sys\n"
        "import ingroeiquotum.guidance as g\n"
        "assert 'ingroeiquotum.guidance.queries' not in sys.modules\n"
        "from ingroeiquotum.guidance import _load\n"
        "assert _load.takeaways.cache_info().currsize == 0\n"
        "g.find(actor='hr')\n"
        "assert _load.takeaways.cache_info().currsize == 1\n"
        "bad = {'babel', 'ingroeiquotum.i18n', 'ingroeiquotum.bulk', 'ingroeiquotum.cli',\n"
        "       'ingroeiquotum.io'} & set(sys.modules)\n"
        "assert not bad, bad\n"
        "from ingroeiquotum.i18n import guidance as texts\n"
        "assert g.render_recommendations is texts.render_recommendations\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


JUNK = [None, "", "abc", 1.5, float("nan"), -1, True, [], [1, 2], {}, b"nl", date(2024, 1, 1)]


@pytest.mark.parametrize("junk", JUNK, ids=repr)
def test_junk_raises_only_invalid_argument(junk: object) -> None:
    """Junk in any argument is refused with InvalidArgument, never a TypeError from inside."""
    calls = [
        lambda: guidance.get(junk),
        lambda: analyse_plan(junk),
        lambda: render_plan_analysis(junk, "en"),
        lambda: render_recommendations(recommendations(), junk),
        lambda: guidance.render_source_information(junk),
    ]
    if junk is not None:  # None means "no criterion"; "abc" is a valid text to search for
        calls += [
            lambda: find(theme=junk),
            lambda: find(lever=junk),
            lambda: find(audience=junk),
            lambda: find(actor=junk),
        ]
        if junk != "abc":
            calls.append(lambda: find(text=junk))
    if junk not in ([], {}):  # an empty collection is a valid, empty input here
        calls += [
            lambda: advise(junk),
            lambda: render_recommendations(junk, "en"),
            lambda: render_advice(junk, "en"),
        ]
    for call in calls:
        with pytest.raises(InvalidArgument):
            call()


def _document() -> dict[str, object]:
    import copy
    import tomllib
    from importlib import resources

    with (resources.files("ingroeiquotum.guidance") / "takeaways.toml").open("rb") as handle:
        return copy.deepcopy(tomllib.load(handle))


def _problems(document: dict[str, object]) -> list[tuple[str, str]]:
    from ingroeiquotum.exceptions import LoadError

    with pytest.raises(LoadError) as info:
        _load.parse(document)
    return [(problem.field, problem.reason) for problem in info.value.errors]


def test_the_data_file_reads_to_the_same_takeaways() -> None:
    """Parsing the shipped file again gives what the guidance serves."""
    assert _load.parse(_document()) == _load.takeaways()


def test_the_data_file_is_checked_strictly() -> None:
    """Unknown keys, missing keys, wrong types, bad tags and duplicate ids: all named by place."""
    document = _document()
    recs = document["recommendations"]
    assert isinstance(recs, list)
    recs[3]["colour"] = "red"
    del recs[4]["text_en"]
    recs[5]["levers"] = "governance"
    recs[6]["actors"] = ["hr", "janitor"]
    recs[7]["key"] = recs[0]["key"]
    recs[8]["key"] = "nowhere.at_all"
    advice = document["advice"]
    assert isinstance(advice, list)
    advice[0]["recommendations"].append("ambition.no_such_thing")
    advice[1]["verdict"] = "fine"
    document["source"]["helpdesk"]["opens"] = "8 uur"  # type: ignore[index]
    document["extra"] = 1
    problems = _problems(document)
    assert ("extra", "is not a known key") in problems
    assert ("source.helpdesk.opens", "must be a time") in problems
    assert ("recommendations[3].colour", "is not a known key") in problems
    assert ("recommendations[4].text_en", "is missing") in problems
    assert ("recommendations[5].levers", "must be a list of strings") in problems
    assert any(place == "recommendations[6].actors[1]" for place, _ in problems)
    assert ("recommendations[7].key", "is a duplicate recommendation id") in problems
    assert any(place == "recommendations[8].key" for place, _ in problems)
    assert ("advice[0].recommendations[3]", "is not a recommendation") in problems
    assert any(place == "advice[1].verdict" for place, _ in problems)


def test_the_data_file_refuses_a_duplicate_theme_and_an_empty_text() -> None:
    document = _document()
    themes_ = document["themes"]
    assert isinstance(themes_, list)
    themes_[1]["key"] = themes_[0]["key"]
    themes_[2]["title_en"] = "  "
    problems = _problems(document)
    assert ("themes[1].key", "is a duplicate theme id") in problems
    assert ("themes[2].title_en", "must not be empty") in problems
