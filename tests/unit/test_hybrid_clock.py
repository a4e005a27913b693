"""The hybrid logical clock orders changes even when wall clocks jump or disagree."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.clock import MAX_DRIFT_MS, ClockSkewError, HybridClock, Stamp

walls = st.lists(st.integers(min_value=0, max_value=10**13), min_size=1, max_size=50)


def _clock(readings: list[int]) -> HybridClock:
    values = iter(readings)
    last = [readings[0]]

    def wall() -> int:
        last[0] = next(values, last[0])
        return last[0]

    return HybridClock("a", wall=wall)


@given(walls)
def test_local_stamps_always_increase_even_if_the_wall_clock_goes_back(readings: list[int]) -> None:
    clock = _clock(readings)
    stamps = [clock.now() for _ in readings]
    assert all(a < b for a, b in itertools.pairwise(stamps))
    # Their text form sorts the same way (stored as text in `hlc` columns).
    texts = [str(stamp) for stamp in stamps]
    assert texts == sorted(texts)


@given(
    walls,
    st.lists(
        st.tuples(st.integers(min_value=-(10**9), max_value=MAX_DRIFT_MS), st.integers(0, 9999)),
        min_size=1,
        max_size=50,
    ),
)
def test_receiving_never_goes_backwards(
    readings: list[int], remotes: list[tuple[int, int]]
) -> None:
    clock = _clock(readings)
    previous = clock.now()
    for offset, counter in remotes:
        remote = Stamp(max(0, previous.wall_ms + offset), counter, "b")
        try:
            merged = clock.receive(remote)
        except ClockSkewError:
            # Our wall clock went back below the remote's by more than the drift allowed.
            assert clock.now() > previous  # refused without moving the clock back
            continue
        assert merged > previous
        assert (merged.wall_ms, merged.counter) > (remote.wall_ms, remote.counter)
        previous = merged


@given(st.integers(min_value=MAX_DRIFT_MS + 1, max_value=10**12))
def test_a_stamp_more_than_five_minutes_ahead_is_refused(ahead_ms: int) -> None:
    clock = HybridClock("a", wall=lambda: 1_000_000)
    before = clock.now()
    with pytest.raises(ClockSkewError):
        clock.receive(Stamp(1_000_000 + ahead_ms, 0, "b"))
    assert clock.now() > before  # and the clock was not moved by it
    assert clock.now().wall_ms == 1_000_000


@given(
    st.integers(0, 10**15), st.integers(0, 9999), st.from_regex(r"[a-z0-9-]{1,20}", fullmatch=True)
)
def test_stamps_round_trip_through_text(wall: int, counter: int, node: str) -> None:
    stamp = Stamp(wall, counter, node)
    assert Stamp.parse(str(stamp)) == stamp
