"""
Hostile files and paths fed to every loader (``read_compositions``, ``read_company_years``,
``read_employees`` with ``aggregate_employees``), in every format and as a path, a binary and a
text stream: only the library's own errors escape, in bounded time.

The named cases of ``hostile_files.py`` run every time; the fuzzed files (``hostile_bytes``)
run a few examples in the CI profile and many in the thorough one.
"""

from __future__ import annotations

import contextlib
import io
import os
import time
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

import hostile_files as hostile
from fuzzing import counted, fuzz_examples
from ingroeiquotum import io as loaders
from ingroeiquotum.exceptions import IngroeiquotumError, LoadError

SECONDS = 10.0
"""The most a single hostile source may take (each takes milliseconds today)."""


def _compositions(source, format, limits):
    return loaders.read_compositions(source, format=format, limits=limits, on_error="collect")


def _company_years(source, format, limits):
    return loaders.read_company_years(source, format=format, limits=limits)


def _employees(source, format, limits):
    records = loaders.read_employees(source, format=format, limits=limits)
    return loaders.aggregate_employees(records, dates=[date(2024, 12, 31)], on_error="collect")


def _employee_records(source, format, limits):
    return sum(1 for _ in loaders.read_employees(source, format=format, limits=limits))


LOADERS = {
    "read_compositions": _compositions,
    "read_company_years": _company_years,
    "aggregate_employees": _employees,
    "read_employees": _employee_records,
}


def survives(load, source, format, limits) -> None:
    """``load`` meets ``source`` with a result or the library's own error, in bounded time."""
    started = time.perf_counter()
    try:
        load(source, format, limits)
    except IngroeiquotumError as error:
        str(error)  # the message always builds
    assert time.perf_counter() - started < SECONDS


def streams(content: bytes, name: str = "<hostile>"):
    """``content`` as a binary stream, and as a text stream if it is UTF-8."""
    yield io.BytesIO(content)
    with contextlib.suppress(UnicodeDecodeError):
        yield io.StringIO(content.decode("utf-8"))


NAMED = [(fmt, name) for fmt in hostile.FORMATS for name in hostile.cases(fmt)]


@pytest.mark.parametrize("limits", [hostile.SMALL, None], ids=["small limits", "default limits"])
@pytest.mark.parametrize(("format", "name"), NAMED, ids=[f"{f}: {n}" for f, n in NAMED])
def test_a_hostile_file_gives_our_error(format, name, limits, tmp_path):
    """Each named hostile file, to each loader, as a path and as streams."""
    content = hostile.cases(format)[name]
    path = tmp_path / f"hostile.{format}"
    path.write_bytes(content)
    for load in LOADERS.values():
        survives(load, path, None, limits)
        for stream in streams(content):
            survives(load, stream, format, limits)


@pytest.mark.parametrize("name", list(hostile.endless_sources()))
@pytest.mark.parametrize("format", hostile.FORMATS)
def test_a_source_that_never_ends_stops_at_a_limit(name, format):
    """
    A stream that never ends (as /dev/zero) stops with a LoadError: at a limit, or earlier
    at a header that is not the schema's.
    """
    make = hostile.endless_sources()[name]
    for load in LOADERS.values():
        with pytest.raises(LoadError) as caught:
            load(make(), format, hostile.SMALL)
        assert caught.value.errors


def test_dev_zero_stops_at_once_under_the_default_limits():
    """The real /dev/zero, under the default limits: a LoadError, not memory until killed."""
    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero here")
    for format in hostile.FORMATS:
        for load in LOADERS.values():
            started = time.perf_counter()
            with pytest.raises(LoadError):
                load("/dev/zero", format, None)
            assert time.perf_counter() - started < SECONDS


@pytest.mark.parametrize("format", hostile.FORMATS)
def test_a_hostile_path_gives_our_error_naming_it(format, tmp_path):
    """A folder, a missing file or folder, an unreadable file: a LoadError naming the path."""
    for name, path in hostile.hostile_paths(tmp_path).items():
        if name == "/dev/zero":
            continue
        if name == "unreadable" and os.access(path, os.R_OK):
            continue  # root reads a file without read permission
        for load in LOADERS.values():
            with pytest.raises(LoadError) as caught:
                load(path, format, None)
            assert str(path) == caught.value.source, name


@settings(
    max_examples=fuzz_examples() * 4,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(content=hostile.hostile_bytes)
@counted
def test_fuzzed_files_give_our_error(content):
    """Files made of hostile pieces, to every loader in every format, as streams."""
    for format in hostile.FORMATS:
        for load in LOADERS.values():
            for stream in streams(content):
                survives(load, stream, format, hostile.SMALL)
