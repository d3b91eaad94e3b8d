"""
The house's architecture, checked from the source: the package's import graph has no circle,
every import points down the layers, no module is over 600 lines, and every module has its
test file.

The graph is built with :mod:`ast` over every ``.py`` file of ``src/ingroeiquotum``, without
importing anything. The rules, so that a failure can be argued with:

* **Every import counts**: at module level, inside functions, and inside ``if TYPE_CHECKING:``
  blocks. A type-only import does not run, but it is still a dependency of the design: the
  module cannot be read, typed or moved without the other one, and "it is only a type" is how
  upward imports creep in. (A module that needs a higher layer's type asks for a protocol in its
  own layer, or moves.)
* **An import names the module it loads**: ``from ingroeiquotum.law import citations`` is an
  edge to ``ingroeiquotum.law.citations`` when that is a module, and to the package
  ``ingroeiquotum.law`` (its ``__init__``) only when the name is defined there.
* **Parent packages are not edges**: importing ``ingroeiquotum.law.bw2.quota`` runs
  ``ingroeiquotum/__init__.py`` and ``law/__init__.py`` first, but these implicit loads are not
  counted. So a package ``__init__`` that re-exports its own submodules (``from .scope import
  *``) is not in a circle with them. A submodule that imports a name *defined in* its own
  package's ``__init__`` is an edge to the package, and a circle if that ``__init__`` imports the
  submodule back (the ``guidance._data`` / ``guidance`` case).
* **Layers**, lowest first (the house style's "The house we are moving to")::

      core       exceptions, _validate, _version
      model      model.*
      law        law, law.citations, law.parameters, law.readings, law.findings, law.<other>
      law-acts   law.bw2.*, law.eu.*, law.compare*
      tools      guidance.*, planning.*
      edges      io.*, i18n.*, bulk, charts, population, samples
      cli        cli.*
      top        ingroeiquotum (``__init__``), __main__, and the public facades
                 (``ingroeiquotum/<name>.py`` that only put their implementation in sys.modules)

  A module may import its own layer and any lower one, never a higher one. A module that is in
  no layer fails :func:`test_every_module_has_a_layer`: add it to ``LAYERS`` here.

The tests mirror the package: ``tests/<path>/test_<module>.py`` holds the tests of
``ingroeiquotum/<path>/<module>.py`` (see :func:`mirrored_test` and ``tests/README.md``);
:func:`test_every_module_has_its_test_file` checks it, and ``ELSEWHERE`` lists the modules
tested elsewhere, with the file and why.

Each test lists every violation it finds, with file and line, not just the first.
"""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest

import ingroeiquotum

SRC = Path(__file__).resolve().parents[2] / "src"
PACKAGE = SRC / "ingroeiquotum"
MAX_LINES = 600

LAYERS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "core",
        (
            "exceptions",
            "_validate",
            "_version",
            "_limits",
            "_headers",
            "_frames",
            "_tables",
            "_excel",
            "display",
        ),
    ),
    ("model", ("model",)),
    ("law", ("law",)),
    ("law-acts", ("law.bw2", "law.eu", "law.compare")),
    (
        "tools",
        (
            "guidance._model",
            "guidance._load",
            "guidance._locale",
            "guidance.queries",
            "planning",
            "law.needs",  # asks every rule, the planning ones too, what it still needs
        ),
    ),
    ("edges", ("io", "i18n", "bulk", "charts", "population", "samples")),
    ("cli", ("cli",)),
    ("top", ("", "__main__", "guidance", "reporting")),
)
"""Each layer and the module paths (relative to ``ingroeiquotum``) it holds, lowest first.

A path holds itself and everything below it; the longest matching path decides, so
``law.bw2.quota`` is in ``law-acts`` although ``law`` matches too. Facades are added to ``top``
by :func:`layer_of`."""

FACADE_MARK = "sys.modules[__name__] = "


def module_name(path: Path) -> str:
    """The dotted name of a source file: ``law/bw2/__init__.py`` is ``ingroeiquotum.law.bw2``."""
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def sources() -> dict[str, Path]:
    """Every module of the package by its dotted name."""
    return {module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def is_facade(path: Path) -> bool:
    """Whether a top-level module is a public facade: it replaces itself in ``sys.modules``."""
    return path.parent == PACKAGE and FACADE_MARK in path.read_text(encoding="utf-8")


def layer_of(name: str, path: Path) -> int | None:
    """The rank of a module's layer (0 is the lowest), or None when no layer holds it."""
    if is_facade(path):
        return len(LAYERS) - 1
    relative = name.removeprefix("ingroeiquotum").removeprefix(".")
    best: tuple[int, int] | None = None  # (length of the matching path, rank)
    for rank, (_, prefixes) in enumerate(LAYERS):
        for prefix in prefixes:
            matches = relative == prefix or (prefix != "" and relative.startswith(prefix + "."))
            if matches and (best is None or len(prefix) > best[0]):
                best = (len(prefix), rank)
    return None if best is None else best[1]


def _in_type_checking(node: ast.AST, parents: dict[ast.AST, ast.AST]) -> bool:
    while node in parents:
        node = parents[node]
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            return True
    return False


def imports(name: str, path: Path, modules: set[str]) -> list[tuple[str, int, bool]]:
    """
    The package modules that ``name`` imports: ``(module, line, type_checking_only)`` for every
    import statement, wherever it stands.
    """
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = []
    for node in ast.walk(tree):
        targets: list[str] = []
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                base = ".".join([*anchor, base] if base else anchor)
            for alias in node.names:
                submodule = f"{base}.{alias.name}"
                targets.append(submodule if submodule in modules else base)
        else:
            continue
        checking = _in_type_checking(node, parents)
        resolved = []
        for target in targets:
            # ``import a.b.c`` loads a.b.c; keep the longest prefix that is a package module.
            while target not in modules and "." in target:
                target = target.rpartition(".")[0]
            if target in modules and target != name:
                resolved.append(target)
        found.extend((target, node.lineno, checking) for target in dict.fromkeys(resolved))
    return found


def graph() -> dict[str, list[tuple[str, int, bool]]]:
    """The import graph: each module's imports of package modules."""
    files = sources()
    modules = set(files)
    return {name: imports(name, path, modules) for name, path in files.items()}


def relative(path: Path) -> str:
    return str(path.relative_to(SRC.parent))


def strongly_connected(edges: dict[str, set[str]]) -> list[list[str]]:
    """Tarjan's strongly connected components with more than one module."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    components: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for other in sorted(edges.get(node, ())):
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in on_stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                components.append(sorted(component))

    for node in sorted(edges):
        if node not in index:
            visit(node)
    return components


def test_every_module_has_a_layer():
    """Each module of the package is in a layer of ``LAYERS`` (or is a public facade)."""
    missing = [
        f"{relative(path)}: {name} is in no layer (add it to LAYERS in tests/properties/test_architecture.py)"
        for name, path in sources().items()
        if layer_of(name, path) is None
    ]
    assert [] == missing


def test_no_import_circle():
    """
    No two modules import each other, directly or through others (type-only imports included;
    see the module docstring for how packages and their submodules are counted).
    """
    files = sources()
    imported = graph()
    edges = {name: {target for target, _, _ in found} for name, found in imported.items()}
    report = []
    for component in strongly_connected(edges):
        members = set(component)
        lines = [f"circle between {', '.join(component)}:"]
        for name in component:
            for target, line, checking in imported[name]:
                if target in members:
                    kind = " (TYPE_CHECKING)" if checking else ""
                    lines.append(f"    {relative(files[name])}:{line} imports {target}{kind}")
        report.append("\n".join(lines))
    assert [] == report, "\n" + "\n".join(report)


def test_imports_point_down_the_layers():
    """A module imports only its own layer and lower ones (``LAYERS``, lowest first)."""
    files = sources()
    names = [layer for layer, _ in LAYERS]
    report = []
    for name, found in graph().items():
        own = layer_of(name, files[name])
        for target, line, checking in found:
            theirs = layer_of(target, files[target])
            if own is None or theirs is None or theirs <= own:
                continue
            kind = " (TYPE_CHECKING)" if checking else ""
            report.append(
                f"{relative(files[name])}:{line}: {name} [{names[own]}] imports "
                f"{target} [{names[theirs]}]{kind}"
            )
    assert [] == report, "\n" + "\n".join(sorted(report))


def test_no_module_is_over_600_lines():
    """Every module fits in 600 lines: past that, it does more than one job."""
    report = []
    for path in sources().values():
        count = len(path.read_text(encoding="utf-8").splitlines())
        if count > MAX_LINES:
            report.append(f"{relative(path)}: {count} lines (at most {MAX_LINES})")
    assert [] == report, "\n" + "\n".join(sorted(report))


# -- the checks themselves, on small made-up graphs ---------------------------------------------


def test_a_circle_is_found_and_a_chain_is_not():
    """Tarjan finds the circle a -> b -> c -> a and leaves the chain c -> d alone."""
    edges = {"a": {"b"}, "b": {"c"}, "c": {"a", "d"}, "d": set()}
    assert [["a", "b", "c"]] == strongly_connected(edges)
    assert [] == strongly_connected({"a": {"b"}, "b": set()})


@pytest.mark.parametrize(
    ("name", "layer"),
    [
        ("ingroeiquotum.exceptions", "core"),
        ("ingroeiquotum.model.company", "model"),
        ("ingroeiquotum.law", "law"),
        ("ingroeiquotum.law._parameters_data", "law"),
        ("ingroeiquotum.law.bw2", "law-acts"),
        ("ingroeiquotum.law.bw2.quota", "law-acts"),
        ("ingroeiquotum.law.eu", "law-acts"),
        ("ingroeiquotum.guidance.queries", "tools"),
        ("ingroeiquotum.guidance", "top"),
        ("ingroeiquotum._tables", "core"),
        ("ingroeiquotum.io.codec", "edges"),
        ("ingroeiquotum.bulk", "edges"),
        ("ingroeiquotum.cli.demo", "cli"),
        ("ingroeiquotum", "top"),
        ("ingroeiquotum.quota", "top"),
    ],
)
def test_the_layer_of_a_module(name, layer):
    """The longest matching path of ``LAYERS`` decides; facades are on top."""
    path = sources().get(name, PACKAGE / "not-a-facade.py")
    assert layer == LAYERS[layer_of(name, path)][0]


def test_imports_are_resolved_to_modules(tmp_path):
    """``from pkg import submodule`` is an edge to the submodule; other names to the package."""
    path = tmp_path / "mod.py"
    path.write_text(
        "from typing import TYPE_CHECKING\n"
        "import ingroeiquotum.law.bw2.quota\n"
        "from ingroeiquotum.law import citations, something\n"
        "if TYPE_CHECKING:\n"
        "    from ingroeiquotum.model.company import Company\n"
        "def f():\n"
        "    from ingroeiquotum.guidance import _model\n",
        encoding="utf-8",
    )
    modules = set(sources())
    assert [
        ("ingroeiquotum.law.bw2.quota", 2, False),
        ("ingroeiquotum.law.citations", 3, False),
        ("ingroeiquotum.law", 3, False),
        ("ingroeiquotum.model.company", 5, True),
        ("ingroeiquotum.guidance._model", 7, False),
    ] == imports("ingroeiquotum.planning.mod", path, modules)


# -- the package's lazy facade: one table ------------------------------------------------------


def _type_checking_block() -> tuple[dict[str, str], list[str]]:
    """
    What ``__init__``'s ``if TYPE_CHECKING:`` block imports (each name and where from), and the
    ``__all__`` it writes out.
    """
    tree = ast.parse((PACKAGE / "__init__.py").read_text(encoding="utf-8"))
    found: dict[str, str] = {}
    written: list[str] = []
    for node in tree.body:
        if isinstance(node, ast.If) and ast.unparse(node.test) == "TYPE_CHECKING":
            for statement in node.body:
                if isinstance(statement, ast.Assign):
                    assert ["__all__"] == [ast.unparse(t) for t in statement.targets]
                    written = ast.literal_eval(statement.value)
                    continue
                assert isinstance(statement, ast.ImportFrom), ast.unparse(statement)
                for alias in statement.names:
                    found[alias.asname or alias.name] = f"{statement.module}.{alias.name}"
    return found, written


def test_the_type_checking_block_matches_the_table():
    """
    ``ingroeiquotum/__init__.py`` builds ``__all__`` and its lazy ``__getattr__`` from one table
    (``_TABLE``); its ``if TYPE_CHECKING:`` block, which type checkers need written out, imports
    exactly the table's names, each the same object that the table loads at run time.
    """
    table = ingroeiquotum._TABLE
    literal, _ = _type_checking_block()
    assert sorted(table) == sorted(literal)
    for name, origin in sorted(literal.items()):
        module, _, attribute = origin.rpartition(".")
        if table[name] is None:
            # A public module: the block names its implementation, the module object itself.
            assert origin == getattr(ingroeiquotum, name).__name__, name
        else:
            loaded = importlib.import_module(module)
            assert getattr(loaded, attribute) is getattr(ingroeiquotum, name), name


def test_all_is_the_table():
    """
    ``__all__`` is the table's names, sorted, less those kept out of ``import *``; the copy that
    the ``TYPE_CHECKING`` block writes out for type checkers is the same list.
    """
    expected = sorted(set(ingroeiquotum._TABLE) - ingroeiquotum._NOT_STARRED)
    assert expected == ingroeiquotum.__all__
    assert expected == _type_checking_block()[1]


def test_the_guidance_namespace_is_its_two_halves():
    """``ingroeiquotum.guidance`` lists every name of the queries and the four renderers."""
    import ingroeiquotum.guidance as public
    from ingroeiquotum.guidance import queries

    renderers = {name for name in public.__all__ if name.startswith("render_")}
    assert sorted({*queries.__all__, *renderers}) == sorted(public.__all__)
    assert 4 == len(renderers)


# -- the tests mirror the package: one test file per module -------------------------------------

TESTS = Path(__file__).resolve().parents[1]
"""The ``tests`` folder: ``tests/<path>/test_<module>.py`` tests ``ingroeiquotum/<path>/<module>.py``."""

PROPERTIES = TESTS / "properties"
"""The cross-cutting suites (fuzz, round trips, determinism, ...), which test no single module."""

_IO = "the loaders behind the public io API (read_compositions, ...), tested through it"

ELSEWHERE: dict[str, tuple[str | None, str]] = {
    "ingroeiquotum.exceptions": (
        "test_exceptions.py",
        "the errors: every refusal test checks the class, field, value and reason, and "
        "properties/test_rules_mutation.py the str() of every refusal of the robustness table",
    ),
    "ingroeiquotum._validate": (
        None,
        "the checks behind every constructor and rule: properties/test_robustness.py and "
        "properties/test_fuzz.py feed junk to every public callable that uses them",
    ),
    "ingroeiquotum._tables": ("test_io.py", "the one table reader, behind the io loaders"),
    "ingroeiquotum._headers": ("io/test_sources.py", "the header names, through the loaders"),
    "ingroeiquotum._frames": ("io/test_sources.py", "DataFrames as sources, through the loaders"),
    "ingroeiquotum.io.cells": ("io/test_sources.py", "the cell options, through the loaders"),
    "ingroeiquotum._limits": (
        "test_io.py",
        "the limits and the bounded line reader of the one table reader, tested at and past "
        "each limit through the io loaders (and properties/test_hostile_files.py)",
    ),
    "ingroeiquotum.guidance._load": ("guidance/test_queries.py", "loads the data the queries ask"),
    "ingroeiquotum.guidance._model": ("guidance/test_queries.py", "the types the queries return"),
    "ingroeiquotum.guidance._locale": ("guidance/test_queries.py", "the queries' language"),
    "ingroeiquotum.planning.search": (
        "planning/test_succession.py",
        "the search behind succession.plan, tested through it",
    ),
    "ingroeiquotum.io.compositions": ("test_io.py", _IO),
    "ingroeiquotum.io.employees": ("test_io.py", _IO),
    "ingroeiquotum.io.tables": ("test_io.py", _IO),
}
"""
The modules whose tests are not at the mirrored path: the test file that holds them (relative to
``tests``), or None when no file is theirs, and why.
"""


def _defines_code(path: Path) -> bool:
    """Whether a module defines a function or class of its own (module hooks aside)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    hooks = {"__getattr__", "__dir__"}
    return any(
        isinstance(node, ast.FunctionDef | ast.ClassDef) and node.name not in hooks
        for node in tree.body
    )


def mirrored_test(name: str, path: Path) -> str:
    """
    Where the tests of a module are expected, relative to ``tests``: ``law/bw2/test_quota.py``
    for ``law/bw2/quota.py``; a package's own code (its ``__init__``) as a module of the
    package's name would be (``test_io.py`` for ``io/__init__.py``); a private module
    ``_x_y`` with its public sibling ``x`` (``law/_parameters_data.py`` with
    ``law/test_parameters.py``), else with its package (``io/codec/_reader.py`` with
    ``io/test_codec.py``, ``cli/_terminal.py`` with ``test_cli.py``).
    """
    parts = name.split(".")[1:]
    stem = parts[-1]
    if stem.startswith("_"):
        siblings = {p.stem for p in path.parent.glob("*.py") if not p.stem.startswith("_")}
        public = [s for s in siblings if stem[1:] == s or stem[1:].startswith(s + "_")]
        if public:
            parts[-1] = max(public, key=len)
        elif len(parts) > 1:
            parts.pop()  # the package's own file
        else:
            parts[-1] = stem[1:]  # a private module of the package's root
    return "/".join([*parts[:-1], f"test_{parts[-1]}.py"])


def implementation_modules() -> dict[str, Path]:
    """
    The modules that hold code to test: no facade, no ``__main__``, and no module that only
    gathers names or holds data (no function or class of its own, such as ``law/__init__.py``,
    ``reporting.py`` or ``_version.py``).
    """
    found = {}
    for name, path in sources().items():
        if name in ("ingroeiquotum", "ingroeiquotum.__main__") or is_facade(path):
            continue
        if not _defines_code(path):
            continue
        found[name] = path
    return found


def test_every_module_has_its_test_file():
    """
    Every implementation module has its test file at the mirrored path (``mirrored_test``), or
    is listed in ``ELSEWHERE`` with the file that holds its tests and why.
    """
    report = []
    modules = implementation_modules()
    for name, path in sorted(modules.items()):
        if name in ELSEWHERE:
            where, _ = ELSEWHERE[name]
            if where is not None and not (TESTS / where).is_file():
                report.append(f"{name}: ELSEWHERE names tests/{where}, which does not exist")
            continue
        expected = mirrored_test(name, path)
        if not (TESTS / expected).is_file():
            report.append(f"{relative(path)}: no tests/{expected} (or list it in ELSEWHERE)")
    stale = sorted(set(ELSEWHERE) - set(sources()))
    report.extend(f"{name}: in ELSEWHERE but not a module (remove it)" for name in stale)
    assert [] == report, "\n" + "\n".join(report)


def test_every_test_file_tests_a_module():
    """
    Outside ``properties/``, every ``test_*.py`` is the mirrored test file of a module (one
    that only gathers names may have one too, such as ``law/bw2/quota.py``) or a file that
    ``ELSEWHERE`` names: no test file is left at a path the package no longer has.
    """
    expected = {
        mirrored_test(name, path)
        for name, path in sources().items()
        if name not in ELSEWHERE and name != "ingroeiquotum" and not is_facade(path)
    }
    expected |= {where for where, _ in ELSEWHERE.values() if where is not None}
    orphans = sorted(
        str(path.relative_to(TESTS))
        for path in TESTS.rglob("test_*.py")
        if PROPERTIES not in path.parents and str(path.relative_to(TESTS)) not in expected
    )
    assert [] == orphans


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("ingroeiquotum.law.bw2.quota", "law/bw2/test_quota.py"),
        ("ingroeiquotum.io.codec", "io/test_codec.py"),
        ("ingroeiquotum.io.codec._reader", "io/test_codec.py"),
        ("ingroeiquotum.law._parameters_data", "law/test_parameters.py"),
        ("ingroeiquotum.cli._terminal", "test_cli.py"),
        ("ingroeiquotum.cli.check", "cli/test_check.py"),
        ("ingroeiquotum.bulk", "test_bulk.py"),
    ],
)
def test_the_mirrored_test_file_of_a_module(name, expected):
    """Modules, packages and private modules map to the test file of the layout."""
    assert expected == mirrored_test(name, sources()[name])
