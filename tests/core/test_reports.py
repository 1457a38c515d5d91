"""Lead reports over seeded data: the handover list, causes and outcomes, per-cashier figures,
and anomaly monitoring (every planted anomaly flagged; clean data flags nothing)."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

import report_data as rd  # noqa: E402

from app import reports  # noqa: E402
from app.models import Cause, ContactReason, OrderStatus, Route, Stage  # noqa: E402
from app.reports.sql import offset_spans  # noqa: E402
from app.settings import StoreSettings  # noqa: E402

ZONE = "Asia/Shanghai"


def _kinds(found: list[reports.Anomaly]) -> dict[str, list[reports.Anomaly]]:
    result: dict[str, list[reports.Anomaly]] = {}
    for a in found:
        result.setdefault(a.kind.value, []).append(a)
    return result


# ---------------------------------------------------------------- anomalies


def test_clean_data_flags_nothing(store) -> None:  # type: ignore[no-untyped-def]
    with store.transaction() as s:
        rd.seed_clean(s)
    with store.transaction() as s:
        assert reports.anomalies(s, days=7, now=rd.NOW) == []


def test_every_planted_anomaly_is_flagged_and_nothing_else(store) -> None:  # type: ignore[no-untyped-def]
    with store.transaction() as s:
        seed = rd.plant_anomalies(s, rd.seed_clean(s))
    with store.transaction() as s:
        found = _kinds(reports.anomalies(s, days=7, now=rd.NOW))
    assert set(found) == set(seed.planted)
    for kind, case_ids in seed.planted.items():
        (anomaly,) = found[kind]  # exactly one per kind: no bystander is flagged
        assert case_ids <= set(anomaly.case_ids), kind
        assert anomaly.order_ids and anomaly.message("zh_CN") and anomaly.message("en")
        assert "{" not in anomaly.message("zh_CN") + anomaly.message("en")
    assert found["cashier_volume"][0].subject == "张三"
    assert found["card_repeat"][0].subject == "622848******9999"
    assert found["quick_self_void"][0].subject == "王五"
    assert found["after_hours"][0].subject == "钱七"
    assert found["large_amount"][0].subject == "赵敏"
    assert "¥9,000.00" in found["large_amount"][0].message("zh_CN")
    assert "23:30" not in found["after_hours"][0].message("en")  # hours, not the event
    assert "08:00–22:00" in found["after_hours"][0].message("en")


def test_window_excludes_older_events(store) -> None:  # type: ignore[no-untyped-def]
    with store.transaction() as s:
        rd.plant_anomalies(s, rd.seed_clean(s))
    with store.transaction() as s:
        later = rd.NOW + dt.timedelta(days=30)
        assert reports.anomalies(s, days=7, now=later) == []


def test_small_numbers_do_not_flag(store) -> None:  # type: ignore[no-untyped-def]
    """Median 0 and one cashier with 3 voids: under the minimum count, so quiet."""
    with store.transaction() as s:
        users = rd.add_users(s)
        for i in range(3):
            o = rd.order(s, "赵敏", rd.local(3, 9, i))
            rd.void(s, o, users["张三"], rd.local(2, 10, i))
        for name in ("王五", "钱七"):
            rd.order(s, name, rd.local(2, 9))
    with store.transaction() as s:
        assert reports.anomalies(s, now=rd.NOW) == []
        lower = reports.AnomalyThresholds(cashier_min_count=3)
        (flag,) = reports.anomalies(s, now=rd.NOW, thresholds=lower)
        assert flag.kind is reports.AnomalyKind.CASHIER_VOLUME and flag.subject == "张三"


def test_business_hours_past_midnight(store) -> None:  # type: ignore[no-untyped-def]
    with store.transaction() as s:
        users = rd.add_users(s)
        for hour, minute in ((1, 30), (3, 0)):
            o = rd.order(s, "赵敏", rd.local(3, 9, minute))
            rd.void(s, o, users["张三"], rd.local(2, hour, minute))
    night_shop = reports.AnomalyThresholds(
        business_open=dt.time(10, 0), business_close=dt.time(2, 0)
    )
    with store.transaction() as s:
        (flag,) = reports.anomalies(s, now=rd.NOW, thresholds=night_shop)
    assert flag.kind is reports.AnomalyKind.AFTER_HOURS
    assert len(flag.case_ids) == 1  # 01:30 is within hours; 03:00 is not


def test_thresholds_from_settings() -> None:
    settings = StoreSettings(
        extra={
            "anomaly": {
                "cashier_factor": 2,
                "business_close": "23:30",
                "card_repeat_count": "oops",
                "unknown": 1,
            }
        }
    )
    t = reports.AnomalyThresholds.from_settings(settings)
    assert t.cashier_factor == 2.0
    assert t.business_close == dt.time(23, 30)
    assert t.card_repeat_count == 3  # the bad value keeps the default
    assert reports.AnomalyThresholds.from_settings(StoreSettings()) == reports.AnomalyThresholds()


# ---------------------------------------------------------------- handover


def test_handover_oldest_first_with_age_and_step(store) -> None:  # type: ignore[no-untyped-def]
    with store.transaction() as s:
        users = rd.add_users(s)
        old = rd.order(s, "张三", rd.NOW - dt.timedelta(days=3))
        mid = rd.order(s, "赵敏", rd.NOW - dt.timedelta(hours=5), status=OrderStatus.ESCALATED)
        rd.case(s, mid, users["赵敏"], rd.NOW - dt.timedelta(hours=4), stage=Stage.ESCALATED)
        new = rd.order(s, "王五", rd.NOW - dt.timedelta(minutes=30), status=OrderStatus.IN_PROGRESS)
        rd.case(s, new, users["王五"], rd.NOW - dt.timedelta(minutes=20), stage=Stage.FORM)
        done = rd.order(s, "张三", rd.NOW - dt.timedelta(days=5))
        rd.void(s, done, users["钱七"], rd.NOW - dt.timedelta(days=4))
        # a closed earlier case must not hide the order's current one
        rd.case(s, new, users["王五"], rd.NOW - dt.timedelta(hours=1), stage=Stage.CLOSED)
    with store.transaction() as s:
        report = reports.handover(s, now=rd.NOW)
    assert [r.order_no for r in report.rows] == [old.order_no, mid.order_no, new.order_no]
    assert report.total == 3 and not report.truncated
    assert report.rows[0].age == dt.timedelta(days=3)
    assert [r.stage for r in report.rows] == [None, Stage.ESCALATED, Stage.FORM]
    assert report.rows[0].step_key == "report.step.NOT_STARTED"
    assert report.rows[2].case_holder == "王五"
    assert dict(report.by_step) == {None: 1, Stage.ESCALATED: 1, Stage.FORM: 1}
    with store.transaction() as s:
        short = reports.handover(s, now=rd.NOW, limit=2)
    assert len(short.rows) == 2 and short.total == 3 and short.truncated


# ---------------------------------------------------------------- causes and outcomes


def test_causes_counts_shares_and_median(store) -> None:  # type: ignore[no-untyped-def]
    with store.transaction() as s:
        users = rd.add_users(s)
        day1, day2 = rd.local(2, 0, 30), rd.local(1, 23, 50)  # store-local day edges
        a = rd.order(s, "张三", day1, cause=Cause.NETWORK)
        b = rd.order(s, "张三", day1 + dt.timedelta(hours=1), cause=Cause.NETWORK)
        c = rd.order(s, "赵敏", day2, cause=Cause.PROMOTION, settled=True)
        d = rd.order(s, "赵敏", day2, cause=Cause.SYSTEM_ERROR)
        rd.order(s, "赵敏", rd.local(0, 0, 5), cause=Cause.SYSTEM_ERROR)  # outside the range
        # outcomes: a voided after 60 min, c refunded after 180 min, b rejected then closed
        # after 120 min (escalated on the way), d still open
        rd.void(s, a, users["钱七"], day1 + dt.timedelta(minutes=60))
        rd.void(s, c, users["钱七"], day2 + dt.timedelta(minutes=180), Route.REFUND, day2)
        closed = rd.case(
            s,
            b,
            users["张三"],
            day1 + dt.timedelta(hours=1, minutes=5),
            stage=Stage.CLOSED,
            contact_reason=ContactReason.DUPLICATE,
            escalated_at=day1 + dt.timedelta(hours=2),
            updated_at=day1 + dt.timedelta(hours=3),
        )
        b.status = OrderStatus.CLOSED
        rd.reject(s, closed, users["李四"], day1 + dt.timedelta(hours=3))
        rd.case(s, d, users["赵敏"], day2 + dt.timedelta(minutes=5))
    first, last = rd.local_date(2), rd.local_date(1)
    with store.transaction() as s:
        report = reports.causes(s, first, last, ZONE)
    assert report.orders == 4 and report.cases == 4
    by_cause = {(x.day, x.key): x.count for x in report.by_cause}
    assert by_cause == {
        (first, "NETWORK"): 2,
        (last, "PROMOTION"): 1,
        (last, "SYSTEM_ERROR"): 1,
    }
    by_reason = {(x.day, x.key): x.count for x in report.by_reason}
    assert by_reason == {(first, "NETWORK"): 1, (first, "DUPLICATE"): 1, (last, "NETWORK"): 2}
    assert (report.voided, report.refunded, report.closed, report.open) == (1, 1, 1, 1)
    assert (report.rejected, report.escalated) == (1, 1)
    assert report.share(report.voided) == 0.25
    assert report.median_resolution_minutes == pytest.approx(120.0)  # of 60, 120, 180
    assert report.days == [first, last]


def test_days_follow_a_zone_with_clock_changes(store) -> None:  # type: ignore[no-untyped-def]
    """Berlin goes from +2 to +1 on 2026-10-25: 23:30 local on either side is still that day."""
    before = dt.datetime(2026, 10, 24, 21, 30, tzinfo=dt.UTC)  # 23:30 CEST on the 24th
    after = dt.datetime(2026, 10, 25, 22, 30, tzinfo=dt.UTC)  # 23:30 CET on the 25th
    with store.transaction() as s:
        rd.add_users(s)
        rd.order(s, "张三", before)
        rd.order(s, "张三", after)
    with store.transaction() as s:
        report = reports.causes(s, dt.date(2026, 10, 24), dt.date(2026, 10, 25), "Europe/Berlin")
    assert sorted(x.day for x in report.by_cause) == [dt.date(2026, 10, 24), dt.date(2026, 10, 25)]
    spans = offset_spans(before - dt.timedelta(days=1), after, "Europe/Berlin")
    assert [sp.offset_s for sp in spans] == [7200, 3600]
    assert spans[1].start == dt.datetime(2026, 10, 25, 1, 0, tzinfo=dt.UTC)


# ---------------------------------------------------------------- per cashier


def test_per_cashier_rates_against_the_median(store) -> None:  # type: ignore[no-untyped-def]
    with store.transaction() as s:
        rd.plant_anomalies(s, rd.seed_clean(s))
    with store.transaction() as s:
        report = reports.per_cashier(s, rd.local_date(6), rd.local_date(0), ZONE)
    rows = {r.name: r for r in report.rows}
    assert report.rows[0].name == "张三"  # the most voids first
    assert rows["张三"].voids == 16 and rows["张三"].refunds == 0
    assert rows["赵敏"].voids == 3 and rows["赵敏"].refunds == 1
    assert report.median_voids_refunds == 4.0
    assert rows["张三"].vs_median == pytest.approx(4.0)
    assert rows["钱七"].orders == 10 + 14  # its own ten and the fourteen 张三 voided
    assert "李四" not in rows  # staff with nothing in the range are not listed
