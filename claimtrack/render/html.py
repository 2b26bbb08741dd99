"""The HTML report: per question, an evidence matrix of speakers against answers.

This is the analysts' evidence-versus-hypotheses matrix filled in automatically: each row a
speaker, each column an answer (yes / no / unclear), each cell the speaker's own words with outlet,
date and claim id. Every piece of article text goes through ``html.escape``: a quote that holds
markup shows as text and never runs.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from html import escape

from claimtrack.models import Claim, QuestionReport, Stance

_STYLE = """
body { font: 15px/1.45 system-ui, sans-serif; margin: 2rem auto; max-width: 72rem; color: #222; }
h1 { font-size: 1.6rem; } h2 { font-size: 1.2rem; margin-top: 2.5rem; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
th, td { border: 1px solid #ccc; padding: .4rem .6rem; vertical-align: top; text-align: left; }
th { background: #f4f4f4; } .yes { background: #eef8ee; } .no { background: #fbeeee; }
.unclear { background: #fbf8e9; } .meta { color: #666; font-size: .85em; } q { quotes: none; }
.counts span { margin-right: 1rem; } .kind { font-variant: small-caps; color: #844; }
"""

_ANSWERS = (Stance.YES, Stance.NO, Stance.UNCLEAR)


def _e(value: object) -> str:
    return escape("" if value is None else str(value), quote=True)


def _evidence(claim: Claim) -> str:
    meta = " · ".join(_e(x) for x in (claim.outlet, claim.claim_date or claim.published) if x)
    hedge = "" if claim.certainty.value == "asserted" else f" ({_e(claim.certainty.value)})"
    return (
        f'<div><q>{_e(claim.text)}</q>{hedge}<div class="meta">{_e(claim.cue)} · {meta}'
        f" · <code>{_e(claim.id)}</code></div></div>"
    )


def _matrix(claims: Sequence[Claim]) -> str:
    by_speaker: dict[str, dict[Stance, list[Claim]]] = defaultdict(lambda: defaultdict(list))
    for claim in claims:
        speaker = claim.speaker or claim.speaker_mention or "(unattributed)"
        by_speaker[speaker][claim.stance or Stance.UNCLEAR].append(claim)
    head = "".join(f'<th class="{a.value}">{a.value}</th>' for a in _ANSWERS)
    rows = []
    for speaker in sorted(by_speaker):
        cells = "".join(
            f'<td class="{a.value}">{"".join(_evidence(c) for c in by_speaker[speaker][a])}</td>'
            for a in _ANSWERS
        )
        rows.append(f"<tr><th>{_e(speaker)}</th>{cells}</tr>")
    return f"<table><tr><th>speaker</th>{head}</tr>{''.join(rows)}</table>"


def _section(item: QuestionReport) -> str:
    q = item.question
    counts = (
        f'<p class="counts"><span>yes {q.yes}</span><span>no {q.no}</span>'
        f"<span>unclear {q.unclear}</span>{'<b>contested</b>' if q.contested else ''}</p>"
    )
    parts = [f'<h2 id="{_e(q.id)}">{_e(q.text)}</h2>', counts, _matrix(item.claims)]
    if item.contradictions:
        rows = "".join(
            f'<li><span class="kind">{_e(c.kind)}</span> {_e(c.explanation)}</li>'
            for c in item.contradictions
        )
        parts.append(f"<h3>Contradictions</h3><ul>{rows}</ul>")
    return "\n".join(parts)


def html_report(items: Sequence[QuestionReport], *, title: str = "claimtrack report") -> str:
    """A self-contained HTML page (no scripts, no external resources)."""
    toc = "".join(
        f'<li><a href="#{_e(i.question.id)}">{_e(i.question.text)}</a></li>' for i in items
    )
    body = "\n".join(_section(i) for i in items) or "<p>No questions to report.</p>"
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>{_e(title)}</title><style>{_STYLE}</style></head><body>"
        f"<h1>{_e(title)}</h1><ol>{toc}</ol>\n{body}\n</body></html>\n"
    )
