"""A PDF preview window (QtPdf's QPdfView) with Save as… and Open in the system viewer."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout, QLabel, QPushButton,
                               QVBoxLayout, QWidget)


def open_document(path: Path | str) -> QPdfDocument:
    """On a job's worker thread: the PDF loaded and every page's size read (the preview lays out each
    page with it, about 0.3 ms a page in pdfium: 0.5 s for a 1,733-page note), then handed over to
    the window's thread, where `PdfPreview(..., document=...)` shows it (#19)."""
    document = QPdfDocument()
    document.load(str(path))
    for page in range(document.pageCount()):
        document.pagePointSize(page)
    document.moveToThread(QCoreApplication.instance().thread())
    return document


class PdfPreview(QDialog):
    """Shows the PDF at `path` (a temporary file); the user saves it where they want or opens it."""

    def __init__(self, parent: QWidget | None, path: Path | str, title: str, suggested_name: str,
                 document: QPdfDocument | None = None):
        super().__init__(parent)
        self.setObjectName("pdfPreview")
        self.setWindowTitle(title)
        self.path = Path(path)
        self.suggested_name = suggested_name
        self.saved_to: Path | None = None
        if document is None:
            document = QPdfDocument()
            document.load(str(self.path))
        self.document = document
        self.document.setParent(self)
        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        # the modes before the document: each of them lays out every page again (1,733 pages: #19)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        self.pages_label = QLabel(self.tr("{pages} pages").format(pages=self.document.pageCount()))
        self.save_button = QPushButton(self.tr("Save as…"))
        self.save_button.setObjectName("savePdf")
        self.open_button = QPushButton(self.tr("Open in system viewer"))
        self.open_button.setObjectName("openPdf")
        self.save_button.clicked.connect(lambda: self.save_as())  # not clicked(False) as `target`
        self.open_button.clicked.connect(self.open_external)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.pages_label)
        row.addStretch(1)
        row.addWidget(self.save_button)
        row.addWidget(self.open_button)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)
        self.resize(820, 900)

    def save_as(self, target: str | None = None) -> Path | None:
        """Copy the PDF to a file the user picks (or to `target`); returns where it went."""
        if not target:
            start = str(Path.home() / self.suggested_name)
            target, _ = QFileDialog.getSaveFileName(self, self.tr("Save the PDF"), start, self.tr("PDF (*.pdf)"))
        if not target:
            return None
        destination = Path(target)
        if destination.suffix.lower() != ".pdf":
            destination = destination.with_suffix(".pdf")
        try:
            shutil.copyfile(self.path, destination)
        except OSError as exc:
            self._error(self.tr("{file}: the PDF could not be saved ({reason}). Is it open in another "
                                "program?").format(file=destination, reason=exc.strerror or exc))
            return None
        self.saved_to = destination
        return destination

    def open_external(self) -> bool:
        opened = QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.saved_to or self.path)))
        if not opened:
            self._error(self.tr("No program to show PDF files was found; save the PDF and open it yourself."))
        return opened

    def _error(self, text: str) -> None:
        parent = self.parent()
        if parent is not None and hasattr(parent, "show_error"):
            parent.show_error(text)
        else:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(self, self.windowTitle(), text)

    def closeEvent(self, event) -> None:
        self.document.close()
        super().closeEvent(event)
