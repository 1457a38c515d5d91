"""What an evidence file really is: an image or a PDF that decodes whole, and a name that is
safe to show. A file is judged by decoding it, never by its first bytes or its name."""

from __future__ import annotations

import re
import unicodedata
import warnings
from pathlib import Path
from typing import Any

from app.errors import DomainError
from app.redaction import redact

IMAGE_TYPES = {
    "PNG": "image/png",
    "JPEG": "image/jpeg",
    "GIF": "image/gif",
    "BMP": "image/bmp",
    "WEBP": "image/webp",
}
EXTENSIONS = {
    "image/png": (".png",),
    "image/jpeg": (".jpg", ".jpeg"),
    "image/gif": (".gif",),
    "image/bmp": (".bmp",),
    "image/webp": (".webp",),
    "application/pdf": (".pdf",),
}
MAX_PIXELS = 40_000_000  # a 40-megapixel photo; decoding it takes at most ~160 MB
MAX_PDF_PAGES = 200
_PNG_END = b"\x00\x00\x00\x00IEND\xaeB`\x82"
_WINDOWS_RESERVED = {"CON", "PRN", "AUX", "NUL"} | {
    f"{p}{n}" for p in ("COM", "LPT") for n in range(1, 10)
}
NAME_MAX = 120


def _not_decodable() -> DomainError:
    return DomainError("attachment.not_decodable", field="attachment")


def inspect_evidence(path: Path) -> str:
    """The file's type ("image/png", "application/pdf", …) once it has decoded whole; a
    DomainError (attachment.bad_type, .not_decodable, .pdf_active, …) otherwise."""
    with open(path, "rb") as fh:
        head = fh.read(16)
    if head.startswith(b"%PDF-"):
        return _check_pdf(path)
    return _check_image(path)


def _check_image(path: Path) -> str:
    from PIL import Image, UnidentifiedImageError

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(path, formats=list(IMAGE_TYPES)) as image:
                kind = image.format or ""
                if image.width * image.height > MAX_PIXELS:
                    raise DomainError("attachment.too_many_pixels", field="attachment")
                image.verify()  # structure and checksums
            with Image.open(path, formats=[kind]) as image:
                if kind == "JPEG":  # every block decodes, at 1/8 scale: little memory
                    image.draft("RGB", (max(1, image.width // 8), max(1, image.height // 8)))
                image.load()
    except DomainError:
        raise
    except UnidentifiedImageError as exc:
        raise DomainError("attachment.bad_type", field="attachment") from exc
    except Exception as exc:  # Pillow raises many kinds for a damaged or disguised file
        raise _not_decodable() from exc
    _check_image_end(path, kind)
    return IMAGE_TYPES[kind]


def _check_image_end(path: Path, kind: str) -> None:
    """Nothing after the image's own end: a program or a script appended to a valid image
    is refused. (A JPEG may carry a camera's trailer after its end; it is not checked.)"""
    size = path.stat().st_size
    with open(path, "rb") as fh:
        fh.seek(max(0, size - 16))
        tail = fh.read()
        fh.seek(0)
        head = fh.read(16)
    if kind == "PNG" and not tail.endswith(_PNG_END):
        raise _not_decodable()
    if kind == "GIF" and not tail.endswith(b"\x3b"):
        raise _not_decodable()
    if kind == "BMP":
        declared = int.from_bytes(head[2:6], "little")
        if declared not in (0, size):
            raise _not_decodable()
    if kind == "WEBP" and int.from_bytes(head[4:8], "little") + 8 != size:
        raise _not_decodable()


_ACTIVE = {"/JavaScript", "/Launch", "/ImportData", "/SubmitForm", "/Rendition"}


def _is_active(action: object) -> bool:
    """An action that runs something when the PDF is opened or clicked."""
    from pypdf.generic import DictionaryObject, IndirectObject

    if isinstance(action, IndirectObject):
        action = action.get_object()
    if not isinstance(action, DictionaryObject):
        return False  # a destination ([page /Fit]): only where to open
    if action.get("/S") in _ACTIVE or "/JS" in action:
        return True
    return any(_is_active(v) for k, v in action.items() if k in ("/Next", "/A"))


def _additional_actions(holder: object) -> list[object]:
    from pypdf.generic import DictionaryObject

    extra = holder.get("/AA") if isinstance(holder, DictionaryObject) else None
    extra = extra.get_object() if extra is not None else None
    return list(extra.values()) if isinstance(extra, DictionaryObject) else []


def _check_pdf(path: Path) -> str:
    from pypdf import PdfReader

    size = path.stat().st_size
    with open(path, "rb") as fh:
        fh.seek(max(0, size - 1024))
        if b"%%EOF" not in fh.read():
            raise _not_decodable()
    try:
        reader = PdfReader(path, strict=True)
        if reader.is_encrypted:
            raise DomainError("attachment.pdf_encrypted", field="attachment")
        root: Any = reader.trailer["/Root"].get_object()
        found: Any = root.get("/Names")
        names = found.get_object() if found is not None else {}
        actions = [root.get("/OpenAction"), *_additional_actions(root)]
        if "/JavaScript" in names or "/EmbeddedFiles" in names or any(map(_is_active, actions)):
            raise DomainError("attachment.pdf_active", field="attachment")
        pages = reader.pages
        if not 1 <= len(pages) <= MAX_PDF_PAGES:
            raise _not_decodable()
        for page in pages:
            held: Any = page.get("/Annots")
            annots = [a.get_object() for a in (held.get_object() if held is not None else [])]
            page_actions = _additional_actions(page) + [a.get("/A") for a in annots]
            if any(map(_is_active, page_actions)):
                raise DomainError("attachment.pdf_active", field="attachment")
            contents = page.get_contents()
            if contents is not None:
                contents.get_data()  # every content stream decompresses
    except DomainError:
        raise
    except Exception as exc:  # pypdf raises many kinds for a damaged or disguised file
        raise _not_decodable() from exc
    return "application/pdf"


def clean_filename(name: str, mime: str) -> str:
    """A name safe to show and to save under: the last path component, without control or
    invisible characters (NUL, line breaks, a right-to-left override that turns
    'invoice\u202egnp.exe' into 'invoiceexe.png' on screen), with no card or phone number,
    and ending with the extension of what the file really is."""
    base = re.split(r"[\\/]", name)[-1]
    base = unicodedata.normalize("NFC", base)
    base = "".join(ch for ch in base if not unicodedata.category(ch).startswith("C"))
    base = redact(" ".join(base.split()))
    cut = base.rfind(".")
    stem, ext = (base[:cut], base[cut:]) if cut >= 0 else (base, "")
    wanted = EXTENSIONS.get(mime, ("",))
    if ext.lower() not in wanted:
        stem, ext = base, wanted[0]  # 'invoicegnp.exe' of a PNG becomes 'invoicegnp.exe.png'
    stem = stem.strip(" .")[:NAME_MAX] or "附件"
    if stem.split(".")[0].upper() in _WINDOWS_RESERVED:
        stem = "_" + stem
    return stem + ext.lower()
