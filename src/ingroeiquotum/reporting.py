"""The public path of :mod:`ingroeiquotum.law.bw2.reporting` (API contract): the same module object."""

import sys

from ingroeiquotum.law.bw2 import reporting as _module
from ingroeiquotum.law.bw2.reporting import *  # noqa: F403  (the names, for type checkers)

sys.modules[__name__] = _module
