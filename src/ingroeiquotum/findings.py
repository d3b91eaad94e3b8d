"""The public path of :mod:`ingroeiquotum.law.findings` (API contract): the same module object."""

import sys

from ingroeiquotum.law import findings as _module
from ingroeiquotum.law.findings import *  # noqa: F403  (the names, for type checkers)

sys.modules[__name__] = _module
