"""How money goes back: every channel that step 5 can move money through.

`card/` holds the card-terminal protocols (POS Integrado, and plug-in drivers), each with its
simulator; `qr/` the QR providers (支付宝, 微信支付) with theirs. Step 5 itself, with its intents
and reconciliation, is in app/workflow/.
"""
