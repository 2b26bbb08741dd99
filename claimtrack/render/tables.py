"""Rich tables and the `show` view for people at a terminal. Article text is never markup."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel
from rich import box
from rich.console import Console
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from claimtrack.models import (
    Claim,
    ClaimDetail,
    Comparison,
    Contradiction,
    IngestResult,
    Question,
    Source,
    Speaker,
)

Getter = Callable[[Any], Any]


@dataclass(frozen=True)
class Column:
    header: str
    get: Getter
    style: str | None = None
    max_width: int | None = None
    no_wrap: bool = False


def _date(claim: Claim) -> str:
    return claim.claim_date or claim.published or ""


def _speaker_cell(claim: Claim) -> str:
    return claim.speaker or claim.speaker_mention or "(unattributed)"


def _short_aliases(speaker: Speaker) -> str:
    # Long appositive mentions belong to the JSON; the table shows the names people search by.
    short = [a for a in speaker.aliases if len(a) <= 30 and a != speaker.name]
    return ", ".join(short[:4])


def _question_cell(claim: Claim) -> str:
    via = claim.subject_via or claim.object_via
    return f"{claim.question} (via {via})" if claim.question and via else claim.question or ""


def _stance_cell(value: Any) -> Text:
    styles = {"yes": "green", "no": "red", "unclear": "yellow"}
    text = "" if value is None else str(value)
    return Text(text, style=styles.get(text, ""))


_STATUS_STYLE = {"added": "green", "updated": "cyan", "unchanged": "dim", "failed": "bold red"}


CLAIM_COLUMNS = [
    Column("id", lambda c: c.id, "dim", no_wrap=True),
    Column("speaker", _speaker_cell, "bold cyan", 24),
    Column("outlet", lambda c: c.outlet or "", None, 16),
    Column("date", _date, None, no_wrap=True),
    Column("cue", lambda c: c.cue or "", "magenta", 14),
    Column("claim", lambda c: c.text, None, 70),
    Column("question", lambda c: _question_cell(c), "dim", 30),
    Column("stance", lambda c: _stance_cell(c.stance)),
]

VIEWS: dict[type[BaseModel], tuple[str, list[Column]]] = {
    Claim: ("Claims", CLAIM_COLUMNS),
    Source: (
        "Sources",
        [
            Column("id", lambda s: s.id, "dim", no_wrap=True),
            Column("outlet", lambda s: s.outlet or "", "bold", 24),
            Column("published", lambda s: s.published or "", no_wrap=True),
            Column("title", lambda s: s.title or "", None, 60),
            Column("path", lambda s: s.path, "dim", 40),
        ],
    ),
    Speaker: (
        "Speakers",
        [
            Column("speaker", lambda s: s.name, "bold cyan", 30),
            Column("kind", lambda s: s.kind.value),
            Column("role", lambda s: s.role or "", None, 30),
            Column("affiliation", lambda s: s.affiliation or "", None, 24),
            Column("claims", lambda s: str(s.claims), None),
            Column("sources", lambda s: str(s.sources), None),
            Column("also written", _short_aliases, "dim", 30),
        ],
    ),
    Question: (
        "Questions",
        [
            Column("id", lambda q: q.id, "dim", no_wrap=True),
            Column("question", lambda q: q.text, "bold", 50),
            Column("yes", lambda q: Text(str(q.yes), style="green")),
            Column("no", lambda q: Text(str(q.no), style="red")),
            Column("unclear", lambda q: Text(str(q.unclear), style="yellow")),
            Column("contested", lambda q: "yes" if q.contested else ""),
            Column("analyst", lambda q: "yes" if q.user_defined else "", "dim"),
        ],
    ),
    IngestResult: (
        "Ingest summary",
        [
            Column("file", lambda r: r.path, None, 50),
            Column("status", lambda r: Text(r.status, style=_STATUS_STYLE.get(r.status, ""))),
            Column("source", lambda r: r.source_id or "", "dim"),
            Column("claims", lambda r: str(r.claims)),
            Column("error", lambda r: r.error or "", "red", 50),
        ],
    ),
}


def _cell(value: Any) -> Text | str:
    # Article text is data, never markup: rich would interpret "[bold]" inside a quote otherwise.
    return value if isinstance(value, Text) else Text(str(value))


def _table(title: str, columns: list[Column], rows: Iterable[BaseModel]) -> Table:
    table = Table(title=title, box=box.SIMPLE_HEAD, title_justify="left", expand=False)
    for col in columns:
        table.add_column(col.header, style=col.style, max_width=col.max_width, no_wrap=col.no_wrap)
    for row in rows:
        table.add_row(*(_cell(col.get(row)) for col in columns))
    return table


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")


def _contradiction_tables(rows: Iterable[Contradiction]) -> list[Table]:
    """One table a question: who says yes, who says otherwise, and what kind of conflict.
    The one-sentence explanation is in the JSON and CSV; here the two sides speak for themselves."""
    by_question: dict[str, list[Contradiction]] = {}
    for c in rows:
        by_question.setdefault(c.question, []).append(c)
    tables = []
    for question, found in by_question.items():
        table = Table(
            title=Text(f"{question}  ({_count(len(found), 'contradiction')})", style="bold"),
            box=box.SIMPLE_HEAD,
            title_justify="left",
            show_lines=True,
        )
        table.add_column("kind", style="magenta", max_width=14)
        table.add_column("says", max_width=52)
        table.add_column("says instead", max_width=52)
        for c in found:
            sides = [_side(claim) for claim in c.claims[:2]]
            while len(sides) < 2:
                sides.append(Text(""))
            kind = c.kind.replace("_", " ") + ("" if c.cross_source else " (same article)")
            table.add_row(Text(kind), *sides)
        tables.append(table)
    return tables


def _side(claim: Claim) -> Text:
    text = Text()
    text.append(_speaker_cell(claim), style="bold cyan")
    meta = ", ".join(x for x in (claim.outlet, _date(claim)) if x)
    if meta:
        text.append(f" ({meta})", style="dim")
    text.append(f" [{claim.stance or '?'}]\n", style=_STANCE_STYLE.get(str(claim.stance), ""))
    text.append(claim.text)
    return text


_STANCE_STYLE = {"yes": "green", "no": "red", "unclear": "yellow"}


def _comparison_table(rows: Iterable[Comparison]) -> Table:
    table = Table(title="Comparison", box=box.SIMPLE_HEAD, title_justify="left", show_header=False)
    table.add_column("", style="bold")
    table.add_column("")
    for cmp in rows:
        table.add_row("verdict", Text(cmp.verdict.value, style="bold"))
        table.add_row("same question", "yes" if cmp.same_question else "no")
        table.add_row("question", Text(cmp.question or ""))
        for label, prop in (("A", cmp.a), ("B", cmp.b)):
            parts = [prop.subject or "?", prop.relation or "?", prop.object or "?"]
            table.add_row(
                label,
                Text(f"{' '.join(parts)} ({prop.polarity.value}, {prop.certainty.value})"),
            )
        table.add_row("reason", Text(cmp.reason))
    return table


def print_table(rows: list[BaseModel], console: Console) -> None:
    """Render a homogeneous list of models as a rich table."""
    if not rows:
        console.print(Text("(nothing to show)", style="dim"))
        return
    kind = type(rows[0])
    if kind is Contradiction:
        for table in _contradiction_tables(r for r in rows if isinstance(r, Contradiction)):
            console.print(table)
        return
    if kind is Comparison:
        console.print(_comparison_table(r for r in rows if isinstance(r, Comparison)))
        return
    title, columns = VIEWS[kind]
    console.print(_table(title, columns, rows))


def highlighted_context(detail: ClaimDetail) -> Text:
    """The passage around a claim with speaker, cue and content spans styled (text never markup)."""
    claim = detail.claim
    text = Text(detail.context)
    base = detail.context_start
    spans = (
        (claim.speaker_start, claim.speaker_end, "bold cyan"),
        (claim.cue_start, claim.cue_end, "bold magenta"),
        (claim.start, claim.end, "bold yellow"),
    )
    for start, end, style in spans:
        if start is not None and end is not None:
            text.stylize(style, max(0, start - base), max(0, end - base))
    return text


def print_detail(detail: ClaimDetail, console: Console) -> None:
    """The `show` view: the claim's fields, its passage, and the other claims on its question."""
    claim = detail.claim
    fields = Table(box=None, show_header=False, pad_edge=False)
    fields.add_column(style="bold")
    fields.add_column()
    rows = [
        ("id", claim.id),
        ("speaker", _speaker_cell(claim)),
        ("mention", claim.speaker_mention or ""),
        ("role", ", ".join(x for x in (claim.speaker_role, claim.speaker_affiliation) if x)),
        ("cue", claim.cue or ""),
        ("kind", claim.kind.value),
        (
            "said",
            " ".join(
                x
                for x in (
                    _date(claim),
                    f"({claim.date_precision.value})" if claim.date_precision else "",
                )
                if x
            ),
        ),
        (
            "source",
            " · ".join(x for x in (claim.outlet, detail.source_title, detail.source_path) if x),
        ),
        ("span", f"{claim.start}-{claim.end}"),
        ("polarity", f"{claim.polarity.value}, {claim.certainty.value}"),
        (
            "proposition",
            " ".join(x or "?" for x in (claim.subject, claim.relation, claim.object))
            if claim.relation
            else "",
        ),
        ("question", claim.question or ""),
        (
            "stance",
            f"{claim.stance.value if claim.stance else ''}"
            + (" (analyst)" if claim.stance_source == "analyst" else ""),
        ),
    ]
    for label, value in rows:
        if value:
            fields.add_row(label, Text(value))
    console.print(fields)
    console.print(Panel(highlighted_context(detail), title="in context", title_align="left"))
    if detail.related:
        same_question = [c for c in CLAIM_COLUMNS if c.header != "question"]
        console.print(_table("Other claims on this question", same_question, detail.related))
