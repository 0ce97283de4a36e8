"""Feature modules the main window installs after building itself.

Each name is a module `g4b_desktop/ui/<name>.py` with `install(window)`; a listed module that does not
exist (yet) is skipped. Add your feature's name here; do not edit main_window.py.
"""

FEATURES = ["meetings_view", "summit_view", "exchange_actions", "backups_view"]
