"""Questions about one app or window cost its sessions, not every session of history: the store holds many
sessions of other windows and few of the terminal, and a question about the terminal must read the few (rows
counted as SQLite returns them), from indexes alone, with the answer the definition over every frame gives."""

from __future__ import annotations

import re
import shutil
from datetime import datetime, timedelta, timezone

import apsw
import pytest

from autocapture.config import load_config
from autocapture.query import evidence
from autocapture.query.answer import ask
from autocapture.query.evidence import Evidence
from autocapture.store.derived import DerivedStore

from conftest import process_sample

TERMINAL = ("WindowsTerminal.exe", "pytest - ~/proj")
OTHERS = [
    *(("chrome.exe", f"Tab {n} - Google Chrome") for n in range(4)),
    ("excel.exe", "Budget 2026.xlsx - Excel"),
    ("excel.exe", "Forecast.xlsx - Excel"),
    ("slack.exe", "#general - Slack"),
]
SESSIONS_A_DAY = 150
TERMINAL_EVERY = 37  # a few terminal sessions among many of the other windows
NOW = datetime(2026, 3, 5, 8, tzinfo=timezone.utc)  # the morning after the third day
TABLE = re.compile(r"\bwindow_sessions\b(?!_)")  # not window_sessions_dirty


def _frames() -> list[dict]:
    frames, n = [], 0
    for day in range(3):
        t = datetime(2026, 3, 2 + day, 9, tzinfo=timezone.utc)  # nights between the days: idle gaps
        for s in range(SESSIONS_A_DAY):
            # the terminal first on the second morning: what came before it was the evening before
            terminal = day and (s % TERMINAL_EVERY == 5 or (day, s) == (1, 0))
            app, title = TERMINAL if terminal else OTHERS[(s * 5 + day) % len(OTHERS)]
            for _ in range(2 + (s * 7 + day) % 5):
                frames.append(
                    {
                        "record_id": f"r/frame/{n}",
                        "source_key": str(n),
                        "ts_utc": t.isoformat(timespec="microseconds"),
                        "run_id": "r",
                        "app": app,
                        "title": title,
                        "width": 100,
                        "height": 100,
                        "content_hash": None,
                    }
                )
                n, t = n + 1, t + timedelta(seconds=5)
    return frames


@pytest.fixture(scope="module")
def derived(tmp_path_factory):
    path = tmp_path_factory.mktemp("scale") / "derived"
    with DerivedStore(path) as store:
        store.add_frames(_frames(), ["ocr"], None)
        n = store.conn.execute("SELECT count(*) FROM window_sessions").fetchone()[0]
        terminal = store.conn.execute(
            "SELECT count(*) FROM window_sessions WHERE app = ?", (TERMINAL[0],)
        ).fetchone()[0]
    assert n > 400 and 0 < terminal < 20  # many sessions, few of them the terminal's
    return path


def _config(derived, *overrides: str):
    return load_config(env={}, overrides=[f"storage.derived_dir={derived}", "time.tzid=UTC", *overrides])


class Reads:
    """What every connection opened meanwhile asked of window_sessions: the statements and the rows returned."""

    def __init__(self):
        self.sql: dict[int, str] = {}
        self.statements: list[tuple[str, tuple]] = []
        self.rows = 0

    def hook(self, conn: apsw.Connection) -> None:
        def on_statement(cursor, sql, bindings):
            self.sql[id(cursor)] = sql
            if TABLE.search(sql) and not sql.lstrip().upper().startswith(("INSERT", "DELETE", "CREATE")):
                self.statements.append((sql, tuple(bindings or ())))
            return True

        def on_row(cursor, row):
            self.rows += bool(TABLE.search(self.sql.get(id(cursor), "")))
            return row

        conn.exec_trace, conn.row_trace = on_statement, on_row

    def __enter__(self):
        apsw.connection_hooks.append(self.hook)
        return self

    def __exit__(self, *exc):
        apsw.connection_hooks.remove(self.hook)


def _ask(cfg, question: str) -> dict:
    out = ask(cfg, question, NOW)
    out.pop("timings_ms")
    return out


@pytest.mark.parametrize(
    "question, family",
    [
        ("How many separate visits to the terminal?", "visits"),
        ("How much time did I spend in the terminal?", "time_spent"),
        ("What did I switch to right after the terminal?", "adjacent"),
        ("What was open right before the terminal last time?", "adjacent"),
        ("When did I first open the terminal?", "seen"),
    ],
)
def test_a_question_about_one_app_reads_its_sessions_not_all_history(derived, question, family):
    cfg = _config(derived)
    with Reads() as reads:
        out = _ask(cfg, question)
    assert out["state"] == "ok" and out["fields"]["intent"]["family"] == family, out
    ev = Evidence(cfg, timezone.utc)
    try:
        total, windows, terminal = (
            ev.conn.execute(sql, args).fetchone()[0]
            for sql, args in [
                ("SELECT count(*) FROM window_sessions", ()),
                ("SELECT count(*) FROM (SELECT DISTINCT app, title FROM window_sessions)", ()),
                ("SELECT count(*) FROM window_sessions WHERE app = ?", (TERMINAL[0],)),
            ]
        )
        # the window listings (a row per window), the terminal's sessions and a stretch of neighbours: no more
        assert 0 < reads.rows <= 3 * windows + terminal + 40 < total // 4, (reads.rows, total)
        # ...and from indexes: no statement reads the table row by row, except by a time range
        for sql, args in reads.statements:
            plan = ev.conn.execute("EXPLAIN QUERY PLAN " + sql, args).fetchall()
            assert not _table_reads(plan), (sql, plan)
    finally:
        ev.close()


def _table_reads(plan: list[tuple]) -> list[str]:
    """Plan steps that read window_sessions rows from the table: a scan without an index, or an index that does
    not cover the columns (a lookup per row) unless it bounds the rows by time. A scan of a subquery's own
    rows is not one."""
    routines = {r[0]: r[3].split()[-1] for r in plan if r[3].startswith(("CO-ROUTINE", "MATERIALIZE"))}
    bad = []
    for _id, parent, _, detail in plan:
        m = re.match(r"(SCAN|SEARCH) (\w+)(.*)", detail)
        if not m or "COVERING INDEX" in detail or "window_sessions_start" in detail:
            continue
        if m.group(2) in routines.values() and parent not in routines and not m.group(3).strip():
            continue  # the outer query reading its subquery's rows
        bad.append(detail)
    return bad


QUESTIONS = [
    "How many separate visits to the terminal?",
    "How many times did I open the terminal yesterday?",
    "How much time did I spend in the terminal?",
    "How long was I in Excel yesterday?",
    "How many times did I open the Budget spreadsheet?",
    "What did I switch to right after the terminal?",
    "What did I switch to right after the terminal yesterday?",
    "What was open right before the terminal last time?",
    "What was open right before the terminal?",
    "What did I switch to right after Slack on March 2?",
    "What was my longest stretch in Excel?",
    "What was my longest stretch yesterday?",
    "When did I first open the terminal?",
    "When did I last open the Budget spreadsheet?",
]


@pytest.mark.parametrize("hide", [(), ("privacy.exclude_titles=Tab 2*",)])
def test_answers_from_stored_sessions_equal_the_definition_over_every_frame(derived, tmp_path, hide):
    """The same questions against the store and a copy whose sessions table is marked behind (readers then
    compute sessions from every frame): the same answers, with a privacy rule hiding a window between the
    terminal's neighbours and without."""
    behind = tmp_path / "behind"
    shutil.copytree(derived, behind)
    conn = apsw.Connection(str(behind / "derived.db"))
    conn.execute("INSERT INTO window_sessions_dirty VALUES ('2026-03-02T09:00:00.000000+00:00')")
    conn.close()
    stored, computed = _config(derived, *hide), _config(behind, *hide)
    ev = Evidence(computed, timezone.utc)
    try:
        assert not ev.sessions_ready()
    finally:
        ev.close()
    for question in QUESTIONS:
        want = _ask(computed, question)
        assert want["state"] == "ok", want
        assert _ask(stored, question) == want, question


def test_a_stem_is_counted_without_reading_a_common_word_again(tmp_path, monkeypatch):
    """doc_freq_prefix sums the vocabulary's words of a range; a word counted already (the question's own word,
    before its stem) is taken from the question's cache, and the vocabulary is never asked a range holding it:
    fts5vocab reads a word's every posting to count it, even at an excluded end of a range."""
    monkeypatch.setattr(evidence, "RECOUNT_MAX_DOCS", 0)  # every counted word is left out of the ranges
    root, _ = process_sample(tmp_path / "dataroot")
    cfg = _config(root / "derived")
    ranges: list[tuple] = []

    def hook(conn):
        def on_statement(cursor, sql, bindings):
            if "item_fts_vocab WHERE term >=" in sql:
                ranges.append(tuple(bindings))
            return True

        conn.exec_trace = on_statement

    probe = Evidence(cfg, timezone.utc)
    vocab = dict(probe.conn.execute("SELECT term, doc FROM item_fts_vocab").fetchall())
    probe.close()
    words = sorted(w for w in vocab if w.isalpha() and len(w) >= 4)
    assert len(words) > 50
    checked = 0
    apsw.connection_hooks.append(hook)
    try:
        for word in words[:: max(1, len(words) // 60)]:
            for prefix in (word[:3], word[:-1], word):
                ev = Evidence(cfg, timezone.utc)
                try:
                    counted = [w for w in (word, prefix + "zzq") if ev.doc_freq(w) > 0]  # one on no line
                    ranges.clear()
                    got = ev.doc_freq_prefix(prefix)
                    want = sum(n for w, n in vocab.items() if prefix <= w < prefix + "\uffff")
                    assert got == want, (prefix, got, want)
                    assert ranges and not [r for r in ranges for w in counted if r[0] <= w <= r[1]], ranges
                    # every word the ranges held is known now, exactly
                    held = {w: n for w, n in vocab.items() if prefix <= w < prefix + "\uffff"}
                    assert {w: ev.doc_freq(w) for w in held} == held
                    checked += 1
                finally:
                    ev.close()
    finally:
        apsw.connection_hooks.remove(hook)
    assert checked > 100
