"""Feature modules the main window installs after building itself.

Each name is a module `g4b_desktop/ui/<name>.py` with `install(window)`; a listed module that does not
exist (yet) is skipped. Add your feature's name here; do not edit main_window.py. Keep the module
light: start-up imports it, so it should add its view as a function making it (`add_view(key, title,
make)`) and import its screens only there.
"""

FEATURES = ["meetings_feature", "summit_feature", "exchange_actions", "backups_view", "revisions_feature",
            "strategy_texts_actions"]
