"""Reading articles: the I/O boundary (``discover``, ``read_source``) around pure parsing.

Guarantees, for every source this module returns:

- ``Source.text`` is the decoded file with its byte-order mark removed and nothing else changed:
  line endings (``\\r\\n``, ``\\r``) are kept, so for a text or markdown file
  ``text == path.open(encoding=encoding, newline="").read().removeprefix("\\ufeff")``.
  For HTML, ``text`` is the article text trafilatura extracts from the page; spans index that text.
- Every span of every claim indexes ``Source.text``. YAML front matter stays in ``text`` but is
  never body: ``Source.body`` starts after it (see ``claimtrack.clean``).
- ``Source.sha256`` is the hash of the file's bytes; ``Source.id`` its first 12 hex digits.

Decisions, each with a clear message in a ``SourceError`` when refused:

- Files larger than ``MAX_BYTES`` (50 MB) are refused before they are read.
- Encodings: UTF-8 (BOM or not), UTF-16/32 with a BOM; otherwise the best guess of
  charset-normalizer, preferring cp1252 when it fits as well as any other (scraper output in
  cp1252/latin-1 is by far the commonest). NUL bytes or control characters mean binary: refused.
- Front matter and ``published`` dates: see ``claimtrack.metadata`` (unclosed or invalid front
  matter and impossible dates are refused). Only the ``published`` value that wins is checked, so
  ``--published`` rescues a file with a bad date.
- Metadata precedence: explicit ``meta`` (the ingest flags) > front matter (or HTML page
  metadata) > the folder's manifest.
- A manifest is ``manifest.yaml``, ``manifest.yml``, ``manifest.json`` or ``manifest.csv`` in a
  folder; it maps file names (relative to that folder, ``/``-separated) to metadata and applies to
  files in that folder and below (the nearest manifest naming a file wins). YAML/JSON: a mapping
  ``{name: {title, outlet, published, url}}`` or a list of such mappings with a ``file`` key. CSV: a
  header row with ``file`` and any of the four keys.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import io
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from claimtrack.clean import body_regions
from claimtrack.metadata import (
    META_KEYS,
    SourceError,
    SourceMeta,
    front_matter,
    iso_partial,
    load_yaml,
    meta_from,
    one_line,
    scalar,
)
from claimtrack.models import Source

MAX_BYTES = 50_000_000
SUFFIXES = frozenset({".txt", ".md", ".markdown", ".html", ".htm"})
MANIFEST_NAMES = ("manifest.yaml", "manifest.yml", "manifest.json", "manifest.csv")


@dataclass(frozen=True)
class LoadFailure:
    """A path that could not be read, with the reason a person can act on."""

    path: Path
    reason: str


@dataclass(frozen=True)
class LoadedSource:
    """A source and the warnings raised while reading it (ignored keys and the like)."""

    source: Source
    warnings: list[str]
    encoding: str


# --- discovery ---------------------------------------------------------------------------------


def discover(
    paths: Sequence[Path], manifests: Manifests | None = None
) -> Iterator[Path | LoadFailure]:
    """Article files under ``paths``: files as given (whatever their suffix), folders recursively
    in sorted order (``SUFFIXES`` only), each file once.

    Hidden files and folders are skipped; symlink loops, unreadable folders, missing paths, pipes
    and devices, and broken manifests are yielded as ``LoadFailure`` rather than raised.
    """
    found = manifests or Manifests()
    yielded: set[Path] = set()  # a file named twice, or in a folder also given, is read once
    for item in _given(paths, found):
        if isinstance(item, LoadFailure) or item.absolute() not in yielded:
            yield item
        if isinstance(item, Path):
            yielded.add(item.absolute())


def _given(paths: Sequence[Path], manifests: Manifests) -> Iterator[Path | LoadFailure]:
    for path in paths:
        if path.is_dir():
            yield from _walk(path, manifests, set())
        elif path.is_file():
            yield path  # named explicitly: read whatever its suffix
        elif path.exists():
            yield LoadFailure(path, "not a regular file (a device, pipe or socket)")
        elif path.is_symlink():
            yield LoadFailure(path, "broken symbolic link (its target does not exist)")
        else:
            yield LoadFailure(path, "no such file or folder")


def _walk(
    folder: Path, manifests: Manifests, seen: set[tuple[int, int]]
) -> Iterator[Path | LoadFailure]:
    try:
        stat = folder.stat()
        key = (stat.st_dev, stat.st_ino)
        if key in seen:
            yield LoadFailure(folder, "symbolic link loop: this folder is already being read")
            return
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as exc:
        yield LoadFailure(folder, f"cannot read folder: {exc.strerror or exc}")
        return
    seen = seen | {key}
    failure = manifests.failure(folder)
    if failure:
        yield failure
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        try:
            is_dir = entry.is_dir()
            is_file = entry.is_file()
        except OSError as exc:
            yield LoadFailure(path, f"cannot read: {exc.strerror or exc}")
            continue
        if is_dir:
            yield from _walk(path, manifests, seen)
        elif is_file and path.suffix.lower() in SUFFIXES:
            yield path
        elif entry.is_symlink() and not path.exists():
            yield LoadFailure(path, "broken symbolic link (its target does not exist)")
        elif not is_file and path.suffix.lower() in SUFFIXES:
            yield LoadFailure(path, "not a regular file (a device, pipe or socket)")


class Manifests:
    """Folder manifests, read once each and looked up per file."""

    def __init__(self) -> None:
        self._cache: dict[str, dict[str, SourceMeta] | LoadFailure | None] = {}

    def _load(self, folder: Path | str) -> dict[str, SourceMeta] | LoadFailure | None:
        key = folder if isinstance(folder, str) else str(folder.absolute())
        if key not in self._cache:
            self._cache[key] = _read_manifest(key)
        return self._cache[key]

    def failure(self, folder: Path) -> LoadFailure | None:
        """The error of ``folder``'s manifest, when it has a broken one."""
        loaded = self._load(folder)
        return loaded if isinstance(loaded, LoadFailure) else None

    def meta_for(self, path: Path) -> SourceMeta | None:
        """Metadata the nearest manifest gives ``path``, if any."""
        full = str(path.absolute())
        folder = os.path.dirname(full)
        while True:  # every parent folder, nearest first (as ``Path.parents``), as strings
            loaded = self._load(folder)
            if isinstance(loaded, dict):
                found = loaded.get(full[len(folder) :].lstrip(os.sep).replace(os.sep, "/"))
                if found:
                    return found
            parent = os.path.dirname(folder)
            if parent == folder:
                return None
            folder = parent


def _read_manifest(folder: str) -> dict[str, SourceMeta] | LoadFailure | None:
    for name in MANIFEST_NAMES:
        where = os.path.join(folder, name)
        if not os.path.isfile(where):
            continue
        path = Path(where)
        try:
            raw = path.read_text(encoding="utf-8-sig")
            rows = _manifest_rows(raw, name.endswith(".csv"))
            entries: dict[str, SourceMeta] = {}
            for row in rows:
                file = str(row.pop("file", "") or "").strip()
                if not file:
                    raise ValueError("an entry has no 'file'")
                fields = {k: scalar(v) for k, v in row.items() if k in META_KEYS}
                entries[file.replace("\\", "/").removeprefix("./")] = meta_from(fields)
            return entries
        except (OSError, UnicodeDecodeError, ValueError, csv.Error) as exc:  # YamlError is one
            return LoadFailure(path, f"broken manifest: {one_line(exc)}")
    return None


def _manifest_rows(raw: str, is_csv: bool) -> list[dict[str, Any]]:
    if is_csv:
        return [dict(row) for row in csv.DictReader(io.StringIO(raw))]
    data = load_yaml(raw)
    if data is None:
        return []
    if isinstance(data, dict):
        rows = []
        for file, fields in data.items():
            if not isinstance(fields, dict):
                raise ValueError(f"entry {file!r} is not a mapping of title/outlet/published/url")
            rows.append({**fields, "file": file})
        return rows
    if isinstance(data, list) and all(isinstance(row, dict) for row in data):
        return [dict(row) for row in data]
    raise ValueError("expected a mapping of file name to metadata, or a list of entries")


# --- reading -----------------------------------------------------------------------------------


def read_source(
    path: Path,
    meta: SourceMeta | None = None,
    manifests: Manifests | None = None,
    max_bytes: int = MAX_BYTES,
) -> Source:
    """Read one file into a ``Source``. Raises ``SourceError`` with the reason when it cannot."""
    return load_source(path, meta, manifests, max_bytes).source


def load_source(
    path: Path,
    meta: SourceMeta | None = None,
    manifests: Manifests | None = None,
    max_bytes: int = MAX_BYTES,
) -> LoadedSource:
    """``read_source`` with the warnings raised and the encoding used."""
    try:
        if not path.is_file():
            raise SourceError(
                "not a regular file (a device, pipe or socket)"
                if path.exists()
                else "no such file or folder"
            )
        size = path.stat().st_size
        if size <= max_bytes:
            with path.open("rb") as handle:
                data = handle.read(max_bytes + 1)
            size = len(data)  # it may have grown since it was looked at
    except OSError as exc:
        raise SourceError(f"cannot read: {exc.strerror or exc}") from exc
    if size > max_bytes:
        raise SourceError(
            f"file is {size / 1e6:.1f} MB; the limit is {max_bytes / 1e6:.0f} MB",
            hint="split the file into articles; claimtrack reads one article per file",
        )
    from_manifest = (manifests or Manifests()).meta_for(path)
    return parse_loaded(data, str(path), meta, from_manifest)


def parse_source(
    data: bytes,
    path: str,
    meta: SourceMeta | None = None,
    manifest_meta: SourceMeta | None = None,
) -> Source:
    """Pure: the bytes of a file into a ``Source``. Raises ``SourceError`` with the reason."""
    return parse_loaded(data, path, meta, manifest_meta).source


def parse_loaded(
    data: bytes,
    path: str,
    meta: SourceMeta | None = None,
    manifest_meta: SourceMeta | None = None,
) -> LoadedSource:
    """``parse_source`` with the warnings raised and the encoding used."""
    if not data.strip():
        raise SourceError("file is empty", hint="nothing to read; remove the file")
    text, encoding = decode(data)
    if not text.strip():
        raise SourceError("file is empty", hint="nothing to read; remove the file")
    sha = hashlib.sha256(data).hexdigest()
    warnings: list[str] = []
    page: SourceMeta | None
    if _is_html(path, text):
        text, page = _extract_html(text)
        fmt, body_start = "html", 0
    else:
        page, body_start = front_matter(text, warnings)
        fmt = "markdown" if path.lower().endswith((".md", ".markdown")) else "text"
        if not text[body_start:].strip():
            raise SourceError("file has front matter but no article text after it")
    merged = (meta or SourceMeta()).over(page).over(manifest_meta)
    try:
        published = iso_partial(merged.published) if merged.published else None
    except ValueError as exc:
        raise SourceError(
            f"published {exc}", hint="fix the date, or pass --published YYYY-MM-DD"
        ) from exc
    source = Source(
        id=sha[:12],
        path=path,
        title=merged.title,
        outlet=merged.outlet,
        published=published,
        url=merged.url,
        sha256=sha,
        text=text,
        body=body_regions(text, body_start),
        format=fmt,
    )
    return LoadedSource(source, warnings, encoding)


def decode(data: bytes) -> tuple[str, str]:
    """The text of ``data`` (BOM removed) and the encoding used. ``SourceError`` when binary."""
    for bom, codec in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return _check_text(data.decode(codec)), codec
            except UnicodeDecodeError as exc:
                raise SourceError(
                    f"starts with a {codec} byte-order mark but is not valid {codec} "
                    f"(byte {exc.start})"
                ) from exc
    if b"\x00" in data:
        raise SourceError(
            "binary file (contains NUL bytes), not an article",
            hint="claimtrack reads .txt, .md and .html; a UTF-16 file needs a byte-order mark",
        )
    try:
        return _check_text(data.decode("utf-8")), "utf-8"
    except UnicodeDecodeError:
        pass
    import charset_normalizer

    results = list(charset_normalizer.from_bytes(data))
    if not results:
        raise SourceError(
            "not text in any encoding claimtrack recognises",
            hint="convert the file to UTF-8",
        )
    best = min(r.chaos for r in results)
    close = [r.encoding for r in results if r.chaos <= best + 0.05]
    encoding = "cp1252" if "cp1252" in close else results[0].encoding
    try:
        return _check_text(data.decode(encoding)), encoding
    except UnicodeDecodeError as exc:  # pragma: no cover - charset-normalizer checked it decodes
        raise SourceError(f"cannot decode as {encoding}: {exc}") from exc


_MIN_HTML_TEXT = 25  # below this trafilatura has found a menu or a cookie notice, not an article
# C0 controls other than tab, line feed, form feed and carriage return; and DEL.
CONTROL_BYTES = bytes([*range(0x00, 0x09), 0x0B, *range(0x0E, 0x20), 0x7F])


def control_count(text: str) -> int:
    """How many control characters (``CONTROL_BYTES``) ``text`` holds. Counted on its UTF-8 form,
    where each is one byte and every other character is made of bytes >= 0x80: ``bytes.translate``
    runs through that far faster than ``re`` tests each character against a class."""
    raw = text.encode("utf-8", "surrogatepass")
    return len(raw) - len(raw.translate(None, CONTROL_BYTES))


def _check_text(text: str) -> str:
    sample = text[:65536]
    if sample and control_count(sample) > max(2, len(sample) // 100):
        raise SourceError(
            "binary file (control characters throughout), not an article",
            hint="claimtrack reads .txt, .md and .html files",
        )
    return text


def _is_html(path: str, text: str) -> bool:
    if path.lower().endswith((".html", ".htm")):
        return True
    head = text[:512].lstrip().lower()
    return head.startswith(("<!doctype html", "<html"))


def _extract_html(html: str) -> tuple[str, SourceMeta]:
    import trafilatura  # slow to import: only when a page is read

    document = trafilatura.bare_extraction(html, with_metadata=True)
    text = getattr(document, "text", None) if document is not None else None
    if not text or len(str(text).strip()) < _MIN_HTML_TEXT:
        raise SourceError(
            "no article text found in the HTML page",
            hint="save the article page itself, or paste its text into a .txt file",
        )
    fields: dict[str, str | None] = {}
    for key, attr in (("title", "title"), ("outlet", "sitename"), ("url", "url")):
        value = getattr(document, attr, None)
        fields[key] = str(value) if value else None
    date = getattr(document, "date", None)
    try:
        fields["published"] = iso_partial(str(date)) if date else None
    except ValueError:
        fields["published"] = None  # a page's guessed date is a hint, never a reason to refuse
    return str(text), meta_from(fields)


__all__ = [
    "MAX_BYTES",
    "LoadFailure",
    "LoadedSource",
    "Manifests",
    "SourceError",
    "SourceMeta",
    "decode",
    "discover",
    "iso_partial",
    "load_source",
    "parse_loaded",
    "parse_source",
    "read_source",
]
