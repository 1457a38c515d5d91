"""Several counters, one store, and a network that fails (issue 15): each counter keeps a local
copy (app.sync.replica) where it works while the link is down, an outbox written in the same
transactions (app.sync.outbox), and a sender that replays it on the server once
(app.sync.sender).

What a counter may do offline, and why (the window says the same):
- go on with the cases it held when the link dropped: steps 1–3 and the submission, step 5 of
  a case approved before the drop (the approval is on the server already), printing;
- not touch another counter's order, nor start a new case (the day's case numbers are the
  server's), nor approve, reject or correct: a lead's decision must be on the server, where
  every counter sees it. An offline approval at this counter, by a lead standing there, is
  refused too: another lead could decide the same case on the server meanwhile, and step 5
  would then move money on a decision the store does not hold. Nothing is lost by waiting —
  the case is queued, and the decision is a second's work once the link is back.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from app.sync.sender import Sender, SyncReport, SyncStatus, sync_all, sync_once

log = logging.getLogger(__name__)

__all__ = ["Sender", "SyncReport", "SyncStatus", "attach_local", "sync_all", "sync_once"]


def attach_local(store: Any, *, path: str | Path | None = None, counter: str = "") -> Sender:
    """Give a shared server's Store its local copy and a sender (not started). The copy is
    filled from the server now when it can be (and the outbox is empty)."""
    from app.audit.chain import COUNTER_INFO
    from app.db import open_store
    from app.sync import outbox, replica

    local = open_store(f"sqlite:///{path or replica.replica_path(store.url)}")
    local.session_info = store.session_info
    counter = counter or store.session_info.get(COUNTER_INFO) or _this_counter()
    sender = Sender(store, counter)

    def queued() -> None:
        store.queued = True
        sender.wake()

    outbox.install(local.sessions, on_queued=queued)
    outbox.track(store.sessions)
    store.local = local
    try:
        with local.sessions() as ls:
            store.queued = replica.pending(ls) > 0
            if not store.queued:  # else the copy is ahead: the sender goes first
                with store.sessions() as server:
                    server.info.update(store.session_info)
                    replica.refresh(server, ls, counter)
                ls.commit()
    except Exception as exc:  # not re-read: no offline work until the sender has done it
        store.copy_behind = True
        log.info("local copy not refreshed at start: %s", exc)
    return sender


def _this_counter() -> str:
    from app.counter import counter_id

    return counter_id()
