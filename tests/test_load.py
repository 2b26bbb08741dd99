"""Reading articles: encodings, front matter, dates, manifests, HTML and folder discovery."""

from __future__ import annotations

import hashlib
import json
import os
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrack.load import (
    LoadFailure,
    Manifests,
    SourceError,
    SourceMeta,
    control_count,
    discover,
    iso_partial,
    load_source,
    parse_loaded,
    parse_source,
    read_source,
)

ARTICLE = "“We are not talking to Russia,” a Taliban spokesman told Al Jazeera on Saturday.\n"


def write(folder: Path, name: str, content: str | bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8", newline="")
    else:
        path.write_bytes(content)
    return path


# --- decoding ----------------------------------------------------------------------------------


CP1252 = "The minister said: “We will not negotiate” — café.\n"
LATIN1 = "Le ministre a déclaré à la presse que les négociations étaient terminées.\n"
CP1251 = "Министр заявил, что переговоры продолжаются уже несколько недель.\n"


@pytest.mark.parametrize(
    "data, text",
    [
        (ARTICLE.encode("utf-8"), ARTICLE),
        (b"\xef\xbb\xbf" + ARTICLE.encode("utf-8"), ARTICLE),  # UTF-8 BOM removed
        (ARTICLE.encode("utf-16"), ARTICLE),  # UTF-16 with BOM (native order)
        (b"\xfe\xff" + ARTICLE.encode("utf-16-be"), ARTICLE),
        (b"\xff\xfe\x00\x00" + ARTICLE.encode("utf-32-le"), ARTICLE),
        (CP1252.encode("cp1252"), CP1252),  # scraper output: curly quotes, dashes, accents
        (LATIN1.encode("latin-1"), LATIN1),
        (CP1251.encode("cp1251"), CP1251),
    ],
)
def test_text_is_decoded_in_its_encoding(data: bytes, text: str) -> None:
    source = parse_source(data, "a.txt")
    assert source.text == text
    assert source.sha256 == hashlib.sha256(data).hexdigest()
    assert source.id == source.sha256[:12]


@pytest.mark.parametrize(
    "data, reason",
    [
        (b"", "file is empty"),
        (b"  \n\r\n\t ", "file is empty"),
        (b"\xef\xbb\xbf", "file is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "binary file"),
        (bytes(range(1, 32)) * 200, "binary file"),
        (b"\xff\xfe" + b"\x00\xd8" * 3, "not valid utf-16"),
    ],
)
def test_unreadable_content_is_refused_with_the_reason(data: bytes, reason: str) -> None:
    with pytest.raises(SourceError, match=reason):
        parse_source(data, "a.txt")


def test_line_endings_are_kept_and_spans_index_the_text_as_read(tmp_path: Path) -> None:
    body = "First line.\r\nKabulov said: “We talk.”\r\nOld Mac line.\rEnd.\r\n"
    path = write(tmp_path, "crlf.txt", "---\r\ntitle: CRLF\r\n---\r\n" + body)
    source = read_source(path)
    assert source.text == path.open(encoding="utf-8", newline="").read()
    assert source.title == "CRLF"
    start = source.text.index("“We talk.”")
    assert source.text[start : start + 10] == "“We talk.”"
    assert source.text[source.body[0].start :].startswith("First line.\r\n")


def test_bom_is_the_only_thing_removed(tmp_path: Path) -> None:
    path = write(tmp_path, "bom.md", b"\xef\xbb\xbf---\ntitle: T\n---\nBody.\n")
    source = read_source(path)
    assert source.text == path.open(encoding="utf-8-sig", newline="").read()
    assert source.title == "T"


# --- front matter and dates --------------------------------------------------------------------


@pytest.mark.parametrize(
    "head, expected",
    [
        ('title: "A: B"\noutlet: VOA\npublished: 2017-03-27\nurl: https://x.org/a\n',
         {"title": "A: B", "outlet": "VOA", "published": "2017-03-27", "url": "https://x.org/a"}),
        ("published: 2017\n", {"published": "2017"}),
        ("published: '2017-03'\n", {"published": "2017-03"}),
        ("date: 2016-02-29\n", {"published": "2016-02-29"}),  # "date" is an alias; a leap day
        ("published: 2017-03-27T10:00:00Z\n", {"published": "2017-03-27"}),
        ("published: 2017-03-27 10:00:00\n", {"published": "2017-03-27"}),
        ("Title: Upper\n", {"title": "Upper"}),
        ("", {}),
    ],
)  # fmt: skip
def test_front_matter_sets_metadata(head: str, expected: dict[str, str]) -> None:
    source = parse_source(f"---\n{head}---\nBody text.\n".encode(), "a.md")
    got = {k: getattr(source, k) for k in ("title", "outlet", "published", "url")}
    assert {k: v for k, v in got.items() if v is not None} == expected
    assert source.text[source.body[0].start : source.body[-1].end] == "Body text."
    assert source.format == "markdown"


def test_unknown_front_matter_keys_are_ignored_with_a_warning() -> None:
    loaded = parse_loaded(b"---\ntitle: T\nauthor: Ayaz Gul\ntags: [a, b]\n---\nBody.\n", "a.md")
    assert loaded.source.title == "T"
    assert loaded.warnings == [
        "front matter key 'author' ignored (known: title, outlet, published, url)",
        "front matter key 'tags' ignored (known: title, outlet, published, url)",
    ]


@pytest.mark.parametrize(
    "content, reason",
    [
        ("---\ntitle: T\nBody never closed.\n", "never closed"),
        ("---\ntitle: [unclosed\n---\nBody.\n", "not valid YAML"),
        ("---\ntitle: a: b: c\n---\nBody.\n", "not valid YAML"),
        ("---\n- a\n- b\n---\nBody.\n", "not a list"),
        ("---\ntitle:\n  nested: x\n---\nBody.\n", "is not a single value"),
        ("---\npublished: 2017-02-30\n---\nBody.\n", "February 2017 has 28 days"),
        ("---\npublished: 2017-13\n---\nBody.\n", "there is no month 13"),
        ("---\npublished: March 27, 2017\n---\nBody.\n", "is not an ISO date"),
        ("---\n---\n", "front matter but no article text"),
        ("---\ntitle: T\n---\n\n  \n", "front matter but no article text"),
    ],
)
def test_broken_front_matter_is_refused_with_the_reason(content: str, reason: str) -> None:
    with pytest.raises(SourceError, match=reason):
        parse_source(content.encode(), "a.md")


def test_a_flag_overrides_front_matter_and_rescues_a_bad_date() -> None:
    data = b"---\ntitle: From file\npublished: 2017-02-30\n---\nBody.\n"
    source = parse_source(data, "a.md", SourceMeta(published="2017-02-28", outlet="Flag"))
    assert (source.title, source.outlet, source.published) == ("From file", "Flag", "2017-02-28")


def test_the_flag_itself_is_validated() -> None:
    with pytest.raises(ValueError, match="April 2017 has 30 days"):
        SourceMeta(published="2017-04-31")


@pytest.mark.parametrize(
    "value, ok",
    [("2017", True), ("2017-03", True), ("2016-02-29", True), ("2000-02-29", True),
     ("1900-02-29", False), ("2017-00", False), ("2017-03-00", False), ("17-03-01", False),
     ("2017/03/01", False), ("", False)],
)  # fmt: skip
def test_iso_partial(value: str, ok: bool) -> None:
    if ok:
        assert iso_partial(value) == value
    else:
        with pytest.raises(ValueError):
            iso_partial(value)


# --- manifests ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name, content",
    [
        ("manifest.yaml", "a.txt: {title: From manifest, outlet: M, published: 2019-05}\n"),
        ("manifest.json", json.dumps([{"file": "a.txt", "title": "From manifest", "outlet": "M",
                                       "published": "2019-05"}])),
        ("manifest.csv", "file,title,outlet,published\na.txt,From manifest,M,2019-05\n"),
    ],
)  # fmt: skip
def test_a_folder_manifest_gives_metadata_below_front_matter(
    tmp_path: Path, name: str, content: str
) -> None:
    write(tmp_path, name, content)
    write(tmp_path, "a.txt", "---\noutlet: Front matter\n---\nBody.\n")
    files = [p for p in discover([tmp_path]) if isinstance(p, Path)]
    assert [p.name for p in files] == ["a.txt"]  # the manifest is not an article
    source = read_source(files[0], manifests=Manifests())
    assert (source.title, source.outlet, source.published) == (
        "From manifest",
        "Front matter",
        "2019-05",
    )


def test_a_manifest_names_files_in_subfolders_and_the_nearest_wins(tmp_path: Path) -> None:
    write(tmp_path, "manifest.yaml", "sub/a.txt: {title: Outer}\nsub/b.txt: {title: Outer B}\n")
    write(tmp_path, "sub/manifest.yaml", "a.txt: {title: Inner}\n")
    a, b = write(tmp_path, "sub/a.txt", "Body."), write(tmp_path, "sub/b.txt", "Body.")
    assert read_source(a).title == "Inner"
    assert read_source(b).title == "Outer B"


def test_a_broken_manifest_is_reported_and_its_files_still_read(tmp_path: Path) -> None:
    write(tmp_path, "manifest.yaml", "a.txt: [not, a, mapping]\n")
    write(tmp_path, "a.txt", "Body.")
    found = list(discover([tmp_path]))
    failures = [f for f in found if isinstance(f, LoadFailure)]
    assert [(f.path.name, f.reason) for f in failures] == [
        ("manifest.yaml", "broken manifest: entry 'a.txt' is not a mapping of "
         "title/outlet/published/url"),
    ]  # fmt: skip
    assert read_source(tmp_path / "a.txt").title is None


# --- discovery ---------------------------------------------------------------------------------


def test_discover_walks_folders_sorted_and_skips_hidden_and_other_files(tmp_path: Path) -> None:
    for name in ["b.md", "a.txt", "c.HTML", "d.htm", "e.markdown", "notes.pdf", ".hidden.txt",
                 ".git/x.txt", "sub/z.txt", "sub/y.md"]:  # fmt: skip
        write(tmp_path, name, "Body.")
    names = [p.relative_to(tmp_path).as_posix() for p in discover([tmp_path])]  # type: ignore[union-attr]
    assert names == ["a.txt", "b.md", "c.HTML", "d.htm", "e.markdown", "sub/y.md", "sub/z.txt"]


def test_a_file_named_twice_is_read_once_and_a_pipe_is_refused(tmp_path: Path) -> None:
    a = write(tmp_path, "a.txt", "Body.")
    os.mkfifo(tmp_path / "pipe.txt")
    found = list(discover([a, tmp_path, Path(str(a))]))
    assert found == [
        a,
        LoadFailure(tmp_path / "pipe.txt", "not a regular file (a device, pipe or socket)"),
    ]
    with pytest.raises(SourceError, match="not a regular file"):
        read_source(tmp_path / "pipe.txt")  # refused, never opened: reading would block forever
    with pytest.raises(SourceError, match="no such file or folder"):
        read_source(tmp_path / "gone.txt")


def test_discover_reports_missing_paths_links_and_loops(tmp_path: Path) -> None:
    write(tmp_path, "ok.txt", "Body.")
    (tmp_path / "loop").symlink_to(tmp_path)
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "nowhere.txt")
    found = list(discover([tmp_path, tmp_path / "missing.md"]))
    assert [p.name for p in found if isinstance(p, Path)] == ["ok.txt"]
    reasons = {f.path.name: f.reason for f in found if isinstance(f, LoadFailure)}
    assert reasons == {
        "dangling.txt": "broken symbolic link (its target does not exist)",
        "loop": "symbolic link loop: this folder is already being read",
        "missing.md": "no such file or folder",
    }


def test_an_unreadable_folder_is_a_failure_not_an_exception(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(tmp_path, "ok/a.txt", "Body.")
    write(tmp_path, "secret/b.txt", "Body.")
    real_scandir = __import__("os").scandir

    def scandir(path: str) -> object:
        if str(path).endswith("secret"):  # chmod does not stop root, so emulate EACCES
            raise PermissionError(13, "Permission denied")
        return real_scandir(path)

    monkeypatch.setattr("claimtrack.load.os.scandir", scandir)
    found = list(discover([tmp_path]))
    assert [p.name for p in found if isinstance(p, Path)] == ["a.txt"]
    assert [(f.path.name, f.reason) for f in found if isinstance(f, LoadFailure)] == [
        ("secret", "cannot read folder: Permission denied")
    ]


def test_an_unreadable_file_is_refused_with_the_reason(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write(tmp_path, "a.txt", "Body.")
    real_open = Path.open

    def deny(self: Path, *args: object, **kwargs: object) -> object:
        if self == path:
            raise PermissionError(13, "Permission denied")
        return real_open(self, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(Path, "open", deny)
    with pytest.raises(SourceError, match="cannot read: Permission denied"):
        read_source(path)


# --- size --------------------------------------------------------------------------------------


def test_a_file_over_the_limit_is_refused_before_it_is_read(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:  # 60 MB of article text, written in a moment
        handle.write(ARTICLE.encode() * (60 * 1024 * 1024 // len(ARTICLE.encode()) + 1))
    with pytest.raises(SourceError, match=r"file is 6\d\.\d MB; the limit is 50 MB"):
        read_source(path)


def test_a_five_megabyte_single_line_is_read(tmp_path: Path) -> None:
    line = ("Officials said the talks went on. " * 160_000).rstrip()
    path = write(tmp_path, "line.txt", line)
    loaded = load_source(path)
    assert len(loaded.source.text) == len(line) > 5_000_000
    assert loaded.source.body[0].start == 0
    assert loaded.source.body[-1].end == len(line)


# --- HTML --------------------------------------------------------------------------------------

PAGE = """<!DOCTYPE html><html><head><title>Taliban talks | Example News</title>
<meta property="og:title" content="Taliban denies talks">
<meta property="article:published_time" content="2017-03-27T10:00:00Z">
<meta property="og:site_name" content="Example News"></head><body><nav>Home | World</nav>
<article><h1>Taliban denies talks</h1>
<p>The Taliban denied on Monday any talks with Russia, a spokesman said in a statement.</p>
<p>“We are not talking to anyone about fighting IS,” spokesman Zabihullah Mujahid told VOA.</p>
<p>Officials in Moscow said they had channels for exchanging information with the group.</p>
</article><footer>Copyright 2024. All rights reserved.</footer></body></html>"""


@pytest.mark.parametrize("name", ["page.html", "page.htm", "saved.txt"])
def test_html_pages_are_reduced_to_their_article_text(tmp_path: Path, name: str) -> None:
    loaded = load_source(write(tmp_path, name, PAGE))
    source = loaded.source
    assert source.format == "html"
    assert "“We are not talking to anyone about fighting IS,”" in source.text
    assert "<p>" not in source.text and "Copyright" not in source.text
    assert (source.title, source.outlet, source.published) == (
        "Taliban denies talks",
        "Example News",
        "2017-03-27",
    )
    assert source.sha256 == hashlib.sha256(PAGE.encode()).hexdigest()
    assert source.text[source.body[0].start :].startswith("Taliban denies talks")


def test_a_flag_overrides_html_metadata(tmp_path: Path) -> None:
    source = read_source(write(tmp_path, "p.html", PAGE), SourceMeta(title="Mine"))
    assert source.title == "Mine"


def test_an_html_page_without_an_article_is_refused(tmp_path: Path) -> None:
    with pytest.raises(SourceError, match="no article text found in the HTML page"):
        read_source(write(tmp_path, "nav.html", "<html><body><nav>Home</nav></body></html>"))


@settings(max_examples=500, deadline=None)
@given(
    st.text(
        st.one_of(
            st.sampled_from("\x00\x08\t\n\x0b\x0c\r\x0e\x1f\x7f\x80\x85 a“"),
            st.characters(min_codepoint=0, max_codepoint=0x10FFFF, exclude_categories=()),
        )
    )
)
def test_control_count_is_the_control_class_count(text: str) -> None:
    assert control_count(text) == len(re.findall(r"[\x00-\x08\x0b\x0e-\x1f\x7f]", text))
