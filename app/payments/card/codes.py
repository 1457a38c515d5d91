"""Plain-words messages for the terminal: response codes, progress and link errors.

Each key maps to (zh_CN, en): what happened, then what the cashier should do.
Response codes follow Transbank's POS Integrado table; the lead merges MESSAGES
into the app-wide catalogue.
"""

from __future__ import annotations

_CLOSE_FIRST = (
    "终端要求先做结算（批次已满或需要日结）。请让值班主管执行“结算批次”，然后重试。",
    "The terminal needs its batch closed first. Ask the shift lead to run Close batch, then try again.",
)
_TOO_MANY = (
    "终端本批次交易笔数已达上限。请让值班主管执行“结算批次”，然后重试。",
    "The terminal's batch is full. Ask the shift lead to run Close batch, then try again.",
)

RESPONSE_CODES: dict[str, tuple[str, str]] = {
    "00": ("交易成功。", "Approved."),
    "01": (
        "交易被拒绝。请顾客换一张卡或改用其他方式付款。",
        "Declined. Ask the customer for another card or another way to pay.",
    ),
    "02": (
        "银行主机没有应答，交易未完成。请稍后重试；多次失败请联系技术支持。",
        "The bank's host did not answer; nothing was done. Try again shortly; if it keeps failing, call tech support.",
    ),
    "03": (
        "终端连不上银行。请检查终端的网线或网络，然后重试。",
        "The terminal could not reach the bank. Check the terminal's network cable, then try again.",
    ),
    "04": (
        "这笔交易已经撤销过了，钱已退回，无需再次撤销。请在系统中记录为已撤销。",
        "This transaction was already voided; the money is back. Do not void it again; record it as voided.",
    ),
    "05": (
        "终端里找不到要撤销的交易（操作号不对，或批次已结算）。请核对操作号；已结算的请走退货流程。",
        "The terminal has no such transaction to void (wrong operation number, or its batch was closed). Check the number; if settled, use the refund route.",
    ),
    "06": (
        "终端不支持这张卡。请顾客换一张卡。",
        "The terminal does not accept this card. Ask for another card.",
    ),
    "07": (
        "交易在终端上被取消了。如需继续，请重新操作。",
        "The transaction was cancelled at the terminal. Start again if needed.",
    ),
    "08": (
        "借记卡交易不能在终端上撤销。请走退货流程。",
        "A debit sale cannot be voided at the terminal. Use the refund route.",
    ),
    "09": (
        "读卡失败。请让顾客重新插卡或刷卡。",
        "The card could not be read. Ask the customer to insert or swipe it again.",
    ),
    "10": (
        "金额低于终端允许的最低金额。请核对金额。",
        "The amount is below the terminal's minimum. Check the amount.",
    ),
    "11": (
        "终端里没有交易记录。没有可查询的交易。",
        "The terminal has no sale on record. There is nothing to look up.",
    ),
    "12": (
        "终端不支持这种交易。请联系技术支持确认终端配置。",
        "The terminal does not support this transaction. Ask tech support to check its setup.",
    ),
    "13": _CLOSE_FIRST,
    "14": (
        "终端没有拨号音，连不上银行。请检查终端的电话线或网络。",
        "The terminal has no dial tone. Check its phone line or network.",
    ),
    "15": (
        "终端缺少图像文件（BITMAP.DAT）。请联系技术支持为终端加载文件。",
        "The terminal is missing its BITMAP.DAT file. Ask tech support to load it.",
    ),
    "16": (
        "银行主机的应答格式有误，交易结果不明。请先查询终端最后一笔交易再决定是否重试。",
        "The bank's answer was malformed; the outcome is unclear. Look up the terminal's last transaction before retrying.",
    ),
    "17": (
        "卡号后四位输入错误。请核对卡号后重试。",
        "The card's last four digits were wrong. Check them and try again.",
    ),
    "18": ("终端菜单选择无效。请重新操作。", "Invalid menu choice on the terminal. Start again."),
    "19": (
        "终端的卡片配置有误。请联系技术支持。",
        "The terminal's card setup is wrong. Call tech support.",
    ),
    "20": ("卡片无效。请顾客换一张卡。", "The card is invalid. Ask for another card."),
    "21": (
        "终端不允许撤销这笔交易。请走退货流程，或联系收单机构。",
        "The terminal does not allow voiding this transaction. Use the refund route or contact the acquirer.",
    ),
    "22": (
        "终端等待超时，交易未完成。请重试。",
        "The terminal timed out; nothing was done. Try again.",
    ),
    "24": (
        "终端打印机缺纸。请装入打印纸后重试。",
        "The terminal's printer is out of paper. Load paper and try again.",
    ),
    "25": (
        "终端日期无效。请联系技术支持校正终端时间。",
        "The terminal's date is invalid. Ask tech support to set its clock.",
    ),
    "26": (
        "终端需要加载密钥。请让值班主管执行“结算批次”或联系技术支持加载密钥。",
        "The terminal needs its keys loaded. Ask the shift lead to close the batch, or tech support to load keys.",
    ),
    "27": (
        "终端需要升级。请联系技术支持。",
        "The terminal needs an update. Call tech support.",
    ),
    "60": ("分期期数有误。请核对后重试。", "Wrong number of instalments. Check and try again."),
    "61": (
        "终端组装请求时出错。请重试；多次失败请联系技术支持。",
        "The terminal failed to build the request. Try again; if it repeats, call tech support.",
    ),
    "62": (
        "终端内置密码键盘故障。请联系技术支持。",
        "The terminal's built-in PIN pad failed. Call tech support.",
    ),
    "65": (
        "终端处理银行应答时出错，交易结果不明。请先查询终端最后一笔交易再决定是否重试。",
        "The terminal failed to process the bank's answer; the outcome is unclear. Look up the last transaction before retrying.",
    ),
    "67": _TOO_MANY,
    "68": ("终端金额输入出错。请重试。", "The terminal failed to take the amount. Try again."),
    "70": (
        "小票号格式有误。请联系技术支持。",
        "The ticket number is malformed. Call tech support.",
    ),
    "71": (
        "打印内容长度有误。请联系技术支持。",
        "The print field has the wrong length. Call tech support.",
    ),
    "72": ("金额必须大于 0。请核对金额。", "The amount must be more than 0. Check it."),
    "73": (
        "终端号未配置。请联系技术支持。",
        "The terminal ID is not configured. Call tech support.",
    ),
    "74": _CLOSE_FIRST,
    "75": (
        "商户未配置可受理的卡种。请联系收单机构。",
        "The merchant has no card types configured. Contact the acquirer.",
    ),
    "76": _TOO_MANY,
    "77": _CLOSE_FIRST,
    "78": ("请顾客插卡、刷卡或挥卡……", "Waiting for the customer's card…"),
    "79": ("请顾客在终端上确认金额……", "Waiting for the customer to confirm the amount…"),
    "80": ("请顾客选择分期……", "Waiting for the customer to choose instalments…"),
    "81": ("请顾客输入密码……", "Waiting for the customer's PIN…"),
    "82": ("正在发送到银行……", "Sending to the bank…"),
    "83": ("请顾客选择信用卡或借记卡……", "Waiting for credit or debit to be chosen…"),
    "84": ("请顾客操作卡片……", "Waiting for the customer to use the card…"),
    "85": ("请顾客选择分期……", "Waiting for instalments to be chosen…"),
    "86": ("请顾客输入分期期数……", "Waiting for the number of instalments…"),
    "87": ("请顾客确认分期……", "Waiting for instalments to be confirmed…"),
    "88": ("分期期数有误。请核对后重试。", "Wrong number of instalments. Check and try again."),
    "93": (
        "交易被拒绝。请顾客换一张卡或改用其他方式付款。",
        "Declined. Ask the customer for another card or another way to pay.",
    ),
    "94": (
        "终端处理应答出错，交易结果不明。请先查询终端最后一笔交易再决定是否重试。",
        "The terminal failed to process the answer; the outcome is unclear. Look up the last transaction before retrying.",
    ),
    "95": (
        "终端打印费率单出错。请检查打印纸，必要时联系技术支持。",
        "The terminal failed to print the rate slip. Check its paper; call tech support if it repeats.",
    ),
}

PROGRESS_CODES = frozenset({"78", "79", "80", "81", "82", "83", "84", "85", "86", "87"})

# The table above says of these that the outcome is unclear: the money may have moved.
OUTCOME_UNCLEAR = frozenset({"16", "65", "94"})


def means_not_done(code: str) -> bool:
    """Whether a response code to a money-moving command says, by the table, that nothing was
    done. An unclear code, or one the table does not know, proves nothing."""
    return code != "00" and code in RESPONSE_CODES and code not in OUTCOME_UNCLEAR


MESSAGES: dict[str, tuple[str, str]] = {
    f"terminal.rc.{code}": text for code, text in RESPONSE_CODES.items()
} | {
    "terminal.rc.unknown": (
        "终端返回了未知的应答码 {code}。交易可能未完成；请先查询终端最后一笔交易，再联系技术支持。",
        "The terminal answered with unknown code {code}. Look up its last transaction, then call tech support.",
    ),
    "terminal.link.no_ack": (
        "终端没有应答。请检查终端是否开机、数据线是否插好、端口是否选对，然后重试。",
        "The terminal did not answer. Check it is on, the cable is plugged in and the right port is chosen, then try again.",
    ),
    "terminal.link.nak": (
        "终端多次拒收指令（线路干扰或波特率不一致）。请检查数据线和终端设置，然后重试。",
        "The terminal kept rejecting the command (line noise or wrong baud rate). Check the cable and settings, then try again.",
    ),
    "terminal.link.timeout": (
        "等待终端超时。请检查终端屏幕上的提示，然后重试。",
        "Timed out waiting for the terminal. Check its screen, then try again.",
    ),
    "terminal.link.bad_lrc": (
        "终端发来的数据校验失败（线路干扰）。请检查数据线后重试。",
        "Data from the terminal failed its check (line noise). Check the cable and try again.",
    ),
    "terminal.link.malformed": (
        "终端发来的数据格式有误。请检查数据线和端口设置后重试。",
        "The terminal sent garbled data. Check the cable and port settings, then try again.",
    ),
    "terminal.link.gap": (
        "终端发来的数据中途中断。请检查数据线后重试。",
        "The terminal's data stopped mid-way. Check the cable and try again.",
    ),
    "terminal.link.io_error": (
        "与终端的连接中断（数据线被拔出？）。请检查连接后重试。",
        "The connection to the terminal broke (cable unplugged?). Check it, then try again.",
    ),
    "terminal.port_unavailable": (
        "无法打开终端端口 {port}。请检查端口设置，或确认没有其他程序占用它。",
        "Cannot open the terminal port {port}. Check the port setting and that no other program uses it.",
    ),
    "terminal.answer_lost": (
        "终端已收到指令，但没有收到结果：钱款可能已经变动。切勿重复操作；系统将先查询终端最后一笔交易核实。",
        "The terminal took the command but its answer was lost: the money may have moved. Do not repeat it; the app will check the terminal's last transaction first.",
    ),
    "terminal.ack_lost": (
        "指令已发给终端，但没有收到终端的确认：钱款可能已经变动。切勿重复操作；请先核对终端记录。",
        "The command went to the terminal but it never confirmed receiving it: the money may have moved. Do not repeat it; check the terminal's records first.",
    ),
    "terminal.outcome_unclear": (
        "终端返回应答码 {code}：交易结果不明，钱款可能已经变动。切勿重复操作；请先核对终端记录。",
        "The terminal answered with code {code}: the outcome is unclear and the money may have moved. Do not repeat it; check the terminal's records first.",
    ),
    "terminal.answer_malformed": (
        "终端的应答无法识别。请先查询终端最后一笔交易，再联系技术支持。",
        "The terminal's answer could not be read. Look up its last transaction, then call tech support.",
    ),
    "terminal.answer_unexpected": (
        "终端应答了另一种交易。请先查询终端最后一笔交易，再联系技术支持。",
        "The terminal answered for a different transaction. Look up its last transaction, then call tech support.",
    ),
    "terminal.refund_unsupported": (
        "此终端不支持无卡退货。请按指引在终端上手工退货，并记录小票上的号码、拍照留存。",
        "This terminal cannot refund without the card. Do the refund by hand on the terminal as guided, then record the slip's numbers and a photo.",
    ),
    "terminal.invalid_operation_no": (
        "操作号 {operation_no} 无效（应为 1-6 位数字）。请核对小票上的操作号。",
        "Operation number {operation_no} is invalid (1 to 6 digits). Check it on the slip.",
    ),
    "terminal.invalid_amount": (
        "金额无效。请核对金额。",
        "The amount is invalid. Check it.",
    ),
    # Concert (Ingenico Telium): status 7 refused, 9 no valid result; no journal to ask.
    "terminal.concert.refused": (
        "终端拒绝了这笔交易（状态 7），钱款没有变动。请看终端屏幕上的原因，处理后可以重试。",
        "The terminal refused the transaction (status 7); no money moved. Read the reason on its screen; you may try again once it is dealt with.",
    ),
    "terminal.concert.no_result": (
        "终端没有给出有效结果（状态 {code}）：钱款可能已经变动。切勿重复操作；请值班主管打印终端小票或流水，核对后记录结果并拍照。",
        "The terminal gave no valid result (status {code}): the money may have moved. Do not repeat it; a shift lead prints the terminal's receipt or journal, then records what it shows with a photo.",
    ),
    "terminal.concert.void_needs_amount": (
        "Concert 终端按金额撤销，缺少金额，指令未发出。请联系技术支持。",
        "A Concert terminal cancels by amount and none was given; nothing was sent. Call tech support.",
    ),
    "terminal.concert.cannot_ask": (
        "此终端（Concert 协议）没有流水查询：无法从终端读取交易记录。请看终端自己打印的小票或流水。",
        "This terminal (Concert protocol) cannot be asked for its journal. Read the receipt or journal the terminal prints itself.",
    ),
    "terminal.protocol_unknown": (
        "本收银台设置的终端协议 {protocol} 没有安装。请在设置里另选协议，或安装它的驱动插件。",
        "The terminal protocol {protocol} set for this counter is not installed. Choose another in the settings, or install its driver plug-in.",
    ),
    "terminal.no_simulator": (
        "{protocol} 没有模拟终端。请在设置里选择真实终端的端口。",
        "{protocol} has no simulated terminal. Choose the real terminal's port in the settings.",
    ),
    "counter.line_invalid": (
        "线路设置 {line} 无效：应为数据位、校验、停止位，如 8N1 或 7E1。",
        "Line setting {line} is invalid: data bits, parity, stop bits, like 8N1 or 7E1.",
    ),
    "execute.open_intent_no_ask": (
        "上一条终端指令的结果未知，而此终端无法查询（没有流水和末笔查询）。切勿重复操作：请值班主管打印终端自己的小票或流水，按其内容登记结果并拍照。",
        "The last terminal command's outcome is unknown and this terminal cannot be asked (no journal, no last-transaction query). Do not repeat it: a shift lead prints the terminal's own receipt or journal and records what it shows, with a photo.",
    ),
    "terminal.progress.sending": ("正在连接终端……", "Connecting to the terminal…"),
    "terminal.progress.waiting": ("等待终端处理……", "Waiting for the terminal…"),
    "terminal.progress.done": ("终端处理完成。", "The terminal is done."),
    "terminal.simulated": ("模拟终端", "Simulated terminal"),
}


def message(key: str, lang: str = "zh_CN", **params: object) -> str:
    """The text for `key` in `lang` ("zh_CN" or anything else for English)."""
    texts = MESSAGES.get(key)
    if texts is None and key.startswith("terminal.rc."):
        params.setdefault("code", key.rsplit(".", 1)[1])
        texts = MESSAGES["terminal.rc.unknown"]
    if texts is None:
        return key
    text = texts[0] if lang.lower().startswith("zh") else texts[1]
    try:
        return text.format(**params)
    except (KeyError, IndexError, ValueError):
        return text
