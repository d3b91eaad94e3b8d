"""
Legal references as data (*wetsverwijzingen*).

Every finding cites the provisions it applies. A :class:`Citation` names the instrument, the
article and the lid, and knows the period the provision has been in force for the purpose of
this library. It builds a link to the text valid on the day asked about, and a Juriconnect
(JCI) reference.

>>> from datetime import date
>>> str(BW_2_142B_2)
'art. 2:142b lid 2 BW'
>>> BW_2_142B_2.url(date(2024, 5, 1))
'https://wetten.overheid.nl/BWBR0003045/2024-05-01/0/Artikel142b'
>>> BW_2_142B_2.juriconnect(date(2024, 5, 1))
'jci1.3:c:BWBR0003045&boek=2&artikel=142b&lid=2&z=2024-05-01&g=2024-05-01'
"""

from __future__ import annotations

__all__ = [
    "ACT_2021",
    "ACT_2021_TIMING",
    "BESLUIT_2024_52",
    "BESLUIT_2024_52_3",
    "BIBV",
    "BIBV_3D",
    "BW2",
    "BW_2_14",
    "BW_2_142B",
    "BW_2_142B_1",
    "BW_2_142B_2",
    "BW_2_142B_3",
    "BW_2_166",
    "BW_2_166_1",
    "BW_2_166_2",
    "BW_2_166_3",
    "BW_2_276",
    "BW_2_276_1",
    "BW_2_276_2",
    "BW_2_276_3",
    "BW_2_391_5",
    "BW_2_397",
    "BW_2_397_1",
    "BW_2_397_2",
    "BW_2_398_1",
    "COMMISSION_INF_25_273",
    "COMMISSION_LETTER_2025",
    "DIRECTIVE_2022_2381",
    "DIRECTIVE_START",
    "EU_2022_2381_2",
    "EU_2022_2381_3",
    "EU_2022_2381_4",
    "EU_2022_2381_5",
    "EU_2022_2381_6",
    "EU_2022_2381_6_1",
    "EU_2022_2381_6_2",
    "EU_2022_2381_6_3",
    "EU_2022_2381_7",
    "EU_2022_2381_11",
    "EU_2022_2381_12",
    "EU_2022_2381_14",
    "EU_2022_2381_ANNEX",
    "Citation",
    "Instrument",
    "all_citations",
    "for_legal_form",
]

from datetime import date

import attrs

from ingroeiquotum.exceptions import InvalidArgument
from ingroeiquotum.law import _parameters_act
from ingroeiquotum.model.company import LegalForm


@attrs.frozen
class Instrument:
    """
    A legal instrument: a statute, a decree or an EU act.

    ``bwb_id`` is the identifier in the Basiswettenbestand of wetten.overheid.nl, where the
    instrument is consolidated there; ``eli`` is an EU act's European Legislation Identifier;
    ``publication`` is the official publication (e.g. "Stb. 2021, 495") and
    ``publication_url`` a link to it.

    .. versionadded:: 0.1.0
    """

    short: str
    title: str
    bwb_id: str | None = None
    eli: str | None = None
    publication: str | None = None
    publication_url: str | None = None


BW2 = Instrument(
    short="BW",
    title="Burgerlijk Wetboek Boek 2",
    bwb_id="BWBR0003045",
)
ACT_2021 = Instrument(
    short="Wet ingroeiquotum en streefcijfers",
    title=(
        "Wet van 29 september 2021 tot wijziging van Boek 2 van het Burgerlijk Wetboek in verband "
        "met het evenwichtiger maken van de verhouding tussen het aantal mannen en vrouwen in het "
        "bestuur en de raad van commissarissen van grote naamloze en besloten vennootschappen"
    ),
    publication="Stb. 2021, 495",
    publication_url="https://zoek.officielebekendmakingen.nl/stb-2021-495.html",
)
BIBV = Instrument(
    short="Besluit inhoud bestuursverslag",
    title="Besluit inhoud bestuursverslag",
    publication="Stb. 2022, 182",
    publication_url="https://zoek.officielebekendmakingen.nl/stb-2022-182.html",
)
BESLUIT_2024_52 = Instrument(
    short="Besluit aanpassing grensbedragen",
    title=(
        "Besluit van 5 maart 2024 tot wijziging van de grensbedragen in Boek 2 BW ter uitvoering "
        "van Gedelegeerde Richtlijn (EU) 2023/2775"
    ),
    publication="Stb. 2024, 52",
    publication_url="https://zoek.officielebekendmakingen.nl/stb-2024-52.html",
)

LAW_START = _parameters_act.ENTRY_INTO_FORCE
"""The act's entry into force: the start of the parameter ``act.in_force`` (1 January 2022)."""
LAW_SUNSET = _parameters_act.LAPSE
"""The act's lapse: the end of the parameter ``act.in_force`` (1 January 2030)."""


@attrs.frozen
class Citation:
    """
    A reference to one provision: instrument, article, lid, and the period it applies.

    ``in_force_from`` and ``in_force_until`` (exclusive) bound the period in which this library
    applies the provision; ``None`` means open. ``book`` is the book of a code ("2" for Boek 2
    BW), which renders as "2:142b". ``label`` replaces the rendered text where the article's
    number is not known to us (the act's horizon clause).

    .. versionadded:: 0.1.0
    """

    instrument: Instrument
    article: str
    paragraph: int | None = None
    book: str | None = None
    point: str | None = None
    in_force_from: date | None = None
    in_force_until: date | None = None
    label: str | None = None

    def __str__(self) -> str:
        if self.label is not None:
            return self.label
        number = f"{self.book}:{self.article}" if self.book else self.article
        text = f"art. {number}"
        if self.paragraph is not None:
            text += f" lid {self.paragraph}"
        if self.point is not None:
            text += f" sub {self.point}"
        return f"{text} {self.instrument.short}"

    def in_force_on(self, on: date) -> bool:
        """
        Whether this library applies the provision on ``on``.

        >>> BW_2_142B_2.in_force_on(date(2021, 12, 31)), BW_2_142B_2.in_force_on(date(2022, 1, 1))
        (False, True)
        """
        if self.in_force_from is not None and on < self.in_force_from:
            return False
        return not (self.in_force_until is not None and on >= self.in_force_until)

    def url(self, on: date) -> str:
        """
        A link to the text of the provision as valid on ``on``.

        For an instrument without a consolidated text it is the official publication.
        """
        if self.instrument.bwb_id is not None:
            return (
                f"https://wetten.overheid.nl/{self.instrument.bwb_id}/{on.isoformat()}/0/"
                f"Artikel{self.article}"
            )
        if self.instrument.eli is not None:
            return self.instrument.eli
        return self.instrument.publication_url or ""

    def juriconnect(self, on: date) -> str | None:
        """The Juriconnect (JCI 1.3) reference to the text valid on ``on``, if it has a BWB id."""
        if self.instrument.bwb_id is None:
            return None
        parts = [f"jci1.3:c:{self.instrument.bwb_id}"]
        if self.book is not None:
            parts.append(f"boek={self.book}")
        parts.append(f"artikel={self.article}")
        if self.paragraph is not None:
            parts.append(f"lid={self.paragraph}")
        parts.append(f"z={on.isoformat()}&g={on.isoformat()}")
        return "&".join(parts)

    def as_dict(self, on: date) -> dict[str, object]:
        """The citation as plain data, with its links resolved for ``on``."""
        return {
            "text": str(self),
            "instrument": self.instrument.short,
            "bwb_id": self.instrument.bwb_id,
            "eli": self.instrument.eli,
            "book": self.book,
            "article": self.article,
            "paragraph": self.paragraph,
            "point": self.point,
            "url": self.url(on),
            "juriconnect": self.juriconnect(on),
            "in_force_from": None if self.in_force_from is None else self.in_force_from.isoformat(),
            "in_force_until": (
                None if self.in_force_until is None else self.in_force_until.isoformat()
            ),
        }


def _bw2(
    article: str, paragraph: int | None = None, *, act: bool = True, point: str | None = None
) -> Citation:
    if act:
        return Citation(
            BW2, article, paragraph, book="2", point=point,
            in_force_from=LAW_START, in_force_until=LAW_SUNSET,
        )  # fmt: skip
    return Citation(BW2, article, paragraph, book="2", point=point)


BW_2_14 = _bw2("14", 1, act=False)
"""Art. 2:14 lid 1 BW: a legal act contrary to the law is void (*nietig*)."""
BW_2_142B = _bw2("142b")
"""Art. 2:142b BW: the quota (*ingroeiquotum*) for the board of a listed company."""
BW_2_142B_1 = _bw2("142b", 1)
"""Art. 2:142b lid 1 BW: the quota applies to an NV listed on a regulated market in the Netherlands."""
BW_2_142B_2 = _bw2("142b", 2)
"""Art. 2:142b lid 2 BW: at least one third men and one third women in the RvC; else void."""
BW_2_142B_3 = _bw2("142b", 3)
"""Art. 2:142b lid 3 BW: the same for the non-executive directors of a one-tier board."""
BW_2_166 = _bw2("166")
"""Art. 2:166 BW: targets and plan of action for the large NV."""
BW_2_166_1 = _bw2("166", 1)
"""Art. 2:166 lid 1 BW: which NV must set targets (large on two consecutive balance-sheet dates)."""
BW_2_166_2 = _bw2("166", 2)
"""Art. 2:166 lid 2 BW: appropriate and ambitious targets for bestuur, RvC and subtop."""
BW_2_166_3 = _bw2("166", 3)
"""Art. 2:166 lid 3 BW: the plan of action and the report to the SER."""
BW_2_276 = _bw2("276")
"""Art. 2:276 BW: targets and plan of action for the large BV."""
BW_2_276_1 = _bw2("276", 1)
"""Art. 2:276 lid 1 BW: which BV must set targets (large on two consecutive balance-sheet dates)."""
BW_2_276_2 = _bw2("276", 2)
"""Art. 2:276 lid 2 BW: targets per organ; one joint target for two one-person organs."""
BW_2_276_3 = _bw2("276", 3)
"""Art. 2:276 lid 3 BW: the plan of action and the report to the SER."""
BW_2_391_5 = _bw2("391", 5)
"""Art. 2:391 lid 5 BW: the decree on the content of the bestuursverslag."""
BW_2_397 = _bw2("397", act=False)
"""Art. 2:397 BW: the size criteria of the medium regime, whose excess makes a company large."""
BW_2_397_1 = _bw2("397", 1, act=False)
"""Art. 2:397 lid 1 BW: the three criteria (balance-sheet total, net turnover, employees)."""
BW_2_397_2 = _bw2("397", 2, act=False)
"""Art. 2:397 lid 2 BW: group figures count (consolidation)."""
BW_2_398_1 = _bw2("398", 1, act=False)
"""Art. 2:398 lid 1 BW: a company's first financial years."""
_TARGETS_ARTICLES = {
    LegalForm.NV: {None: BW_2_166, 1: BW_2_166_1, 2: BW_2_166_2, 3: BW_2_166_3},
    LegalForm.BV: {None: BW_2_276, 1: BW_2_276_1, 2: BW_2_276_2, 3: BW_2_276_3},
}


def for_legal_form(legal_form: LegalForm, paragraph: int | None = None) -> Citation:
    """
    The provision on targets for ``legal_form``: art. 2:166 BW for the NV, art. 2:276 BW for
    the BV, and its lid ``paragraph`` (1: who must set targets, 2: the targets, 3: the plan and
    the report). The one place that picks the NV or the BV article.

    >>> str(for_legal_form(LegalForm.NV, 2)), str(for_legal_form(LegalForm.BV, 3))
    ('art. 2:166 lid 2 BW', 'art. 2:276 lid 3 BW')

    Raises:
        InvalidArgument: for a legal form or lid the articles do not have.

    .. versionadded:: 0.2.0
    """
    articles = _TARGETS_ARTICLES.get(legal_form) if isinstance(legal_form, LegalForm) else None
    if articles is None:
        raise InvalidArgument("legal_form", legal_form, "must be a LegalForm")
    if not (paragraph is None or type(paragraph) is int) or paragraph not in articles:
        raise InvalidArgument("paragraph", paragraph, "must be 1, 2, 3 or None")
    return articles[paragraph]


ACT_2021_TIMING = Citation(
    ACT_2021,
    "",
    label="Wet van 29 september 2021, Stb. 2021, 495 (entry into force; horizon clause)",
    in_force_from=LAW_START,
)
"""The act itself: its entry into force on 1 January 2022 and its lapse eight years later."""
BESLUIT_2024_52_3 = Citation(BESLUIT_2024_52, "3", in_force_from=date(2024, 3, 13))
"""Art. 3 of Stb. 2024, 52: the raised amounts of art. 2:397 lid 1 BW (EUR 25 m and 50 m)."""
BIBV_3D = Citation(BIBV, "3d", in_force_from=date(2022, 7, 1))
"""Art. 3d Besluit inhoud bestuursverslag: the gender-diversity disclosure."""


# -- Directive (EU) 2022/2381 (women on boards) ---------------------------------------------
#
# Read in the stored copies: the act's identity, ELI and OJ reference (EUR-Lex); the titles of
# its articles and of the annex (the Spanish text, vademecumlegal.es, an authentic language
# version); the text of art. 6 leden 1-3 (same source); the EUR-Lex summary (LEGISSUM 4628471)
# for scope, the SME definition, the objectives and the annex's existence. Not read: the
# wording of arts. 3, 5, 7, 11, 12 and 14 and the annex's numbers (see ``ingroeiquotum.eu``).
# The citations carry no lid where the paragraph was not read.

DIRECTIVE_2022_2381 = Instrument(
    short="Directive (EU) 2022/2381",
    title=(
        "Directive (EU) 2022/2381 of the European Parliament and of the Council of 23 November "
        "2022 on improving the gender balance among directors of listed companies and related "
        "measures"
    ),
    eli="http://data.europa.eu/eli/dir/2022/2381/oj",
    publication="OJ L 315, 7.12.2022, p. 44-59",
    publication_url="https://eur-lex.europa.eu/eli/dir/2022/2381",
)
DIRECTIVE_START = date(2022, 12, 27)
"""The directive's entry into force (twentieth day after publication on 7 December 2022)."""


def _eu(article: str, paragraph: int | None = None) -> Citation:
    return Citation(DIRECTIVE_2022_2381, article, paragraph, in_force_from=DIRECTIVE_START)


EU_2022_2381_2 = _eu("2")
"""Art. 2 of Directive (EU) 2022/2381: scope; listed companies, not SMEs."""
EU_2022_2381_3 = _eu("3")
"""Art. 3 of Directive (EU) 2022/2381: definitions (listed company, SME, director)."""
EU_2022_2381_4 = _eu("4")
"""Art. 4 of Directive (EU) 2022/2381: the law of the member state of the registered office."""
EU_2022_2381_5 = _eu("5")
"""Art. 5 of Directive (EU) 2022/2381: the objectives (40 % / 33 %) by 30 June 2026."""
EU_2022_2381_6 = _eu("6")
"""Art. 6 of Directive (EU) 2022/2381: the means to achieve the objectives (selection)."""
EU_2022_2381_6_1 = _eu("6", 1)
"""Art. 6(1) of Directive (EU) 2022/2381: clear, neutral criteria set before the selection."""
EU_2022_2381_6_2 = _eu("6", 2)
"""Art. 6(2) of Directive (EU) 2022/2381: priority to the equally qualified candidate."""
EU_2022_2381_6_3 = _eu("6", 3)
"""Art. 6(3) of Directive (EU) 2022/2381: informing a candidate on request."""
EU_2022_2381_7 = _eu("7")
"""Art. 7 of Directive (EU) 2022/2381: the yearly information on the board's composition."""
EU_2022_2381_11 = _eu("11")
"""Art. 11 of Directive (EU) 2022/2381: transposition (by 28 December 2024)."""
EU_2022_2381_12 = _eu("12")
"""Art. 12 of Directive (EU) 2022/2381: a member state may suspend art. 6 (only)."""
EU_2022_2381_14 = _eu("14")
"""Art. 14 of Directive (EU) 2022/2381: entry into force and expiry."""
EU_2022_2381_ANNEX = Citation(
    DIRECTIVE_2022_2381,
    "",
    label="Annex to Directive (EU) 2022/2381 (numerical objectives per board size)",
    in_force_from=DIRECTIVE_START,
)
"""The directive's annex: the numbers of directors of the under-represented sex needed."""
COMMISSION_INF_25_273 = Instrument(
    short="INF/25/273",
    title="European Commission, infringement decisions of January 2025 (INF/25/273)",
    publication="INF/25/273",
    publication_url="https://ec.europa.eu/commission/presscorner/detail/en/inf_25_273",
)
COMMISSION_LETTER_2025 = Citation(
    COMMISSION_INF_25_273,
    "",
    label=(
        "European Commission, letter of formal notice to the Netherlands for not communicating "
        "the transposition of Directive (EU) 2022/2381 (INF/25/273, published 31 January 2025)"
    ),
    in_force_from=date(2025, 1, 31),
)
"""The Commission's letter of formal notice to the Netherlands (non-communication)."""


def all_citations() -> tuple[Citation, ...]:
    """
    Every citation constant of this module, in the order they are defined.

    >>> len(all_citations()) > 10
    True
    """
    return tuple(value for value in globals().values() if isinstance(value, Citation))
