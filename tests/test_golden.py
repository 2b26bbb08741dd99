"""Whole-command output on the demo corpus, compared with reviewed golden files.

Regenerate only on purpose, with `make golden` (UPDATE_GOLDEN=1), and review the diff.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimtrack.cli import app

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = Path(__file__).parent / "golden"
UPDATE = bool(os.environ.get("UPDATE_GOLDEN"))
runner = CliRunner()


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("golden") / "demo.db"
    result = runner.invoke(app, ["--db", str(db), "ingest", str(ROOT / "data" / "sources")])
    assert result.exit_code == 0, result.stderr
    return db


def _portable(text: str) -> str:
    # Paths are stored as given; make them independent of where the checkout lives.
    return text.replace(str(ROOT) + os.sep, "").replace(str(ROOT), ".")


@pytest.mark.parametrize(
    "name, args",
    [
        ("claims.json", ["claims", "--format", "json"]),
        ("export.csv", ["export", "-"]),
        ("contradictions.json", ["contradictions", "--format", "json"]),
    ],
)
def test_output_matches_golden(demo_db: Path, name: str, args: list[str]) -> None:
    result = runner.invoke(app, ["--db", str(demo_db), *args])
    assert result.exit_code == 0, result.stderr
    actual = _portable(result.stdout)
    golden = GOLDEN / name
    if UPDATE or not golden.exists():
        golden.write_text(actual, encoding="utf-8", newline="")
        if not UPDATE:
            pytest.fail(f"{golden} did not exist; written now, review and commit it")
    assert actual == golden.read_bytes().decode("utf-8"), f"run `make golden`, review {name}"
