"""
Collection for the whole repository: the public facades of ``src/ingroeiquotum`` (the module
paths of the API contract, each the same module object as its implementation in the layered
packages) hold no examples of their own; their implementation's are collected where they live.
"""

from pathlib import Path

_PACKAGE = Path(__file__).parent / "src" / "ingroeiquotum"

collect_ignore = [
    str(path)
    for path in _PACKAGE.glob("*.py")
    if "sys.modules[__name__] = _module" in path.read_text(encoding="utf-8")
]
