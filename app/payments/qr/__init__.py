"""QR providers (支付宝 当面付, 微信支付 APIv3): where a scanned payment's money really is.

`base.py` is the one interface step 5 calls (`QrProvider`) with its typed answers and errors;
`alipay.py` and `wechat.py` are the clients, `sim_*.py` their simulators, `config.py` the
store's provider settings and `keys.py` where the merchant's private keys live.
"""

from app.payments.qr import codes as _codes  # noqa: F401  (registers the qr.* messages)
