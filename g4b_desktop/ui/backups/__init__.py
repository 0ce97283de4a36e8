"""Backups, restoring, the start-of-day check, and the trash."""
