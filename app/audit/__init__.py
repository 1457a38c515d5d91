"""The tamper-evident audit trail (DESIGN.md §4, issue 11): signed per-counter chains
(chain.py), the row states they vouch for (state.py), checkpoints kept outside the database
(anchor.py), verification (verify.py) and the start-up / handover checks (checks.py).

Callers use this package's names: `audit.record(...)`, `audit.verify_chain(session)`.
"""

from app import trust_messages as _messages  # noqa: F401 (registers the message keys)
from app.audit.chain import GENESIS, SYSTEM_KINDS, current_counter, record
from app.audit.checks import Seal, check_and_checkpoint, handover_seal, startup_check, verify_store
from app.audit.state import StateMismatch, require_state_matches, state_of
from app.audit.verify import ChainProblem, ChainReport, verify_chain

__all__ = [
    "GENESIS",
    "SYSTEM_KINDS",
    "ChainProblem",
    "ChainReport",
    "Seal",
    "StateMismatch",
    "check_and_checkpoint",
    "current_counter",
    "handover_seal",
    "record",
    "require_state_matches",
    "startup_check",
    "state_of",
    "verify_chain",
    "verify_store",
]
