"""The Social Summit screen and the progress note."""
