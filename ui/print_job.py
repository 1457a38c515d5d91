"""Paper and files: a PDF sent through the system print dialog at its own page size (an 80 mm
slip stays 80 mm: a receipt printer takes it as it is, an A4 printer prints it actual size),
"print to file" writing the vector PDF we already have, and save dialogs that open in the
user's documents folder and remember the last folder chosen."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QMarginsF,
    QRectF,
    QSettings,
    QSizeF,
    QStandardPaths,
)
from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPageSize, QPainter
from PySide6.QtWidgets import QFileDialog, QWidget

if TYPE_CHECKING:
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPrintSupport import QPrinter

RENDER_DPI = 300  # pages become images for a printer driver; 300 dpi is sharp on paper
LAST_FOLDER_KEY = "paths/last_save_folder"


def documents_dir() -> Path:
    """The user's documents folder (Windows 文档, Linux ~/Documents), else home."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    for folder in (found, str(Path.home())):
        if folder and Path(folder).is_dir():
            return Path(folder)
    return Path.home()


def photos_dir() -> str:
    """Where a photo or scan of a slip usually is: Pictures, else Documents (never the folder
    the app happened to be started from, which is where Qt's file dialog opens on "")."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
    return found if found and Path(found).is_dir() else str(documents_dir())


def _remembered() -> QSettings:
    from app.paths import data_dir

    return QSettings(str(data_dir() / "counter.ini"), QSettings.Format.IniFormat)


def save_folder() -> Path:
    """Where a save dialog opens: the folder last saved to, or the documents folder."""
    last = str(_remembered().value(LAST_FOLDER_KEY, "") or "")
    return Path(last) if last and Path(last).is_dir() else documents_dir()


def remember_folder(path: Path) -> None:
    _remembered().setValue(LAST_FOLDER_KEY, str(path.parent))


def ask_save_path(parent: QWidget | None, title: str, file_name: str, filter_: str) -> Path | None:
    """A save dialog in the remembered folder, with `file_name` proposed; None if cancelled.
    The suffix of the filter is added when the user typed a name without it."""
    chosen, _ = QFileDialog.getSaveFileName(parent, title, str(save_folder() / file_name), filter_)
    if not chosen:
        return None
    path = Path(chosen)
    suffix = Path(file_name).suffix
    if suffix and path.suffix.lower() != suffix.lower():
        path = path.with_name(path.name + suffix)
    remember_folder(path)
    return path


def file_name(case_no: str, kind: str) -> str:
    """Distinct default names for a case's form and slip (they used to share one)."""
    words = {
        "form": QCoreApplication.translate("PrintJob", "application form"),
        "slip": QCoreApplication.translate("PrintJob", "slip"),
    }
    return f"{case_no}-{words[kind]}.pdf"


def _document(data: bytes) -> tuple[QPdfDocument, QBuffer]:
    """The PDF loaded for rendering; keep the buffer alive as long as the document."""
    from PySide6.QtPdf import QPdfDocument

    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    return document, buffer


def page_size_of(data: bytes) -> QPageSize:
    """The PDF's own first page, as a printer page size (80 mm × the slip's length, or A4)."""
    document, _buffer = _document(data)
    points = document.pagePointSize(0)
    return QPageSize(
        QSizeF(points.width(), points.height()),
        QPageSize.Unit.Point,
        "guadan",
        QPageSize.SizeMatchPolicy.FuzzyMatch,
    )


def make_printer(data: bytes, title: str, name: str | None = None) -> QPrinter:
    """A printer set to the PDF's own page size, no margins added, and 打印到文件 proposing
    `name` in the remembered folder (Qt's own default is HOME/<title>.pdf)."""
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    printer.setPageLayout(
        QPageLayout(page_size_of(data), QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0))
    )
    printer.setFullPage(True)  # the PDF carries its own margins
    printer.setOutputFileName(str(save_folder() / (name or f"{title}.pdf")))
    printer.setOutputFormat(QPrinter.OutputFormat.NativeFormat)  # the real printer first
    return printer


def print_pdf(
    parent: QWidget | None, data: bytes, title: str, name: str | None = None
) -> str | None:
    """Ask for a printer and print every page at its own size. Returns "printer", or the file
    written when the user chose 打印到文件 (our vector PDF as it is, not page images, in the
    remembered or documents folder), or None when cancelled. ImportError without PySide6-Pdf."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = make_printer(data, title, name)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return None
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat:
        out = Path(printer.outputFileName())
        if out.suffix.lower() != ".pdf":
            out = out.with_name(out.name + ".pdf")
        out.write_bytes(data)
        remember_folder(out)
        return str(out)
    paint_pages(printer, data)
    return "printer"


def paint_pages(printer: QPagedPaintDevice, data: bytes) -> None:
    """Each page at its own size from the top-left of the paper, shrunk only when the paper
    is smaller than the page; never stretched to fill an A4 sheet."""
    from PySide6.QtPrintSupport import QPrinter

    document, _buffer = _document(data)
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError(QCoreApplication.translate("PrintJob", "The printer could not be opened."))
    try:
        dpi = printer.logicalDpiX()
        paper = (
            printer.pageRect(QPrinter.Unit.DevicePixel)
            if isinstance(printer, QPrinter)
            else QRectF(0, 0, printer.width(), printer.height())
        )
        for page in range(document.pageCount()):
            if page:
                printer.newPage()
            points = document.pagePointSize(page)
            width, height = points.width() * dpi / 72, points.height() * dpi / 72
            scale = min(1.0, paper.width() / width, paper.height() / height)
            box = QRectF(paper.left(), paper.top(), width * scale, height * scale)
            pixels = QSizeF(points.width() * RENDER_DPI / 72, points.height() * RENDER_DPI / 72)
            painter.drawImage(box, document.render(page, pixels.toSize()))
    finally:
        painter.end()
