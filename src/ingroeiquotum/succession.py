"""The public path of :mod:`ingroeiquotum.planning.succession` (API contract): the same module object."""

import sys

from ingroeiquotum.planning import succession as _module
from ingroeiquotum.planning.succession import *  # noqa: F403  (the names, for type checkers)

sys.modules[__name__] = _module
