"""Every message a person can be shown is complete in both languages: each key is rendered
with the parameters its callers really pass (found by reading the source of app/, ui/ and
printing/), and nothing like "{field}" may be left in the words."""

from __future__ import annotations

import ast
import importlib
import pkgutil
import re
import string
from pathlib import Path

import pytest

import app
from app import errors, messages
from app.errors import DomainError

ROOT = Path(__file__).resolve().parents[2]
LEFT_OVER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}")
SAMPLE = {"fields": "amount,location", "field": "amount_fen", "choice_kind": "txn_type"}
SAMPLE_CHOICES = "SALE,QR"
# Keys whose parameters are passed through a helper the scan cannot follow, with that helper:
THROUGH_HELPERS = {
    "terminal.rc.unknown": {"code"},  # app.payments.card.codes.message(code=…)
}
# Key prefixes whose words are always made by one helper that adds parameters of its own:
HELPER_PARAMS = {
    "qr.": {"provider", "detail"},  # app.payments.qr.codes.describe(error, provider)
}


def _load_every_module() -> None:
    """Modules register their messages on import (app.reports, the terminal's codes, …)."""
    for info in pkgutil.walk_packages(app.__path__, "app."):
        if ".migrations" not in info.name:
            importlib.import_module(info.name)
    messages._load_terminal_messages()


_load_every_module()
ALL = {**messages.MESSAGES, **messages.EVENTS, **messages.LABELS}


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def _passed_names(node: ast.AST) -> set[str]:
    names = {k.arg for k in getattr(node, "keywords", []) if k.arg}
    for child in [*getattr(node, "args", []), *getattr(node, "elts", [])]:
        if isinstance(child, ast.Dict):
            names |= {k.value for k in child.keys if isinstance(k, ast.Constant)}
    return names


def _anomaly_key(node: ast.Call) -> str | None:
    """app.reports.anomalies builds its key from the kind: _anomaly(AnomalyKind.X, …)."""
    func = node.func
    if isinstance(func, ast.Name) and func.id == "_anomaly" and node.args:
        kind = node.args[0]
        if isinstance(kind, ast.Attribute):
            from app.reports.anomalies import AnomalyKind

            return f"anomaly.{AnomalyKind[kind.attr].value}"
    return None


def _event_kind(node: ast.AST) -> str | None:
    """The kind an audit call records: audit.record(session, "kind", …) / audit_case(…)."""
    if not isinstance(node, ast.Call) or len(node.args) < 2:
        return None
    func = node.func
    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
    kind = node.args[1]
    if name in ("record", "audit_case") and isinstance(kind, ast.Constant):
        return str(kind.value)
    return None


def _sources() -> list[tuple[Path, ast.AST]]:
    return [
        (path, ast.parse(path.read_text(encoding="utf-8")))
        for folder in ("app", "ui", "printing")
        for path in sorted((ROOT / folder).rglob("*.py"))
    ]


SOURCES = _sources()


def event_kinds() -> dict[str, str]:
    """Every audit event kind recorded in app/ -> where."""
    return {
        kind: f"{path.relative_to(ROOT)}:{node.lineno}"  # type: ignore[attr-defined]
        for path, tree in SOURCES
        for node in ast.walk(tree)
        if (kind := _event_kind(node))
    }


def _error_class(node: ast.AST) -> type[DomainError] | None:
    """The domain error a call raises, when it is one: its message is built by the error."""
    func = getattr(node, "func", None)
    name = getattr(func, "id", None) or getattr(func, "attr", None)
    found = getattr(errors, str(name), None)
    return found if isinstance(found, type) and issubclass(found, DomainError) else None


Site = tuple[str, set[str], "type[DomainError] | None"]


def call_sites() -> dict[str, list[Site]]:
    """key -> [(where, parameter names passed)] for every call or (key, {params}) pair that
    names a message key as a literal (an audit event's kind is not a message: skipped)."""
    found: dict[str, list[Site]] = {}
    for path, tree in SOURCES:
        for node in ast.walk(tree):
            if _event_kind(node) or getattr(getattr(node, "func", None), "id", "") == "getattr":
                continue  # an event's kind, or a default value: not a message shown
            parts = getattr(node, "args", None) if isinstance(node, ast.Call) else None
            if isinstance(node, ast.Tuple):
                parts = node.elts
            if parts is None:
                continue
            keys = [
                a.value
                for a in parts
                if isinstance(a, ast.Constant) and isinstance(a.value, str) and a.value in ALL
            ]
            if isinstance(node, ast.Call) and (dynamic := _anomaly_key(node)):
                keys.append(dynamic)
            where = f"{path.relative_to(ROOT)}:{node.lineno}"
            for key in keys:
                found.setdefault(key, []).append((where, _passed_names(node), _error_class(node)))
    for key, names in THROUGH_HELPERS.items():
        found.setdefault(key, []).append(("helper", names, None))
    return found


SITES = call_sites()


def _render(key: str, names: set[str], error: type[DomainError] | None, lang: str) -> str:
    """The words as the product makes them: through the error's own message() when the call
    raises one (it decides what reaches tr), else through tr with the names passed."""
    for prefix, added in HELPER_PARAMS.items():
        if key.startswith(prefix):
            names = names | added
    params: dict[str, object] = {name: SAMPLE.get(name, 12_800) for name in names}
    if "choices" in params:
        params["choices"] = SAMPLE_CHOICES
    if error is not None and error is not errors.ValidationFailed:
        field = params.pop("field", None)
        return DomainError.message(error(key, field=field, **params), lang)  # type: ignore[arg-type]
    return messages.tr(key, lang, **params)


@pytest.mark.parametrize("kind", sorted(event_kinds()))
def test_every_audited_kind_has_words_in_both_languages(kind: str) -> None:
    """The timeline and the operation log show every event in words, never its code."""
    assert kind in messages.EVENTS, f"{kind} ({event_kinds()[kind]}) has no entry in EVENTS"
    assert all(messages.EVENTS[kind]) and not _placeholders("".join(messages.EVENTS[kind]))


@pytest.mark.parametrize("key", sorted(ALL))
def test_both_languages_name_the_same_parameters(key: str) -> None:
    zh, en = ALL[key]
    assert _placeholders(zh) == _placeholders(en), key


@pytest.mark.parametrize("key", sorted(SITES))
def test_every_caller_fills_every_parameter(key: str) -> None:
    for where, names, error in SITES[key]:
        for lang in ("zh_CN", "en"):
            text = _render(key, names, error, lang)
            assert not LEFT_OVER.search(text), f"{key} at {where} ({lang}): {text}"
            assert "…" not in text or "…" in ALL[key][lang == "en"], f"{key} at {where}: {text}"


def test_the_scan_finds_the_callers() -> None:
    """The scan itself: it must see the keys it is there to check, with their parameters."""
    assert any("app/workflow/opening.py" in w for w, _, _ in SITES["correct.bad_value"])
    assert any(e is DomainError for _, _, e in SITES["correct.bad_value"])
    assert any({"minutes"} <= names for _, names, _ in SITES["auth.locked"])
    assert {"case.opened", "auth.locked", "approval.self_attempt"} <= set(event_kinds())
    assert SITES["anomaly.card_repeat"]


def test_a_field_is_named_in_words_in_both_languages() -> None:
    from app.errors import DomainError

    error = DomainError("correct.bad_value", field="amount_fen")
    assert error.message("zh_CN") == "“交易金额”的新值格式不对，请检查后重新输入。"
    assert "'Amount'" in error.message("en")


def test_event_kinds_read_as_events_not_as_errors() -> None:
    """auth.locked is both an error and an event kind: the timeline shows the event."""
    assert messages.event_text("auth.locked", "zh_CN") == "PIN 连续输错，用户被锁定"
    assert "{" not in messages.event_text("auth.locked", "en")


def test_import_choices_are_named_in_the_readers_language() -> None:
    zh = messages.tr(
        "import.bad_choice", "zh_CN", value="X", choices="SALE,PREAUTH_COMPLETE,QR",
        choice_kind="txn_type",
    )  # fmt: skip
    assert zh == "取值“X”无效，可选：消费、预授权完成、扫码。"
    assert not re.search(r"[A-Z]{2,}", zh)
    en = messages.tr("import.bad_choice", "en", value="X", choices="SALE", choice_kind="txn_type")
    assert "SALE (Sale)" in en


CJK = "\u4e00-\u9fff\u3000-\u303f\uff00-\uffef"
ASCII_IN_CHINESE = re.compile(rf"[{CJK}][,;:?!()]|[,;:?!()][{CJK}]")
MNEMONIC = re.compile(r"\(&\w\)")  # 文件(&F): the Chinese convention for a menu's key
URL = re.compile(r"[a-z]+://[\w.:/-]*")  # http://127.0.0.1:端口 keeps its colon


def _chinese_ui_texts() -> list[tuple[str, str]]:
    """(where, text) of every Chinese text a person reads: app's messages and the UI's
    Chinese catalog."""
    import xml.etree.ElementTree as ET

    texts = [(key, zh) for key, (zh, _en) in ALL.items()]
    ts = ROOT / "resources" / "translations" / "guadan_zh_CN.ts"
    for message in ET.parse(ts).getroot().iter("message"):
        texts.append((message.findtext("source") or "", message.findtext("translation") or ""))
    return texts


def test_chinese_text_uses_chinese_punctuation() -> None:
    """ "请检查端口设置,或确认…" reads as a typo to a Chinese reader: ，；：？！（） in Chinese."""
    wrong = [
        (where, text)
        for where, text in _chinese_ui_texts()
        if ASCII_IN_CHINESE.search(URL.sub("", MNEMONIC.sub("", text)))
    ]
    assert wrong == []
