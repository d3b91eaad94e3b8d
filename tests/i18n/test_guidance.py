"""
Tests for ``ingroeiquotum.i18n.guidance`` (public path ``ingroeiquotum.guidance``): the guidance's
advice, recommendations, plan analysis and sources, rendered in Dutch and English.
"""

from __future__ import annotations

from guidance_cases import finding as _finding
from ingroeiquotum import guidance
from ingroeiquotum.guidance import (
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


def test_render_recommendations() -> None:
    """Grouped by theme with tags, then the source, in Dutch and English."""
    recs = find(theme="barriers")
    dutch = render_recommendations(recs, "nl")
    english = render_recommendations(recs, "en")
    assert dutch.startswith("Pak mogelijke drempels t.a.v. diversiteit en inclusie aan\n")
    assert "- Maak parttime werken mogelijk." in dutch
    assert "Hefbomen: behoud, drempels; betreft: subtop, hele personeelsbestand" in dutch
    assert "24 september 2024" in dutch
    assert english.startswith("Tackle possible barriers to diversity and inclusion\n")
    assert "- Allow people to work part-time." in english
    assert "Levers: retention, barriers; concerns: subtop, whole workforce" in english
    assert "24 September 2024" in english
    assert render_recommendations(recs, "en_GB") == english
    assert render_recommendations(recs, "nl-NL") == dutch
    assert render_recommendations((), "en") == "No recommendations."
    assert render_recommendations((), "nl") == "Geen aanbevelingen."
    everything = render_recommendations(recommendations(), "nl")
    assert all(theme.title_nl in everything for theme in themes())
    single = render_recommendations(guidance.get("education.girls_day"), "en")
    assert "Girls Day" in single


def test_render_plan_analysis() -> None:
    """The summary, covered and missing lists, and a block per gap."""
    analysis = analyse_plan(Plan((Measure("Shortlists", levers={"recruitment"}),)))
    dutch = render_plan_analysis(analysis, "nl")
    english = render_plan_analysis(analysis, "en")
    assert dutch.startswith("Het plan dekt 1 van de 7 hefbomen en 1 van de 6 thema's.")
    assert "Gedekte hefbomen: werving en selectie" in dutch
    assert "Ontbrekende hefboom: behoud" in dutch
    assert "Ontbrekend thema: Heb aandacht voor het onderwijssysteem" in dutch
    assert english.startswith("The plan covers 1 of the 7 levers and 1 of the 6 themes.")
    assert "Missing lever: retention\n- Build a workplace in which women are included." in english
    complete = render_plan_analysis(analyse_plan(Plan((Measure("All", levers=set(Lever)),))), "en")
    assert "Levers missing: none" in complete
    assert "Themes missing: none" in complete


def test_render_advice() -> None:
    """Per finding its rule, subject and article, the reason, and the recommendations."""
    advice = advise([_finding("quota.balance", subject="rvc"), _finding("plan.present")])
    dutch = render_advice(advice, "nl")
    english = render_advice(advice, "en")
    assert dutch.startswith("Bevinding: quota.balance, rvc (art. 2:142b lid 2 BW)\nWaarom: ")
    assert "\n\nBevinding: plan.present (art. 2:142b lid 2 BW)\n" in dutch
    assert english.startswith("Finding: quota.balance, rvc (art. 2:142b lid 2 BW)\nWhy: ")
    assert "- Make sure women are well represented" in english
    assert render_advice((), "en") == "No advice."
    assert render_advice(advice[0], "en") == english.split("\n\n")[0]


def test_render_source_information() -> None:
    """The closing lines, in both languages."""
    assert "8.00–18.00 uur" in guidance.render_source_information("nl")
    assert "08:00–18:00" in guidance.render_source_information("en")
