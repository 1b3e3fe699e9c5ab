"""Where the chat's settings panel goes: at the conversation's right edge, opened and closed by a
button at the right end of the chat's top row and by a shortcut.

The panel is laid out by hand rather than in a splitter: on a window wide enough it sits beside
the conversation, but where the two side by side would leave the conversation shorter lines than
MIN_CONVERSATION_EM (a narrow window, the chat list dragged wide), it is drawn over the
conversation's right part instead, as a drawer, and the conversation keeps its width. The drawer
leaves the chat's top row (the model, the toggle) in view, and closes when the user goes back to
the conversation (a click or Tab into it), as drawers do.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import QApplication, QGraphicsDropShadowEffect, QToolButton, QWidget

from gpt4local.ui.chat.chat_settings.panel import ChatSettingsPanel
from gpt4local.ui.icons import icon
from gpt4local.ui.style.scale import em_pixels

# Ctrl+K is "delete to the end of the line" in macOS text boxes and Ctrl+L is "Focus the message
# box"; Ctrl+Shift+S is free in this window (there is no Save As).
SHORTCUT = "Ctrl+Shift+S"
MIN_CONVERSATION_EM = 26  # about 45 characters a line in the transcript

translate = QCoreApplication.translate  # lupdate reads calls by this name too


def panel_toggle() -> QToolButton:
    """The button that opens and closes the panel (ChatWithPanel connects it)."""
    toggle = QToolButton()
    toggle.setIcon(icon("sliders-horizontal"))
    toggle.setCheckable(True)
    keys = QKeySequence(SHORTCUT).toString(QKeySequence.SequenceFormat.NativeText)
    toggle.setToolTip(translate(
        "ChatSettingsPanel", "Chat settings: system prompt, sampling, context ({keys})"
    ).format(keys=keys))
    toggle.setAccessibleName(translate("ChatSettingsPanel", "Chat settings"))
    toggle.setAccessibleDescription(translate(
        "ChatSettingsPanel",
        "Shows or hides this chat's system prompt and sampling settings ({keys})",
    ).format(keys=keys))
    return toggle


class ChatWithPanel(QWidget):
    """The conversation, and the panel at its right edge while it is open."""

    def __init__(self, conversation: QWidget, top_row: QWidget, panel: ChatSettingsPanel,
                 toggle: QToolButton, focus_after_closing: QWidget) -> None:  # fmt: skip
        """``top_row``: the part of ``conversation`` a drawer leaves in view, at its top."""
        super().__init__()
        self.conversation, self.panel, self.toggle = conversation, panel, toggle
        self._top_row, self._focus_after_closing = top_row, focus_after_closing
        conversation.setParent(self)
        panel.setParent(self)
        panel.hide()
        panel.close_requested.connect(lambda: self.set_panel_open(False))
        toggle.toggled.connect(self.set_panel_open)
        # Its parent is shown with the chat page: the shortcut works wherever the focus is in the
        # window while the chat is on screen, and not on the other pages.
        QShortcut(QKeySequence(SHORTCUT), self, self._toggle_from_keyboard)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)

    # --- open or closed ------------------------------------------------------------------------

    @property
    def panel_open(self) -> bool:
        return self.panel.isVisibleTo(self)

    @property
    def overlaid(self) -> bool:
        """The panel is open and drawn over the conversation (too narrow for both)."""
        return self.panel_open and not self._side_by_side()

    def set_panel_open(self, open_: bool) -> None:
        if open_ == self.panel_open:
            return
        had_focus = self.panel.isAncestorOf(self.focusWidget())
        self.toggle.setChecked(open_)  # in step when opened from code or closed by the panel
        self.panel.setVisible(open_)
        self._place()
        if had_focus and not open_:  # the focus must not vanish with the panel
            self.toggle.setFocus()

    def _toggle_from_keyboard(self) -> None:
        """The keyboard goes with the panel: into it when it opens, back to the message box when
        it closes."""
        self.set_panel_open(not self.panel_open)
        if self.panel_open:
            self.panel.system_prompt.setFocus()
        else:
            self._focus_after_closing.setFocus()

    # --- layout --------------------------------------------------------------------------------

    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if (self.overlaid and new is not None and new is not self.toggle
                and self.conversation.isAncestorOf(new)):  # fmt: skip
            self.set_panel_open(False)

    def _side_by_side(self) -> bool:
        return self.width() - self.panel.preferred_width() >= em_pixels() * MIN_CONVERSATION_EM

    def _place(self) -> None:
        width, height = self.width(), self.height()
        panel_width = min(self.panel.preferred_width(), width)
        beside = self.panel_open and self._side_by_side()
        self.conversation.setGeometry(0, 0, width - panel_width if beside else width, height)
        top = 0 if beside else self._top_row.geometry().bottom() + 1
        self.panel.setGeometry(width - panel_width, top, panel_width, height - top)
        self.panel.raise_()
        # The drawer's shadow; beside the conversation it would only cost painting time.
        effect = self.panel.graphicsEffect()
        if effect is not None:
            effect.setEnabled(not beside)
        elif not beside and self.panel_open:
            shadow = QGraphicsDropShadowEffect(blurRadius=em_pixels(), xOffset=-2, yOffset=0)
            self.panel.setGraphicsEffect(shadow)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place()

    def sizeHint(self) -> QSize:
        return self.conversation.sizeHint()

    def minimumSizeHint(self) -> QSize:
        return self.conversation.minimumSizeHint()
