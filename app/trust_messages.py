"""Message keys of the audit anchoring, the row-state checks, restore, PINs and the approval
rules (issue 11), registered into app.messages (zh_CN, en)."""

from __future__ import annotations

from app.messages import register, register_events

register(
    {
        # verification
        "audit.verify.ok": (
            "审计链完整：已核对 {checked} 条事件（{chains} 条收银台链），与 {cps} 个检查点一致。",
            "Audit trail intact: {checked} events checked ({chains} counter chains), matching {cps} checkpoints.",
        ),
        "audit.verify.ok_unanchored": (
            "审计链完整：已核对 {checked} 条事件（{chains} 条收银台链）。本机尚无外部检查点，下次交接班时会生成。",
            "Audit trail intact: {checked} events checked ({chains} counter chains). This PC has no outside checkpoint yet; the next handover makes one.",
        ),
        "audit.verify.replaced": (
            "审计链被破坏：此位置的数据库已不是检查点记录的门店数据库（被替换或清空）。请立即通知管理员。",
            "Audit trail broken: the database here is not the store the checkpoints recorded (replaced or emptied). Tell an admin at once.",
        ),
        "audit.verify.truncated": (
            "审计链被破坏：收银台 {counter} 的链在检查点第 {seq} 条之前就结束了（事件被截断或删除）。请立即通知管理员。",
            "Audit trail broken: counter {counter}'s chain ends before checkpoint event {seq} (events cut off or deleted). Tell an admin at once.",
        ),
        "audit.verify.diverged": (
            "审计链被破坏：收银台 {counter} 第 {seq} 条事件与检查点记录的不同（链被改写）。请立即通知管理员。",
            "Audit trail broken: counter {counter}'s event {seq} differs from the checkpoint (the chain was rewritten). Tell an admin at once.",
        ),
        "audit.verify.mac": (
            "审计链被破坏：收银台 {counter} 第 {seq} 条事件的签名不符（不是本店程序写入的）。请立即通知管理员。",
            "Audit trail broken: counter {counter}'s event {seq} has a wrong signature (not written by this store's app). Tell an admin at once.",
        ),
        "audit.verify.content": (
            "审计链被破坏：收银台 {counter} 第 {seq} 条事件内容被修改。请立即通知管理员。",
            "Audit trail broken: counter {counter}'s event {seq} was edited. Tell an admin at once.",
        ),
        "audit.verify.link": (
            "审计链被破坏：收银台 {counter} 第 {seq} 条事件与前一条接不上（事件被删除或顺序被改动）。请立即通知管理员。",
            "Audit trail broken: counter {counter}'s event {seq} does not follow the one before (deleted or reordered). Tell an admin at once.",
        ),
        "audit.verify.gap": (
            "审计链被破坏：收银台 {counter} 的链在第 {seq} 条处缺号（事件被删除或重新编号）。请立即通知管理员。",
            "Audit trail broken: counter {counter}'s chain misses event {seq} (deleted or renumbered). Tell an admin at once.",
        ),
        "audit.verify.legacy": (
            "审计链被破坏：升级前的旧事件与升级时封存的记录不符。请立即通知管理员。",
            "Audit trail broken: the events from before the upgrade do not match their seal. Tell an admin at once.",
        ),
        "audit.verify.checkpoint": (
            "审计检查点被修改或伪造。请立即通知管理员。",
            "An audit checkpoint was edited or forged. Tell an admin at once.",
        ),
        "audit.verify.key_missing": (
            "本机没有本店的审计密钥，无法核对签名。请管理员为本机重新加入门店（guadan store join）。",
            "This PC lacks the store's audit key, so signatures cannot be checked. Ask an admin to join this PC to the store again (guadan store join).",
        ),
        "audit.state_mismatch": (
            "记录（{what}）与审计链第 {seq} 条所记的不一致，可能被绕过程序修改过。操作已拒绝，请通知管理员。",
            "This record ({what}) differs from what audit event {seq} says; it may have been changed outside the app. Refused; tell an admin.",
        ),
        "audit.state_unknown": (
            "审计链中没有这条记录（{what}）的来历，可能是绕过程序写入的。操作已拒绝，请通知管理员。",
            "The audit trail has no record of how this {what} came to be; it may have been written outside the app. Refused; tell an admin.",
        ),
        "audit.code_event_missing": (
            "交接单上的第 {seq} 条事件已不在审计链中：链被截断。",
            "Event {seq} from the handover slip is no longer in the audit trail: the chain was cut.",
        ),
        "audit.code_bad": (
            "无法识别的检查码。请输入交接单上二维码的内容。",
            "Not a checkpoint code. Enter the text of the handover slip's QR code.",
        ),
        "store_key.missing.audit-key": (
            "本机没有本店的审计密钥（不在系统钥匙串中）。请管理员为本机重新加入门店（guadan store join）。",
            "This PC lacks the store's audit key (not in the OS keyring). Ask an admin to join this PC to the store again (guadan store join).",
        ),
        "store_key.missing.pin-pepper": (
            "本机没有本店的 PIN 密钥，无法核对 PIN。请管理员为本机重新加入门店（guadan store join）。",
            "This PC lacks the store's PIN key, so PINs cannot be checked. Ask an admin to join this PC to the store again (guadan store join).",
        ),
        "store_key.bad_export": (
            "门店密钥格式不对。请复制首台收银机导出的完整一行（以 GDKEYS1: 开头）。",
            "Not a store key export. Copy the whole line the first counter exported (it starts with GDKEYS1:).",
        ),
        "store_key.other_store": (
            "这些密钥属于另一家门店。",
            "These keys belong to another store.",
        ),
        "store_key.conflict": (
            "本机已有这家门店的另一把密钥，未覆盖。请管理员核实。",
            "This PC already holds a different key for this store; it was not overwritten. Ask an admin.",
        ),
        # PINs
        "user.pin_trivial": (
            "这个 PIN 太容易被猜到（如 123456、111111、连续或重复的数字）。请换一个不易猜到的 6–12 位数字。",
            "This PIN is too easy to guess (like 123456, 111111, or a run or repeat of digits). Choose 6 to 12 digits that are hard to guess.",
        ),
        "settings.pin_max_tries": (
            "PIN 最多可输错次数须在 1–10 次之间（PCI DSS 8.3.4）。",
            "Wrong PINs before a lock: 1 to 10 (PCI DSS 8.3.4).",
        ),
        "settings.pin_lockout": (
            "PIN 输错锁定时间须在 30 分钟到 24 小时之间（PCI DSS 8.3.4）。",
            "A PIN lock lasts 30 minutes to 24 hours (PCI DSS 8.3.4).",
        ),
        # events the chain writes about itself
        "audit.chain_opened": ("审计链开始", "Audit chain opened"),
        "audit.baseline": ("审计基线", "Audit baseline"),
    }
)

register(
    {
        "db.upgrade_needs_owner": (
            "共享数据库需要升级（{current} → {head}），但收银台的账号无权修改表结构。请管理员用数据库所有者账号运行：guadan --db postgresql://所有者@服务器/库 migrate",
            "The shared database needs an upgrade ({current} → {head}), and a counter's login may not change the schema. Ask an admin to run, as the database owner: guadan --db postgresql://OWNER@HOST/DB migrate",
        ),
    }
)

register_events(
    {
        "user.pin_upgraded": ("PIN 改用新的加密方式保存", "PIN stored with the new hashing"),
    }
)
