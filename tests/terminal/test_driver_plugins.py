"""Terminal drivers as plug-ins: the built-in ones are found through the entry-point group
`guadan.terminal_drivers`, and a third-party driver package — built here in a temporary
directory and installed with pip — is listed by guadan and used, without touching guadan."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from importlib.metadata import entry_points
from pathlib import Path

import pytest

from app import doctor
from app.payments.card import drivers
from app.payments.card.channel import CardTerminalChannel
from app.payments.channel import MoneyRequest, Moved

ROOT = Path(__file__).resolve().parents[2]

PLUGIN = '''
"""A bank's own MIS-POS protocol, as a guadan terminal driver (a toy: it answers in memory)."""

from app.payments.card.base import Capability, TerminalIdentity, TerminalError, VoidResult
from app.payments.card.drivers import DriverSpec, LinkSettings

VOIDED = []


class MisPosDriver:
    capabilities = frozenset({Capability.PING, Capability.VOID, Capability.REPORTS_IDENTITY})
    simulated = False

    def __init__(self, setup):
        self.name = f"MIS-POS ({setup.port})"
        self.setup = setup

    def ping(self):
        return True

    def identify(self):
        return TerminalIdentity("MIS00001", "898310048161230")

    def void(self, operation_no, amount_fen=None):
        VOIDED.append((operation_no, amount_fen, str(self.setup.link)))
        return VoidResult("00", True, "898310048161230", "MIS00001", "A1B2C3", "000777")

    def refund(self, amount_fen, original_rrn, original_date):
        raise TerminalError("terminal.refund_unsupported")

    def last_transaction(self):
        raise TerminalError("mispos.cannot_ask")

    def sales_journal(self):
        raise TerminalError("mispos.cannot_ask")

    def close_batch(self):
        raise TerminalError("mispos.cannot_ask")

    def close(self):
        pass


DRIVER = DriverSpec(
    name="mispos",
    label_zh="某银行 MIS-POS",
    label_en="A bank's MIS-POS",
    link=LinkSettings(38400, 8, "N", 1),
    capabilities=MisPosDriver.capabilities,
    open=MisPosDriver,
    messages={"mispos.cannot_ask": ("此终端无法查询。", "This terminal cannot be asked.")},
)
'''

PYPROJECT = """
[build-system]
requires = ["setuptools>=61"]
build-backend = "setuptools.build_meta"

[project]
name = "guadan-mispos-driver"
version = "0.1.0"

[project.entry-points."guadan.terminal_drivers"]
mispos = "guadan_mispos:DRIVER"
"""


@pytest.fixture(scope="module")
def installed_plugin(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The package built and pip-installed into a target folder, which goes on sys.path (and
    PYTHONPATH for child processes): importlib.metadata finds it like any installed package."""
    base = tmp_path_factory.mktemp("plugin")
    source = base / "src"
    (source / "guadan_mispos").mkdir(parents=True)
    (source / "guadan_mispos" / "__init__.py").write_text(PLUGIN, encoding="utf-8")
    (source / "pyproject.toml").write_text(PYPROJECT, encoding="utf-8")
    target = base / "site"
    done = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps",
         "--target", str(target), str(source)],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    assert list(target.glob("guadan_mispos_driver-*.dist-info/entry_points.txt"))
    sys.path.insert(0, str(target))
    drivers.rediscover()
    yield target
    sys.path.remove(str(target))
    sys.modules.pop("guadan_mispos", None)
    drivers.rediscover()


def test_the_built_in_drivers_register_through_the_entry_point_group() -> None:
    names = {ep.name for ep in entry_points(group=drivers.GROUP)}
    assert {"integrado", "concert"} <= names
    assert {"integrado", "concert"} <= set(drivers.installed())
    concert = drivers.spec("concert")
    assert str(concert.link) == "9600 7E1"
    assert [(name, str(link)) for name, link in concert.other_links] == [("USB CDC", "9600 8N1")]
    assert drivers.spec("").name == "integrado"  # a binding naming none


def test_an_unknown_protocol_is_said_in_plain_words() -> None:
    with pytest.raises(drivers.UnknownProtocol) as err:
        drivers.spec("nosuch")
    assert err.value.key == "terminal.protocol_unknown"


def test_a_third_party_driver_is_listed_and_used(installed_plugin: Path) -> None:
    spec = drivers.spec("mispos")
    assert spec.label("zh_CN") == "某银行 MIS-POS"
    assert "mispos" in doctor.check_terminal_drivers().detail
    driver = spec.open(drivers.TerminalSetup("COM7", spec.link))
    channel = CardTerminalChannel(driver, counter_id="c1", terminal_no="MIS00001")
    request = MoneyRequest(uuid.uuid4(), "VOID", 4200, 4200, "MIS00001", operation_no="000001")
    assert channel.preflight(request) == "MIS00001"
    outcome = channel.send(request)
    assert isinstance(outcome, Moved) and outcome.operation_no == "000777"
    import guadan_mispos  # type: ignore[import-not-found]

    assert guadan_mispos.VOIDED == [("000001", 4200, "38400 8N1")]
    from app.messages import tr

    assert tr("mispos.cannot_ask", "en") == "This terminal cannot be asked."


def test_the_command_line_lists_and_drives_it(installed_plugin: Path) -> None:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(installed_plugin), str(ROOT)]))

    def guadan(*argv: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "app.cli.parser", *argv],
            cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
        )  # fmt: skip

    listed = guadan("terminal", "drivers", "--lang", "en")
    assert listed.returncode == 0, listed.stderr
    assert "mispos" in listed.stdout and "A bank's MIS-POS" in listed.stdout
    assert "concert" in listed.stdout and "integrado" in listed.stdout
    ping = guadan("terminal", "ping", "--protocol", "mispos", "--port", "COM7")
    assert ping.returncode == 0, ping.stderr
    assert "MIS-POS (COM7): OK" in ping.stdout
    asked = guadan("terminal", "last", "--protocol", "mispos", "--port", "COM7", "--lang", "en")
    assert asked.returncode == 1 and "This terminal cannot be asked." in asked.stderr
