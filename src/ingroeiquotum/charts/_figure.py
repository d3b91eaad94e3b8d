"""
What every chart shares: the figure it is drawn on (one that shows itself as a picture in a
notebook), the texts in the chosen language, percentages, and :func:`save_png`.

matplotlib is imported only inside the functions (the figure class lives in
:mod:`ingroeiquotum.charts._display`, imported on the first chart), so importing the charts
costs nothing; without matplotlib they raise :class:`~ingroeiquotum.exceptions.InvalidArgument`
naming the extra.
"""

from __future__ import annotations

import contextlib
import os
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ingroeiquotum.exceptions import InvalidArgument
from ingroeiquotum.guidance._locale import language as parse_language
from ingroeiquotum.i18n.messages import _LOCALES, catalog

if TYPE_CHECKING:
    from matplotlib.figure import Figure

_EXTRA = "needs the 'charts' extra: pip install 'ingroeiquotum[charts]'"

_COLOURS = {
    "share": "#1f5fa8",
    "target": "#2e8b57",
    "quota": "#c0392b",
    "bestuur": "#1f5fa8",
    "rvc": "#d98c1f",
    "subtop": "#7b4fa0",
    "all": "#444444",
}
"""The colours of the charts: the share, target and quota lines; the organ groups' lines."""


def _figure_class() -> type[Figure]:
    """The Figure class of matplotlib, or the library's error if the ``charts`` extra is missing."""
    try:
        from matplotlib.figure import Figure
    except ImportError as error:
        raise InvalidArgument("chart", error.name or "matplotlib", _EXTRA) from error
    return Figure


def _language(language: object) -> str:
    return parse_language(language, "language")


def _texts(language: str) -> dict[str, str]:
    """The charts' texts in ``language``, from the catalog: its ``chart.*`` entries and the organs."""
    words = catalog(language)
    texts = {
        key.removeprefix("chart."): text for key, text in words.items() if key.startswith("chart.")
    }
    for kind in ("bestuur", "executive", "non_executive"):
        texts[kind] = words[f"organ.{kind}"]
    texts["rvc"] = words["organ.rvc_name"]
    return texts


def _percent(share: Fraction, language: str) -> str:
    """``share`` as "33%" or, where it is not a whole percentage, "33.3%" ("33,3%" in Dutch)."""
    from babel import numbers

    value = share * 100
    if value.denominator == 1:
        number, pattern = Decimal(int(value)), "0"
    else:  # rounded from the float, as the charts always have
        number, pattern = Decimal(float(value)), "0.0"
    text: str = numbers.format_decimal(number, pattern, locale=_LOCALES[language])
    return text + "%"


def _new_figure(size: tuple[float, float]) -> Figure:
    """
    A new, empty figure of ``size`` inches with constrained layout: a
    :class:`~ingroeiquotum.charts._display.ChartFigure`, which a notebook shows as a picture.
    """
    _figure_class()
    from ingroeiquotum.charts._display import ChartFigure

    return ChartFigure(figsize=size, layout="constrained")


def save_png(figure: Figure, path: str | os.PathLike[str], *, dpi: int = 150) -> Path:
    """
    Write ``figure`` to ``path`` as a PNG at ``dpi`` dots per inch; the path written.

    The file is written whole or not at all: the PNG goes to a temporary file in the same
    folder, which then replaces ``path`` in one step (:func:`os.replace`); after a failure (a
    full disk, say) the temporary file is removed and a file already at ``path`` is unchanged.
    A link is written through; a device or pipe (``/dev/stdout``) is written directly. A new
    file gets the permissions the process's umask gives, a replaced one keeps its own.

    Raises:
        InvalidArgument: if matplotlib (the ``charts`` extra) is missing, ``figure`` is not a
            matplotlib figure, or ``dpi`` is not a positive whole number; for a ``path`` that is
            not a path, is empty, names a folder, lies in a folder that does not exist, or
            cannot be written (``field`` is ``"path"``; the reason names the system's error).

    .. versionchanged:: 0.1.0
       Written through a temporary file; a path that cannot be written is an
       ``InvalidArgument``, not an ``OSError``.
    """
    if not isinstance(figure, _figure_class()):
        raise InvalidArgument("figure", figure, "must be a matplotlib Figure")
    if isinstance(dpi, bool) or not isinstance(dpi, int) or dpi <= 0:
        raise InvalidArgument("dpi", dpi, "must be a whole number above 0")
    if not isinstance(path, str | os.PathLike):
        raise InvalidArgument("path", path, "must be a path")
    name = os.fspath(path)
    if not isinstance(name, str) or not name or "\x00" in name:
        raise InvalidArgument("path", path, "must name a file (a non-empty path without NUL)")
    try:
        os.fsencode(name)
    except UnicodeEncodeError:
        raise InvalidArgument("path", path, "is not a file name this system can use") from None
    target = Path(name)
    try:
        _write_whole(figure, Path(os.path.realpath(name)), dpi)
    except OSError as error:
        raise InvalidArgument("path", name, _cannot_write(error)) from None
    return target


def _cannot_write(error: OSError) -> str:
    """The reason a file cannot be written, in the system's words."""
    return f"cannot be written ({error.strerror or type(error).__name__})"


def _write_whole(figure: Figure, target: Path, dpi: int) -> None:
    """``figure`` to ``target`` through a temporary file in the same folder, then os.replace."""
    import errno
    import secrets
    import stat

    options: dict[str, Any] = {"dpi": dpi, "format": "png", "metadata": {"Software": None}}
    try:
        mode = target.stat().st_mode
    except FileNotFoundError:
        mode = None
    if mode is not None and stat.S_ISDIR(mode):
        raise IsADirectoryError(errno.EISDIR, "is a folder, not a file")
    if mode is not None and not os.access(target, os.W_OK):  # as open() would refuse it
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))
    if mode is not None and not stat.S_ISREG(mode):  # a device or a pipe: nothing to replace
        with target.open("wb") as handle:
            figure.savefig(handle, **options)
        return
    temporary = target.with_name(f".{target.name}.{secrets.token_hex(6)}.tmp")
    # O_EXCL: never through someone else's file; 0o666 lets the umask decide, as open() does
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    descriptor = os.open(temporary, flags, 0o666 if mode is None else stat.S_IMODE(mode))
    try:
        with os.fdopen(descriptor, "wb") as handle:
            figure.savefig(handle, **options)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
