"""Extraction throughput and peak memory of ``claimtrack extract``, start-up included.

    python benchmarks/bench_extract.py --corpora ../shared/corpora [--mb 5] [--jobs N]

Builds corpora of real news text by repeating the PolNeAR sample articles (distinct file names)
at two sizes, ``--mb / 2`` and ``--mb * 2``, and times ``claimtrack extract DIR --format jsonl``
on each as a subprocess, output to /dev/null. Each run is measured from a fresh helper process so
that ``RUSAGE_CHILDREN`` sees only that run: peak memory is the largest resident set of any one
process of it (with ``--jobs`` > 1, per process, not the sum). Target: >= 2 MB/s on the larger
corpus, and peak memory that does not grow with corpus size. Skips (exit 0) without the corpus.

Each size is run ``--repeat`` times (3 by default). MB/s is taken from the fastest run, as
``timeit`` does: the other runs were slowed by something else on the machine, not by claimtrack,
and on a shared virtual machine that noise is 20-30%. The median is printed beside it, and peak
memory is the largest of all runs.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

CORPUS = "polnear-train-sample"
TARGET_MB_S = 2.0
# Peak memory wobbles a little between runs; growing by half for four times the text is not flat.
MEMORY_GROWTH_LIMIT = 1.5
MB = 1_000_000


def claimtrack_command() -> str:
    """The ``claimtrack`` script installed next to this interpreter (the venv's)."""
    return str(Path(sys.executable).with_name("claimtrack"))


def build_corpus(texts: list[Path], folder: Path, size_mb: float) -> int:
    """Copies of ``texts`` in ``folder`` until they hold ``size_mb`` MB; returns bytes written."""
    folder.mkdir(parents=True, exist_ok=True)
    written, copy = 0, 0
    while written < size_mb * MB:
        for text in texts:
            data = text.read_bytes()
            (folder / f"{copy:04d}_{text.name}").write_bytes(data)
            written += len(data)
            if written >= size_mb * MB:
                break
        copy += 1
    return written


def measure(folder: Path, jobs: int) -> dict[str, float | int | str]:
    """Run the CLI once (from this process) and report wall time and peak RSS of the children."""
    command = [claimtrack_command(), "extract", str(folder), "--format", "jsonl"]
    if jobs > 1:
        command += ["--jobs", str(jobs)]
    started = time.perf_counter()
    done = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False)
    seconds = time.perf_counter() - started
    peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # kilobytes on Linux
    return {
        "seconds": seconds,
        "peak_mb": peak_kb / 1024,
        "returncode": done.returncode,
        "stderr": done.stderr.decode("utf-8", "replace")[-2000:],
    }


def measure_in_fresh_process(folder: Path, jobs: int) -> dict[str, float | int | str]:
    helper = [sys.executable, __file__, "--measure", str(folder), "--jobs", str(jobs)]
    done = subprocess.run(helper, capture_output=True, text=True, check=True)
    result: dict[str, float | int | str] = json.loads(done.stdout)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", type=Path, default=Path("../shared/corpora"))
    parser.add_argument("--mb", type=float, default=5.0, help="reference size; runs at mb/2, 2*mb")
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=3, help="runs per size; the fastest counts")
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.measure is not None:
        print(json.dumps(measure(args.measure, args.jobs)))
        return 0

    console = Console()
    texts = sorted((args.corpora / CORPUS / "text").glob("*.txt"))
    if not texts:
        console.print(f"bench_extract: skipped (no corpus at {args.corpora / CORPUS})")
        return 0
    table = Table(title=f"claimtrack extract --jobs {args.jobs}", title_justify="left")
    for name in ("corpus", "files", "best s", "median s", "MB/s", "peak RSS MB", "exit"):
        table.add_column(name, justify="right")
    runs: list[tuple[float, float, float]] = []  # (size MB, MB/s, peak MB)
    failed = False
    with tempfile.TemporaryDirectory(prefix="claimtrack-bench-") as tmp:
        for size in (args.mb / 2, args.mb * 2):
            folder = Path(tmp) / f"corpus-{size:g}mb"
            written = build_corpus(texts, folder, size)
            repeat = range(max(1, args.repeat))
            results = [measure_in_fresh_process(folder, args.jobs) for _ in repeat]
            times = sorted(float(r["seconds"]) for r in results)
            peak = max(float(r["peak_mb"]) for r in results)
            rate = written / MB / times[0]
            runs.append((written / MB, rate, peak))
            files = sum(1 for _ in folder.iterdir())
            code = max((int(r["returncode"]) for r in results), key=abs)
            failed |= code != 0
            table.add_row(
                f"{written / MB:.1f} MB", str(files), f"{times[0]:.2f}",
                f"{times[len(times) // 2]:.2f}", f"{rate:.2f}", f"{peak:.0f}", str(code),
            )  # fmt: skip
            for result in results:
                if int(result["returncode"]) != 0:
                    console.print(f"[red]claimtrack extract failed[/red]: {result['stderr']}")
                    break
    console.print(table)
    (_, _, small_peak), (big_size, big_rate, big_peak) = runs
    growth = big_peak / small_peak if small_peak else float("inf")
    verdicts = [
        (f"throughput on {big_size:.1f} MB >= {TARGET_MB_S:g} MB/s", big_rate >= TARGET_MB_S),
        (
            f"peak memory flat: x{growth:.2f} for x4 text (<= x{MEMORY_GROWTH_LIMIT:g})",
            growth <= MEMORY_GROWTH_LIMIT,
        ),
        ("every run exited 0", not failed),
    ]
    for name, ok in verdicts:
        console.print(f"{'[green]PASS[/green]' if ok else '[red]MISS[/red]'} {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
