"""The agenda of a meeting and its minutes: ordered items (drag and drop, Ctrl+Up/Down), the minutes
text per item, its outcomes (information, decision, action) and the actions carried over."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QDialog, QFormLayout, QHBoxLayout, QInputDialog,
    QLabel, QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton, QSpinBox, QSplitter,
    QVBoxLayout, QWidget,
)

from ...db import meetings, meetings_read
from ...db.enums import COMMITMENT_STATUS, label
from ..operations import meetings as meeting_operations
from .meetings_common import action_state_label, outcome_label, show_date
from .meetings_dialogs import OutcomeDialog

ID_ROLE = Qt.ItemDataRole.UserRole


class AgendaList(QListWidget):
    """Agenda items in order; `reordered(ids)` after a drop or Ctrl+Up/Down."""

    reordered = Signal(list)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("agendaList")
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

    def ids(self) -> list[str]:
        return [self.item(row).data(ID_ROLE) for row in range(self.count())]

    def keyPressEvent(self, event) -> None:
        """Ctrl+Up / Ctrl+Down move the current item (plain arrows still move the cursor)."""
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.move_current(-1 if event.key() == Qt.Key.Key_Up else 1)
            event.accept()
            return
        super().keyPressEvent(event)

    def dropEvent(self, event) -> None:
        """A dropped item is moved in the data, not by Qt in the list: the view is rebuilt from the store."""
        row = self.currentRow()
        if row < 0 or event.source() not in (self, None) or not self.dragEnabled():
            event.ignore()
            return
        point = event.position().toPoint()
        index = self.indexAt(point)
        if not index.isValid():
            target = self.count()
        else:
            rect = self.visualRect(index)
            target = index.row() + (1 if point.y() > rect.center().y() else 0)
        if target > row:
            target -= 1
        event.setDropAction(Qt.DropAction.CopyAction)  # nothing for Qt to remove at the source
        event.accept()
        if target != row:
            order = self.ids()
            order.insert(target, order.pop(row))
            self.reordered.emit(order)

    def move_current(self, step: int) -> None:
        row = self.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.count() or not self.dragEnabled():
            return
        order = self.ids()
        order.insert(target, order.pop(row))
        self.reordered.emit(order)


class AgendaPanel(QWidget):
    """Agenda on the left; the selected item's details, minutes and outcomes on the right."""

    def __init__(self, editor):
        super().__init__(editor)
        self.editor = editor
        self.window = editor.window
        self.language = editor.language
        self.meeting: dict | None = None
        self.items: list[dict] = []
        self.shown: dict | None = None   # the item whose fields are in the editor
        self._loading = False

        self.list = AgendaList()
        self.list.reordered.connect(self.reorder)
        self.list.currentRowChanged.connect(self._row_changed)
        self.add_button = QPushButton(self.tr("Add item"))
        self.add_button.clicked.connect(self.ask_new_item)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove_item)
        self.previous_button = QPushButton(self.tr("From previous meeting"))
        self.previous_button.clicked.connect(self.from_previous)
        self.template_button = QPushButton(self.tr("From template…"))
        self.template_button.clicked.connect(self.ask_template)
        self.save_template_button = QPushButton(self.tr("Save as template…"))
        self.save_template_button.clicked.connect(self.ask_save_template)
        hint = QLabel(self.tr("Drag items or press Ctrl+Up / Ctrl+Down to reorder."))
        hint.setWordWrap(True)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list)
        left_layout.addWidget(hint)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        left_layout.addLayout(row)
        row = QHBoxLayout()
        row.addWidget(self.previous_button)
        row.addWidget(self.template_button)
        left_layout.addLayout(row)
        left_layout.addWidget(self.save_template_button)

        self.title = QLineEdit()
        self.title.setObjectName("agendaTitle")
        self.presenter = QLineEdit()
        self.duration = QSpinBox()
        self.duration.setRange(0, 600)
        self.duration.setSuffix(self.tr(" min"))
        self.confidential = QCheckBox(self.tr("Confidential (left out of the minutes unless asked)"))
        self.minutes = QPlainTextEdit()
        self.minutes.setObjectName("agendaMinutes")
        self.minutes.setPlaceholderText(self.tr("What was said about this item"))
        self.save_button = QPushButton(self.tr("Save item"))
        self.save_button.setObjectName("saveAgendaItem")
        self.save_button.clicked.connect(lambda: self.save_item())  # not clicked(False) as `item_id`
        self.outcomes = QListWidget()
        self.outcomes.setObjectName("outcomes")
        self.outcomes.setWordWrap(True)  # a decision is a sentence or two
        self.add_outcome_button = QPushButton(self.tr("Add outcome…"))
        self.add_outcome_button.setObjectName("addOutcome")
        self.add_outcome_button.clicked.connect(lambda: self.ask_outcome("decision"))
        self.remove_outcome_button = QPushButton(self.tr("Remove outcome"))
        self.remove_outcome_button.clicked.connect(self.remove_outcome)
        self.links = QLabel()
        self.links.setObjectName("agendaLinks")
        self.links.setWordWrap(True)
        self.link_button = QPushButton(self.tr("Link worksite or commitment…"))
        self.link_button.clicked.connect(self.ask_link)
        self.carried = QListWidget()
        self.carried.setObjectName("carriedActions")
        self.carried.setToolTip(self.tr("Double-click an action to note what was said about it."))
        self.carried.itemDoubleClicked.connect(self.ask_carried_note)
        self.carried_label = QLabel(self.tr("Open actions of earlier meetings"))
        right = QWidget()
        form = QFormLayout(right)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Presenter"), self.presenter)
        form.addRow(self.tr("Duration"), self.duration)
        form.addRow("", self.confidential)
        links_row = QHBoxLayout()
        links_row.addWidget(self.links, 1)
        links_row.addWidget(self.link_button)
        form.addRow(self.tr("Concerns"), links_row)
        form.addRow(self.tr("Minutes"), self.minutes)
        form.addRow("", self.save_button)
        form.addRow(self.carried_label)
        form.addRow(self.carried)
        form.addRow(self.tr("Outcomes"), self.outcomes)
        outcome_buttons = QHBoxLayout()
        outcome_buttons.addWidget(self.add_outcome_button)
        outcome_buttons.addWidget(self.remove_outcome_button)
        form.addRow("", outcome_buttons)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 2)
        QVBoxLayout(self).addWidget(splitter)
        self.dialog: QDialog | None = None

    # ---- showing --------------------------------------------------------------------------

    def load(self, meeting: dict, keep_typed: bool = True) -> None:
        """Show a meeting's agenda; text typed in the current item and not saved yet stays (`keep_typed`),
        still compared at Save with what the form showed before (#17)."""
        before = self.shown if keep_typed and self.dirty() else None
        kept = {k: v for k, v in self.typed().items() if (v or None) != (before[k] or None)} if before else None
        kept_id = before["id"] if before else None
        self.meeting = meeting
        self.items = meeting["agenda"]
        current = self.current_id()
        self._loading = True
        self.list.blockSignals(True)
        self.list.clear()
        for number, item in enumerate(self.items, start=1):
            text = f"{number}. {item['title']}"
            if item["duration_minutes"]:
                text += f"  ({item['duration_minutes']} min)"
            if item["confidential"]:
                text += "  " + self.tr("[confidential]")
            entry = QListWidgetItem(text)
            entry.setData(ID_ROLE, item["id"])
            self.list.addItem(entry)
        self.list.blockSignals(False)
        ids = [i["id"] for i in self.items]
        self.list.setCurrentRow(ids.index(current) if current in ids else (0 if ids else -1))
        self.show_item(self.list.currentRow())
        self._loading = False
        self.set_locked(meeting["state"] == "approved")
        if meeting["state"] != "approved":  # nothing to take an agenda from: said before it is tried
            store = self.window.store
            has_previous = meetings.previous_meeting(store, meeting["id"]) is not None
            self.previous_button.setEnabled(has_previous)
            self.previous_button.setToolTip("" if has_previous else self.tr("The committee has no earlier meeting."))
            has_templates = bool(meetings.templates(store))
            self.template_button.setEnabled(has_templates)
            self.template_button.setToolTip("" if has_templates else self.tr("No agenda template saved yet."))
        if kept and self.current_id() == kept_id:  # not what the item holds now (as after this window's save)
            kept = {k: v for k, v in kept.items() if (v or None) != (self.shown[k] or None)}
        if kept and self.current_id() == kept_id and meeting["state"] != "approved":
            shown = {**self.shown, **kept}
            self.title.setText(shown["title"])
            self.presenter.setText(shown["presenter"] or "")
            self.duration.setValue(shown["duration_minutes"] or 0)
            self.confidential.setChecked(bool(shown["confidential"]))
            self.minutes.setPlainText(shown["minutes"] or "")
            self.shown = {**self.shown, **{k: before[k] for k in kept}}  # what the form showed

    def typed(self) -> dict:
        text = self.minutes.toPlainText().strip()
        return {"title": self.title.text().strip(), "presenter": self.presenter.text().strip() or None,
                "duration_minutes": self.duration.value() or None, "confidential": int(self.confidential.isChecked()),
                "minutes": self.minutes.toPlainText() if text else None}

    def dirty(self) -> bool:
        """True when the fields hold edits of the shown item that are not saved."""
        item = self.shown
        if not item or not self.meeting or self.meeting["state"] == "approved":
            return False
        typed = self.typed()
        return any((typed[k] or None) != (item[k] or None) for k in typed)

    def _row_changed(self, row: int) -> None:
        if not self._loading and self.shown and self.dirty() and self.shown["id"] != self.current_id():
            self.save_item(self.shown["id"])  # moving to another item keeps what was typed in this one
        self.show_item(row)

    def set_locked(self, locked: bool) -> None:
        for widget in (self.add_button, self.remove_button, self.previous_button, self.template_button,
                       self.save_button, self.add_outcome_button, self.remove_outcome_button, self.link_button):
            widget.setEnabled(not locked)
        for widget in (self.title, self.presenter, self.minutes):
            widget.setReadOnly(locked)
        self.duration.setEnabled(not locked)
        self.confidential.setEnabled(not locked)
        self.list.setDragEnabled(not locked)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.NoDragDrop if locked
                                  else QAbstractItemView.DragDropMode.InternalMove)

    def current_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(ID_ROLE) if item else None

    def current_item(self) -> dict | None:
        row = self.list.currentRow()
        return self.items[row] if 0 <= row < len(self.items) else None

    def show_item(self, _row: int = -1) -> None:
        item = self.current_item()
        self.shown = item
        self.title.setText(item["title"] if item else "")
        self.presenter.setText((item["presenter"] or "") if item else "")
        self.duration.setValue((item["duration_minutes"] or 0) if item else 0)
        self.confidential.setChecked(bool(item and item["confidential"]))
        self.minutes.setPlainText((item["minutes"] or "") if item else "")
        self.outcomes.clear()
        self.carried.clear()
        self.links.setText("; ".join(f"{link['code']} {link['title']}" for link in item["links"]) if item else "")
        for outcome in (item["outcomes"] if item else []):
            text = f"{outcome_label(outcome['kind'])}: {outcome['text']}"
            for change in outcome.get("changes", []):
                if change["code"]:
                    text += "\n    → " + self.tr("commitment {code}: {field} {old} → {new}").format(
                        code=change["code"], field=self.field_name(change["field"]),
                        old=self.field_value(change["field"], change["old_value"]),
                        new=self.field_value(change["field"], change["new_value"]))
            entry = QListWidgetItem(text)
            entry.setData(ID_ROLE, outcome["id"])
            self.outcomes.addItem(entry)
        for action in (item["carried_actions"] if item else []):
            text = self.tr("{date}: {what} — {owner}, due {due} [{state}]").format(
                date=show_date(action["meeting_date"], self.language), what=action["what"],
                owner=action["owner"] or "–", due=show_date(action["due_date"], self.language) or "–",
                state=action_state_label(action["state"]))
            if action["carried_note"]:
                text += "\n    " + action["carried_note"]
            entry = QListWidgetItem(text)
            entry.setData(ID_ROLE, action["carried_id"])
            self.carried.addItem(entry)
        visible = bool(item and item["is_action_review"])
        self.carried.setVisible(visible)
        self.carried_label.setVisible(visible)

    def field_name(self, field: str) -> str:
        return {"status": self.tr("status"), "progress": self.tr("progress"), "due_date": self.tr("due date"),
                "health": self.tr("health")}.get(field, field)

    def field_value(self, field: str, value) -> str:
        if value is None or value == "":
            return "–"
        if field == "status":
            return label(COMMITMENT_STATUS, value, self.language)
        if field == "progress":
            return f"{value}%"
        if field.endswith("date"):
            return show_date(value, self.language)
        return str(value)

    # ---- writing --------------------------------------------------------------------------

    def reorder(self, ids: list[str]) -> None:
        meeting_id = self.meeting["id"]
        moved = self.current_id()
        if meeting_operations.reorder_agenda(self.window.session, meeting_id, ids) is None:
            self.editor.reload()
            return
        if moved:
            self.list.setCurrentRow(ids.index(moved))

    def add_item(self, title: str) -> str | None:
        meeting_id = self.meeting["id"]
        result = meeting_operations.add_agenda_item(self.window.session, meeting_id, title)
        if result:
            self.list.setCurrentRow(self.list.count() - 1)
            return result[0]
        return None

    def ask_new_item(self) -> None:
        title, ok = QInputDialog.getText(self, self.tr("Add agenda item"), self.tr("Title"))
        if ok and title.strip():
            self.add_item(title)

    def remove_item(self) -> None:
        item_id = self.current_id()
        if item_id:
            meeting_operations.delete_agenda_item(self.window.session, item_id)

    def save_item(self, item_id: str | None = None) -> None:
        item_id = item_id or self.current_id()
        if not item_id:
            return
        values = self.typed()
        seen = dict(self.shown) if self.shown and self.shown["id"] == item_id else None
        meeting_id = self.meeting["id"]
        meeting_operations.update_agenda_item(self.window.session, item_id, values, seen,
                                              reload=lambda: self.editor.load(meeting_id, keep_typed=False))

    def from_previous(self) -> None:
        meeting_id = self.meeting["id"]
        meeting_operations.agenda_from_previous(self.window.session, meeting_id)

    def ask_template(self) -> None:
        templates = meetings.templates(self.window.store)
        if not templates:
            self.window.show_error(self.tr("There are no saved agenda templates yet."))
            return
        names = [t["name"] for t in templates]
        name, ok = QInputDialog.getItem(self, self.tr("Agenda from a template"), self.tr("Template"), names, 0, False)
        if ok:
            template_id = templates[names.index(name)]["id"]
            meeting_id = self.meeting["id"]
            meeting_operations.agenda_from_template(self.window.session, meeting_id, template_id)

    def ask_save_template(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Save agenda as template"), self.tr("Name"))
        if ok and name.strip():
            meeting_id = self.meeting["id"]
            meeting_operations.save_template(self.window.session, meeting_id, name)

    def set_carried_note(self, link_id: str, note: str) -> None:
        meeting_operations.set_carried_note(self.window.session, link_id, note)

    def ask_carried_note(self, entry: QListWidgetItem) -> None:
        if self.meeting["state"] == "approved":
            return
        note, ok = QInputDialog.getMultiLineText(self, self.tr("Follow-up of an action item"),
                                                 self.tr("What was said about this action"))
        if ok:
            self.set_carried_note(entry.data(ID_ROLE), note)

    def remove_outcome(self) -> None:
        entry = self.outcomes.currentItem()
        if entry is not None:
            outcome_id = entry.data(ID_ROLE)
            meeting_operations.delete_outcome(self.window.session, outcome_id)

    def link_choices(self) -> list[tuple[str, str, str]]:
        """(text, table, id) for the worksites and commitments of the meeting's objective."""
        store = self.window.store
        rows = meetings_read.link_choices(store, self.meeting["objective_id"], self.window.language)
        return [(f"{r['code']} {r['title'][:80]}", r["t"], r["id"]) for r in rows]

    def link(self, table: str, record_id: str) -> None:
        item_id = self.current_id()
        if item_id:
            meeting_operations.link_agenda_item(self.window.session, item_id, **{f"{table}_id": record_id})

    def ask_link(self) -> None:
        choices = self.link_choices()
        if not choices or not self.current_id():
            return
        text, ok = QInputDialog.getItem(self, self.tr("Link worksite or commitment"),
                                        self.tr("Worksite or commitment"), [c[0] for c in choices], 0, False)
        if ok:
            _, table, record_id = choices[[c[0] for c in choices].index(text)]
            self.link(table, record_id)

    def ask_outcome(self, kind: str) -> OutcomeDialog | None:
        if not self.current_id():
            return None
        self.dialog = OutcomeDialog(self, self.window.store, self.meeting["objective_id"], kind)
        self.dialog.accepted.connect(lambda dialog=self.dialog: self.add_outcome_from(dialog))
        self.dialog.open()
        return self.dialog

    def add_outcome_from(self, dialog: OutcomeDialog) -> None:
        item_id = self.current_id()
        kind, text = dialog.kind.currentData(), dialog.text.toPlainText()
        if kind == "decision":
            changes = dialog.commitment_changes()
            meeting_operations.record_decision(self.window.session, item_id, text, changes)
        elif kind == "action":
            fields = dialog.action_values()
            meeting_operations.add_outcome(self.window.session, item_id, "action", text, lang=self.language, **fields)
        else:
            meeting_operations.add_outcome(self.window.session, item_id, "information", text)
