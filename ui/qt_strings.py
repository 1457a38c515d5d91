"""Qt's own dialog texts that its zh_CN catalog (qtbase_zh_CN.qm) leaves in English: the file
dialog's "Look in:" and "Files of type:" and a few print-dialog labels. lupdate reads them
here into our .ts under Qt's own contexts, so that our catalog answers for them."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

MISSING_FROM_QTBASE = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    QT_TRANSLATE_NOOP("QFileDialog", "&File name:"),
    QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Page &Set:"),
    QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Page &order:"),
    QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Pages &per sheet:"),
    QT_TRANSLATE_NOOP("QPrintDialog", "Printer"),
    QT_TRANSLATE_NOOP("QUnixPrintWidget", "&Name:"),
    QT_TRANSLATE_NOOP("QUnixPrintWidget", "P&roperties"),
    QT_TRANSLATE_NOOP("QPrintWidget", "&Name:"),
    QT_TRANSLATE_NOOP("QPrintWidget", "P&roperties"),
    QT_TRANSLATE_NOOP("QPrintWidget", "Location:"),
    QT_TRANSLATE_NOOP("QPrintWidget", "Type:"),
    QT_TRANSLATE_NOOP("QPrintWidget", "Output &file:"),
)
