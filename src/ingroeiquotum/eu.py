"""The public path of :mod:`ingroeiquotum.law.eu` (API contract): the same module object."""

import sys

from ingroeiquotum.law import eu as _module
from ingroeiquotum.law.eu import *  # noqa: F403  (the names, for type checkers)

sys.modules[__name__] = _module
