"""Chinese for the shared store (issue 15): the link to the server in the status bar and what
works while it is down; merged by fill_ts.py."""

ZH = {
    "online": "联机",
    "offline since %1": "脱机（%1 起）",
    "Offline: what you type stays in the window and is saved when the link is back."
    " Approvals and other counters' cases wait for the link.": (
        "脱机：已输入的内容留在窗口中，联机后再保存。审批和其他收银台的申请需等联机。"
    ),
}
