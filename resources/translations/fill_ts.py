"""Extract ui/ strings (pyside6-lupdate), fill zh_CN from the glossaries, compile both .qm files.

Translations typed into the .ts directly (Qt Linguist) are kept; the glossaries win where
they have an entry. Run: .venv/bin/python resources/translations/fill_ts.py"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
BIN = Path(sys.executable).parent
sys.path.insert(0, str(HERE))


def _glossary() -> dict[str, str]:
    """Every *glossary*.py here with a ZH dict (one per part of the UI, e.g. the wizard's)."""
    merged: dict[str, str] = {}
    for path in sorted(HERE.glob("*glossary*.py")):
        namespace: dict[str, object] = {}
        exec(compile(path.read_text(encoding="utf-8"), str(path), "exec"), namespace)  # noqa: S102
        table = namespace.get("ZH")
        if isinstance(table, dict):
            merged.update(table)
    return merged


ZH = _glossary()


def main() -> int:
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py"))
    missing: set[str] = set()
    for lang in ("zh_CN", "en"):
        ts = HERE / f"guadan_{lang}.ts"
        subprocess.run(
            [BIN / "pyside6-lupdate", *sources, "-no-obsolete", "-ts", str(ts)],
            cwd=ROOT,
            check=True,
        )
        tree = ET.parse(ts)
        tree.getroot().set("language", lang)
        for message in tree.getroot().iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None
            if lang == "zh_CN":
                if source in ZH:
                    translation.text = ZH[source]
                    translation.attrib.pop("type", None)
                elif not (translation.text or "").strip():
                    missing.add(source)
            else:
                translation.text = source
                translation.attrib.pop("type", None)
        tree.write(ts, encoding="utf-8", xml_declaration=True)
        subprocess.run(
            [BIN / "pyside6-lrelease", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True
        )
    for text in sorted(missing):
        print("untranslated:", repr(text))
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
