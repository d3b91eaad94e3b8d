"""The public path of :mod:`ingroeiquotum.io.codec`: the same module object."""

import sys

from ingroeiquotum.io import codec as _module
from ingroeiquotum.io.codec import *  # noqa: F403  (the names, for type checkers)

sys.modules[__name__] = _module
