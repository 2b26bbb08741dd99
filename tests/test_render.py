"""The render layer on its own: CSV neutralisation, flattening, JSON shapes."""

from __future__ import annotations

import csv
import io
import json

import pytest

from claimtrack.models import Claim, ClaimKind
from claimtrack.render import Format, neutralise_cell, render


@pytest.mark.parametrize(
    "cell, expected",
    [
        ("=SUM(A1:A9)", "'=SUM(A1:A9)"),
        ("+1 555", "'+1 555"),
        ("-2+3", "'-2+3"),
        ("@cmd", "'@cmd"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("plain words", "plain words"),
        ("", ""),
        ("a=b", "a=b"),
    ],
)
def test_neutralise_cell(cell: str, expected: str) -> None:
    assert neutralise_cell(cell) == expected


def _claim(text: str) -> Claim:
    return Claim(
        id="c_1", source_id="s", kind=ClaimKind.DIRECT, text=text, start=0, end=len(text),
        speaker="=cmd|' /C calc'!A0", outlet="@evil",
    )  # fmt: skip


def test_csv_neutralises_every_text_field_and_keeps_numbers() -> None:
    out = io.StringIO()
    assert render([_claim("-1 is the answer")], Format.CSV, out=out) == 1
    row = next(csv.DictReader(io.StringIO(out.getvalue())))
    assert row["text"] == "'-1 is the answer"
    assert row["speaker"].startswith("'=")
    assert row["outlet"] == "'@evil"
    assert row["start"] == "0"


def test_json_is_a_list_and_jsonl_one_object_a_line() -> None:
    claims = [_claim("one"), _claim("two")]
    out = io.StringIO()
    render(claims, Format.JSON, out=out)
    assert [c["text"] for c in json.loads(out.getvalue())] == ["one", "two"]
    out = io.StringIO()
    render(claims, Format.JSONL, out=out)
    assert [json.loads(line)["text"] for line in out.getvalue().splitlines()] == ["one", "two"]
    out = io.StringIO()
    render([], Format.JSON, out=out)
    assert json.loads(out.getvalue()) == []


@pytest.mark.parametrize("fmt", [Format.JSON, Format.JSONL])
@pytest.mark.parametrize("encoding", ["utf-8", "latin-1", "ascii"])
def test_json_text_survives_every_output_encoding(fmt: Format, encoding: str) -> None:
    """Rows go to a UTF-8 stream as is, after what was written before them; any other encoding
    gets \\u escapes, so the output is still valid JSON with the same text."""
    text = "“Non,” a-t-il dit — 北京 ✓"
    raw = io.BytesIO()
    out = io.TextIOWrapper(raw, encoding=encoding, newline="")
    out.write("# header\n")
    assert render([_claim(text), _claim("two")], fmt, out=out) == 2
    out.flush()
    header, body = raw.getvalue().decode(encoding).split("\n", 1)
    assert header == "# header"
    rows = json.loads(body) if fmt is Format.JSON else [json.loads(x) for x in body.splitlines()]
    assert [r["text"] for r in rows] == [text, "two"]
    assert (text in body) is (encoding == "utf-8")


def test_table_shows_markup_in_article_text_literally() -> None:
    out = io.StringIO()
    render([_claim("[bold red]not markup[/]")], Format.TABLE, out=out)
    assert "[bold red]not markup[/]" in out.getvalue()
