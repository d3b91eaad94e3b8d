"""The public path of :mod:`ingroeiquotum.law.needs`: the same module object."""

import sys

from ingroeiquotum.law import needs as _module
from ingroeiquotum.law.needs import *  # noqa: F403  (the names, for type checkers)

sys.modules[__name__] = _module
