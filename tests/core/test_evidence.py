"""Evidence files (issue 11): decoded to be accepted, clean names, size before reading, no
symlink followed, the stored file's hash checked when a form is printed and by `doctor`."""

from __future__ import annotations

import io
import os
import resource
from pathlib import Path

import pytest

from app import workflow
from app.errors import DomainError
from app.evidence_check import clean_filename
from app.models import Attachment
from app.workflow import store_evidence
from tests.core.helpers import all_checked, make_order, seed_staff
from tests.core.images import tiny_jpeg, tiny_pdf, tiny_png

ELF = b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 8 + b"\x02\x00\x3e\x00" + b"\x00" * 200
EXE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + b"\x00" * 200 + b"PE\x00\x00"
SHELL = b"#!/bin/sh\nrm -rf ~\n"


def _gif() -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("P", (4, 4)).save(out, format="GIF")
    return out.getvalue()


def _pdf_with_javascript() -> bytes:
    from pypdf import PdfReader, PdfWriter
    from pypdf.actions import JavaScript

    writer = PdfWriter()
    writer.append(PdfReader(io.BytesIO(tiny_pdf())))
    writer.add_open_action(JavaScript("app.alert('hi');"))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


HOSTILE = {
    "text starting BM": b"BM this is a note, not a bitmap\n" * 4,
    "ELF behind a PNG header": b"\x89PNG\r\n\x1a\n" + ELF,
    "EXE behind a JPEG header": b"\xff\xd8\xff\xe0" + EXE,
    "shell behind a GIF header": b"GIF89a" + SHELL,
    "HTML after %PDF-": b"%PDF-1.4\n<html><script>alert(1)</script></html>\n%%EOF\n",
    "truncated PNG": tiny_png(1)[:-30],
    "PNG then an ELF": tiny_png(2) + ELF,
    "GIF then a script": _gif() + SHELL,
    "plain ELF": ELF,
    "zip": b"PK\x03\x04" + b"\x00" * 100,
    "PDF with JavaScript": _pdf_with_javascript(),
    "WEBP header, nothing behind": b"RIFF\x10\x00\x00\x00WEBPVP8 " + b"\x00" * 8,
}


@pytest.fixture
def case(store):  # type: ignore[no-untyped-def]
    with store.transaction() as s:
        staff = seed_staff(s)
        case = workflow.open_case(s, make_order(s).id, staff.cashier)
        workflow.verify(s, case, staff.cashier, all_checked())
    return store, staff, case.id


def _stored_files(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file()]


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_what_does_not_decode_is_refused_and_nothing_is_kept(case, tmp_path, name) -> None:  # type: ignore[no-untyped-def]
    store, staff, case_id = case
    files = tmp_path / "files"
    with pytest.raises(DomainError) as err, store.transaction() as s:
        workflow.add_attachment(
            s, files, workflow.get_case(s, case_id), staff.cashier, "证据.png", HOSTILE[name]
        )
    assert err.value.key in {
        "attachment.bad_type",
        "attachment.not_decodable",
        "attachment.pdf_active",
    }
    assert err.value.message()  # a sentence, in Chinese
    assert _stored_files(files) == []
    with store.transaction() as s:
        assert s.query(Attachment).count() == 0


@pytest.mark.parametrize(
    ("data", "mime"),
    [
        (tiny_png(3), "image/png"),
        (tiny_jpeg(3), "image/jpeg"),
        (_gif(), "image/gif"),
        (tiny_pdf("签购单"), "application/pdf"),
    ],
)
def test_real_images_and_pdfs_are_accepted(case, tmp_path, data, mime) -> None:  # type: ignore[no-untyped-def]
    store, staff, case_id = case
    with store.transaction() as s:
        att = workflow.add_attachment(
            s, tmp_path, workflow.get_case(s, case_id), staff.cashier, "照片.bin", data
        )
        assert att.mime == mime and att.size == len(data)
        assert (tmp_path / att.sha256[:2] / att.sha256).read_bytes() == data
        assert att.filename.startswith("照片.bin.")  # named for what it really is


def test_bmp_and_webp_are_accepted(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from PIL import Image

    for fmt in ("BMP", "WEBP"):
        out = io.BytesIO()
        Image.new("RGB", (5, 5), (9, 9, 9)).save(out, format=fmt)
        assert len(store_evidence(tmp_path, out.getvalue())) == 64


@pytest.mark.parametrize(
    ("given", "mime", "shown"),
    [
        ("invoice\u202egnp.exe", "image/png", "invoicegnp.exe.png"),
        ("../../etc/passwd", "image/png", "passwd.png"),
        ("C:\\Users\\张三\\签购单.JPG", "image/jpeg", "签购单.jpg"),
        ("a\x00b\nc\r.png", "image/png", "abc.png"),
        ("", "image/png", "附件.png"),
        ("...", "application/pdf", "附件.pdf"),
        ("\u200b\u200b.png", "image/png", "附件.png"),
        ("卡 6228480402564890018.png", "image/png", "卡 622848******0018.png"),
        ("客户 139 1234 5678.pdf", "application/pdf", "客户 139****5678.pdf"),
        ("CON.png", "image/png", "_CON.png"),
        ("x" * 500 + ".png", "image/png", "x" * 120 + ".png"),
    ],
)
def test_names_are_cleaned(given: str, mime: str, shown: str) -> None:
    assert clean_filename(given, mime) == shown


def test_a_huge_file_is_refused_before_it_is_read(case, tmp_path) -> None:  # type: ignore[no-untyped-def]
    store, staff, case_id = case
    huge = tmp_path / "huge.png"
    with open(huge, "wb") as fh:  # a sparse 1 GiB file: no disk used, 1 GiB if read
        fh.write(tiny_png(4))
        fh.truncate(2**30)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    with pytest.raises(DomainError) as err, store.transaction() as s:
        workflow.add_attachment(
            s, tmp_path / "files", workflow.get_case(s, case_id), staff.cashier, huge.name, huge
        )
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    assert err.value.key == "attachment.too_big"
    assert grown_mb < 50


def test_a_file_is_streamed_from_its_path(case, tmp_path) -> None:  # type: ignore[no-untyped-def]
    store, staff, case_id = case
    photo = tmp_path / "slip.png"
    photo.write_bytes(tiny_png(5))
    with store.transaction() as s:
        att = workflow.add_attachment(
            s, tmp_path / "files", workflow.get_case(s, case_id), staff.cashier, photo.name, photo
        )
    assert att.size == photo.stat().st_size and att.filename == "slip.png"


def test_a_symlink_planted_in_the_store_is_never_followed(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import hashlib

    files = tmp_path / "files"
    data = tiny_png(6)
    digest = hashlib.sha256(data).hexdigest()
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me")
    (files / digest[:2]).mkdir(parents=True)
    (files / digest[:2] / f"{digest}.part").symlink_to(victim)
    (files / digest[:2] / digest).symlink_to(victim)
    assert store_evidence(files, data) == digest
    assert victim.read_text() == "keep me"
    stored = files / digest[:2] / digest
    assert not stored.is_symlink() and stored.read_bytes() == data
    assert not list(files.glob(".incoming-*"))  # no temporary file left behind


def test_a_symlinked_shard_folder_is_refused(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import hashlib

    files = tmp_path / "files"
    files.mkdir()
    data = tiny_png(7)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (files / hashlib.sha256(data).hexdigest()[:2]).symlink_to(elsewhere)
    with pytest.raises(DomainError) as err:
        store_evidence(files, data)
    assert err.value.key == "attachment.store_unsafe"
    assert list(elsewhere.iterdir()) == []


def test_a_damaged_stored_file_shows_on_the_printed_form_and_in_doctor(case, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from app.doctor import check_evidence_files
    from printing.form_view import form_view_from_case

    store, staff, case_id = case
    with store.transaction() as s:
        c = workflow.get_case(s, case_id)
        good = workflow.add_attachment(
            s, store.attachments_dir, c, staff.cashier, "a.png", tiny_png(8)
        )
        bad = workflow.add_attachment(
            s, store.attachments_dir, c, staff.cashier, "b.png", tiny_png(9)
        )
    assert check_evidence_files(store.url).status == "ok"
    target = store.attachments_dir / bad.sha256[:2] / bad.sha256
    target.chmod(0o644)
    target.write_bytes(b"changed after it was stored")
    with store.transaction() as s:
        view = form_view_from_case(workflow.get_case(s, case_id))
    lines = {a.filename: a.intact for a in view.attachments or ()}
    assert lines == {good.filename: True, bad.filename: False}
    result = check_evidence_files(store.url)
    assert result.status == "fail" and "1" in result.detail and bad.sha256[:12] in result.detail
    os.remove(target)
    assert check_evidence_files(store.url).status == "fail"  # missing is as bad as changed
