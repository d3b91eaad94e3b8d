"""
The vocabulary page (docs/reference/vocabulary.md) lists exactly the words of the code's tables.

Each kind of word the library reads (organs, flags, legal forms, gender labels, Dutch column
headers) is held in one table in the code; the page shows each as a Markdown table. These tests
read the page's tables back and compare them with the code's, word for word, both ways: a word
added to the code and not to the page fails, as does a word on the page the code does not read.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from ingroeiquotum._headers import DUTCH
from ingroeiquotum.company import LEGAL_FORMS, LegalForm
from ingroeiquotum.gender import LABELS, Gender
from ingroeiquotum.io import tables
from ingroeiquotum.organs import WORDS, Organ

PAGE = Path(__file__).resolve().parents[2] / "docs" / "reference" / "vocabulary.md"
ROW = re.compile(r"^\|(.+)\|(.+)\|\s*$")
WORD = re.compile(r"`([^`]+)`")


def section(title):
    """The text of the page's section headed ``## <title>``."""
    text = PAGE.read_text(encoding="utf-8")
    return text.split(f"\n## {title}\n", 1)[1].split("\n## ", 1)[0]


def listed(title):
    """
    The words of the first table of a section, each with what the table says it means: the
    words are the backticked words of a row's first cell, the meaning its second cell (without
    backticks).
    """
    words: dict[str, str] = {}
    rows = [ROW.match(line) for line in section(title).splitlines()]
    for row in [row for row in rows if row][2:]:  # the header and the |---| line
        meaning = row[2].strip().strip("`")
        for word in WORD.findall(row[1]):
            assert word not in words, f"{title}: {word!r} is listed twice"
            words[word] = meaning
    assert words, f"{title}: no table found"
    return words


def test_the_organs_are_the_code_s():
    """The organ words are those of organs.WORDS, spelled as the table spells them."""
    assert {word: kind.value for word, kind in WORDS.items()} == listed("Organs")


def test_the_flags_are_the_code_s():
    """The flag words are those of the one flag parser of the table reader."""
    expected = dict.fromkeys(tables._TRUE, "true") | dict.fromkeys(tables._FALSE, "false")
    assert expected == listed("Flags")


def test_the_legal_forms_are_the_code_s():
    """The legal forms are those of company.LEGAL_FORMS."""
    assert {word: form.value for word, form in LEGAL_FORMS.items()} == listed("Legal forms")


def test_the_gender_labels_are_the_code_s():
    """The gender labels are those of gender.LABELS."""
    assert {label: gender.value for label, gender in LABELS.items()} == listed("Gender labels")


def test_the_dutch_headers_are_the_code_s():
    """The Dutch headers are those of the one header table of the table reader."""
    assert dict(DUTCH) == listed("Dutch column headers")


@pytest.mark.parametrize(
    ("title", "parse"),
    [
        ("Organs", lambda word: Organ.parse(word).kind.value),
        ("Legal forms", lambda word: LegalForm.parse(word).value),
        ("Gender labels", lambda word: Gender.parse(word).value),
    ],
)
def test_every_word_on_the_page_is_read_as_it_says(title, parse):
    """Each word of the page, in upper case too, parses to what the page says it means."""
    for word, meaning in listed(title).items():
        assert meaning == parse(word) == parse(word.upper()), word
