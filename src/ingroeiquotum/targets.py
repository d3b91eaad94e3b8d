"""The public path of :mod:`ingroeiquotum.law.bw2.targets` (API contract): the same module object."""

import sys

from ingroeiquotum.law.bw2 import targets as _module
from ingroeiquotum.law.bw2.targets import *  # noqa: F403  (the names, for type checkers)

sys.modules[__name__] = _module
