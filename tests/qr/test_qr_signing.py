"""The signature code against the providers' published examples, and against openssl."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
from pathlib import Path

import pytest

from app.payments.qr import signing
from app.payments.qr.sim_server import private_pem, public_pem

VECTORS = Path(__file__).parent / "vectors"
needs_openssl = pytest.mark.skipif(shutil.which("openssl") is None, reason="no openssl CLI")


def test_wechat_request_signature_matches_the_documented_example() -> None:
    """微信支付's "生成请求签名" walk-through: its test key (apiclient_test_key.pem), the
    JSAPI order example, and the signature the document prints."""
    key = signing.load_private_key((VECTORS / "wechat_doc_test_key.pem").read_bytes())
    body = (
        '{"appid":"wxd678efh567hg6787","mchid":"1230000109","description":"Image形象店-深圳腾大-QQ公仔",'
        '"out_trade_no":"1217752501201407033233368018","notify_url":"https://www.weixin.qq.com/wxpay/pay.php",'
        '"amount":{"total":100,"currency":"CNY"},"payer":{"openid":"oUpF8uMuAJO_M2pxb1Q9zNjWeS6o"}}'
    )
    message = signing.wechat_request_message(
        "POST", "/v3/pay/transactions/jsapi", "1554208460", "593BEC0C930BF1AFEB40B4A08C8FB242", body
    )
    assert signing.sign(key, message) == (VECTORS / "wechat_doc_signature.txt").read_text().strip()
    header = signing.wechat_authorization(
        "1230000109", "1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C", "N", "1554208460", "S"
    )
    assert header.startswith('WECHATPAY2-SHA256-RSA2048 mchid="1230000109",nonce_str="N"')
    assert signing.parse_wechat_authorization(header)["serial_no"] == (
        "1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C"
    )


def test_alipay_sign_content_matches_the_documented_example() -> None:
    """支付宝 "自行实现签名": the sorted string the document shows for its menu example."""
    params = {
        "app_id": "2014072300007148",
        "method": "alipay.mobile.public.menu.add",
        "charset": "GBK",
        "sign_type": "RSA2",
        "timestamp": "2014-07-24 03:07:50",
        "biz_content": (VECTORS / "alipay_doc_biz_content.json").read_text("utf-8").strip(),
        "version": "1.0",
        "sign": "not part of it",
        "notify_url": "",  # empty values are left out
    }
    expected = (VECTORS / "alipay_doc_sign_content.txt").read_text("utf-8").strip()
    assert signing.alipay_sign_content(params) == expected


@needs_openssl
def test_rsa2_signature_equals_openssls_and_openssl_verifies_ours(tmp_path: Path) -> None:
    key = signing.load_private_key((VECTORS / "wechat_doc_test_key.pem").read_bytes())
    message = 'app_id=2014072300007148&biz_content={"a":"中文"}&charset=utf-8'.encode()
    (tmp_path / "k.pem").write_bytes(private_pem(key))
    (tmp_path / "pub.pem").write_bytes(public_pem(key.public_key()))
    (tmp_path / "m").write_bytes(message)
    theirs = subprocess.run(
        ["openssl", "dgst", "-sha256", "-sign", str(tmp_path / "k.pem"), str(tmp_path / "m")],
        capture_output=True,
        check=True,
    ).stdout
    import base64

    ours = signing.sign(key, message)
    assert base64.b64decode(ours) == theirs
    (tmp_path / "sig").write_bytes(base64.b64decode(ours))
    check = subprocess.run(
        ["openssl", "dgst", "-sha256", "-verify", str(tmp_path / "pub.pem"), "-signature",
         str(tmp_path / "sig"), str(tmp_path / "m")],
        capture_output=True,
    )  # fmt: skip
    assert check.returncode == 0, check.stdout + check.stderr
    assert signing.verify(key.public_key(), message, base64.b64encode(theirs).decode())
    assert not signing.verify(key.public_key(), message + b"x", ours)
    assert not signing.verify(key.public_key(), message, "not base64!!")


@needs_openssl
def test_fingerprint_is_sha256_of_the_der_public_key_as_openssl_prints_it(tmp_path: Path) -> None:
    key = signing.load_private_key((VECTORS / "wechat_doc_test_key.pem").read_bytes())
    (tmp_path / "pub.pem").write_bytes(public_pem(key.public_key()))
    der = subprocess.run(
        ["openssl", "pkey", "-pubin", "-in", str(tmp_path / "pub.pem"), "-outform", "DER"],
        capture_output=True,
        check=True,
    ).stdout
    expected = hashlib.sha256(der).hexdigest().upper()
    assert signing.fingerprint(key.public_key()).replace(":", "") == expected


def test_bare_base64_keys_as_the_alipay_key_tool_prints_them_load() -> None:
    pem = (VECTORS / "wechat_doc_test_key.pem").read_text()
    key = signing.load_private_key(pem)
    bare_public = "".join(public_pem(key.public_key()).decode().splitlines()[1:-1])
    loaded, serial = signing.load_public_key(bare_public)
    assert serial == ""
    assert loaded.public_numbers() == key.public_key().public_numbers()
    with pytest.raises(signing.UnreadableKey):
        signing.load_private_key(b"-----BEGIN PRIVATE KEY-----\nbroken\n-----END PRIVATE KEY-----")
    with pytest.raises(signing.UnreadableKey):
        signing.load_public_key("@@@ not a key")


def test_response_spans_are_cut_from_the_raw_text_not_reserialised() -> None:
    # A `}` inside a string, unusual spacing and a nested object: the span is the exact text.
    text = '{ "alipay_trade_query_response" : {"msg":"a}b{","x":{"y":[1,2]}} ,"sign":"S=="}'
    spans = signing.top_level_spans(text)
    start, end = spans["alipay_trade_query_response"]
    assert text[start:end] == '{"msg":"a}b{","x":{"y":[1,2]}}'
    assert text[slice(*spans["sign"])] == '"S=="'
    with pytest.raises(ValueError):
        signing.top_level_spans("[1,2]")
    with pytest.raises(ValueError):
        signing.top_level_spans('{"a":1 "b":2}')
