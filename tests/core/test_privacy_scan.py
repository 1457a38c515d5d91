"""Acceptance (issue 11): after planting ≥ 50 card numbers in ≥ 20 spellings and phones in
every free-text field, through every door, the database, its WAL, backups, logs, every PDF,
export and CLI output hold 0 Luhn-valid 13–19-digit runs and 0 full phones.

`benchmarks/privacy_scan.py` runs the same and prints the counts."""

from __future__ import annotations

from tests.core.pan_scan import luhn_runs, phone_runs, planted_found
from tests.core.privacy_plant import plant_and_scan


def test_the_scan_sees_what_it_looks_for() -> None:
    pan = "6228480402564890018"
    assert luhn_runs(f"卡号{pan};".encode()) == [pan]
    assert luhn_runs("６２２８４８０４０２５６４８９００１８") == [pan]
    assert planted_found("6228 4804\u200b0256.4890-018", [pan]) == [pan]
    assert phone_runs("电话 139 1234 5678") == ["13912345678"]
    assert phone_runs("010-62345678") == ["010-62345678", "01062345678"]


def test_no_card_or_phone_number_anywhere_after_planting(guadan_home) -> None:  # type: ignore[no-untyped-def]
    result = plant_and_scan(guadan_home)
    print(result.line())
    assert result.pans_planted >= 50 and result.spellings >= 20 and result.phones_planted >= 50
    assert result.files >= 10
    assert result.luhn_runs == []
    assert result.planted_pans_found == []
    assert result.planted_phones_found == []
    assert result.phones_found == []
