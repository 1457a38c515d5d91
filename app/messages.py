"""Every message the core can show a person, in Chinese (first) and English, by key.

Domain errors carry a key and parameters; the UI and the CLI turn them into words here.
Each error says what is wrong and what to do about it.
"""

from __future__ import annotations

import logging
from typing import Any

from app.money import format_fen
from app.redaction import redact_value

log = logging.getLogger(__name__)

# key: (zh_CN, en)
MESSAGES: dict[str, tuple[str, str]] = {
    # generic
    "validation.failed": (
        "有 {count} 项填写有误，请按提示逐项修改。",
        "{count} fields need fixing; see the notes next to them.",
    ),
    "error.unexpected": (
        "发生意外错误：{detail}。请重试；如仍出错，请联系技术支持。",
        "Unexpected error: {detail}. Try again; if it persists, call support.",
    ),
    "concurrency.stale": (
        "另一台收银机刚刚修改了这笔记录。已为您重新载入，请核对后再操作。",
        "Another counter just changed this record. It has been reloaded; check it and try again.",
    ),
    # permissions and sign-in
    "perm.denied": (
        "当前用户（{role}）无权执行此操作。请由有权限的同事操作。",
        "Your role ({role}) may not do this. Ask a colleague who may.",
    ),
    "perm.admin_only": ("只有管理员可以执行此操作。", "Only an admin may do this."),
    "perm.lead_only": (
        "只有值班主管或管理员可以更正数据。",
        "Only a shift lead or admin may correct data.",
    ),
    "auth.bad_credentials": (
        "用户名或 PIN 不正确。请检查后重试。",
        "Wrong user name or PIN. Check and try again.",
    ),
    "auth.bad_pin": (
        "PIN 不正确，还可尝试 {tries} 次，之后该用户将被锁定 {minutes} 分钟。",
        "Wrong PIN; {tries} tries left before this user is locked for {minutes} minutes.",
    ),
    "auth.locked": (
        "该用户已被锁定，请 {minutes} 分钟后再试，或请管理员重置 PIN。",
        "This user is locked; try again in {minutes} min or ask an admin to reset the PIN.",
    ),
    "user.name_invalid": ("用户名须为 1–60 个字符。", "A user name has 1 to 60 characters."),
    "user.name_taken": (
        "用户名“{name}”已存在，请换一个。",
        "The user name '{name}' is taken; choose another.",
    ),
    "user.name_has_number": (
        "用户名中不能含有银行卡号或电话号码，请换一个名字。",
        "A user name may not contain a card or phone number; choose another name.",
    ),
    "user.pin_invalid": ("PIN 须为 6–12 位数字。", "A PIN is 6 to 12 digits."),
    "user.pin_mismatch": (
        "两次输入的 PIN 不一致，请重新输入。",
        "The two PINs differ: type the PIN again.",
    ),
    "user.cannot_disable_self": (
        "不能停用自己的账号。请由另一位管理员操作。",
        "You cannot disable your own account; another admin must.",
    ),
    # cases
    "case.not_found": (
        "找不到该撤销申请，可能已被删除或在另一数据库中。",
        "No such case; it may be in another database.",
    ),
    "order.not_found": (
        "找不到该挂单。请刷新列表后重试。",
        "No such suspended order. Refresh the list and try again.",
    ),
    "case.order_finished": (
        "该挂单已处理完毕（{status}），不能再次撤销。",
        "This order is already finished ({status}); it cannot be cancelled again.",
    ),
    "case.wrong_stage": (
        "当前步骤（{stage}）不能执行“{action}”。请刷新后按向导提示操作。",
        "'{action}' is not possible at this step ({stage}). Refresh and follow the wizard.",
    ),
    "verify.unconfirmed": (
        "请逐项核对并勾选：{fields}。如有不符，请点击“升级处理”。",
        "Confirm each item: {fields}. If one does not match, escalate.",
    ),
    "verify.refund_needs_rrn": (
        "已清算的交易退货需要原交易参考号，但此挂单缺少参考号。请升级处理，由主管补录。",
        "A refund needs the original reference number (RRN), which is missing. Escalate so a lead can add it.",
    ),
    "verify.refund_window": (
        "交易已超过 {days} 天退货期限（已 {age} 天），不能在本店退货。请联系收单机构处理。",
        "The sale is past the {days}-day refund window ({age} days old); handle it with the acquirer.",
    ),
    "verify.void_needs_operation_no": (
        "撤销需要终端的交易流水号，此挂单缺少。请升级处理，由主管补录。",
        "A void needs the terminal's operation number, which is missing. Escalate so a lead can add it.",
    ),
    "route.unsettled": (
        "未清算且未发送成功通知：可当批次撤销，全额退回。",
        "Not settled and no success notice sent: void in the same batch, full amount.",
    ),
    "route.settled": (
        "交易所在批次已清算：不能撤销，只能退货（需原参考号，限期内，须审批）。",
        "The batch is settled: it cannot be voided, only refunded (original RRN, within the window, with approval).",
    ),
    "route.notified": (
        "已向商户发送支付成功通知：不能撤销，只能退货（须审批）。",
        "A payment-success notice went out: it cannot be voided, only refunded (with approval).",
    ),
    "correct.unknown_field": (
        "字段“{field}”不能更正。",
        "The field '{field}' cannot be corrected.",
    ),
    "correct.bad_value": (
        "“{field}”的新值格式不对，请检查后重新输入。",
        "The new value for '{field}' is not valid; check it and enter it again.",
    ),
    "correct.note_required": (
        "更正必须填写备注，说明依据（如“按签购单更正金额”）。",
        "A correction needs a note saying what it is based on (say, 'amount as on the slip').",
    ),
    "correct.pin_required": (
        "更正须由主管输入自己的 PIN 确认。",
        "A correction must be confirmed with the lead's own PIN.",
    ),
    "contact.no_agreement": (
        "客户尚未同意撤销，不能继续。请与客户确认，或关闭本申请。",
        "The customer has not agreed; you cannot go on. Confirm with the customer or close the case.",
    ),
    "form.required": ("此项必填。", "This field is required."),
    "form.too_long": ("内容过长，最多 {max} 个字。", "Too long: at most {max} characters."),
    "form.phone_invalid": (
        "电话号码格式不对：请填写 11 位手机号（如 13812345678）或带区号的座机（如 010-12345678）。",
        "Not a valid phone: an 11-digit mobile (13812345678) or a landline with area code (010-12345678).",
    ),
    "form.merchant_no_invalid": (
        "商户编号须为 15 位数字，请对照签购单填写。",
        "The merchant number has 15 digits; copy it from the slip.",
    ),
    "form.terminal_no_invalid": (
        "终端号须为 8 位字母或数字，请对照签购单填写。",
        "The terminal number has 8 letters or digits; copy it from the slip.",
    ),
    "form.date_future": (
        "申请日期不能晚于今天（{today}）。",
        "The application date cannot be after today ({today}).",
    ),
    "form.date_unreadable": (
        "请按 年-月-日 填写日期，例如 2026-12-03。",
        "Type the date as year-month-day, like 2026-12-03.",
    ),
    "form.date_no_such_day": (
        "没有这一天：请核对月份和日期。",
        "There is no such day: check the month and the day.",
    ),
    "form.amount_unreadable": (
        "请按元填写金额，例如 128.00。",
        "Enter the amount in yuan, like 128.00.",
    ),
    "form.date_before_order": (
        "申请日期不能早于交易日期（{order_date}）。",
        "The application date cannot be before the sale ({order_date}).",
    ),
    "form.void_full_amount": (
        "撤销必须是原交易全额 {amount}。如只退部分金额，须走退货流程。",
        "A void is always the full amount {amount}; a partial amount needs a refund.",
    ),
    "form.amount_positive": ("退货金额必须大于 0。", "The refund amount must be more than 0."),
    "form.amount_too_high": (
        "退货金额不能超过可退余额 {remaining}。",
        "The refund cannot exceed what is left: {remaining}.",
    ),
    "attachment.locked": (
        "申请已提交，附件不能再修改。",
        "The application was submitted; attachments can no longer change.",
    ),
    "attachment.too_big": (
        "附件不能超过 {mb} MB，请压缩或换一张照片。",
        "An attachment is at most {mb} MB; shrink it or take another photo.",
    ),
    "attachment.empty": ("附件是空文件，请重新选择。", "The attachment is empty; choose it again."),
    "attachment.bad_type": (
        "附件只能是图片（PNG、JPEG 等）或 PDF。",
        "Attachments must be images (PNG, JPEG, …) or PDF.",
    ),
    "attachment.not_found": ("找不到该附件。", "No such attachment."),
    "attachment.not_decodable": (
        "附件内容已损坏，或不是它看起来的图片/PDF（无法完整读取）。请重新拍照或重新导出后再上传。",
        "The attachment is damaged or not the image/PDF it looks like (it does not decode whole). Take the photo or export it again.",
    ),
    "attachment.too_many_pixels": (
        "图片过大（超过 4000 万像素），请缩小后再上传。",
        "The image is too large (over 40 megapixels); shrink it and try again.",
    ),
    "attachment.pdf_active": (
        "PDF 中含有脚本、自动动作或嵌入文件，不能作为附件。请“打印为 PDF”另存一份后再上传。",
        "The PDF holds scripts, automatic actions or embedded files; print it to a new PDF and attach that.",
    ),
    "attachment.pdf_encrypted": (
        "PDF 有密码保护，无法核对内容。请去掉密码后再上传。",
        "The PDF is password-protected and cannot be checked; remove the password and attach it again.",
    ),
    "attachment.unreadable": (
        "无法读取该文件（不是普通文件，或没有读取权限）。请另存到本机后再选择。",
        "The file cannot be read (not a regular file, or no permission); save it locally and choose it again.",
    ),
    "attachment.store_unsafe": (
        "附件存储目录被改动（{folder} 是一个链接），为安全起见拒绝写入。请联系管理员运行 guadan doctor。",
        "The attachment store was tampered with ({folder} is a link); nothing was written. Ask an admin to run guadan doctor.",
    ),
    "submit.not_verified": ("请先完成第 1 步核对。", "Finish step 1 (verify) first."),
    "submit.route_changed": (
        "挂单信息已变（如已结算或经主管更正），处理方式需要重新确定。请回到第 1 步核对。",
        "The order changed (settled, or corrected by a lead): its route must be decided again. Go back to step 1.",
    ),
    "submit.form_missing": (
        "请先填写并保存申请表。",
        "Fill in and save the application form first.",
    ),
    "approve.lead_only": (
        "审批须由值班主管或管理员输入自己的 PIN。",
        "Approval needs a shift lead or admin entering their own PIN.",
    ),
    "approve.not_applicant": (
        "申请人不能审批自己的申请，请由另一位主管审批。",
        "The applicant cannot approve their own application; another lead must.",
    ),
    "approve.admin_needed": (
        "此笔交易累计退还 {total}（含本次），超过 {threshold}，须由管理员审批。",
        "This order's refunds come to {total} with this one, over {threshold}: an admin must approve.",
    ),
    "reject.comment_required": (
        "驳回时必须填写意见，说明需要修改什么。",
        "A rejection needs a comment saying what to change.",
    ),
    "execute.open_intent": (
        "上一次终端操作的结果未知。请点击“核对终端”向终端确认；确认前不能再次操作，以免重复撤销。",
        "The last terminal command's outcome is unknown. Press 'Check with the terminal' to ask it; nothing else can be done until then, so nothing is voided twice.",
    ),
    # step 5 on every counter (issue 10): whose terminal, whose answer, unknown outcomes
    "execute.other_counter": (
        "此单属于{counter}（终端号 {terminal_no}），本收银台的终端是 {mine}。请到{counter}处理，以免撤销其他顾客的交易。",
        "This order belongs to {counter} (terminal {terminal_no}); this counter's terminal is {mine}. Handle it at {counter}, so no other customer's sale is voided.",
    ),
    "execute.wrong_terminal": (
        "本收银台连接的终端报告终端号 {reported}，此单的终端号是 {expected}：不是同一台终端。请检查终端连线，或到原收银台处理。",
        "The terminal on this counter reports terminal no. {reported}; this order's is {expected}: not the same terminal. Check the cabling, or use the original counter.",
    ),
    "execute.answer_other_terminal": (
        "收到的应答来自终端 {reported}，不是发出指令的终端 {expected}，不予采信。结果未知，请点击“核对终端”。",
        "The answer came from terminal {reported}, not {expected} that took the command; it is not believed. The outcome is unknown: press 'Check with the terminal'.",
    ),
    "execute.answer_not_ours": (
        "终端应答中的操作号 {operation_no} 已记录在申请单 {case_no} 上：这是一条过期的应答，不予采信。结果未知，请点击“核对终端”。",
        "The answer's operation no. {operation_no} is already recorded on case {case_no}: a stale answer, not believed. The outcome is unknown: press 'Check with the terminal'.",
    ),
    "execute.sale_voided_by_case": (
        "这笔交易已在申请单 {case_no} 中撤销（同一笔交易有两张挂单）。本单无需再撤销，请主管关闭此申请。",
        "This sale was already voided in case {case_no} (two orders for one sale). Nothing more to void here: ask a lead to close this case.",
    ),
    "execute.voided_earlier": (
        "终端显示该交易此前已撤销（应答码 04）。",
        "The terminal shows the sale was voided before (code 04).",
    ),
    "execute.voided_earlier_no_numbers": (
        "终端显示该交易此前已撤销（应答码 04）；终端没有提供撤销的授权码和操作号。",
        "The terminal shows the sale was voided before (code 04); it gives no auth code or operation no. for the void.",
    ),
    "execute.reconciled_journal": (
        "已从终端流水确认撤销。",
        "The void was confirmed from the terminal's journal.",
    ),
    "execute.reconciled_last": (
        "已从终端最后一笔交易确认撤销。",
        "The void was confirmed from the terminal's last transaction.",
    ),
    "execute.outcome_unknown_refund": (
        "无法确认退货是否已完成：终端不能查询退货结果。请勿重新退货；请主管查看终端打印的小票或流水，拍照登记结果。",
        "Cannot tell whether the refund went through: this terminal cannot be asked. Do not refund again; a lead reads the terminal's receipt or journal and records what it shows, with a photo.",
    ),
    "execute.resend_not_safe": (
        "不能安全地再次发送：无法确认是同一台终端且原交易仍在。请主管按终端小票或流水登记结果。",
        "It cannot safely be sent again: the terminal or the sale cannot be confirmed. A lead records the result from the terminal's receipt or journal.",
    ),
    "execute.terminal_busy": (
        "终端上还有申请单 {case_no} 的操作结果未确认：请先在该申请单上核对终端，再做下一笔，以免两笔应答混淆。",
        "The terminal still has an unconfirmed command of case {case_no}: settle it first, so that two answers are never confused.",
    ),
    "execute.intent_other_counter": (
        "此单的终端操作由{counter}（终端号 {terminal_no}）发出，只能在该收银台核对。",
        "This order's terminal command was sent from {counter} (terminal {terminal_no}); only that counter can check it.",
    ),
    "execute.manual_in_progress": (
        "此单正在手工操作中：请登记凭条，或由主管按终端记录登记结果。",
        "This order is being done by hand: record the slip, or a lead records the result from the terminal's records.",
    ),
    "execute.manual_recorded": ("手工登记", "Recorded by hand"),
    "execute.resolved_by_lead": (
        "主管按终端记录登记",
        "Recorded by a lead from the terminal's records",
    ),
    "execute.resolved_not_moved": (
        "主管已核实：资金未变动，可以重新执行。",
        "A lead checked: no money moved; it can be done again.",
    ),
    "manual.other_counter": (
        "此单正在{counter}手工操作，请到该收银台完成登记。",
        "This order is being done by hand at {counter}; finish it there.",
    ),
    "manual.void_terminal_reachable": (
        "终端可以连接：请在本步骤直接执行撤销，不需要手工操作。",
        "The terminal answers: execute the void in this step; no manual entry is needed.",
    ),
    "manual.refund_terminal_can": (
        "本终端可以直接退货：请在本步骤执行，不需要手工操作。",
        "This terminal can refund itself: execute it in this step.",
    ),
    "manual.not_started": (
        "请先点击“开始手工操作”，再在终端上操作并登记凭条。",
        "Press 'Start the manual path' first, then key it on the terminal and record the slip.",
    ),
    "manual.photo_missing": ("请上传凭条照片。", "Attach a photo of the slip."),
    "manual.photo_not_image": (
        "上传的文件不是可以打开的图片：须为凭条的照片（PNG 或 JPEG）。请重新拍照上传。",
        "That file is not an image that opens: attach a photo of the slip (PNG or JPEG).",
    ),
    "manual.trace_invalid": (
        "凭证号须为凭条上的 6 位数字。",
        "The trace number is the 6 digits on the slip.",
    ),
    "manual.slip_used": (
        "这张凭条已登记在申请单 {case_no} 上：一张凭条只能登记一次。请核对凭条。",
        "This slip is already recorded on case {case_no}: a slip closes one case only. Check the slip.",
    ),
    "manual.void.menu": (
        "在终端上按“管理/功能”键，选择“撤销”。",
        "On the terminal press Menu/Function and choose Void.",
    ),
    "manual.void.trace": (
        "输入原交易凭证号 {trace}（或操作号 {operation_no}）。",
        "Enter the original trace no. {trace} (or operation no. {operation_no}).",
    ),
    "resolve.note_required": (
        "请写明在终端小票或流水上看到的内容。",
        "Write down what the terminal's receipt or journal shows.",
    ),
    "terminal.close_batch_open_intent": (
        "终端还有 {count} 笔操作结果未确认（{cases}）：结算后将无法核对。请先在这些申请单上核对终端。",
        "The terminal has {count} command(s) with an unknown outcome ({cases}): after settlement they could not be checked. Check them first.",
    ),
    "execute.manual_refund_required": (
        "该终端不支持无卡退货：请按提示在终端上手工操作，然后登记凭条信息。",
        "This terminal cannot refund without the card: key the refund on the terminal as guided, then record the slip.",
    ),
    "execute.outcome_unknown": (
        "无法确认终端是否已完成撤销。请勿在终端上重复操作。请检查终端连线后点击“核对终端”；终端说不清时，可点击“再次发送撤销”（终端不会重复撤销同一笔交易），或请主管按终端小票或流水登记结果。",
        "Cannot tell whether the terminal voided it. Do not repeat it on the terminal. Check the link, then press 'Check with the terminal'; if the terminal cannot tell, press 'Send the void again' (a terminal never voids one sale twice), or a lead records the result from the terminal's receipt or journal.",
    ),
    "execute.not_moved": (
        "终端未完成撤销，资金未变动。可以安全重试。",
        "The terminal did not complete it; no money moved. Retrying is safe.",
    ),
    "execute.sale_mismatch": (
        "终端上操作号 {operation_no} 的交易金额是 {amount}，与本挂单不符：可能不是本机终端的交易。请勿撤销，请联系主管核对。",
        "The terminal's sale {operation_no} is for {amount}, not this order's amount: it may be another terminal's sale. Do not void; ask a lead to check.",
    ),
    "execute.sale_not_on_terminal": (
        "本机终端的当前批次里没有操作号 {operation_no} 的交易（可能是其他收银台的终端，或批次已结算）。请在原终端上操作，或升级由主管处理。",
        "This terminal's open batch has no sale {operation_no} (another counter's terminal, or the batch was settled). Use the original terminal, or ask a lead.",
    ),
    "execute.already_closed": (
        "该终端操作已有结果，无需再核对。",
        "This terminal command already has an outcome.",
    ),
    "execute.done": ("已完成。", "Done."),
    "manual.second_person": (
        "手工登记须由另一位主管（非操作员本人）输入 PIN 确认。",
        "A manual record must be confirmed by a lead other than yourself.",
    ),
    "manual.reference_invalid": (
        "参考号须为凭条上的 12 位数字。",
        "The reference number is the 12 digits on the slip.",
    ),
    "manual.auth_invalid": (
        "授权码须为凭条上的 6 位字母或数字。",
        "The auth code is the 6 letters or digits on the slip.",
    ),
    "manual.amount_invalid": (
        "请按凭条填写金额（元），例如 {amount}。",
        "Enter the slip's amount in yuan, like {amount}.",
    ),
    "manual.amount_mismatch": (
        "凭条金额必须与申请金额 {amount} 一致。不一致时请停止并联系主管。",
        "The slip amount must equal the approved {amount}; if not, stop and call a lead.",
    ),
    "manual.step.menu": (
        "在终端上按“管理/功能”键，选择“退货”。",
        "On the terminal press Menu/Function and choose Refund.",
    ),
    "manual.step.password": (
        "输入主管密码（终端的操作员密码）。",
        "Enter the supervisor password (the terminal's operator password).",
    ),
    "manual.step.card": (
        "请客户刷卡或插卡：{card}。",
        "Have the customer swipe or insert the card: {card}.",
    ),
    "manual.step.reference": (
        "输入原交易参考号 {rrn} 和原交易日期 {date}（月日）。",
        "Enter the original reference {rrn} and the original date {date} (MMDD).",
    ),
    "manual.void.amount": (
        "核对终端显示的撤销金额为 {amount}（原交易全额），无误后确认。",
        "Check the terminal shows the void of {amount} (the whole sale), then confirm.",
    ),
    "manual.step.amount": (
        "输入退货金额 {amount}，核对无误后确认。",
        "Enter the refund amount {amount}, check it, confirm.",
    ),
    "manual.step.confirm": (
        "等待终端打印凭条，请客户签字。",
        "Wait for the terminal to print the slip; have the customer sign.",
    ),
    "manual.step.slip": (
        "在下方登记凭条上的参考号、授权码、金额，并拍照上传凭条。",
        "Record the slip's reference, auth code and amount below, and attach a photo of it.",
    ),
    # settings
    "settings.language": ("语言只能是中文或英文。", "The language is Chinese or English."),
    "settings.idle_lock": ("自动锁屏时间须在 1–240 分钟之间。", "Idle lock is 1 to 240 minutes."),
    "settings.threshold": (
        "审批金额门槛不能为负数。",
        "The approval threshold cannot be negative.",
    ),
    "settings.refund_window": (
        "退货期限须在 1–365 天之间。",
        "The refund window is 1 to 365 days.",
    ),
    "settings.baudrate": (
        "波特率只能是 9600、19200、38400、57600 或 115200。",
        "The baud rate is 9600, 19200, 38400, 57600 or 115200.",
    ),
    "settings.timeout": ("超时须在 10 毫秒到 300 秒之间。", "Timeouts are 10 ms to 300 s."),
    "settings.slip_width": ("凭条宽度只能是 58 或 80 毫米。", "The slip is 58 or 80 mm wide."),
    "setup.missing": (
        "本店尚未设置商户和终端，请先完成首次设置。",
        "The store has no merchant and terminal yet; finish the first-run set-up.",
    ),
    "setup.already": ("本店已设置，不能重复设置。", "This store is already set up."),
    # import
    "import.file_unreadable": (
        "无法读取文件：{detail}。请确认文件存在且未被其他程序占用。",
        "Cannot read the file: {detail}. Check it exists and is not open elsewhere.",
    ),
    "import.bad_format": (
        "文件格式无法识别：请使用 .csv（UTF-8 或 GBK）或 .json 文件。",
        "Unknown file format: use .csv (UTF-8 or GBK) or .json.",
    ),
    "import.bad_json": (
        "JSON 格式错误（读到第 {item} 笔挂单时）：请从收银系统重新导出。",
        "The JSON is broken (at order {item}); export it again from the POS.",
    ),
    "import.missing_column": (
        "缺少必需的列“{column}”。请对照说明中的列名。",
        "The required column '{column}' is missing; see the documented names.",
    ),
    "import.unknown_column": (
        "无法识别的列“{column}”。请对照说明中的列名。",
        "Unknown column '{column}'; see the documented names.",
    ),
    "import.empty": ("文件中没有任何挂单。", "The file holds no orders."),
    "import.required": ("必填，不能为空。", "Required; it is empty."),
    "import.bad_datetime": (
        "时间格式不对，应为 2026-11-27 14:02:00（可带时区）。",
        "Not a time: use 2026-11-27 14:02:00 (a zone is optional).",
    ),
    "import.future": ("交易时间晚于现在，请检查。", "The time is in the future; check it."),
    "import.bad_amount": ("金额格式不对，应为元，如 128.00。", "Not an amount: yuan, like 128.00."),
    "import.amount_positive": ("金额必须大于 0。", "The amount must be more than 0."),
    "import.bad_choice": (
        "取值“{value}”无效，可选：{choices}。",
        "'{value}' is not valid; one of: {choices}.",
    ),
    "import.bad_card": (
        "卡号格式不对：应为 12–19 位数字或已掩码的 622848******1234。",
        "Not a card number: 12 to 19 digits or masked like 622848******1234.",
    ),
    "import.card_for_qr": ("扫码交易不应有卡号。", "A QR payment has no card number."),
    "import.card_missing": (
        "银行卡交易必须有卡号（可掩码）。",
        "A card payment needs a (masked) card number.",
    ),
    "import.bad_digits": ("应为 {length} 位数字。", "Should be {length} digits."),
    "import.bad_terminal": (
        "终端号须为 8 位字母或数字。",
        "The terminal number has 8 letters or digits.",
    ),
    "import.bad_bool": (
        "取值“{value}”无效，应为 是/否 或 true/false。",
        "'{value}' is not yes/no or true/false.",
    ),
    "import.duplicate_in_file": (
        "与文件第 {other} 行重复（同一商户编号和单号）。",
        "Same merchant and order number as row {other}.",
    ),
    "import.duplicate_in_db": (
        "该商户编号和单号已存在，不能重复导入。",
        "This merchant and order number already exist.",
    ),
    "import.too_long": ("内容过长，最多 {max} 个字。", "Too long: at most {max} characters."),
    "cli.db_error": ("无法打开数据库：{detail}", "Cannot open the database: {detail}"),
}

LABELS: dict[str, tuple[str, str]] = {
    "status.OPEN": ("挂单中", "Open"),
    "status.IN_PROGRESS": ("处理中", "In progress"),
    "status.ESCALATED": ("已升级", "Escalated"),
    "status.PENDING_APPROVAL": ("待审批", "Awaiting approval"),
    "status.APPROVED": ("已批准", "Approved"),
    "status.CANCELLED": ("已撤销", "Voided"),
    "status.REFUNDED": ("已退货", "Refunded"),
    "status.REJECTED": ("已驳回", "Rejected"),
    "status.CLOSED": ("已关闭", "Closed"),
    "cause.SYSTEM_ERROR": ("系统错误", "System error"),
    "cause.OPERATOR_ERROR": ("操作失误", "Operator error"),
    "cause.CUSTOMER_REQUEST": ("客户要求", "Customer request"),
    "cause.PROMOTION": ("促销调整", "Promotion"),
    "cause.PAYMENT_FAILED": ("支付失败", "Payment failed"),
    "cause.NETWORK": ("网络故障", "Network"),
    "cause.TERMINAL_NO_RECORD": ("终端有记录收银无单", "Terminal only"),
    # the order list's narrow columns (the tooltip and the detail pane say it in full)
    "status_short.OPEN": ("挂单中", "Open"),
    "status_short.IN_PROGRESS": ("处理中", "Working"),
    "status_short.ESCALATED": ("已升级", "Escalated"),
    "status_short.PENDING_APPROVAL": ("待审批", "Pending"),
    "status_short.APPROVED": ("已批准", "Approved"),
    "status_short.CANCELLED": ("已撤销", "Voided"),
    "status_short.REFUNDED": ("已退货", "Refunded"),
    "status_short.REJECTED": ("已驳回", "Rejected"),
    "status_short.CLOSED": ("已关闭", "Closed"),
    "cause_short.SYSTEM_ERROR": ("系统错误", "System"),
    "cause_short.OPERATOR_ERROR": ("操作失误", "Operator"),
    "cause_short.CUSTOMER_REQUEST": ("客户要求", "Customer"),
    "cause_short.PROMOTION": ("促销调整", "Promotion"),
    "cause_short.PAYMENT_FAILED": ("支付失败", "Pay failed"),
    "cause_short.NETWORK": ("网络故障", "Network"),
    "cause_short.TERMINAL_NO_RECORD": ("收银无单", "No till"),
    "funding.CREDIT": ("信用卡", "Credit"),
    "funding.DEBIT": ("借记卡", "Debit"),
    "funding.QR": ("扫码", "QR"),
    "queue_state.WAITING_NETWORK": ("等待联网", "Waiting for the network"),
    "pay_channel.CARD_TERMINAL": ("刷卡终端", "Card terminal"),
    "pay_channel.QR_TERMINAL": ("终端扫码", "QR on the terminal"),
    "pay_channel.QR_ALIPAY": ("支付宝", "Alipay"),
    "pay_channel.QR_WECHAT": ("微信支付", "WeChat Pay"),
    "pay_channel.QR_OTHER": ("其他扫码", "Other QR provider"),
    "txn_type.SALE": ("消费", "Sale"),
    "txn_type.PREAUTH_COMPLETE": ("预授权完成", "Pre-auth completion"),
    "txn_type.QR": ("扫码", "QR"),
    "route.VOID": ("撤销", "Void"),
    "route.REFUND": ("退货", "Refund"),
    "stage.VERIFY": ("1 确认挂单信息", "1 Verify"),
    "stage.ESCALATED": ("已升级，待主管更正", "Escalated, awaiting a lead"),
    "stage.CONTACT": ("2 与买家沟通", "2 Contact the buyer"),
    "stage.FORM": ("3 填写申请表", "3 Application form"),
    "stage.PENDING_APPROVAL": ("4 等待审批", "4 Awaiting approval"),
    "stage.APPROVED": ("5 待执行撤销", "5 Ready to execute"),
    "stage.DONE": ("已完成归档", "Done"),
    "stage.CLOSED": ("已关闭", "Closed"),
    "role.CASHIER": ("收银员", "Cashier"),
    "role.LEAD": ("值班主管", "Shift lead"),
    "role.ADMIN": ("管理员", "Admin"),
    "channel.IN_PERSON": ("当面", "In person"),
    "channel.PHONE": ("电话", "Phone"),
    "channel.WECHAT": ("微信", "WeChat"),
    "reason.WRONG_PIN": ("密码错误", "Wrong PIN"),
    "reason.INSUFFICIENT_BALANCE": ("余额不足", "Insufficient balance"),
    "reason.NETWORK": ("网络问题", "Network problem"),
    "reason.DUPLICATE": ("重复扣款", "Duplicate charge"),
    "reason.CUSTOMER_CANCEL": ("客户取消", "Customer cancelled"),
    "reason.OPERATOR_ERROR": ("操作失误", "Operator error"),
    "reason.OTHER": ("其他", "Other"),
    "fee_class.STANDARD": ("标准类", "Standard"),
    "fee_class.DISCOUNT": ("优惠类", "Discount"),
    "fee_class.EXEMPT": ("减免类", "Exempt"),
    "verify.occurred_at": ("交易时间", "Time"),
    "verify.location": ("交易地点", "Place"),
    "verify.amount": ("交易金额", "Amount"),
    "verify.txn_type": ("交易类型", "Type"),
    "verify.funding": ("交易资金", "Funding"),
}

EVENTS: dict[str, tuple[str, str]] = {
    "case.opened": ("开始撤销申请", "Case opened"),
    "case.verified": ("核对挂单信息", "Order verified"),
    "case.escalated": ("升级处理", "Escalated"),
    "case.corrected": ("主管更正数据", "Data corrected by a lead"),
    "case.contact_recorded": ("记录买家沟通", "Buyer contact recorded"),
    "case.form_filled": ("填写申请表", "Form filled"),
    "case.attachment_added": ("添加附件", "Attachment added"),
    "case.attachment_removed": ("移除附件", "Attachment removed"),
    "case.submitted": ("提交审批", "Submitted"),
    "case.approved": ("审批通过", "Approved"),
    "case.rejected": ("审批驳回", "Rejected"),
    "case.withdrawn": ("撤回申请", "Withdrawn"),
    "case.approval_withdrawn": ("主管撤回批准", "Approval withdrawn by a lead"),
    "terminal.intent": ("发送终端指令", "Terminal command sent"),
    "terminal.void": ("终端撤销成功", "Voided on the terminal"),
    "terminal.refund": ("退货完成", "Refunded"),
    "terminal.failed": ("终端未完成", "Terminal did not complete"),
    "terminal.reconciled": ("与终端核对", "Reconciled with the terminal"),
    "terminal.manual_confirmed": ("主管确认手工登记", "Manual record confirmed by a lead"),
    "terminal.outcome_unknown": ("终端结果未知", "Terminal outcome unknown"),
    "terminal.answer_refused": ("不采信的终端应答", "Terminal answer not believed"),
    "terminal.void_resent": ("再次发送撤销", "Void sent again"),
    "terminal.manual_started": ("开始手工操作", "Manual path started"),
    "terminal.resolved_by_lead": ("主管按终端记录登记结果", "Result recorded by a lead"),
    "terminal.manual_void_checked": (
        "手工撤销与终端流水核对",
        "Manual void checked with the journal",
    ),
    "order.imported": ("导入挂单", "Orders imported"),
    "order.created": ("新建挂单", "Order created"),
    "print.form": ("打印申请表", "Form printed"),
    "store.renamed": ("修改商户名称", "Merchant renamed"),
    "print.slip": ("打印凭条", "Slip printed"),
    # sign-in and PIN checks; on a case's timeline when the PIN was asked for that case
    "auth.signin": ("登录", "Signed in"),
    "auth.signout": ("退出登录", "Signed out"),
    "auth.failed": ("PIN 输入错误", "Wrong PIN entered"),
    "shift.handover": ("交接班签字", "Shift handed over and signed"),
    "auth.locked": ("PIN 连续输错，用户被锁定", "User locked after repeated wrong PINs"),
    "approval.self_attempt": (
        "申请人试图审批自己的申请（已拒绝）",
        "The applicant tried to approve their own application (refused)",
    ),
    "user.created": ("新增用户", "User added"),
    "user.pin_reset": ("重置 PIN", "PIN reset"),
    "user.enabled": ("启用用户", "User enabled"),
    "user.disabled": ("停用用户", "User disabled"),
    "order.from_terminal": (
        "终端有记录、收银无单：新建挂单",
        "Order created from the terminal's journal",
    ),
    "settings.changed": ("修改设置", "Settings changed"),
    "store.set_up": ("首次设置本店", "Store set up"),
    "terminal.batch_closed": ("终端批次结算", "Terminal batch closed (settled)"),
    "qr.configured": ("设置扫码支付商户", "QR payment provider set up"),
    # QR providers (app/payments/qr)
    "qr.queried": ("向渠道查单", "Queried the provider"),
    "qr.case_closed": ("按渠道查单结果结案", "Closed on the provider's answer"),
}

# The order fields a message may name by `{field}` (a DomainError's `field`), in words.
FIELD_NAMES: dict[str, tuple[str, str]] = {
    "field.occurred_at": ("交易时间", "Time"),
    "field.location": ("交易地点", "Place"),
    "field.amount_fen": ("交易金额", "Amount"),
    "field.amount": ("交易金额", "Amount"),
    "field.txn_type": ("交易类型", "Type"),
    "field.funding": ("交易资金", "Funding"),
    "field.card_masked": ("卡号", "Card"),
    "field.card": ("卡号", "Card"),
    "field.merchant_no": ("商户编号", "Merchant no."),
    "field.terminal_no": ("终端号", "Terminal no."),
    "field.trace_no": ("凭证号", "Trace no."),
    "field.rrn": ("参考号", "Reference no."),
    "field.batch_no": ("批次号", "Batch no."),
    "field.auth_code": ("授权码", "Auth code"),
    "field.operation_no": ("操作号", "Operation no."),
    "field.cause": ("挂单原因", "Cause"),
    "field.settled": ("已清算", "Settled"),
    "field.success_notified": ("已发送成功通知", "Success notified"),
    "field.order_no": ("单号", "Order no."),
    "field.cashier": ("收银员", "Cashier"),
    "field.note": ("备注", "Note"),
}
LABELS.update(FIELD_NAMES)

_MONEY_PARAMS = {"amount", "remaining", "threshold", "total", "ceiling"}


def _lang_index(lang: str) -> int:
    return 1 if lang.lower().startswith("en") else 0


def register(messages: dict[str, tuple[str, str]]) -> None:
    """Other parts of app/ (the terminal's response codes) add their keys here."""
    MESSAGES.update(messages)


def register_events(events: dict[str, tuple[str, str]]) -> None:
    """The words of a module's own audit event kinds (timeline, operation log)."""
    EVENTS.update(events)


def tr(key: str, lang: str = "zh_CN", **params: object) -> str:
    """The message for `key` in `lang`; money parameters (fen) shown as ¥1,234.56, a
    `fields` list of verify items shown by their names."""
    if key.startswith("terminal.") and key not in MESSAGES:
        _load_terminal_messages()
    texts = MESSAGES.get(key) or EVENTS.get(key) or LABELS.get(key)
    if texts is None and key.startswith("terminal.rc.") and "terminal.rc.unknown" in MESSAGES:
        # A response code our table lacks: plain words that name it, never the raw key.
        params = {"code": key.removeprefix("terminal.rc."), **params}
        texts = MESSAGES["terminal.rc.unknown"]
    if texts is None:
        return key
    # A parameter may echo what someone typed (a cell, a header, a name): never a full card
    # or phone number in a message.
    shown: dict[str, Any] = {
        name: format_fen(value)
        if name in _MONEY_PARAMS and isinstance(value, int)
        else redact_value(value)
        for name, value in params.items()
    }
    if shown.get("provider") in ("alipay", "wechat", "other"):  # a QR provider, by its name here
        shown["provider"] = tr(f"qr.provider.{shown['provider']}", lang)
    if isinstance(shown.get("fields"), str):
        sep = "、" if _lang_index(lang) == 0 else ", "
        shown["fields"] = sep.join(label("verify", f, lang) for f in shown["fields"].split(","))
    if isinstance(shown.get("field"), str):
        shown["field"] = label("field", shown["field"], lang)
    if isinstance(shown.get("status"), str):  # an order's status in words, never its code
        shown["status"] = label("status", shown["status"], lang)
    kind = shown.pop("choice_kind", None)
    if isinstance(kind, str) and isinstance(shown.get("choices"), str):
        # codes named in the reader's language: 消费、预授权完成、扫码 (not SALE/QR/…)
        codes = shown["choices"].split(",")
        if _lang_index(lang) == 0:
            shown["choices"] = "、".join(label(kind, c, lang) for c in codes)
        else:
            shown["choices"] = ", ".join(f"{c} ({label(kind, c, lang)})" for c in codes)
    try:
        return texts[_lang_index(lang)].format(**shown)
    except (KeyError, IndexError):
        # a caller left a parameter out: a defect (tests/core/test_messages.py finds them);
        # the person still gets the sentence, with the gap named rather than "{field}"
        log.warning("message %s lacks parameters: %s", key, sorted(shown))
        return texts[_lang_index(lang)].format_map(_Gaps(shown))


class _Gaps(dict[str, Any]):
    def __missing__(self, name: str) -> str:
        return "…"


def event_text(kind: str, lang: str = "zh_CN") -> str:
    """An audit event kind in words, for timelines and the operation log. Events first: a
    kind may share its name with an error message (auth.locked)."""
    texts = EVENTS.get(kind)
    return texts[_lang_index(lang)] if texts else tr(kind, lang)


def label(kind: str, value: str, lang: str = "zh_CN") -> str:
    """A value's name for people: label('status', 'OPEN') → 挂单中."""
    texts = LABELS.get(f"{kind}.{value}")
    return texts[_lang_index(lang)] if texts else value


_terminal_loaded = False


def _load_terminal_messages() -> None:
    global _terminal_loaded
    if _terminal_loaded:
        return
    _terminal_loaded = True
    try:
        from app.payments.card import codes
    except ImportError:
        return
    register(getattr(codes, "MESSAGES", {}))
