"""Mechanisms that make processing cheaper without changing what it gives: the governor lists its process
tree only now and then (listing reads every process on the machine), and the fast paths of change
detection decide as the plain rule does."""

from __future__ import annotations

import subprocess
import sys
import time

from autocapture.config import load_config
from autocapture.runtime.governor import TREE_REFRESH_S, Governor


def members(gov: Governor) -> set[int]:
    return {p.pid for p in gov._members}


def test_the_governor_counts_a_worker_started_after_it_and_forgets_one_that_ended():
    with Governor(load_config(env={})) as gov:
        child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
        try:
            deadline = time.monotonic() + 10 * TREE_REFRESH_S
            while child.pid not in members(gov) and time.monotonic() < deadline:
                gov.sample()
                time.sleep(0.05)
            assert child.pid in members(gov)  # listed again within TREE_REFRESH_S
        finally:
            child.kill()
            child.wait()
        gov.sample()
        assert child.pid not in members(gov)  # a member that ended makes the next sample list the tree again


def test_a_worker_first_listed_late_does_not_bring_its_start_up_into_the_window():
    """A worker spawned between two listings of the tree is seen up to TREE_REFRESH_S late, with the CPU of
    its start-up: samples taken after it started are credited with that CPU, those from before it started
    are not (it used nothing then), so the window never counts CPU the tree did not spend in it. Before,
    every `process once` measured 91-96% of the machine at its first worker run (real use: one core of two)
    and slept 0.8-0.9 s with the worker idle."""
    from types import SimpleNamespace

    gov = Governor(load_config(env={}))
    now = 100.0
    gov._history = [(99.0, 5.0), (99.25, 5.0), (99.5, 5.0), (99.75, 5.0)]
    wall = time.time()
    worker = SimpleNamespace(
        create_time=lambda: wall - (now - 99.4),  # started at 99.4 on the monotonic clock
        cpu_times=lambda: SimpleNamespace(user=0.5, system=0.1),
    )
    gov._credit_found([worker], now)
    assert [c for _, c in gov._history] == [5.0, 5.0, 5.6, 5.6]


def test_words_on_rows_where_nothing_changed_are_kept_as_the_pixel_rule_keeps_them():
    """carry_over keeps a word without looking at its pixels when no pixel of its rows changed; the words
    kept must be those whose own pixels did not change, scrolled words and re-read rectangles apart."""
    import numpy as np
    from test_reuse import gray, screen

    from autocapture.stages import reuse
    from autocapture.stages.ocr import TesseractOCR, find_tessdata

    before = screen(0, "10:41:07", (1180, 300))
    previous = TesseractOCR(find_tessdata()).read(before).output()["words"]
    for after in (screen(0, "10:41:09", (420, 160)), screen(0, "10:41:07", (1200, 330))):
        g0, g1 = gray(before), gray(after)
        plan = reuse.plan(g0, g1, 0.5)
        assert plan.kind == "partial" and not plan.moved
        changed = np.abs(g0 - g1) > reuse.PIXEL_DELTA
        want = [
            w
            for w in previous
            if not changed[w["box"][1] : w["box"][3] + 1, w["box"][0] : w["box"][2] + 1].any()
            and not any(reuse._center_in(w["box"], rc) for rc in plan.rects)
        ]
        got = reuse.carry_over(previous, plan, g0, g1)
        assert got == want and 0 < len(got) < len(previous) + 1
