"""One HTTPS exchange with a provider, told apart by what we know: never sent, or sent.

The split matters for money: a request that never left (no route, DNS, refused, TLS failed
before a byte of it went out) did nothing and may be re-sent; once its bytes were written,
a timeout or a dropped connection means *unknown* — the provider may have acted on it.
Standard library only (http.client): it lets us see exactly where a failure happened.
"""

from __future__ import annotations

import http.client
import socket
import ssl
from dataclasses import dataclass
from urllib.parse import urlsplit

from app.payments.qr.base import NotSent, OutcomeUnknown, RawAnswer

CONNECT_TIMEOUT_S = 5.0
ANSWER_TIMEOUT_S = 15.0


@dataclass(frozen=True)
class Gateway:
    """Where a provider is: its base URL (HTTPS, or plain HTTP only on the loopback address,
    for the simulator), and how long we wait."""

    url: str
    connect_timeout_s: float = CONNECT_TIMEOUT_S
    answer_timeout_s: float = ANSWER_TIMEOUT_S
    cafile: str | None = None  # a sandbox's own CA; default: the system's trust store

    def __post_init__(self) -> None:
        parts = urlsplit(self.url)
        if parts.scheme not in ("https", "http") or not parts.hostname:
            raise ValueError("qr.gateway.bad_url")
        if parts.scheme == "http" and parts.hostname not in ("127.0.0.1", "localhost", "::1"):
            raise ValueError("qr.gateway.http_not_local")

    @property
    def base_path(self) -> str:
        return urlsplit(self.url).path.rstrip("/")


def _connection(gateway: Gateway) -> http.client.HTTPConnection:
    parts = urlsplit(gateway.url)
    host = parts.hostname or ""
    if parts.scheme == "https":
        context = ssl.create_default_context(cafile=gateway.cafile)  # verifies cert and name
        return http.client.HTTPSConnection(
            host, parts.port or 443, timeout=gateway.connect_timeout_s, context=context
        )
    return http.client.HTTPConnection(host, parts.port or 80, timeout=gateway.connect_timeout_s)


def exchange(
    gateway: Gateway, method: str, path: str, body: bytes, headers: dict[str, str]
) -> RawAnswer:
    """Send one request on a fresh connection and read the whole answer.

    NotSent: the connection (or the TLS handshake) failed, nothing was written.
    OutcomeUnknown: it was written, and no complete answer came back.
    """
    conn = _connection(gateway)
    try:
        try:
            conn.connect()
        except ssl.SSLError as exc:
            raise NotSent("qr.net.tls", type(exc).__name__) from exc
        except (TimeoutError, socket.gaierror, OSError) as exc:
            raise NotSent("qr.net.unreachable", type(exc).__name__) from exc
        if conn.sock is not None:
            conn.sock.settimeout(gateway.answer_timeout_s)
        try:
            conn.request(method, path, body=body or None, headers=headers)
            response = conn.getresponse()
            data = response.read()
        except (TimeoutError, OSError, http.client.HTTPException) as exc:
            raise OutcomeUnknown("qr.net.no_answer", type(exc).__name__) from exc
        return RawAnswer(status=response.status, body=data, headers=tuple(response.getheaders()))
    finally:
        conn.close()
