"""Aware UTC time, and the store's own zone for display and for 'today'."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

DEFAULT_ZONE = "Asia/Shanghai"


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def store_zone(name: str = DEFAULT_ZONE) -> ZoneInfo:
    return ZoneInfo(name)


def local_date(moment: dt.datetime, zone: str = DEFAULT_ZONE) -> dt.date:
    return moment.astimezone(store_zone(zone)).date()


def today(zone: str = DEFAULT_ZONE) -> dt.date:
    return local_date(utcnow(), zone)


def format_local(moment: dt.datetime, zone: str = DEFAULT_ZONE, fmt: str = "%Y-%m-%d %H:%M") -> str:
    return moment.astimezone(store_zone(zone)).strftime(fmt)
