"""
What every chart shares (charts/_figure.py, charts/_display.py): the figure that shows itself
as a picture in a notebook (``_repr_png_``, in a fresh kernel too), the missing extra, import
hygiene, and :func:`charts.save_png`.
"""

from __future__ import annotations

import errno
import json
import os
import struct
import subprocess
import sys
import textwrap

import pytest

from ingroeiquotum import charts, samples
from ingroeiquotum.exceptions import InvalidArgument


@pytest.fixture
def mpl():
    """matplotlib, or skip: the charts need the 'charts' extra."""
    return pytest.importorskip("matplotlib")


@pytest.fixture
def company():
    """The fictional sample company Polderchemie N.V."""
    return samples.sample_company()


def png_size(data):
    """(width, height) of PNG bytes, from the IHDR chunk."""
    assert b"\x89PNG\r\n\x1a\n" == data[:8]
    return struct.unpack(">II", data[16:24])


POPULATION = [
    {"year": 2023, "group_by": "all", "group": "all", "organ_group": "rvc", "seats": 9,
     "women": 3, "share_of_seats_women": 1 / 3, "listed": 2, "listed_meeting_quota": 1},
]  # fmt: skip
"""One aggregate row, in the shape of bulk.aggregate."""

SEATS = [{"organ": "rvc", "gender": "woman", "start": "2024-04-23"}]


def every_chart(company):
    """One call of each chart, in the order of charts.__all__ (save_png aside)."""
    return {
        "appointments_chart": lambda: charts.appointments_chart(SEATS),
        "company_overview": lambda: charts.company_overview(company),
        "composition_chart": lambda: charts.composition_chart(company, "rvc"),
        "population_chart": lambda: charts.population_chart(POPULATION),
        "quota_chart": lambda: charts.quota_chart(POPULATION),
        "sector_chart": lambda: charts.sector_chart(POPULATION, group_by="all"),
    }


# --- a picture in a notebook -----------------------------------------------------------------


def test_every_chart_is_named(company):
    """every_chart covers every chart of charts.__all__."""
    assert sorted(every_chart(company)) == sorted(set(charts.__all__) - {"save_png"})


@pytest.mark.parametrize(
    "name", ["appointments_chart", "company_overview", "composition_chart", "population_chart",
             "quota_chart", "sector_chart"],
)  # fmt: skip
def test_every_chart_shows_itself_as_a_png(mpl, company, name):
    """Each chart answers _repr_png_ with PNG bytes of its size at 100 dpi, and is a Figure."""
    from matplotlib.figure import Figure

    figure = every_chart(company)[name]()
    assert isinstance(figure, Figure)
    width, height = png_size(figure._repr_png_())
    inches = figure.get_size_inches()
    assert (round(inches[0] * 100), round(inches[1] * 100)) == (width, height)


def test_repr_png_is_save_png_at_100_dpi(mpl, company, tmp_path):
    """
    The notebook's picture is the figure as save_png writes it at 100 dpi (the same size; the
    pixels may differ slightly, since constrained layout settles again on each draw).
    """
    figure = charts.composition_chart(company, "rvc")
    path = charts.save_png(figure, tmp_path / "rvc.png", dpi=100)
    assert (750, 480) == png_size(path.read_bytes()) == png_size(figure._repr_png_())


def test_repr_png_leaves_pyplot_alone(mpl, company):
    """Showing a chart in a notebook loads no pyplot and keeps the text repr short."""
    script = textwrap.dedent(
        """
        import json, sys
        from ingroeiquotum import charts, samples
        figure = charts.composition_chart(samples.sample_company(), "rvc")
        data = figure._repr_png_()
        print(json.dumps([data[:4].hex(), "matplotlib.pyplot" in sys.modules, repr(figure)]))
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert ["89504e47", False, "<ChartFigure size 750x480 with 1 Axes>"] == json.loads(
        result.stdout.splitlines()[-1]
    )


def test_a_fresh_kernel_shows_the_chart_as_a_picture(mpl, company):
    """
    IPython's display formatter, as a fresh Jupyter kernel has it (no %matplotlib inline), gives
    the chart an image/png; a plain matplotlib Figure made the same way gets only text/plain.
    """
    formatters = pytest.importorskip("IPython.core.formatters")
    from matplotlib.figure import Figure

    formatter = formatters.DisplayFormatter()
    data, _ = formatter.format(charts.composition_chart(company, "rvc"))
    assert {"text/plain", "image/png"} == set(data)
    assert data["image/png"][:4] == b"\x89PNG"
    plain, _ = formatter.format(Figure())
    assert {"text/plain"} == set(plain)


# --- the extra and the edge rules ------------------------------------------------------------


def test_missing_extra_gives_the_library_error(monkeypatch, company):
    """Without matplotlib, every function names the 'charts' extra."""
    for name in [name for name in sys.modules if name.split(".")[0] == "matplotlib"]:
        monkeypatch.setitem(sys.modules, name, None)
    monkeypatch.setitem(sys.modules, "matplotlib", None)
    calls = [*every_chart(company).values(), lambda: charts.save_png(object(), "x.png")]
    for call in calls:
        with pytest.raises(InvalidArgument, match=r"pip install 'ingroeiquotum\[charts\]'") as info:
            call()
        assert "chart" == info.value.field


def test_import_is_free_and_pyplot_untouched(mpl):
    """Importing charts loads no matplotlib; drawing never loads pyplot (no global state)."""
    script = (
        "import json, sys\n"
        "from ingroeiquotum import charts, samples\n"
        "before = 'matplotlib' in sys.modules\n"
        "charts.composition_chart(samples.sample_company(), 'rvc')\n"
        "print(json.dumps([before, 'matplotlib.pyplot' in sys.modules]))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert [False, False] == json.loads(result.stdout.splitlines()[-1])


# --- save_png ---------------------------------------------------------------------------------


def test_save_png(mpl, company, tmp_path):
    """A PNG of 7.5 x 4.8 inches at the dpi asked for."""
    written = charts.save_png(
        charts.composition_chart(company, "rvc"), tmp_path / "rvc.png", dpi=80
    )
    assert tmp_path / "rvc.png" == written
    assert (600, 384) == png_size(written.read_bytes())


@pytest.mark.parametrize("dpi", [0, -1, 1.5, True, "150"])
def test_save_png_refuses_bad_dpi(mpl, company, tmp_path, dpi):
    """dpi is a whole number above zero."""
    with pytest.raises(InvalidArgument, match="dpi"):
        charts.save_png(charts.composition_chart(company, "rvc"), tmp_path / "x.png", dpi=dpi)


def test_save_png_refuses_junk(mpl, company, tmp_path):
    """Only a matplotlib Figure, and only to a path."""
    with pytest.raises(InvalidArgument, match="figure"):
        charts.save_png("figure", tmp_path / "x.png")
    with pytest.raises(InvalidArgument, match="path"):
        charts.save_png(charts.composition_chart(company, "rvc"), 42)


# --- writing whole or not at all ---------------------------------------------------------------


def _no_space(*args, **kwargs):
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def test_save_png_on_a_full_disk_leaves_the_old_file(mpl, company, tmp_path, monkeypatch):
    """A full disk (ENOSPC, simulated): the library's error, the old file whole, no leftovers."""
    target = tmp_path / "rvc.png"
    target.write_bytes(b"the old chart")
    monkeypatch.setattr(os, "fsync", _no_space)
    with pytest.raises(InvalidArgument) as caught:
        charts.save_png(charts.composition_chart(company, "rvc"), target)
    assert ("path", str(target)) == (caught.value.field, caught.value.value)
    assert "cannot be written (No space left on device)" == caught.value.reason
    assert b"the old chart" == target.read_bytes()
    assert ["rvc.png"] == [item.name for item in tmp_path.iterdir()]


def test_save_png_fails_while_drawing_leaves_nothing(mpl, company, tmp_path, monkeypatch):
    """A failure half-way (no file there before): no file, no temporary file."""
    figure = charts.composition_chart(company, "rvc")
    monkeypatch.setattr(figure, "savefig", _no_space)
    with pytest.raises(InvalidArgument, match="No space left on device"):
        charts.save_png(figure, tmp_path / "rvc.png")
    assert [] == list(tmp_path.iterdir())


@pytest.mark.parametrize(
    ("where", "reason"),
    [
        ("folder", "cannot be written (is a folder, not a file)"),
        ("missing/rvc.png", "cannot be written (No such file or directory)"),
        ("plain/rvc.png", "cannot be written (Not a directory)"),
        ("", "must name a file (a non-empty path without NUL)"),
        ("a\x00b.png", "must name a file (a non-empty path without NUL)"),
        ("\ud800.png", "is not a file name this system can use"),
        ("x" * 300 + ".png", "cannot be written (File name too long)"),
    ],
)
def test_save_png_to_a_place_it_cannot_write(mpl, company, tmp_path, where, reason):
    """A folder, a missing folder, a file as a folder, a name no system has: InvalidArgument."""
    (tmp_path / "folder").mkdir()
    (tmp_path / "plain").write_text("x", encoding="utf-8")
    path = str(tmp_path / where) if where.startswith(("folder", "missing", "plain", "x")) else where
    with pytest.raises(InvalidArgument) as caught:
        charts.save_png(charts.composition_chart(company, "rvc"), path)
    assert ("path", reason) == (caught.value.field, caught.value.reason)


def test_save_png_into_a_read_only_place(mpl, company, tmp_path, monkeypatch):
    """No permission (simulated, as tests may run as root): InvalidArgument, nothing written."""

    def refused(*args, **kwargs):
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))

    monkeypatch.setattr(os, "open", refused)
    with pytest.raises(InvalidArgument, match=r"cannot be written \(Permission denied\)"):
        charts.save_png(charts.composition_chart(company, "rvc"), tmp_path / "rvc.png")
    assert [] == list(tmp_path.iterdir())


def test_save_png_keeps_the_mode_of_a_file_and_writes_through_a_link(mpl, company, tmp_path):
    """A replaced file keeps its permissions; a link stays a link to the new chart."""
    target = tmp_path / "rvc.png"
    target.write_bytes(b"old")
    target.chmod(0o640)
    link = tmp_path / "link.png"
    link.symlink_to(target)
    charts.save_png(charts.composition_chart(company, "rvc"), link, dpi=80)
    assert link.is_symlink()
    assert 0o640 == target.stat().st_mode & 0o777
    assert (600, 384) == png_size(target.read_bytes())
    assert {"rvc.png", "link.png"} == {item.name for item in tmp_path.iterdir()}


def test_save_png_new_file_follows_the_umask(mpl, company, tmp_path):
    """A new chart gets the permissions open() would give it (0o666 less the umask)."""
    old = os.umask(0o027)
    try:
        charts.save_png(charts.composition_chart(company, "rvc"), tmp_path / "rvc.png", dpi=80)
    finally:
        os.umask(old)
    assert 0o640 == (tmp_path / "rvc.png").stat().st_mode & 0o777
