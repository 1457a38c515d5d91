"""PIN hashing with scrypt (memory-hard) and the store's pepper, checked in constant time.

The pepper (app.store_keys.pin_pepper: OS keyring, never the database) is mixed into the KDF's
input, so that a copy of the database alone does not allow guessing PINs offline. Hashes made
before the pepper existed ("scrypt$…") still check; the sign-in that proves one re-hashes it
with the pepper ("scrypt-p$…", app.users)."""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import re

# n=2**14, r=8 → 16 MiB per hash: slow enough against guessing, quick enough at a sign-in.
_N, _R, _P = 2**14, 8, 1
_PIN_RE = re.compile(r"^\d{6,12}$")
PEPPERED = "scrypt-p"
LEGACY = "scrypt"


def pin_is_valid(pin: str) -> bool:
    return bool(_PIN_RE.match(pin))


def pin_is_trivial(pin: str) -> bool:
    """A PIN anyone would try first: one digit repeated (111111), a run up or down (123456,
    654321, 890123), or a short pattern repeated (121212, 123123)."""
    if not pin_is_valid(pin):
        return False
    digits = [int(c) for c in pin]
    steps = {(b - a) % 10 for a, b in zip(digits, digits[1:], strict=False)}
    if steps <= {0} or steps == {1} or steps == {9}:
        return True
    return any(len(pin) % size == 0 and pin == pin[:size] * (len(pin) // size) for size in (2, 3))


def _kdf_input(pin: str, pepper: bytes) -> bytes:
    return hmac.new(pepper, pin.encode(), hashlib.sha256).digest()


def hash_pin(pin: str, pepper: bytes) -> str:
    salt = os.urandom(16)
    digest = hashlib.scrypt(_kdf_input(pin, pepper), salt=salt, n=_N, r=_R, p=_P, dklen=32)
    b64 = base64.b64encode
    return f"{PEPPERED}${_N}${_R}${_P}${b64(salt).decode()}${b64(digest).decode()}"


def is_peppered(stored: str) -> bool:
    return stored.startswith(PEPPERED + "$")


def check_pin(pin: str, stored: str, pepper: bytes) -> bool:
    try:
        scheme, n, r, p, salt_b64, digest_b64 = stored.split("$")
        salt = base64.b64decode(salt_b64)
        expected = base64.b64decode(digest_b64)
        cost = (int(n), int(r), int(p))
    except ValueError:
        return False
    if scheme == PEPPERED:
        secret = _kdf_input(pin, pepper)
    elif scheme == LEGACY:
        secret = pin.encode()
    else:
        return False
    actual = hashlib.scrypt(secret, salt=salt, n=cost[0], r=cost[1], p=cost[2], dklen=len(expected))
    return hmac.compare_digest(actual, expected)


# Computed once so an unknown user name costs the same time as a wrong PIN.
_DUMMY_HASH: str | None = None


def dummy_check(pin: str) -> None:
    global _DUMMY_HASH
    if _DUMMY_HASH is None:
        _DUMMY_HASH = hash_pin("000000", b"\0" * 32)
    check_pin(pin, _DUMMY_HASH, b"\0" * 32)
