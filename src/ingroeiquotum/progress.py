"""The public path of :mod:`ingroeiquotum.model.progress` (API contract): the same module object."""

import sys

from ingroeiquotum.model import progress as _module
from ingroeiquotum.model.progress import *  # noqa: F403  (the names, for type checkers)

sys.modules[__name__] = _module
