"""The lead's reports page: a date range and four tabs — 交接 handover, 原因 causes, 收银员 per
cashier, 异常 anomalies — each a table and bar charts, with 导出CSV and 打印PDF.

Every query runs on the database worker (`ctx.tasks.run_db`); the PDF is rendered on it too.
Report texts (steps, causes, anomaly explanations) come from app/ in the context's language;
the view's own strings go through `self.tr()`.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.money import format_fen
from ui.i18n import RetranslateMixin
from ui.print_job import ask_save_path
from ui.report_chart import BarChart

TAB_HANDOVER, TAB_CAUSES, TAB_CASHIERS, TAB_ANOMALIES = range(4)
ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the order id (or anomaly index) behind a row
_Index = QModelIndex | QPersistentModelIndex


class RowsModel(QAbstractTableModel):
    """Read-only text rows with one id per row (`ID_ROLE`); reports are short, so they are
    held whole (the handover stops at 500 rows)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.headers: list[str] = []
        self.rows: list[list[str]] = []
        self.ids: list[Any] = []
        self.right_aligned: set[int] = set()

    def set_rows(self, headers: list[str], rows: list[list[str]], ids: Sequence[Any]) -> None:
        self.beginResetModel()
        self.headers, self.rows, self.ids = headers, rows, list(ids)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.rows[index.row()][index.column()]
        if role == ID_ROLE:
            return self.ids[index.row()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.right_aligned:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section] if section < len(self.headers) else None
        return None


def _table(model: RowsModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return view


@dataclass(frozen=True)
class ReportData:
    """Everything one refresh loads, in one database job."""

    date_from: dt.date
    date_to: dt.date
    zone: str
    store_name: str
    handover: Any  # app.reports.HandoverReport
    causes: Any  # app.reports.CausesReport
    cashiers: Any  # app.reports.CashierReport
    anomalies: list[Any]  # app.reports.Anomaly
    anomaly_days: int
    generated_at: dt.datetime
    shift: Any = None  # app.reports.shift.ShiftMoney: this shift's money, for the handover


def load_reports(session: Any, date_from: dt.date, date_to: dt.date) -> ReportData:
    """The database job behind a refresh (runs on the worker; touches no widget)."""
    from app import reports
    from app.clock import utcnow
    from app.reports.shift import shift_money
    from app.reports.sql import local_day_bounds
    from app.settings import load_settings
    from app.setup import current_merchant

    settings = load_settings(session)
    zone = settings.timezone
    merchant = current_merchant(session)
    now = utcnow()
    _, end = local_day_bounds(date_from, date_to, zone)
    days = min((date_to - date_from).days + 1, reports.ANOMALY_MAX_DAYS)
    thresholds = reports.AnomalyThresholds.from_settings(settings)
    return ReportData(
        date_from=date_from,
        date_to=date_to,
        zone=zone,
        store_name=(merchant.store_name or merchant.name) if merchant else "",
        handover=reports.handover(session, now),
        causes=reports.causes(session, date_from, date_to, zone),
        cashiers=reports.per_cashier(session, date_from, date_to, zone),
        anomalies=reports.anomalies(session, days, thresholds, now=min(now, end), zone=zone),
        anomaly_days=days,
        generated_at=now,
        shift=shift_money(session, zone, now),
    )


class ReportsView(RetranslateMixin, QWidget):
    """Reports for leads and admins. `open_order(order_id)` asks the main window to show an
    order (double-click a handover row or a case behind an anomaly)."""

    open_order = Signal(uuid.UUID)
    loaded = Signal()  # a refresh finished (tests and the status bar wait on it)
    saved = Signal(str)  # a CSV or PDF was written to this path

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.data: ReportData | None = None
        self.case_links: list[Any] = []
        self._loading = False
        self._build()
        self.retranslate()
        today = self._today()
        self.set_range(today - dt.timedelta(days=6), today)

    def _today(self) -> dt.date:
        from app.clock import DEFAULT_ZONE, today

        settings = getattr(self.ctx, "settings", None)
        return today(getattr(settings, "timezone", DEFAULT_ZONE))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        """Load on first sight, so that plugging the view in is all a window has to do."""
        super().showEvent(event)
        if self.data is None and not self._loading:
            self.refresh()

    # --- layout -----------------------------------------------------------------------

    def _build(self) -> None:
        root = QVBoxLayout(self)
        root.setContentsMargins(8, 6, 8, 6)
        bar = QHBoxLayout()
        self.from_label, self.to_label = QLabel(), QLabel()
        self.date_from, self.date_to = QDateEdit(calendarPopup=True), QDateEdit(calendarPopup=True)
        for edit in (self.date_from, self.date_to):
            edit.setDisplayFormat("yyyy-MM-dd")
        self.week_button, self.month_button = QPushButton(), QPushButton()
        self.refresh_button = QPushButton(objectName="refreshReports")
        self.csv_button = QPushButton(objectName="exportCsv")
        self.pdf_button = QPushButton(objectName="printPdf")
        for w in (self.from_label, self.date_from, self.to_label, self.date_to):
            bar.addWidget(w)
        for w in (self.week_button, self.month_button, self.refresh_button):
            bar.addWidget(w)
        bar.addStretch(1)
        bar.addWidget(self.csv_button)
        bar.addWidget(self.pdf_button)
        root.addLayout(bar)

        self.tabs = QTabWidget()
        self.handover_model, self.causes_model = RowsModel(self), RowsModel(self)
        self.cashier_model, self.anomaly_model = RowsModel(self), RowsModel(self)
        self.case_model = RowsModel(self)
        self.handover_table = _table(self.handover_model)
        self.step_chart = BarChart(horizontal=True)
        self.handover_summary = QLabel(wordWrap=True)
        from ui.shift_handover import ShiftHandoverBox

        self.shift_box = ShiftHandoverBox(self.ctx)
        # the money and the sign-off beside the chart of steps, the open orders below
        handover_page = QWidget()
        page_col = QVBoxLayout(handover_page)
        page_col.addWidget(self.handover_summary)
        top = QHBoxLayout()
        top.addWidget(self.shift_box, 5)
        self.step_chart.setMinimumHeight(150)
        top.addWidget(self.step_chart, 2)
        page_col.addLayout(top)
        page_col.addWidget(self.handover_table, 1)
        self.tabs.addTab(handover_page, "")

        self.day_chart, self.cause_chart = BarChart(), BarChart(horizontal=True)
        self.reason_chart = BarChart(horizontal=True)
        self.causes_summary = QLabel(wordWrap=True)
        self.causes_table = _table(self.causes_model)
        charts = QWidget()
        row = QHBoxLayout(charts)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.cause_chart)
        row.addWidget(self.reason_chart)
        causes_page = QWidget()
        col = QVBoxLayout(causes_page)
        col.addWidget(self.causes_summary)
        col.addWidget(self.day_chart, 3)
        col.addWidget(charts, 4)
        col.addWidget(self.causes_table, 3)
        self.tabs.addTab(causes_page, "")

        self.cashier_chart = BarChart(horizontal=True)
        self.cashier_summary = QLabel(wordWrap=True)
        self.cashier_table = _table(self.cashier_model)
        self.cashier_table.horizontalHeader().setStretchLastSection(False)
        self.tabs.addTab(
            self._split(self.cashier_summary, self.cashier_chart, self.cashier_table, 180), ""
        )

        self.anomaly_table = _table(self.anomaly_model)
        self.anomaly_table.setWordWrap(True)
        self.anomaly_summary = QLabel(wordWrap=True)
        self.cases_label = QLabel()
        self.case_table = _table(self.case_model)
        page = QWidget()
        col = QVBoxLayout(page)
        col.addWidget(self.anomaly_summary)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.anomaly_table)
        lower = QWidget()
        lower_col = QVBoxLayout(lower)
        lower_col.setContentsMargins(0, 0, 0, 0)
        lower_col.addWidget(self.cases_label)
        lower_col.addWidget(self.case_table)
        split.addWidget(lower)
        split.setSizes([300, 200])
        col.addWidget(split)
        self.tabs.addTab(page, "")
        root.addWidget(self.tabs, 1)
        self.status = QLabel(objectName="reportsStatus")
        root.addWidget(self.status)

        self.week_button.clicked.connect(lambda: self._last_days(7))
        self.month_button.clicked.connect(lambda: self._last_days(30))
        self.refresh_button.clicked.connect(self.refresh)
        self.csv_button.clicked.connect(lambda: self.export_csv())
        self.pdf_button.clicked.connect(lambda: self.print_pdf())
        self.handover_table.doubleClicked.connect(self._open_row)
        self.case_table.doubleClicked.connect(self._open_row)
        self.anomaly_table.selectionModel().currentRowChanged.connect(self._anomaly_chosen)
        self.anomaly_table.activated.connect(self._anomaly_chosen)

    @staticmethod
    def _split(summary: QLabel, chart: BarChart, table: QTableView, chart_h: int) -> QWidget:
        page = QWidget()
        col = QVBoxLayout(page)
        col.addWidget(summary)
        chart.setMinimumHeight(chart_h)
        chart.setMaximumHeight(chart_h + 60)
        col.addWidget(chart)
        col.addWidget(table, 1)
        return page

    def retranslate(self) -> None:
        self.from_label.setText(self.tr("From"))
        self.to_label.setText(self.tr("to"))
        self.week_button.setText(self.tr("Last 7 days"))
        self.month_button.setText(self.tr("Last 30 days"))
        self.refresh_button.setText(self.tr("Refresh"))
        self.csv_button.setText(self.tr("Export CSV"))
        self.pdf_button.setText(self.tr("Print PDF"))
        for tab, text in (
            (TAB_HANDOVER, self.tr("Handover")),
            (TAB_CAUSES, self.tr("Causes")),
            (TAB_CASHIERS, self.tr("Cashiers")),
            (TAB_ANOMALIES, self.tr("Anomalies")),
        ):
            self.tabs.setTabText(tab, text)
        self.step_chart.set_title(self.tr("Open orders by step"))
        self.day_chart.set_title(self.tr("Suspended orders per day"))
        self.cause_chart.set_title(self.tr("By cause"))
        self.reason_chart.set_title(self.tr("By the buyer's reason"))
        self.cashier_chart.set_title(self.tr("Voids and refunds per cashier"))
        self.cases_label.setText(self.tr("Cases behind the selected flag (double-click to open):"))
        if self.data is not None:
            self._show(self.data)

    # --- loading ----------------------------------------------------------------------

    def set_range(self, first: dt.date, last: dt.date) -> None:
        self.date_from.setDate(QDate(first.year, first.month, first.day))
        self.date_to.setDate(QDate(last.year, last.month, last.day))

    def _last_days(self, n: int) -> None:
        today = self._today()
        self.set_range(today - dt.timedelta(days=n - 1), today)
        self.refresh()

    def date_range(self) -> tuple[dt.date, dt.date]:
        first = self.date_from.date().toPython()
        last = self.date_to.date().toPython()
        return (first, last) if first <= last else (last, first)

    def refresh(self) -> None:
        """Reload every tab in one background job; the buttons wait until it is back."""
        first, last = self.date_range()
        self._loading = True
        self._busy(True)
        self.status.setText(self.tr("Loading…"))
        self.ctx.tasks.run_db(
            lambda s: load_reports(s, first, last),
            on_success=self._loaded,
            on_failure=self._failed,
            owner=self,
        )

    def _busy(self, busy: bool) -> None:
        for button in (self.refresh_button, self.csv_button, self.pdf_button):
            button.setEnabled(not busy)

    def _loaded(self, data: ReportData) -> None:
        self._loading = False
        self.data = data
        self._busy(False)
        self._show(data)
        self.status.setText("")
        self.loaded.emit()

    def _failed(self, error: BaseException) -> None:
        self._loading = False
        self._busy(False)
        self.status.setText(
            self.tr("Could not load the reports: %1").replace("%1", self.ctx.message(error))
        )

    # --- showing ----------------------------------------------------------------------

    def _lang(self) -> str:
        return str(getattr(self.ctx, "language", "zh_CN"))

    def _show(self, data: ReportData) -> None:
        from app.messages import label, tr
        from app.reports import export_csv as report_csv
        from app.reports import step_key

        lang = self._lang()
        h = data.handover
        oldest = report_csv.format_age(h.rows[0].age, lang) if h.rows else "—"
        self.handover_summary.setText(
            self.tr("%1 open orders; the oldest has waited %2.")
            .replace("%1", str(h.total))
            .replace("%2", oldest)
            + self._channels(h.by_channel, lang, moved=False)
        )
        self.step_chart.set_data(
            [tr(step_key(stage), lang) for stage, _ in h.by_step], [n for _, n in h.by_step]
        )
        self.handover_model.set_rows(
            report_csv.header(lang, report_csv.HANDOVER_COLUMNS),
            report_csv.handover_rows(h, lang, data.zone),
            [r.order_id for r in h.rows],
        )
        self.handover_model.right_aligned = {3}
        self.handover_table.resizeColumnsToContents()
        if data.shift is not None:
            self.shift_box.show_money(data.shift, data.zone)

        c = data.causes
        self.day_chart.set_data(*self._per_day(c))
        causes = c.totals(c.by_cause)
        self.cause_chart.set_data([label("cause", k, lang) for k in causes], list(causes.values()))
        reasons = c.totals(c.by_reason)
        self.reason_chart.set_data(
            [label("reason", k, lang) for k in reasons], list(reasons.values())
        )
        median = c.median_resolution_minutes
        self.causes_summary.setText(
            self.tr(
                "%1 suspended orders, %2 cases: voided %3, refunded %4, closed %5, open %6; "
                "rejected at least once %7, escalated %8. Median time to resolve: %9."
            )
            .replace("%1", str(c.orders))
            .replace("%2", str(c.cases))
            .replace("%3", self._share(c, c.voided))
            .replace("%4", self._share(c, c.refunded))
            .replace("%5", self._share(c, c.closed))
            .replace("%6", self._share(c, c.open))
            .replace("%7", self._share(c, c.rejected))
            .replace("%8", self._share(c, c.escalated))
            .replace(
                "%9",
                "—"
                if median is None
                else report_csv.format_age(dt.timedelta(minutes=median), lang),
            )
        )
        self.causes_summary.setText(
            self.causes_summary.text()
            + "\n"
            + self.tr("Suspended %1; voided %2, refunded %3 (money moved back).")
            .replace("%1", format_fen(c.orders_fen))
            .replace("%2", format_fen(c.voided_fen))
            .replace("%3", format_fen(c.refunded_fen))
            + self._channels(c.by_channel, lang, moved=True)
        )
        headers = [
            self.tr("Cause"),
            *[f"{d.month}/{d.day}" for d in c.days],
            self.tr("Total"),
            self.tr("Amount"),
        ]
        grid = self._cause_grid(c, lang)
        self.causes_model.set_rows(headers, grid, [None] * len(grid))
        self.causes_model.right_aligned = set(range(1, len(headers)))
        self.causes_table.resizeColumnsToContents()

        k = data.cashiers
        self.cashier_chart.set_data([r.name for r in k.rows], [r.voids_refunds for r in k.rows])
        self.cashier_summary.setText(
            self.tr("Store median per cashier: %1 voids and refunds, %2 cases.")
            .replace("%1", f"{k.median_voids_refunds:g}")
            .replace("%2", f"{k.median_cases:g}")
        )
        self.cashier_model.set_rows(
            report_csv.header(lang, report_csv.CASHIER_COLUMNS),
            report_csv.cashier_rows(k),
            [r.name for r in k.rows],
        )
        self.cashier_model.right_aligned = {1, 2, 3, 4, 5, 6, 7}
        self.cashier_table.resizeColumnsToContents()

        found = data.anomalies
        if (data.date_to - data.date_from).days + 1 > data.anomaly_days:
            summary = self.tr(
                "%1 flags over the last %2 days of the range (the anomaly monitor looks at "
                "most a month back). Select one to see its cases."
            )
        else:
            summary = self.tr(
                "%1 flags over the %2 days of the range. Select one to see its cases."
            )
        self.anomaly_summary.setText(
            summary.replace("%1", str(len(found))).replace("%2", str(data.anomaly_days))
        )
        rows = [row[:4] for row in report_csv.anomaly_rows(found, lang, data.zone)]
        self.anomaly_model.set_rows(
            report_csv.header(lang, report_csv.ANOMALY_COLUMNS)[:4], rows, range(len(found))
        )
        self.anomaly_table.resizeColumnsToContents()
        self.anomaly_table.setColumnWidth(3, max(300, self.anomaly_table.columnWidth(3)))
        self.anomaly_table.resizeRowsToContents()
        self.case_model.set_rows([], [], [])

    def _channels(self, lines: Any, lang: str, *, moved: bool) -> str:
        """One line per payment channel (刷卡, 支付宝, 微信支付 …), as the CSV and the PDF have."""
        from app.reports import export_csv as report_csv

        if not lines:
            return ""
        text = (
            self.tr("%1: %2 orders, %3; voided %4, refunded %5, given back %6")
            if moved
            else self.tr("%1: %2 orders, %3")
        )
        out = []
        for name, orders, amount, voided, refunded, back in report_csv.channel_rows(lines, lang):
            line = text.replace("%1", name).replace("%2", orders).replace("%3", amount)
            out.append(line.replace("%4", voided).replace("%5", refunded).replace("%6", back))
        sep = "；" if lang.startswith("zh") else "; "
        return "\n" + self.tr("By payment channel:") + " " + sep.join(out)

    @staticmethod
    def _share(report: Any, count: int) -> str:
        return f"{count} ({report.share(count):.0%})"

    @staticmethod
    def _per_day(report: Any) -> tuple[list[str], list[int]]:
        totals = dict.fromkeys(report.days, 0)
        for item in report.by_cause:
            totals[item.day] = totals.get(item.day, 0) + item.count
        return [f"{d.month}/{d.day}" for d in totals], list(totals.values())

    @staticmethod
    def _cause_grid(report: Any, lang: str) -> list[list[str]]:
        from app.messages import label

        index = {d: i for i, d in enumerate(report.days)}
        grid: dict[str, list[int]] = {}
        for item in report.by_cause:
            grid.setdefault(item.key, [0] * len(index))[index[item.day]] += item.count
        money = dict(report.amount_by_cause)
        return [
            [
                label("cause", key, lang),
                *[str(n) if n else "" for n in counts],
                str(sum(counts)),
                format_fen(money.get(key, 0)),
            ]
            for key, counts in sorted(grid.items(), key=lambda kv: -sum(kv[1]))
        ]

    # --- anomalies and their cases ----------------------------------------------------

    def _anomaly_chosen(self, current: QModelIndex, *_: Any) -> None:
        if self.data is None or not current.isValid():
            return
        anomaly = self.data.anomalies[current.row()]
        ids = list(anomaly.case_ids)

        def load(session: Any) -> list[Any]:
            from app.reports import cases_behind

            return cases_behind(session, ids)

        self.ctx.tasks.run_db(load, on_success=self._show_cases, owner=self)

    def _show_cases(self, links: list[Any]) -> None:
        from app.clock import format_local
        from app.money import format_fen

        zone = self.data.zone if self.data else "Asia/Shanghai"
        self.case_links = links
        headers = [
            self.tr("Case no."),
            self.tr("Order no."),
            self.tr("Amount"),
            self.tr("Card"),
            self.tr("Sold by"),
            self.tr("Voided/refunded by"),
            self.tr("When"),
            self.tr("Route"),
        ]
        rows = [
            [
                x.case_no,
                x.order_no,
                format_fen(x.amount_fen),
                x.card_masked or "",
                x.seller,
                x.executor,
                format_local(x.executed_at, zone) if x.executed_at else "",
                self._route_name(x.route),
            ]
            for x in links
        ]
        self.case_model.set_rows(headers, rows, [x.order_id for x in links])
        self.case_model.right_aligned = {2}
        self.case_table.resizeColumnsToContents()

    def _route_name(self, route: Any) -> str:
        if route is None:
            return ""
        return self.tr("Void") if route.value == "VOID" else self.tr("Refund")

    def _open_row(self, index: QModelIndex) -> None:
        order_id = index.data(ID_ROLE)
        if isinstance(order_id, uuid.UUID):
            self.open_order.emit(order_id)

    # --- export -----------------------------------------------------------------------

    def _tab_name(self) -> str:
        return ("handover", "causes", "cashiers", "anomalies")[self.tabs.currentIndex()]

    def export_csv(self, path: Path | None = None) -> None:
        """The current tab as CSV (UTF-8 with BOM, so Excel reads the Chinese)."""
        from app.reports import export_csv as report_csv

        if self.data is None:
            return
        if path is None:
            path = ask_save_path(
                self, self.tr("Export CSV"), f"guadan-{self._tab_name()}.csv", "CSV (*.csv)"
            )
            if path is None:
                return
        d, lang = self.data, self._lang()
        text = {
            "handover": lambda: report_csv.handover_csv(d.handover, lang, d.zone),
            "causes": lambda: report_csv.causes_csv(d.causes, lang),
            "cashiers": lambda: report_csv.cashiers_csv(d.cashiers, lang),
            "anomalies": lambda: report_csv.anomalies_csv(d.anomalies, lang, d.zone),
        }[self._tab_name()]()
        try:
            path.write_text(text, encoding="utf-8-sig")
        except OSError as exc:
            self.status.setText(
                self.tr("Could not save %1: %2").replace("%1", str(path)).replace("%2", str(exc))
            )
            return
        self._saved(str(path))

    def print_pdf(self, path: Path | None = None) -> None:
        """The current tab's report as a PDF (handover; causes with cashiers; anomalies),
        rendered on the worker so a long handover never freezes the window."""
        if self.data is None:
            return
        name = "cashiers" if self._tab_name() == "cashiers" else self._tab_name()
        if path is None:
            path = ask_save_path(self, self.tr("Print PDF"), f"guadan-{name}.pdf", "PDF (*.pdf)")
            if path is None:
                return
        d, lang, target = self.data, self._lang(), path
        store, who = self.ctx.store, self.ctx.user_name
        signed = self.shift_box.signed  # signed figures print as signed; else the shift so far
        money = signed.money if signed is not None else d.shift

        def render() -> str:
            from printing.reports import pdf

            if name == "handover":
                from app.audit import handover_seal

                data = pdf.render_handover(
                    d.handover, store_name=d.store_name, zone=d.zone, lang=lang,
                    seal=handover_seal(store, who), money=money, signed=signed,
                )  # fmt: skip
            elif name == "anomalies":
                data = pdf.render_anomalies(
                    d.anomalies,
                    days=d.anomaly_days,
                    generated_at=d.generated_at,
                    store_name=d.store_name,
                    zone=d.zone,
                    lang=lang,
                )
            else:
                data = pdf.render_causes(d.causes, d.cashiers, store_name=d.store_name, lang=lang)
            target.write_bytes(data)
            return str(target)

        self._busy(True)
        self.ctx.tasks.run_call(render, on_success=self._saved, on_failure=self._failed, owner=self)

    def _saved(self, path: str) -> None:
        self._busy(False)
        self.status.setText(self.tr("Saved: %1").replace("%1", path))
        self.saved.emit(path)
