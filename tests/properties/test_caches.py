"""
What the package remembers between calls changes no answer (issue 19).

A few checks and conversions run for every row of a large population with the same few inputs
("NV", "two_tier", "rvc"): the package remembers their results in bounded caches. These tests
hold each cache to the promise that a remembered answer is the answer the call gives anew: for
every spelling, after any other input, of the same type only, and past the cache's size.
The formatting caches of :mod:`ingroeiquotum.i18n` are tested in ``i18n/test_messages.py``;
those of ``bulk.evaluate`` (which live for one call) in ``test_bulk.py``.
"""

from __future__ import annotations

import enum

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ingroeiquotum import _validate
from ingroeiquotum.company import BoardModel, LegalForm
from ingroeiquotum.exceptions import InvalidArgument
from ingroeiquotum.model.organs import OrganKind

ENUMS = (LegalForm, BoardModel, OrganKind)


def _spelled(value: str) -> st.SearchStrategy[str]:
    """``value`` as people write it: any case, white space around it, spaces or hyphens for _."""
    return st.builds(
        lambda cases, joiner, before, after: (
            before
            + "".join(
                c.upper() if upper else c.lower() for c, upper in zip(value, cases, strict=False)
            ).replace("_", joiner)
            + after
        ),
        st.lists(st.booleans(), min_size=len(value), max_size=len(value)),
        st.sampled_from(["_", "-", " "]),
        st.sampled_from(["", " ", "\t", "  "]),
        st.sampled_from(["", " ", "\n"]),
    )


def _expected(cls: type[enum.Enum], text: str) -> enum.Enum | None:
    """The member a text names, worked out here on its own: its value, ignoring case and -/_."""
    key = text.strip().lower().replace("-", "_").replace(" ", "_")
    matches = [member for member in cls if str(member.value).lower() == key]
    return matches[0] if matches else None


@st.composite
def _spellings(draw: st.DrawFn) -> tuple[type[enum.Enum], str]:
    cls = draw(st.sampled_from(ENUMS))
    member = draw(st.sampled_from(list(cls)))
    return cls, draw(_spelled(str(member.value)))


@given(st.lists(st.one_of(_spellings(), st.tuples(st.sampled_from(ENUMS), st.text(max_size=12)))))
@settings(max_examples=200)
def test_a_remembered_member_is_the_member_the_text_names(calls):
    """In any order, every text gives the member it names, or is refused, as on its own."""
    for cls, text in calls:
        expected = _expected(cls, text)
        if expected is None:
            with pytest.raises(InvalidArgument):
                _validate.member(cls, text, "field")
        else:
            assert expected is _validate.member(cls, text, "field")


def test_members_of_two_enums_with_the_same_value_are_kept_apart():
    """'a' names First.A for First and Second.A for Second, whichever is asked first."""
    first = enum.Enum("First", {"A": "a", "B": "b"})
    second = enum.Enum("Second", {"A": "a"})
    assert first.A is _validate.member(first, "a", "field")
    assert second.A is _validate.member(second, "a", "field")
    assert first.A is _validate.member(first, "a", "field")


def test_a_str_subclass_is_read_as_it_reads_itself():
    """A text of a str subclass is never answered from a plain string's entry."""

    class Shouting(str):
        def strip(self, chars=None):  # reads as "BV" whatever it holds
            return "BV"

    assert LegalForm.NV is _validate.member(LegalForm, "NV", "legal_form")
    assert LegalForm.BV is _validate.member(LegalForm, Shouting("NV"), "legal_form")


def test_the_remembered_members_are_bounded():
    """Past its size the cache forgets the oldest texts, and every text still gives its member."""
    texts = [
        " " * before + case + " " * after
        for before in range(30)
        for after in range(30)
        for case in ("nv", "NV")
    ]
    assert [LegalForm.NV] * len(texts) == [
        _validate.member(LegalForm, text, "legal_form") for text in texts
    ]
    info = _validate._named.cache_info()
    assert info.maxsize is not None
    assert info.maxsize == info.currsize < len(texts)


def test_a_long_text_is_not_remembered():
    """Only short texts are kept: a padded name does not take a place in the cache."""
    _validate._named.cache_clear()
    padded = " " * 100 + "bv"
    assert LegalForm.BV is _validate.member(LegalForm, padded, "legal_form")
    with pytest.raises(InvalidArgument):
        _validate.member(LegalForm, padded + "x", "legal_form")
    assert 0 == _validate._named.cache_info().currsize


@given(
    st.lists(
        st.one_of(
            st.sampled_from(["rvc", " RVC ", "bestuur", "non_executive", "Executive"]),
            st.builds(lambda name: f"subtop:{name}", st.text(max_size=8)),
            st.text(max_size=10),
        ),
        max_size=20,
    )
)
@settings(max_examples=200)
def test_a_remembered_organ_is_the_organ_the_text_names(texts):
    """In any order, each text gives the organ it gives read anew, or is refused likewise."""
    from ingroeiquotum.model.organs import Organ

    for text in texts:
        try:
            anew: object = Organ._read(text)
        except InvalidArgument as error:
            anew = str(error)
        try:
            remembered: object = Organ.parse(text)
        except InvalidArgument as error:
            remembered = str(error)
        assert anew == remembered


def test_a_subclass_of_organ_gets_its_own_objects():
    """Organ.parse on a subclass gives that subclass, though Organ remembered the text."""
    from ingroeiquotum.model.organs import Organ

    class Named(Organ):
        pass

    assert type(Organ.parse("subtop:Directie")) is Organ
    assert type(Named.parse("subtop:Directie")) is Named


def test_the_remembered_organs_are_bounded():
    """Past its size the cache forgets the oldest texts, and every text still gives its organ."""
    from ingroeiquotum.model import organs

    size = organs._parsed.cache_info().maxsize
    assert size is not None
    names = [f"subtop:Team {number}" for number in range(size + 20)]
    assert [f"Team {number}" for number in range(size + 20)] == [
        organs.Organ.parse(name).name for name in names
    ]
    assert size == organs._parsed.cache_info().currsize


def test_an_organ_keeps_its_hash_through_a_copy_and_a_pickle():
    """The hash an organ remembers is its own: equal organs hash alike, copied or unpickled."""
    import copy
    import pickle

    from ingroeiquotum.model.organs import Organ

    organ = Organ.parse("subtop:Directie")
    fresh = Organ.subtop("Directie")
    assert hash(organ) == hash(fresh) == hash(copy.deepcopy(organ))
    assert hash(fresh) == hash(pickle.loads(pickle.dumps(organ)))
    assert 1 == {organ: 1}[pickle.loads(pickle.dumps(fresh))]
