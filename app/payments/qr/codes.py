"""What the QR providers' answers mean, in plain words (zh_CN first, English second).

A provider's refusal code (支付宝 sub_code, 微信 error code) maps to `qr.refused.<code>`; an
unknown code gets a fallback that names it.
"""

from __future__ import annotations

from app.messages import register

MESSAGES: dict[str, tuple[str, str]] = {
    # never sent: safe to try again
    "qr.net.unreachable": (
        "连不上{provider}（网络不通或网关地址不对）。请求没有发出，钱没有动。请检查网络，联网后再试。",
        "Cannot reach {provider} (no network, or a wrong gateway address). Nothing was sent and no money moved; try again once online.",
    ),
    "qr.net.tls": (
        "与{provider}的安全连接失败（证书校验不通过）。请求没有发出。请检查电脑时间和网关地址。",
        "The secure connection to {provider} failed (certificate check). Nothing was sent. Check the PC's clock and the gateway address.",
    ),
    # sent, outcome unknown: query decides
    "qr.net.no_answer": (
        "请求已发出，但{provider}没有应答（超时或连接中断）。结果未知：系统会先查单，再决定下一步，绝不会重复退款。",
        "The request went out but {provider} did not answer (timeout or dropped). Outcome unknown: it will query first and never refund twice.",
    ),
    "qr.net.server_error": (
        "{provider}系统繁忙（服务器错误 {detail}）。结果未知：系统会先查单再继续。",
        "{provider} had a server error ({detail}). Outcome unknown: it will query before going on.",
    ),
    "qr.alipay.busy": (
        "支付宝系统繁忙（{detail}）。结果未知：系统会先查单再继续，不会重复退款。",
        "Alipay is busy ({detail}). Outcome unknown: it will query before going on and never refund twice.",
    ),
    "qr.alipay.retry": (
        "支付宝要求稍后再次撤销（retry_flag=Y）。结果未知：系统会先查单再继续。",
        "Alipay asks to cancel again later (retry_flag=Y). Outcome unknown: it will query before going on.",
    ),
    "qr.wechat.system_error": (
        "微信支付系统异常（SYSTEM_ERROR）。结果未知：系统会先查单再继续。",
        "WeChat Pay reported SYSTEM_ERROR. Outcome unknown: it will query before going on.",
    ),
    "qr.answer.bad_signature": (
        "{provider}的应答签名校验不通过（{detail}）。此应答不可信，按结果未知处理：请核对设置中的{provider}公钥/平台证书。",
        "{provider}'s answer failed its signature check ({detail}). It is not trusted and treated as unknown: check the provider key in settings.",
    ),
    "qr.answer.unreadable": (
        "{provider}的应答无法识别（{detail}）。按结果未知处理，系统会再次查单。",
        "{provider}'s answer could not be read ({detail}). Treated as unknown; it will query again.",
    ),
    # configuration
    "qr.gateway.bad_url": (
        "网关地址不对：须以 https:// 开头（模拟器可用 http://127.0.0.1:端口）。",
        "Bad gateway address: it must start with https:// (the simulator may use http://127.0.0.1:PORT).",
    ),
    "qr.gateway.http_not_local": (
        "只有本机模拟器可以用 http://；真实网关必须用 https://。",
        "Only the local simulator may use http://; a real gateway needs https://.",
    ),
    "qr.key.private_unreadable": (
        "商户私钥文件无法读取：请选择 PEM 格式的 RSA 私钥（如 apiclient_key.pem 或 应用私钥）。",
        "The merchant private key cannot be read: choose a PEM RSA private key (apiclient_key.pem, or the app private key).",
    ),
    "qr.key.public_unreadable": (
        "公钥/证书文件无法读取：请选择支付宝公钥或微信支付平台证书（PEM）。",
        "The public key / certificate cannot be read: choose the Alipay public key or the WeChat Pay platform certificate (PEM).",
    ),
    "qr.key.not_rsa": (
        "密钥不是 RSA 密钥，请换正确的文件。",
        "The key is not an RSA key; choose the right file.",
    ),
    "qr.key.missing.alipay": (
        "本机找不到支付宝应用私钥（钥匙串或密钥文件中都没有）。请管理员在“扫码支付设置”中重新导入。",
        "No Alipay app private key on this PC (neither keyring nor key file). An admin must import it again in QR settings.",
    ),
    "qr.key.missing.wechat": (
        "本机找不到微信支付商户私钥（钥匙串或密钥文件中都没有）。请管理员在“扫码支付设置”中重新导入。",
        "No WeChat Pay merchant private key on this PC (neither keyring nor key file). An admin must import it again in QR settings.",
    ),
    "qr.not_configured.alipay": (
        "支付宝尚未设置。请管理员在“扫码支付设置”中填写；未设置前，此单只能在支付宝商家后台手工处理。",
        "Alipay is not set up. An admin must set it up; until then this order is handled by hand in the Alipay merchant portal.",
    ),
    "qr.not_configured.wechat": (
        "微信支付尚未设置。请管理员在“扫码支付设置”中填写；未设置前，此单只能在微信支付商户平台手工处理。",
        "WeChat Pay is not set up. An admin must set it up; until then this order is handled by hand in the WeChat Pay merchant platform.",
    ),
    "qr.setup.merchant_id": (
        "商户 ID 格式不对：支付宝填应用 app_id，微信支付填商户号，都只含数字。",
        "Bad merchant id: the Alipay app_id or the WeChat Pay mchid, digits only.",
    ),
    "qr.setup.appid": (
        "AppID 格式不对：以 wx 开头的 18 位（在微信支付商户平台“AppID 账号管理”中查看）。",
        "Bad AppID: 18 characters starting with wx (see AppID management in the merchant platform).",
    ),
    "qr.setup.serial_no": (
        "商户 API 证书序列号格式不对：十六进制数字（在商户平台“API 安全”中查看）。",
        "Bad merchant certificate serial: hexadecimal (see API security in the merchant platform).",
    ),
    "qr.setup.provider_key_id": (
        "请填写平台证书序列号或微信支付公钥 ID（选择平台证书文件时会自动读出）。",
        "Give the platform certificate serial or the WeChat Pay public key ID (read from a certificate file by itself).",
    ),
    "qr.refused.fallback": (
        "{provider}拒绝了请求（代码 {code}）：{detail}。钱没有动。请按提示处理，或在商户后台查看。",
        "{provider} refused the request (code {code}): {detail}. No money moved. Follow the hint or look in the merchant portal.",
    ),
    # refusals (支付宝 sub_code)
    "qr.refused.ACQ.TRADE_NOT_EXIST": (
        "支付宝没有这笔交易：顾客没有被扣款。请核对单号。",
        "Alipay has no such trade: the customer was not charged. Check the order number.",
    ),
    "qr.refused.ACQ.TRADE_HAS_SUCCESS": (
        "这笔交易已付款成功，不能按未付款关闭：请走退款。",
        "The trade is already paid; it cannot be closed as unpaid: refund it.",
    ),
    "qr.refused.ACQ.REASON_TRADE_BEEN_FREEZEN": (
        "这笔交易已被支付宝冻结，现在不能退。请联系支付宝客服或在商户后台处理。",
        "Alipay has frozen this trade; it cannot be refunded now. Call Alipay or use the merchant portal.",
    ),
    "qr.refused.ACQ.SELLER_BALANCE_NOT_ENOUGH": (
        "商户支付宝账户余额不足，退款没有成功。请先给账户充值再重试。",
        "The merchant's Alipay balance is too low; the refund did not happen. Top up the account, then retry.",
    ),
    "qr.refused.ACQ.REFUND_AMT_NOT_EQUAL_TOTAL": (
        "退款金额超过可退金额，退款没有成功。请核对已退金额后改正金额。",
        "The refund exceeds what is left to refund; it did not happen. Check what was already refunded.",
    ),
    "qr.refused.ACQ.TRADE_HAS_FINISHED": (
        "交易已完结，不能再退款。请联系支付宝或收单机构处理。",
        "The trade is finished and can no longer be refunded. Handle it with Alipay or the acquirer.",
    ),
    "qr.refused.ACQ.TRADE_HAS_CLOSE": (
        "交易已关闭，不能退款（未付款或已全额退款）。",
        "The trade is closed and cannot be refunded (unpaid, or already refunded in full).",
    ),
    "qr.refused.ACQ.TRADE_STATUS_ERROR": (
        "交易状态不允许此操作。请先查单，按查单结果处理。",
        "The trade's state does not allow this. Query it and act on the answer.",
    ),
    "qr.refused.ACQ.DISCORDANT_REPEAT_REQUEST": (
        "同一退款请求号已用于不同金额的退款。请查单核对，不要换号重退。",
        "This refund number was already used with another amount. Query and check; never retry under a new number.",
    ),
    "qr.refused.ACQ.TRADE_NOT_ALLOW_REFUND": (
        "这笔交易不允许退款。请在商户后台查看或联系支付宝。",
        "This trade may not be refunded. Look in the merchant portal or call Alipay.",
    ),
    "qr.refused.isv.invalid-signature": (
        "支付宝拒绝了本店的签名：请检查应用私钥与上传到支付宝的应用公钥是否一对。",
        "Alipay refused our signature: check that the app private key matches the app public key uploaded to Alipay.",
    ),
    "qr.refused.isv.invalid-app-id": (
        "支付宝应用 ID（app_id）不对，请在设置中核对。",
        "The Alipay app_id is wrong; check it in settings.",
    ),
    # refusals (微信 error code)
    "qr.refused.ORDER_NOT_EXIST": (
        "微信支付没有这笔订单：顾客没有被扣款。请核对单号。",
        "WeChat Pay has no such order: the customer was not charged. Check the order number.",
    ),
    "qr.refused.NOT_ENOUGH": (
        "商户微信支付账户余额不足，退款没有成功。请先充值再重试。",
        "The merchant's WeChat Pay balance is too low; the refund did not happen. Top up, then retry.",
    ),
    "qr.refused.INVALID_REQUEST": (
        "微信支付不接受此请求：{detail}。钱没有动。",
        "WeChat Pay did not accept the request: {detail}. No money moved.",
    ),
    "qr.refused.SIGN_ERROR": (
        "微信支付拒绝了本店的签名：请检查商户私钥和证书序列号。",
        "WeChat Pay refused our signature: check the merchant private key and its serial number.",
    ),
    "qr.refused.PARAM_ERROR": (
        "请求参数不对：{detail}。钱没有动。",
        "Bad request parameters: {detail}. No money moved.",
    ),
    "qr.refused.FREQUENCY_LIMITED": (
        "请求太频繁，微信支付暂时拒绝。钱没有动，请稍后再试。",
        "Too many requests; WeChat Pay refused for now. No money moved; try again later.",
    ),
    "qr.refused.NO_AUTH": (
        "本商户号没有开通此功能，请在微信支付商户平台开通。",
        "This merchant has no permission for this; enable it on the WeChat Pay merchant platform.",
    ),
    "qr.refused.USER_ACCOUNT_ABNORMAL": (
        "顾客的微信账户异常，无法原路退回。请在商户平台按异常退款处理。",
        "The customer's WeChat account is abnormal; the money cannot go back the same way. Handle it as an abnormal refund in the portal.",
    ),
    "qr.refused.TRADE_ERROR": (
        "交易状态不允许撤销（可能已超过 7 天）：请走退款。",
        "The trade cannot be reversed (perhaps over 7 days old): refund it.",
    ),
    # states in the cashier's words
    "qr.state.PAID": ("已扣款", "Charged"),
    "qr.state.FINISHED": (
        "已扣款（交易已结束，不可退款）",
        "Charged (trade finished, not refundable)",
    ),
    "qr.state.NOT_PAID": ("未扣款", "Not charged"),
    "qr.state.PAYING": ("顾客支付中", "Customer still paying"),
    "qr.state.CLOSED": ("已关闭", "Closed"),
    "qr.state.REVOKED": ("已撤销", "Reversed"),
    "qr.state.REFUNDED": ("已转入退款", "Refunded"),
    "qr.state.NOT_FOUND": ("无此交易（未扣款）", "No such trade (not charged)"),
    "qr.refund.SUCCESS": ("退款成功", "Refunded"),
    "qr.refund.PROCESSING": ("退款处理中", "Refund in progress"),
    "qr.refund.CLOSED": ("退款关闭（未退）", "Refund closed (not refunded)"),
    "qr.refund.ABNORMAL": (
        "退款异常，请在商户后台处理",
        "Refund abnormal: handle it in the portal",
    ),
    "qr.refund.NOT_FOUND": ("无此退款（未退）", "No such refund (not refunded)"),
    # step 5 through a provider (app/payments/qr/channel.py)
    "qr.no_out_trade_no": (
        "此挂单没有记录收银机的商户订单号（out_trade_no），无法向渠道查单。请升级处理，由主管补录。",
        "This order has no out_trade_no from the till, so the provider cannot be asked. Escalate so a lead can add it.",
    ),
    "qr.offline": (
        "连不上{provider}：等待联网。钱没有动；您可以先关闭向导，联网后点“重新查单”继续。",
        "Cannot reach {provider}: waiting for the network. No money moved; close the wizard if you like and press Query again once online.",
    ),
    "qr.query_failed": (
        "向{provider}查单没有得到可信的答复：{detail}。请稍后再试。",
        "Querying {provider} gave no trustworthy answer: {detail}. Try again later.",
    ),
    "qr.amount_mismatch": (
        "{provider}记录的金额 {theirs} 与收银机的 {till} 不符：请升级处理，由主管核实。",
        "{provider} has {theirs} but the till has {till}: escalate so a lead can check.",
    ),
    "qr.merchant_mismatch": (
        "{provider}说这笔交易属于商户 {theirs}，不是本店的 {mine}：不能操作，请升级处理。",
        "{provider} says the trade belongs to merchant {theirs}, not ours ({mine}): escalate.",
    ),
    "qr.nothing_to_do.CLOSED": (
        "{provider}显示交易已关闭：钱没有扣或已全额退回，无需撤销。请按查单结果结案。",
        "{provider} shows the trade closed: nothing to cancel. Close the case with the query as evidence.",
    ),
    "qr.nothing_to_do.REVOKED": (
        "{provider}显示交易已撤销：无需再撤销。请按查单结果结案。",
        "{provider} shows the trade reversed already: close the case with the query as evidence.",
    ),
    "qr.nothing_to_do.NOT_FOUND": (
        "{provider}没有这笔交易：顾客没有被扣款，无需撤销。请按查单结果结案。",
        "{provider} has no such trade: the customer was not charged. Close the case with the query as evidence.",
    ),
    "qr.cancel_not_allowed": (
        "{provider}已不允许撤销这笔已付款交易（超过撤销期限）：请走退款。",
        "{provider} no longer allows cancelling this paid trade (past the window): refund it.",
    ),
    "qr.void_done": (
        "渠道已撤销（查单确认）。",
        "Cancelled at the provider (confirmed by a query).",
    ),
    "qr.void_unconfirmed": (
        "{provider}回了撤销，但查单还没有确认。系统会再次查单，以查单结果为准。",
        "{provider} answered the cancel but the query does not confirm it yet; the query decides.",
    ),
    "qr.void_did_nothing": (
        "{provider}回了撤销成功，但查单显示钱仍在商户：撤销没有生效，钱没有退回。请改走退款或稍后重试。",
        "{provider} said the cancel succeeded but the query shows the money still with the merchant: nothing moved. Refund instead, or retry.",
    ),
    "qr.refund_not_received": (
        "{provider}查不到这笔退款：可能还没收到。系统会用同一个退款单号重发，绝不会重复退款。",
        "{provider} has no record of this refund yet; it will be sent again under the same refund number, never twice.",
    ),
    "qr.refund_not_possible.NOT_PAID": (
        "{provider}：顾客没有被扣款，无需退款：请走撤销（关闭交易）或结案。",
        "{provider}: The customer was not charged: nothing to refund.",
    ),
    "qr.refund_not_possible.PAYING": (
        "{provider}：顾客仍在支付中，还不能退款：请稍后查单。",
        "{provider}: The customer is still paying: query again later.",
    ),
    "qr.refund_not_possible.CLOSED": (
        "{provider}：交易已关闭（未付款或已全额退款），不能再退款。",
        "{provider}: The trade is closed (unpaid or refunded in full): nothing left to refund.",
    ),
    "qr.refund_not_possible.REVOKED": (
        "{provider}：交易已撤销，不能再退款。",
        "{provider}: The trade was reversed: nothing left to refund.",
    ),
    "qr.refund_not_possible.NOT_FOUND": (
        "{provider}：渠道没有这笔交易：顾客没有被扣款。",
        "{provider}: The provider has no such trade: the customer was not charged.",
    ),
    "qr.refund_not_possible.FINISHED": (
        "{provider}：交易已结束，渠道不再允许退款：请联系收单机构。",
        "{provider}: The trade is finished; the provider allows no refund: handle it with the acquirer.",
    ),
    # import and manual entry of QR orders
    "import.channel_funding": (
        "支付渠道与交易资金不符：刷卡终端只用于信用卡/借记卡，其他渠道须为扫码。",
        "The channel does not match the funding: the card terminal is for cards, every other channel is QR.",
    ),
    "import.out_trade_no_required": (
        "支付宝/微信支付的挂单必须填商户订单号（out_trade_no，收银机发给渠道的单号），否则无法查单。",
        "An Alipay / WeChat Pay order needs the out_trade_no (the till's number at the provider), or it cannot be queried.",
    ),
    "import.bad_out_trade_no": (
        "商户订单号只能含字母、数字和 _-*，最长 64 位。",
        "The out_trade_no has letters, digits and _-* only, at most 64.",
    ),
    "import.out_trade_no_wechat": (
        "微信支付的商户订单号最长 32 位。",
        "A WeChat Pay out_trade_no has at most 32 characters.",
    ),
    "channel.CARD_TERMINAL": ("刷卡终端", "Card terminal"),
    "channel.QR_TERMINAL": ("终端扫码", "QR on the terminal"),
    "channel.QR_ALIPAY": ("支付宝", "Alipay"),
    "channel.QR_WECHAT": ("微信支付", "WeChat Pay"),
    "channel.QR_OTHER": ("其他扫码", "Other QR"),
    "qr.portal_only": (
        "本店没有设置{provider}接口：此单不能从收银机撤销，也绝不会发到刷卡终端。请在{provider}商家后台（App 或网页）手工撤销/退款，截图作为凭证，再由主管输入 PIN 确认。",
        "{provider} is not set up here: this order cannot be cancelled from the till and never goes to the card terminal. Do it by hand in the {provider} merchant portal, keep a screenshot as evidence, and have a lead confirm with their PIN.",
    ),
    "qr.provider.other": ("扫码渠道", "the QR provider"),
    # step 1: what the provider's answer means (app/payments/qr/step1.py)
    "qr.verdict.paid_cancel": (
        "渠道显示已扣款：可以撤销，钱原路退回顾客。",
        "The provider shows the customer charged: it can be cancelled, the money goes back the same way.",
    ),
    "qr.verdict.paid_refund": (
        "渠道显示已扣款，但已过撤销期限：须走退款（须审批）。",
        "The provider shows the customer charged, past the cancel window: it needs a refund (with approval).",
    ),
    "qr.verdict.partly_refunded": (
        "渠道显示已扣款，本店已退过一部分：其余金额只能走退款（须审批），累计不超过实付金额。",
        "The provider shows the customer charged and part of it already refunded: the rest can only go back by refund (with approval), never more than was paid in all.",
    ),
    "qr.verdict.unpaid.NOT_PAID": (
        "渠道显示未扣款：撤销只会关闭这笔交易，没有钱要退。请告诉顾客，申请表上也会注明。",
        "The provider shows the customer not charged: cancelling only closes the trade, no money moves. Tell the customer; the form says so too.",
    ),
    "qr.verdict.unpaid.PAYING": (
        "顾客仍在支付中（未扣款）：撤销会关闭交易，顾客不会被扣款。",
        "The customer is still paying (not charged): cancelling closes the trade and nothing will be charged.",
    ),
    "qr.verdict.nothing.CLOSED": (
        "渠道显示交易已关闭：无需处理。可按查单结果结案。",
        "The provider shows the trade closed: nothing to do. Close the case with the query as evidence.",
    ),
    "qr.verdict.nothing.REVOKED": (
        "渠道显示交易已撤销：无需处理。可按查单结果结案。",
        "The provider shows the trade reversed: nothing to do. Close the case with the query as evidence.",
    ),
    "qr.verdict.nothing.REFUNDED": (
        "渠道显示交易已退款：无需处理。可按查单结果结案。",
        "The provider shows the trade refunded: nothing to do. Close the case with the query as evidence.",
    ),
    "qr.verdict.nothing.NOT_FOUND": (
        "渠道没有这笔交易：顾客没有被扣款，无需处理。可按查单结果结案。",
        "The provider has no such trade: the customer was not charged. Close the case with the query as evidence.",
    ),
    "qr.verdict.finished": (
        "交易已结束，渠道不再允许退款：请升级处理，联系收单机构。",
        "The trade is finished and can no longer be refunded: escalate and handle it with the acquirer.",
    ),
    "qr.verdict.amount_mismatch": (
        "渠道记录的金额与收银机不符：请升级处理。",
        "The provider's amount differs from the till's: escalate.",
    ),
    "qr.verdict.merchant_mismatch": (
        "渠道说这笔交易属于另一个商户：请升级处理。",
        "The provider says the trade belongs to another merchant: escalate.",
    ),
    "qr.verdict.query_first": (
        "扫码挂单须先向渠道查单，再确认。请点击“查单”。",
        "A QR order is checked with the provider first: press Query.",
    ),
    "qr.verdict.close_instead": (
        "渠道显示无需撤销：请按查单结果结案，而不是继续撤销。",
        "The provider shows nothing to cancel: close the case with its answer instead.",
    ),
    "qr.verdict.escalate": (
        "渠道的记录与收银机不符：请升级处理，由主管核实。",
        "The provider's record differs from the till's: escalate so a lead can check.",
    ),
    "qr.verdict.not_closable": (
        "只有渠道查单显示无需处理时，才能按查单结果结案。",
        "A case closes on the provider's answer only when that answer says there is nothing to do.",
    ),
    "qr.provider.alipay": ("支付宝", "Alipay"),
    "qr.provider.wechat": ("微信支付", "WeChat Pay"),
}

register(MESSAGES)


def refusal_key(code: str) -> str:
    key = f"qr.refused.{code}"
    return key if key in MESSAGES else "qr.refused.fallback"


def describe(error: object, provider: str, lang: str = "zh_CN") -> str:
    """One plain-words line for a QrError, naming the provider ("alipay" / "wechat")."""
    from app.messages import tr

    key = str(getattr(error, "key", "error.unexpected"))
    params = dict(getattr(error, "params", {}) or {})
    params.setdefault("detail", getattr(error, "detail", "") or "-")
    params["provider"] = tr(f"qr.provider.{provider}", lang)
    return tr(key, lang, **params)
