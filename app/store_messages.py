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
    "lease.held": (
        "正在由 {counter} 处理（{name}）。请到该收银台继续；该收银台已离开时，可请主管解除占用。",
        "Being handled at {counter} ({name}). Continue there; if that counter is gone, a lead "
        "can release the order.",
    ),
}

EVENTS: dict[str, tuple[str, str]] = {
    "lease.broken": ("主管解除收银台占用", "Lead released a counter's hold on the order"),
}

messages.register(MESSAGES)
messages.register_events(EVENTS)
