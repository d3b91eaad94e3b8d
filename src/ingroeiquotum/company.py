"""The public path of :mod:`ingroeiquotum.model.company` (API contract): the same module object."""

import sys

from ingroeiquotum.model import company as _module
from ingroeiquotum.model.company import *  # noqa: F403  (the names, for type checkers)

sys.modules[__name__] = _module
