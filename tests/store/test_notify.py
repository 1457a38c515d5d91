"""Approvals travel fast: a lead's decision at counter B is announced by the server and reaches
counter A's link monitor (LISTEN guadan_case) with the case's id; other changes of stage too."""

from __future__ import annotations

import threading

from app import workflow
from app.db import Store
from app.link import LinkMonitor, Notice
from app.server_roles import CASE_CHANNEL
from tests.core.helpers import CONTACT, PINS, all_checked, make_order, seed_staff
from tests.store.pg import URL, keyring_url, needs_pg, pg_store  # noqa: F401

pytestmark = needs_pg


def test_a_decision_at_one_counter_is_announced_to_the_others(pg_store: Store) -> None:  # noqa: F811
    with pg_store.transaction() as s:
        staff = seed_staff(s)
        order = make_order(s)
        case = workflow.open_case(s, order.id, staff.cashier)
        workflow.verify(s, case, staff.cashier, all_checked())
        workflow.record_contact(s, case, staff.cashier, CONTACT)
        workflow.fill_form(s, case, staff.cashier, workflow.form_defaults(s, case, staff.cashier))
        case_id = case.id
    heard: list[Notice] = []
    arrived = threading.Condition()

    def on_notice(notice: Notice) -> None:
        with arrived:
            heard.append(notice)
            arrived.notify_all()

    monitor = LinkMonitor(keyring_url(URL), channels=(CASE_CHANNEL,))
    monitor.on_notice(on_notice)
    assert monitor.check().online  # connected and listening
    monitor.start()
    try:
        with pg_store.transaction() as s:
            workflow.submit(s, workflow.get_case(s, case_id), s.merge(staff.cashier))
        with pg_store.transaction() as s:  # counter B: the lead decides
            workflow.approve(s, workflow.get_case(s, case_id), "李四", PINS["lead"], "同意")
        with arrived:
            assert arrived.wait_for(lambda: len(heard) >= 2, timeout=10), heard
        assert heard == [Notice(CASE_CHANNEL, str(case_id))] * 2
    finally:
        monitor.stop()
