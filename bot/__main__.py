"""`python -m bot ...` is `magbot ...`."""

import sys

from .terminal.cli import main

sys.exit(main())
