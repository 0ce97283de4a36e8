"""Subcommands of `g4b`, one module per feature; each has `register(commands)`."""
