"""Tests for ``ingroeiquotum.organs``."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ingroeiquotum.exceptions import InvalidArgument
from ingroeiquotum.organs import BESTUUR, EXECUTIVE, NON_EXECUTIVE, RVC, WORDS, Organ, OrganKind

EXPECTED_WORDS = {
    "bestuur": BESTUUR,
    "RvB": BESTUUR,
    "Raad van bestuur": BESTUUR,
    "directie": BESTUUR,
    "management board": BESTUUR,
    "rvc": RVC,
    "RvC": RVC,
    "Raad van commissarissen": RVC,
    "commissaris": RVC,
    "supervisory board": RVC,
    "executive": EXECUTIVE,
    "uitvoerende bestuurders": EXECUTIVE,
    "uitvoerend bestuurder": EXECUTIVE,
    "executive directors": EXECUTIVE,
    "executive director": EXECUTIVE,
    "non_executive": NON_EXECUTIVE,
    "non-executive": NON_EXECUTIVE,
    "niet-uitvoerende bestuurders": NON_EXECUTIVE,
    "niet-uitvoerend bestuurder": NON_EXECUTIVE,
    "NED": NON_EXECUTIVE,
    "non-executive directors": NON_EXECUTIVE,
    "non-executive director": NON_EXECUTIVE,
}
"""The words for an organ people write (issue 17), by hand, as a file writes them."""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("rvc", RVC),
        (" RvC ", RVC),
        ("bestuur", BESTUUR),
        ("executive", EXECUTIVE),
        ("non_executive", NON_EXECUTIVE),
        (OrganKind.RVC, RVC),
        (RVC, RVC),
        ("subtop:Directors", Organ(OrganKind.SUBTOP, "Directors")),
        ("Subtop: Directors ", Organ(OrganKind.SUBTOP, "Directors")),
    ],
)
def test_parse(text, expected):
    """Organ names and 'subtop:<name>' parse to organs."""
    assert expected == Organ.parse(text)


@pytest.mark.parametrize("organ", ["rvc", "bestuur", "executive", "non_executive", "subtop:A b"])
def test_str_round_trips(organ):
    """str() of a parsed organ parses back to the same organ."""
    assert Organ.parse(organ) == Organ.parse(str(Organ.parse(organ)))


@pytest.mark.parametrize(
    "value",
    [
        "raad",  # raad van bestuur or raad van commissarissen: not guessed
        "board",
        "bestuurder",  # in a one-tier board, every director is a bestuurder
        "bestuurders",
        "commissarissen",
        "raad van",
        "RvC2",
        "R.v.C.",
        "RvBestuur",
        "directeur",
        "NEDs",
        "",
        "subtop",
        "subtop Directors",  # no separator
        "subtop:",
        "subtop:  ",
        "Subtop - ",
        None,
        3,
    ],
)
def test_parse_refuses(value):
    """Unknown organs, words that could name more than one, and a nameless subtop, are refused."""
    with pytest.raises(InvalidArgument) as info:
        Organ.parse(value)
    assert info.value.field in ("organ", "name")
    assert isinstance(info.value, ValueError)


def test_a_refusal_names_the_organ_field_and_the_value():
    """An unknown word is refused naming the field 'organ' and the value, as before issue 17."""
    with pytest.raises(InvalidArgument) as info:
        Organ.parse(" raad ")
    assert ("organ", "raad") == (info.value.field, info.value.value)
    assert str(info.value).startswith("organ: must be one of 'bestuur', 'rvc', ")


@pytest.mark.parametrize(("text", "expected"), sorted(EXPECTED_WORDS.items()))
def test_parse_reads_the_words_people_use(text, expected):
    """Every word of the issue's list names its organ, as written."""
    assert expected == Organ.parse(text)


def test_the_table_is_the_list():
    """WORDS holds exactly the words listed here, up to case and hyphens, and nothing else."""

    def key(word):
        return " ".join(word.lower().replace("-", " ").replace("_", " ").split())

    expected = {key(word): organ.kind for word, organ in EXPECTED_WORDS.items()}
    assert expected == {key(word): kind for word, kind in WORDS.items()}
    assert len(WORDS) == len({key(word) for word in WORDS}), "two words of WORDS are one word"
    assert {kind for kind in OrganKind if kind is not OrganKind.SUBTOP} == set(WORDS.values())


@st.composite
def respelled(draw, word):
    """``word`` in a case, spacing and hyphenation drawn by hypothesis, as a person might type."""
    pieces = word.replace("-", " ").replace("_", " ").split()
    text = pieces[0]
    for piece in pieces[1:]:
        text += draw(st.sampled_from([" ", "  ", "-", "_", "\t", " - "])) + piece
    text = "".join(c.upper() if draw(st.booleans()) else c.lower() for c in text)
    return draw(st.sampled_from(["", " ", "\n "])) + text + draw(st.sampled_from(["", "  ", "\t"]))


@given(st.sampled_from(sorted(EXPECTED_WORDS)), st.data())
def test_case_spaces_and_hyphens_do_not_matter(word, data):
    """
    A word of the list in any case, with any white space, hyphens or underscores between its
    parts and white space around it, names the same organ.
    """
    assert EXPECTED_WORDS[word] == Organ.parse(data.draw(respelled(word)))


@pytest.mark.parametrize(
    "text",
    ["subtop:Directors", "Subtop: Directors", "Subtop - Directors", "SUBTOP -Directors",
     "subtop\u2013Directors", " subtop \u2014 Directors ", "Subtop:Directors "],
)  # fmt: skip
def test_subtop_in_the_words_people_use(text):
    """A subtop category is written with ':' or a dash after 'subtop', in any case."""
    assert Organ.subtop("Directors") == Organ.parse(text)


def test_a_subtop_name_is_kept_as_written():
    """The company's own name of a category keeps its case and what is inside it."""
    assert "Senior  Management - NL" == Organ.parse("Subtop - Senior  Management - NL ").name
    assert "RvB" == Organ.parse("subtop:RvB").name


names = st.text(min_size=1, max_size=30).filter(lambda name: name == name.strip() and name)


@given(names)
def test_every_subtop_name_round_trips(name):
    """str() of any subtop category parses back to the same category."""
    assert Organ.subtop(name) == Organ.parse(str(Organ.subtop(name)))


@given(st.sampled_from(["bestuur", "rvc", "executive", "non_executive"]), st.data())
def test_what_was_read_before_is_read_still(value, data):
    """
    Every spelling the parser read before issue 17 (any case, '-' or ' ' for '_', white space
    around) still names the same kind.
    """
    separator = data.draw(st.sampled_from(["_", "-", " "]))
    text = value.replace("_", separator)
    text = "".join(c.upper() if data.draw(st.booleans()) else c for c in text)
    assert OrganKind(value) is Organ.parse(f" {text}\t").kind


@pytest.mark.parametrize("name", [None, "", "   ", 5])
def test_subtop_needs_a_name(name):
    """A subtop category needs a non-empty name."""
    with pytest.raises(InvalidArgument) as info:
        Organ(OrganKind.SUBTOP, name)
    assert "name" == info.value.field


def test_only_subtop_has_a_name():
    """Naming an RvC is refused."""
    with pytest.raises(InvalidArgument):
        Organ(OrganKind.RVC, "Supervisors")


def test_kinds():
    """The RvC and the non-executives supervise; the bestuur and the executives manage."""
    assert {kind for kind in OrganKind if kind.is_supervisory} == {
        OrganKind.RVC,
        OrganKind.NON_EXECUTIVE,
    }
    assert {kind for kind in OrganKind if kind.is_management} == {
        OrganKind.BESTUUR,
        OrganKind.EXECUTIVE,
    }
    assert Organ.subtop("Managers").is_subtop
    assert not RVC.is_subtop


@given(st.text(max_size=40))
def test_any_text_is_an_organ_or_a_refusal(text):
    """Any text parses to an organ or is refused with InvalidArgument, and what parses prints back."""
    organ, refusal = None, None
    try:
        organ = Organ.parse(text)
    except InvalidArgument as error:
        refusal = error
    if refusal is not None:
        assert refusal.field in ("organ", "name")
    else:
        assert organ == Organ.parse(str(organ))
