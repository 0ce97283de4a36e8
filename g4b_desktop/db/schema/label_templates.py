"""Change-set labels and trash labels in every language (migration 0010).

`label` keeps the English sentence (older programs and reports read it); `label_template` and
`label_params` (JSON) keep what `g4b_desktop.texts.Text` needs to show it in Dutch or French.
Rows written before this step have NULL there and are shown as their English label.
"""

from __future__ import annotations

from .sqlscript import run_script
from .steps import migrations


@migrations(name="0010_change_set_text")
def change_set_text(db) -> None:
    run_script(
        db,
        """
        ALTER TABLE change_set ADD COLUMN label_template TEXT;
        ALTER TABLE change_set ADD COLUMN label_params TEXT;
        ALTER TABLE trash ADD COLUMN label_template TEXT;
        ALTER TABLE trash ADD COLUMN label_params TEXT;
        """,
    )
