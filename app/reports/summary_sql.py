"""The SQL that keeps app.reports.summary's rows: what each order and case contributes to
each grain, the statements that add or take away a row's contribution, and the triggers (SQLite
and PostgreSQL) that run them in the transaction of every change."""

from __future__ import annotations

from collections.abc import Iterable

ZONE_SQL = "(SELECT offset_s FROM report_zone WHERE id = 1)"

ORDER_COLUMNS = (
    "id",
    "occurred_at",
    "cause",
    "channel",
    "cashier",
    "status",
    "funding",
    "amount_fen",
    "refunded_fen",
)
CASE_COLUMNS = (
    "id",
    "order_id",
    "stage",
    "route",
    "contact_reason",
    "escalated_at",
    "opened_at",
    "opened_by_id",
    "executed_at",
    "executed_by_id",
    "result_amount_fen",
    "form_amount_fen",
    "fee_effect_fen",
    "updated_at",
)
# An order's columns that case facts read (moved_channel, active, the resolution's minutes).
ORDER_COLUMNS_OF_CASES = ("channel", "amount_fen", "occurred_at")


def _day(dialect: str, column: str) -> str:
    """Store-local day number of a stored UTC time, as app.reports.sql.local_day_number."""
    if dialect == "sqlite":
        return (
            f"(CAST(round((julianday({column}) - 2440587.5) * 86400) AS INTEGER) + {ZONE_SQL})"
            " / 86400"
        )
    return f"(CAST(floor(extract(epoch FROM {column})) AS BIGINT) + {ZONE_SQL}) / 86400"


def _text(dialect: str, expr: str) -> str:
    return expr if dialect == "sqlite" else f"CAST({expr} AS TEXT)"


def _minutes(dialect: str, later: str, earlier: str) -> str:
    """As app.reports.sql.minutes_between."""
    if dialect == "sqlite":
        return f"(julianday({later}) - julianday({earlier})) * 1440.0"
    return (
        f"(CAST(floor(extract(epoch FROM {later})) AS BIGINT)"
        f" - CAST(floor(extract(epoch FROM {earlier})) AS BIGINT)) / 60.0"
    )


def pseudo_row(record: str, columns: Iterable[str]) -> str:
    """A trigger's OLD or NEW row as a one-row subquery, so that contributions read one shape."""
    return "(SELECT " + ", ".join(f"{record}.{c} AS {c}" for c in columns) + ")"


Fact = tuple[str, str, str, str, str, str]  # grain, day, key, amount, extra, condition


def order_facts(dialect: str) -> list[Fact]:
    """What an order row `o` contributes."""
    day = _day(dialect, "o.occurred_at")
    facts: list[Fact] = [
        (grain, day, f"o.{grain}", "o.amount_fen", "0", "true")
        for grain in ("cause", "channel", "cashier")
    ]
    key = "o.status || '|' || o.channel || '|' || o.funding"
    facts.append(("status", "0", key, "o.amount_fen", "o.refunded_fen", "true"))
    return facts


def rejected_sql() -> str:
    """'1' when the case `c` was rejected at least once."""
    return (
        "CASE WHEN EXISTS (SELECT 1 FROM approval_decisions d WHERE d.case_id = c.id "
        "AND d.decision = 'REJECT') THEN '1' ELSE '0' END"
    )


def case_facts(dialect: str, rejected: str) -> list[Fact]:
    """What a case row `c` with its order row `o` contributes."""
    opened = _day(dialect, "c.opened_at")
    route = "coalesce(c.route, '')"
    moved = "coalesce(c.result_amount_fen, c.form_amount_fen, 0)"
    escalated = "CASE WHEN c.escalated_at IS NULL THEN '0' ELSE '1' END"
    done = "c.stage = 'DONE'"
    outcome = f"c.stage || '|' || {route} || '|' || {rejected} || '|' || {escalated}"
    executor = f"coalesce({_text(dialect, 'c.executed_by_id')}, '') || '|' || {route}"
    return [
        ("reason", opened, "c.contact_reason", "0", "0", "c.contact_reason IS NOT NULL"),
        ("outcome", opened, outcome, f"CASE WHEN {done} THEN {moved} ELSE 0 END", "0", "true"),
        ("opener", opened, _text(dialect, "c.opened_by_id"), "0", "0", "true"),
        (
            "moved_channel",
            opened,
            f"o.channel || '|' || {route}",
            "coalesce(c.result_amount_fen, 0)",
            "0",
            done,
        ),
        (
            "executor",
            _day(dialect, "c.executed_at"),
            executor,
            moved,
            "coalesce(c.fee_effect_fen, 0)",
            f"{done} AND c.executed_at IS NOT NULL",
        ),
        ("active", "0", "c.stage", "o.amount_fen", "0", "c.stage NOT IN ('DONE', 'CLOSED')"),
    ]


def _facts_sql(facts: list[Fact], source: str, where: str) -> str:
    return " UNION ALL ".join(
        f"SELECT '{grain}' AS grain, {day} AS day, {key} AS key, {amount} AS amount_fen, "
        f"{extra} AS extra_fen FROM {source} WHERE ({where}) AND ({cond})"
        for grain, day, key, amount, extra, cond in facts
    )


def _apply(facts: str, sign: int) -> str:
    """Add (sign 1) or take away (sign -1) the facts' counts and sums."""
    s = "" if sign > 0 else "-"
    return (
        "INSERT INTO report_summary (grain, day, key, n, amount_fen, extra_fen) "
        f"SELECT f.grain, f.day, f.key, {s}count(*), {s}sum(f.amount_fen), {s}sum(f.extra_fen) "
        f"FROM ({facts}) f WHERE f.key IS NOT NULL GROUP BY f.grain, f.day, f.key "
        "ON CONFLICT (grain, day, key) DO UPDATE SET n = report_summary.n + excluded.n, "
        "amount_fen = report_summary.amount_fen + excluded.amount_fen, "
        "extra_fen = report_summary.extra_fen + excluded.extra_fen"
    )


def apply_orders(dialect: str, source: str, where: str, sign: int) -> str:
    """`source` names the order rows as `o`: the table, or a trigger's pseudo row."""
    return _apply(_facts_sql(order_facts(dialect), source, where), sign)


def apply_cases(dialect: str, source: str, where: str, sign: int, rejected: str = "") -> str:
    """`source` names the case rows as `c` and their orders as `o`."""
    return _apply(_facts_sql(case_facts(dialect, rejected or rejected_sql()), source, where), sign)


def resolution_insert(dialect: str, source: str, where: str) -> str:
    """The resolved cases' minutes from the transaction to the resolution: voided/refunded
    (executed_at) or closed after a rejection (its last change), as app.reports.causes."""
    resolved_at = "CASE WHEN c.stage = 'DONE' THEN c.executed_at ELSE c.updated_at END"
    return (
        "INSERT INTO case_resolution (case_id, opened_at, minutes) "
        f"SELECT c.id, c.opened_at, {_minutes(dialect, resolved_at, 'o.occurred_at')} "
        f"FROM {source} WHERE ({where}) AND (c.stage = 'DONE' OR (c.stage = 'CLOSED' AND "
        "EXISTS (SELECT 1 FROM approval_decisions d WHERE d.case_id = c.id "
        "AND d.decision = 'REJECT')))"
    )


CASES_WITH_ORDERS = "cancellation_cases c JOIN suspended_orders o ON o.id = c.order_id"


def rebuild_statements(dialect: str) -> list[str]:
    return [
        "DELETE FROM report_summary",
        "DELETE FROM case_resolution",
        apply_orders(dialect, "suspended_orders o", "true", 1),
        apply_cases(dialect, CASES_WITH_ORDERS, "true", 1),
        resolution_insert(dialect, CASES_WITH_ORDERS, "true"),
    ]


# ---------------------------------------------------------------- the triggers

ORDER_FACT_COLUMNS = ORDER_COLUMNS[1:]


def _order_source(record: str) -> str:
    return f"{pseudo_row(record, ORDER_COLUMNS)} o"


def _case_source(record: str) -> str:
    return f"{pseudo_row(record, CASE_COLUMNS)} c JOIN suspended_orders o ON o.id = c.order_id"


def _cases_of_order(record: str) -> str:
    return f"cancellation_cases c CROSS JOIN {pseudo_row(record, ORDER_COLUMNS_OF_CASES)} o"


def _refresh_resolution(dialect: str, case_ids: str, where: str) -> list[str]:
    return [
        f"DELETE FROM case_resolution WHERE case_id IN ({case_ids})",
        resolution_insert(dialect, CASES_WITH_ORDERS, where),
    ]


def order_change(dialect: str) -> tuple[list[str], list[str], list[str]]:
    """(on insert, on delete, on a change of the order's facts) statements."""
    plus, minus = (
        apply_orders(dialect, _order_source("NEW"), "true", 1),
        apply_orders(dialect, _order_source("OLD"), "true", -1),
    )
    return [plus], [minus], [minus, plus]


def order_change_for_cases(dialect: str) -> list[str]:
    """When an order's channel, amount or time changes, its cases' facts move with it."""
    return [
        apply_cases(dialect, _cases_of_order("OLD"), "c.order_id = OLD.id", -1),
        apply_cases(dialect, _cases_of_order("NEW"), "c.order_id = NEW.id", 1),
        *_refresh_resolution(
            dialect,
            "SELECT id FROM cancellation_cases WHERE order_id = NEW.id",
            "c.order_id = NEW.id",
        ),
    ]


def case_change(dialect: str) -> tuple[list[str], list[str], list[str]]:
    plus = apply_cases(dialect, _case_source("NEW"), "true", 1)
    minus = apply_cases(dialect, _case_source("OLD"), "true", -1)
    resolve = resolution_insert(dialect, _case_source("NEW"), "true")
    return (
        [plus, resolve],
        [minus, "DELETE FROM case_resolution WHERE case_id = OLD.id"],
        [minus, plus, "DELETE FROM case_resolution WHERE case_id = OLD.id", resolve],
    )


def reject_change(dialect: str, record: str, was: str, now: str) -> list[str]:
    """A case's first rejection (or the removal of its last): its outcome key flips."""
    where = f"c.id = {record}.case_id"
    return [
        apply_cases(dialect, CASES_WITH_ORDERS, where, -1, rejected=f"'{was}'"),
        apply_cases(dialect, CASES_WITH_ORDERS, where, 1, rejected=f"'{now}'"),
        *_refresh_resolution(dialect, f"SELECT {record}.case_id", where),
    ]


def _rejects(record: str) -> str:
    return (
        "(SELECT count(*) FROM approval_decisions WHERE case_id = "
        f"{record}.case_id AND decision = 'REJECT')"
    )


ORDER_TRIGGER_COLUMNS = ", ".join(ORDER_FACT_COLUMNS)
CASE_TRIGGER_COLUMNS = ", ".join(CASE_COLUMNS[1:])
SQLITE_TRIGGERS = (
    "order_insert",
    "order_delete",
    "order_update",
    "order_cases",
    "case_insert",
    "case_delete",
    "case_update",
    "reject_insert",
    "reject_delete",
)


def sqlite_triggers() -> list[str]:
    def trigger(name: str, when: str, statements: list[str], condition: str = "") -> str:
        body = ";\n".join(statements)
        cond = f" WHEN {condition}" if condition else ""
        return f"CREATE TRIGGER tr_summary_{name} {when}{cond} BEGIN\n{body};\nEND"

    d = "sqlite"
    o_ins, o_del, o_upd = order_change(d)
    c_ins, c_del, c_upd = case_change(d)
    return [
        trigger("order_insert", "AFTER INSERT ON suspended_orders", o_ins),
        trigger("order_delete", "AFTER DELETE ON suspended_orders", o_del),
        trigger(
            "order_update", f"AFTER UPDATE OF {ORDER_TRIGGER_COLUMNS} ON suspended_orders", o_upd
        ),
        trigger(
            "order_cases",
            f"AFTER UPDATE OF {', '.join(ORDER_COLUMNS_OF_CASES)} ON suspended_orders",
            order_change_for_cases(d),
        ),
        trigger("case_insert", "AFTER INSERT ON cancellation_cases", c_ins),
        trigger("case_delete", "AFTER DELETE ON cancellation_cases", c_del),
        trigger(
            "case_update", f"AFTER UPDATE OF {CASE_TRIGGER_COLUMNS} ON cancellation_cases", c_upd
        ),
        trigger(
            "reject_insert",
            "AFTER INSERT ON approval_decisions",
            reject_change(d, "NEW", "0", "1"),
            f"NEW.decision = 'REJECT' AND {_rejects('NEW')} = 1",
        ),
        trigger(
            "reject_delete",
            "AFTER DELETE ON approval_decisions",
            reject_change(d, "OLD", "1", "0"),
            f"OLD.decision = 'REJECT' AND {_rejects('OLD')} = 0",
        ),
    ]


def postgres_triggers() -> list[str]:
    d = "postgresql"

    def block(statements: list[str]) -> str:
        return "".join(f"        {s};\n" for s in statements)

    def function(name: str, body: str) -> str:
        return (
            f"CREATE OR REPLACE FUNCTION guadan_summary_{name}() RETURNS trigger "
            f"LANGUAGE plpgsql AS $$\nBEGIN\n{body}    RETURN NULL;\nEND $$"
        )

    o_ins, o_del, _ = order_change(d)
    c_ins, c_del, _ = case_change(d)
    moved = " OR ".join(f"OLD.{c} IS DISTINCT FROM NEW.{c}" for c in ORDER_COLUMNS_OF_CASES)
    order_body = (
        f"    IF TG_OP IN ('UPDATE', 'DELETE') THEN\n{block(o_del)}    END IF;\n"
        f"    IF TG_OP IN ('INSERT', 'UPDATE') THEN\n{block(o_ins)}    END IF;\n"
        f"    IF TG_OP = 'UPDATE' AND ({moved}) THEN\n{block(order_change_for_cases(d))}"
        "    END IF;\n"
    )
    case_body = (
        f"    IF TG_OP IN ('UPDATE', 'DELETE') THEN\n{block(c_del)}    END IF;\n"
        f"    IF TG_OP IN ('INSERT', 'UPDATE') THEN\n{block(c_ins)}    END IF;\n"
    )
    reject_body = (
        f"    IF TG_OP = 'INSERT' AND NEW.decision = 'REJECT' AND {_rejects('NEW')} = 1 THEN\n"
        f"{block(reject_change(d, 'NEW', '0', '1'))}    END IF;\n"
        f"    IF TG_OP = 'DELETE' AND OLD.decision = 'REJECT' AND {_rejects('OLD')} = 0 THEN\n"
        f"{block(reject_change(d, 'OLD', '1', '0'))}    END IF;\n"
    )
    return [
        function("order", order_body),
        function("case", case_body),
        function("reject", reject_body),
        "CREATE TRIGGER tr_summary_order AFTER INSERT OR DELETE OR UPDATE OF "
        f"{ORDER_TRIGGER_COLUMNS} ON suspended_orders FOR EACH ROW "
        "EXECUTE FUNCTION guadan_summary_order()",
        "CREATE TRIGGER tr_summary_case AFTER INSERT OR DELETE OR UPDATE OF "
        f"{CASE_TRIGGER_COLUMNS} ON cancellation_cases FOR EACH ROW "
        "EXECUTE FUNCTION guadan_summary_case()",
        "CREATE TRIGGER tr_summary_reject AFTER INSERT OR DELETE ON approval_decisions "
        "FOR EACH ROW EXECUTE FUNCTION guadan_summary_reject()",
    ]


def drop_triggers(dialect: str) -> list[str]:
    if dialect == "postgresql":
        return [
            "DROP TRIGGER IF EXISTS tr_summary_order ON suspended_orders",
            "DROP TRIGGER IF EXISTS tr_summary_case ON cancellation_cases",
            "DROP TRIGGER IF EXISTS tr_summary_reject ON approval_decisions",
            "DROP FUNCTION IF EXISTS guadan_summary_order()",
            "DROP FUNCTION IF EXISTS guadan_summary_case()",
            "DROP FUNCTION IF EXISTS guadan_summary_reject()",
        ]
    return [f"DROP TRIGGER IF EXISTS tr_summary_{name}" for name in SQLITE_TRIGGERS]
