"""The two providers' signatures: SHA256withRSA (PKCS#1 v1.5), over the strings each one defines.

支付宝 signs the sorted `k=v&…` string of the request's parameters and, in an answer, the exact
text of the `<method>_response` object; 微信支付 APIv3 signs newline-joined lines. Keys are PEM
(PKCS#1 or PKCS#8, or 支付宝's bare base64 as its key tool prints it).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import re

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa


class UnreadableKey(ValueError):
    """A key or certificate that cannot be read (wrong file, damaged, not RSA)."""


def _wrap(text: str, kind: str) -> bytes:
    """PEM-wrap the bare base64 that 支付宝's key tool and portal hand out."""
    body = re.sub(r"\s+", "", text)
    lines = "\n".join(body[i : i + 64] for i in range(0, len(body), 64))
    return f"-----BEGIN {kind}-----\n{lines}\n-----END {kind}-----\n".encode()


def load_private_key(data: bytes | str) -> rsa.RSAPrivateKey:
    raw = data.encode() if isinstance(data, str) else data
    if b"-----BEGIN" not in raw:
        raw = _wrap(raw.decode("ascii", "replace"), "PRIVATE KEY")
    try:
        key = serialization.load_pem_private_key(raw, password=None)
    except (ValueError, TypeError) as exc:
        raise UnreadableKey("qr.key.private_unreadable") from exc
    if not isinstance(key, rsa.RSAPrivateKey):
        raise UnreadableKey("qr.key.not_rsa")
    return key


def load_public_key(data: bytes | str) -> tuple[rsa.RSAPublicKey, str]:
    """An RSA public key from a PEM public key, an X.509 certificate or bare base64; with the
    certificate's serial number in upper-case hex ("" for a bare key)."""
    raw = data.encode() if isinstance(data, str) else data
    if b"-----BEGIN" not in raw:
        raw = _wrap(raw.decode("ascii", "replace"), "PUBLIC KEY")
    try:
        if b"CERTIFICATE" in raw:
            cert = x509.load_pem_x509_certificate(raw)
            key = cert.public_key()
            serial = format(cert.serial_number, "X")
        else:
            key = serialization.load_pem_public_key(raw)  # type: ignore[assignment]
            serial = ""
    except (ValueError, TypeError) as exc:
        raise UnreadableKey("qr.key.public_unreadable") from exc
    if not isinstance(key, rsa.RSAPublicKey):
        raise UnreadableKey("qr.key.not_rsa")
    return key, serial


def fingerprint(key: rsa.RSAPublicKey) -> str:
    """SHA-256 over the key's DER SubjectPublicKeyInfo, as 64 hex digits in pairs (shown to staff
    so that they can compare it with the provider's portal or their own `openssl` output)."""
    der = key.public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    digest = hashlib.sha256(der).hexdigest().upper()
    return ":".join(digest[i : i + 2] for i in range(0, 64, 2))


def sign(key: rsa.RSAPrivateKey, message: bytes) -> str:
    signature = key.sign(message, padding.PKCS1v15(), hashes.SHA256())
    return base64.b64encode(signature).decode("ascii")


def verify(key: rsa.RSAPublicKey, message: bytes, signature_b64: str) -> bool:
    try:
        signature = base64.b64decode(signature_b64, validate=True)
    except (binascii.Error, ValueError):
        return False
    try:
        key.verify(signature, message, padding.PKCS1v15(), hashes.SHA256())
    except InvalidSignature:
        return False
    return True


# --- 支付宝 -----------------------------------------------------------------------------------


def alipay_sign_content(params: dict[str, str]) -> str:
    """The string 支付宝 signs: every non-empty parameter but `sign`, sorted by name (byte
    order), joined `k=v&…`, values not URL-encoded."""
    items = sorted((k, v) for k, v in params.items() if k != "sign" and v != "")
    return "&".join(f"{k}={v}" for k, v in items)


def top_level_spans(text: str) -> dict[str, tuple[int, int]]:
    """Where each top-level member's value sits in a JSON object's text, as (start, end).

    支付宝 signs the `<method>_response` object's characters exactly as sent, so the checker
    must cut them out of the raw text, not re-serialise a parsed copy. JSON's own decoder
    finds each value's end, so braces inside strings cannot fool it.
    """
    decoder = json.JSONDecoder()
    spans: dict[str, tuple[int, int]] = {}
    ws = re.compile(r"[ \t\n\r]*")
    i = ws.match(text, 0).end()  # type: ignore[union-attr]
    if i >= len(text) or text[i] != "{":
        raise ValueError("not a JSON object")
    i = ws.match(text, i + 1).end()  # type: ignore[union-attr]
    if i < len(text) and text[i] == "}":
        return spans
    while True:
        key, i = decoder.raw_decode(text, i)
        if not isinstance(key, str):
            raise ValueError("object key is not a string")
        i = ws.match(text, i).end()  # type: ignore[union-attr]
        if text[i : i + 1] != ":":
            raise ValueError("':' expected")
        start = ws.match(text, i + 1).end()  # type: ignore[union-attr]
        _, end = decoder.raw_decode(text, start)
        spans[key] = (start, end)
        i = ws.match(text, end).end()  # type: ignore[union-attr]
        if text[i : i + 1] == ",":
            i = ws.match(text, i + 1).end()  # type: ignore[union-attr]
            continue
        if text[i : i + 1] == "}":
            return spans
        raise ValueError("',' or '}' expected")


# --- 微信支付 APIv3 ---------------------------------------------------------------------------


def wechat_request_message(
    method: str, path_and_query: str, timestamp: str, nonce: str, body: str
) -> bytes:
    """HTTP method, URL path with its query, timestamp, nonce, body: each followed by \\n."""
    return f"{method}\n{path_and_query}\n{timestamp}\n{nonce}\n{body}\n".encode()


def wechat_answer_message(timestamp: str, nonce: str, body: bytes) -> bytes:
    return timestamp.encode() + b"\n" + nonce.encode() + b"\n" + body + b"\n"


def wechat_authorization(
    mchid: str, serial_no: str, nonce: str, timestamp: str, signature: str
) -> str:
    return (
        f'WECHATPAY2-SHA256-RSA2048 mchid="{mchid}",nonce_str="{nonce}",'
        f'signature="{signature}",timestamp="{timestamp}",serial_no="{serial_no}"'
    )


def parse_wechat_authorization(header: str) -> dict[str, str]:
    """The simulator's side: the fields of an Authorization header ({} when not ours)."""
    scheme, _, rest = header.partition(" ")
    if scheme != "WECHATPAY2-SHA256-RSA2048":
        return {}
    return dict(re.findall(r'(\w+)="([^"]*)"', rest))
