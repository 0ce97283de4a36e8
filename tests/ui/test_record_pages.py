"""Objective and worksite pages (#9): the history shows the newest entries and loads older ones on request,
its columns fit their texts, the details are a text browser whose links open records, and the pages show
the same facts as the database holds."""

from __future__ import annotations

from PySide6.QtCore import QUrl

from g4b_desktop.db import browse, commitments, history, queries
from g4b_desktop.ui.widgets import history_panel
from g4b_desktop.ui.widgets.history_panel import PAGE, WHEN


def add(store, code, title, **values):
    worksite = queries.worksite_by_code(store, code)
    return commitments.add(store, worksite["id"], title, **values)[0]


def long_history(store, edits: int) -> str:
    """A commitment whose progress was changed `edits` times (one action each)."""
    commitment_id = add(store, "2.1.4", "Veel gewijzigd")
    for n in range(edits):
        commitments.update(store, commitment_id, {"progress": n % 100 + 1 if n % 100 + 1 != n else 0})
    return commitment_id


def shown_rows(panel) -> list[tuple[str, ...]]:
    model = panel.model
    return [tuple(model.index(row, column).data() for column in range(model.columnCount()))
            for row in range(model.rowCount())]


def test_record_history_pages_equal_the_whole_history(store):
    commitment_id = long_history(store, 12)
    whole = history.record_history(store, "commitment", commitment_id)
    assert len(whole) > 12
    pages, before = [], None
    while True:
        page = history.record_history(store, "commitment", commitment_id, limit=5, before_seq=before)
        if not page:
            break
        assert len(page) <= 5
        pages.extend(page)
        before = page[-1]["seq"]
    assert pages == whole
    assert [row["seq"] for row in whole] == sorted((row["seq"] for row in whole), reverse=True)


def test_history_panel_shows_the_newest_entries_and_loads_older_ones(window, qtbot):
    store = window.store
    commitment_id = long_history(store, PAGE + 10)
    whole = history.record_history(store, "commitment", commitment_id)
    assert len(whole) > PAGE + 10
    window.open_record("commitment", commitment_id)
    panel = window.strategy_view.worksite_page.history
    assert panel.model.record_id == commitment_id
    assert panel.model.rowCount() == PAGE
    assert [panel.model.index(row, WHEN).data(history_panel.SORT_ROLE) for row in range(PAGE)] == \
        [row["seq"] for row in whole[:PAGE]]
    assert panel.more_button.isVisibleTo(panel)
    first_page = shown_rows(panel)

    panel.more_button.click()
    assert panel.model.rowCount() == len(whole)
    assert [panel.model.index(row, WHEN).data(history_panel.SORT_ROLE) for row in range(len(whole))] == \
        [row["seq"] for row in whole]
    assert shown_rows(panel)[:PAGE] == first_page
    assert not panel.more_button.isVisibleTo(panel)
    every_row = shown_rows(panel)

    # an edit of the record re-reads it: the new entry on top, the older ones still shown
    window.apply_changes(commitments.update(store, commitment_id, {"title": "Nog eens gewijzigd"}))
    assert panel.model.rowCount() == len(whole) + 1
    assert shown_rows(panel)[0][3:] == ("title", "Veel gewijzigd", "Nog eens gewijzigd")
    assert shown_rows(panel)[1:] == every_row


def test_history_panel_without_more_entries_has_no_button(window):
    commitment_id = add(window.store, "2.1.4", "Kort")
    window.open_record("commitment", commitment_id)
    panel = window.strategy_view.worksite_page.history
    assert 0 < panel.model.rowCount() < PAGE
    assert not panel.more_button.isVisibleTo(panel)
    assert panel.model.load_more() == 0


def test_history_columns_fit_their_header_and_texts(window):
    commitment_id = add(window.store, "2.1.4", "Een engagement met een tamelijk lange titel om te meten")
    window.open_record("commitment", commitment_id)
    panel = window.strategy_view.worksite_page.history
    header, metrics = panel.table.horizontalHeader(), panel.table.fontMetrics()
    rows = shown_rows(panel)
    assert rows
    for column in range(panel.model.columnCount() - 1):  # the last one stretches
        widest = max(metrics.horizontalAdvance(row[column]) for row in rows)
        assert header.sectionSize(column) >= min(widest, history_panel.MAX_WIDTH)
        assert header.sectionSize(column) >= header.sectionSizeHint(column)
        assert header.sectionSize(column) <= max(history_panel.MAX_WIDTH, header.sectionSizeHint(column))


def test_details_links_open_records(window):
    worksite = queries.worksite_by_code(window.store, "2.1.4")
    window.open_record("objective", worksite["objective_id"])
    page = window.strategy_view.objective_page
    assert page.details.toPlainText()  # the text browser shows the page's text
    # a click on a link in the text browser gives its "table:id" to the page
    page.details.anchorClicked.emit(QUrl(f"worksite:{worksite['id']}"))
    assert window.strategy_view.current_key() == ("worksite", worksite["id"])
    page = window.strategy_view.worksite_page
    objective_link = f'href="objective:{worksite["objective_id"]}"'
    assert objective_link in page.details.text()
    page.details.anchorClicked.emit(QUrl(f"objective:{worksite['objective_id']}"))
    assert window.strategy_view.current_key() == ("objective", worksite["objective_id"])


def test_objective_page_shows_its_ministers_members_indicators_and_worksites(window):
    store = window.store
    objective = queries.objective_by_code(store, "2.1")
    window.open_record("objective", objective["id"])
    page = window.strategy_view.objective_page
    text = page.details.toPlainText()
    ministers = store.rows("SELECT m.name FROM objective_minister om JOIN minister m ON m.id = om.minister_id "
                           "WHERE om.objective_id = ?", [objective["id"]])
    members = store.rows("SELECT coalesce(o.name, p.full_name) AS name FROM membership ms "
                         "LEFT JOIN organisation o ON o.id = ms.organisation_id "
                         "LEFT JOIN person p ON p.id = ms.person_id WHERE ms.objective_id = ?", [objective["id"]])
    assert ministers and members
    for row in ministers + members:
        assert row["name"] in text
    assert page.heading.text().startswith("Objective 2.1")
    worksites = store.rows("SELECT code FROM worksite WHERE objective_id = ? ORDER BY position, code",
                           [objective["id"]])
    assert [page.worksites.topLevelItem(n).text(0) for n in range(page.worksites.topLevelItemCount())] == \
        [row["code"] for row in worksites]
    assert page.history.model.record_id == objective["id"]


def test_objective_page_figures_equal_a_count_of_the_commitments(window):
    store = window.store
    add(store, "2.1.4", "Gerealiseerd", status="realised", progress=100)
    add(store, "2.1.4", "Bezig", status="in_progress", progress=35)
    moved = add(store, "2.1.1", "Verplaatst", status="postponed", progress=10)
    commitments.update(store, moved, {"worksite_id": queries.worksite_by_code(store, "2.1.3")["id"]})
    gone = add(store, "2.1.3", "Weg", status="abandoned")
    commitments.delete(store, gone)
    objective = queries.objective_by_code(store, "2.1")
    expected = store.rows(
        "SELECT w.code, count(c.id) AS commitments, coalesce(sum(c.status = 'realised'), 0) AS realised, "
        "coalesce(sum(c.status = 'in_progress'), 0) AS in_progress, "
        "coalesce(sum(c.status = 'postponed'), 0) AS postponed, avg(c.progress) AS progress "
        "FROM worksite w LEFT JOIN commitment c ON c.worksite_id = w.id WHERE w.objective_id = ? "
        "GROUP BY w.id ORDER BY w.position, w.code", [objective["id"]])
    shown = browse.objective_page(store, objective["id"])["worksites"]
    assert [{key: row[key] for key in expected[0]} for row in shown] == expected
    assert sum(row["commitments"] for row in expected) == 3
    window.open_record("objective", objective["id"])
    tree = window.strategy_view.objective_page.worksites
    assert [tree.topLevelItem(n).text(2) for n in range(tree.topLevelItemCount())] == \
        [str(row["commitments"]) for row in expected]


def test_heading_height_follows_its_text_and_font(qtbot):
    from PySide6.QtWidgets import QLabel

    from g4b_desktop.ui.strategy.worksite_page import Heading

    heading, plain = Heading(), QLabel()
    qtbot.addWidget(heading)
    qtbot.addWidget(plain)
    plain.setWordWrap(True)
    plain.setFont(heading.font())
    plain.setTextInteractionFlags(heading.textInteractionFlags())
    short, long = "2.1.4  Stages", "Objective 1.4  " + "De economie ondersteunen in de sectoren " * 4
    for text in (short, long, short):
        heading.setText(text)
        plain.setText(text)
        for width in (200, 400, 200):
            assert heading.heightForWidth(width) == plain.heightForWidth(width)
    heading.setText(long)
    plain.setText(long)
    assert heading.heightForWidth(300) > heading.fontMetrics().height() * 2
    font = heading.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    heading.setFont(font)
    plain.setFont(font)
    assert heading.heightForWidth(300) == plain.heightForWidth(300)


def test_history_moments_are_shown_as_the_window_shows_timestamps(qapp):
    from g4b_desktop.ui.shell import i18n

    for iso in ("2026-11-26T17:37:12.123456Z", "2027-03-31T23:59:59Z", "2026-10-25T00:30:00", "2025-01-01T00:00:00Z",
                "2026-06-30T22:15:00.5Z"):
        for language in ("nl", "fr", "en"):
            assert history_panel.show_moment(iso, language) == i18n.show_datetime(iso, language)
    assert history_panel.show_moment("not a moment", "nl") == i18n.show_datetime("not a moment", "nl")
    assert history_panel.show_moment(None, "fr") == ""
