"""English source → Chinese for ui/ (main window, dialogs), applied by fill_ts.py."""

ZH = {
    # shared words
    "Time": "时间", "Order no.": "单号", "Amount": "金额", "Funding": "资金", "Card": "卡号",
    "Cause": "原因", "Status": "状态", "Cashier": "收银员", "Place": "交易地点", "Type": "交易类型",
    "Merchant no.": "商户编号", "Terminal no.": "终端号", "Trace no.": "凭证号", "Reference no.": "参考号",
    "Batch no.": "批次号", "Auth code": "授权码", "Operation no.": "操作号", "Settled": "已清算",
    "Success notified": "已发成功通知", "Refunded": "已退金额", "Fee class": "商户类别", "Fee": "手续费",
    "Net": "净额", "Case": "申请单", "Step": "当前步骤", "Note": "备注", "Amount (yuan)": "金额（元）",
    "Yes": "是", "No": "否", "Date": "日期", "Language": "语言", "Locked": "已锁定", "Demo": "演示",
    "Training mode": "培训模式", "Simulated terminal": "模拟终端", "Merchant name": "商户名称",
    "PIN": "PIN 码", "Name": "姓名", "Role": "角色", "State": "状态", "Save": "保存", "Back": "返回",
    "Not available yet": "暂不可用",
    # correction
    "The amount must be in yuan, like 128.00.": "金额须以元为单位，例如 128.00。",
    "Correct order %1": "更正挂单 %1",
    "Escalation note: %1": "升级说明：%1",
    "After saving, the cashier verifies the order again (step 1).": "保存后，收银员需重新核对挂单信息（第 1 步）。",
    # detail pane
    "Order %1": "挂单 %1", "Details": "详情", "Timeline": "处理时间线",
    "Nothing has happened to this order yet.": "此挂单尚无处理记录。",
    "Select an order to see all its fields, fee and timeline.": "选择一笔挂单，查看全部字段、手续费和处理时间线。",
    "Start cancellation (F2)": "开始撤销 (F2)",
    "Open the five-step cancellation wizard for this order (F2)": "为此挂单打开撤销五步向导 (F2)",
    "Print form (Ctrl+P)": "打印申请表 (Ctrl+P)",
    "Print the application form of this order's case (Ctrl+P)": "打印此挂单的撤销申请表 (Ctrl+P)",
    "Correct order data": "更正挂单信息",
    "Correct the escalated order's data (shift lead)": "更正已升级挂单的信息（值班主管）",
    # filters
    "All statuses": "全部状态", "All causes": "全部原因", "All funding": "全部资金", "All dates": "全部日期",
    "Today": "今天", "Last 7 days": "最近 7 天", "Last 30 days": "最近 30 天", "Date range…": "日期范围…",
    # first run
    "Welcome to guadan": "欢迎使用挂单撤销",
    "This database is empty. What would you like to do?": "数据库还是空的。您想要：",
    "Set up this store — merchant, terminal, first admin and shift lead": "设置本店 —— 商户、终端、首位管理员和值班主管",
    "Try the demo — sample store and orders in a separate database": "试用演示 —— 示例门店和挂单，使用独立的演示数据库",
    "Demo users: 张三 (cashier, PIN 111111), 李四 (shift lead, 222222), 王芳 (admin, 333333).":
        "演示用户：张三（收银员，PIN 111111）、李四（值班主管，222222）、王芳（管理员，333333）。",
    "Merchant no. (15 digits)": "商户编号（15 位）", "Terminal no. (8 characters)": "终端号（8 位）",
    "Terminal port": "终端端口", "Admin name": "管理员姓名", "Admin PIN (6+ digits)": "管理员 PIN（至少 6 位数字）",
    "Shift lead name": "值班主管姓名", "Shift lead PIN (6+ digits)": "值班主管 PIN（至少 6 位数字）",
    "Set up the store": "完成设置",
    # status bar
    "Not signed in": "未登录", "checking…": "检测中…", "connected": "已连接", "not reachable": "无法连接",
    "Terminal: %1 %2": "终端：%1 %2", "opening…": "正在打开…", "shared server": "共享服务器",
    "this PC": "本机", "Database: %1": "数据库：%1",
    # import
    "Choose a file": "选择文件", "Order files (*.csv *.json)": "挂单文件 (*.csv *.json)",
    "Checking every row…": "正在逐行检查…", "Imported %1 orders.": "已导入 %1 笔挂单。",
    "Nothing was imported: %1 problem(s) in the file. Fix them and import again.":
        "未导入任何挂单：文件中有 %1 处问题。请修改后重新导入。",
    "Import orders": "导入挂单",
    "Choose a CSV or JSON file exported by the store POS. Every row is checked first: if any row is wrong, nothing is imported.":
        "请选择收银系统导出的 CSV 或 JSON 文件。每一行都会先检查：只要有一行有误，就不会导入任何数据。",
    "Choose file…": "选择文件…", "No file chosen": "未选择文件", "Import": "导入", "Row": "行",
    "Column": "列", "Problem": "问题",
    # lock
    "The window is locked": "窗口已锁定", "Enter the PIN of %1 to unlock.": "请输入 %1 的 PIN 码解锁。",
    "Unlock": "解锁",
    # main window
    "%1 orders": "共 %1 笔", "Loading…": "加载中…",
    "%1 new suspended order(s) arrived": "新挂单提醒：新增 %1 笔挂单",
    "Select an order first.": "请先选择一笔挂单。",
    "The cancellation wizard is not available yet.": "撤销向导暂不可用。",
    "Suspended": "挂单", "Awaiting approval": "待审批", "Escalated": "已升级", "Handled": "已处理",
    "Reports": "报表",
    "Training mode — practice data, simulated terminal, no real money moves":
        "培训模式 —— 练习数据、模拟终端，不会发生真实资金变动",
    "Demo — sample data in its own database": "演示 —— 示例数据，独立数据库",
    "Suspended orders waiting to be handled": "等待处理的挂单",
    "Applications waiting for a shift lead's approval": "等待值班主管审批的申请",
    "Orders escalated because their data is wrong": "因信息有误而升级的挂单",
    "Voided, refunded, rejected and closed orders": "已撤销、已退货、已驳回和已关闭的挂单",
    "Order no. / card last 4 / amount": "单号 / 卡号后四位 / 金额",
    "Search by order number, card last four digits or amount (Ctrl+F)": "按单号、卡号后四位或金额搜索 (Ctrl+F)",
    "Reports are coming in a later version.": "报表功能将在后续版本中提供。",
    "Start cancellation": "开始撤销", "Refresh": "刷新", "Print application form": "打印申请表",
    "Lock": "锁定", "Search": "搜索", "Import orders…": "导入挂单…", "Settings…": "设置…",
    "Users…": "用户…", "Quit": "退出", "&File": "文件(&F)", "&View": "视图(&V)", "&Case": "撤销(&C)",
    "&Admin": "管理(&A)",
    # settings
    "The approval threshold must be an amount in yuan, like 5000.00.": "审批金额上限须为以元计的金额，例如 5000.00。",
    "Training mode is starting in a new window.": "培训模式正在新窗口中启动。",
    "Settings": "设置", "Store": "门店", "Card terminal": "刷卡终端", "Rules": "规则",
    "Lock after idle (minutes)": "空闲自动锁定（分钟）", "Slip printer": "小票打印机", "Port": "端口",
    "Baud rate": "波特率", "ACK timeout (ms)": "ACK 超时（毫秒）", "Answer timeout (ms)": "应答超时（毫秒）",
    "Inter-byte timeout (ms)": "字节间隔超时（毫秒）", "Admin approval above (yuan)": "超过此金额需管理员审批（元）",
    "Refund window (days)": "退货期限（天）",
    "e.g. serial:/dev/ttyS0?baudrate=9600 (empty: none)": "例如 serial:/dev/ttyS0?baudrate=9600（留空：无）",
    "Start training mode (practice database, simulated terminal)": "启动培训模式（练习数据库、模拟终端）",
    # sign in
    "Enter your name and PIN.": "请输入姓名和 PIN 码。", "Sign in": "登录",
    "guadan — suspended orders": "挂单撤销", "User": "用户",
    # startup
    "Opening the database…": "正在打开数据库…",
    "The database cannot be opened:\n%1": "无法打开数据库：\n%1",
    # users
    "Active": "启用", "Disabled": "已停用", "Enable": "启用", "Disable": "停用",
    "User %1 added.": "已添加用户 %1。", "%1 enabled.": "已启用 %1。", "%1 disabled.": "已停用 %1。",
    "PIN of %1 reset.": "已重置 %1 的 PIN 码。", "Users": "用户管理", "Reset PIN": "重置 PIN",
    "New PIN (6+ digits)": "新 PIN（至少 6 位数字）", "Add user": "添加用户", "PIN (6+ digits)": "PIN（至少 6 位数字）",
    # actions
    "Select an order that has a cancellation case to print its form.": "请选择一笔已有撤销申请的挂单来打印申请表。",
    "Printing forms is not available yet.": "打印申请表功能暂不可用。",
    "Form saved: %1": "申请表已保存：%1",
}
