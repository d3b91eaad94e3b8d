"""
Guidance (*handreikingen*): the SER's key takeaways on gender diversity in the (sub)top.

The public path of the guidance: the data and queries of :mod:`ingroeiquotum.guidance.queries`
and their renderings in Dutch and English of :mod:`ingroeiquotum.i18n.guidance`, gathered in one
namespace. The renderings load on first use, so importing the guidance loads neither babel nor
the catalogs. Code inside the package imports the two modules, never this one (it sits on top
of both layers).

>>> from ingroeiquotum import guidance
>>> len(guidance.recommendations()), guidance.render_source_information("en").startswith("More information")
(31, True)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ingroeiquotum.guidance.queries import (
        Actor,
        Advice,
        AdviceRule,
        Audience,
        Gap,
        Helpdesk,
        PlanAnalysis,
        Recommendation,
        Source,
        SourceInformation,
        Theme,
        advise,
        analyse_plan,
        find,
        get,
        recommendations,
        source_information,
        themes,
    )
    from ingroeiquotum.i18n.guidance import (
        render_advice,
        render_plan_analysis,
        render_recommendations,
        render_source_information,
    )

_RENDERERS = (
    "render_advice",
    "render_plan_analysis",
    "render_recommendations",
    "render_source_information",
)

__all__ = [
    "Actor",
    "Advice",
    "AdviceRule",
    "Audience",
    "Gap",
    "Helpdesk",
    "PlanAnalysis",
    "Recommendation",
    "Source",
    "SourceInformation",
    "Theme",
    "advise",
    "analyse_plan",
    "find",
    "get",
    "recommendations",
    "render_advice",
    "render_plan_analysis",
    "render_recommendations",
    "render_source_information",
    "source_information",
    "themes",
]


def __getattr__(name: str) -> object:
    """
    The queries from :mod:`ingroeiquotum.guidance.queries` and the ``render_*`` functions from
    :mod:`ingroeiquotum.i18n.guidance`, each on first use: importing the package (as the
    language of :mod:`ingroeiquotum.guidance._locale` does) reads no takeaways.
    """
    if name in _RENDERERS:
        from ingroeiquotum.i18n import guidance as texts

        return getattr(texts, name)
    if name in __all__:
        from ingroeiquotum.guidance import queries

        return getattr(queries, name)
    msg = f"module {__name__!r} has no attribute {name!r}"
    raise AttributeError(msg)
