"""The frame of the window: application start, main window, features, background jobs, the undo session, languages, crash dialog, single instance, preferences, file actions, search box."""
