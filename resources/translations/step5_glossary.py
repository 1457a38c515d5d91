"""English source → Chinese for step 5's safety (issue 10): re-send, manual start, a lead's
record of the terminal's print-out. Applied by fill_ts.py."""

ZH = {
    "Send the void again": "再次发送撤销",
    "Once, to the same terminal, after it shows the sale is still there: it never voids one sale twice (it answers 04), so the money moves back once": "只发送一次，且只发给同一台终端，并先确认该交易仍在终端上：终端不会重复撤销同一笔交易（会回 04），款项只会退回一次",
    "Read the terminal's own records about the last command; nothing is sent again": "读取终端自己的记录，核对上一次指令的结果；不会再次发送任何指令",
    "A lead records the terminal's print-out": "主管按终端打印记录登记结果",
    "Record manual void": "登记手工撤销",
    "Start the manual path (before keying on the terminal)": "开始手工操作（在终端上操作之前点击）",
    "The terminal cannot be reached. Key the void by hand on the terminal, then record what its slip says; it is checked against the terminal's journal once the terminal answers again.": "终端无法连接。请在终端上手工撤销，然后登记凭条上的信息；终端恢复连接后，会与终端流水核对。",
    "Auth code (6)": "授权码（6 位）",
    "Trace no. (6 digits)": "凭证号（6 位数字）",
    "Photo of the terminal's print-out": "终端打印记录的照片",
    "Images (*.png *.jpg *.jpeg *.bmp *.webp)": "图片 (*.png *.jpg *.jpeg *.bmp *.webp)",
    "Choose what the terminal's records show.": "请选择终端记录显示的结果。",
    "Attach a photo of the print-out.": "请上传终端打印记录的照片。",
    "Record what the terminal's records show": "按终端记录登记结果",
    "The terminal cannot tell the app what became of the last command. Print the terminal's last transaction or its journal (see the terminal's menu), read it, and record what it shows. Do not void or refund again on the terminal.": "终端无法告诉本系统上一次指令的结果。请在终端上打印最后一笔交易或交易流水（见终端菜单），核对后登记所显示的结果。请勿在终端上再次撤销或退货。",
    "The terminal's print-out shows": "终端打印记录显示",
    "The sale was voided (the money went back)": "该交易已撤销（款项已退回）",
    "The refund went through": "退货已完成",
    "Nothing was done: the sale still stands": "未完成任何操作：原交易仍然有效",
    "Its numbers, if the print-out shows them": "打印记录上的号码（如有）",
    "What you read": "核对所见",
    "Photo of the print-out": "打印记录照片",
}
