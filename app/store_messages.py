"""Messages of the shared store (issue 15): leases, the link to the server. Registered into
app.messages on import."""

from __future__ import annotations

from app import messages

MESSAGES: dict[str, tuple[str, str]] = {
    "store.offline": (
        "未能保存：与共享服务器的连接中断（脱机）。已输入的内容仍在窗口中，联机后请再试一次。",
        "Not saved: the link to the shared server is down (offline). What you typed is still "
        "in the window; try again when the link is back.",
    ),
    "store.offline_not_held": (
        "脱机时只能继续本收银台断网前正在处理的挂单。联机后再处理此单。",
        "Offline, this counter can only go on with the orders it was working on when the link "
        "dropped. Handle this one once the link is back.",
    ),
    "store.offline_no_approval": (
        "脱机时不能审批：主管的决定须在共享服务器上，各收银台才能看到。联机后再审批。",
        "No approvals offline: a lead's decision must be on the shared server, where every "
        "counter sees it. Approve once the link is back.",
    ),
    "store.offline_no_lead_work": (
        "脱机时不能更正挂单数据或解除占用：须在共享服务器上进行。联机后再试。",
        "Offline, order data cannot be corrected nor a hold released: that is done on the "
        "shared server. Try again once the link is back.",
    ),
    "store.offline_no_new_case": (
        "脱机时不能新建撤销申请（申请编号由共享服务器分配）。联机后再开始。",
        "No new cancellation case offline (case numbers come from the shared server). Start it "
        "once the link is back.",
    ),
    "join.bad_url": (
        "请给出共享服务器的地址，如 postgresql+psycopg://till1@192.168.1.10/guadan（含用户名和服务器）。",
        "Give the shared server's address, e.g. postgresql+psycopg://till1@192.168.1.10/guadan "
        "(with the user and the server).",
    ),
    "join.password_in_url": (
        "地址中不要写密码：命令行上的密码其他用户可以看到。去掉密码后再运行，程序会提示输入。",
        "Leave the password out of the address: on the command line other users can read it. "
        "Run again without it; you will be asked for it.",
    ),
    "join.cannot_connect": (
        "无法以此账号连接共享服务器（{why}）：请核对地址、密码和网络。",
        "Cannot connect to the shared server with this login ({why}): check the address, the "
        "password and the network.",
    ),
    "join.no_keyring": (
        "本机没有可用的系统钥匙串，服务器密码无处安全保存：请先安装钥匙串（Secret Service / Windows 凭据管理器）。",
        "This PC has no usable OS keyring, so the server's password cannot be kept safely: "
        "install one first (Secret Service / Windows Credential Manager).",
    ),
    "migrate.not_one_pc": (
        "只能把本机的 SQLite 门店迁到共享服务器：请用 --db 指定本机数据库文件，URL 指定服务器。",
        "Only a one-PC SQLite store moves to a shared server: --db names this PC's file, the URL "
        "the server.",
    ),
    "migrate.source_chain": (
        "本机数据库的审计链不完整（{reason}），不能迁移：请先运行 guadan audit verify 查明原因。",
        "This PC's audit chain does not hold ({reason}); nothing was moved. Run guadan audit "
        "verify first.",
    ),
    "migrate.target_not_empty": (
        "共享服务器上已有门店数据，不能迁入：迁移只能进入空的数据库（先由所有者运行 guadan migrate）。",
        "The shared server already holds store data; a store moves only into an empty database "
        "(the owner runs guadan migrate first).",
    ),
    "migrate.target_chain": (
        "迁移后服务器上的审计链与本机不一致（{reason}）：请通知管理员，本机数据库未改动。",
        "After the move the server's audit chain differs from this PC's ({reason}): tell the "
        "administrator; this PC's database is unchanged.",
    ),
    "lease.held": (
        "正在由 {counter} 处理（{name}）。请到该收银台继续；该收银台已离开时，可请主管解除占用。",
        "Being handled at {counter} ({name}). Continue there; if that counter is gone, a lead "
        "can release the order.",
    ),
}

EVENTS: dict[str, tuple[str, str]] = {
    "lease.broken": ("主管解除收银台占用", "Lead released a counter's hold on the order"),
    "store.keys_exported": (
        "管理员导出门店密钥（供收银台加入）",
        "Admin exported the store's keys (to join a counter)",
    ),
    "sync.conflict": (
        "脱机期间的更改未采用（该单已由其他收银台处理）",
        "Changes made offline not applied (another counter handled the order meanwhile)",
    ),
}

messages.register(MESSAGES)
messages.register_events(EVENTS)
