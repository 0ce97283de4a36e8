"""Go4Brussels 2030 Desktop."""

__version__ = "0.1.0"
