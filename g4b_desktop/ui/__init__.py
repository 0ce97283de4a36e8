"""The Qt window of Go4Brussels Desktop.

Importing the package first protects the interpreter from a reference-count bug of PySide6 6.12 on
Python 3.11: every delivery of some signals to a Python slot drops one reference to `None`, and every
`Signal.emit()` from Python drops one to `True`. After some tens of thousands of clicks the count
reaches zero and Python aborts ("Fatal Python error: none_dealloc"). Python 3.12 made these objects
immortal; on older versions we give them a reference count that cannot run out.
"""

from __future__ import annotations

import ctypes
import sys


def pin_singletons() -> bool:
    """Make None, True and False practically immortal (as Python 3.12 does); True if it was needed."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    extra = 1 << (40 if ctypes.sizeof(ctypes.c_ssize_t) >= 8 else 28)
    for singleton in (None, True, False):
        count = ctypes.c_ssize_t.from_address(id(singleton))  # ob_refcnt is the first field
        if count.value < extra:
            count.value += extra
    return True


pin_singletons()
