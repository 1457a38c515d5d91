"""Paper as the counter gets it: the 80 mm slip through the print dialog at its own size,
打印到文件 writing our vector PDF in the documents folder, distinct file names, save dialogs that
start in the documents folder and remember the last one, the batch of approved forms."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog

MM = 72 / 25.4


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The user's HOME for the test: Documents inside it (QStandardPaths reads $HOME)."""
    folder = tmp_path / "home"
    (folder / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(folder))
    monkeypatch.delenv("XDG_DOCUMENTS_DIR", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(folder / ".config"))
    return folder


def slip_pdf() -> bytes:
    from printing.form_view import SlipView
    from printing.slip import render_slip_pdf

    view = SlipView(
        store_name="测试便利店",
        case_no="CX20261203-0001",
        route="撤销",
        original_amount="¥128.00",
        result_amount="¥128.00",
        card_masked="622848******4321",
    )
    return render_slip_pdf(view, width_mm=80)


def _answer_next_dialog(kind: type, act: Any) -> QTimer:
    """When a dialog of `kind` shows (a modal one runs its own loop), act on it."""
    timer = QTimer(interval=30)

    def look() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, kind) and widget.isVisible():
                timer.stop()
                act(widget)
                return

    timer.timeout.connect(look)
    timer.start()
    return timer


def test_the_slip_is_painted_at_its_own_size_not_a4(qapp: Any, home: Path, tmp_path: Path) -> None:
    """What a driver receives for a real printer: one 80 mm wide page, not a scaled A4."""
    from pypdf import PdfReader
    from PySide6.QtPrintSupport import QPrinter

    from ui.print_job import make_printer, paint_pages

    data = slip_pdf()
    printer = make_printer(data, "CX20261203-0001-凭条")
    out = tmp_path / "driver.pdf"
    printer.setOutputFileName(str(out))  # stands in for the driver: what is painted, as PDF
    paint_pages(printer, data)
    assert printer.outputFormat() == QPrinter.OutputFormat.PdfFormat
    page = PdfReader(io.BytesIO(out.read_bytes())).pages[0]
    original = PdfReader(io.BytesIO(data)).pages[0]
    assert abs(float(page.mediabox.width) - 80 * MM) < 2  # 80 mm, where A4 is 595 pt
    assert abs(float(page.mediabox.height) - float(original.mediabox.height)) < 2


def test_print_to_file_writes_our_vector_pdf_in_the_documents_folder(
    qtbot: Any, qapp: Any, home: Path
) -> None:
    from PySide6.QtPrintSupport import QPrintDialog

    from ui.print_job import file_name, print_pdf

    data = slip_pdf()
    name = file_name("CX20261203-0001", "slip")
    seen: dict[str, str] = {}

    def accept(dialog: QDialog) -> None:
        from PySide6.QtWidgets import QLineEdit

        edit = dialog.findChild(QLineEdit, "filename")
        seen["proposed"] = edit.text() if edit is not None else ""
        dialog.accept()  # the only printer here is 打印到文件

    timer = _answer_next_dialog(QPrintDialog, accept)
    where = print_pdf(None, data, name.removesuffix(".pdf"), name)
    timer.stop()
    assert seen["proposed"] == str(home / "Documents" / name)  # not HOME, not the cwd
    assert where == str(home / "Documents" / name)
    assert Path(where).read_bytes() == data  # the vector PDF itself, not page images


def test_slip_and_form_get_different_names(qapp: Any) -> None:
    from ui import i18n
    from ui.print_job import file_name

    i18n.install("zh_CN")
    assert file_name("CX1", "form") != file_name("CX1", "slip")
    assert file_name("CX1", "slip") == "CX1-凭条.pdf"


def test_save_dialogs_open_in_documents_and_remember_the_last_folder(
    qtbot: Any, qapp: Any, home: Path
) -> None:
    from ui.print_job import ask_save_path

    elsewhere = home / "备份"
    elsewhere.mkdir()
    opened: list[str] = []

    def save_in(folder: Path) -> Any:
        def act(dialog: QFileDialog) -> None:
            from PySide6.QtWidgets import QLineEdit

            opened.append(dialog.directory().absolutePath())
            # Typed into the name box, as a user does: selectFile() leaves the box alone
            # when it has the focus, which it has once the dialog is the active window.
            name_box = dialog.findChild(QLineEdit, "fileNameEdit")
            assert name_box is not None
            name_box.setText(str(folder / "a"))
            dialog.accept()

        return act

    timer = _answer_next_dialog(QFileDialog, save_in(elsewhere))
    first = ask_save_path(None, "保存", "CX1-撤销申请表.pdf", "PDF (*.pdf)")
    timer.stop()
    assert opened[0] == str(home / "Documents")
    assert first == elsewhere / "a.pdf"  # the suffix added when typed without it
    timer = _answer_next_dialog(QFileDialog, save_in(elsewhere))
    ask_save_path(None, "保存", "CX2-撤销申请表.pdf", "PDF (*.pdf)")
    timer.stop()
    assert opened[1] == str(elsewhere)  # remembered


def test_batch_print_offers_approved_and_completed_by_default(
    qtbot: Any, make_window: Any, home: Path
) -> None:
    from PySide6.QtWidgets import QCheckBox

    from tests.ui.test_session import pending_case

    window = make_window("李四")
    pending_case(window.ctx)  # submitted today, still awaiting approval
    chosen: dict[str, bool] = {}

    def ok(dialog: QDialog) -> None:
        box = dialog.findChild(QCheckBox, "includeAll")
        chosen["default"] = box.isChecked()
        dialog.accept()

    timer = _answer_next_dialog(QDialog, ok)
    window.actions_by_name["print_batch"].trigger()
    timer.stop()
    assert chosen["default"] is False
    qtbot.waitUntil(lambda: "已批准或已完成" in window.status.notice_label.text(), timeout=8000)


def test_qt_file_and_print_dialogs_have_no_english_labels(qapp: Any) -> None:
    """qtbase_zh_CN.qm lacks some of Qt's newer texts; our catalog fills them (qt_strings)."""
    import re

    from PySide6.QtPrintSupport import QPrintDialog, QPrinter
    from PySide6.QtWidgets import QLabel

    from ui import i18n

    i18n.install("zh_CN")
    files = QFileDialog(None, "保存", "", "PDF (*.pdf)")
    files.setOption(QFileDialog.Option.DontUseNativeDialog)
    printer = QPrintDialog(QPrinter())
    for dialog in (files, printer):
        english = [
            label.text()
            for label in dialog.findChildren(QLabel)
            if re.search(r"[A-Za-z]{3,}", label.text())
            and not re.search(r"[\u4e00-\u9fff]", label.text())
        ]
        assert english == [], english
        dialog.deleteLater()
