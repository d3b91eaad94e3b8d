"""The public path of :mod:`ingroeiquotum.law.eu.disclosures` (API contract): the same module object."""

import sys

from ingroeiquotum.law.eu import disclosures as _module
from ingroeiquotum.law.eu.disclosures import *  # noqa: F403  (the names, for type checkers)

sys.modules[__name__] = _module
