"""Entry script of the bundled window program `g4b-desktop` (PyInstaller runs this file)."""

import sys

from g4b_desktop.app import main

sys.exit(main())
