"""`python -m bot ...` is `magbot ...`."""

import sys

from .cli import main

sys.exit(main())
