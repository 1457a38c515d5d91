"""Chinese for the main window's header, sign-in and lock, the lead's correction and approval,
shortcuts and help, users and set-up, the handover and the operation log; merged by fill_ts.py."""

ZH = {
    # correction (ui/dialogs/correction_dialog.py)
    "Note (required)": "备注（必填）",
    "Your PIN": "本人 PIN",
    "What the correction is based on, e.g. the slip": "更正依据，如：按签购单",
    "Confirm with your own PIN": "输入您本人的 PIN 确认",
}
