"""Chinese for the audit alarm (ui/audit_alert.py), merged by fill_ts.py."""

ZH = {
    "Audit trail": "审计链",
    "The audit trail does not hold. Tell a shift lead at once.": "审计链校验未通过。请立即通知值班主管。",
}
