"""One app per data folder: starting it again brings the running one's window to the front.

Two windows on one data folder appended to the same chat, interleaved, and a Regenerate in one
deleted the other's saved messages (issue 10). A lock file in the data folder says whether an
instance already runs there; QLockFile records the holder's process, so a lock left behind by a
crash or a kill -9 is taken over at the next start. A local socket named after the folder lets a
second start ask the first to show its window. Both names come from the data folder, so a
portable install (GPT4LOCAL_HOME) and each test's own folder never meet another instance.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from gpt4local import APP_NAME

LOCK_FILE = f"{APP_NAME}.lock"
ANSWER_TIMEOUT_MS = 5000  # a running app answers within milliseconds unless its window hangs
_SHOW = b"show\n"
_SHOWN = b"shown\n"


def server_name(data_folder: Path) -> str:
    """The local socket's name: one per data folder, short enough for any folder's length."""
    digest = hashlib.sha256(str(data_folder.resolve()).encode()).hexdigest()[:16]
    return f"{APP_NAME}-{digest}"


class SingleInstance(QObject):
    """The claim of one data folder; ``show_requested`` fires when another start asks."""

    show_requested = Signal()

    def __init__(self, data_folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data_folder = data_folder
        self._lock = QLockFile(str(data_folder / LOCK_FILE))
        # Only a holder that no longer runs makes the lock stale; an app open for days is not.
        self._lock.setStaleLockTime(0)
        self._name = server_name(data_folder)
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._answer)

    def claim(self) -> bool:
        """Take the folder; False when another running instance holds it.

        A folder where no lock can be made at all (unwritable) is not held by anyone: the app
        starts and says what is wrong with the folder.
        """
        if not self._lock.tryLock(0):
            return self._lock.error() != QLockFile.LockError.LockFailedError
        # A socket left by a killed instance would make listen() fail; the lock says it is ours.
        QLocalServer.removeServer(self._name)
        self._server.listen(self._name)
        return True

    def holder(self) -> str:
        """Which process holds the folder, for the message when it does not answer."""
        pid, _host, _app = self._lock.getLockInfo()  # pid 0: the lock file could not be read
        return self.tr("process {pid}").format(pid=pid) if pid else self.tr("another process")

    def ask_to_show(self) -> bool:
        """Ask the instance holding the folder to bring its window forward; True once it has.

        Blocking, with a timeout: it runs at start-up, before this instance has a window.
        """
        socket = QLocalSocket()
        socket.connectToServer(self._name)
        if not socket.waitForConnected(ANSWER_TIMEOUT_MS):
            return False
        socket.write(_SHOW)
        answered = socket.waitForBytesWritten(ANSWER_TIMEOUT_MS) and socket.waitForReadyRead(
            ANSWER_TIMEOUT_MS
        )
        shown = answered and socket.readLine().data() == _SHOWN
        socket.disconnectFromServer()
        return shown

    def release(self) -> None:
        self._server.close()
        self._lock.unlock()

    def _answer(self) -> None:
        while (socket := self._server.nextPendingConnection()) is not None:
            socket.readyRead.connect(lambda socket=socket: self._read(socket))
            socket.disconnected.connect(socket.deleteLater)
            if socket.canReadLine():  # the request came with the connection
                self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine() and socket.bytesAvailable() < len(_SHOW):
            return  # the rest of the request is on its way
        if socket.readLine(len(_SHOW) + 1).data() == _SHOW:
            self.show_requested.emit()
            socket.write(_SHOWN)
        socket.disconnectFromServer()
