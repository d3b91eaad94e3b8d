"""
Sphinx configuration of the ingroeiquotum documentation.

Build it with the command in the README's "Documentation" section:
``python -m sphinx -W --keep-going -b html docs docs/_build/html``.
Everything is local: no extension fetches anything from the network.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from docutils import nodes

# The package from this checkout, also when it is not installed in editable mode: for autodoc
# here, and for the kernel that runs the notebook pages (a process of its own, which inherits
# the environment).
_SOURCE = str(Path(__file__).resolve().parents[1] / "src")
sys.path.insert(0, _SOURCE)
os.environ["PYTHONPATH"] = os.pathsep.join(
    [_SOURCE, *filter(None, os.environ.get("PYTHONPATH", "").split(os.pathsep))]
)

from ingroeiquotum._version import __version__

project = "ingroeiquotum"
author = "The ingroeiquotum developers"
copyright = "the ingroeiquotum developers, MIT licence"
version = release = __version__

extensions = [
    "myst_nb",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.viewcode",
]

source_suffix = {".md": "myst-nb"}
root_doc = "index"
exclude_patterns = [
    "_build",
    "examples",
    "conf.py",
    "Thumbs.db",
    ".DS_Store",
]

# Notebook pages (MyST Markdown with ``file_format: mystnb`` front matter, such as
# howto/notebook.md) are run in a fresh Python kernel on every build, so that what they show is
# what the library does today; a cell that fails, or runs past the timeout, fails the build.
# Their pictures come from the charts' own _repr_png_: no %matplotlib magic.
nb_execution_mode = "force"
nb_execution_timeout = 180
nb_execution_raise_on_error = True
nb_execution_show_tb = True
nb_merge_streams = True

# MyST: fenced ```pycon blocks stay code (they are doctests that pytest runs); ::: fences and
# definition lists for the glossary; anchors for the links to headings such as #cannot-decide.
myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3

# The API reference follows each module's __all__, in the order of the source, and lists every
# public name, also a constant without a docstring of its own.
autodoc_default_options = {
    "members": True,
    "undoc-members": True,
    "member-order": "bysource",
    "show-inheritance": True,
}
autodoc_typehints = "signature"
autoclass_content = "class"
napoleon_google_docstring = True
napoleon_numpy_docstring = False
# Attributes sections as field lists, so that a property documented there is not described twice.
napoleon_use_ivar = True
add_module_names = False
python_display_short_literal_types = True

language = "en"
pygments_style = "friendly"
pygments_dark_style = "monokai"

html_theme = "furo"
html_title = f"ingroeiquotum {release}"
html_static_path = ["_static"]
html_theme_options = {
    "navigation_with_keys": True,
    "source_repository": "https://github.com/ingroeiquotum/ingroeiquotum/",
    "source_branch": "main",
    "source_directory": "docs/",
}
html_show_sourcelink = False
html_css_files = ["custom.css"]


def _trim_examples(app: object, doctree: nodes.document) -> None:
    """
    Drop the blank line that ends each example: doctest needs it in the Markdown source, the
    rendered page does not.
    """
    from docutils import nodes  # here, so that pytest can import this file without Sphinx

    for block in doctree.findall(nodes.literal_block):
        text = block.astext()
        if text != text.rstrip("\n") and len(block.children) == 1:
            # Both the text and the source: Sphinx highlights a block only when they agree.
            block.rawsource = text.rstrip("\n")
            block.children[0].parent = None
            block.children = []
            block += nodes.Text(block.rawsource)


_ATTRIBUTE_DOCSTRINGS: dict[str, list[str]] = {}


def _keep_attribute_docstring(
    app: object, what: str, name: str, obj: object, options: object, lines: list[str]
) -> None:
    """
    Keep the docstring of a constant or an attribute as written. Napoleon reads a first line
    with a colon as "type: description", and "art. 2:142b BW" has one.
    """
    if what in ("data", "attribute"):
        _ATTRIBUTE_DOCSTRINGS[name] = list(lines)


def _restore_attribute_docstring(
    app: object, what: str, name: str, obj: object, options: object, lines: list[str]
) -> None:
    """Put back what :func:`_keep_attribute_docstring` kept, after napoleon has run."""
    if what in ("data", "attribute") and name in _ATTRIBUTE_DOCSTRINGS:
        lines[:] = _ATTRIBUTE_DOCSTRINGS.pop(name)


def _drop_object_base(
    app: object, name: str, obj: object, options: object, bases: list[type]
) -> None:
    """Say "Bases: ..." only where a class has a base worth naming."""
    bases[:] = [base for base in bases if base is not object]


def setup(app: Any) -> dict[str, Any]:
    """Register the clean-up of the examples and the guard of attribute docstrings."""
    app.connect("doctree-read", _trim_examples)
    app.connect("autodoc-process-docstring", _keep_attribute_docstring, priority=100)
    app.connect("autodoc-process-docstring", _restore_attribute_docstring, priority=900)
    app.connect("autodoc-process-bases", _drop_object_base)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
