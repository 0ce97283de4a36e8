"""The meetings screens: list, editor, agenda, dialogs."""
