"""The command line: parse arguments, call one service function, hand the models to ``render``."""

from __future__ import annotations

import functools
import gc
import os
import sys
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, ParamSpec, TypeVar

import typer
from pydantic import BaseModel, ValidationError
from rich.console import Console
from rich.markup import escape

from claimtrack import __version__, service
from claimtrack.errors import ClaimtrackError
from claimtrack.load import LoadFailure, SourceMeta
from claimtrack.models import Claim, IngestResult, Stance
from claimtrack.render import Format, print_detail, render

# The store, ingestion, progress bars and the HTML report are imported by the commands that use
# them: ``extract`` runs without any of them, and start-up time counts on every run.
if TYPE_CHECKING:
    from claimtrack.store import Store

DEBUG_ENV = "CLAIMTRACK_DEBUG"

app = typer.Typer(
    name="claimtrack",
    help="Attributed claims, questions and contradictions from news articles.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)

P = ParamSpec("P")
R = TypeVar("R")

# ---- options declared once ----------------------------------------------------------------------

FormatOpt = Annotated[
    Format | None,
    typer.Option(
        "--format",
        "-f",
        case_sensitive=False,
        help="table, json, jsonl or csv [default: table on a terminal, json otherwise]",
    ),
]
TopicOpt = Annotated[
    str | None,
    typer.Option("--topic", "--question", help="A question id or words: 'taliban vs isis'."),
]


def _stdout_console() -> Console:
    width = None if sys.stdout.isatty() or "COLUMNS" in os.environ else 160
    return Console(file=sys.stdout, width=width, highlight=False, soft_wrap=False)


def _stderr() -> Console:
    return Console(stderr=True, highlight=False)


def _format(fmt: Format | None) -> Format:
    if fmt is not None:
        return fmt
    return Format.TABLE if sys.stdout.isatty() else Format.JSON


def emit(rows: Iterable[BaseModel], fmt: Format | None) -> int:
    """Write rows to stdout in the chosen format."""
    return render(rows, _format(fmt), out=sys.stdout, console=_stdout_console())


def fail(message: str, hint: str | None = None) -> None:
    err = _stderr()
    err.print(f"[bold red]error:[/] {escape(message)}")
    if hint:
        err.print(f"[dim]hint:[/] {escape(hint)}")


def handles_errors(fn: Callable[P, R]) -> Callable[P, R]:
    """Print project errors once on stderr (exit 1); tracebacks only with CLAIMTRACK_DEBUG set."""

    @functools.wraps(fn)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return fn(*args, **kwargs)
        except ClaimtrackError as err:
            if os.environ.get(DEBUG_ENV):
                raise
            fail(err.message, err.hint)
            raise typer.Exit(1) from None
        except ValidationError as err:
            if os.environ.get(DEBUG_ENV):
                raise
            for problem in err.errors():
                path = ".".join(str(p) for p in problem["loc"])
                fail(f"{path}: {problem['msg']}")
            raise typer.Exit(1) from None
        except (typer.Exit, KeyboardInterrupt):
            raise
        except BrokenPipeError:
            # The reader went away (`| head`): stop quietly, as a Unix filter does.
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            raise typer.Exit(1) from None
        except Exception as err:  # the last line of defence: no traceback for users
            if os.environ.get(DEBUG_ENV):
                raise
            fail(f"internal error: {type(err).__name__}: {err}", f"set {DEBUG_ENV}=1 for details")
            raise typer.Exit(1) from None

    return wrapper


# ---- global options -----------------------------------------------------------------------------


def _version(value: bool) -> None:
    if value:
        print(f"claimtrack {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    ctx: typer.Context,
    db: Annotated[
        Path,
        typer.Option(envvar="CLAIMTRACK_DB", help="The SQLite database file."),
    ] = Path("claimtrack.db"),
    aliases: Annotated[
        Path | None,
        typer.Option(
            help="Extra entity aliases (YAML) [default: claimtrack.aliases.yaml by --db]."
        ),
    ] = None,
    relations: Annotated[
        Path | None,
        typer.Option(help="Extra relation lexicon (YAML) [default: claimtrack.relations.yaml]."),
    ] = None,
    questions: Annotated[
        Path | None,
        typer.Option(help="The analyst's questions file [default: claimtrack.questions.yaml]."),
    ] = None,
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version.")
    ] = False,
) -> None:
    """Attributed claims, questions and contradictions from news articles."""
    ctx.obj = service.Settings(db=db, aliases=aliases, relations=relations, questions=questions)


def _settings(ctx: typer.Context) -> service.Settings:
    settings = ctx.obj
    assert isinstance(settings, service.Settings)
    return settings


class _Session:
    """An open store with the lexicon and decisions loaded and the frames up to date."""

    def __init__(self, ctx: typer.Context, *, must_exist: bool = True) -> None:
        settings = _settings(ctx)
        self.lexicon = settings.lexicon()
        self.store: Store = service.open_store(settings, must_exist=must_exist)
        self.decisions = service.decisions(self.store, settings)
        service.refresh_frames(self.store, self.lexicon, self.decisions)

    def __enter__(self) -> _Session:
        return self

    def __exit__(self, *exc: object) -> None:
        self.store.close()


def _iso_date(value: str | None) -> str | None:
    """Typer callback: a partial ISO date, or a usage error (exit 2)."""
    try:
        return service.check_iso(value, "date")
    except ClaimtrackError as err:
        raise typer.BadParameter(err.message) from None


# ---- commands -----------------------------------------------------------------------------------


@app.command()
@handles_errors
def ingest(
    ctx: typer.Context,
    paths: Annotated[list[Path], typer.Argument(help="Files and folders (.txt, .md, .html).")],
    title: Annotated[str | None, typer.Option(help="Title for the given files.")] = None,
    outlet: Annotated[str | None, typer.Option(help="Outlet for the given files.")] = None,
    published: Annotated[
        str | None, typer.Option(help="ISO date: 2017, 2017-03, 2017-03-27.")
    ] = None,
    url: Annotated[str | None, typer.Option(help="URL of the article.")] = None,
    fmt: FormatOpt = None,
) -> None:
    """Read articles into the database; re-running is safe, changed files replace their claims."""
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
    )

    from claimtrack.ingest import ingest as ingest_paths

    meta = SourceMeta(title=title, outlet=outlet, published=published, url=url)
    err = _stderr()
    with _Session(ctx, must_exist=False) as session:
        show_bar = err.is_terminal
        progress = Progress(
            TextColumn("[bold]ingest"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.description}"),
            TimeElapsedColumn(),
            console=err,
            disable=not show_bar,
            transient=True,
        )
        task = progress.add_task("", total=None)

        def on_progress(result: IngestResult, done: int, total: int) -> None:
            progress.update(task, completed=done, total=total, description=Path(result.path).name)
            if result.status == "failed":
                progress.console.print(
                    f"[bold red]failed:[/] {escape(result.path)}: {escape(result.error or '')}"
                )
            for warning in result.warnings:
                progress.console.print(
                    f"[yellow]warning:[/] {escape(result.path)}: {escape(warning)}"
                )

        with progress:
            results = ingest_paths(
                paths, session.store, meta, session.lexicon, session.decisions, on_progress
            )
    emit(results, fmt)
    failed = sum(r.status == "failed" for r in results)
    if not results:
        fail("no article files found", "give .txt, .md or .html files, or folders holding them")
        raise typer.Exit(1)
    if failed:
        err.print(f"[red]{failed} of {len(results)} files failed; the others were ingested[/]")
        raise typer.Exit(1)


@app.command()
@handles_errors
def extract(
    paths: Annotated[list[Path], typer.Argument(help="Files and folders to read.")],
    jobs: Annotated[int, typer.Option(min=1, help="Worker processes.")] = 1,
    fmt: FormatOpt = None,
) -> None:
    """Extract claims without a database: every span, and the path each claim came from."""
    failures: list[LoadFailure] = []

    def claims() -> Iterable[Claim]:
        for item in service.extract_paths(paths, jobs=jobs):
            if isinstance(item, LoadFailure):
                fail(f"{item.path}: {item.reason}")
                failures.append(item)
            else:
                yield item

    emit(claims(), fmt)
    if failures:
        raise typer.Exit(1)


@app.command()
@handles_errors
def sources(ctx: typer.Context, fmt: FormatOpt = None) -> None:
    """List the articles in the database."""
    with _Session(ctx) as session:
        emit(session.store.sources(), fmt)


@app.command()
@handles_errors
def speakers(ctx: typer.Context, fmt: FormatOpt = None) -> None:
    """List canonical speakers with their claim and source counts."""
    with _Session(ctx) as session:
        emit(session.store.speakers(), fmt)


def _query(
    speaker: str | None,
    source: str | None,
    topic: str | None,
    stance: Stance | None,
    since: str | None,
    until: str | None,
    limit: int | None,
) -> service.ClaimQuery:
    return service.ClaimQuery(
        speaker=speaker,
        source=source,
        topic=topic,
        stance=stance,
        since=since,
        until=until,
        limit=limit,
    )


SpeakerOpt = Annotated[str | None, typer.Option(help="Fuzzy speaker name: 'kabulov'.")]
SourceOpt = Annotated[str | None, typer.Option(help="A source id (or prefix) or path.")]
StanceOpt = Annotated[Stance | None, typer.Option(case_sensitive=False, help="yes, no or unclear.")]
SinceOpt = Annotated[
    str | None, typer.Option(callback=_iso_date, help="Claims made on or after this ISO date.")
]
UntilOpt = Annotated[
    str | None, typer.Option(callback=_iso_date, help="Claims made on or before this ISO date.")
]
LimitOpt = Annotated[int | None, typer.Option(min=1, help="At most this many claims.")]


@app.command()
@handles_errors
def claims(
    ctx: typer.Context,
    speaker: SpeakerOpt = None,
    source: SourceOpt = None,
    topic: TopicOpt = None,
    stance: StanceOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    limit: LimitOpt = None,
    fmt: FormatOpt = None,
) -> None:
    """List claims, filtered by speaker, source, question, stance and date."""
    query = _query(speaker, source, topic, stance, since, until, limit)
    with _Session(ctx) as session:
        emit(service.find_claims(session.store, session.lexicon, query), fmt)


@app.command()
@handles_errors
def questions(
    ctx: typer.Context,
    contested: Annotated[bool, typer.Option(help="Only questions with yes and no.")] = False,
    topic: TopicOpt = None,
    limit: Annotated[int | None, typer.Option(min=1, help="At most this many questions.")] = None,
    fmt: FormatOpt = None,
) -> None:
    """List the questions claims answer, with counts per stance."""
    with _Session(ctx) as session:
        found = service.questions(
            session.store,
            session.lexicon,
            session.decisions,
            contested=contested,
            topic=topic,
            limit=limit,
        )
        emit(found, fmt)


@app.command()
@handles_errors
def contradictions(
    ctx: typer.Context,
    topic: TopicOpt = None,
    limit: Annotated[
        int | None, typer.Option(min=1, help="Look at this many questions (most claims first).")
    ] = None,
    fmt: FormatOpt = None,
) -> None:
    """Pairs of claims that answer one question in opposite ways."""
    with _Session(ctx) as session:
        emit(service.contradictions(session.store, session.lexicon, topic, limit), fmt)


@app.command()
@handles_errors
def show(
    ctx: typer.Context,
    claim_id: Annotated[str, typer.Argument(metavar="ID", help="A claim id (or a unique prefix).")],
    fmt: FormatOpt = None,
) -> None:
    """One claim in its context, spans highlighted, with the other claims on its question."""
    with _Session(ctx) as session:
        detail = service.show_claim(session.store, claim_id)
    chosen = _format(fmt)
    if chosen is Format.TABLE:
        print_detail(detail, _stdout_console())
    elif chosen is Format.JSON:
        sys.stdout.write(detail.model_dump_json(indent=2) + "\n")
    else:
        emit([detail], chosen)


@app.command()
@handles_errors
def export(
    ctx: typer.Context,
    out: Annotated[str, typer.Argument(metavar="OUT", help="A file, or - for stdout.")],
    fmt: Annotated[
        Format | None,
        typer.Option("--format", "-f", case_sensitive=False, help="csv (default), json or jsonl."),
    ] = None,
    speaker: SpeakerOpt = None,
    source: SourceOpt = None,
    topic: TopicOpt = None,
    stance: StanceOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
) -> None:
    """Write the claim table as CSV (spreadsheet-safe), JSON or JSONL."""
    chosen = fmt or {".json": Format.JSON, ".jsonl": Format.JSONL}.get(Path(out).suffix, Format.CSV)
    if chosen is Format.TABLE:
        raise typer.BadParameter("export writes csv, json or jsonl", param_hint="--format")
    query = _query(speaker, source, topic, stance, since, until, None)
    with _Session(ctx) as session:
        rows = service.iter_export(session.store, session.lexicon, query)
        if out == "-":
            count = render(rows, chosen, out=sys.stdout)
        else:
            count = _write_atomically(Path(out), lambda handle: render(rows, chosen, out=handle))
    if out != "-":
        _stderr().print(f"wrote {count} claims to {escape(out)}")


def _write_atomically(path: Path, write: Callable[[Any], int]) -> int:
    """Write beside ``path`` and rename, so no half-written export is ever left."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            count = write(handle)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return count


@app.command()
@handles_errors
def report(
    ctx: typer.Context,
    out: Annotated[str, typer.Argument(metavar="OUT", help="The HTML file to write, or -.")],
    topic: TopicOpt = None,
    everything: Annotated[
        bool, typer.Option("--all", help="Every question, not only the contested ones.")
    ] = False,
) -> None:
    """Write an HTML evidence matrix: per question, who answers yes, no or unclear."""
    from claimtrack.render.html import html_report

    with _Session(ctx) as session:
        items = service.report(
            session.store,
            session.lexicon,
            session.decisions,
            topic=topic,
            contested_only=not everything and not topic,
        )
    page = html_report(items)
    if out == "-":
        sys.stdout.write(page)
        return
    _write_atomically(Path(out), lambda handle: handle.write(page))
    _stderr().print(f"wrote {len(items)} questions to {escape(out)}")


@app.command()
@handles_errors
def compare(
    ctx: typer.Context,
    a: Annotated[str, typer.Argument(metavar="A", help="The first statement.")],
    b: Annotated[str, typer.Argument(metavar="B", help="The second statement.")],
    fmt: FormatOpt = None,
) -> None:
    """Do two statements answer the same question, and does B agree with A?"""
    result = service.compare(a, b, _settings(ctx).lexicon())
    emit([result], fmt)


def main() -> None:
    """Console-script entry point."""
    # The modules, compiled patterns and lexicons loaded by now live as long as the process: keep
    # them out of every later garbage collection, and collect less often. A run allocates millions
    # of short-lived objects, almost none of them in reference cycles.
    gc.freeze()
    gc.set_threshold(50_000, 20, 20)
    app()
