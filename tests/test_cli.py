"""The command-line contract as a user meets it: exit codes, JSON on stdout, errors on stderr."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner, Result

from claimtrack.cli import app

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "data" / "sources"
CLAIM_FIELDS = {
    "id", "source_id", "outlet", "published", "speaker", "speaker_mention", "speaker_start",
    "speaker_end", "speaker_role", "speaker_affiliation", "speaker_kind", "cue", "cue_start",
    "cue_end", "kind", "text", "start", "end", "claim_date", "date_precision", "polarity",
    "certainty", "subject", "relation", "object", "question_id", "question", "stance",
}  # fmt: skip
COMMANDS = [
    "ingest", "extract", "sources", "speakers", "claims", "questions", "contradictions", "show",
    "export", "compare", "report",
]  # fmt: skip

runner = CliRunner()


def run(*args: str) -> Result:
    return runner.invoke(app, list(args))


def data(result: Result) -> Any:
    assert result.exit_code == 0, result.stderr + result.stdout
    return json.loads(result.stdout)


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("demo") / "demo.db"
    result = run("--db", str(db), "ingest", str(DEMO), "--format", "json")
    assert result.exit_code == 0, result.stderr
    return db


def q(db: Path, *args: str) -> Any:
    return data(run("--db", str(db), *args, "--format", "json"))


def test_ingest_reports_every_file_and_is_idempotent(demo_db: Path) -> None:
    again = q(demo_db, "ingest", str(DEMO))
    assert len(again) == 5
    assert {r["status"] for r in again} == {"unchanged"}
    sources = q(demo_db, "sources")
    assert len(sources) == 5
    assert {"id", "path", "title", "outlet", "published", "url", "sha256"} <= set(sources[0])
    dawn = next(s for s in sources if s["outlet"] == "Dawn")
    assert dawn["published"] == "2016-08-10"
    assert any(s["published"] == "2015-12" for s in sources), "partial dates stay partial"


def test_claims_have_the_design_fields_and_valid_spans(demo_db: Path) -> None:
    claims = q(demo_db, "claims")
    assert len(claims) >= 25
    assert set(claims[0]) >= CLAIM_FIELDS
    paths = {s["id"]: Path(s["path"]) for s in q(demo_db, "sources")}
    for claim in claims:
        text = paths[claim["source_id"]].read_text(encoding="utf-8")
        assert text[claim["start"] : claim["end"]] == claim["text"]
        if claim["speaker_start"] is not None:
            assert text[claim["speaker_start"] : claim["speaker_end"]] == claim["speaker_mention"]


def test_claims_filter_by_fuzzy_speaker(demo_db: Path) -> None:
    claims = q(demo_db, "claims", "--speaker", "kabulov")
    assert claims, "a lower-case surname finds the full name"
    assert {c["speaker"] for c in claims} == {"Zamir Kabulov"}
    assert any("channels for exchanging information" in c["text"] for c in claims)
    pronoun = [c for c in claims if c["speaker_mention"] == "he"]
    assert pronoun, "'he said' resolves to Kabulov"


def test_claims_filter_by_stance_and_dates(demo_db: Path) -> None:
    no = q(demo_db, "claims", "--stance", "no")
    assert no and {c["stance"] for c in no} == {"no"}
    later = q(demo_db, "claims", "--since", "2021")
    assert later and all((c["claim_date"] or c["published"]) >= "2021" for c in later)
    early = q(demo_db, "claims", "--until", "2015-12")
    assert early and all((c["claim_date"] or c["published"])[:7] <= "2015-12" for c in early)


def test_questions_and_contradictions_on_taliban_fighting_is(demo_db: Path) -> None:
    contested = q(demo_db, "questions", "--contested")
    assert contested and all(x["contested"] for x in contested)
    found = q(demo_db, "contradictions", "--topic", "is the taliban fighting isis?")
    assert found
    speakers = {c["speaker"] for x in found for c in x["claims"]}
    assert {"Bill Salvin", "Mohammad Hanif Atmar"} & speakers
    for x in found:
        stances = {c["stance"] for c in x["claims"]}
        assert stances == {"yes", "no"}
        assert x["explanation"]
    salvin = q(demo_db, "claims", "--speaker", "salvin")
    on_is = [c for c in salvin if c["question"] == "Is the Taliban fighting IS?"]
    assert on_is and on_is[0]["stance"] == "no"
    assert on_is[0]["object_via"] == "ISKP", "a claim about ISIS-K answers for IS, labelled so"


def test_show_prints_claim_in_context(demo_db: Path) -> None:
    claim = q(demo_db, "claims", "--speaker", "kabulov")[0]
    detail = q(demo_db, "show", claim["id"])
    assert detail["claim"]["id"] == claim["id"]
    assert claim["text"] in detail["context"]
    table = run("--db", str(demo_db), "show", claim["id"], "--format", "table")
    assert table.exit_code == 0
    assert "Zamir Kabulov" in table.stdout


def test_show_unknown_id_is_a_clear_error(demo_db: Path) -> None:
    result = run("--db", str(demo_db), "show", "nope")
    assert result.exit_code == 1
    assert "no claim with id" in result.stderr
    assert "Traceback" not in result.stderr + result.stdout


def test_export_csv_file_and_json_stdout(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "claims.csv"
    result = run("--db", str(demo_db), "export", str(out))
    assert result.exit_code == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert set(rows[0]) >= CLAIM_FIELDS
    assert len(rows) == len(q(demo_db, "claims"))
    stdout = run("--db", str(demo_db), "export", "-", "--format", "jsonl")
    assert stdout.exit_code == 0
    lines = [json.loads(line) for line in stdout.stdout.splitlines()]
    assert len(lines) == len(rows)


def test_export_neutralises_formulas(tmp_path: Path) -> None:
    article = tmp_path / "evil.md"
    article.write_text(
        '---\ntitle: "=HYPERLINK(\\"http://x\\")"\noutlet: "@outlet"\n---\n'
        'The mayor, John Smith, said: "=1+2 is what the budget adds up to."\n',
        encoding="utf-8",
    )
    db = tmp_path / "x.db"
    assert run("--db", str(db), "ingest", str(article)).exit_code == 0
    out = tmp_path / "x.csv"
    assert run("--db", str(db), "export", str(out)).exit_code == 0
    rows = list(csv.DictReader(out.open(encoding="utf-8", newline="")))
    assert rows
    for row in rows:
        for value in row.values():
            assert not re.match(r"^[=+\-@\t\r]", value), value
    assert rows[0]["text"].startswith("'=1+2")


def test_compare_two_statements() -> None:
    result = data(
        run(
            "compare",
            "The Taliban is fighting IS in Afghanistan.",
            "The Taliban is not fighting ISIS-K.",
            "--format",
            "json",
        )
    )
    assert result[0]["verdict"] == "disagree"
    assert result[0]["same_question"] is True


def test_extract_streams_jsonl_with_paths() -> None:
    result = run("extract", str(DEMO), "--format", "jsonl")
    assert result.exit_code == 0, result.stderr
    claims = [json.loads(line) for line in result.stdout.splitlines()]
    assert claims
    for claim in claims:
        text = Path(claim["path"]).read_text(encoding="utf-8")
        assert text[claim["start"] : claim["end"]] == claim["text"]


def test_reading_without_a_database_is_exit_1(tmp_path: Path) -> None:
    result = run("--db", str(tmp_path / "missing.db"), "claims")
    assert result.exit_code == 1
    assert "no database" in result.stderr


def test_bad_file_is_reported_and_the_rest_land(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text('"We will win," Jane Doe said on Monday.\n', "utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\x00\x01\x02binary\x00" * 100)
    db = tmp_path / "x.db"
    result = run("--db", str(db), "ingest", str(tmp_path), "--format", "json")
    assert result.exit_code == 1
    assert "bad.txt" in result.stderr
    statuses = {Path(r["path"]).name: r["status"] for r in json.loads(result.stdout)}
    assert statuses == {"good.txt": "added", "bad.txt": "failed"}
    assert q(db, "claims", "--speaker", "doe")


@pytest.mark.parametrize(
    "args",
    [
        ["claims", "--stance", "maybe"],
        ["claims", "--since", "last tuesday"],
        ["nonsense"],
        ["export"],
        ["claims", "--format", "xml"],
    ],
)
def test_usage_errors_exit_2(demo_db: Path, args: list[str]) -> None:
    result = run("--db", str(demo_db), *args)
    assert result.exit_code == 2, result.stdout + result.stderr


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_and_is_in_the_readme(command: str) -> None:
    result = run(command, "--help")
    assert result.exit_code == 0
    assert len(result.stdout.strip()) > 40
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"claimtrack {command}" in readme or f"claimtrack --db demo.db {command}" in readme


def test_every_registered_command_is_in_the_contract() -> None:
    registered = {
        c.name or (c.callback.__name__ if c.callback else "") for c in app.registered_commands
    }
    assert set(COMMANDS) <= registered


def test_report_writes_escaped_html(tmp_path: Path) -> None:
    article = tmp_path / "xss.md"
    article.write_text(
        '---\ntitle: "<b>Title</b>"\noutlet: "<i>Outlet</i>"\n---\n'
        'The Taliban is fighting IS, Jane Doe said. "The Taliban is not fighting IS <script>'
        'alert(1)</script>," John Roe, a spokesman, said on Monday.\n',
        encoding="utf-8",
    )
    db = tmp_path / "x.db"
    assert run("--db", str(db), "ingest", str(article)).exit_code == 0
    out = tmp_path / "report.html"
    result = run("--db", str(db), "report", str(out), "--all")
    assert result.exit_code == 0, result.stderr
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    assert "<script>" not in page and "<i>Outlet</i>" not in page
    assert "&lt;script&gt;" in page
    assert "Jane Doe" in page and "John Roe" in page


ARTICLE_NF = (
    "---\noutlet: Test Wire\npublished: 2020-05-04\n---\n"
    "John Roe, a spokesman for the army, said on Monday that the Northern Front is fighting"
    " Zetland.\n\n"
    '"NF is not fighting Zetland," Mary Poe, an analyst, told reporters.\n'
)


def test_user_aliases_file_joins_new_names_into_one_question(tmp_path: Path) -> None:
    (tmp_path / "nf.md").write_text(ARTICLE_NF, encoding="utf-8")
    aliases = tmp_path / "mine.yaml"
    aliases.write_text(
        "entities:\n"
        "  - {name: Northern Front, display: the Northern Front, kind: group, aliases: [NF]}\n"
        "  - {name: Zetland, kind: country, aliases: [Zetlandic]}\n",
        encoding="utf-8",
    )
    db = tmp_path / "x.db"
    assert run("--db", str(db), "--aliases", str(aliases), "ingest", str(tmp_path)).exit_code == 0
    claims = q(db, "--aliases", str(aliases), "claims")
    by_speaker = {c["speaker"]: c for c in claims}
    roe, poe = by_speaker["John Roe"], by_speaker["Mary Poe"]
    assert roe["question_id"] == poe["question_id"] is not None
    assert (roe["stance"], poe["stance"]) == ("yes", "no")
    assert roe["claim_date"] == "2020-05-04"
    found = q(db, "--aliases", str(aliases), "contradictions", "--topic", "nf vs zetland")
    assert {c["speaker"] for c in found[0]["claims"]} == {"John Roe", "Mary Poe"}


def test_questions_file_renames_and_overrides_and_survives_reingest(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.md").write_text(ARTICLE_NF.replace("NF", "The Northern Front"), "utf-8")
    db = tmp_path / "x.db"
    assert run("--db", str(db), "ingest", str(corpus)).exit_code == 0
    claims = q(db, "claims")
    qid = claims[0]["question_id"]
    target = next(c for c in claims if c["speaker"] == "Mary Poe")
    (tmp_path / "claimtrack.questions.yaml").write_text(
        f'rename:\n  {qid}: "Is the Front at war with Zetland?"\n'
        f"stance:\n  {target['id']}: unclear\n",
        encoding="utf-8",
    )
    seen_ids = []
    for _ in range(2):  # the decisions apply now, and again after the file changed
        questions = {x["id"]: x for x in q(db, "questions")}
        assert questions[qid]["text"] == "Is the Front at war with Zetland?"
        assert questions[qid]["user_defined"] is True
        poe = next(c for c in q(db, "claims") if c["speaker"] == "Mary Poe")
        assert (poe["stance"], poe["stance_source"]) == ("unclear", "analyst")
        seen_ids.append(poe["id"])
        (corpus / "a.md").write_text(ARTICLE_NF.replace("NF", "The Northern Front") + "\n", "utf-8")
        assert run("--db", str(db), "ingest", str(corpus)).exit_code == 0
    assert seen_ids[0] == target["id"] != seen_ids[1], "the edit gave the claim a new id"


def test_readme_lexicon_examples_work(tmp_path: Path) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    aliases, relations, questions = re.findall(r"```yaml\n(.*?)```", readme, re.S)[:3]
    (tmp_path / "mine.yaml").write_text(aliases, encoding="utf-8")
    (tmp_path / "rel.yaml").write_text(relations, encoding="utf-8")
    result = data(
        run(
            "--aliases", str(tmp_path / "mine.yaml"), "--relations", str(tmp_path / "rel.yaml"),
            "compare", "Acme Corp is suing Globex.", "Acme has settled with Globex.",
            "--format", "json",
        )
    )  # fmt: skip
    assert (result[0]["verdict"], result[0]["question"]) == ("disagree", "Is Acme suing Globex?")
    (tmp_path / "q.yaml").write_text(questions, encoding="utf-8")
    db = tmp_path / "x.db"
    (tmp_path / "a.md").write_text(ARTICLE_NF, encoding="utf-8")
    assert run("--db", str(db), "ingest", str(tmp_path / "a.md")).exit_code == 0
    assert run("--db", str(db), "--questions", str(tmp_path / "q.yaml"), "questions").exit_code == 0
