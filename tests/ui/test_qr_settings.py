"""扫码支付设置 driven through its widgets: choose key files, test the connection, save."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog

from tests.ui.conftest import sign_in_as


def test_admin_sets_up_alipay_tests_it_and_saves(
    qtbot: Any, ctx: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    from app.payments.qr.alipay import AlipayClient  # noqa: F401  (the client under test)
    from app.payments.qr.base import ProviderName
    from app.payments.qr.config import load_config
    from app.payments.qr.sim_alipay import AlipaySimulator
    from app.payments.qr.sim_server import SimHttpServer, SimKeys, private_pem, public_pem
    from ui.dialogs.qr_settings import QrSettingsDialog

    keys = SimKeys.generate()
    sim = AlipaySimulator("2021000000000001", keys.merchant_key.public_key(), keys.provider_key)
    server = SimHttpServer(sim.handle)
    private, public = tmp_path / "app_private.pem", tmp_path / "alipay_public.pem"
    private.write_bytes(private_pem(keys.merchant_key))
    public.write_bytes(public_pem(keys.provider_key.public_key()))
    try:
        sign_in_as(ctx, "王芳")
        dialog = QrSettingsDialog(ctx)
        qtbot.addWidget(dialog)
        dialog.show()
        page = dialog.pages["alipay"]
        qtbot.waitUntil(lambda: "尚未设置" in page.storage.text(), timeout=5000)
        qtbot.keyClicks(page.merchant_id, "2021000000000001")
        qtbot.keyClicks(page.gateway, server.url + "/gateway.do")
        for path, button in ((private, page.private_button), (public, page.public_button)):
            monkeypatch.setattr(
                QFileDialog, "getOpenFileName", lambda *a, p=path, **k: (str(p), "")
            )
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: ":" in page.fingerprint.text(), timeout=5000)
        qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "连接正常" in page.answer.text(), timeout=10000)
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
        )
        qtbot.waitUntil(lambda: dialog.message.text() == "已保存。", timeout=5000)
        assert "钥匙串" in page.storage.text() or "密钥文件" in page.storage.text()
        with ctx.store.transaction() as s:
            config = load_config(s, ProviderName.ALIPAY)
        assert config is not None and config.merchant_id == "2021000000000001"
        assert config.fingerprint() == page.fingerprint.text().replace("\n", ":")
    finally:
        server.close()


def test_a_cashier_cannot_save_and_a_dead_gateway_says_so(qtbot: Any, ctx: Any) -> None:
    from ui.dialogs.qr_settings import QrSettingsDialog

    sign_in_as(ctx, "张三")
    dialog = QrSettingsDialog(ctx)
    qtbot.addWidget(dialog)
    page = dialog.pages["wechat"]
    dialog.tabs.setCurrentWidget(page)
    qtbot.keyClicks(page.merchant_id, "1230000109")
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: bool(dialog.message.text()), timeout=5000)
    assert "只有管理员" in dialog.message.text()
