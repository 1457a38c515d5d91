"""The HTTP side of the simulators (127.0.0.1 only), and the key pairs they sign with.

A simulator is a `handle(request) -> SimReply` function; this module serves it on a loopback
port, holds an answer back (slow), never answers (timeout) or drops the connection after
acting (lost answer) when the reply says so.
"""

from __future__ import annotations

import datetime as dt
import http.server
import os
import secrets
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID


@dataclass(frozen=True)
class SimRequest:
    method: str
    path: str  # with its query string
    headers: dict[str, str]  # names lower-cased
    body: bytes


@dataclass
class SimReply:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay_s: float = 0.0
    hang: bool = False  # never answer (the client times out) …
    hang_s: float = 30.0  # … holding the connection this long
    drop: bool = False  # close the connection without a word (after acting)


Handler = Callable[[SimRequest], SimReply]


class SimHttpServer:
    """Serves one simulator until closed; `url` is its base (http://127.0.0.1:PORT)."""

    def __init__(self, handle: Handler, host: str = "127.0.0.1", port: int = 0) -> None:
        if host not in ("127.0.0.1", "localhost", "::1"):
            raise ValueError("the simulator listens on the loopback address only")
        stopping = threading.Event()
        self._stopping = stopping

        class RequestHandler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def _serve(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                request = SimRequest(
                    self.command,
                    self.path,
                    {k.lower(): v for k, v in self.headers.items()},
                    body,
                )
                reply = handle(request)
                if reply.delay_s:
                    stopping.wait(reply.delay_s)
                if reply.hang:
                    stopping.wait(reply.hang_s)
                    self.close_connection = True
                    return
                if reply.drop:
                    self.close_connection = True
                    return
                self.send_response(reply.status)
                for name, value in reply.headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(reply.body)))
                self.send_header("Connection", "close")
                self.end_headers()
                self.wfile.write(reply.body)
                self.close_connection = True

            do_GET = _serve
            do_POST = _serve

            def log_message(self, format: str, *args: object) -> None:
                """Quiet: the simulator's journal is its record, not stderr."""

        self._handler_class = RequestHandler
        self._start(host, port)

    def _start(self, host: str, port: int) -> None:
        server = http.server.ThreadingHTTPServer((host, port), self._handler_class)
        server.daemon_threads = True
        self._server: http.server.ThreadingHTTPServer | None = server
        self._thread = threading.Thread(target=server.serve_forever, name="qr-sim", daemon=True)
        self._thread.start()
        self._address = server.server_address[:2]

    @property
    def url(self) -> str:
        host, port = self._address
        name = host.decode() if isinstance(host, bytes) else str(host)
        return f"http://{name}:{port}"

    # The offline switch: the counter's network is down — connections are refused, nothing
    # reaches the provider (a request never sent, not an unknown one) — and back up again on
    # the same address.
    @property
    def offline(self) -> bool:
        return self._server is None

    def go_offline(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def go_online(self) -> None:
        if self._server is None:
            host, port = self._address
            self._start(str(host), int(port))

    def close(self) -> None:
        self._stopping.set()
        self.go_offline()


# --- keys ---------------------------------------------------------------------------------


def new_rsa_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def private_pem(key: rsa.RSAPrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )


def public_pem(key: rsa.RSAPublicKey) -> bytes:
    return key.public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )


def self_signed_cert(key: rsa.RSAPrivateKey, common_name: str) -> x509.Certificate:
    """A platform certificate like the one 微信支付 hands out, but our own."""
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])
    now = dt.datetime.now(dt.UTC)
    return (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(int.from_bytes(secrets.token_bytes(16), "big") >> 1)
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=365 * 5))
        .sign(key, hashes.SHA256())
    )


@dataclass
class SimKeys:
    """The merchant's key pair (whose private half the store imports, as if from the
    provider's key tool) and the provider's own (whose public half or certificate the store
    trusts). Kept in a folder so a restarted simulator is still trusted."""

    merchant_key: rsa.RSAPrivateKey
    provider_key: rsa.RSAPrivateKey
    provider_cert: x509.Certificate
    merchant_serial: str

    @classmethod
    def generate(cls) -> SimKeys:
        provider_key = new_rsa_key()
        return cls(
            merchant_key=new_rsa_key(),
            provider_key=provider_key,
            provider_cert=self_signed_cert(provider_key, "guadan QR simulator platform"),
            merchant_serial=secrets.token_hex(20).upper(),
        )

    @property
    def provider_serial(self) -> str:
        return format(self.provider_cert.serial_number, "X")

    FILES = ("merchant_private_key.pem", "provider_private_key.pem", "provider_cert.pem")

    def write(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        for name, data in (
            ("merchant_private_key.pem", private_pem(self.merchant_key)),
            ("provider_private_key.pem", private_pem(self.provider_key)),
        ):
            fd = os.open(folder / name, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
        (folder / "provider_public_key.pem").write_bytes(public_pem(self.provider_key.public_key()))
        (folder / "provider_cert.pem").write_bytes(
            self.provider_cert.public_bytes(serialization.Encoding.PEM)
        )
        (folder / "merchant_serial.txt").write_text(self.merchant_serial + "\n")

    @classmethod
    def load_or_create(cls, folder: Path) -> SimKeys:
        if all((folder / name).exists() for name in cls.FILES):
            merchant = serialization.load_pem_private_key(
                (folder / "merchant_private_key.pem").read_bytes(), None
            )
            provider = serialization.load_pem_private_key(
                (folder / "provider_private_key.pem").read_bytes(), None
            )
            cert = x509.load_pem_x509_certificate((folder / "provider_cert.pem").read_bytes())
            assert isinstance(merchant, rsa.RSAPrivateKey)
            assert isinstance(provider, rsa.RSAPrivateKey)
            serial = (folder / "merchant_serial.txt").read_text().strip()
            return cls(merchant, provider, cert, serial)
        keys = cls.generate()
        keys.write(folder)
        return keys
