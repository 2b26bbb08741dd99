"""When a claim was made: date phrases in attribution clauses, resolved against the article date."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrack.extract.dates import find_claim_date
from claimtrack.models import DatePrecision

D, W, M, Y = DatePrecision.DAY, DatePrecision.WEEK, DatePrecision.MONTH, DatePrecision.YEAR
MONDAY = "2017-03-27"  # a Monday


@pytest.mark.parametrize(
    "clause, published, phrase, date, precision",
    [
        # weekdays: the most recent such day on or before publication
        ("the governor said Thursday the", MONDAY, "Thursday", "2017-03-23", D),
        ("told VOA's Afghan service on Thursday.", MONDAY, "Thursday", "2017-03-23", D),
        ("the mayor said on Monday", MONDAY, "Monday", "2017-03-27", D),
        ("the mayor said last Monday", MONDAY, "last Monday", "2017-03-20", D),
        ("police said Sunday night", MONDAY, "Sunday night", "2017-03-26", D),
        ("reported on Monday that", "2016-08-10", "Monday", "2016-08-08", D),
        # a partial published date never yields an invented day
        ("dismissed the claims on Saturday, saying", "2015-12", "Saturday", "2015-12", M),
        ("said Friday", "2019", "Friday", "2019", Y),
        ("said Friday", None, "Friday", None, None),
        # weeks: the ISO date of that week's Monday
        ("told reporters last week", MONDAY, "last week", "2017-03-20", W),
        ("said earlier this week that", "2017-03-29", "earlier this week", "2017-03-27", W),
        ("said earlier this week that", "2015-12", "earlier this week", "2015-12", M),
        ("said two weeks ago", MONDAY, "two weeks ago", "2017-03-13", W),
        ("said over the weekend", MONDAY, "over the weekend", "2017-03-20", W),
        # days relative to publication
        ("said yesterday", "2017-03-01", "yesterday", "2017-02-28", D),
        ("said three days ago", MONDAY, "three days ago", "2017-03-24", D),
        ("said today", MONDAY, "today", MONDAY, D),
        # months and years
        ("said this month", MONDAY, "this month", "2017-03", M),
        ("said earlier this month", "2017-03", "earlier this month", "2017-03", M),
        ("said last month", "2017-01-05", "last month", "2016-12", M),
        ("said last year", "2017", "last year", "2016", Y),
        ("said in March", "2017-08-01", "March", "2017-03", M),
        ("said in May", MONDAY, "May", "2016-05", M),
        ("said in mid-March", "2017-08-01", "mid-March", "2017-03", M),
        ("said in March 2014 that", None, "March 2014", "2014-03", M),
        ("said in 2014", MONDAY, "2014", "2014", Y),
        # explicit dates, the year from publication when missing
        ("said on August 26", "2016-09-02", "August 26", "2016-08-26", D),
        ("said on Dec. 30", "2017-01-03", "Dec. 30", "2016-12-30", D),
        ("said on 26 August 2016", None, "26 August 2016", "2016-08-26", D),
        ("said Wednesday, March 22, 2017,", MONDAY, "Wednesday, March 22, 2017", "2017-03-22", D),
        ("in a statement dated 2017-03-01", None, "2017-03-01", "2017-03-01", D),
    ],
)
def test_find_claim_date(
    clause: str,
    published: str | None,
    phrase: str,
    date: str | None,
    precision: DatePrecision | None,
) -> None:
    found = find_claim_date(clause, 0, len(clause), published)
    assert found is not None
    assert (found.phrase, found.date, found.precision) == (phrase, date, precision)
    assert clause[found.start : found.end] == phrase


@pytest.mark.parametrize(
    "clause",
    [
        "the minister may say more",  # modal "may"
        "he told the Sunday Times",  # a newspaper, not a day
        "said on February 30",  # no such day
        "officials said",
        "",
    ],
)
def test_no_date(clause: str) -> None:
    assert find_claim_date(clause, 0, len(clause), MONDAY) is None


def test_offsets_are_absolute_and_window_is_respected() -> None:
    text = "On Friday the rebels attacked. The governor said Thursday that it was over."
    lo = text.index("The governor")
    hi = text.index(" that")
    found = find_claim_date(text, lo, hi, MONDAY)
    assert found is not None
    assert (found.start, found.end) == (text.index("Thursday"), text.index("Thursday") + 8)
    assert found.date == "2017-03-23"


def test_a_bare_year_yields_to_a_more_precise_phrase() -> None:
    clause = "said in 2014 and again on Thursday"
    found = find_claim_date(clause, 0, len(clause), MONDAY)
    assert found is not None and found.phrase == "Thursday"


@pytest.mark.parametrize(
    "lo, hi, published",
    [(-5, 10, MONDAY), (5, 3, MONDAY), (0, 10_000, "garbage"), (0, 20, "2017-13-45")],
)
def test_never_raises(lo: int, hi: int, published: str) -> None:
    find_claim_date("said Thursday, officials said", lo, hi, published)


@settings(max_examples=300, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from("MondayTuesdayMarch 0123456789 last week ago,.in"), max_size=60
    ),
    st.integers(-5, 70),
    st.integers(-5, 70),
    st.sampled_from([None, "2017", "2017-03", "2017-03-27", "2017-02-30", "junk"]),
)
def test_spans_stay_in_the_window(text: str, lo: int, hi: int, published: str | None) -> None:
    found = find_claim_date(text, lo, hi, published)
    if found is not None:
        assert max(0, lo) <= found.start < found.end <= min(len(text), hi)
        assert text[found.start : found.end] == found.phrase
