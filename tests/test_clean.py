"""Which parts of an article are body: trailers and site chrome are left out; text never changes."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimtrack.clean import body_regions
from claimtrack.load import read_source

P1 = "Officials said on Monday that the talks had stalled, according to state media reports."
P2 = "“We will not negotiate with anyone,” the spokesman told reporters in Kabul on Tuesday."
ARTICLE = f"{P1}\n\n{P2}"


def body(text: str, start: int = 0) -> str:
    """The body as one string: its regions joined with '|'."""
    return "|".join(text[s.start : s.end] for s in body_regions(text, start))


@pytest.mark.parametrize(
    "trailer",
    [
        "Source link\n\nBe the first to comment\n\nLeave a Reply\n\nYour email address will not be"
        " published. Required fields are marked *",
        "Published in Dawn, August 10th, 2016",
        "Published in The Express Tribune, March 3rd, 2019.",
        "Comments are closed.\n\nSubscribe to Newsletter",
        "Leave a Comment",
        "12 Comments",
        "Sign up for our newsletter to get the day's top stories.",
        # A digest of other articles: titles, date stamps, teasers.
        "Opinion\n\nEditorial\n\nNew terror wave\nUpdated 27 Mar, 2024\n\nNew terror wave\n\n"
        "The time has come for decisive government action against militancy.\n"
        "Development costs\n27 Mar, 2024\n\nDevelopment costs\n\nA HEFTY escalation of 30pc in "
        "the cost of ongoing federal development schemes is one of the many decisions where the...",
        "More stories\nMarch 4, 2021\nTaliban seize district\nMarch 3, 2021 at 10:45 am\n"
        "Talks resume",
        "–Indo-Asian News Service",
        "Share this:\nFacebook\nTwitter",
        "Related Articles\n\nTaliban in talks with Moscow, officials say after meeting in Doha on "
        "Friday with Russian envoy and other regional representatives from Central Asia.",
        "Advertisement",
    ],
)
def test_trailers_after_the_article_are_not_body(trailer: str) -> None:
    assert body(f"{ARTICLE}\n\n{trailer}\n") == ARTICLE


@pytest.mark.parametrize(
    "text, expected",
    [
        # Headline, dateline, subheadings and a closing quote without a full stop are article.
        (f"Taliban deny talks\n\nKABUL: {P1}\n\nTalks stall\n{P2}",
         f"Taliban deny talks\n\nKABUL: {P1}\n\nTalks stall\n{P2}"),
        (f"{P1}\n\n“We will fight on,” he said", f"{P1}\n\n“We will fight on,” he said"),
        # A weak marker in the first half is a phrase of the article, not its end.
        (f"Related\n{P1}\n\n{P2}\n\n{P1}", f"Related\n{P1}\n\n{P2}\n\n{P1}"),
        # Chrome between paragraphs is cut out; the paragraphs stay as separate regions.
        (f"{P1}\n\nAdvertisement\n\n{P2}", f"{P1}|{P2}"),
        # One date stamp inside an article is not a digest.
        (f"{P1}\nMarch 4, 2021\n{P2}", f"{P1}\nMarch 4, 2021\n{P2}"),
        # A strong marker ends the body even when prose follows.
        (f"{P1}\n\nSource link\n\n{P2}", P1),
        ("", ""),
        ("\n\n   \n", ""),
        ("Advertisement\n", ""),
    ],
)  # fmt: skip
def test_body_regions(text: str, expected: str) -> None:
    assert body(text) == expected


def test_regions_start_after_the_given_offset_and_are_trimmed() -> None:
    text = f"---\ntitle: T\n---\n\n  {P1}  \r\n\r\n{P2}\r\n"
    start = text.index("\n\n  ") + 1
    regions = body_regions(text, start)
    assert text[regions[0].start : regions[-1].end] == f"{P1}  \r\n\r\n{P2}"
    assert regions[0].start == text.index(P1)


def test_crlf_and_lone_cr_line_endings() -> None:
    text = f"{P1}\r\n\r\n{P2}\r\rSource link\r\n"
    assert body(text) == f"{P1}\r\n\r\n{P2}"


@pytest.mark.parametrize(
    "name, last_words, first_gone",
    [
        ("001_5e0614933a8c2c54.md", "vowed to step up operations.", "–Indo-Aisan News Service"),
        ("002_3adfaff83fda2e59.md", "former Al Qaeda stronghold.", "Published in Dawn"),
        ("003_4babc0e5cb42ded4.md", "even if they gain more territory.", "Source link"),
        ("004_c3c6d44a8f2ff402.md", "valuable province for ISKP recruitment.", "Comments are"),
        ("000_dd38f9ee4ff2bd77.md", "are harder to detect, experts say.", None),
    ],
)
def test_demo_articles_end_where_the_article_ends(
    demo_dir: Path, name: str, last_words: str, first_gone: str | None
) -> None:
    source = read_source(demo_dir / name)
    end = source.body[-1].end
    assert source.text[:end].endswith(last_words)
    assert source.body[0].start > source.text.index("\n---") + 4  # front matter is not body
    if first_gone is not None:
        assert source.text[end:].lstrip().startswith(first_gone)
