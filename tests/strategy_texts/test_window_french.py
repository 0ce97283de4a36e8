"""The window in French, driven by clicks and keys: the tree, pages and search show the French texts and a
small mark says they are a working translation; the objective/worksite form edits the French; a commitment
takes a title in the other language. In English the mark says the texts are the Dutch document's."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QTreeWidgetItemIterator

from g4b_desktop import settings
from g4b_desktop.db import strategy_texts
from g4b_desktop.ui.shell import i18n
from g4b_desktop.ui.commitments.commitment_form import CommitmentForm
from g4b_desktop.ui.widgets.record_form import RecordForm

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "ui"))
from test_done_when import click_tree_item  # noqa: E402


def open_worksite(qtbot, window, code: str = "2.1.4"):
    """The worksite's page, opened by a click in the strategy tree."""
    window.show_view("strategy")
    click_tree_item(qtbot, window.strategy_view.tree, code)
    return window.strategy_view.worksite_page


@pytest.fixture
def french_window(qtbot, store):
    from g4b_desktop.ui.shell.main_window import MainWindow

    settings.save({"language": "fr"})
    i18n.install("fr")
    window = MainWindow(store)
    window.show()
    yield window
    window.close()
    window.deleteLater()
    i18n.install("en")


def tree_texts(tree) -> list[str]:
    texts, iterator = [], QTreeWidgetItemIterator(tree)
    while iterator.value():
        texts.append(iterator.value().text(1))
        iterator += 1
    return texts


def test_tree_and_pages_in_french_with_the_mark(french_window, qtbot, store):
    window = french_window
    assert window.language == "fr"
    window.show_view("strategy")
    view = window.strategy_view
    titles = tree_texts(view.tree)
    dutch = {r["title"] for r in store.rows("SELECT title FROM objective UNION ALL SELECT title FROM worksite")}
    french = {r["t"] for r in store.rows("SELECT title_fr AS t FROM objective UNION ALL SELECT title_fr FROM worksite")}
    assert not dutch & set(titles)
    assert french <= set(titles)
    assert "Engagements de la Région" in titles

    click_tree_item(qtbot, view.tree, "2.1.4")
    page = view.worksite_page
    assert page.heading.text() == "2.1.4  Stages en entreprise"
    assert page.mark.isVisible() and page.mark.toolTip() == "Traduction de travail, pas le texte officiel"
    details = page.details.toPlainText()
    assert "Poursuivre la mise en œuvre de la Garantie pour la Jeunesse" in details
    assert "Stages in de onderneming" not in details and "Jongerengarantie" not in details

    click_tree_item(qtbot, view.tree, "2.1")
    objective = view.objective_page
    assert objective.heading.text().startswith("Objectif 2.1  Poursuivre la mise en œuvre")
    assert objective.mark.isVisible()
    text = objective.details.toPlainText()
    general = store.scalar("SELECT general_objectives_fr FROM objective WHERE code = '2.1'")
    assert general.splitlines()[0] in text
    assert store.scalar("SELECT general_objectives FROM objective WHERE code = '2.1'").splitlines()[0] not in text
    worksites = [objective.worksites.topLevelItem(n).text(1) for n in range(objective.worksites.topLevelItemCount())]
    assert "Stages en entreprise" in worksites


def test_search_box_finds_french_words_and_opens_the_worksite(french_window, qtbot):
    window = french_window
    from g4b_desktop.ui.shell.search_box import SearchBox

    search = window.findChild(SearchBox, "searchBox")
    search.setFocus()
    qtbot.keyClicks(search, "stages entreprises")
    qtbot.waitUntil(lambda: search.results.rowCount() > 0, timeout=2000)
    assert search.results.item(0).text() == "Chantier 2.1.4 — Stages en entreprise"
    qtbot.keyClick(search, Qt.Key.Key_Return)
    assert window.strategy_view.worksite_page.heading.text() == "2.1.4  Stages en entreprise"


def test_the_form_in_french_edits_the_french_text_undoably(french_window, qtbot, store):
    window = french_window
    page = open_worksite(qtbot, window)
    qtbot.mouseClick(page.edit_record_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(f.isVisible() for f in window.findChildren(RecordForm)), timeout=2000)
    form = [f for f in window.findChildren(RecordForm) if f.isVisible()][0]
    title = form.editors["title"]
    assert title.text() == "Stages en entreprise"
    title.setFocus()
    qtbot.keyClick(title, Qt.Key.Key_End)
    qtbot.keyClicks(title, " et dans le secteur public")
    qtbot.mouseClick(form.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    row = store.rows("SELECT id, title, title_fr FROM worksite WHERE code = '2.1.4'")[0]
    assert (row["title"], row["title_fr"]) == ("Stages in de onderneming", "Stages en entreprise et dans le secteur public")
    assert store.scalar("SELECT origin FROM text_origin WHERE record_id = ? AND field = 'title' AND lang = 'fr'",
                        [row["id"]]) == "edited"
    assert page.heading.text() == "2.1.4  Stages en entreprise et dans le secteur public"
    assert not page.mark.isVisible() or "title" not in page.mark.toolTip()
    window.undo_action.trigger()
    assert store.scalar("SELECT title_fr FROM worksite WHERE code = '2.1.4'") == "Stages en entreprise"
    assert strategy_texts.origins(store, "worksite", row["id"])[("title", "fr")] == "working_translation"
    assert page.mark.isVisible()


def test_a_commitment_takes_a_title_in_the_other_language(french_window, qtbot, store):
    window = french_window
    page = open_worksite(qtbot, window)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(f.isVisible() for f in window.findChildren(CommitmentForm)), timeout=2000)
    form = [f for f in window.findChildren(CommitmentForm) if f.isVisible()][0]
    assert form.title_alt_lang.currentData() == "nl"  # a French reader types French; the other language is Dutch
    qtbot.keyClicks(form.title, "Recruter des places de stage")
    qtbot.keyClicks(form.title_alt, "Stageplaatsen werven")
    qtbot.mouseClick(form.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    row = store.rows("SELECT title, title_alt, title_alt_lang FROM commitment")[0]
    assert row == {"title": "Recruter des places de stage", "title_alt": "Stageplaatsen werven", "title_alt_lang": "nl"}
    from g4b_desktop.ui.widgets.commitment_model import TITLE
    index = page.model.index(0, TITLE)
    assert index.data() == "Recruter des places de stage"   # French reader: the title as typed
    assert "Stageplaatsen werven" in index.data(Qt.ItemDataRole.ToolTipRole)


def test_english_reads_the_dutch_document_and_says_so(window, qtbot):
    page = open_worksite(qtbot, window)
    assert page.heading.text() == "2.1.4  Stages in de onderneming"
    assert page.mark.isVisible()
    assert page.mark.toolTip().startswith("The strategy has no English version: its texts are shown in Dutch")


def test_dutch_shows_no_mark(qtbot, store):
    from g4b_desktop.ui.shell.main_window import MainWindow

    settings.save({"language": "nl"})
    i18n.install("nl")
    window = MainWindow(store)
    window.show()
    try:
        page = open_worksite(qtbot, window)
        assert page.heading.text() == "2.1.4  Stages in de onderneming"
        assert not page.mark.isVisible()
    finally:
        window.close()
        window.deleteLater()
        i18n.install("en")
