"""Tests for ``ingroeiquotum.citations``: text, links and Juriconnect references."""

from __future__ import annotations

from datetime import date

import pytest

from ingroeiquotum import citations
from ingroeiquotum.citations import BW_2_14, BW_2_142B_2, BW_2_166_1, BW_2_276_1, BW_2_397_1

ON = date(2024, 5, 1)


@pytest.mark.parametrize(
    ("citation", "text"),
    [
        (BW_2_142B_2, "art. 2:142b lid 2 BW"),
        (BW_2_166_1, "art. 2:166 lid 1 BW"),
        (BW_2_276_1, "art. 2:276 lid 1 BW"),
        (BW_2_14, "art. 2:14 lid 1 BW"),
        (citations.BW_2_142B, "art. 2:142b BW"),
    ],
)
def test_str(citation, text):
    """A citation renders as 'art. <book>:<article> lid <n> BW'."""
    assert text == str(citation)


@pytest.mark.parametrize(
    ("citation", "article"),
    [(BW_2_142B_2, "142b"), (BW_2_166_1, "166"), (BW_2_276_1, "276"), (BW_2_397_1, "397")],
)
def test_url(citation, article):
    """Links point to the text of Boek 2 BW valid on the day asked about."""
    assert f"https://wetten.overheid.nl/BWBR0003045/2024-05-01/0/Artikel{article}" == citation.url(
        ON
    )


def test_juriconnect():
    """The Juriconnect reference names BWB id, book, article, lid and the date twice."""
    assert (
        "jci1.3:c:BWBR0003045&boek=2&artikel=142b&lid=2&z=2024-05-01&g=2024-05-01"
        == BW_2_142B_2.juriconnect(ON)
    )
    assert (
        "jci1.3:c:BWBR0003045&boek=2&artikel=142b&z=2024-05-01&g=2024-05-01"
        == citations.BW_2_142B.juriconnect(ON)
    )


def test_juriconnect_without_bwb_id():
    """An instrument without a consolidated text has no Juriconnect reference."""
    assert None is citations.BIBV_3D.juriconnect(ON)


def test_in_force_on():
    """The act's provisions are applied from 2022-01-01 until 2030-01-01 (exclusive)."""
    assert [False, True, True, False] == [
        BW_2_142B_2.in_force_on(day)
        for day in (date(2021, 12, 31), date(2022, 1, 1), date(2029, 12, 31), date(2030, 1, 1))
    ]


@pytest.mark.parametrize("citation", citations.all_citations(), ids=str)
def test_every_citation_has_article_text(citation):
    """Every citation names its article ('art. ...'), or carries a label where it cannot."""
    if citation.label is not None:
        assert "" == citation.article
        assert citation.label == str(citation)
        return
    assert citation.article
    assert str(citation).startswith("art. ")
    assert citation.article in str(citation)


@pytest.mark.parametrize(
    "citation",
    [c for c in citations.all_citations() if c.instrument.short == "BW"],
    ids=str,
)
def test_bw_urls_point_to_boek_2(citation):
    """Every BW citation's URL is on wetten.overheid.nl under BWBR0003045."""
    assert citation.url(ON).startswith("https://wetten.overheid.nl/BWBR0003045/")


def test_all_citations_are_unique_and_many():
    """all_citations lists each constant once, and covers the provisions the rules cite."""
    found = citations.all_citations()
    assert len(found) == len({(str(c), c.in_force_from) for c in found})
    assert {BW_2_14, BW_2_142B_2, BW_2_166_1, BW_2_276_1, BW_2_397_1} <= set(found)


def test_non_bw_url_is_publication():
    """A decree without a BWB id links to its official publication."""
    assert citations.BIBV_3D.url(ON).startswith("https://zoek.officielebekendmakingen.nl/")


def test_for_legal_form_picks_the_nv_or_the_bv_article():
    """Art. 2:166 BW for the NV and art. 2:276 BW for the BV, with the lid asked for."""
    from ingroeiquotum.company import LegalForm
    from ingroeiquotum.exceptions import InvalidArgument

    assert citations.for_legal_form(LegalForm.NV, 1) is BW_2_166_1
    assert citations.for_legal_form(LegalForm.BV, 1) is BW_2_276_1
    assert [str(citations.for_legal_form(form)) for form in LegalForm] == [
        "art. 2:166 BW",
        "art. 2:276 BW",
    ]
    for form, paragraph in (
        ("NV", 1),
        (LegalForm.NV, 4),
        (LegalForm.BV, True),
        (LegalForm.BV, [1]),
    ):
        with pytest.raises(InvalidArgument):
            citations.for_legal_form(form, paragraph)  # type: ignore[arg-type]
