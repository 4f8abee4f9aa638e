"""Whole-question latency through `ask()` on generated derived stores of 10k / 100k / 1M frames, written the way
processing writes them: frames in window sessions (Outlook, Chrome, Excel, terminal, Slack, VS Code; work days
with nights between), an OCR record (lines, words, boxes), an SST record (lines with words and boxes, blocks,
regions) and an embed record per frame (zstd, deltas against the frame before in the same window), one vector
per unique normalised line text in sqlite-vec, FTS5 over every line, window_sessions, and the ANN index.

Line texts come from templates filled with names, amounts and identifiers; their vectors are the real
MiniLM embedding of the template's text plus a little noise (embedding every line of a 1M-frame store with the
model would take hours on a laptop), so retrieval and the ANN are exercised with real question embeddings.
Needles (an invoice, an e-mail, a PO) are placed on the last day so each family has a real answer.

Reported per size: build time, bytes on disk per frame, p50/p95 per question family through `ask()` (a fresh
Evidence per question, as the CLI, web app and MCP server do; warm process), peak RSS of the measuring process,
the cold CLI question (`autocapture query ... --json` as a subprocess, p50 of 5), and the ANN's recall@10
against the exact sqlite-vec scan for real question embeddings.

    .venv/bin/python bench/query.py 10000 100000 [1000000]
    .venv/bin/python bench/query.py --windows 1000000     # the window families' cost alone, frames only"""

from __future__ import annotations

import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import numpy as np

from autocapture.config import load_config
from autocapture.hashing import canonical_json
from autocapture.stages.embed import normalise
from autocapture.store import bodies
from autocapture.store import sessions as window_sessions
from autocapture.store.derived import DerivedStore

FRAME_S = 5
DAY_FRAMES = 8 * 3600 // FRAME_S  # an 8-hour working day, then the night (a gap the sessions do not count)
DIM = 384
PEOPLE = [
    "Dana Whitfield",
    "Priya Shah",
    "Tom Becker",
    "Lena Vogel",
    "Marco Rossi",
    "Aiko Tanaka",
    "Sam Okafor",
    "Jordan Lee",
    "Nina Petrova",
    "Carlos Diaz",
]
COMPANIES = [
    "Northwind",
    "Contoso",
    "Fabrikam",
    "Tailspin",
    "Litware",
    "Adventure Works",
    "Woodgrove",
    "Proseware",
]
SUBJECTS = [
    "contract renewal",
    "quarterly report",
    "travel expenses",
    "release planning",
    "budget review",
    "customer escalation",
    "hiring plan",
    "security audit",
    "office move",
    "vendor onboarding",
    "pricing update",
    "incident postmortem",
    "roadmap draft",
    "invoice dispute",
    "team offsite",
]
APPS = {  # app: (title template, line templates); {s} subject, {p} person, {c} company, {n} number, {a} amount
    "outlook.exe": (
        "{s_t} - Outlook",
        [
            "From: {p} <{mail}>",
            "Subject: {s_t}",
            "To: Jordan Lee",
            "Hi Jordan, about the {s}",
            "Please review the {s} by Friday",
            "The total for {c} is ${a}",
            "Inbox {n}",
            "Sent: {day} {time}",
            "Best regards, {p}",
            "Re: {s_t}",
        ],
    ),
    "chrome.exe": (
        "{c} - {s_t} - Google Chrome",
        [
            "{c} customer portal",
            "Invoice INV-2026-{n4}",
            "Total due: ${a}",
            "Consulting {a}",
            "Order PO-{n4} shipped",
            "Docs: {s} guide",
            "Search results for {s}",
            "Account balance ${a}",
        ],
    ),
    "excel.exe": (
        "Budget {s_t}.xlsx - Excel",
        [
            "Category Q1 Q2 Q3 Q4",
            "Contractors {a} {a} {a} {a}",
            "Travel {a} {a} {a} {a}",
            "Software {a} {a} {a} {a}",
            "Total {a}",
            "Sheet{n} {s}",
            "Forecast {s} {a}",
        ],
    ),
    "WindowsTerminal.exe": (
        "pytest - ~/{c_l}",
        [
            "$ pytest -q tests/test_{s_u}.py",
            "{n} passed, 1 failed in {n}.{n}s",
            "FAILED tests/test_{s_u}.py::test_{s_u}_{n}",
            "$ git status",
            "alembic upgrade head",
            "Running migrations for {c}",
            "error: {s} not found",
        ],
    ),
    "slack.exe": (
        "#{s_u} - {c} - Slack",
        [
            "{p} {time}",
            "the {s} is approved",
            "can you check PO-{n4}?",
            "{p} joined #{s_u}",
            "meeting about {s} at {time}",
            "thanks {p}!",
        ],
    ),
    "code.exe": (
        "{s_u}.py - {c_l} - Visual Studio Code",
        [
            "def {s_u}_{n}(items):",
            "return total({s_u})",
            "import {s_u}",
            "class {c}Client:",
            "# TODO {s}",
            "raise ValueError('{s}')",
        ],
    ),
}
NEEDLES = {  # placed on the last day: the answers the questions below look for
    "invoice": (
        "chrome.exe",
        "Northwind Traders - Invoice INV-2026-0042 - Google Chrome",
        [
            "Northwind Traders",
            "Invoice INV-2026-0042",
            "Bill to: Contoso Ltd",
            "Consulting $3,200.00",
            "Travel $412.50",
            "Hosting $1,200.00",
            "Total due: $4,812.50",
            "Due date: 2026-12-15",
        ],
    ),
    "email": (
        "outlook.exe",
        "Contract renewal for Fabrikam - Outlook",
        [
            "From: Dana Whitfield <dana.whitfield@fabrikam.com>",
            "Subject: Contract renewal for Fabrikam",
            "Hi Jordan, the renewal quote is attached.",
            "The new annual fee is $18,400.00",
        ],
    ),
    "po": (
        "slack.exe",
        "#purchasing - Contoso - Slack",
        [
            "Priya Shah 10:12 AM",
            "PO-4711 is approved, please order the laptops",
            "Tom Becker 10:14 AM",
            "thanks!",
        ],
    ),
}
QUESTIONS = {  # family: questions (the "now" is the morning after the last day)
    "fact": [
        "What was the total due on invoice INV-2026-0042?",
        "What was the due date of the Northwind invoice?",
    ],
    "amount": [
        "How much was the travel on the Northwind invoice?",
        "What is the new annual fee for the Fabrikam renewal?",
    ],
    "person": [
        "Who sent the email about the contract renewal for Fabrikam?",
        "Who said PO-4711 is approved?",
    ],
    "time_spent": ["How much time did I spend in Outlook yesterday?", "How long was I in Excel?"],
    "visits": ["How many times did I open Slack yesterday?", "How many separate visits to the terminal?"],
    "right_after": [
        "What did I switch to right after the terminal yesterday?",
        "Which app came right after Excel yesterday?",
    ],
    "seen": ["When did I first see INV-2026-0042?", "When was PO-4711 last on screen?"],
    "max_amount": [
        "What was the largest dollar amount I saw in Excel yesterday?",
        "What was the largest amount on the Northwind invoice?",
    ],
    "trap": ["What was the IBAN of Globex Corporation?", "What did Hooli's invoice total?"],
}
RECALL_QUESTIONS = (
    [q for qs in QUESTIONS.values() for q in qs]
    + [f"what did {p} say about the {s}?" for p, s in zip(PEOPLE, SUBJECTS)]
    + [f"the {s} for {c}" for c, s in zip(COMPANIES, reversed(SUBJECTS))]
)


class Screens:
    """Deterministic lines: a template's text with a few values filled in; its vector the model's embedding of
    the template (filled with fixed values) plus noise, cosine about 0.95 to it."""

    def __init__(self, seed: int, embed):
        self.rng = random.Random(seed)
        self.np = np.random.default_rng(seed)
        self.embed = embed
        self.base: dict[str, np.ndarray] = {}

    def fill(self, template: str, s: str, c: str, p: str, fixed: bool = False) -> str:
        r = self.rng
        vals = {
            "s": s,
            "s_t": s.capitalize(),
            "s_u": s.replace(" ", "_"),
            "c": c,
            "c_l": c.lower().replace(" ", "-"),
            "p": p,
            "mail": p.lower().replace(" ", ".") + "@" + c.lower().replace(" ", "") + ".com",
        }
        if fixed:
            vals.update(n="7", n4="1000", a="1,000.00", day="Mon", time="10:00 AM")
        else:
            vals.update(
                n=str(r.randint(1, 99)),
                n4=f"{r.randint(0, 9999):04d}",
                a=f"{r.randint(10, 99_999):,}.{r.randint(0, 99):02d}",
                day=r.choice(["Mon", "Tue", "Wed", "Thu"]),
                time=f"{r.randint(8, 17)}:{r.randint(0, 59):02d} {'AM' if r.random() < 0.5 else 'PM'}",
            )
        return template.format(**vals)

    def vector(self, key: str) -> bytes:
        v = self.base[key] + 0.012 * self.np.standard_normal(DIM).astype(np.float32)
        return (v / np.linalg.norm(v)).astype("<f4").tobytes()

    def prepare(self, cache: Path | None = None) -> None:
        """Embed every (template, subject) combination's text once, with the real model (kept in `cache`)."""
        if cache is not None and cache.exists():
            self.base = {k: np.asarray(v) for k, v in np.load(cache).items()}
            return
        keys = []
        for app, (_, templates) in APPS.items():
            for t in templates:
                for s in SUBJECTS:
                    keys.append((app, t, s))
        texts = [self.fill(t, s, COMPANIES[0], PEOPLE[0], fixed=True) for _, t, s in keys]
        for i in range(0, len(texts), 256):
            for k, v in zip(keys[i : i + 256], self.embed(texts[i : i + 256])):
                self.base["|".join(k)] = np.asarray(v, dtype=np.float32)
        for _app, _title, lines in NEEDLES.values():
            for line, v in zip(lines, self.embed(lines)):
                self.base[line] = np.asarray(v, dtype=np.float32)
        if cache is not None:
            np.savez(cache, **self.base)


def sst_record(rid: str, ts: str, app: str, title: str, lines: list[str]) -> tuple[dict, dict]:
    """(OCR record, SST record) for a screen of these lines, words and boxes laid out top to bottom."""
    ocr_lines, words, sst_lines, blocks = [], [], [], []
    for n, text in enumerate(lines):
        y, x, wb = 60 + 34 * n, 40, []
        for w in text.split():
            box = [x, y, x + 9 * len(w), y + 16]
            wb.append({"box": box, "text": w})
            words.append({"box": box, "conf": 95.0, "text": w})
            x = box[2] + 8
        box = [40, y, max(41, x - 8), y + 16]
        ocr_lines.append(
            {
                "box": box,
                "conf": 95.0,
                "line": n,
                "text": text,
                "word_ids": list(range(len(words) - len(wb), len(words))),
            }
        )
        sst_lines.append(
            {
                "block": f"b{n}",
                "box": box,
                "conf": 95.0,
                "id": f"l{n}",
                "region": "r1",
                "text": text,
                "words": wb,
            }
        )
        blocks.append(
            {
                "box": box,
                "id": f"b{n}",
                "kind": "title_bar" if n == 0 else "text",
                "lines": [f"l{n}"],
                "region": "r1",
                "text": text,
            }
        )
    prov = {"frame_ts_utc": ts, "provenance_hash": "", "source_record_id": rid}
    ocr = {
        "sample_id": rid + "#ocr",
        "modality": "ocr",
        "model_id": "tesseract-5/eng",
        "provenance": prov,
        "output_json": {"width": 1920, "height": 1080, "lines": ocr_lines, "words": words},
        "emb_vectors": [],
        "metrics": {"lines": len(lines), "words": len(words)},
    }
    sst = {
        "sample_id": rid + "#sst",
        "modality": "sst",
        "model_id": "sst",
        "provenance": prov,
        "emb_vectors": [],
        "metrics": {},
        "output_json": {
            "lines": sst_lines,
            "blocks": blocks,
            "regions": [
                {
                    "blocks": [b["id"] for b in blocks],
                    "box": [0, 0, 1920, 1080],
                    "id": "r1",
                    "kind": "content",
                }
            ],
            "reading_order": [b["id"] for b in blocks],
            "panes": [],
            "uia": None,
            "vlm": None,
            "window": {"app": app, "title": title},
            "frame": {"width": 1920, "height": 1080},
        },
    }
    return ocr, sst


def build(derived: Path, frames: int, screens: Screens, progress: bool = False) -> tuple[float, datetime]:
    rng = screens.rng
    store = DerivedStore(derived)
    c = store.conn
    started = time.monotonic()
    t0 = datetime(2026, 1, 5, 8, tzinfo=timezone.utc)
    days = max(1, -(-frames // DAY_FRAMES))
    needle_at = (
        {frames - DAY_FRAMES // 2 + k * 400: name for k, name in enumerate(NEEDLES)}
        if frames > 2000
        else {frames // 2 + k * 300: name for k, name in enumerate(NEEDLES)}
    )
    c.execute("BEGIN")
    store._ensure_vec_table(DIM)
    text_ids: dict[str, int] = {}
    prev: dict[str, tuple[str, str]] = {}  # modality -> (sample id, text) of the frame before, same window
    shown: list[tuple[str, str]] = []
    app = title = ""
    run_left, item_id, needle = 0, 0, None
    for f in range(frames):
        if f in needle_at:
            needle, run_left = needle_at[f], 30
            app, title, lines = NEEDLES[needle]
            shown = [(line, line) for line in lines]
            prev = {}
        elif run_left <= 0:  # a new window session: 2 to 60 frames (10 s to 5 min)
            app = rng.choice(list(APPS))
            s, comp, person = rng.choice(SUBJECTS), rng.choice(COMPANIES[:4]), rng.choice(PEOPLE)
            title = screens.fill(APPS[app][0], s, comp, person)
            templates = APPS[app][1]
            shown = [
                (screens.fill(t, s, comp, person), f"{app}|{t}|{s}")
                for t in rng.sample(templates, min(len(templates), rng.randint(5, 8)))
            ]
            run_left, needle, prev = rng.randint(2, 60), None, {}
        elif needle is None and rng.random() < 0.8:  # one to three lines change (a new message, a new total)
            for _ in range(rng.choice((1, 1, 2, 3))):
                i = rng.randrange(len(shown))
                _, key = shown[i]
                _, t, s = key.split("|")
                shown[i] = (screens.fill(t, s, rng.choice(COMPANIES[:4]), rng.choice(PEOPLE)), key)
        run_left -= 1
        day, k = divmod(f, DAY_FRAMES)
        ts = (t0 + timedelta(days=day, seconds=FRAME_S * k)).isoformat(timespec="microseconds")
        rid = f"bench/frame/{f}"
        c.execute(
            "INSERT INTO frames VALUES (?, ?, ?, 'bench', ?, ?, 1920, 1080, ?)",
            (rid, str(f), ts, app, title, f"{f:064x}"),
        )
        texts = [title] + [t for t, _ in shown]
        ocr, sst = sst_record(rid, ts, app, title, texts)
        embed = {
            "sample_id": rid + "#embed",
            "modality": "embed",
            "model_id": "all-MiniLM-L6-v2",
            "provenance": ocr["provenance"],
            "metrics": {},
            "output_json": {
                "items": [{"kind": "line", "ref": f"l{n}", "text": t} for n, t in enumerate(texts)]
            },
            "emb_vectors": [format(hash(normalise(t)) & (2**256 - 1), "064x") for t in texts],
        }
        for rec in (ocr, sst, embed):
            text = canonical_json(rec)
            base = prev.get(rec["modality"])
            body, base_id = bodies.encode(text, base[0] if base else None, base[1] if base else None)
            c.execute(
                "INSERT INTO records (sample_id, source_id, modality, ts_utc, provenance_hash, body, base) VALUES "
                "(?, ?, ?, ?, '', ?, ?)",
                (rec["sample_id"], rid, rec["modality"], ts, body, base_id),
            )
            # the next frame's delta base: this record's own base when it is a delta (one link at most)
            prev[rec["modality"]] = (base_id, base[1]) if base_id else (rec["sample_id"], text)
        for n, text in enumerate(texts):
            item_id += 1
            key = normalise(text)
            text_id = text_ids.get(key)
            if text_id is None:  # one vector per unique text, as put_result stores them
                text_id = text_ids[key] = len(text_ids) + 1
                vkey = text if needle else shown[max(n - 1, 0)][1]  # a title near its first line's topic
                c.execute("INSERT INTO texts (id, text) VALUES (?, ?)", (text_id, key))
                c.execute(
                    "INSERT INTO vec_items (rowid, embedding) VALUES (?, ?)",
                    (
                        text_id,
                        screens.vector(vkey)
                        if vkey in screens.base
                        else screens.vector(next(iter(screens.base))),
                    ),
                )
            c.execute(
                "INSERT INTO items (id, source_id, kind, ref, text_id) VALUES (?, ?, 'line', ?, ?)",
                (item_id, rid, f"l{n}", text_id),
            )
            c.execute("INSERT INTO item_fts (rowid, text) VALUES (?, ?)", (item_id, key))
        if f % 20_000 == 19_999:
            window_sessions.repair(c)  # as add_frames does, per batch
            c.execute("COMMIT")
            c.execute("BEGIN")
            if progress:
                print(
                    f"  built {f + 1} frames in {time.monotonic() - started:.0f} s",
                    file=sys.stderr,
                    flush=True,
                )
    window_sessions.repair(c)
    c.execute("COMMIT")
    c.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    last_day = t0 + timedelta(days=days - 1)
    return time.monotonic() - started, last_day.replace(hour=0) + timedelta(days=1, hours=9)


def pct(values, p):
    values = sorted(values)
    return round(values[min(len(values) - 1, int(p * len(values)))], 1)


def measure(derived: Path, now: datetime, reps: int) -> dict:
    """Run in a fresh process: per-family p50/p95 of whole questions through ask(), and the ANN's recall."""
    from autocapture.query.answer import ask
    from autocapture.query.evidence import Evidence

    cfg = load_config(env={}, overrides=[f"storage.derived_dir={derived}", "time.tzid=UTC"])
    for q in [
        "payment schedule for Contoso",
        "hotel booking",
        "budget draft",
    ]:  # warm the model and the page cache
        ask(cfg, q, now)
    out: dict = {"families": {}, "answers": {}}
    for fam, qs in QUESTIONS.items():
        times = []
        for q in qs:
            for r in range(reps + 1):
                t = time.perf_counter()
                res = ask(cfg, q, now)
                if r:  # the first run of each question is its warm-up
                    times.append((time.perf_counter() - t) * 1000)
            out["answers"][q] = {"state": res["state"], "answer": res["answer"][:160]}
        out["families"][fam] = {"p50_ms": pct(times, 0.5), "p95_ms": pct(times, 0.95), "n": len(times)}
    all_times = [v for f in out["families"].values() for v in (f["p50_ms"], f["p95_ms"])]
    out["worst_family_p95_ms"] = max(all_times)
    ev = Evidence(cfg, timezone.utc)
    ann = ev._ann()
    out["vector_index"] = "ann" if ann else "exact"
    if ann is not None:
        found = total = 0
        for (
            q
        ) in RECALL_QUESTIONS:  # real question embeddings, exact top 10 vs the ANN's (ties by distance count)
            vec = np.asarray(ev._embed(q), dtype=np.float32)
            exact = ev.conn.execute(
                "SELECT rowid, distance FROM vec_items WHERE embedding MATCH ? AND k = 10 ORDER BY distance",
                (vec.astype("<f4").tobytes(),),
            ).fetchall()
            worst = exact[-1][1] + 1e-5
            for i, _ in ann.search(vec, 10):
                blob = ev.conn.execute("SELECT embedding FROM vec_items WHERE rowid = ?", (i,)).fetchone()[0]
                found += (
                    1 - float(vec @ np.frombuffer(blob, dtype="<f4")) / (np.linalg.norm(vec) or 1) <= worst
                )
            total += 10
        out["ann_recall_at_10"] = round(found / total, 3)
        out["recall_questions"] = len(RECALL_QUESTIONS)
    ev.close()
    out["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    return out


def cold_cli(derived: Path, now: datetime, runs: int = 5) -> dict:
    exe = Path(sys.executable).with_name("autocapture")
    cmd = [
        str(exe),
        "query",
        QUESTIONS["fact"][0],
        "--json",
        "--now",
        now.isoformat(),
        "--set",
        f"storage.derived_dir={derived}",
        "--set",
        "time.tzid=UTC",
    ]
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        proc = subprocess.run(cmd, capture_output=True, text=True)
        times.append((time.perf_counter() - t) * 1000)
        assert proc.returncode == 0, proc.stderr[-500:]
    rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {
        "cold_cli_p50_ms": round(statistics.median(times)),
        "cold_cli_runs": runs,
        "cold_cli_state": json.loads(proc.stdout)["state"],
        "cold_cli_peak_rss_mb": round(rss),
    }


def run(sizes, reps: int = 5) -> list[dict]:
    from autocapture.stages.embed_numpy import question_embedder
    from autocapture.store import ann

    cfg = load_config(env={}, overrides=[])
    model = question_embedder(cfg)
    screens = Screens(0, lambda texts: model.run(list(texts)))
    screens.prepare(Path(tempfile.gettempdir()) / "autocapture-bench-query-vectors.npz")
    keep = os.environ.get(
        "BENCH_KEEP"
    )  # a folder to build the stores in and keep (measure again without a build)
    rows = []
    for n in sizes:
        with tempfile.TemporaryDirectory(dir="/var/tmp") as tmp:
            derived = Path(keep or tmp) / f"derived-{n}"
            build_s = ann_s = 0.0
            if not (derived / "built.json").exists():
                screens.rng.seed(n)
                build_s, now = build(derived, n, screens, progress=n >= 100_000)
                with DerivedStore(derived) as store:
                    t = time.monotonic()
                    state = ann.sync(store, 1)
                    ann_s = time.monotonic() - t
                (derived / "built.json").write_text(
                    json.dumps({"now": now.isoformat(), "ann": state, "build_s": build_s, "ann_s": ann_s})
                )
            built = json.loads((derived / "built.json").read_text())
            now, state, build_s, ann_s = (
                datetime.fromisoformat(built["now"]),
                built["ann"],
                built["build_s"],
                built["ann_s"],
            )
            size = sum(p.stat().st_size for p in derived.rglob("*") if p.is_file() and p.name != "built.json")
            env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[1] / "src"))
            proc = subprocess.run(
                [sys.executable, __file__, "--measure", str(derived), now.isoformat(), str(reps)],
                capture_output=True,
                text=True,
                env=env,
            )
            if proc.returncode:
                raise RuntimeError(proc.stderr[-3000:])
            measured = json.loads(proc.stdout.strip().splitlines()[-1])
            row = {
                "frames": n,
                "build_s": round(build_s, 1),
                "ann_build_s": round(ann_s, 1),
                "ann": (state or {}).get("kind"),
                "bytes_per_frame": round(size / n),
                "sessions": _count(derived, "window_sessions"),
                "vectors": _count(derived, "vec_items"),
                **measured,
                **cold_cli(derived, now),
            }
            rows.append(row)
            print(json.dumps(row), flush=True)
    return rows


def _count(derived: Path, table: str) -> int:
    from autocapture.store.derived import connect

    conn = connect(derived / "derived.db", readonly=True)
    try:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        conn.close()


def window_scale(n: int) -> dict:
    """Frames only (no records), n of them in window sessions: what the window families cost over all history,
    from the stored sessions against the old computation from every frame. Quick to build at 1M frames."""
    from autocapture.query.evidence import Evidence
    from autocapture.query.families import sessions as fam
    from autocapture.query.timefilter import Filters

    rng = random.Random(n)
    with tempfile.TemporaryDirectory(dir="/var/tmp") as tmp:
        derived = Path(tmp) / "derived"
        store = DerivedStore(derived)
        t0, started = datetime(2026, 1, 5, 8, tzinfo=timezone.utc), time.monotonic()
        store.conn.execute("BEGIN")
        app = title = ""
        left = 0
        for f in range(n):
            if left <= 0:
                app, left = rng.choice(list(APPS)), rng.randint(2, 60)
                title = f"{rng.choice(SUBJECTS)} {rng.randint(1, 40)} - {app}"
            left -= 1
            day, k = divmod(f, DAY_FRAMES)
            ts = (t0 + timedelta(days=day, seconds=FRAME_S * k)).isoformat(timespec="microseconds")
            store.conn.execute(
                "INSERT INTO frames VALUES (?, ?, ?, 'bench', ?, ?, 1920, 1080, NULL)",
                (f"bench/frame/{f}", str(f), ts, app, title),
            )
        window_sessions.repair(store.conn)  # the migration's backfill path: every frame at once
        store.conn.execute("COMMIT")
        build_s = time.monotonic() - started
        store.close()
        cfg = load_config(env={}, overrides=[f"storage.derived_dir={derived}", "time.tzid=UTC"])
        out = {"frames": n, "build_and_backfill_s": round(build_s, 1)}
        ev = Evidence(cfg, timezone.utc)
        last = datetime.fromisoformat(ev.conn.execute("SELECT max(ts_utc) FROM frames").fetchone()[0])
        day = Filters(last.replace(hour=0, minute=0), None, ())
        out["sessions"] = ev.conn.execute("SELECT count(*) FROM window_sessions").fetchone()[0]
        for name, fn in [
            ("sessions_all_history", lambda: fam.sessions(ev, Filters())),
            ("sessions_by_app_all_history", lambda: fam.sessions(ev, Filters(), key=lambda fr: fr.app)),
            ("sessions_one_app_all_history", lambda: fam.sessions(ev, Filters(apps=("excel.exe",)))),
            ("sessions_last_day", lambda: fam.sessions(ev, day)),
            ("windows", lambda: (setattr(ev, "_windows_all", None), ev.windows())),  # uncached
            ("window_titles", lambda: ev.window_titles()),
            ("from_frames_all_history", lambda: fam._from_frames(ev, Filters(), fam._window)),
            ("from_frames_last_day", lambda: fam._from_frames(ev, day, fam._window)),
        ]:
            times = []
            for _ in range(3):
                t = time.perf_counter()
                fn()
                times.append((time.perf_counter() - t) * 1000)
            out[name + "_ms"] = round(min(times), 1)
        ev._sessions_ok = False  # the same calls the way they were before the table
        for name, fn in [
            ("windows_from_frames", lambda: ev.windows()),
            ("window_titles_from_frames", lambda: ev.window_titles()),
        ]:
            t = time.perf_counter()
            fn()
            out[name + "_ms"] = round((time.perf_counter() - t) * 1000, 1)
        ev.close()
        return out


if __name__ == "__main__":
    if sys.argv[1:2] == ["--windows"]:
        for n in sys.argv[2:]:
            print(json.dumps(window_scale(int(n))), flush=True)
    elif sys.argv[1:2] == ["--measure"]:
        print(json.dumps(measure(Path(sys.argv[2]), datetime.fromisoformat(sys.argv[3]), int(sys.argv[4]))))
    else:
        run(tuple(int(a) for a in sys.argv[1:]) or (10_000,))
