"""``python -m ingroeiquotum``: the command line."""

import sys

from ingroeiquotum.cli import main

sys.exit(main())
