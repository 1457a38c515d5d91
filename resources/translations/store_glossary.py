"""Chinese for the shared store (issue 15): the link to the server in the status bar and what
works while it is down; merged by fill_ts.py."""

ZH = {
    "online": "联机",
    "offline since %1": "脱机（%1 起）",
    "Offline: typing kept, saved once online; no approvals, no other counter's case": (
        "脱机：输入保留，联机后保存；不能审批或处理他台申请"
    ),
}
