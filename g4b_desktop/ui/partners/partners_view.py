"""Partners: organisations and contacts, the objectives each takes part in and in which role.

Add, edit, remove, and merge a duplicate organisation into another (memberships, contacts and led
commitments follow) or a duplicate contact into another (memberships, meeting attendance and owned
actions follow). Every change is one undoable action.
"""

from __future__ import annotations

from ..widgets.columns import fit_columns, record_table

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...db import browse, partners_read, queries
from ...db.enums import MEMBERSHIP_ROLE, label
from ...db.store import Changes
from ...db.validation import is_email
from ..operations import partners as partner_operations
from ..widgets.history_panel import HistoryPanel
from ..widgets.rows_model import Column, RowsModel

ORGANISATION_EDITABLE = ("name", "short_name", "kind", "website", "email", "phone", "notes")
PERSON_EDITABLE = ("full_name", "function", "email", "phone", "notes")


class PartnersView(QSplitter):
    def __init__(self, window):
        super().__init__(window)
        self.window_ = window
        self.session = window.session
        self.setObjectName("partnersView")
        self.kind: str | None = None        # "organisation" or "person"
        self._pending: Changes | None = None  # what changed while the view was not shown
        self.record_id: str | None = None
        number = lambda value, _row: str(value or 0)  # noqa: E731
        self.organisations = RowsModel([
            Column("name", self.tr("Organisation")), Column("short_name", self.tr("Short name")),
            Column("objectives", self.tr("Objectives"), number, True),
            Column("contacts", self.tr("Contacts"), number, True),
            Column("commitments", self.tr("Leads"), number, True)], self)
        self.people = RowsModel([
            Column("full_name", self.tr("Name")), Column("organisation", self.tr("Organisation")),
            Column("function", self.tr("Function")), Column("email", self.tr("E-mail"))], self)
        self.organisation_table = record_table(self.organisations, "organisationTable")
        self.organisation_table.setAccessibleName(self.tr("Organisations"))
        self.person_table = record_table(self.people, "personTable")
        self.person_table.setAccessibleName(self.tr("Contacts"))
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter by name"))
        self.filter.setAccessibleName(self.tr("Filter by name"))
        self.filter.setClearButtonEnabled(True)
        self.timer = QTimer(self, singleShot=True, interval=200)
        self.timer.timeout.connect(self.reload)
        self.filter.textChanged.connect(lambda _t: self.timer.start())
        self.tabs = QTabWidget()
        self.tabs.addTab(self.organisation_table, self.tr("Organisations"))
        self.tabs.addTab(self.person_table, self.tr("Contacts"))
        self.new_button = QPushButton(self.tr("&New…"))
        self.new_button.clicked.connect(self.add_record)
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.delete_button.clicked.connect(self.delete_record)
        self.merge_button = QPushButton(self.tr("&Merge a duplicate into this one…"))
        self.merge_button.clicked.connect(self.merge_dialog)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.delete_button, self.merge_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.filter)
        left_layout.addWidget(self.tabs)
        left_layout.addLayout(buttons)

        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.fields: dict[str, QLineEdit] = {}
        self.form = QFormLayout()
        self.save_button = QPushButton(self.tr("&Save changes"))
        self.save_button.clicked.connect(self.save)
        self.memberships = RowsModel([
            Column("objective_code", self.tr("Objective")), Column("objective_title", self.tr("Title")),
            Column("role", self.tr("Role"), lambda value, _row: label(MEMBERSHIP_ROLE, value, self.session.language))],
            self)
        self.membership_table = record_table(self.memberships, "membershipTable", free_text=1)
        self.membership_table.setAccessibleName(self.tr("Memberships"))
        self.membership_table.activated.connect(
            lambda index: self.window_.open_record("objective", self.memberships.record(index.row())["objective_id"]))
        self.add_membership_button = QPushButton(self.tr("&Add to an objective…"))
        self.add_membership_button.clicked.connect(self.add_membership)
        self.remove_membership_button = QPushButton(self.tr("&Remove from objective"))
        self.remove_membership_button.clicked.connect(self.remove_membership)
        membership_buttons = QHBoxLayout()
        membership_buttons.addWidget(QLabel(self.tr("Takes part in")))
        membership_buttons.addStretch(1)
        membership_buttons.addWidget(self.add_membership_button)
        membership_buttons.addWidget(self.remove_membership_button)
        self.history = HistoryPanel(self.session)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.heading)
        right_layout.addLayout(self.form)
        right_layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)
        right_layout.addLayout(membership_buttons)
        right_layout.addWidget(self.membership_table, 1)
        right_layout.addWidget(self.history, 1)
        self.addWidget(left)
        self.addWidget(right)
        self.setSizes([590, 590])  # the list shows its count columns beside the names
        self.organisation_table.selectionModel().currentRowChanged.connect(
            lambda current, _p: self.show_record("organisation", current))
        self.person_table.selectionModel().currentRowChanged.connect(
            lambda current, _p: self.show_record("person", current))
        self.tabs.currentChanged.connect(self._tab_changed)
        self.session.changed.connect(self.on_changes)
        self.reload()
        self._build_form("organisation")
        self._enable()

    # ---- lists --------------------------------------------------------------------------------

    def reload(self) -> None:
        store, text = self.session.store, self.filter.text()
        self.organisations.set_rows(partners_read.organisation_rows(store, text, lang=self.session.language))
        self.people.set_rows(partners_read.person_rows(store, text, lang=self.session.language))
        fit_columns(self.organisation_table)
        fit_columns(self.person_table)

    def on_changes(self, changes: Changes) -> None:
        if self.window_.isVisible() and not self.isVisible():
            # not shown: refresh when shown (#9: every edit re-read every organisation's counts)
            if self._pending is None:
                self._pending = Changes()
            self._pending.merge(changes)
            return
        self._apply(changes)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._pending is not None:
            pending, self._pending = self._pending, None
            self._apply(pending)

    def _apply(self, changes: Changes) -> None:
        store = self.session.store
        if changes.tables() & {"organisation", "membership", "person", "commitment"}:
            ids = [i for i in changes.ids("organisation") if store.exists("organisation", i)]
            touched = self._touched(changes, "organisation", self.organisations,
                                    (("commitment", "lead_organisation_id"), ("person", "organisation_id"),
                                     ("membership", "organisation_id")))
            wanted = sorted(set(ids) | touched)
            fresh = partners_read.organisation_rows(store, self.filter.text(), ids=wanted, lang=self.session.language) if wanted else []
            self.organisations.update_records(fresh, removed=changes.deleted.get("organisation", set()))
            person_ids = [i for i in changes.ids("person") if store.exists("person", i)]
            person_ids += self._touched(changes, "person", self.people, (("membership", "person_id"),))
            if changes.updated.get("organisation"):
                person_ids += [r["id"] for r in self.people._rows if r["organisation_id"] in changes.ids("organisation")]
            person_ids = sorted(set(person_ids))
            fresh = partners_read.person_rows(store, self.filter.text(), ids=person_ids, lang=self.session.language) if person_ids else []
            self.people.update_records(fresh, removed=changes.deleted.get("person", set()))
        if self.record_id and self.kind:
            if not store.exists(self.kind, self.record_id):
                self.clear_record()
            elif self.record_id in changes.ids(self.kind) or changes.tables() & {"membership"}:
                self._fill(self.kind, self.record_id)

    def _touched(self, changes: Changes, kind: str, model: RowsModel, references) -> set[str]:
        """The listed organisations (or contacts) whose counts the changed records may have changed:
        those they point to before or after the action; every listed one when that cannot be told."""
        shown = model.ids()
        found: set[str] = set()
        for table, column in references:
            if table in changes.tables():
                values = queries.values_touched(self.session.store, changes, table, column)
                if values is None:
                    return shown
                found |= values
        return found & shown

    def _tab_changed(self, tab: int) -> None:
        view = self.organisation_table if tab == 0 else self.person_table
        kind = "organisation" if tab == 0 else "person"
        self.show_record(kind, view.currentIndex())

    def select(self, kind: str, record_id: str) -> bool:
        """Show the partners view with this organisation or contact chosen."""
        self.window_.show_view("partners")
        if self.filter.text():
            self.filter.clear()
            self.reload()
        model, view = ((self.organisations, self.organisation_table) if kind == "organisation"
                       else (self.people, self.person_table))
        self.tabs.setCurrentIndex(0 if kind == "organisation" else 1)
        row = model.row_of(record_id)
        if row is None:
            return False
        view.setCurrentIndex(model.index(row, 0))
        view.scrollTo(model.index(row, 0))
        self.show_record(kind, model.index(row, 0))
        return True

    # ---- the form ----------------------------------------------------------------------------

    def _build_form(self, kind: str) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self.fields.clear()
        self.organisation_box = QComboBox()
        self.organisation_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.organisation_box.setMinimumContentsLength(20)
        self.name_error = QLabel()
        self.name_error.setObjectName("error_name")
        self.name_error.hide()
        self.email_error = QLabel()
        self.email_error.setObjectName("error_email")
        self.email_error.setWordWrap(True)
        self.email_error.hide()
        if kind == "organisation":
            captions = {"name": self.tr("&Name"), "short_name": self.tr("S&hort name"), "kind": self.tr("&Kind"),
                        "website": self.tr("&Website"), "email": self.tr("E-&mail"), "phone": self.tr("&Phone"),
                        "notes": self.tr("N&otes")}
        else:
            captions = {"full_name": self.tr("&Name"), "function": self.tr("&Function"), "email": self.tr("E-&mail"),
                        "phone": self.tr("&Phone"), "notes": self.tr("N&otes")}
        for key, caption in captions.items():
            editor = QLineEdit()
            editor.setObjectName(f"field_{key}")
            self.fields[key] = editor
            self.form.addRow(caption, editor)
            if key in ("name", "full_name"):
                editor.textChanged.connect(self._check_name)
                self.form.addRow("", self.name_error)
            if key == "email":
                editor.textChanged.connect(self._check_email)
                self.form.addRow("", self.email_error)
        if kind == "person":
            self.form.insertRow(1, self.tr("O&rganisation"), self.organisation_box)
        self.form_kind = kind

    def _check_name(self, text: str) -> bool:
        ok = bool(text.strip())
        self.name_error.setText("" if ok else "⚠ " + self.tr("A name is required."))
        self.name_error.setVisible(not ok)
        self._enable_save()
        return ok

    def _check_email(self, text: str) -> bool:
        """The sentence next to the e-mail field while it is not an address (the store refuses it too)."""
        text = text.strip()
        ok = not text or is_email(text)
        self.email_error.setText("" if ok else "⚠ " + self.tr(
            "“{text}” is not an e-mail address; type it as name@example.be.").format(text=text))
        self.email_error.setVisible(not ok)
        self._enable_save()
        return ok

    def _enable_save(self) -> None:
        name = self.fields.get("name" if self.form_kind == "organisation" else "full_name")
        email = self.fields.get("email")
        self.save_button.setEnabled(self.record_id is not None and bool(name and name.text().strip())
                                    and not (email and email.text().strip() and not is_email(email.text().strip())))

    def show_record(self, kind: str, index) -> None:
        if index is None or not index.isValid():
            self.clear_record()
            return
        model = self.organisations if kind == "organisation" else self.people
        self._fill(kind, model.record(index.row())["id"])

    def _fill(self, kind: str, record_id: str) -> None:
        store = self.session.store
        if kind != getattr(self, "form_kind", None):
            self._build_form(kind)
        self.kind, self.record_id = kind, record_id
        record = store.get(kind, record_id)
        for key, editor in self.fields.items():
            editor.setText(record.get(key) or "")
        # what the form shows: a value changed elsewhere since is not overwritten by Save (#17)
        self.seen = {key: record.get(key) for key in (*self.fields, "organisation_id") if key in record}
        if kind == "person":
            self.organisation_box.clear()
            self.organisation_box.addItem("—", None)
            for row in browse.organisations(store, self.session.language):
                self.organisation_box.addItem(row["name"], row["id"])
            self.organisation_box.setCurrentIndex(max(0, self.organisation_box.findData(record["organisation_id"])))
            name = record["full_name"]
            self.memberships.set_rows(partners_read.memberships_of(store, person_id=record_id, lang=self.session.language))
        else:
            name = record["name"]
            if self.session.language == "fr" and record.get("name_fr"):  # the strategy's French name (#15)
                name = record["name_fr"]
            self.memberships.set_rows(partners_read.memberships_of(store, organisation_id=record_id, lang=self.session.language))
        self.heading.setText(name)
        fit_columns(self.membership_table)
        self.history.show_record(kind, record_id, name)
        self._enable()

    def clear_record(self) -> None:
        self.kind, self.record_id = None, None
        self.heading.setText("")
        for editor in self.fields.values():
            editor.clear()
        self.memberships.set_rows([])
        self.history.show_record(None, None)
        self._enable()

    def _enable(self) -> None:
        has = self.record_id is not None
        for widget in (self.save_button, self.delete_button, self.add_membership_button,
                       self.remove_membership_button, *self.fields.values()):
            widget.setEnabled(has)
        self.merge_button.setEnabled(has)
        self.name_error.hide()
        self.email_error.hide()

    def form_values(self) -> dict:
        values = {key: editor.text().strip() or None for key, editor in self.fields.items()}
        if self.kind == "person":
            values["organisation_id"] = self.organisation_box.currentData()
        return values

    def save(self) -> bool:
        if not self.record_id or not self._check_name(self.fields["name" if self.kind == "organisation"
                                                                  else "full_name"].text()):
            return False
        if not self._check_email(self.fields["email"].text()):
            return False
        if self.kind == "organisation":
            return partner_operations.update_organisation(self.session, self.record_id, self.form_values(), self.seen)
        return partner_operations.update_person(self.session, self.record_id, self.form_values(), self.seen)

    # ---- adding, deleting, merging -------------------------------------------------------------

    def add_record(self) -> str | None:
        kind = "organisation" if self.tabs.currentIndex() == 0 else "person"
        prompt = self.tr("Name of the new organisation:") if kind == "organisation" else self.tr("Name of the new contact:")
        name, ok = QInputDialog.getText(self, self.tr("New"), prompt)
        if not ok or not name.strip():
            return None
        return self.add(kind, name.strip())

    def add(self, kind: str, name: str) -> str | None:
        record_id = partner_operations.add(self.session, kind, name)
        if record_id is not None:
            self.select(kind, record_id)
        return record_id

    def delete_record(self) -> bool:
        if not self.record_id:
            return False
        return partner_operations.delete(self.session, self.kind, self.record_id)

    def merge_dialog(self) -> None:
        if not self.record_id:
            return
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Merge a duplicate"))
        duplicate = QComboBox()
        duplicate.setEditable(True)
        duplicate.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        if self.kind == "organisation":
            choices = [(row["id"], row["name"]) for row in browse.organisations(self.session.store, self.session.language)]
            text = self.tr("The duplicate is removed; its memberships, contacts and led commitments "
                           "move to “{name}”.")
        else:
            choices = [(row["id"], row["full_name"] + (f" ({row['organisation']})" if row.get("organisation") else ""))
                       for row in partners_read.person_rows(self.session.store, lang=self.session.language)]
            text = self.tr("The duplicate is removed; its memberships, meeting attendance and actions "
                           "move to “{name}”.")
        for record_id, name in choices:
            if record_id != self.record_id:
                duplicate.addItem(name, record_id)
        duplicate.setCurrentIndex(-1)
        form = QFormLayout(dialog)
        form.addRow(QLabel(text.format(name=self.heading.text())))
        form.addRow(self.tr("&Duplicate"), duplicate)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        form.addRow(buttons)
        dialog.accepted.connect(lambda: duplicate.currentData() and self.merge(duplicate.currentData()))
        dialog.open()

    def merge(self, duplicate_id: str) -> bool:
        return partner_operations.merge(self.session, self.kind, self.record_id, duplicate_id)

    def add_membership(self) -> None:
        if not self.record_id:
            return
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Add to an objective"))
        objective, role = QComboBox(), QComboBox()
        objective.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        objective.setMinimumContentsLength(40)
        for row in browse.objectives(self.session.store, self.session.language):
            objective.addItem(f"{row['code']} {row['title']}", row["id"])
        for key in MEMBERSHIP_ROLE:
            role.addItem(label(MEMBERSHIP_ROLE, key, self.session.language), key)
        form = QFormLayout(dialog)
        form.addRow(self.tr("&Objective"), objective)
        form.addRow(self.tr("&Role"), role)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        form.addRow(buttons)
        dialog.accepted.connect(lambda: self.add_to_objective(objective.currentData(), role.currentData()))
        dialog.open()

    def add_to_objective(self, objective_id: str, role: str) -> bool:
        return partner_operations.add_membership(self.session, objective_id, role, self.kind, self.record_id)

    def remove_membership(self) -> bool:
        index = self.membership_table.currentIndex()
        if not index.isValid():
            return False
        return partner_operations.remove_membership(self.session, self.memberships.record(index.row())["id"])
