"""The order list as a QAbstractTableModel that pages rows from SQL, 100 at a time.

COUNT and pages run on the list's own worker (`TaskRunner.run_read`), so that nothing queued on
the database worker delays them. One first page is asked at a time: the keys typed while it is
read collapse into one question for the newest text (older answers are dropped, a superseded
question is never asked). Never loads every row.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QModelRoleDataSpan,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from app.clock import format_local
from app.money import format_fen
from ui import labels

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from app.queries import OrderFilter, OrderRow
    from ui.context import AppContext

PAGE_SIZE = 100

COL_TIME, COL_ORDER_NO, COL_AMOUNT, COL_FUNDING, COL_CARD, COL_CAUSE, COL_STATUS, COL_CASHIER = (
    range(8)
)
HEADERS = (
    QT_TRANSLATE_NOOP("OrdersModel", "Time"),
    QT_TRANSLATE_NOOP("OrdersModel", "Order no."),
    QT_TRANSLATE_NOOP("OrdersModel", "Amount"),
    QT_TRANSLATE_NOOP("OrdersModel", "Funding"),
    QT_TRANSLATE_NOOP("OrdersModel", "Card"),
    QT_TRANSLATE_NOOP("OrdersModel", "Cause"),
    QT_TRANSLATE_NOOP("OrdersModel", "Status"),
    QT_TRANSLATE_NOOP("OrdersModel", "Cashier"),
)
# app.queries.SortKey values, by column
SORT_KEYS = (
    "occurred_at",
    "order_no",
    "amount_fen",
    "funding",
    "card_last4",
    "cause",
    "status",
    "cashier",
)

ORDER_ID_ROLE = Qt.ItemDataRole.UserRole + 1  # uuid.UUID of the row's order
ROW_ROLE = Qt.ItemDataRole.UserRole + 2  # the app.queries.OrderRow itself
STATUS_ROLE = Qt.ItemDataRole.UserRole + 3  # the status code (e.g. "OPEN")
# A view asks every visible cell for a dozen roles at each repaint (font, colours, check
# state, size…): the ones answered here are the only ones worth looking at.
_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.ToolTipRole,
        ORDER_ID_ROLE,
        ROW_ROLE,
        STATUS_ROLE,
    }
)
_DISPLAY, _ALIGN = int(Qt.ItemDataRole.DisplayRole), int(Qt.ItemDataRole.TextAlignmentRole)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
SHOWN_CACHE = 2_000  # rows whose display texts are kept (a screenful many times over)
# The model holds rows as OrderRow.packed() tuples (plain values: no collection walks them);
# the fields by position:
P_ID, P_AT, P_NO, P_AMOUNT, P_FUNDING, P_CARD, P_CAUSE, P_STATUS, P_CASHIER = range(9)
P_LAST4, P_WAITING = 9, 10
Packed = tuple[Any, ...]


@dataclass(frozen=True)
class FilterSpec:
    """What the user asked for, in plain values (building app.queries.OrderFilter happens on
    the worker, so that SQLAlchemy is not imported before the window is painted)."""

    text: str = ""
    statuses: frozenset[str] = frozenset()
    date_from: Any = None  # datetime.date
    date_to: Any = None
    causes: frozenset[str] = frozenset()
    fundings: frozenset[str] = frozenset()
    zone: str = "Asia/Shanghai"
    # An order kept in view although it no longer matches (the one just handled: its row
    # stays selected, with its new status, until the filter changes).
    keep: Any = None  # uuid.UUID
    extra: dict[str, Any] = field(default_factory=dict, compare=False)

    def with_text(self, text: str) -> FilterSpec:
        return replace(self, text=text)

    def build(self) -> OrderFilter:
        from app.models import Cause, Funding, OrderStatus
        from app.queries import OrderFilter

        return OrderFilter(
            text=self.text,
            statuses=frozenset(OrderStatus(s) for s in self.statuses),
            date_from=self.date_from,
            date_to=self.date_to,
            causes=frozenset(Cause(c) for c in self.causes),
            fundings=frozenset(Funding(f) for f in self.fundings),
            zone=self.zone,
        )


@dataclass(frozen=True)
class FirstPage:
    total: int
    rows: list[Packed]
    capped: bool = False
    kept: Packed | None = None  # spec.keep's row, shown first; it does not match the filter


def _first_page(session: Session, spec: FilterSpec, sort: str, descending: bool) -> FirstPage:
    from app.queries import SortKey, first_page, order_row

    flt = spec.build()
    kept = None
    if spec.keep is not None and order_row(session, spec.keep, flt) is None:
        kept = order_row(session, spec.keep)
    page = first_page(session, flt, SortKey(sort), descending, PAGE_SIZE)
    rows = [row.packed() for row in page.rows]
    return FirstPage(page.total, rows, page.capped, kept.packed() if kept else None)


def _page(
    session: Session, spec: FilterSpec, after: Packed, sort: str, descending: bool, dense: bool
) -> list[Packed]:
    """The page after the last row held (a seek in the sort's index: any depth, one cost).
    `dense`: a search whose count was capped (it matches very many orders)."""
    from app.queries import OrderRow, SortKey, page_orders

    key = SortKey(sort)
    last = OrderRow.unpacked(after).key(key)
    rows = page_orders(session, spec.build(), 0, PAGE_SIZE, key, descending, dense, last)
    return [row.packed() for row in rows]


class OrdersModel(QAbstractTableModel):
    """Rows arrive a page at a time; `total` is the COUNT for the current filter."""

    total_changed = Signal(int)  # the COUNT of the current filter
    reloaded = Signal()  # the first page of a new filter/sort arrived
    page_loaded = Signal(int)  # rows now held

    def __init__(self, ctx: AppContext, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._rows: list[Packed] = []
        self._total = 0
        self._spec = FilterSpec()
        self._sort_column = COL_TIME
        self._descending = True
        self._generation = 0
        self._fetching = False
        self._kept = 0  # 1 when spec.keep's row leads the list without matching the filter
        self._shown: dict[int, tuple[Packed, tuple[str, ...]]] = {}  # row → its texts
        self._asking = False  # a first page is being read
        self._again = False  # ...and the filter changed since: ask again when it is back
        self.capped = False  # the total is a lower bound ("5000+")
        self.loading = False

    # --- what to show -------------------------------------------------------------------

    @property
    def spec(self) -> FilterSpec:
        return self._spec

    @property
    def total(self) -> int:
        """Orders matching the filter (the kept row, which does not match, is not counted)."""
        return self._total

    @property
    def kept(self) -> bool:
        return bool(self._kept)

    def set_filter(self, spec: FilterSpec) -> None:
        self._spec = spec
        self.reload()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort_column = column
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    def reload(self) -> None:
        """Ask again from the top (COUNT + first page); older answers are ignored. While a first
        page is being read, this only notes that the newest filter must be asked next."""
        if self.ctx.store is None:
            return
        self._generation += 1
        self.loading = True
        self._fetching = True
        if self._asking:
            self._again = True
            return
        self._ask()

    def _ask(self) -> None:
        self._asking, self._again = True, False
        generation = self._generation
        spec, sort, desc = self._spec, SORT_KEYS[self._sort_column], self._descending

        def next_question() -> bool:
            self._asking = False
            if self._again:  # superseded while it was read: the newest filter wins
                self._ask()
                return True
            return generation != self._generation

        def done(page: FirstPage) -> None:
            if next_question():
                return
            self.beginResetModel()
            self._shown.clear()
            self._rows = ([page.kept] if page.kept else []) + list(page.rows)
            self._kept = 1 if page.kept else 0
            self._total = page.total
            self.capped = page.capped
            self._fetching = False
            self.loading = False
            self.endResetModel()
            self.total_changed.emit(page.total)
            self.reloaded.emit()

        def failed(exc: BaseException) -> None:
            if next_question():
                return
            self._fetching = False
            self.loading = False
            self.ctx.tasks.failed.emit(exc)

        self.ctx.tasks.run_read(
            lambda s: _first_page(s, spec, sort, desc), done, failed, owner=self
        )

    def warm_up(self, then: Any) -> None:
        """Before the day's first search: the shapes a search takes — the first order number's
        first character (a prefix matching very many orders), a card's last 4 (a number that is
        also an amount), one digit — asked once on the list's worker, so that their statements
        are compiled and their indexes' pages read before the first key, which otherwise paid
        for both. Nothing is shown; `then()` follows either way."""
        if self.ctx.store is None or not self._rows:
            then()
            return
        first = self._rows[self._kept] if len(self._rows) > self._kept else self._rows[0]
        last4 = str(first[P_LAST4] or "1234")
        texts = [t for t in (str(first[P_NO])[:1], last4, last4[:1]) if t]
        spec, sort, desc = self._spec, SORT_KEYS[self._sort_column], self._descending

        def ask(session: Session) -> None:
            from app.queries import SortKey, first_page

            for text in texts:
                first_page(session, spec.with_text(text).build(), SortKey(sort), desc, PAGE_SIZE)

        self.ctx.tasks.run_read(ask, lambda _none: then(), lambda _exc: then(), owner=self)

    # --- paging ---------------------------------------------------------------------------

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid():
            return False
        if self._fetching or not self._rows:  # the next page starts after the last row held
            return False
        held = len(self._rows) - self._kept
        if self.capped:  # keep paging while pages come back full
            return held % PAGE_SIZE == 0 and held > 0
        return held < self._total

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self.canFetchMore():
            return
        self._fetching = True
        generation = self._generation
        spec, sort, desc = self._spec, SORT_KEYS[self._sort_column], self._descending
        after, dense = self._rows[-1], self.capped

        def done(rows: list[Packed]) -> None:
            if generation != self._generation:
                return
            self._fetching = False
            if rows:
                first = len(self._rows)
                self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
                self._rows.extend(rows)
                self.endInsertRows()
            if len(rows) < PAGE_SIZE and (self.capped or not rows):
                self._total = len(self._rows) - self._kept  # the end: a capped count is exact
                self.capped = False
            self.page_loaded.emit(len(self._rows))

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                self._fetching = False
            self.ctx.tasks.failed.emit(exc)

        self.ctx.tasks.run_read(
            lambda s: _page(s, spec, after, sort, desc, dense), done, failed, owner=self
        )

    # --- Qt model API -----------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("OrdersModel", HEADERS[section])
        return None

    def row_at(self, row: int) -> OrderRow | None:
        from app.queries import OrderRow

        return OrderRow.unpacked(self._rows[row]) if 0 <= row < len(self._rows) else None

    def row_of(self, order_id: Any) -> int:
        wanted = getattr(order_id, "int", None)
        for i, row in enumerate(self._rows):
            if row[P_ID] == wanted:
                return i
        return -1

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role not in _ROLES or not index.isValid():
            return None
        at = index.row()
        row = self._rows[at]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts(at)[col]
        if role == Qt.ItemDataRole.TextAlignmentRole and col == COL_AMOUNT:
            return _RIGHT
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == COL_TIME:
                return format_local(row[P_AT], self._spec.zone, "%Y-%m-%d %H:%M:%S")
            if col == COL_CAUSE:  # the column shows the short name; the tooltip says it all
                return labels.label(labels.CAUSE, row[P_CAUSE])
            if col == COL_STATUS and not row[P_WAITING]:
                return labels.label(labels.STATUS, row[P_STATUS])
            return self._display(row, col) if col != COL_CARD else row[P_CARD]
        if role == ORDER_ID_ROLE:
            return uuid.UUID(int=row[P_ID])
        if role == ROW_ROLE:
            return self.row_at(at)
        if role == STATUS_ROLE:
            return str(row[P_STATUS])
        return None

    def multiData(  # noqa: N802 (Qt's name)
        self,
        index: QModelIndex | QPersistentModelIndex,
        roleDataSpan: QModelRoleDataSpan,  # noqa: N803
    ) -> None:
        """What a view's delegate asks for each cell it paints: seven roles at once. Qt's own
        multiData calls data() once per role, each call into Python taking the GIL — which a
        worker thread reading the next page holds for up to the switch interval (5 ms) — so a
        screenful cost a thousand such waits while scrolling; here it is one per cell."""
        if not index.isValid():
            return
        col = index.column()
        for wanted in roleDataSpan:
            # The delegate hands the same span from cell to cell: a role left unset would keep
            # the last cell's value (every column then took the amount's right alignment).
            wanted.clearData()
            role = wanted.role()
            if role == _DISPLAY:
                wanted.setData(self._texts(index.row())[col])
            elif role == _ALIGN:
                if col == COL_AMOUNT:
                    wanted.setData(_RIGHT)
            elif role in _ROLES:
                value = self.data(index, role)
                if value is not None:
                    wanted.setData(value)

    def _texts(self, at: int) -> tuple[str, ...]:
        """Row `at`'s display texts; a scroll repaints the same rows many times: made once."""
        row = self._rows[at]
        shown = self._shown.get(at)
        if shown is None or shown[0] is not row:
            if len(self._shown) >= SHOWN_CACHE:
                self._shown.clear()
            shown = (row, tuple(self._display(row, c) for c in range(len(HEADERS))))
            self._shown[at] = shown
        return shown[1]

    def _display(self, row: Packed, col: int) -> str:
        if col == COL_TIME:
            return format_local(row[P_AT], self._spec.zone, "%m-%d %H:%M")
        if col == COL_ORDER_NO:
            return str(row[P_NO])
        if col == COL_AMOUNT:
            return format_fen(row[P_AMOUNT])
        if col == COL_FUNDING:
            return labels.label(labels.FUNDING, row[P_FUNDING])
        if col == COL_CARD:
            card = row[P_CARD]
            return f"{card[:4]}…{card[-4:]}" if card and len(card) > 8 else (card or "—")
        if col == COL_CAUSE:
            return labels.label("cause_short", row[P_CAUSE])
        if col == COL_STATUS:
            if row[P_WAITING]:  # a QR refund or 撤销 waits for its provider
                return labels.label("queue_state", "WAITING_NETWORK")
            return labels.label("status_short", row[P_STATUS])
        if col == COL_CASHIER:
            return str(row[P_CASHIER])
        return ""

    def retranslate(self) -> None:
        """Labels and headers are computed at paint time; tell the views to repaint."""
        self._shown.clear()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(HEADERS) - 1)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(HEADERS) - 1)
            )
