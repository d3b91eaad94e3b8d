"""The public path of :mod:`ingroeiquotum.planning.progress` (API contract): the same module object."""

import sys

from ingroeiquotum.planning import progress as _module
from ingroeiquotum.planning.progress import *  # noqa: F403  (the names, for type checkers)

sys.modules[__name__] = _module
