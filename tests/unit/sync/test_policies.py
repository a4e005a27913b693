"""Per-field last-writer-wins, seat decisions and cursors: the pure parts of sync."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.sync.policies import (
    HUB_DECIDES,
    HUB_POLICIES,
    OWNERSHIP,
    PRIVATE_FIELDS,
    OwnerOf,
    Party,
    Policy,
    changed_columns,
    is_shared,
    merge_fields,
    policy_of,
    seat_status,
)
from app.sync.protocol import Cursor
from app.sync.schema import SCHEMAS


def stamp(ms: int, node: str = "k") -> str:
    return f"{ms:016d}-0000-{node}"


def test_a_new_row_takes_every_column() -> None:
    merge = merge_fields(None, {}, {"id": "1", "a": 1, "b": 2}, stamp=stamp(5), origin="k")
    assert merge.row == {"id": "1", "a": 1, "b": 2, "origin": "k", "hlc": stamp(5)}
    assert merge.field_hlc == {"a": stamp(5), "b": stamp(5)}


def test_the_later_write_wins_only_the_columns_it_changed() -> None:
    row = {"id": "1", "email": "old@x", "phone": "1"}
    stamps = {"email": stamp(5), "phone": stamp(5)}
    first = merge_fields(
        row, stamps, {**row, "phone": "2"}, stamp=stamp(9), origin="a", changed=["phone"]
    )
    # A later write that changed only the email carries the stale phone along: it stays "2".
    second = merge_fields(
        first.row,
        first.field_hlc,
        {**row, "email": "new@x"},
        stamp=stamp(10),
        origin="b",
        changed=["email"],
    )
    assert (second.row["email"], second.row["phone"]) == ("new@x", "2")


def test_an_older_write_loses_its_column() -> None:
    row = {"id": "1", "name": "Zoë"}
    merge = merge_fields(
        row,
        {"name": stamp(10)},
        {"id": "1", "name": "Zoé"},
        stamp=stamp(3),
        origin="a",
        changed=["name"],
    )
    assert not merge.changed
    assert merge.row["name"] == "Zoë"


@given(
    st.permutations(
        [
            (stamp(ms, node), value)
            for ms, node, value in [(1, "a", "x"), (2, "b", "y"), (2, "c", "z"), (7, "a", "w")]
        ]
    )
)
def test_merging_in_any_order_converges(writes: list[tuple[str, str]]) -> None:
    row: dict[str, object] | None = None
    stamps: dict[str, str] = {}
    for hlc, value in writes:
        merge = merge_fields(
            row, stamps, {"id": "1", "v": value}, stamp=hlc, origin="k", changed=["v"]
        )
        row, stamps = merge.row, merge.field_hlc
    assert row is not None and row["v"] == "w"


def test_changed_columns_ignore_version_columns() -> None:
    old = {"id": "1", "hlc": "a", "updated_at": "t1", "email": "x", "phone": "1"}
    new = {"id": "1", "hlc": "b", "updated_at": "t2", "email": "y", "phone": "1"}
    assert changed_columns(old, new) == ["email"]


def test_policies() -> None:
    assert policy_of("visit") is Policy.append_only
    assert policy_of("person") is Policy.lww
    assert policy_of("content_page") is Policy.hub
    assert policy_of("signup") is Policy.seats
    assert is_shared("person") and is_shared("body") and not is_shared("visit")


@pytest.mark.parametrize(
    ("capacity", "confirmed", "status"),
    [
        (None, 100, "confirmed"),
        (2, 1, "confirmed"),
        (2, 2, "waitlisted"),
        (0, 0, "waitlisted"),
    ],
)
def test_seats(capacity: int | None, confirmed: int, status: str) -> None:
    assert seat_status(capacity, confirmed) == status


def test_cursors_order_by_transaction_then_sequence() -> None:
    assert Cursor.parse("") == Cursor() and Cursor().is_start
    assert Cursor.parse(str(Cursor(12, 5))) == Cursor(12, 5)
    assert Cursor(3, 900) < Cursor(4, 1)
    with pytest.raises(ValueError, match="cursor"):
        Cursor.parse("x.y")


def test_every_synced_table_declares_who_may_write_it() -> None:
    """A new synced entity must say who creates, changes and deletes its rows."""
    assert set(OWNERSHIP) == set(SCHEMAS)


@pytest.mark.parametrize("entity", sorted(OWNERSHIP))
def test_the_ownership_rule_agrees_with_the_merge_policy(entity: str) -> None:
    rules = OWNERSHIP[entity]
    if policy_of(entity) in HUB_POLICIES:
        assert rules.change is Party.hub and rules.delete is Party.hub
    elif not is_shared(entity):
        # An antenne's request (a travel aid) is answered by the hub alone.
        change = Party.hub if entity in HUB_DECIDES else Party.antenne
        assert (rules.create, rules.change, rules.delete) == (Party.antenne, change, Party.antenne)
        assert rules.open_fields == set()
        assert rules.owner is None or not is_shared(str(rules.owner.via))
    else:
        # A shared row's antenne changes it; the columns others may change are its own.
        assert rules.change is Party.antenne and rules.delete is Party.antenne
        assert rules.open_fields <= set(SCHEMAS[entity].checks)
    owner = rules.owner
    if owner is not None:
        assert owner.column in SCHEMAS[entity].checks
        assert owner.via is None or owner.via in OWNERSHIP


def test_a_persons_row_is_their_antennes_alone() -> None:
    rules = OWNERSHIP["person"]
    assert rules.owner == OwnerOf("antenna_id")
    assert (rules.change, rules.delete, rules.open_fields) == (Party.antenne, Party.antenne, set())
    assert {"email", "phone"} == set(PRIVATE_FIELDS["person"])


@pytest.mark.parametrize("entity", sorted(OWNERSHIP))
def test_hub_only_columns_are_columns_no_kiosk_may_open(entity: str) -> None:
    rules = OWNERSHIP[entity]
    assert rules.hub_fields <= set(SCHEMAS[entity].checks)
    assert not rules.hub_fields & rules.open_fields


def test_when_the_hub_relayed_an_introduction_is_never_a_kiosks_to_say() -> None:
    from app.sync.policies import without_hub_fields

    forged = {"id": "x", "status": "accepted", "relayed_at": "2026-12-07T10:00:00+00:00"}
    assert without_hub_fields("intro_request", forged) == {"id": "x", "status": "accepted"}
    assert without_hub_fields("person", {"id": "x", "relayed_at": 1}) == {
        "id": "x",
        "relayed_at": 1,
    }
    assert HUB_DECIDES["intro_request"] == {"relayed_at": None}
