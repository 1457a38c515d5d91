"""The counter binding names the terminal's protocol and line: `guadan counter` and the
settings window write it through one function, and the configured driver follows it."""

from __future__ import annotations

import pytest

from app.cli import main
from app.counter import BindingChange, CounterBinding, change_binding, load_binding, save_binding
from app.errors import DomainError
from app.payments.card import drivers
from app.payments.card.concert.driver import ConcertDriver
from app.payments.card.concert.sim_driver import InProcessConcertDriver
from app.payments.card.integrado.driver import PosIntegradoDriver
from app.payments.card.store_terminal import binding_link, configured_driver
from app.settings import load_settings


def test_counter_command_sets_protocol_and_line(store, capsys) -> None:  # type: ignore[no-untyped-def]
    save_binding(CounterBinding())
    argv = ["--db", store.url, "counter", "--protocol", "concert", "--port", "/dev/ttyS0"]
    assert main([*argv, "--line", "7e1", "--baud", "9600"]) == 0
    assert "concert" in capsys.readouterr().out
    binding = load_binding()
    assert (binding.protocol, binding.port, binding.baudrate) == ("concert", "/dev/ttyS0", 9600)
    assert (binding.bytesize, binding.parity, binding.stopbits) == (7, "E", 1)
    with store.transaction() as s:
        driver = configured_driver(store, load_settings(s))
    assert isinstance(driver, ConcertDriver)
    assert driver.serial_options == {"baudrate": 9600, "bytesize": 7, "parity": "E", "stopbits": 1}
    # USB CDC: the same terminal on 8N1
    change_binding(BindingChange(line="8N1"))
    with store.transaction() as s:
        assert configured_driver(store, load_settings(s)).serial_options["parity"] == "N"  # type: ignore[attr-defined]
    save_binding(CounterBinding())


def test_each_protocols_simulator_keeps_its_own_journal(store) -> None:  # type: ignore[no-untyped-def]
    change_binding(BindingChange(protocol="concert", port="simulator"))
    with store.transaction() as s:
        settings = load_settings(s)
    concert = configured_driver(store, settings)
    assert isinstance(concert, InProcessConcertDriver)
    assert concert.terminal.path is not None and "concert" in concert.terminal.path.name
    change_binding(BindingChange(protocol=""))
    assert not isinstance(configured_driver(store, settings), InProcessConcertDriver)
    save_binding(CounterBinding())


def test_a_binding_without_protocol_keeps_the_store_wide_baud(store) -> None:  # type: ignore[no-untyped-def]
    save_binding(CounterBinding(port="socket://127.0.0.1:9"))
    with store.transaction() as s:
        settings = load_settings(s)
    settings.baudrate = 57600
    driver = configured_driver(store, settings)
    assert isinstance(driver, PosIntegradoDriver) and driver.baudrate == 57600
    concert = drivers.spec("concert")
    assert str(binding_link(CounterBinding(protocol="concert"), concert, 57600)) == "9600 7E1"
    save_binding(CounterBinding())


@pytest.mark.parametrize(
    ("change", "key"),
    [
        (BindingChange(protocol="nosuch"), "terminal.protocol_unknown"),
        (BindingChange(baudrate=1234), "settings.baudrate"),
        (BindingChange(line="9X3"), "counter.line_invalid"),
    ],
)
def test_a_wrong_binding_is_refused_and_nothing_saved(change: BindingChange, key: str) -> None:
    save_binding(CounterBinding(port="COM3"))
    with pytest.raises(DomainError) as err:
        change_binding(change)
    assert err.value.key == key
    assert load_binding() == CounterBinding(port="COM3")
    save_binding(CounterBinding())


def test_doctor_says_which_protocol_answered_and_what_it_reports(store) -> None:  # type: ignore[no-untyped-def]
    from app import doctor
    from app.doctor import Status

    change_binding(BindingChange(protocol="concert", port="simulator"))
    result = doctor.check_terminal(lambda: store)
    assert result.status is Status.OK
    assert "Ingenico Telium (Concert)" in result.detail
    assert "reports no terminal id" in result.detail
    change_binding(BindingChange(protocol=""))
    result = doctor.check_terminal(lambda: store)
    assert result.status is Status.OK and "POS Integrado" in result.detail
    assert "reports terminal" in result.detail
    drivers_line = doctor.check_terminal_drivers()
    assert drivers_line.status is Status.OK
    assert "concert" in drivers_line.detail and "9600 7E1" in drivers_line.detail
    save_binding(CounterBinding())
