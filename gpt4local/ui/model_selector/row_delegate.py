"""How a row of the model popup is drawn: a group's header as a quiet caption; a model as its
name (with a "Loaded" mark on the one in use) over a quieter line of size, quantisation and
note, and its fit verdict on the right."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from gpt4local.core.fit.memory_fit import FITS
from gpt4local.ui.model_selector.entries import ENTRY_ROLE, LOADED_ROLE, ModelEntry
from gpt4local.ui.style.scale import TYPE, em_pixels, space
from gpt4local.ui.theme import current_colors, error_color

LOADED_MARK = str(QT_TRANSLATE_NOOP("ModelSelector", "Loaded"))  # translated where drawn


def _loaded_mark() -> str:
    return QCoreApplication.translate("ModelSelector", LOADED_MARK)


def caption_font(font: QFont) -> QFont:
    smaller = QFont(font)
    if font.pointSizeF() > 0:
        smaller.setPointSizeF(font.pointSizeF() * TYPE["caption"])
    return smaller


class ModelRowDelegate(QStyledItemDelegate):
    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:  # fmt: skip
        em = em_pixels(option.font)
        lines = 2.6 if index.data(ENTRY_ROLE) is not None else 1.6
        return QSize(int(em * 10), round(em * lines))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:  # fmt: skip
        colors = current_colors()
        entry: ModelEntry | None = index.data(ENTRY_ROLE)
        rect: QRect = option.rect
        font: QFont = option.font
        pad = space("s", font)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if entry is None:  # a group's header
            painter.setFont(caption_font(font))
            painter.setPen(QColor(colors.muted))
            painter.drawText(rect.adjusted(pad, 0, -pad, 0),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
                             str(index.data()))  # fmt: skip
            painter.restore()
            return
        state = option.state
        if state & (QStyle.StateFlag.State_Selected | QStyle.StateFlag.State_MouseOver):
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(colors.hover))
            radius = space("xs", font)
            painter.drawRoundedRect(rect.adjusted(space("xxs", font), 1, -space("xxs", font), -1),
                                    radius, radius)  # fmt: skip
        inner = rect.adjusted(pad, space("xs", font), -pad, -space("xs", font))
        small = caption_font(font)
        verdict = entry.verdict
        verdict_width = QFontMetrics(small).horizontalAdvance(verdict) + pad if verdict else 0
        text_rect = inner.adjusted(0, 0, -verdict_width, 0)
        top, bottom = text_rect.adjusted(0, 0, 0, -inner.height() // 2), text_rect.adjusted(
            0, inner.height() // 2, 0, 0)  # fmt: skip
        loaded = bool(index.data(LOADED_ROLE))
        name_font = QFont(font)
        name_font.setWeight(QFont.Weight.DemiBold if loaded else QFont.Weight.Normal)
        painter.setFont(name_font)
        painter.setPen(QColor(colors.text))
        mark = QFontMetrics(small).horizontalAdvance(_loaded_mark())
        mark_width = mark + 2 * pad if loaded else 0
        name = QFontMetrics(name_font).elidedText(entry.name, Qt.TextElideMode.ElideMiddle,
                                                  top.width() - mark_width)  # fmt: skip
        align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(top, align, name)
        if loaded:
            self._draw_loaded_mark(painter, top, QFontMetrics(name_font).horizontalAdvance(name),
                                   small, pad)  # fmt: skip
        painter.setFont(small)
        painter.setPen(QColor(colors.muted))
        painter.drawText(bottom, align, QFontMetrics(small).elidedText(
            entry.details, Qt.TextElideMode.ElideRight, bottom.width()))  # fmt: skip
        if verdict:
            fits = entry.fit is not None and entry.fit.verdict == FITS
            painter.setPen(QColor(colors.muted if fits else error_color()))
            painter.drawText(inner, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             verdict)  # fmt: skip
        painter.restore()

    @staticmethod
    def _draw_loaded_mark(painter: QPainter, line: QRect, name_width: int, font: QFont,
                          pad: int) -> None:  # fmt: skip
        colors = current_colors()
        metrics = QFontMetrics(font)
        text = _loaded_mark()
        # Chinese glyphs come from a fallback font taller than the font's own line: room for them.
        glyphs = metrics.boundingRect(text).height() + 2
        width, height = metrics.horizontalAdvance(text) + pad, max(metrics.height(), glyphs)
        mark = QRect(line.left() + name_width + pad, line.center().y() - height // 2 + 1,
                     width, height)  # fmt: skip
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(colors.accent))
        painter.drawRoundedRect(mark, height / 2, height / 2)
        painter.setFont(font)
        painter.setPen(QColor(colors.on_accent))
        painter.drawText(mark, Qt.AlignmentFlag.AlignCenter, text)
