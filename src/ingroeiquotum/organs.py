"""The public path of :mod:`ingroeiquotum.model.organs` (API contract): the same module object."""

import sys

from ingroeiquotum.model import organs as _module
from ingroeiquotum.model.organs import *  # noqa: F403  (the names, for type checkers)

sys.modules[__name__] = _module
