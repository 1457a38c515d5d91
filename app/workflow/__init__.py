"""The five steps of a cancellation (撤销五步) as services in the cashier's words.

Steps 1–4 take an open Session and the acting user, check every rule of DESIGN.md §4,
change the case and its order and write an audit event; the caller commits (one unit of
work per step, so a refused step leaves the case exactly as it was). Step 5 (execute.py,
reconcile.py, manual.py) moves money and so runs its own transactions around the exchange
with the terminal. Callers use this package's names: `workflow.verify(...)`.
"""

from app import case_messages  # noqa: F401 (the keys the steps' rules raise)
from app.workflow.approval import (
    approve,
    latest_decision,
    reject,
    submit,
    withdraw,
    withdraw_approval,
)
from app.workflow.common import (
    ACTIVE_STAGES,
    BEFORE_SUBMISSION,
    LEADS,
    MAX_ATTACHMENT_BYTES,
    STAFF,
    VERIFY_FIELDS,
    active_case_for,
    get_case,
    get_order,
)
from app.workflow.contact_form import (
    ContactInput,
    FormInput,
    fill_form,
    form_defaults,
    record_contact,
)
from app.workflow.evidence import (
    add_attachment,
    damaged_attachments,
    record_print,
    remove_attachment,
    store_evidence,
)
from app.workflow.execute import as_channel, execute, needs_manual_refund
from app.workflow.manual import (
    ManualSlip,
    guide_lines,
    manual_void_offered,
    record_manual_execution,
    resolve_unknown,
    start_manual,
)
from app.workflow.opening import (
    CORRECTABLE,
    RouteDecision,
    correct_order,
    decide_route,
    escalate,
    open_case,
    verify,
)
from app.workflow.outcome import (
    ExecutionOutcome,
    ExecutionRefused,
    OutcomeUnknown,
    case_blocked,
)
from app.workflow.reconcile import (
    ReconcileReport,
    check_manual_voids,
    reconcile_case,
    reconcile_open_intents,
    resend_void,
)

__all__ = [
    "ExecutionOutcome",
    "ExecutionRefused",
    "ManualSlip",
    "OutcomeUnknown",
    "ReconcileReport",
    "as_channel",
    "case_blocked",
    "check_manual_voids",
    "execute",
    "guide_lines",
    "needs_manual_refund",
    "reconcile_case",
    "reconcile_open_intents",
    "manual_void_offered",
    "record_manual_execution",
    "resend_void",
    "resolve_unknown",
    "start_manual",
    "ACTIVE_STAGES",
    "BEFORE_SUBMISSION",
    "CORRECTABLE",
    "LEADS",
    "MAX_ATTACHMENT_BYTES",
    "STAFF",
    "VERIFY_FIELDS",
    "ContactInput",
    "FormInput",
    "RouteDecision",
    "active_case_for",
    "add_attachment",
    "damaged_attachments",
    "approve",
    "correct_order",
    "decide_route",
    "escalate",
    "fill_form",
    "form_defaults",
    "get_case",
    "get_order",
    "latest_decision",
    "open_case",
    "record_contact",
    "record_print",
    "reject",
    "remove_attachment",
    "store_evidence",
    "submit",
    "verify",
    "withdraw",
    "withdraw_approval",
]
