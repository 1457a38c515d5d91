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
            "PIN 太容易被猜到（如 123456、111111），请换一个难猜的。",
            "This PIN is too easy to guess (like 123456 or 111111); choose a harder one.",
        ),
        "settings.pin_max_tries": (
            "PIN 最多可输错次数须在 1–10 次之间（PCI DSS 8.3.4）。",
            "Wrong PINs before a lock: 1 to 10 (PCI DSS 8.3.4).",
        ),
        "settings.pin_lockout": (
            "PIN 输错锁定时间须在 30 分钟到 24 小时之间（PCI DSS 8.3.4）。",
            "A PIN lock lasts 30 minutes to 24 hours (PCI DSS 8.3.4).",
        ),
        # approval and execution rules (app/workflow/rules.py)
        "approve.worked_on_case": (
            "您经手过这个案件（开案、核对、沟通、填表、上传附件或提交），不能审批它。请由另一位未经手的主管审批。",
            "You worked on this case (opened, verified, contacted, filled, attached or submitted it), so you cannot approve it. Ask a lead who did not.",
        ),
        "execute.no_approval": (
            "这个案件没有主管的批准记录，不能执行撤销或退货。请先提交审批，由主管用自己的 PIN 批准。",
            "This case has no lead's approval, so no money can move. Submit it and have a lead approve it with their own PIN.",
        ),
        "execute.approver_not_eligible": (
            "批准这个案件的人无权批准它（经手过此案、已停用、不是主管，或金额须由管理员批准）。请撤回批准后重新审批。",
            "Whoever approved this case may not approve it (worked on it, disabled, not a lead, or the amount needs an admin). Withdraw the approval and have it approved again.",
        ),
        "execute.amount_exceeds_paid": (
            "金额 {amount} 超过此笔交易还可退还的 {remaining}（已付款减去已退款）。未执行；请撤回批准，按剩余金额重新填表。",
            "The amount {amount} is more than the {remaining} left to give back (paid minus refunded). Nothing was sent; withdraw the approval and fill the form again for what is left.",
        ),
        "user.admin_required": (
            "本店已设置好：新增用户须由管理员登录后操作。",
            "This store is set up: a new user is added by a signed-in admin.",
        ),
        "attachment.bad_purpose": (
            "附件用途“{purpose}”无效。附件只能作为申请表的证据（提交前）上传。",
            "'{purpose}' is not an attachment purpose. Attach files as evidence for the form, before submission.",
        ),
        # restore (app/restore.py)
        "restore.not_found": (
            "找不到备份文件“{name}”。请检查路径，备份在数据目录的 backups 文件夹中。",
            "Backup file '{name}' not found. Check the path; backups are in the data dir's backups folder.",
        ),
        "restore.not_a_backup": (
            "“{name}”不是本程序的数据库备份。请选择 guadan backup 或自动备份生成的 .sqlite3 文件。",
            "'{name}' is not a backup of this app's database. Choose a .sqlite3 file made by guadan backup or an automatic backup.",
        ),
        "restore.empty_backup": (
            "备份“{name}”中没有门店数据（空数据库），恢复它会清空本店。未恢复；请选择另一份备份。",
            "Backup '{name}' holds no store (an empty database): restoring it would wipe this store. Not restored; choose another backup.",
        ),
        "restore.sqlite_only": (
            "只有本机 SQLite 数据库可以从备份恢复；共享服务器的备份由数据库管理员恢复。",
            "Only this PC's SQLite store is restored from a backup; a shared server's backups are the DBA's.",
        ),
        "restore.other_merchant": (
            "这份备份属于另一家商户（商户编号 {merchant_no}），不是本店的。未恢复。",
            "This backup belongs to another merchant (merchant no. {merchant_no}), not this store. Not restored.",
        ),
        "restore.other_store": (
            "这份备份来自另一个门店数据库（审计链不是本店的）。未恢复；请选择本店的备份。",
            "This backup comes from another store database (its audit trail is not this store's). Not restored; choose one of this store's backups.",
        ),
        "restore.gap": (
            "这份备份比最后一个审计检查点旧：恢复会丢掉 {events} 条已发生的事件（{gaps}），其中可能有已完成的撤销或退货。若确实要恢复，请确认缺口后再执行（--accept-gap），恢复后核对终端流水。",
            "This backup is older than the last audit checkpoint: restoring it drops {events} events that happened ({gaps}), possibly voids or refunds that went through. To restore anyway, confirm the gap (--accept-gap) and check the terminal's journal afterwards.",
        ),
        "cli.pin_missing": (
            "没有读到 PIN。请在提示时输入，或从标准输入提供一行（不要写在命令行上）。",
            "No PIN was read. Type it at the prompt, or give one line on standard input (never on the command line).",
        ),
        "cli.pin_argument": (
            "PIN 不能写在命令行上（其他用户可在进程列表中看到）。请去掉 --pin，在提示时输入，或从标准输入提供。",
            "A PIN never goes on the command line (others can read it in the process list). Drop --pin and type it at the prompt, or give it on standard input.",
        ),
        # imports (app/import_checks.py)
        "import.file_too_large": (
            "文件有 {size_mb} MB，超过导入上限 {max_mb} MB。请分成几个较小的文件导入，或请管理员在设置中调高上限。",
            "The file is {size_mb} MB, over the import limit of {max_mb} MB. Split it into smaller files, or ask an admin to raise the limit in the settings.",
        ),
        "settings.import_max_mb": (
            "导入文件上限须在 1–1024 MB 之间。",
            "The import limit is 1 to 1024 MB.",
        ),
        "import.mixed_encoding": (
            "文件不是统一的一种编码：第 {line} 行起与前面的编码不同（可能混入了其他文件的内容）。请用 UTF-8 另存后再导入。",
            "The file is not in one encoding throughout: line {line} differs from the rest (text from another file?). Save it as UTF-8 and import again.",
        ),
        "import.looks_latin1": (
            "文件看来不是中文编码：第 {line} 行的文字像是西文（Latin-1）编码被当成了 GBK，例如 Müller 会变成乱码。请用 UTF-8 另存后再导入。",
            "The file does not look like Chinese text: line {line} reads like Latin-1 taken for GBK (Müller would turn into hanzi). Save it as UTF-8 and import again.",
        ),
        "import.nul_byte": (
            "第 {line} 行含有空字符（NUL），不是文本文件的内容。请从收银系统重新导出。",
            "Line {line} holds a NUL byte, which no text file has. Export the file from the till again.",
        ),
        "import.duplicate_column": (
            "列“{column}”与“{other}”是同一栏，出现了两次，无法确定用哪一个。请删除其中一列。",
            "Column '{column}' is the same as '{other}': given twice, it is unclear which counts. Delete one of them.",
        ),
        "import.duplicate_key": (
            "JSON 中同一笔挂单的“{column}”出现了两次，无法确定用哪一个。请删除其中一个。",
            "An order in the JSON gives '{column}' twice; it is unclear which counts. Delete one.",
        ),
        "import.too_deep": (
            "JSON 嵌套层数过多，不是收银系统导出的挂单文件。请检查文件。",
            "The JSON is nested far too deep to be a till's export of orders. Check the file.",
        ),
        "import.nested_value": (
            "此栏应为一个值，文件中却是一组数据（JSON 对象或列表）。请检查导出格式。",
            "This field should be one value, but the file has a group of values (a JSON object or list). Check the export.",
        ),
        "import.bad_text": (
            "此栏含有无效字符（孤立的代理字符），请检查导出文件。",
            "This field holds an invalid character (a lone surrogate). Check the export.",
        ),
        "import.cell_too_long": (
            "此栏内容过长（超过 {max} 个字），不是挂单的字段。请检查文件。",
            "This field is too long (over {max} characters) to be an order's field. Check the file.",
        ),
        "import.bad_csv": (
            "第 {line} 行无法按 CSV 读取（引号不成对或单元格过大）。请从收银系统重新导出。",
            "Line {line} cannot be read as CSV (an unclosed quote or a huge cell). Export the file again.",
        ),
        "import.amount_too_large": (
            "金额超过 {ceiling}，不像一笔收银交易。请检查金额（单位是元）。",
            "The amount is over {ceiling}, not a till's sale. Check the amount (in yuan).",
        ),
        "import.too_old": (
            "交易时间早于 {year} 年，请检查日期。",
            "The time is before {year}; check the date.",
        ),
        "import.other_merchant": (
            "商户编号 {merchant_no} 不是本店的商户，这笔挂单不能在本店处理。请删除这一行，或由该商户自己导入。",
            "Merchant number {merchant_no} is not this store's; the order cannot be handled here. Delete the row, or have that merchant import it.",
        ),
        "import.unknown_terminal": (
            "终端号 {terminal_no} 不是本店登记的终端，这笔挂单的撤销无法送到本店的任何终端。请检查文件；若确是本店的终端，请管理员先登记（guadan terminal add {terminal_no}）再导入。",
            "Terminal {terminal_no} is not one of this store's registered terminals: no counter here could void this order on it. Check the file; if it is the store's own, have an admin register it first (guadan terminal add {terminal_no}) and import again.",
        ),
        "print.batch_lead_only": (
            "批量打印申请表须由值班主管或管理员进行。",
            "Printing a batch of forms is for a shift lead or an admin.",
        ),
        "terminal.already_registered": (
            "终端 {terminal_no} 已经登记过了。",
            "Terminal {terminal_no} is already registered.",
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
        "store.restored": ("从备份恢复数据库", "Database restored from a backup"),
        "store.terminal_added": ("登记本店终端", "Store terminal registered"),
    }
)
