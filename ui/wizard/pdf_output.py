"""Step 5's paper: the application form and the slip, printed through the system print dialog
(pages rendered by QPdfDocument into the printer) or saved as PDF. PDFs are made on the
database worker; each print or save writes an audit event."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget


def form_pdf(session: Any, case_id: Any, actor_id: Any, training: bool, action: str) -> bytes:
    """The case's application form as PDF, with the audit event of printing or saving it."""
    from app.models import User
    from app.settings import load_settings
    from app.workflow import get_case, record_print
    from printing.application_form import render_form
    from printing.form_view import form_view_from_case

    case = get_case(session, case_id)
    zone = load_settings(session).timezone
    data = render_form(form_view_from_case(case, zone=zone), training=training)
    record_print(session, case, session.get(User, actor_id), "form", action)
    return data


def slip_pdf(session: Any, case_id: Any, actor_id: Any, training: bool, width_mm: int) -> bytes:
    from app.models import User
    from app.settings import load_settings
    from app.workflow import get_case, record_print
    from printing.form_view import slip_view_from_case
    from printing.slip import render_slip_pdf

    case = get_case(session, case_id)
    zone = load_settings(session).timezone
    data = render_slip_pdf(
        slip_view_from_case(case, zone=zone), width_mm=width_mm, training=training
    )
    record_print(session, case, session.get(User, actor_id), "slip", "print")
    return data


def print_pdf(parent: QWidget, data: bytes, title: str, name: str | None = None) -> bool:
    """Ask for a printer and print at the PDF's own page size (ui/print_job.py); False when
    cancelled. Raises ImportError when PySide6-Pdf is missing (the caller says so in words)."""
    from ui.print_job import print_pdf as print_at_size

    return print_at_size(parent, data, title, name) is not None
