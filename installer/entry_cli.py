"""Entry script of the bundled command line `g4b` (PyInstaller runs this file)."""

import sys

from g4b_desktop.cli import main

sys.exit(main())
