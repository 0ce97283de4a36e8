"""A contact's e-mail is checked where it is typed: a sentence next to the field, in the user's language."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from g4b_desktop.ui.shell import i18n
from g4b_desktop.ui.shell.main_window import MainWindow
from g4b_desktop.ui.shell.undo import Session


@pytest.mark.parametrize("language, sentence", [
    ("fr", "⚠ « pas-un-email » n'est pas une adresse e-mail ; tapez-la comme nom@exemple.be."),
    ("nl", "⚠ ‘pas-un-email’ is geen e-mailadres; typ het als naam@voorbeeld.be."),
])
def test_a_bad_address_is_refused_next_to_the_field(qtbot, store, language, sentence):
    i18n.install(language)
    window = MainWindow(store, Session(store, language))
    qtbot.addWidget(window)
    window.show()
    window.show_view("partners")
    view = window.partners_view
    view.tabs.setCurrentIndex(1)
    person_id = view.add("person", "Anne Dupont")
    email = view.fields["email"]
    qtbot.keyClicks(email, "pas-un-email")
    assert view.email_error.isVisible() and view.email_error.text() == sentence
    assert not view.save_button.isEnabled()
    qtbot.keyClick(email, Qt.Key.Key_Return)
    assert store.get("person", person_id)["email"] is None
    email.clear()
    qtbot.keyClicks(email, "anne.dupont@actiris.be")
    assert not view.email_error.isVisible() and view.save_button.isEnabled()
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    assert store.get("person", person_id)["email"] == "anne.dupont@actiris.be"
    window.undo_stack.clear()
    i18n.install("en")
