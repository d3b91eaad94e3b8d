"""The public path of :mod:`ingroeiquotum.model.composition` (API contract): the same module object."""

import sys

from ingroeiquotum.model import composition as _module
from ingroeiquotum.model.composition import *  # noqa: F403  (the names, for type checkers)

sys.modules[__name__] = _module
