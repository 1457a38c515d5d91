"""Chinese for the shared store (issue 15): the link to the server in the status bar and what
works while it is down; merged by fill_ts.py."""

ZH = {
    "online": "联机",
    "offline since %1": "脱机（%1 起）",
    "Offline: typing kept, saved once online; no approvals, no other counter's case": (
        "脱机：输入保留，联机后保存；不能审批或处理他台申请"
    ),
    "Offline: go on with this counter's cases (steps 1–3, step 5 if approved) and print; no "
    "approvals, no other counter's case": (
        "脱机：可继续本台申请（步骤1–3，已批准的步骤5）和打印；不能审批或处理他台申请"
    ),
    "Offline: own cases go on; no approvals": "本台申请可续办，不能审批",
    "%1 waiting to sync": "待同步 %1 条",
    "synced %1": "同步于 %1",
}
