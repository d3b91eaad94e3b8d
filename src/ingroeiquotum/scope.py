"""The public path of :mod:`ingroeiquotum.law.bw2.scope` (API contract): the same module object."""

import sys

from ingroeiquotum.law.bw2 import scope as _module
from ingroeiquotum.law.bw2.scope import *  # noqa: F403  (the names, for type checkers)

sys.modules[__name__] = _module
