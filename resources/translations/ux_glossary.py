"""Chinese for the views issue 14 added or mended (empty result, finished-case summary, the
case review on step 4, the handover sign-off, the operation log), merged by fill_ts.py."""

ZH = {
    # the order list
    "Queue: %1": "队列：%1",
    "Search: “%1”": "搜索：“%1”",
    "Every order not finished yet, also those awaiting approval or escalated": (
        "所有尚未处理完的挂单，包括待审批和已升级的"
    ),
    "Voided, refunded and closed orders": "已撤销、已退货和已关闭的挂单",
    "No suspended orders match": "没有符合条件的挂单",
    "Active filters: %1": "当前筛选：%1",
    "Every suspended order has been handled. Voided and refunded orders are under Handled; "
    "new orders come in by import (F7).": (
        "所有挂单都已处理。已撤销和已退货的挂单在“已处理”中；新挂单可通过导入（F7）加入。"
    ),
    "Clear the filters to see every order; a search looks through all of them.": (
        "清除筛选即可看到全部挂单；搜索会查找所有挂单。"
    ),
    "Clear filters": "清除筛选",
    "View the finished case (F2)": "查看已处理案件 (F2)",
    # the finished case
    "Finished case": "已处理的案件",
    "Finished case · No. %1 · %2": "已处理的案件 · 单号 %1 · %2",
    "Status: %1": "状态：%1",
    "This order was finished without a cancellation case.": "此挂单没有撤销申请记录即已结束。",
    "The application was rejected and the case closed.": "申请已被驳回，案件已关闭。",
    # the case review (step 4, finished case)
    "Contact with the buyer": "与买家沟通",
    "Shift lead's decision": "主管审批",
    "The order's timeline": "处理时间线",
    "Application date": "申请日期",
    "Reason on the form": "申请原因",
    "Contacted by": "沟通方式",
    "Customer": "顾客",
    "Explanation given": "向顾客的说明",
    "Issuing bank": "发卡行",
    "Customer's consent": "顾客意见",
    "Decision": "审批结果",
    "Approver": "审批人",
    "Comment": "审批意见",
    "Decided at": "审批时间",
    "Reason": "原因",
    "Not contacted": "未联系",
    "Contacted": "已联系",
    "The customer agreed": "顾客同意",
    "No agreement recorded": "未记录顾客同意",
    "Not recorded yet": "尚未记录",
    "No evidence files attached.": "未附证据文件。",
    "Approved": "已批准",
    "Rejected": "已驳回",
    "Nothing recorded yet.": "尚无记录。",
    # step 4
    "Waiting %1 since submission. The lead may approve here or at any counter; this window "
    "notices by itself. You may also save and close, and come back later.": (
        "自提交起已等待 %1。主管可在本机或任一收银台审批，本窗口会自动获知结果。"
        "您也可以保存并关闭，稍后再来。"
    ),
    "%1 h %2 min": "%1 小时 %2 分",
    "%1 min %2 s": "%1 分 %2 秒",
    "%1 s": "%1 秒",
    # the handover's money and sign-off
    "This shift's money and the handover": "本班资金与交接班",
    "Handing over": "交班人",
    "Taking over": "接班人",
    "Sign the handover": "签字交班",
    "Both enter their own PIN; the handover is recorded in the operation log": (
        "交班人和接班人各自输入本人 PIN；交接记入操作日志"
    ),
    "Print handover slip": "打印交班单",
    "Handover slip": "交班单",
    "Choose who takes over.": "请选择接班人。",
    "Shift from %1 to %2": "本班：%1 至 %2",
    "Carried over to the next shift: %1 case(s) in progress (%2).": (
        "结转下一班：%1 笔撤销申请仍在处理中（%2）。"
    ),
    "Handed over by %1 to %2 at %3, both PINs confirmed.": (
        "%1 已于 %3 交班给 %2，双方 PIN 已确认。"
    ),
    "Last handover: %1. This shift began then.": "上次交接：%1，本班自那时开始。",
    # money on the causes report
    "Suspended %1; voided %2, refunded %3 (money moved back).": (
        "挂单金额 %1；已撤销 %2，已退货 %3（退回的金额）。"
    ),
    # the operation log
    "Operation log": "操作日志",
    "Verify": "校验",
    "Check every event's signature and link, as guadan audit verify does": (
        "逐条核对每个事件的签名和链接，与 guadan audit verify 相同"
    ),
    "Checking the audit chain…": "正在校验审计链……",
    "All users": "全部用户",
    "All kinds": "全部类型",
    "Sign-in and PINs": "登录与 PIN",
    "Cancellation cases": "撤销申请",
    "Shift handover": "交接班",
    "Event": "操作",
    "By": "操作人",
    "Detail": "详情",
    "%1 events (%2 loaded; scroll for more)": "共 %1 条（已加载 %2 条，向下滚动加载更多）",
    "%1 events": "共 %1 条",
    # step 5
    "%1 s of at most %2 s for the terminal's answer.": "已用时 %1 秒（终端最长应答时间 %2 秒）。",
    "No answer in time: the app is asking the terminal what became of the command. "
    "Nothing is sent twice.": "终端未在时限内应答：正在向终端查询这笔交易的结果，不会重复发送。",
    # the form preview
    "Fit width": "适合宽度",
    "100 %": "100%",
    "The page's width fills the preview": "页面宽度铺满预览区",
    "The form at its printed size": "按打印尺寸显示",
    "Smaller": "缩小",
    "Larger": "放大",
    # step 5: the void by hand when the terminal cannot be reached
    "The terminal cannot be reached: key the void on it by hand": "终端无法连接：改为在终端上手工撤销",
    "Recorded by hand, confirmed by %1": "手工登记，由%1确认",
    "How recorded": "登记方式",
    "Stop waiting (the order stays blocked, nothing is sent again)": "停止等待（此单保持锁定，不会重复发送）",
    "You stopped waiting on screen. The terminal still has the command: its answer is recorded as soon as it comes. Until then this order cannot be voided again, so nothing moves twice. You may close the wizard.": "已停止在屏幕上等待。终端仍在处理这条指令：应答一到即自动登记。在此之前这笔单不能再次撤销，资金不会重复变动。可以关闭向导。",
    # step 3: a date typed or picked
    "year-month-day, like 2026-12-03": "年-月-日，例如 2026-12-03",
    "Calendar": "日历",
    "Pick the day from a calendar": "从日历中选择日期",
    # users: a PIN typed twice, the phone the forms print (masked on screen)
    "Admin PIN again": "再次输入管理员 PIN",
    "Shift lead PIN again": "再次输入值班主管 PIN",
    "The same PIN again": "再次输入同一 PIN",
    "Optional: printed on the forms they file": "选填：打印在其提交的申请表上",
    "PIN again": "再次输入 PIN",
    "Phone": "电话",
    # an empty store's next step, and 新增挂单 by hand
    "No suspended orders yet": "还没有挂单",
    "Suspended orders come in from the till's export file, or are added by hand from the slip. Set the terminal up under Admin → Settings.": "挂单可从收银系统导出的文件导入，或按凭条手工新增。终端在“管理 → 设置”中设置。",
    "Import a file (F7)": "导入挂单文件（F7）",
    "Add an order by hand": "手工新增挂单",
    "Add a suspended order": "新增挂单",
    "Copy the order from the till and the terminal's slip. The same rules as an import apply; a full card number is masked before it is saved.": "按收银系统和终端凭条填写。校验规则与导入相同；完整卡号在保存前即被掩码。",
    "Order no.": "单号",
    "Time of sale": "交易时间",
    "Card no.": "卡号",
    "Place": "交易地点",
    "Merchant no.": "商户编号",
    "Terminal no.": "终端号",
    "Trace no.": "凭证号",
    "Batch no.": "批次号",
    "Operation no.": "操作号",
    "The till's order number": "收银系统的订单号",
    "622848******1234 or the full number": "622848******1234 或完整卡号",
    "6 digits": "6 位数字",
    "12 digits": "12 位数字",
    "6 letters or digits": "6 位字母或数字",
    "— choose —": "— 请选择 —",
    "Batch already settled": "批次已清算",
    "Success notice already sent": "已发送成功通知",
    "Save order": "保存挂单",
    "Till's order no.": "商户订单号",
    "1 order": "共 1 笔",
    "Void recorded by hand": "已手工登记撤销",
    "Refund recorded by hand": "已手工登记退货",
    "The bank's application form is always printed in Chinese. What you type here (explanation, guidance, reason) is printed exactly as typed: write it in Chinese for the bank. The suggested texts are in Chinese for that reason.": "银行的申请表始终以中文打印。此处填写的内容（说明、指引、原因）将按原样打印：请用中文填写。建议文字因此为中文。",
}
