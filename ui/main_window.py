"""The main window (DESIGN.md §12): queue buttons, search and filters, the paged order list,
the detail pane, the status bar; background polls for new orders and the terminal."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import queues
from ui import actions, shortcuts
from ui.context import AppContext
from ui.detail_pane import DetailPane, detail_and_timeline
from ui.empty_result import EmptyResult
from ui.filters import FilterBar
from ui.i18n import RetranslateMixin
from ui.idle import IdleWatcher
from ui.orders_model import (
    COL_AMOUNT,
    COL_CARD,
    COL_CASHIER,
    COL_CAUSE,
    COL_FUNDING,
    COL_ORDER_NO,
    COL_STATUS,
    COL_TIME,
    ORDER_ID_ROLE,
    ROW_ROLE,
    FilterSpec,
    OrdersModel,
)
from ui.session import Session
from ui.sort_arrow import reader_arrows
from ui.status_bar import GuadanStatusBar
from ui.user_bar import UserBar

log = logging.getLogger(__name__)

QUEUE_OPEN, QUEUE_PENDING, QUEUE_ESCALATED, QUEUE_DONE, QUEUE_REPORTS = range(5)
QUEUE_CODES = {
    QUEUE_OPEN: "OPEN",
    QUEUE_PENDING: "PENDING_APPROVAL",
    QUEUE_ESCALATED: "ESCALATED",
    QUEUE_DONE: "DONE",
}
QUEUE_STATUSES = {queue: queues.QUEUE_STATUSES[code] for queue, code in QUEUE_CODES.items()}
# fits the eight columns beside the detail pane at 1024 px; the cashier column stretches
COLUMN_WIDTHS = {
    COL_TIME: 90,
    COL_ORDER_NO: 148,
    COL_AMOUNT: 86,
    COL_FUNDING: 56,
    COL_CARD: 94,
    COL_CAUSE: 76,
    COL_STATUS: 60,
    COL_CASHIER: 64,
}
# English words are wider than two or three 汉字: the narrow columns grow in English.
COLUMN_WIDTHS_EN = {
    COL_AMOUNT: 80,
    COL_FUNDING: 60,
    COL_CARD: 94,
    COL_STATUS: 82,
    COL_CASHIER: 58,
}
POLL_MS = 5_000
TERMINAL_PING_MS = 30_000
# The day's backup copies the whole file: it starts once nobody has typed or clicked for this
# long, so the first searches of the day never share the two cores with it.
BACKUP_QUIET_MS = 10_000
POLLS_QUIET_MS, POLLS_LATEST_MS = 800, 5_000


def _poll(session: Any) -> tuple[dict[str, int], int] | None:
    from app.queries import queue_counts, total_orders

    if session.info.get("offline"):
        return None  # the local copy holds this counter's orders only: not the store's count
    return {q.value: n for q, n in queue_counts(session).items()}, total_orders(session)


class MainWindow(RetranslateMixin, QMainWindow):
    locked_changed = Signal(bool)

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("mainWindow")
        self.setMinimumSize(1000, 700)
        self.counts: dict[str, int] = {}
        self.total_seen: int | None = None
        self._pending_select: Any = None
        self._keep: Any = None  # the order just handled stays in the list (FilterSpec.keep)

        central = QWidget()
        root = QVBoxLayout(central)
        root.setContentsMargins(8, 4, 8, 4)
        self.banner = QLabel(objectName="banner", alignment=Qt.AlignmentFlag.AlignCenter)
        self.banner.setStyleSheet(
            "background: #f59e0b; color: #111; font-weight: bold; font-size: 13pt; padding: 4px;"
        )
        root.addWidget(self.banner)

        # who is signed in, always in sight (DESIGN.md §12's header), and the way to hand over
        self.user_bar = UserBar(ctx, self)
        self.user_bar.switch_requested.connect(self.switch_user)
        self.user_label, self.switch_button = self.user_bar.user_label, self.user_bar.switch_button
        root.addWidget(self.user_bar)

        self.header = QWidget(objectName="header")
        header_layout = QVBoxLayout(self.header)
        header_layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.queue_group = QButtonGroup(self, exclusive=True)
        self.queue_buttons: dict[int, QPushButton] = {}
        for queue in (QUEUE_OPEN, QUEUE_PENDING, QUEUE_ESCALATED, QUEUE_DONE, QUEUE_REPORTS):
            button = QPushButton(checkable=True, objectName=f"queue{queue}")
            button.setMinimumHeight(40)
            self.queue_group.addButton(button, queue)
            self.queue_buttons[queue] = button
            top.addWidget(button)
        self.queue_buttons[QUEUE_OPEN].setChecked(True)
        self.queue_group.idClicked.connect(self._queue_chosen)
        # the 待审批 queue's own action: the selected application, straight to step 4
        self.approve_button = QPushButton(objectName="approveButton")
        self.approve_button.setMinimumHeight(40)
        self.approve_button.setStyleSheet("font-weight: bold; color: #1d4ed8;")
        self.approve_button.clicked.connect(self.approve_selected)
        top.addWidget(self.approve_button)
        top.addStretch(1)
        self.search = QLineEdit(objectName="search", clearButtonEnabled=True)
        self.search.setMinimumHeight(38)
        self.search.setMinimumWidth(260)
        self.search.textChanged.connect(self._apply_filter)
        # Enter or Down in the search box: to the first result, ready for F2
        self.search.returnPressed.connect(self.to_first_result)
        self.search.installEventFilter(self)
        top.addWidget(self.search)
        header_layout.addLayout(top)

        self.filters = FilterBar(self)
        self.filters.changed.connect(self._apply_filter)
        header_layout.addWidget(self.filters)
        root.addWidget(self.header)

        self.model = OrdersModel(ctx, self)
        self.table = QTableView(objectName="orders")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_TIME, Qt.SortOrder.DescendingOrder)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(32)
        header = self.table.horizontalHeader()
        reader_arrows(header)  # newest first shows ▼
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # The cause is the longest text: it takes the width a larger screen gives.
        header.setSectionResizeMode(COL_CAUSE, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(40)
        self._set_column_widths()
        self.table.doubleClicked.connect(lambda _i: self.start_cancellation())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.reloaded.connect(self._after_reload)
        self.model.total_changed.connect(lambda _n: self._update_count_label())

        self.detail = DetailPane(self)
        self.detail.start_requested.connect(self.start_cancellation)
        self.detail.print_requested.connect(self.print_form)
        self.detail.correct_requested.connect(self.correct_order)

        list_page = QWidget()
        list_layout = QVBoxLayout(list_page)
        list_layout.setContentsMargins(0, 0, 0, 0)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.list_stack = QStackedWidget(objectName="listStack")
        self.list_stack.addWidget(self.table)
        self.empty_panel = EmptyResult(self)
        self.empty_panel.clear_requested.connect(self.clear_filters)
        self.empty_panel.import_requested.connect(lambda: actions.open_import(self))
        self.empty_panel.add_requested.connect(lambda: actions.open_add_order(self))
        self.list_stack.addWidget(self.empty_panel)
        left_layout.addWidget(self.list_stack, 1)
        self.count_label = QLabel(objectName="countLabel")
        left_layout.addWidget(self.count_label)
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([700, 300])
        self.detail.setMinimumWidth(280)
        list_layout.addWidget(splitter)

        # The reports view is built the first time a lead opens it: not on the way to first paint.
        self.reports_holder = QWidget(objectName="reportsHolder")
        QVBoxLayout(self.reports_holder).setContentsMargins(0, 0, 0, 0)
        self._reports_page: Any = None
        self.locked_page = QLabel(objectName="lockedPage", alignment=Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        for page in (list_page, self.reports_holder, self.locked_page):
            self.stack.addWidget(page)
        self.list_page = list_page
        root.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.status = GuadanStatusBar(ctx, self)
        self.setStatusBar(self.status)
        if ctx.link is not None:  # a shared server: 联机 / 脱机 in the status bar
            ctx.link.changed.connect(self.status.set_link_state)
            if ctx.link.status.reason != "not started":
                self.status.set_link_state(ctx.link.status)
        if getattr(ctx, "sync", None) is not None:  # its outbox: entries waiting, the last sync
            ctx.sync.changed.connect(self.status.set_sync_state)
            self.status.set_sync_state(ctx.sync.status)
        self.session = Session(self, ctx)
        self.session.locked_changed.connect(self._lock_changed)
        self._build_actions()

        self.idle = IdleWatcher(self._idle_minutes(), self)
        self.idle.idle.connect(self.lock)
        self.poll_timer = QTimer(self, interval=POLL_MS)
        self.poll_timer.timeout.connect(self.poll)
        self.ping_timer = QTimer(self, interval=TERMINAL_PING_MS)
        self.ping_timer.timeout.connect(self.check_terminal)
        ctx.tasks.failed.connect(self._task_failed)
        ctx.user_changed.connect(self._user_changed)
        ctx.settings_changed.connect(self._settings_changed)
        ctx.orders_changed.connect(self.refresh)
        self.retranslate()
        self._user_changed()

    # --- set-up -------------------------------------------------------------------------

    def _build_actions(self) -> None:
        from ui.menus import WindowMenus

        slots = {
            "start": self.start_cancellation,
            "approve": self.approve_selected,
            "refresh": self.refresh,
            "print": self.print_form,
            "lock": self.lock,
            "switch_user": self.switch_user,
            "find": self.focus_search,
            "add_order": lambda: actions.open_add_order(self),
            "import": lambda: actions.open_import(self),
            "settings": lambda: actions.open_settings(self),
            "users": lambda: actions.open_users(self),
            "quit": self.close,
            "print_batch": lambda: actions.print_batch(self),
            "handover": self.open_handover,
            "oplog": self.open_operation_log,
            "reconcile": lambda: actions.reconcile_terminal(self),
            "close_batch": lambda: actions.close_terminal_batch(self),
            "help": self.show_shortcuts,
        }
        self.menus = WindowMenus(self, slots)
        for code, label in (("zh_CN", "中文"), ("en", "English")):
            self.menus.add_language(
                code,
                label,
                code == self.ctx.language,
                lambda code=code: self.ctx.set_language(code),  # type: ignore[misc]
            )
        self.actions_by_name = self.menus.actions

    def start(self) -> None:
        """Called once the store is open and a user signed in: fill the list first, then
        start the polls (new orders, terminal) so they do not delay the first page."""
        self.polls_started = False
        self.model.reloaded.connect(self._after_first_page, Qt.ConnectionType.SingleShotConnection)
        self.model.set_filter(self.spec())
        self.idle.start()

    def _after_first_page(self) -> None:
        # Once the page is on screen: started from `reloaded` itself, the reconciliation's and
        # the QR retries' imports (the GUI thread waited on the device worker's import lock)
        # held the interpreter between the rows' arrival and their paint.
        from ui.after_paint import AfterPaint

        AfterPaint(self.table.viewport(), lambda: self.model.warm_up(self._polls_when_quiet))

    def _polls_when_quiet(self) -> None:
        """The polls, the reconciliation and the QR retries begin once nobody has typed for
        POLLS_QUIET_MS (at most POLLS_LATEST_MS after the first page): their imports and first
        queries hold the interpreter for half a second, and the day's first keystroke, typed
        right after signing in, waited behind them. (Nothing may touch a case with an open
        intent before it is reconciled: app/workflow refuses it, so waiting is safe.)"""
        quiet = IdleWatcher(parent=self)
        quiet.set_timeout_ms(POLLS_QUIET_MS)
        latest = QTimer(self, singleShot=True, interval=POLLS_LATEST_MS)

        begun: list[bool] = []

        def begin() -> None:
            if not begun:
                begun.append(True)
                quiet.stop()
                latest.stop()
                quiet.deleteLater()
                latest.deleteLater()
                self._start_polls()

        quiet.idle.connect(begin)
        latest.timeout.connect(begin)
        quiet.start()
        latest.start()

    def _start_polls(self) -> None:
        self.polls_started = True
        # the QR retries after the reconciliation: its job has loaded their modules by then,
        # on the device worker (imported here, they held the GUI thread for ~0.4 s)
        self.reconcile_open_intents(then=self.start_qr_retry)
        self.backup_when_quiet()
        self.poll()
        self.check_terminal()
        self.poll_timer.start()
        self.ping_timer.start()

    def _idle_minutes(self) -> int:
        return int(getattr(self.ctx.settings, "idle_lock_minutes", 5) or 5)

    # --- list, filters, queues -----------------------------------------------------------

    def current_queue(self) -> int:
        return self.queue_group.checkedId()

    def spec(self) -> FilterSpec:
        values = self.filters.values()
        text = self.search.text().strip()
        statuses = queues.list_statuses(
            QUEUE_CODES.get(self.current_queue()), values["statuses"], text
        )
        zone = getattr(self.ctx.settings, "timezone", "Asia/Shanghai") or "Asia/Shanghai"
        return FilterSpec(
            text=text,
            statuses=statuses,
            date_from=values["date_from"],
            date_to=values["date_to"],
            causes=values["causes"],
            fundings=values["fundings"],
            zone=zone,
            keep=self._keep,
        )

    def _apply_filter(self) -> None:
        self._keep = None  # a new question: the order kept after its case no longer stays
        self.model.set_filter(self.spec())

    def active_filters(self) -> list[str]:
        """What narrows the list now, in words (the empty result names them)."""
        found = []
        queue = self.current_queue()
        text = self.search.text().strip()
        by_queue = not text and not self.filters.values()["statuses"]  # app.queues.list_statuses
        if by_queue and queue != QUEUE_OPEN and queue in self.queue_buttons:
            found.append(self.tr("Queue: %1").replace("%1", self._queue_name(queue)))
        if text:
            found.append(self.tr("Search: “%1”").replace("%1", text))
        for combo in self.filters.combos():
            if combo.currentIndex() > 0:
                found.append(f"{combo.toolTip()}: {combo.currentText()}")
        return found

    def clear_filters(self) -> None:
        """The empty result's button: every order again (default queue, no search, no filter)."""
        self.filters.reset()
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.queue_buttons[QUEUE_OPEN].setChecked(True)
        self._queue_chosen(QUEUE_OPEN)

    def _show_empty(self) -> None:
        empty = not self.model.loading and self.model.rowCount() == 0
        if empty:
            self.empty_panel.explain(
                self.active_filters(), self.current_queue() == QUEUE_OPEN, self.total_seen == 0
            )
        self.list_stack.setCurrentWidget(self.empty_panel if empty else self.table)

    def _queue_chosen(self, queue: int) -> None:
        self._show_approve_button()
        # the list's search and filters mean nothing to the reports (they have their own range)
        self.search.setVisible(queue != QUEUE_REPORTS)
        self.filters.setVisible(queue != QUEUE_REPORTS)
        if queue == QUEUE_REPORTS:
            self.stack.setCurrentWidget(self.reports_holder)
            self.reports_page  # noqa: B018 (built on first use)
            return
        if not self.locked:
            self.stack.setCurrentWidget(self.list_page)
        self._apply_filter()

    @property
    def reports_page(self) -> Any:
        if self._reports_page is None:
            from ui.reports_view import ReportsView

            self._reports_page = ReportsView(self.ctx)
            self._reports_page.setObjectName("reportsPage")
            self._reports_page.open_order.connect(self.show_order)
            self.reports_holder.layout().addWidget(self._reports_page)
            self._reports_page.show()
        return self._reports_page

    def show_order(self, order_id: object) -> None:
        """Bring one order up in the list (from a report's anomaly): its queue, found by number."""

        def look_up(session: object) -> tuple[str, str]:
            from app.workflow import get_order

            order = get_order(session, order_id)  # type: ignore[arg-type]
            return order.order_no, order.status.value

        def found(result: tuple[str, str]) -> None:
            number, status = result
            code = queues.queue_of(status)
            queue = next(q for q, c in QUEUE_CODES.items() if c == code)
            self.queue_buttons[queue].setChecked(True)
            self._queue_chosen(queue)
            self.filters.reset()  # no filter may hide the order asked for
            self.search.setText(number)

        self.ctx.tasks.run_db(look_up, found, self._task_failed, owner=self)

    def refresh(self) -> None:
        """F5: ask the database again (list, counts, detail)."""
        if self.ctx.store is None:
            return
        self._pending_select = self.selected_order_id()
        self.model.set_filter(self.spec())
        self.poll()

    def _after_reload(self) -> None:
        self._update_count_label()
        self._show_empty()
        wanted = self._pending_select
        self._pending_select = None
        row = self.model.row_of(wanted) if wanted is not None else -1
        if row >= 0:
            self.table.selectRow(row)
        else:
            self.detail.show_detail(None, [])

    def _update_count_label(self) -> None:
        one = self.model.total == 1 and not self.model.capped
        self.count_label.setText(
            (self.tr("1 order") if one else self.tr("%1 orders")).replace(
                "%1", f"{self.model.total}+" if self.model.capped else str(self.model.total)
            )
            if not self.model.loading
            else self.tr("Loading…")
        )

    def to_first_result(self) -> None:
        if self.model.loading:  # the answer to what was just typed is on its way
            self.model.reloaded.connect(
                self.to_first_result, Qt.ConnectionType.SingleShotConnection
            )
            return
        if self.model.rowCount() == 0:
            return
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.table.selectRow(0)

    def eventFilter(self, watched: Any, event: Any) -> bool:  # noqa: N802 (Qt's name)
        from PySide6.QtCore import QEvent

        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Down
        ):
            self.to_first_result()
            return True
        return super().eventFilter(watched, event)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def selected_order_id(self) -> Any:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ORDER_ID_ROLE) if rows else None

    def _selection_changed(self, _sel: QItemSelection, _desel: QItemSelection) -> None:
        order_id = self.selected_order_id()
        if order_id is None:
            self.detail.show_detail(None, [])
            return

        def show(result: tuple[Any, list[Any]]) -> None:
            if self.selected_order_id() == order_id:
                self.detail.show_detail(*result, can_correct=self.ctx.has_role("LEAD"))

        self.ctx.tasks.run_db(lambda s: detail_and_timeline(s, order_id), show, owner=self)

    # --- polls ------------------------------------------------------------------------------

    def poll(self) -> None:
        """Queue counts and new-order notice, on the background worker (never in the way of the
        list's reads or the database worker's saves)."""
        store = self.ctx.store
        if store is None or self.ctx.user is None:
            return

        def job() -> tuple[dict[str, int], int]:
            with store.transaction() as session:
                return _poll(session)

        self.ctx.tasks.run_background(
            job, self._poll_done, lambda exc: log.warning("poll failed: %s", exc), owner=self
        )

    def _poll_done(self, result: tuple[dict[str, int], int] | None) -> None:
        if result is None:
            return
        counts, total = result
        self.counts = counts
        if self.total_seen is not None and total > self.total_seen:
            new = total - self.total_seen
            self.status.notify(
                lambda: self.tr("%1 new suspended order(s) arrived").replace("%1", str(new))
            )
            QApplication.alert(self)
            if not self.locked:
                self._pending_select = self.selected_order_id()
                self.model.reload()
        first = self.total_seen is None
        self.total_seen = total
        self._update_queue_labels()
        if first and self.list_stack.currentWidget() is self.empty_panel:
            self._show_empty()  # an empty store now knows it is one: 导入 / 新增

    def _open_terminal(self) -> Any:
        """The store's configured terminal (training: always the simulator, its journal beside
        the database). Called on the terminal worker only."""
        from app.payments.card.store_terminal import configured_driver

        return configured_driver(self.ctx.store, self.ctx.settings)

    def check_terminal(self) -> None:
        def ping(_report: Any) -> bool:
            driver = self._open_terminal()
            try:
                return bool(driver.ping())
            finally:
                driver.close()

        self.ctx.tasks.run_device(
            ping,
            self.status.set_terminal_state,
            lambda _exc: self.status.set_terminal_state(False),
            owner=self,
        )

    def backup_when_quiet(self) -> None:
        """The day's backup, once the counter has been quiet for BACKUP_QUIET_MS."""
        quiet = IdleWatcher(parent=self)
        quiet.set_timeout_ms(BACKUP_QUIET_MS)
        quiet.idle.connect(self.backup_daily)
        quiet.idle.connect(quiet.deleteLater)
        quiet.start()

    def backup_daily(self) -> None:
        """The first start of a day copies the SQLite file (DESIGN.md §9) on the background
        worker: the cashier's first search of the day does not wait for the copy."""
        from app.db import daily_backup

        keep = int(getattr(self.ctx.settings, "backups_kept", 10) or 10)
        self.ctx.tasks.run_background(
            lambda: daily_backup(self.ctx.store, keep),
            lambda _path: None,
            self._task_failed,
            owner=self,
        )

    def start_qr_retry(self) -> None:
        """等待联网: QR refunds and 撤销 waiting for their provider are asked again in the
        background (after the start-up reconciliation), and the list follows."""
        from ui.qr_retry import QrRetry

        self.qr_retry = QrRetry(self.ctx, self)
        self.qr_retry.settled.connect(lambda _n: self.refresh())
        self.qr_retry.start(5.0)

    def reconcile_open_intents(self, then: Any = None) -> None:
        """At start-up: a till that crashed mid-void left an open intent; ask the terminal what
        happened before anyone touches that case (the workflow refuses it until then).
        `then()` runs once it is done, whatever the outcome."""

        actor_id = self.ctx.user_id  # the window opens signed in: settlements are in that name

        def reconcile(_report: Any) -> list[Any]:
            import app.payments.qr.retry  # noqa: F401 (for `then`: loaded off the GUI thread)
            from app.counter import counter_id
            from app.payments.qr.recovery import reconcile_provider_intents
            from app.workflow import reconcile_open_intents

            # A QR intent is asked of its provider (查单 / 退款查询 under its own key), never
            # of the card terminal.
            reports: list[Any] = reconcile_provider_intents(
                self.ctx.store, counter_id(), actor_id=actor_id
            )
            driver = self._open_terminal()
            try:
                return reports + reconcile_open_intents(self.ctx.store, driver, actor_id)
            finally:
                driver.close()

        def done(reports: list[Any]) -> None:
            if then is not None:
                then()
            if not reports:
                return
            unknown = sum(1 for r in reports if r.moved is None)

            def words() -> str:  # said again in the new language after a switch
                text = self.tr("Checked %1 unfinished terminal command(s) with the terminal.")
                text = text.replace("%1", str(len(reports)))
                if unknown:
                    text += " " + self.tr("%1 still unknown: the terminal did not answer.").replace(
                        "%1", str(unknown)
                    )
                return text

            self.status.notify(words)
            self.refresh()

        def failed(exc: BaseException) -> None:
            if then is not None:
                then()
            self._task_failed(exc)

        self.ctx.tasks.run_device(reconcile, done, failed, owner=self)

    # --- actions ------------------------------------------------------------------------------

    def start_cancellation(self) -> None:
        order_id = self.selected_order_id()
        if order_id is None:
            self.status.notify(lambda: self.tr("Select a suspended order first."))
            return
        try:
            from ui.wizard import open_wizard  # type: ignore[attr-defined]
        except ImportError:
            QMessageBox.information(
                self,
                self.tr("Not available yet"),
                self.tr("The cancellation wizard is not available yet."),
            )
            return
        if self._finished(order_id):
            from ui.case_summary import open_case_summary

            open_case_summary(self, self.ctx, order_id)
            return
        self._watch(open_wizard(self, self.ctx, order_id), order_id)

    def _finished(self, order_id: Any) -> bool:
        """Nothing left to do for the order: F2 shows its finished case, read-only."""
        detail = self.detail.detail
        if detail is not None and detail.id == order_id:
            return queues.is_finished(str(detail.status), detail.amount_fen, detail.refunded_fen)
        rows = self.table.selectionModel().selectedRows()
        row = rows[0].data(ROW_ROLE) if rows else None
        return row is not None and str(row.status) in {"CANCELLED", "CLOSED"}

    def _watch(self, dialog: Any, order_id: Any) -> None:
        """After the wizard closes, its order stays selected (and in the list, with its new
        status, even when it left the queue), so that Ctrl+P still prints its form."""
        if dialog is not None:
            dialog.finished.connect(lambda _r: self._handled(order_id))

    def _handled(self, order_id: Any) -> None:
        self._keep = order_id
        self._pending_select = order_id
        self.model.set_filter(self.spec())

    def approve_selected(self) -> None:
        """F4 / 审批: a lead opens the selected application at step 4, where everything to
        judge is shown, and approves or rejects there with their PIN (F4 again)."""
        if not self.ctx.has_role("LEAD"):
            return
        detail = self.detail.detail
        if self.selected_order_id() is None or detail is None:
            self.status.notify(lambda: self.tr("Select an application awaiting approval first."))
            return
        if detail.case is None or str(detail.case.stage) != "PENDING_APPROVAL":
            self.status.notify(lambda: self.tr("This order has no application awaiting approval."))
            return
        from ui.wizard import open_wizard

        self._watch(open_wizard(self, self.ctx, detail.id), detail.id)

    def _show_approve_button(self) -> None:
        self.approve_button.setVisible(
            self.ctx.has_role("LEAD") and self.current_queue() == QUEUE_PENDING
        )

    def open_handover(self) -> None:
        """F11: the reports page on its handover tab."""
        if not self.ctx.has_role("LEAD"):
            return
        self.queue_buttons[QUEUE_REPORTS].setChecked(True)
        self._queue_chosen(QUEUE_REPORTS)
        self.reports_page.tabs.setCurrentIndex(0)

    def open_operation_log(self) -> None:
        """主管 → 操作日志: the audit trail, filtered and paged, with the chain's state."""
        if not self.ctx.has_role("LEAD"):
            return
        from ui.oplog_view import open_operation_log

        open_operation_log(self, self.ctx)

    def show_shortcuts(self) -> None:
        actions.show_shortcuts(self)

    def print_form(self) -> None:
        actions.print_selected_form(self)

    def correct_order(self) -> None:
        actions.open_correction(self)

    def lock(self) -> None:
        """Ctrl+L / F12, and the idle timer: every window of the app is covered."""
        self.session.lock()

    def switch_user(self) -> None:
        """Shift+F12: open wizards saved and closed, then sign-in, without quitting."""
        self.session.switch_user()

    @property
    def locked(self) -> bool:
        return self.session.locked

    @property
    def lock_dialog(self) -> Any:
        return self.session.lock_dialog

    def _lock_changed(self, locked: bool) -> None:
        if locked:
            self.idle.stop()
            self._before_lock = self.stack.currentWidget()
            self.stack.setCurrentWidget(self.locked_page)  # no list behind the sheet either
        else:
            self.stack.setCurrentWidget(self._before_lock)
            if self.ctx.user is not None:
                self.idle.start()
                self.refresh()
        self.locked_changed.emit(locked)

    # --- reactions -----------------------------------------------------------------------------

    def _task_failed(self, exc: BaseException) -> None:
        self.status.notify(lambda: self.ctx.message(exc))

    def _user_changed(self) -> None:
        is_lead = self.ctx.has_role("LEAD")
        is_admin = self.ctx.has_role("ADMIN")
        self.queue_buttons[QUEUE_PENDING].setVisible(is_lead)
        self.queue_buttons[QUEUE_ESCALATED].setVisible(is_lead)
        self.queue_buttons[QUEUE_REPORTS].setVisible(is_lead)
        if not self.queue_buttons[self.current_queue()].isVisibleTo(self):
            self.queue_buttons[QUEUE_OPEN].setChecked(True)  # a cashier took over from a lead
            self._queue_chosen(QUEUE_OPEN)
        self.menus.menus["admin"].menuAction().setVisible(is_admin)
        self.menus.menus["terminal"].menuAction().setVisible(is_lead)
        self.menus.menus["lead"].menuAction().setVisible(is_lead)
        for name in ("print_batch", "approve", "handover", "oplog"):
            self.actions_by_name[name].setEnabled(is_lead)
        for name in ("settings", "users"):
            self.actions_by_name[name].setEnabled(is_admin)
        signed_in = self.ctx.user is not None
        for name in ("import", "switch_user", "lock"):
            self.actions_by_name[name].setEnabled(signed_in)
        self._show_approve_button()

    def _settings_changed(self) -> None:
        self.idle.set_timeout_ms(self._idle_minutes() * 60_000)
        self.retranslate()

    def _queue_name(self, queue: int) -> str:
        names = {
            QUEUE_OPEN: self.tr("Suspended"),
            QUEUE_PENDING: self.tr("Awaiting approval"),
            QUEUE_ESCALATED: self.tr("Escalated"),
            QUEUE_DONE: self.tr("Handled"),
            QUEUE_REPORTS: self.tr("Reports"),
        }
        return names[queue]

    def _update_queue_labels(self) -> None:
        for queue, button in self.queue_buttons.items():
            code = QUEUE_CODES.get(queue)
            count = self.counts.get(code) if code and queue != QUEUE_DONE else None
            name = self._queue_name(queue)
            button.setText(f"{name} {count}" if count is not None else name)
            highlight = queue == QUEUE_PENDING and bool(count)
            button.setStyleSheet("font-weight: bold; color: #b91c1c;" if highlight else "")

    def window_title(self) -> str:
        parts = ["guadan"]
        if self.ctx.merchant_name:
            parts.append(self.ctx.merchant_name)
        if self.ctx.counter_name:
            parts.append(self.ctx.counter_name)
        if self.ctx.demo:
            parts.append(self.tr("Demo"))
        if self.ctx.training:
            parts.append(self.tr("Training mode"))
        return " · ".join(parts)

    def _set_column_widths(self) -> None:
        english = not self.ctx.language.startswith("zh")
        for col, width in COLUMN_WIDTHS.items():
            self.table.setColumnWidth(col, COLUMN_WIDTHS_EN.get(col, width) if english else width)

    def retranslate(self) -> None:
        self.setWindowTitle(self.window_title())
        if hasattr(self, "table"):
            self._set_column_widths()
        banner = []
        if self.ctx.training:
            banner.append(
                self.tr("Training mode — practice data, simulated terminal, no real money moves")
            )
        if self.ctx.demo:
            banner.append(self.tr("Demo — sample data in its own database"))
        self.banner.setText("   ·   ".join(banner))
        self.banner.setVisible(bool(banner))
        self._update_queue_labels()
        tips = {
            QUEUE_OPEN: self.tr(
                "Every order not finished yet, also those awaiting approval or escalated"
            ),
            QUEUE_PENDING: self.tr("Applications waiting for a shift lead's approval"),
            QUEUE_ESCALATED: self.tr("Orders escalated because their data is wrong"),
            QUEUE_DONE: self.tr("Voided, refunded and closed orders"),
            QUEUE_REPORTS: self.tr("Reports"),
        }
        for queue, tip in tips.items():
            self.queue_buttons[queue].setToolTip(tip)
        self.search.setPlaceholderText(self.tr("Order no. / card last 4 / amount"))
        self.search.setToolTip(
            self.tr("Search by order number, card last four digits or amount (%1)").replace(
                "%1", shortcuts.shown("find")
            )
        )
        self.menus.retranslate()
        self.approve_button.setText(self.tr("Approve / reject (F4)"))
        self.approve_button.setToolTip(
            self.tr("Open the selected application at step 4 to approve or reject it")
        )
        self._update_count_label()
        self.model.retranslate()
        if self.list_stack.currentWidget() is self.empty_panel:
            self._show_empty()

    def closeEvent(self, event: Any) -> None:  # noqa: N802
        self.poll_timer.stop()
        self.ping_timer.stop()
        self.idle.stop()
        super().closeEvent(event)

    def index_of_row(self, row: int) -> QModelIndex:
        return self.model.index(row, 0)
