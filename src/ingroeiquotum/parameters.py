"""The public path of :mod:`ingroeiquotum.law.parameters` (API contract): the same module object."""

import sys

from ingroeiquotum.law import parameters as _module
from ingroeiquotum.law.parameters import *  # noqa: F403  (the names, for type checkers)

sys.modules[__name__] = _module
