"""Acquiring fees (手续费) after the 2016 rate reform (96费改), in fen, rounded half up."""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from sqlalchemy.orm import Session

from app.models import FeeClass, Funding

DEBIT_CAP_FEN = 2000  # ¥20.00 per standard-class debit transaction


@dataclass(frozen=True)
class FeeRule:
    rate: Fraction
    cap_fen: int | None


def fee_rule(fee_class: FeeClass, funding: Funding) -> FeeRule:
    if fee_class is FeeClass.EXEMPT:
        return FeeRule(Fraction(0), None)
    if funding is Funding.QR or fee_class is FeeClass.DISCOUNT:
        return FeeRule(Fraction(38, 10000), None)
    if funding is Funding.DEBIT:
        return FeeRule(Fraction(50, 10000), DEBIT_CAP_FEN)
    return FeeRule(Fraction(60, 10000), None)


def _round_half_up(value: Fraction) -> int:
    # Exact rational arithmetic: no float ever touches money.
    return int((value + Fraction(1, 2)) // 1)


def compute_fee(amount_fen: int, fee_class: FeeClass, funding: Funding) -> int:
    if amount_fen < 0:
        raise ValueError("amount must not be negative")
    rule = fee_rule(fee_class, funding)
    fee = _round_half_up(amount_fen * rule.rate)
    if rule.cap_fen is not None:
        fee = min(fee, rule.cap_fen)
    return fee


def net_of_fee(amount_fen: int, fee_class: FeeClass, funding: Funding) -> int:
    return amount_fen - compute_fee(amount_fen, fee_class, funding)


def fee_effect(
    route_is_void: bool,
    amount_fen: int,
    original_amount_fen: int,
    fee_class: FeeClass,
    funding: Funding,
    refund_returns_fee: bool = False,
    refunded_before_fen: int = 0,
) -> int:
    """What the store gets back in fees (positive) by this void/refund, per the acquirer policy.

    Void: the whole original fee is reversed. Refund: by default the fee is not returned;
    with `refund_returns_fee` the refunded share of the original fee is, so that partial
    refunds together never return more than the fee that was charged (cap included).
    """
    fee = compute_fee(original_amount_fen, fee_class, funding)
    if route_is_void:
        return fee
    if not refund_returns_fee or original_amount_fen <= 0:
        return 0

    def share(refunded: int) -> int:
        return _round_half_up(Fraction(fee * refunded, original_amount_fen))

    return share(refunded_before_fen + amount_fen) - share(refunded_before_fen)


def provider_fee_effect(
    amount_fen: int,
    original_amount_fen: int,
    fee_class: FeeClass,
    *,
    charged: bool,
    refunded_before_fen: int = 0,
) -> int:
    """What comes back in fees when a QR payment held by its provider (支付宝, 微信支付) goes back.

    Not the card acquirer's policy: the provider returns its service fee in proportion to what
    is returned, for a 撤销 of a paid trade (all of it) and for a refund (its share) alike; a
    撤销 that closes an unpaid trade returns nothing, because nothing was charged."""
    if not charged or original_amount_fen <= 0:
        return 0
    fee = compute_fee(original_amount_fen, fee_class, Funding.QR)

    def share(refunded: int) -> int:
        return _round_half_up(Fraction(fee * refunded, original_amount_fen))

    return share(refunded_before_fen + amount_fen) - share(refunded_before_fen)


def merchant_fee_class(session: Session, merchant_no: str) -> FeeClass:
    """The fee class of the merchant an order belongs to (STANDARD for an unknown merchant)."""
    from sqlalchemy import select

    from app.models import Merchant

    found = session.execute(
        select(Merchant.fee_class).where(Merchant.merchant_no == merchant_no)
    ).scalar_one_or_none()
    return found or FeeClass.STANDARD
