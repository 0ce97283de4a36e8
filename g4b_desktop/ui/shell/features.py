"""Feature modules the main window installs after building itself.

Each name is a module `g4b_desktop/ui/<folder>/<name>.py`, given as `<folder>.<name>`, with `install(window)`; a listed module that does not
exist (yet) is skipped. Add your feature's name here; do not edit main_window.py. Keep the module
light: start-up imports it, so it should add its view as a function making it (`add_view(key, title,
make)`) and import its screens only there.
"""

FEATURES = ["meetings.meetings_feature", "summit.summit_feature", "exchange.exchange_actions", "backups.backups_view", "strategy.revisions_feature", "strategy.strategy_texts_actions"]
