"""The indicators (key figures) screen."""
