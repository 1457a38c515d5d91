"""Reading an import file in pieces, whatever its size (issue 11): CSV rows through the csv
module over the open file, JSON orders through ijson's parser events — never the whole file,
nor a list of every row, in memory. Each reader is a generator of (row number, record) that
reports what is wrong through `report(row, column, key, params)`; app.importer turns records
into orders."""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

Report = Callable[[int, str, str, dict[str, Any]], None]
Record = dict[str, Any]
MAX_DEPTH = 32  # an order is {field: value}: anything deeper is not a till's export
_NESTED: list[str] = []  # stands for an object or list given as a field's value


def csv_header(path: Path, encoding: str) -> list[str] | None:
    """The header line's cells (None: not readable as CSV)."""
    with open(path, encoding=encoding, newline="") as f:
        try:
            return next(csv.reader(f), [])
        except csv.Error:
            return None


def csv_records(path: Path, encoding: str, report: Report) -> Iterator[tuple[int, Record]]:
    with open(path, encoding=encoding, newline="") as f:
        reader = csv.DictReader(f)
        try:
            reader.fieldnames  # noqa: B018 (reads the header line)
            line_before = reader.line_num
            for record in reader:
                # The line the record starts on, as a spreadsheet shows it: blank rows and
                # quoted multi-line cells do not shift the numbers of the rows after them.
                start, line_before = line_before + 1, reader.line_num
                if any((v or "").strip() for v in record.values() if isinstance(v, str)):
                    yield start, record
        except csv.Error:  # a cell over the csv module's limit, a broken quote
            line = reader.line_num
            report(line, "", "import.bad_csv", {"line": line})


class _Utf8:
    """A GB18030 file as the UTF-8 bytes the JSON parser reads."""

    def __init__(self, path: Path, encoding: str) -> None:
        self.text = open(path, encoding=encoding, newline="")  # noqa: SIM115 (closed by close())

    def read(self, size: int = -1) -> bytes:
        return self.text.read(size if size < 0 else max(size // 2, 1)).encode("utf-8")

    def close(self) -> None:
        self.text.close()


def _value(kind: str, value: Any) -> Any:
    if kind == "string":
        return value
    if kind == "number":  # as written: 12.50 stays "12.50" (a Decimal, never a float)
        return str(value)
    if kind == "boolean":
        return "true" if value else "false"
    return ""  # null


def json_records(
    path: Path, encoding: str, report: Report, keys_seen: set[str]
) -> Iterator[tuple[int, Record]]:
    """The orders of `[{…}, …]` or `{"orders": [{…}, …]}`, one at a time. Refused whole (a
    report, then no more records): broken JSON, a document of another shape, nesting deeper
    than MAX_DEPTH. A key twice in one order is reported on that order."""
    import ijson

    source: Any
    if encoding == "gb18030":
        source = _Utf8(path, encoding)
    else:
        source = open(path, "rb")  # noqa: SIM115
        if source.read(3) != b"\xef\xbb\xbf":
            source.seek(0)
    item = 0
    try:
        events = ijson.basic_parse(source, use_float=False)
        kind, _ = next(events, ("", None))
        if kind == "start_map":  # {"orders": [...], anything else}
            found = False
            for kind, value in events:
                if kind == "end_map":
                    break
                if kind == "map_key" and value == "orders" and not found:
                    found = True
                    if next(events, ("", None))[0] != "start_array":
                        report(0, "", "import.bad_format", {})
                        return
                    for item, record in _items(events, report, keys_seen):
                        yield item, record
                elif kind == "map_key" and value == "orders":
                    report(0, "", "import.duplicate_key", {"column": "orders"})
                    return
                elif kind in ("start_map", "start_array") and not _skip(events, 1):
                    report(0, "", "import.too_deep", {})
                    return
            if not found:
                report(0, "", "import.bad_format", {})
        elif kind == "start_array":
            for item, record in _items(events, report, keys_seen):
                yield item, record
        else:
            report(0, "", "import.bad_format", {})
    except ijson.JSONError:
        report(item + 1, "", "import.bad_json", {"item": item + 1})
    except _Refused:
        return
    finally:
        source.close()


class _Refused(Exception):
    """The document is refused whole; its problem is already reported."""


def _items(
    events: Iterator[tuple[str, Any]], report: Report, keys_seen: set[str]
) -> Iterator[tuple[int, Record]]:
    for item, (kind, _) in enumerate(events, start=1):
        if kind == "end_array":
            return
        if kind != "start_map":
            if kind == "start_array" and not _skip(events, 1):
                report(0, "", "import.too_deep", {})
            else:
                report(0, "", "import.bad_format", {})
            raise _Refused
        record: Record = {}
        for kind, value in events:
            if kind == "end_map":
                break
            key = str(value)
            kind, value = next(events)
            if kind in ("start_map", "start_array"):
                if not _skip(events, 2):
                    report(0, "", "import.too_deep", {})
                    raise _Refused
                parsed: Any = _NESTED
            else:
                parsed = _value(kind, value)
            if key in record:
                report(item, key, "import.duplicate_key", {"column": key[:40]})
            record[key] = parsed
        keys_seen.update(record)
        yield item, record


def _skip(events: Iterator[tuple[str, Any]], depth: int) -> bool:
    """Consume one nested object or list already opened at `depth`; False when it goes
    deeper than MAX_DEPTH (the rest of the document is not read)."""
    level = 1
    for kind, _ in events:
        if kind in ("start_map", "start_array"):
            level += 1
            if depth + level > MAX_DEPTH:
                return False
        elif kind in ("end_map", "end_array"):
            level -= 1
            if level == 0:
                return True
    return True
