"""The public path of :mod:`ingroeiquotum.law.readings` (API contract): the same module object."""

import sys

from ingroeiquotum.law import readings as _module
from ingroeiquotum.law.readings import *  # noqa: F403  (the names, for type checkers)

sys.modules[__name__] = _module
