"""The public path of :mod:`ingroeiquotum.law.rules` (API contract): the same module object."""

import sys

from ingroeiquotum.law import rules as _module
from ingroeiquotum.law.rules import *  # noqa: F403  (the names, for type checkers)

sys.modules[__name__] = _module
