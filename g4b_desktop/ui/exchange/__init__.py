"""The Excel exchange: export, import wizard, consolidation."""
