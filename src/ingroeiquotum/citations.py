"""The public path of :mod:`ingroeiquotum.law.citations` (API contract): the same module object."""

import sys

from ingroeiquotum.law import citations as _module
from ingroeiquotum.law.citations import *  # noqa: F403  (the names, for type checkers)

sys.modules[__name__] = _module
