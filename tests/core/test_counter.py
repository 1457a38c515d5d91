"""Each counter drives its own terminal: the binding lives on the PC, not in the shared database."""

from __future__ import annotations

from app.cli import main
from app.counter import CounterBinding, load_binding, save_binding
from app.models import Merchant, Terminal
from app.payments.card.store_terminal import configured_driver
from app.settings import load_settings
from app.setup import current_terminal


def test_the_counter_binding_picks_this_pcs_terminal_and_port(store, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    with store.transaction() as s:
        merchant = Merchant(name="店", merchant_no="898310048161230")
        s.add(merchant)
        s.flush()
        s.add_all(
            [Terminal(merchant_id=merchant.id, terminal_no=n) for n in ("12345678", "87654321")]
        )
    assert load_binding() == CounterBinding()
    with store.transaction() as s:
        assert current_terminal(s).terminal_no == "12345678"
    assert (
        main(
            [
                "--db",
                store.url,
                "counter",
                "--terminal-no",
                "87654321",
                "--port",
                "socket://127.0.0.1:9",
            ]
        )
        == 0
    )
    assert "87654321" in capsys.readouterr().out
    with store.transaction() as s:
        assert current_terminal(s).terminal_no == "87654321"
        driver = configured_driver(store, load_settings(s))
    assert "socket://127.0.0.1:9" in driver.name  # the port is opened on first use, not here
    save_binding(CounterBinding())
    assert main(["--db", store.url, "counter", "--terminal-no", "123"]) == 1  # not 8 characters
