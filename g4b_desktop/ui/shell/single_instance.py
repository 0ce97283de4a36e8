"""One window per database file.

The first window on a file holds the writer lock beside it (`db/writer_lock.py`, an OS lock the
system releases if the program dies) and listens on a local socket named after the file. A
second start on the same file finds the lock taken, asks the first window through the socket to
come to the front, and says that the file is open already instead of opening it a second time.

At start the window listens once it has been shown (`listen_soon`): QtNetwork's import and the server
are not on the way to the first paint. A second start in that moment finds the lock taken and says
the file is open, without raising the first window.
"""

from __future__ import annotations

import hashlib
import os
import sys
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from ...db.writer_lock import WriterLock

RAISE = b"raise\n"


def server_name(database: Path | str) -> str:
    """A socket name unique to the file (and the user), short enough for every platform."""
    resolved = os.path.normcase(str(Path(database).resolve()))
    digest = hashlib.sha256(resolved.encode("utf-8")).hexdigest()[:20]
    user = os.environ.get("USERNAME") or os.environ.get("USER") or ""
    user_part = hashlib.sha256(user.encode("utf-8")).hexdigest()[:6]
    return f"g4b-{user_part}-{digest}"


class Instance(QObject):
    """This process as the one writer of a database: holds its lock and answers later starts."""

    activation_requested = Signal()

    def __init__(self, database: Path, lock: WriterLock, parent: QObject | None = None, listen: bool = True):
        super().__init__(parent)
        self.database = Path(database)
        self.lock = lock
        self.server = None
        if listen:
            self._listen()

    def listen_soon(self, delay_ms: int = 250) -> None:
        """Start answering later starts after `delay_ms` (once the window is painted)."""
        QTimer.singleShot(delay_ms, self, lambda: self._listen() if self.server is None else None)

    def _listen(self) -> None:
        from PySide6.QtNetwork import QLocalServer

        if self.server is None:
            self.server = QLocalServer(self)
            self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
            self.server.newConnection.connect(self._connection)
        name = server_name(self.database)
        # We hold the lock, so a server of that name is a leftover of a crashed run.
        QLocalServer.removeServer(name)
        self.server.listen(name)

    def _connection(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._read(socket)

    def _read(self, socket) -> None:
        data = bytes(socket.readAll())
        if RAISE.strip() in data:
            self.activation_requested.emit()
            socket.write(b"ok\n")
            socket.flush()

    def follow(self, database: Path | str) -> bool:
        """The window now shows another file: take its lock (False if another window has it)."""
        database = Path(database)
        if database.resolve() == self.database.resolve():
            return True
        lock = WriterLock(database)
        if not lock.acquire():
            return False
        self.lock.release()
        self.lock = lock
        self.database = database
        if self.server is not None:
            self.server.close()
        self._listen()
        return True

    def connect_window(self, window_getter) -> None:
        """Bring the window `window_getter()` to the front when another start asks for it."""
        def bring_forward():
            window = window_getter()
            if window is None:
                return
            window.setWindowState((window.windowState() & ~Qt.WindowState.WindowMinimized)
                                  | Qt.WindowState.WindowActive)
            window.show()
            window.raise_()
            window.activateWindow()

        self.activation_requested.connect(bring_forward)

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
        self.lock.release()


_current: Instance | None = None


def current() -> Instance | None:
    return _current


def claim(database: Path | str, timeout_ms: int = 1500, listen: bool = True) -> tuple[Instance | None, bool]:
    """Become the writer of `database`: (instance, False). If another window has it open:
    (None, raised) where `raised` says whether that window answered and came to the front.
    Without `listen`, the instance answers later starts once `listen_soon` has run."""
    global _current
    database = Path(database)
    lock = WriterLock(database)
    if lock.acquire():
        _current = Instance(database, lock, listen=listen)
        return _current, False
    return None, ask_to_raise(database, timeout_ms)


def ask_to_raise(database: Path | str, timeout_ms: int = 1500) -> bool:
    if sys.platform == "win32":  # let the first window take the focus from this process
        try:
            import ctypes

            ctypes.windll.user32.AllowSetForegroundWindow(-1)  # type: ignore[attr-defined]
        except Exception:
            pass
    from PySide6.QtNetwork import QLocalSocket

    socket = QLocalSocket()
    socket.connectToServer(server_name(database))
    if not socket.waitForConnected(timeout_ms):
        return False
    socket.write(RAISE)
    socket.flush()
    answered = socket.waitForReadyRead(timeout_ms) and b"ok" in bytes(socket.readAll())
    socket.disconnectFromServer()
    return answered


def release() -> None:
    global _current
    if _current is not None:
        _current.release()
        _current = None


def start(database: Path | str, quiet: bool = False) -> tuple[Instance | None, int]:
    """At start, before the database is opened: (instance, 0), or (None, exit code) after telling
    the user that the file is open in another window (which was asked to come to the front)."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    instance, raised = claim(database, listen=False)
    if instance is not None:
        instance.listen_soon()
        return instance, 0
    translate = QCoreApplication.translate
    if raised:
        text = translate("SingleInstance", "{file} is already open in Go4Brussels Desktop: that window "
                         "was brought to the front.").format(file=database)
    else:
        text = translate("SingleInstance", "{file} is in use by another Go4Brussels Desktop window or g4b "
                         "command. Close it there first, then open it again.").format(file=database)
    if quiet:
        print(f"g4b-desktop: {text}", file=sys.stderr)
    else:
        QMessageBox.information(None, translate("SingleInstance", "Go4Brussels Desktop"), text)
    return None, 0 if raised else 1
