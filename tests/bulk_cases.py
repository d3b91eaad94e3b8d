"""Rows shared by the tests of the bulk paths (``tests/test_bulk.py``, ``tests/bulk/``)."""

from datetime import date

from hypothesis import strategies as st

CONTRACT_KEYS = {
    "company",
    "organ",
    "date",
    "rule",
    "verdict",
    "article",
    "minimum_per_sex",
    "women_missing",
    "men_missing",
}

rows_strategy = st.lists(
    st.fixed_dictionaries(
        {
            "company": st.sampled_from(["A", "B", "C"]),
            "organ": st.sampled_from(
                ["bestuur", "rvc", "executive", "non_executive", "subtop:Managers"]
            ),
            "date": st.dates(date(2020, 1, 1), date(2031, 12, 31)),
            "legal_form": st.sampled_from(["NV", "BV"]),
            "listed": st.booleans(),
            "men": st.integers(0, 12),
            "women": st.integers(0, 12),
            "other": st.integers(0, 2),
            "unknown": st.integers(0, 3),
        }
    ),
    min_size=1,
    max_size=40,
)


def row(**changes):
    base = {
        "company": "A",
        "organ": "rvc",
        "date": date(2025, 12, 31),
        "legal_form": "NV",
        "listed": True,
        "men": 4,
        "women": 2,
    }
    return {**base, **changes}
