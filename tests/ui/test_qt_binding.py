"""The installed Qt binding must not leak references to None (PySide6 6.12.0 did: the app then
aborted with "none_dealloc" after a few thousand repaints on Python 3.11)."""

import sys

from PySide6.QtWidgets import QLabel


def test_qt_calls_keep_none_alive(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("x")  # returns None, like most setters
    assert sys.getrefcount(None) - before > -100  # other threads may move it a little
