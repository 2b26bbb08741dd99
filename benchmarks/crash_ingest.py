"""Kill ``claimtrack ingest`` mid-run, again and again, and check the database never lies.

1. Generate ``--files`` articles (attributed quotes, reported speech, denials, hedges, trailers).
2. Ingest them once, uninterrupted, into a reference database.
3. Into a second database: start ``python -m claimtrack --db X ingest DIR``, SIGKILL it (once
   before anything lands, then each time a few more sources have landed, watched through a
   read-only connection), and after every kill check that the file passes ``integrity_check``, that
   every stored source has exactly the claims the reference has for it (no partial source), that no
   path is stored twice, and that question and speaker summaries agree with the claims.
4. Re-run ingest to completion and check the result equals the reference.

Prints one summary line; exits 1 on any violation.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from claimtrack.store import ClaimFilter, Store

ROOT = Path(__file__).resolve().parents[1]
_PYCACHE = shutil.ignore_patterns("__pycache__")
PEOPLE = [
    ("Zamir Kabulov", "Russia's special envoy for Afghanistan"),
    ("Joseph Votel", "the head of U.S. Central Command"),
    ("Wahid Muzhda", "a Kabul-based analyst"),
    ("Amina Rahimi", "a spokeswoman for the interior ministry"),
    ("Farid Haidari", "the governor of Kunduz province"),
    ("Elena Sokolova", "a researcher at the Moscow Institute"),
    ("Bill Salvin", "a spokesman for Resolute Support"),
]
GROUPS = ["The Taliban", "The defence ministry", "The State Department", "Local officials"]
SUBJECTS = ["the Taliban", "Islamic State", "Russia", "the government", "the militia", "Iran"]
RELATIONS = [
    "is fighting",
    "is supplying weapons to",
    "has opened talks with",
    "is cooperating with",
    "is not fighting",
    "may be arming",
]
OUTLETS = ["VOA", "Dawn", "Al Jazeera", "Reuters", "The Economic Times"]


def article(rng: random.Random, n: int) -> str:
    """One article: front matter, 6-14 paragraphs of attributed claims, sometimes a trailer."""
    day = f"20{rng.randint(15, 21)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    lines = [
        "---",
        f'title: "Article {n}: {rng.choice(SUBJECTS).title()} and {rng.choice(SUBJECTS)}"',
        f"outlet: {rng.choice(OUTLETS)}",
        f"published: {day}",
        "---",
    ]
    for _ in range(rng.randint(6, 14)):
        name, role = rng.choice(PEOPLE)
        a, b = rng.sample(SUBJECTS, 2)
        claim = f"{a} {rng.choice(RELATIONS)} {b}"
        lines.append(
            rng.choice(
                [
                    f"“{claim.capitalize()} in the north,” {role} {name} told reporters on Monday.",
                    f"{name}, {role}, said {claim}.",
                    f"According to {name.split()[-1]}, {claim}.",
                    f"{rng.choice(GROUPS)} denied that {claim}.",
                    f"“We believe {claim},” {name.split()[-1]} said. “It is clear.”",
                    f"Analysts say {claim}, though there is no confirmation.",
                    f"The fighting in {rng.choice(['Kunduz', 'Helmand', 'Nangarhar'])} went on.",
                ]
            )
        )
        lines.append("")
    if rng.random() < 0.3:
        lines += ["Source link", "", "Leave a Reply", "Your email address will not be published."]
    return "\n".join(lines) + "\n"


def generate(folder: Path, count: int, seed: int) -> None:
    rng = random.Random(seed)
    for n in range(count):
        (folder / f"{n:04d}.md").write_text(article(rng, n), encoding="utf-8")


def start_ingest(db: Path, folder: Path) -> subprocess.Popen[bytes]:
    code = folder.parent / "code"  # every run uses one snapshot of the code, even mid-edit
    if not code.exists():
        shutil.copytree(ROOT / "claimtrack", code / "claimtrack", ignore=_PYCACHE)
    env = {**os.environ, "NO_COLOR": "1", "CLAIMTRACK_DB": str(db), "PYTHONPATH": str(code)}
    command = [sys.executable, "-m", "claimtrack", "--db", str(db), "ingest", str(folder)]
    return subprocess.Popen(
        [*command, "--format", "json"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=env,
        cwd=folder.parent,
    )


def landed(db: Path) -> int:
    """Sources committed so far, read without taking a write lock (0 before the schema exists)."""
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as conn:
            return int(conn.execute("SELECT count(*) FROM sources").fetchone()[0])
    except sqlite3.Error:
        return 0


def snapshot(db: Path) -> dict[str, Any]:
    """Everything the store holds, as plain data, keyed so two databases can be compared."""
    with Store.open(db) as store:
        return {
            "sources": {s.path: s.model_dump() for s in store.sources(with_text=True)},
            "claims": {
                s.id: [c.model_dump() for c in store.claims(ClaimFilter(source=s.id))]
                for s in store.sources()
            },
            "speakers": [s.model_dump() for s in store.speakers()],
            "questions": [q.model_dump() for q in store.questions()],
            "problems": store.verify(),
        }


def check_crashed(db: Path, reference: dict[str, Any]) -> list[str]:
    """Violations in a database left by a killed ingest."""
    if not db.exists():
        return []
    state = snapshot(db)
    problems = list(state["problems"])
    for path, source in state["sources"].items():
        expected = reference["sources"].get(path)
        if expected != source:
            problems.append(f"{path}: stored source differs from the reference")
        claims, want = state["claims"][source["id"]], reference["claims"].get(source["id"], [])
        if len(claims) != len(want):
            problems.append(f"{path}: {len(claims)} claims stored, the reference has {len(want)}")
        elif claims != want:
            field = next(k for a, b in zip(claims, want, strict=True) for k in a if a[k] != b[k])
            problems.append(f"{path}: claims differ from the reference in {field!r}")
    ids = [c["id"] for claims in state["claims"].values() for c in claims]
    if len(ids) != len(set(ids)):
        problems.append(f"{len(ids) - len(set(ids))} duplicate claim ids")
    return problems


def diff(got: Any, want: Any) -> str:
    """The first difference between two snapshots' entries, for the report."""
    pairs = got.items() if isinstance(got, dict) else enumerate(got)
    lookup = want if isinstance(want, dict) else dict(enumerate(want))
    for key, value in pairs:
        if lookup.get(key) != value:
            other = lookup.get(key)
            if isinstance(value, list) and isinstance(other, list) and len(value) == len(other):
                return f"{key}: {diff(value, other)}"
            if isinstance(value, dict) and isinstance(other, dict):
                fields = [f for f in value if value[f] != other.get(f)]
                return (
                    f"{key}: {', '.join(f'{f}={value[f]!r} vs {other.get(f)!r}' for f in fields)}"
                )
            return f"{key}: {value!r:.200} vs {other!r:.200}"
    return f"{len(got)} entries vs {len(want)}"


def run_to_completion(db: Path, folder: Path) -> float:
    began = time.monotonic()
    process = start_ingest(db, folder)
    _, err = process.communicate(timeout=600)
    if process.returncode != 0:
        raise SystemExit(f"crash_ingest: ingest failed ({process.returncode}): {err.decode()}")
    return time.monotonic() - began


def kill_when(db: Path, folder: Path, target: int, jitter: float, deadline: float) -> int:
    """Start an ingest; SIGKILL it ``jitter`` seconds after ``target`` sources have landed (with
    ``target=0``: as soon as the database file appears, during start-up). How many had landed."""
    process = start_ingest(db, folder)
    began = time.monotonic()
    while process.poll() is None:
        ready = landed(db) >= target if target else db.exists()
        if ready or time.monotonic() - began > deadline:
            time.sleep(jitter)  # so the kill falls anywhere: mid-analysis, mid-transaction
            process.send_signal(signal.SIGKILL)
            break
        time.sleep(0.002)
    process.wait()
    return landed(db)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=400)
    parser.add_argument("--kills", type=int, default=6)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    began = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="claimtrack-crash-") as tmp:
        folder, ref_db, db = Path(tmp) / "articles", Path(tmp) / "ref.db", Path(tmp) / "crash.db"
        folder.mkdir()
        generate(folder, args.files, args.seed)
        full = run_to_completion(ref_db, folder)
        reference = snapshot(ref_db)
        total = len(reference["sources"])
        violations = [f"reference: {p}" for p in reference["problems"]]
        # The first kill lands during start-up (schema creation); the rest after more sources.
        targets = [0] + [total * k // (args.kills + 1) for k in range(1, args.kills)]
        rng = random.Random(args.seed)
        kills = []
        for target in targets:
            jitter = 0.0 if target == 0 else rng.uniform(0, full / total)
            kills.append(kill_when(db, folder, target, jitter, deadline=2 * full + 10))
            if kills[-1] < target:
                violations.append(
                    f"ingest stalled: {kills[-1]} of {target} sources by the deadline"
                )
            violations += [f"after kill at {kills[-1]}: {v}" for v in check_crashed(db, reference)]
        run_to_completion(db, folder)
        final = snapshot(db)
        for key in ("sources", "claims", "speakers", "questions"):
            if final[key] != reference[key]:
                first = diff(final[key], reference[key])
                violations.append(f"final {key} differ from a clean single run: {first}")
        violations += [f"final: {p}" for p in final["problems"]]
    claims = sum(len(c) for c in reference["claims"].values())
    summary = {
        "files": args.files,
        "claims": claims,
        "landed_at_kills": kills,
        "violations": len(violations),
        "seconds": round(time.monotonic() - began, 1),
    }
    for violation in violations[:20]:
        print(f"crash_ingest: VIOLATION {violation}", file=sys.stderr)
    verdict = "ok" if not violations else "FAILED"
    print(f"crash_ingest: {verdict} {json.dumps(summary)}")
    return 1 if violations else 0


if __name__ == "__main__":
    sys.exit(main())
