"""Tests for ``ingroeiquotum.bulk``: the pure-Python path (``bulk.evaluate``)."""

from datetime import date
from fractions import Fraction
from math import ceil

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bulk_cases import CONTRACT_KEYS, row, rows_strategy
from ingroeiquotum import bulk, quota
from ingroeiquotum.composition import Composition
from ingroeiquotum.exceptions import LoadError
from strategies import compositions


def test_contract_keys_and_order():
    """Every input row gives a 'quota' row with the contract's keys, in input order."""
    rows = [row(company=name) for name in "XYZ"]
    result = bulk.evaluate(rows)
    assert ["X", "Y", "Z"] == [each["company"] for each in result]
    for each in result:
        assert CONTRACT_KEYS <= set(each)
        assert "quota" == each["rule"]


@given(rows_strategy)
@settings(max_examples=200)
def test_bulk_agrees_with_the_single_company_rule(rows):
    """For every row the bulk verdict equals quota.check_balance's (or not applicable)."""
    for source, result in zip(rows, bulk.evaluate(rows), strict=True):
        applies = (
            source["listed"]
            and source["organ"] in ("rvc", "non_executive")
            and date(2022, 1, 1) <= source["date"] < date(2030, 1, 1)
        )
        if not applies:
            assert "not_applicable" == result["verdict"]
            assert None is result["minimum_per_sex"]
            continue
        composition = Composition(
            source["men"], source["women"], source["other"], source["unknown"]
        )
        finding = quota.check_balance(composition, source["date"], subject=source["organ"])
        assert finding.verdict.value == result["verdict"]
        members = composition.members
        assert ceil(members / 3) == result["minimum_per_sex"]
        assert max(0, ceil(members / 3) - source["women"]) == result["women_missing"]
        assert finding.article == result["article"]


def test_every_bad_row_is_reported():
    """A LoadError names each bad row with its position, field and value."""
    rows = [
        row(),
        row(men=-1),
        row(date="2025-12-31"),
        row(organ="board"),
        row(listed="yes", women=True),
        {"company": "B"},
    ]
    with pytest.raises(LoadError) as caught:
        bulk.evaluate(rows)
    problems = {(error.row, error.field) for error in caught.value.errors}
    assert {
        (2, "men"),
        (3, "date"),
        (4, "organ"),
        (5, "listed"),
        (5, "women"),
        (6, "organ"),
        (6, "date"),
        (6, "men"),
    } <= problems
    assert 1 not in {error.row for error in caught.value.errors}


@pytest.mark.parametrize(
    ("word", "article"),
    [("N.V.", "art. 2:166 lid 2 BW"), (" naamloze  vennootschap", "art. 2:166 lid 2 BW"),
     ("b.v.", "art. 2:276 lid 2 BW"), ("Besloten Vennootschap", "art. 2:276 lid 2 BW")],
)  # fmt: skip
def test_a_legal_form_in_words_is_read_as_its_name(word, article):
    """Any word of company.LEGAL_FORMS is read as NV or BV: the same rows as the name gives."""
    rows = [row(legal_form=word, men=5, women=1, target="30%"), row(legal_form=word)]
    named = [{**each, "legal_form": article[7:10].replace("166", "NV").replace("276", "BV")}
             for each in rows]  # fmt: skip
    result = bulk.evaluate(rows)
    assert bulk.evaluate(named) == result
    assert article == result[1]["article"]
    with pytest.raises(LoadError) as caught:
        bulk.evaluate([row(legal_form="Stichting")])
    assert [("legal_form", "Stichting")] == [(e.field, e.value) for e in caught.value.errors]


def test_target_rows():
    """A row with a target adds a 'target' row: 30 % of each sex of 6 takes 2 of each."""
    result = bulk.evaluate([row(organ="bestuur", men=5, women=1, target="30%")])
    target = result[1]
    assert "target" == target["rule"]
    assert "not_compliant" == target["verdict"]
    assert 1 == target["women_missing"]
    assert "art. 2:166 lid 2 BW" == target["article"]


def test_a_member_of_unknown_sex_leaves_a_target_open_in_the_bulk_rows():
    """9 men, 4 women, 1 unknown against 30 % of each sex: 5 women needed; the 14th decides."""
    row = {
        "company": "A", "organ": "bestuur", "date": date(2025, 12, 31), "legal_form": "BV",
        "listed": False, "men": 9, "women": 4, "unknown": 1, "target": "30%",
    }  # fmt: skip
    target_row = bulk.evaluate([row])[1]
    assert ("target", "cannot_decide", 1, 0) == (
        target_row["rule"], target_row["verdict"], target_row["women_missing"],
        target_row["men_missing"],
    )  # fmt: skip


@given(board=compositions(max_count=9, unknown=3), share=st.sampled_from(["30%", "1/3", "0.4"]))
def test_bulk_target_rows_decide_as_the_target_rule(board, share):
    """The bulk row's verdict is the verdict of ``targets.met``, for every composition."""
    from ingroeiquotum import targets

    row = {
        "company": "A", "organ": "bestuur", "date": date(2025, 12, 31), "legal_form": "BV",
        "listed": False, **board.as_dict(), "target": share,
    }  # fmt: skip
    reached = targets.met(
        targets.Target("bestuur", "each_sex", targets.parse_share(share), target_year=2026), board
    )
    expected = {None: "cannot_decide", True: "compliant", False: "not_compliant"}[reached]
    assert expected == bulk.evaluate([row])[1]["verdict"]


# --- what evaluate remembers within one call (issue 19) -----------------------------------------

_SHARES = [Fraction(1, 3), Fraction(3, 10), "30%", "40%", 0.4, 1]
_FORMS = [None, "each_sex", "women_share"]


@given(
    st.lists(
        st.tuples(
            compositions(max_count=8, unknown=2),
            st.sampled_from(range(len(_SHARES))),
            st.sampled_from(_FORMS),
            st.sampled_from(["bestuur", "rvc", "subtop:Directie"]),
        ),
        min_size=1,
        max_size=30,
    )
)
@settings(max_examples=150)
def test_rows_together_decide_as_each_row_alone(cases):
    """
    Rows sharing target objects, forms and organs give, evaluated together, exactly the rows
    each gives alone: nothing remembered from one row changes another's answer.
    """
    shares = list(_SHARES)  # the same objects in every row, as a frame's column holds them
    rows = [
        {
            **row(organ=organ, listed=False, legal_form="BV"),
            **board.as_dict(),
            "target": shares[index],
            "target_form": form,
        }
        for board, index, form, organ in cases
    ]
    alone = [result for each in rows for result in bulk.evaluate([each])]
    assert alone == bulk.evaluate(rows)


@given(rows_strategy, st.sampled_from(["30%", Fraction(2, 5), 0.3]))
@settings(max_examples=50)
def test_a_full_cache_changes_no_answer(rows, share):
    """With room for one remembered answer only, every row still gets the answer it gets alone."""
    from ingroeiquotum.bulk import _rows

    targeted = [{**each, "target": share} for each in rows]
    alone = [result for each in targeted for result in bulk.evaluate([each])]
    before = _rows._CACHED
    _rows._CACHED = 1
    try:
        together = bulk.evaluate(targeted)
    finally:
        _rows._CACHED = before
    assert alone == together


def test_a_target_equal_to_a_good_one_is_still_checked():
    """``True`` equals ``1`` but is no share: after a row with 1, a row with True is refused."""
    with pytest.raises(LoadError) as caught:
        bulk.evaluate([row(target=1), row(target=True)])
    assert [(2, "target")] == [(error.row, error.field) for error in caught.value.errors]


def test_a_form_equal_to_a_good_one_is_still_checked():
    """A str subclass equal to 'each_sex' is refused after the plain string, same target."""

    class Form(str):
        pass

    share = Fraction(1, 3)
    with pytest.raises(LoadError) as caught:
        bulk.evaluate(
            [
                row(target=share, target_form="each_sex"),
                row(target=share, target_form=Form("each_sex")),
            ]
        )
    assert [(2, "target_form")] == [(error.row, error.field) for error in caught.value.errors]


def test_the_same_target_object_under_another_form_is_judged_again():
    """
    One Fraction object under two forms: 30 % of 6 members is 2 persons (1.8 rounded up); 1 man
    and 5 women fall 1 man short of the each-sex form and meet the women-share form.
    """
    share = Fraction(3, 10)
    rows = [
        row(men=1, women=5, target=share, target_form="each_sex"),
        row(men=1, women=5, target=share, target_form="women_share"),
    ]
    verdicts = [each["verdict"] for each in bulk.evaluate(rows) if each["rule"] == "target"]
    assert ["not_compliant", "compliant"] == verdicts


def test_a_missing_target_after_a_good_one_adds_no_row():
    """NaN (a frame's empty cell) adds no target row, before or after a real target."""
    rows = [row(target=float("nan")), row(target="30%"), row(target=float("nan"))]
    assert ["quota", "quota", "target", "quota"] == [each["rule"] for each in bulk.evaluate(rows)]


def test_equal_targets_of_other_organs_and_forms_get_their_own_answers():
    """
    30 % written three ways, on three organs: 30 % of 6 members is 2 persons (1.8 rounded up).
    5 men and 1 woman lack 1 woman under either form; 1 man and 5 women lack 1 man under the
    each-sex form only. Answers found for one organ or form serve only where they hold.
    """
    rows = [
        row(organ="rvc", men=5, women=1, target="30%"),
        row(organ="subtop:Directie", men=5, women=1, target=Fraction(3, 10)),
        row(organ="bestuur", men=5, women=1, target=0.3, target_form="women_share"),
        row(organ="subtop:Directie", men=1, women=5, target=Fraction(3, 10)),
        row(organ="rvc", men=1, women=5, target="30%", target_form="women_share"),
    ]
    answers = [
        (each["organ"], each["verdict"], each["women_missing"], each["men_missing"])
        for each in bulk.evaluate(rows)
        if each["rule"] == "target"
    ]
    assert [
        ("rvc", "not_compliant", 1, 0),
        ("subtop:Directie", "not_compliant", 1, 0),
        ("bestuur", "not_compliant", 1, 0),
        ("subtop:Directie", "not_compliant", 0, 1),
        ("rvc", "compliant", 0, 0),
    ] == answers
