"""操作日志 for a shift lead or admin: the audit trail filtered by user, order, case, kind and
date (app.audit.oplog, in SQL, paged by seq), and the chain's state — checked in the
background by the same code as `guadan audit verify` (app.audit.verify_store)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.clock import format_local, today
from ui.i18n import RetranslateMixin
from ui.labels import language

_Index = QModelIndex | QPersistentModelIndex
COLUMNS = 6  # time, event, who, order, case, detail
DATE_ALL, DATE_TODAY, DATE_7, DATE_30 = range(4)


class LogModel(QAbstractTableModel):
    """Pages of app.audit.oplog.LogRow from the database worker; newest first."""

    reloaded = Signal()

    def __init__(self, ctx: Any, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[Any] = []
        self.flt: Any = None
        self.total = 0
        self._generation = 0
        self._fetching = False
        self._more = False
        self.zone = "Asia/Shanghai"
        self.headers: list[str] = [""] * COLUMNS

    def set_filter(self, flt: Any) -> None:
        self.flt = flt
        self.zone = flt.zone
        self._generation += 1
        generation = self._generation
        self._fetching = True

        def job(session: Any) -> tuple[list[Any], int]:
            from app.audit import oplog

            return oplog.page(session, flt), oplog.count(session, flt)

        def done(result: tuple[list[Any], int]) -> None:
            if generation != self._generation:
                return
            rows, total = result
            self.beginResetModel()
            self.rows, self.total = rows, total
            self._more = len(rows) < total
            self._fetching = False
            self.endResetModel()
            self.reloaded.emit()

        self.ctx.tasks.run_db(job, done, self._failed, owner=self)

    def _failed(self, error: BaseException) -> None:
        self._fetching = False
        self.ctx.tasks.failed.emit(error)

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: N802, B008
        return not parent.isValid() and self._more and not self._fetching and bool(self.rows)

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: N802, B008
        if not self.canFetchMore(parent):
            return
        self._fetching = True
        generation, flt, before = self._generation, self.flt, self.rows[-1].seq

        def job(session: Any) -> list[Any]:
            from app.audit import oplog

            return oplog.page(session, flt, before)

        def done(rows: list[Any]) -> None:
            if generation != self._generation:
                return
            self._fetching = False
            if rows:
                first = len(self.rows)
                self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
                self.rows.extend(rows)
                self.endInsertRows()
            self._more = bool(rows) and len(self.rows) < self.total

        self.ctx.tasks.run_db(job, done, self._failed, owner=self)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else COLUMNS

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        row = self.rows[index.row()]
        col = index.column()
        if col == 0:
            return format_local(row.at, self.zone, "%Y-%m-%d %H:%M:%S")
        if col == 1:
            return row.words(language())
        return (row.actor_name, row.order_no, row.case_no, row.detail)[col - 2] or "—"


class OperationLogDialog(RetranslateMixin, QDialog):
    verified = Signal(object)  # app.audit.verify.ChainReport

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.report: Any = None
        self.setObjectName("operationLog")
        self.setMinimumSize(900, 600)
        self.resize(1000, 700)
        self.zone = getattr(ctx.settings, "timezone", "Asia/Shanghai") or "Asia/Shanghai"
        root = QVBoxLayout(self)

        chain = QHBoxLayout()
        self.chain_state = QLabel(objectName="chainState", wordWrap=True)
        self.verify_button = QPushButton(objectName="verifyChain")
        self.verify_button.setMinimumHeight(36)
        chain.addWidget(self.chain_state, 1)
        chain.addWidget(self.verify_button)
        root.addLayout(chain)

        bar = QHBoxLayout()
        self.user = QComboBox(editable=True, objectName="logUser")
        self.user.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.order_no = QLineEdit(objectName="logOrder", clearButtonEnabled=True)
        self.case_no = QLineEdit(objectName="logCase", clearButtonEnabled=True)
        self.kind = QComboBox(objectName="logKind")
        self.dates = QComboBox(objectName="logDates")
        for widget in (self.user, self.order_no, self.case_no, self.kind, self.dates):
            widget.setMinimumHeight(34)
            bar.addWidget(widget)
        self.user.setMinimumWidth(110)
        root.addLayout(bar)

        self.model = LogModel(ctx, self)
        self.table = QTableView(objectName="logTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for col, width in enumerate((150, 170, 70, 150, 140)):
            self.table.setColumnWidth(col, width)
        root.addWidget(self.table, 1)
        footer = QHBoxLayout()
        self.count_label = QLabel(objectName="logCount")
        self.close_button = QPushButton(objectName="logClose")
        footer.addWidget(self.count_label, 1)
        footer.addWidget(self.close_button)
        root.addLayout(footer)

        # typed filters wait for a pause in typing, then ask once
        self._debounce = QTimer(self, singleShot=True, interval=250)
        self._debounce.timeout.connect(self.apply)
        for edit in (self.order_no, self.case_no):
            edit.textChanged.connect(self._debounce.start)
        self.user.currentTextChanged.connect(self._debounce.start)
        self.kind.currentIndexChanged.connect(self.apply)
        self.dates.currentIndexChanged.connect(self.apply)
        self.verify_button.clicked.connect(self.verify)
        self.close_button.clicked.connect(self.accept)
        self.model.reloaded.connect(self._update_count)
        self.model.rowsInserted.connect(lambda *_: self._update_count())
        self._kinds: list[str] = []
        self.retranslate()
        ctx.tasks.run_db(self._choices, self._fill_choices, lambda _e: None, owner=self)
        self.apply()
        self.verify()

    # --- filters ------------------------------------------------------------------------

    @staticmethod
    def _choices(session: Any) -> tuple[list[str], list[str]]:
        from app.audit import oplog

        return oplog.users_and_kinds(session)

    def _fill_choices(self, found: tuple[list[str], list[str]]) -> None:
        names, kinds = found
        typed = self.user.currentText()
        self.user.blockSignals(True)
        self.user.addItems(names)
        self.user.setEditText(typed)
        self.user.blockSignals(False)
        self._kinds = kinds
        self._fill_kinds()

    def _fill_kinds(self) -> None:
        from app.messages import event_text

        current = self.kind.currentData()
        self.kind.blockSignals(True)
        self.kind.clear()
        self.kind.addItem(self.tr("All kinds"), "")
        families = sorted({k.split(".")[0] + "." for k in self._kinds})
        names = {
            "auth.": self.tr("Sign-in and PINs"),
            "case.": self.tr("Cancellation cases"),
            "shift.": self.tr("Shift handover"),
        }
        for family in families:
            if family in names:
                self.kind.addItem("▸ " + names[family], family)
        lang = language()
        for kind in self._kinds:
            self.kind.addItem(event_text(kind, lang), kind)
        self.kind.setCurrentIndex(max(0, self.kind.findData(current)))
        self.kind.blockSignals(False)

    def log_filter(self) -> Any:
        from app.audit.oplog import LogFilter

        user = self.user.currentText().strip()
        mode = self.dates.currentData()
        now = today(self.zone)
        date_from: dt.date | None = None
        if mode == DATE_TODAY:
            date_from = now
        elif mode == DATE_7:
            date_from = now - dt.timedelta(days=6)
        elif mode == DATE_30:
            date_from = now - dt.timedelta(days=29)
        return LogFilter(
            user="" if user == self.tr("All users") else user,
            order_no=self.order_no.text(),
            case_no=self.case_no.text(),
            kind=self.kind.currentData() or "",
            date_from=date_from,
            date_to=now if date_from is not None else None,
            zone=self.zone,
            lang=language(),
        )

    def apply(self) -> None:
        self.count_label.setText(self.tr("Loading…"))
        self.model.set_filter(self.log_filter())

    def _update_count(self) -> None:
        total = self.model.total
        shown = f"{total}+" if total >= 10_000 else str(total)
        if self.model.rowCount() >= total:
            self.count_label.setText(self.tr("%1 events").replace("%1", shown))
            return
        self.count_label.setText(
            self.tr("%1 events (%2 loaded; scroll for more)")
            .replace("%1", shown)
            .replace("%2", str(self.model.rowCount()))
        )

    # --- the chain ----------------------------------------------------------------------

    def verify(self) -> None:
        """The same check as `guadan audit verify`, off the GUI thread."""
        store = self.ctx.store
        self.verify_button.setEnabled(False)
        self.chain_state.setStyleSheet("color: #4b5563;")
        self.chain_state.setText(self.tr("Checking the audit chain…"))

        def job() -> Any:
            from app.audit import verify_store

            return verify_store(store)

        self.ctx.tasks.run_call(job, self._verified, self._verify_failed, owner=self)

    def _verified(self, report: Any) -> None:
        self.report = report
        self.verify_button.setEnabled(True)
        self._show_chain()
        self.verified.emit(report)

    def _verify_failed(self, error: BaseException) -> None:
        self.verify_button.setEnabled(True)
        self.chain_state.setStyleSheet("color: #b91c1c; font-weight: bold;")
        self.chain_state.setText(self.ctx.message(error))

    def _show_chain(self) -> None:
        report = self.report
        if report is None:
            return
        words = report.message(language())
        if report.ok:
            self.chain_state.setStyleSheet("color: #15803d; font-weight: bold;")
            self.chain_state.setText("✔ " + words)
        else:
            self.chain_state.setStyleSheet("color: #b91c1c; font-weight: bold;")
            self.chain_state.setText("✘ " + words)

    # --- texts --------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Operation log"))
        self.verify_button.setText(self.tr("Verify"))
        self.verify_button.setToolTip(
            self.tr("Check every event's signature and link, as guadan audit verify does")
        )
        self.user.lineEdit().setPlaceholderText(self.tr("All users"))
        self.order_no.setPlaceholderText(self.tr("Order no."))
        self.case_no.setPlaceholderText(self.tr("Case no."))
        current = self.dates.currentIndex()
        self.dates.blockSignals(True)
        self.dates.clear()
        for text, mode in (
            (self.tr("All dates"), DATE_ALL),
            (self.tr("Today"), DATE_TODAY),
            (self.tr("Last 7 days"), DATE_7),
            (self.tr("Last 30 days"), DATE_30),
        ):
            self.dates.addItem(text, mode)
        self.dates.setCurrentIndex(max(0, current))
        self.dates.blockSignals(False)
        self._fill_kinds()
        self.model.headers = [
            self.tr("Time"),
            self.tr("Event"),
            self.tr("By"),
            self.tr("Order no."),
            self.tr("Case no."),
            self.tr("Detail"),
        ]
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMNS - 1)
        self.close_button.setText(self.tr("Close"))
        self._show_chain()


def open_operation_log(parent: QWidget, ctx: Any) -> OperationLogDialog:
    dialog = OperationLogDialog(ctx, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    parent.operation_log = dialog  # type: ignore[attr-defined]  # tests find it here
    return dialog
