"""The shift lead's reports: the 挂单交接 handover list, causes and outcomes over a date range,
per-cashier figures and anomaly monitoring. Every figure is aggregated in SQL; Python only
merges the few grouped rows. Callers use this package's names: `reports.handover(...)`.
"""

from app import messages
from app.reports.anomalies import (
    MAX_DAYS as ANOMALY_MAX_DAYS,
)
from app.reports.anomalies import (
    Anomaly,
    AnomalyKind,
    AnomalyThresholds,
    Severity,
    anomalies,
)
from app.reports.cases import CaseLink, cases_behind
from app.reports.cashiers import CashierReport, CashierRow, per_cashier
from app.reports.causes import CausesReport, DayCount, causes
from app.reports.handover import (
    FINISHED_STAGES,
    HANDOVER_LIMIT,
    NOT_STARTED,
    OPEN_STATUSES,
    HandoverReport,
    HandoverRow,
    handover,
    step_key,
)

__all__ = [
    "ANOMALY_MAX_DAYS",
    "Anomaly",
    "AnomalyKind",
    "AnomalyThresholds",
    "CashierReport",
    "CaseLink",
    "CashierRow",
    "CausesReport",
    "DayCount",
    "HandoverReport",
    "HandoverRow",
    "Severity",
    "anomalies",
    "cases_behind",
    "causes",
    "handover",
    "per_cashier",
]

MESSAGES: dict[str, tuple[str, str]] = {
    "report.step.NOT_STARTED": ("未开始（待收银员处理）", "Not started (waiting for a cashier)"),
    "report.handover.title": ("挂单交接", "Shift handover"),
    "report.causes.title": ("挂单原因与结果", "Causes and outcomes"),
    "report.cashiers.title": ("收银员统计", "Per cashier"),
    "report.anomalies.title": ("异常提醒", "Anomalies"),
}
messages.register(MESSAGES)


__all__ += ["FINISHED_STAGES", "HANDOVER_LIMIT", "NOT_STARTED", "OPEN_STATUSES", "step_key"]
