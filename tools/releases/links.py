"""The links in the spec bundle (`make dist`), and keeping every one of them inside it.

A link is whatever a reader or a tool follows:

- a URL (`https://...`, any `scheme://`) anywhere in the text;
- a Markdown link or image target (`[text](target)`, `[text]: target`), an HTML `href` or `src`;
- a path written the way this project's documents point at files: a relative path whose first
  part is a folder at the top of the repository (`docs/spec-decisions.md`, `tests/fixtures/wire/`),
  or the name of a file of the repository or the bundle with a document's extension
  (`openapi.json`, `package-lock.json`; `head.yaml` in an example command names no file and is
  a word); a `<placeholder>` in a path stands for any name.

A link stays inside the bundle when a relative target names a file or folder of the bundle (from
the bundle's root, as the documents write paths, or from the document's own folder), or when a
URL is on the API's own domain (`avidoai.com` and its subdomains: the server the spec names, the
product's documentation), or is the spec's own `info.license.url` (OpenAPI asks for the licence
as a URL; its text is in the bundle as LICENSE).

`localize` rewrites the bundled copy of a Markdown document (CHANGELOG.md, docs/): a path into
the repository that the bundle doesn't carry is followed by MARK, "(avido-client repository)",
which says where the file is and makes the path a citation rather than a link; a Markdown link
to such a file becomes its text and the marked path. The spec itself is never rewritten (the
bundle carries it verbatim): what its descriptions point at goes into the bundle instead.

`outside` scans every file of a bundle: Markdown and text files as they are; `openapi.yaml` and
`openapi.json` as the strings of the parsed document (its example payloads aside: data the API
sends, not links); the HTML reference as its markup and the
spec it embeds, not the Redoc library inlined with it (third-party code, identified as the pinned
bundle byte for byte; its one link is its own credit to Redocly, and the page's
Content-Security-Policy lets it fetch nothing); the wheel and the sdist as their package
description (METADATA, PKG-INFO), not the package's source code, whose comments name the
repository files they were copied from.
"""

from __future__ import annotations

import json
import re
import subprocess
import tarfile
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml

from tools.paths import BUILD, DIST, NODE_MODULES, REDOC, ROOT, VENV

MARK = " (avido-client repository)"
# The API's own domain: links to it stay true for a team that has only the bundle.
OWN_DOMAIN = "avidoai.com"
# Extensions that make a bare file name a pointer to a document.
DOCUMENT_EXTENSIONS = frozenset(
    {".md", ".yaml", ".yml", ".json", ".html", ".py", ".toml", ".txt", ".whl", ".gz", ".jinja"}
)
# Folders the Makefile creates at the top of a checkout, beside the tracked ones.
MADE_FOLDERS = frozenset(path.name for path in (VENV, NODE_MODULES, BUILD, DIST))

URL = re.compile(r"\b[a-zA-Z][a-zA-Z0-9+.-]*://[^\s<>\"'`)\]]+")
MARKDOWN_LINK = re.compile(r"(!?)\[([^\]\n]*)\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"\n]*\")?\s*\)")
MARKDOWN_REFERENCE = re.compile(r"^ {0,3}\[[^\]\n]+\]:[ \t]*<?(\S+?)>?[ \t]*$", re.MULTILINE)
HTML_ATTRIBUTE = re.compile(r"\b(?:href|src)\s*=\s*[\"']([^\"']*)[\"']", re.IGNORECASE)
SCRIPT = re.compile(r"<script\b[^>]*>(.*?)</script\s*>", re.IGNORECASE | re.DOTALL)
# A run of the characters a path is written with; it may not continue a word, a path or a URL.
TOKEN = re.compile(r"(?<![\w.<>*/@:\\-])[\w.<>*-][\w.<>*/-]*")
PLACEHOLDER = re.compile(r"<[^<>/]*>")


@dataclass(frozen=True)
class Link:
    """One link in a file of the bundle: its target, what kind of link it is, and where it starts."""

    target: str
    kind: str  # "url", "markdown", "html" or "path"
    start: int


@dataclass(frozen=True)
class Names:
    """What a path may point at: the folders at the top of the repository (tracked, or made by the
    Makefile), and the names of the files of the repository and of the bundle."""

    folders: frozenset[str]
    files: frozenset[str]

    def with_files(self, names: set[str]) -> Names:
        return Names(self.folders, self.files | frozenset(names))


@cache
def repository(root: Path = ROOT) -> Names:
    """The repository's names, from git's tracked files (the folders at the top when not in git)."""
    listed = subprocess.run(["git", "ls-files", "-z"], cwd=root, capture_output=True, text=True)
    tracked = [name for name in listed.stdout.split("\0") if name] if listed.returncode == 0 else []
    if tracked:
        folders = {name.split("/", 1)[0] for name in tracked if "/" in name}
    else:
        folders = {path.name for path in root.iterdir() if path.is_dir() and path.name != ".git"}
    return Names(frozenset(folders | MADE_FOLDERS), frozenset(name.rsplit("/", 1)[-1] for name in tracked))


def is_pointer(token: str, names: Names) -> bool:
    """Whether a path-like word points at a file: it starts with a repository folder, or it is the
    name of a known file with a document's extension."""
    if "/" in token:
        return token.split("/", 1)[0] in names.folders
    stem, dot, extension = token.rpartition(".")
    return bool(dot and stem.strip(".")) and f".{extension}" in DOCUMENT_EXTENSIONS and token in names.files


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    """`text` with each span replaced by spaces, so later patterns can't see inside it."""
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def find(text: str, names: Names) -> list[Link]:
    """Every link in `text` (Markdown or plain): URLs, Markdown and HTML links, and paths, each
    once; a path followed by MARK is a citation, not a link."""
    found: list[Link] = []
    taken: list[tuple[int, int]] = []
    for match in MARKDOWN_LINK.finditer(text):
        found.append(Link(match[3], "markdown", match.start(3)))
        taken.append(match.span(3))
    for match in MARKDOWN_REFERENCE.finditer(text):
        found.append(Link(match[1], "markdown", match.start(1)))
        taken.append(match.span(1))
    for match in HTML_ATTRIBUTE.finditer(text):
        found.append(Link(match[1], "html", match.start(1)))
        taken.append(match.span(1))
    rest = _blank(text, taken)
    for match in URL.finditer(rest):
        found.append(Link(match[0].rstrip(".,;:!?"), "url", match.start()))
        taken.append(match.span())
    rest = _blank(text, taken)
    for match in TOKEN.finditer(rest):
        token = match[0].rstrip(".-")
        if not token or not is_pointer(token, names):
            continue
        after = text[match.start() + len(token) :]
        if after.lstrip("`").startswith(MARK):
            continue  # cited as a file of the repository
        found.append(Link(token, "path", match.start()))
    return sorted(found, key=lambda link: link.start)


def resolves(link: Link, bundle: Path, document: Path, license_url: str | None = None) -> bool:
    """Whether `link`, found in `document` of the bundle rooted at `bundle`, stays inside it."""
    target = link.target
    if "://" in target or target.startswith(("mailto:", "data:", "javascript:")):
        if target == license_url:
            return True
        host = urlsplit(target).hostname or ""
        return urlsplit(target).scheme in ("http", "https") and (
            host == OWN_DOMAIN or host.endswith(f".{OWN_DOMAIN}")
        )
    path = target.split("#", 1)[0].split("?", 1)[0]
    if not path:
        return True  # a link to a place in the same document
    pattern = PLACEHOLDER.sub("*", path).rstrip("/")
    root = bundle.resolve()
    for base in (root, document.resolve().parent):
        if "*" in pattern:
            matches = list(base.glob(pattern))
        else:
            matches = [base / pattern] if (base / pattern).exists() else []
        if any(match.resolve().is_relative_to(root) for match in matches):
            return True
    return False


def localize(text: str, bundle: Path, document: Path, names: Names) -> str:
    """The bundled copy of a Markdown document: every path the bundle doesn't carry marked as
    the repository's (MARK), every Markdown link to one turned into its text and the marked path."""
    edits: list[tuple[int, int, str]] = []
    for link in find(text, names):
        if "://" in link.target or resolves(link, bundle, document):
            continue  # a URL is not the repository's: one that leads out is refused, not rewritten
        if link.kind == "path":
            end = link.start + len(link.target)
            if text[link.start - 1 : link.start] == "`" and text[end : end + 1] == "`":
                end += 1
            edits.append((end, end, MARK))
        elif link.kind == "markdown":
            whole = next(
                match
                for pattern in (MARKDOWN_LINK, MARKDOWN_REFERENCE)
                for match in pattern.finditer(text)
                if match.start() <= link.start < match.end()
            )
            if whole.re is MARKDOWN_LINK:
                replacement = f"{whole[2]} (`{link.target}`{MARK})"
            else:
                replacement = whole[0].replace(link.target, f"`{link.target}`{MARK}")
            edits.append((whole.start(), whole.end(), replacement))
    for start, end, replacement in sorted(edits, reverse=True):
        text = text[:start] + replacement + text[end:]
    return text


# -- scanning a built bundle -------------------------------------------------------------------


def strings(node: Any) -> Iterator[str]:
    """Every string value of a parsed document (keys are names, not text), but the payloads of an
    OpenAPI document's examples (an `example`, an `examples` entry's `value`): what the API sends,
    shown as data, where a URL is a value (the address of a page a document was scraped from),
    not a link for the reader; an example's summary and description are read like any text."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "example":
                continue
            if key == "examples" and isinstance(value, dict):
                for entry in value.values():
                    if isinstance(entry, dict):
                        yield from strings({k: v for k, v in entry.items() if k != "value"})
                continue
            yield from strings(value)
    elif isinstance(node, list):
        for value in node:
            yield from strings(value)
    elif isinstance(node, str):
        yield node


def _page_texts(page: str) -> Iterator[str]:
    """The texts of the HTML reference a reader sees links in: the markup, and the document each
    inline script embeds; the Redoc library (the pinned bundle, byte for byte) is left out."""
    yield SCRIPT.sub("", page)
    library = REDOC.read_text(encoding="utf-8").strip() if REDOC.exists() else None
    for script in SCRIPT.findall(page):
        if script.strip() == library:
            continue
        start = script.find("Redoc.init(")
        if start < 0:
            yield script
            continue
        document, _ = json.JSONDecoder().raw_decode(script, start + len("Redoc.init("))
        yield from strings(document)


def package_description(archive: Path) -> str:
    """The package description a wheel or an sdist carries (its README, as METADATA or PKG-INFO)."""
    if archive.suffix == ".whl":
        with zipfile.ZipFile(archive) as wheel:
            [name] = [n for n in wheel.namelist() if n.endswith(".dist-info/METADATA")]
            return wheel.read(name).decode("utf-8")
    with tarfile.open(archive) as sdist:
        [member] = [m for m in sdist.getmembers() if m.name.count("/") == 1 and m.name.endswith("/PKG-INFO")]
        extracted = sdist.extractfile(member)
        assert extracted is not None
        return extracted.read().decode("utf-8")


def texts(path: Path) -> Iterator[str]:
    """The texts of one file of the bundle that links are looked for in."""
    if path.name.endswith((".whl", ".tar.gz")):
        yield package_description(path)
    elif path.suffix == ".json":
        yield from strings(json.loads(path.read_text(encoding="utf-8")))
    elif path.suffix in (".yaml", ".yml"):
        yield from strings(yaml.safe_load(path.read_text(encoding="utf-8")))
    elif path.suffix == ".html":
        yield from _page_texts(path.read_text(encoding="utf-8"))
    else:
        yield path.read_text(encoding="utf-8")


def files(bundle: Path) -> list[Path]:
    """Every file of the bundle, in a stable order."""
    return sorted(path for path in bundle.rglob("*") if path.is_file())


def outside(bundle: Path, names: Names | None = None) -> list[str]:
    """Every link in the bundle that leads out of it, as `file: target (kind)`; empty when none does."""
    spec = bundle / "openapi.yaml"
    license_url = None
    if spec.is_file():
        license_url = (
            yaml.safe_load(spec.read_text(encoding="utf-8")).get("info", {}).get("license") or {}
        ).get("url")
    names = (repository() if names is None else names).with_files({path.name for path in files(bundle)})
    problems = []
    for path in files(bundle):
        name = path.relative_to(bundle).as_posix()
        for text in texts(path):
            for link in find(text, names):
                if not resolves(link, bundle, path, license_url):
                    problems.append(f"{name}: {link.target} ({link.kind})")
    return sorted(set(problems))
