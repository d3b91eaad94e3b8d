"""
The documentation site in ``docs/``: complete, reachable, and built without a warning.

The pages' examples themselves run as doctests (pytest collects ``docs/**/*.md``); these tests
check what doctests cannot: that every public module and name is in the API reference with an
example, that every page is in the navigation, that the links to the law point at articles the
library cites, and that Sphinx builds the site with warnings treated as errors.
"""

from __future__ import annotations

import importlib
import inspect
import re
import subprocess
import sys
from pathlib import Path

import pytest

import ingroeiquotum
from ingroeiquotum import citations
from ingroeiquotum.findings import Reading

DOCS = Path(__file__).resolve().parents[2] / "docs"
REFERENCE = DOCS / "reference"
EXAMPLE_LINE = re.compile(r"^(?:>>>|\.\.\.) ?(.*)$")
FENCE = re.compile(r"^```(\S*)\s*$")
TOCTREE = re.compile(r"^```\{toctree\}\s*$(.*?)^```\s*$", re.MULTILINE | re.DOTALL)


def public_modules():
    """The public submodules: those in the package's ``__all__``, and the command line."""
    names = [name for name in ingroeiquotum.__all__ if name[0].islower() and name[0] != "_"]
    return sorted([*names, "cli"])


def public_names(module):
    """A module's public names: its ``__all__``, or for ``readings`` its Reading constants."""
    if hasattr(module, "__all__"):
        return list(module.__all__)
    names = [
        name
        for name, value in vars(module).items()
        if name.isupper() and isinstance(value, Reading)
    ]
    return [*names, *(n for n, v in vars(module).items() if inspect.isfunction(v) and n[0] != "_")]


def fenced_blocks(text, language):
    """The bodies of the fenced code blocks of ``language`` in a Markdown text."""
    blocks, current, inside = [], [], None
    for line in text.splitlines():
        match = FENCE.match(line)
        if match and inside is None:
            inside, current = match[1], []
        elif line.startswith("```") and inside is not None:
            if inside == language:
                blocks.append("\n".join(current))
            inside = None
        elif inside is not None:
            current.append(line)
    return blocks


def pages():
    """Every Markdown page of the site (not the build output)."""
    return sorted(p for p in DOCS.rglob("*.md") if "_build" not in p.relative_to(DOCS).parts)


@pytest.mark.parametrize("name", public_modules())
def test_every_public_module_has_a_reference_page(name):
    """
    Each public module has ``docs/reference/<name>.md``, which runs ``automodule`` on its
    implementation (a public path may be the same module object as a module of the layered
    packages: ``ingroeiquotum.quota`` is ``ingroeiquotum.law.bw2.quota``).
    """
    page = REFERENCE / f"{name}.md"
    assert page.exists(), f"docs/reference/{name}.md is missing"
    implementation = importlib.import_module(f"ingroeiquotum.{name}").__name__
    assert f".. automodule:: {implementation}\n" in page.read_text(encoding="utf-8")
    assert f"\n{name}\n" in (REFERENCE / "index.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", public_modules())
def test_every_public_name_has_a_runnable_example(name):
    """
    Each public name of a module is used in an example of its reference page, or has an example
    (a doctest) in its own docstring; both run in the test suite.
    """
    module = importlib.import_module(f"ingroeiquotum.{name}")
    examples = "\n".join(fenced_blocks((REFERENCE / f"{name}.md").read_text("utf-8"), "pycon"))
    words = set(re.findall(r"[A-Za-z_][A-Za-z0-9_]*", examples))
    missing = []
    for public in public_names(module):
        value = getattr(module, public)
        documented = inspect.isfunction(value) or inspect.isclass(value)
        if public in words or (documented and ">>>" in (inspect.getdoc(value) or "")):
            continue
        missing.append(public)
    assert [] == missing


@pytest.mark.parametrize("page", pages(), ids=lambda page: str(page.relative_to(DOCS)))
def test_examples_are_doctests(page):
    """Code meant to run is a ``pycon`` doctest: no ``python`` block escapes the test suite."""
    text = page.read_text(encoding="utf-8")
    assert [] == fenced_blocks(text, "python") + fenced_blocks(text, "py")
    for block in fenced_blocks(text, "pycon"):
        assert block.lstrip().startswith(">>>"), f"{page.name}: a pycon block without >>>"


def toctree_entries_of(body, folder=Path()):
    """The documents one toctree lists, as paths relative to ``docs``."""
    entries = []
    for line in body.splitlines():
        line = line.strip()
        if line and not line.startswith(":"):
            entries.append((folder / line).with_suffix(".md"))
    return entries


def toctree_entries(page):
    """The documents a page's toctrees list, as paths relative to ``docs``."""
    folder = page.parent.relative_to(DOCS)
    entries = []
    for body in TOCTREE.findall(page.read_text(encoding="utf-8")):
        entries.extend(toctree_entries_of(body, folder))
    return entries


def test_every_page_is_in_the_navigation():
    """Every page is reachable from the landing page through the toctrees."""
    reached, queue = {Path("index.md")}, [Path("index.md")]
    while queue:
        for entry in toctree_entries(DOCS / queue.pop()):
            assert (DOCS / entry).exists(), f"a toctree lists {entry}, which does not exist"
            if entry not in reached:
                reached.add(entry)
                queue.append(entry)
    every = {page.relative_to(DOCS) for page in pages()}
    assert set() == every - reached


FOLDERS = {
    "Tutorial": "tutorial",
    "How-to guides": "howto",
    "Explanation": "explanation",
    "Reference": "reference",
}
"""The landing page's toctree captions and the folder that holds the pages of each."""


def test_the_folders_match_the_navigation():
    """
    Each page the landing page lists under a caption lives in that caption's folder (Diátaxis:
    tutorial, how-to, explanation, reference), and no page but the landing page sits at the root.
    """
    text = (DOCS / "index.md").read_text(encoding="utf-8")
    misplaced = []
    captions = set()
    for body in TOCTREE.findall(text):
        caption = re.search(r"^:caption: (.+)$", body, re.MULTILINE)
        assert caption, "a toctree of index.md without a caption"
        captions.add(caption[1])
        folder = FOLDERS[caption[1]]
        for entry in toctree_entries_of(body):
            if entry.parts[0] != folder:
                misplaced.append(f"{entry} is listed under {caption[1]!r}, outside {folder}/")
    assert set(FOLDERS) == captions
    assert [] == misplaced
    at_the_root = {page.name for page in pages() if page.parent == DOCS}
    assert {"index.md"} == at_the_root


def test_links_to_the_law_point_at_articles_the_library_cites():
    """A link to an article of Boek 2 BW names an article that some citation of the code has."""
    cited = {c.article for c in citations.all_citations() if c.instrument is citations.BW2}
    cited |= {"135a"}  # art. 2:135a lid 5 BW: the exceptional circumstances the caller asserts
    linked = set()
    for page in pages():
        linked |= set(
            re.findall(r"https://wetten\.overheid\.nl/BWBR0003045/[\d-]+/0/Artikel(\w+)",
                       page.read_text(encoding="utf-8"))
        )  # fmt: skip
    assert linked, "no links to the law found"
    assert set() == linked - cited


def test_the_readme_names_the_documentation_command():
    """The README's "Documentation" section holds the one command that builds the site."""
    readme = (DOCS.parent / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Documentation", 1)[1].split("\n## ", 1)[0]
    assert "-m sphinx -W --keep-going -b html docs docs/_build/html" in section


def test_the_site_builds_without_warnings(tmp_path):
    """
    ``sphinx -W`` builds the whole site (autodoc imports every module) without a warning: a
    broken reference, a docstring that is not valid reStructuredText, or a page outside the
    navigation fails it; so does a cell of a notebook page that fails. It takes about a minute.
    """
    pytest.importorskip("sphinx")
    pytest.importorskip("myst_parser")
    pytest.importorskip("myst_nb")  # runs the notebook pages (howto/notebook.md) in a kernel
    pytest.importorskip("ipykernel")
    pytest.importorskip("furo")
    done = subprocess.run(
        [sys.executable, "-m", "sphinx", "-W", "--keep-going", "-q", "-b", "html",
         "-d", str(tmp_path / "doctrees"), str(DOCS), str(tmp_path / "html")],
        capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert 0 == done.returncode, done.stderr
    assert (tmp_path / "html" / "index.html").exists()
    assert (tmp_path / "html" / "reference" / "quota.html").exists()
