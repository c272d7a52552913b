"""`python -m bot ...` is `magbot ...`."""

import sys

from .terminal.launch import main

sys.exit(main())
