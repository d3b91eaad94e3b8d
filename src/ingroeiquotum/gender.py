"""The public path of :mod:`ingroeiquotum.model.gender` (API contract): the same module object."""

import sys

from ingroeiquotum.model import gender as _module
from ingroeiquotum.model.gender import *  # noqa: F403  (the names, for type checkers)

sys.modules[__name__] = _module
