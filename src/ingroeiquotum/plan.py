"""The public path of :mod:`ingroeiquotum.model.plan` (API contract): the same module object."""

import sys

from ingroeiquotum.model import plan as _module
from ingroeiquotum.model.plan import *  # noqa: F403  (the names, for type checkers)

sys.modules[__name__] = _module
