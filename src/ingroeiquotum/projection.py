"""The public path of :mod:`ingroeiquotum.planning.projection` (API contract): the same module object."""

import sys

from ingroeiquotum.planning import projection as _module
from ingroeiquotum.planning.projection import *  # noqa: F403  (the names, for type checkers)

sys.modules[__name__] = _module
