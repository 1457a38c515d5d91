"""Printed paper of guadan: the 撤销POS机交易申请表 (A4 PDF), form batches and void/refund slips.

Imports `app/` only; never Qt, so the CLI and the tests print without a GUI.
"""
