"""The message box: a rounded box holding the text and the Send/Stop button.

Enter sends, Shift+Enter starts a new line. The text grows the box up to MAX_LINES lines, then
scrolls.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QObject,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QPainter, QPaintEvent, QPalette, QPen, QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPlainTextEdit, QToolButton

from gpt4local.ui.icons import icon

MAX_LINES = 8  # the box grows with the text up to here, then scrolls
BOX_RADIUS = 14
BUTTON_SIZE = 32
# The button's text is what it does (what screen readers read); it shows an icon. In English
# here, translated by the button.
BUTTON_ICONS = {str(QT_TRANSLATE_NOOP("SendButton", "Send")): "arrow-up",
                str(QT_TRANSLATE_NOOP("SendButton", "Stop")): "square"}  # fmt: skip
BUTTON_TIPS = {"Send": str(QT_TRANSLATE_NOOP("SendButton", "Send (Enter)")),
               "Stop": str(QT_TRANSLATE_NOOP("SendButton", "Stop the answer"))}  # fmt: skip

translate = QCoreApplication.translate  # lupdate reads calls by this name too


class MessageInput(QPlainTextEdit):
    submitted = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.hint = self.tr("Type a message — Enter sends, Shift+Enter for a new line")
        self.setPlaceholderText(self.hint)
        self.setAccessibleName(self.tr("Message"))
        self.setTabChangesFocus(True)
        self.setFrameShape(QFrame.Shape.NoFrame)  # the box around it is the frame
        self.document().documentLayout().documentSizeChanged.connect(self._fit_height)
        self._fit_height()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        is_enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if is_enter and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.submitted.emit()
            return
        super().keyPressEvent(event)

    def shown_lines(self) -> int:
        """How many lines of text the box is tall: those of the text, from 1 to MAX_LINES."""
        return max(1, min(MAX_LINES, self.document().lineCount()))

    def _fit_height(self) -> None:
        # A scroll bar only once the box stops growing: below that, all of the text shows.
        full = self.document().lineCount() > MAX_LINES
        self.setVerticalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAsNeeded if full else Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        )
        margins = self.contentsMargins()
        height = (
            self.shown_lines() * self.fontMetrics().lineSpacing()
            + 2 * round(self.document().documentMargin())
            + margins.top()
            + margins.bottom()
        )
        if self.maximumHeight() != height:
            self.setFixedHeight(height)

    def _fit_hint(self) -> None:
        """The hint on one line, cut short with "…" when the box is narrower: wrapped, its second
        line would be cut off by the one-line box (German and a narrow window do that)."""
        room = self.viewport().width() - 2 * round(self.document().documentMargin())
        shown = self.fontMetrics().elidedText(self.hint, Qt.TextElideMode.ElideRight, room)
        if shown != self.placeholderText():
            self.setPlaceholderText(shown)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_hint()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # the font size setting
            self._fit_height()
            self._fit_hint()


class SendButton(QToolButton):
    """A round accent button with an arrow (Send) or a square (Stop).

    ``setText("Send")`` / ``setText("Stop")`` switch it (the page does), so its icon, tooltip
    and accessible name always say the same as its text, in the window's language.
    """

    def __init__(self) -> None:
        super().__init__()
        self.setFixedSize(BUTTON_SIZE, BUTTON_SIZE)
        self.setIconSize(QSize(18, 18))
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self._icon = BUTTON_ICONS["Send"]
        self.setText("Send")

    def setText(self, text: str) -> None:
        """``text``: "Send" or "Stop" in English; shown translated."""
        tip = BUTTON_TIPS.get(text)
        self._icon = BUTTON_ICONS.get(text, self._icon)
        shown = translate("SendButton", text) if tip else text
        super().setText(shown)
        self.setToolTip(translate("SendButton", tip) if tip else shown)
        self.setAccessibleName(shown)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        enabled = self.isEnabled()
        fill = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight)
        ink = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.HighlightedText)
        if not enabled:  # the same button, faded
            fill.setAlphaF(0.35)
            ink.setAlphaF(0.8)
        elif self.isDown():
            fill = fill.darker(115)
        elif self.underMouse():
            fill = fill.lighter(110)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawEllipse(QRectF(self.rect()).adjusted(1, 1, -1, -1))
        if self.hasFocus():  # visible focus for the keyboard
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Text), 1.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(QRectF(self.rect()).adjusted(0.75, 0.75, -0.75, -0.75))
        side = self.iconSize().width()
        icon_area = QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)
        glyph = icon(self._icon, ink)
        glyph.paint(painter, icon_area.toRect())


class MessageBox(QFrame):
    """The rounded box: the message at the left, the button inside at the bottom right."""

    def __init__(self, message: MessageInput, button: SendButton) -> None:
        super().__init__()
        self.message = message
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 6, 6)
        layout.setSpacing(6)
        layout.addWidget(message, 1, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignBottom)
        message.installEventFilter(self)  # its focus changes the border

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.FocusIn, QEvent.Type.FocusOut):
            self.update()
        return False

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        focused = self.message.hasFocus()
        border = palette.color(QPalette.ColorRole.Text)
        border.setAlphaF(0.25)  # a quiet line that shows in light and dark alike
        if focused:
            border = palette.color(QPalette.ColorRole.Highlight)
        painter.setPen(QPen(border, 2 if focused else 1))
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), BOX_RADIUS, BOX_RADIUS)

