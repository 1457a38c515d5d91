"""扫码支付设置 (admin only): per provider its ids, gateway, key files, the provider key's
fingerprint, and 测试连接 — every file read and network call off the GUI thread."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui.context import AppContext
from ui.dialogs.common import acting_user, message_label
from ui.i18n import RetranslateMixin

PROVIDERS = ("alipay", "wechat")


def _load(session: Any) -> dict[str, Any]:
    from app.payments.qr import keys
    from app.payments.qr.base import ProviderName
    from app.payments.qr.config import load_config

    found: dict[str, Any] = {}
    for provider in ProviderName:
        config = load_config(session, provider)
        if config is not None:
            found[provider.value] = (
                config,
                config.fingerprint(),
                keys.where(provider.value, config.merchant_id),
            )
    return found


def two_lines(fingerprint: str) -> str:
    """32 byte pairs in two rows of 16, so the dialog keeps its width."""
    pairs = fingerprint.split(":")
    return ":".join(pairs[:16]) + "\n" + ":".join(pairs[16:]) if len(pairs) > 16 else fingerprint


class ProviderPage(RetranslateMixin, QWidget):
    """One provider's form: the fields, the two key files, what the store trusts."""

    def __init__(self, ctx: AppContext, provider: str, dialog: QrSettingsDialog) -> None:
        super().__init__()
        self.ctx, self.provider, self.dialog = ctx, provider, dialog
        self.private_pem: str | None = None
        self.provider_pem = ""
        self.form = QFormLayout(self)
        self.captions: dict[str, QLabel] = {}
        self.merchant_id = QLineEdit(objectName=f"{provider}MerchantId")
        self.appid = QLineEdit(objectName=f"{provider}Appid")
        self.serial_no = QLineEdit(objectName=f"{provider}SerialNo")
        self.key_id = QLineEdit(objectName=f"{provider}KeyId")
        self.gateway = QLineEdit(objectName=f"{provider}Gateway")
        self.private_file = QLineEdit(objectName=f"{provider}PrivateFile", readOnly=True)
        self.public_file = QLineEdit(objectName=f"{provider}PublicFile", readOnly=True)
        self.private_button = QPushButton(objectName=f"{provider}PrivateButton")
        self.public_button = QPushButton(objectName=f"{provider}PublicButton")
        self.fingerprint = QLabel(objectName=f"{provider}Fingerprint")
        self.fingerprint.setStyleSheet("font-family: monospace;")
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.storage = QLabel(objectName=f"{provider}Storage", wordWrap=True)
        self.test_button = QPushButton(objectName=f"{provider}TestButton")
        self.answer = message_label(f"{provider}Answer")
        self.private_button.clicked.connect(lambda: self._choose(private=True))
        self.public_button.clicked.connect(lambda: self._choose(private=False))
        self.test_button.clicked.connect(self.test)
        self.gateway.setMinimumWidth(380)
        self._row("merchant", self.merchant_id)
        if provider == "wechat":
            self._row("appid", self.appid)
            self._row("serial", self.serial_no)
        self._row("gateway", self.gateway)
        self._row("private", self._with_button(self.private_file, self.private_button))
        self._row("public", self._with_button(self.public_file, self.public_button))
        if provider == "wechat":
            self._row("keyid", self.key_id)
        self._row("fingerprint", self.fingerprint)
        self._row("storage", self.storage)
        self.form.addRow(self.test_button)
        self.form.addRow(self.answer)
        self.retranslate()

    def _row(self, key: str, widget: QWidget) -> None:
        caption = QLabel()
        self.captions[key] = caption
        widget.setMinimumHeight(34)
        self.form.addRow(caption, widget)

    @staticmethod
    def _with_button(field: QLineEdit, button: QPushButton) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(field, 1)
        row.addWidget(button)
        return box

    def show_config(self, loaded: tuple[Any, str, str] | None) -> None:
        if loaded is None:
            self.storage.setText(
                self.tr("Not set up: QR orders of this provider go to the manual path.")
            )
            return
        config, fingerprint, where = loaded
        self.merchant_id.setText(config.merchant_id)
        self.appid.setText(config.appid)
        self.serial_no.setText(config.serial_no)
        self.key_id.setText(config.provider_key_id)
        self.gateway.setText(config.gateway_url)
        self.provider_pem = config.provider_key_pem
        self.public_file.setText(self.tr("(stored)"))
        self.fingerprint.setText(two_lines(fingerprint))
        self.show_storage(where)

    def show_storage(self, where: str) -> None:
        texts = {
            "keyring": self.tr("Private key: in the system keyring of this PC"),
            "file": self.tr(
                "Private key: in a key file readable only by this user (no system keyring). "
                "Anyone who can log in as this user can read it."
            ),
            "missing": self.tr("Private key: not on this PC — choose the key file"),
        }
        self.storage.setStyleSheet("color: #b45309;" if where != "keyring" else "")
        self.storage.setText(texts.get(where, where))

    def _choose(self, private: bool) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the merchant private key")
            if private
            else self.tr("Choose the provider key"),
            "",
            self.tr("Keys and certificates (*.pem *.crt *.cer *.txt *.key)"),
        )
        if not path:
            return
        from app.payments.qr.config import read_key_file

        def done(info: Any) -> None:
            if private:
                self.private_pem = info.pem
                self.private_file.setText(path)
            else:
                self.provider_pem = info.pem
                self.public_file.setText(path)
                self.fingerprint.setText(two_lines(info.fingerprint))
                if info.serial:
                    self.key_id.setText(info.serial)
            self.answer.setText("")

        self.ctx.tasks.run_call(
            lambda: read_key_file(path, private), done, self._failed, owner=self
        )

    def config(self) -> Any:
        from app.payments.qr.base import ProviderName
        from app.payments.qr.config import ProviderConfig

        return ProviderConfig(
            ProviderName(self.provider),
            merchant_id=self.merchant_id.text().strip(),
            gateway_url=self.gateway.text().strip(),
            provider_key_pem=self.provider_pem,
            provider_key_id=self.key_id.text().strip(),
            appid=self.appid.text().strip(),
            serial_no=self.serial_no.text().strip(),
        )

    def test(self) -> None:
        from app.payments.qr.config import check_form

        config, pem, lang = self.config(), self.private_pem, self.ctx.language
        self.test_button.setEnabled(False)
        self.answer.setStyleSheet("")
        self.answer.setText(self.tr("Asking the provider…"))

        def ok(line: str) -> None:
            self.test_button.setEnabled(True)
            self.answer.setStyleSheet("color: #166534;")
            self.answer.setText(line)

        self.ctx.tasks.run_device(
            lambda _report: check_form(config, pem, lang), ok, self._failed, owner=self
        )

    def _failed(self, exc: BaseException) -> None:
        from app.payments.qr.base import QrError
        from app.payments.qr.codes import describe

        self.test_button.setEnabled(True)
        self.answer.setStyleSheet("color: #b91c1c;")
        if isinstance(exc, QrError):
            self.answer.setText(describe(exc, self.provider, self.ctx.language))
        else:
            self.answer.setText(self.ctx.message(exc))

    def retranslate(self) -> None:
        merchant = (
            self.tr("Alipay app_id")
            if self.provider == "alipay"
            else self.tr("Merchant no. (mchid)")
        )
        public = (
            self.tr("Alipay public key")
            if self.provider == "alipay"
            else self.tr("Platform certificate")
        )
        private = (
            self.tr("App private key")
            if self.provider == "alipay"
            else self.tr("Merchant API private key")
        )
        texts = {
            "merchant": merchant, "appid": self.tr("AppID"),
            "serial": self.tr("Merchant certificate serial"), "gateway": self.tr("Gateway URL"),
            "private": private, "public": public, "keyid": self.tr("Platform serial / key ID"),
            "fingerprint": self.tr("Fingerprint (SHA-256)"), "storage": self.tr("Key storage"),
        }  # fmt: skip
        for key, text in texts.items():
            if key in self.captions:
                self.captions[key].setText(text)
        self.private_button.setText(self.tr("Choose…"))
        self.public_button.setText(self.tr("Choose…"))
        self.test_button.setText(self.tr("Test connection"))
        self.gateway.setPlaceholderText(self.tr("empty: the provider's live gateway"))


class QrSettingsDialog(RetranslateMixin, QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("qrSettingsDialog")
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget(objectName="qrTabs")
        self.pages = {p: ProviderPage(ctx, p, self) for p in PROVIDERS}
        for page in self.pages.values():
            self.tabs.addTab(page, "")
        layout.addWidget(self.tabs)
        self.message = message_label()
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.retranslate()
        ctx.tasks.run_db(_load, self._loaded, self._failed, owner=self)

    def _loaded(self, found: dict[str, Any]) -> None:
        for name, page in self.pages.items():
            page.show_config(found.get(name))

    def _failed(self, exc: BaseException) -> None:
        self.message.setStyleSheet("color: #b91c1c;")
        self.message.setText(self.ctx.message(exc))

    def save(self) -> None:
        """Saves the provider shown (the other tab keeps its stored settings)."""
        from app.payments.qr.config import save_config

        page: ProviderPage = self.tabs.currentWidget()  # type: ignore[assignment]
        config, pem = page.config(), page.private_pem

        def work(session: Any) -> str:
            return save_config(session, config, acting_user(session, self.ctx), pem)

        def ok(where: str) -> None:
            from app.payments.qr import keys

            page.private_pem = None
            page.private_file.setText("")
            page.show_storage(where or keys.where(config.provider.value, config.merchant_id))
            page.fingerprint.setText(two_lines(config.fingerprint()))
            self.message.setStyleSheet("color: #166534;")
            self.message.setText(self.tr("Saved."))

        self.message.setText("")
        self.ctx.tasks.run_db(work, ok, self._failed, owner=self)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("QR payment providers"))
        self.tabs.setTabText(0, self.tr("Alipay"))
        self.tabs.setTabText(1, self.tr("WeChat Pay"))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
