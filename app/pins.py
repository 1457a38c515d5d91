"""PIN hashing with scrypt (memory-hard), checked in constant time."""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import re

# n=2**14, r=8 → 16 MiB per hash: slow enough against guessing, quick enough at a sign-in.
_N, _R, _P = 2**14, 8, 1
_PIN_RE = re.compile(r"^\d{6,12}$")


def pin_is_valid(pin: str) -> bool:
    return bool(_PIN_RE.match(pin))


def hash_pin(pin: str) -> str:
    salt = os.urandom(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=_N, r=_R, p=_P, dklen=32)
    b64 = base64.b64encode
    return f"scrypt${_N}${_R}${_P}${b64(salt).decode()}${b64(digest).decode()}"


def check_pin(pin: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt_b64, digest_b64 = stored.split("$")
    except ValueError:
        return False
    if scheme != "scrypt":
        return False
    salt = base64.b64decode(salt_b64)
    expected = base64.b64decode(digest_b64)
    actual = hashlib.scrypt(
        pin.encode(), salt=salt, n=int(n), r=int(r), p=int(p), dklen=len(expected)
    )
    return hmac.compare_digest(actual, expected)


# Computed once so an unknown user name costs the same time as a wrong PIN.
_DUMMY_HASH: str | None = None


def dummy_check(pin: str) -> None:
    global _DUMMY_HASH
    if _DUMMY_HASH is None:
        _DUMMY_HASH = hash_pin("000000")
    check_pin(pin, _DUMMY_HASH)
