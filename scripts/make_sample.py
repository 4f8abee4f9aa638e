"""Regenerate the bundled sample DataRoot (sample/dataroot) and its ground truth (sample/truth.json).

Screens are real HTML rendered by headless Chromium at 1920x1080 (and one 7680x2160 dual-monitor frame),
written the way the Windows sidecar writes them: Variant A metadata.db, media blobs named by record id,
journal, hash-chained ledger, activity signal, a UIA snapshot and a raw input-event blob.

    python scripts/make_sample.py            # needs /usr/bin/chromium (apt-get install chromium)
"""

from __future__ import annotations

import html
import io
import json
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path

from PIL import Image

from autocapture.dataroot.blobs import rid
from autocapture.dataroot.inputs import encode_input_log
from autocapture.dataroot.ledger import entry_hash
from autocapture.hashing import canonical_hash, canonical_json, sha256_hex

ROOT = Path(__file__).resolve().parent.parent / "sample"
RUN = "5f1c2e9a"
DAY = datetime(2026, 11, 24, tzinfo=timezone.utc)
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"

APPS = {
    "outlook": ("C:\\Program Files\\Microsoft Office\\root\\Office16\\OUTLOOK.EXE", "#0f6cbd"),
    "chrome": ("C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe", "#dee1e6"),
    "terminal": (
        "C:\\Program Files\\WindowsApps\\Microsoft.WindowsTerminal_1.21\\WindowsTerminal.exe",
        "#1f1f1f",
    ),
    "teams": ("C:\\Users\\jlee\\AppData\\Local\\Microsoft\\Teams\\ms-teams.exe", "#464775"),
    "edge": ("C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe", "#f3f3f3"),
    "code": ("C:\\Users\\jlee\\AppData\\Local\\Programs\\Microsoft VS Code\\Code.exe", "#2c2c2c"),
}

CSS = """
* { box-sizing: border-box; }
body { margin: 0; width: 1920px; height: 1080px; overflow: hidden; font-family: 'Liberation Sans', 'DejaVu Sans', sans-serif;
       font-size: 20px; color: #1b1b1b; background: #fff; }
.title { height: 40px; line-height: 40px; padding: 0 16px; font-size: 17px; display: flex; justify-content: space-between; }
.menu { height: 40px; line-height: 40px; padding: 0 16px; font-size: 18px; background: #f5f5f5; border-bottom: 1px solid #ddd; }
.menu span { margin-right: 28px; }
.main { display: flex; height: 1000px; }
.side { width: 360px; background: #f7f7f7; border-right: 1px solid #ddd; padding: 18px; }
.side div { padding: 10px 6px; }
.content { flex: 1; padding: 28px 40px; }
.row { padding: 8px 0; }
h1 { font-size: 30px; margin: 6px 0 18px; }
table { border-collapse: collapse; font-size: 21px; } td, th { border-bottom: 1px solid #ddd; padding: 10px 18px; text-align: left; }
.mono { font-family: 'DejaVu Sans Mono', monospace; font-size: 19px; }
.msg { margin: 14px 0; padding: 12px 16px; background: #f0f0f6; border-radius: 6px; width: 1100px; }
.field { margin: 12px 0; } .field label { display: inline-block; width: 220px; color: #555; }
.field span { display: inline-block; border: 1px solid #999; padding: 6px 10px; width: 420px; }
"""


@dataclass
class Screen:
    """One rendered window: the HTML body and every line of text it shows (the ground truth)."""

    app: str
    title: str
    lines: list[str] = field(default_factory=list)
    body: list[str] = field(default_factory=list)

    def t(self, text: str) -> str:
        self.lines.append(text)
        return html.escape(text)

    def html(self) -> str:
        _, color = APPS[self.app]
        dark = self.app in ("outlook", "terminal", "teams", "code")
        fg = "#fff" if dark else "#1b1b1b"
        return (
            f"<html><head><meta charset='utf-8'><style>{CSS}</style></head><body>"
            f"<div class='title' style='background:{color};color:{fg}'><span>{html.escape(self.title)}</span>"
            f"<span>&#8212; &#9633; &#10005;</span></div>{''.join(self.body)}</body></html>"
        )

    def truth(self) -> list[str]:
        return [self.title, *self.lines]


def outlook(selected: str, messages: list[tuple[str, str, str]], reading: list[str], unread: int) -> Screen:
    s = Screen("outlook", "Inbox - jordan.lee@contoso.com - Outlook")
    items = "".join(
        f"<div style='border-bottom:1px solid #ddd;padding:12px'><b>{s.t(frm)}</b><br>{s.t(subj)}"
        f"<br><small>{s.t(when)}</small></div>"
        for frm, subj, when in messages
    )
    s.body.append(
        f"<div class='menu'><span>{s.t('File')}</span><span>{s.t('Home')}</span><span>{s.t('Send / Receive')}"
        f"</span><span>{s.t('View')}</span></div><div class='main'><div class='side' style='width:260px'>"
        f"<div><b>{s.t(f'Inbox {unread}')}</b></div><div>{s.t('Drafts')}</div><div>{s.t('Sent Items')}</div>"
        f"<div>{s.t('Archive')}</div></div><div style='width:520px;border-right:1px solid #ddd'>{items}</div>"
        f"<div class='content'><h1>{s.t(selected)}</h1>"
        + "".join(f"<div class='row'>{s.t(line)}</div>" for line in reading)
        + "</div></div>"
    )
    return s


def chrome_invoice(status: str) -> Screen:
    s = Screen("chrome", "Northwind Traders - Invoice INV-2026-0412 - Google Chrome")
    rows = [
        ("Consulting hours (12 h)", "$864.50"),
        ("Cloud hosting, November", "$320.00"),
        ("Sales tax", "$100.00"),
        ("Total", "$1,284.50"),
    ]
    table = "".join(f"<tr><td>{s.t(a)}</td><td>{s.t(b)}</td></tr>" for a, b in rows)
    s.body.append(
        f"<div class='menu'>{s.t('portal.northwind-traders.com/invoices/INV-2026-0412')}</div>"
        f"<div class='content'><h1>{s.t('Invoice INV-2026-0412')}</h1>"
        f"<div class='row'>{s.t('Billed to: Contoso Ltd, Accounts Payable')}</div>"
        f"<div class='row'>{s.t('Issued: November 21, 2026 Due: December 5, 2026')}</div>"
        f"<table><tr><th>{s.t('Item')}</th><th>{s.t('Amount')}</th></tr>{table}</table>"
        f"<div class='row' style='margin-top:24px'>{s.t('Payment status: ' + status)}</div></div>"
    )
    return s


def terminal(lines: list[str]) -> Screen:
    s = Screen("terminal", "Windows PowerShell - billing-service")
    s.body.append(
        "<div class='mono' style='background:#0c0c0c;color:#e6e6e6;height:1040px;padding:20px'>"
        + "".join(f"<div style='padding:3px 0'>{s.t(line)}</div>" for line in lines)
        + "</div>"
    )
    return s


def teams(messages: list[tuple[str, str, str]]) -> Screen:
    s = Screen("teams", "Chat | Priya Raman | Microsoft Teams")
    chats = "".join(
        f"<div class='msg'><b>{s.t(who)}</b> <small>{s.t(when)}</small><br>{s.t(text)}</div>"
        for who, when, text in messages
    )
    s.body.append(
        f"<div class='main'><div class='side'><div><b>{s.t('Chat')}</b></div><div>{s.t('Priya Raman')}</div>"
        f"<div>{s.t('Finance team')}</div><div>{s.t('Billing standup')}</div></div>"
        f"<div class='content'><h1>{s.t('Priya Raman')}</h1>{chats}"
        f"<div style='position:absolute;top:980px;width:1400px;border:1px solid #aaa;padding:10px'>"
        f"{s.t('Type a message')}</div></div></div>"
    )
    return s


def expense_form(amount: str) -> Screen:
    s = Screen("edge", "Expense report - Contoso HR - Microsoft Edge")
    fields = [
        ("Employee ID", "EMP-48213"),
        ("Cost center", "CC-7781"),
        ("Merchant", "Lufthansa"),
        ("Date", "2026-11-20"),
        ("Amount", amount),
        ("Purpose", "Client visit Hamburg"),
    ]
    body = "".join(
        f"<div class='field'><label>{s.t(k)}</label><span>{s.t(v)}</span></div>" for k, v in fields
    )
    s.body.append(
        f"<div class='menu'>{s.t('hr.contoso.com/expenses/new')}</div><div class='content'>"
        f"<h1>{s.t('New expense report')}</h1>{body}<div style='margin-top:30px'>"
        f"<span style='background:#0f6cbd;color:#fff;padding:10px 26px'>{s.t('Submit')}</span>"
        f"<span style='margin-left:20px;border:1px solid #0f6cbd;padding:10px 26px'>{s.t('Save draft')}</span>"
        "</div></div>"
    )
    return s


def vscode(code: list[str]) -> Screen:
    s = Screen("code", "billing.py - billing-service - Visual Studio Code")
    s.body.append(
        f"<div class='main' style='background:#1e1e1e;color:#d4d4d4'><div class='side' style='background:#252526;"
        f"color:#ccc;border:0'><div>{s.t('EXPLORER')}</div><div>{s.t('billing.py')}</div>"
        f"<div>{s.t('test_billing.py')}</div></div><div class='content mono'>"
        + "".join(f"<div style='white-space:pre;padding:3px 0'>{s.t(line)}</div>" for line in code)
        + "</div></div>"
    )
    return s


def chrome_docs() -> Screen:
    s = Screen("chrome", "decimal - Decimal fixed point and floating point arithmetic - Google Chrome")
    paras = [
        "The decimal module provides support for fast correctly rounded decimal floating point arithmetic.",
        "Decimal numbers can be represented exactly. In contrast, numbers like 1.1 and 2.2 do not have",
        "exact representations in binary floating point.",
        "quantize(exp, rounding=None) returns a value equal to the first operand after rounding.",
        "ROUND_HALF_UP rounds to nearest with ties going away from zero.",
    ]
    s.body.append(
        f"<div class='menu'>{s.t('docs.python.org/3/library/decimal.html')}</div><div class='content'>"
        f"<h1>{s.t('decimal - Decimal fixed point and floating point arithmetic')}</h1>"
        + "".join(f"<div class='row'>{s.t(p)}</div>" for p in paras)
        + "</div>"
    )
    return s


def slack_side() -> Screen:
    s = Screen("teams", "Billing standup | Microsoft Teams")
    s.body.append(
        f"<div class='content'><h1>{s.t('Billing standup')}</h1>"
        f"<div class='msg'>{s.t('Marco Silva: rounding bug reproduced on staging')}</div>"
        f"<div class='msg'>{s.t('Jordan Lee: fix goes out with release 4.18.2')}</div></div>"
    )
    return s


INBOX = [
    ("Dana Whitfield", "Invoice INV-2026-0412 for November", "09:58"),
    ("GitHub", "[billing-service] CI failed on main", "09:41"),
    ("Contoso HR", "Reminder: submit November expenses", "Mon"),
]
INVOICE_MAIL = [
    "From: Dana Whitfield <dana.whitfield@northwind-traders.com>",
    "To: Jordan Lee <jordan.lee@contoso.com>",
    "Hello Jordan, please find attached invoice INV-2026-0412.",
    "Total due: $1,284.50 by December 5, 2026.",
    "Kind regards, Dana",
]
CODE = [
    "from decimal import Decimal, ROUND_HALF_UP",
    "",
    "def apply_discount(total, pct):",
    "    return round(total * (1 - pct / 100), 2)",
]
CODE_FIXED = CODE[:3] + [
    "    value = Decimal(str(total)) * (1 - Decimal(pct) / 100)",
    "    return value.quantize(Decimal('0.01'), rounding=ROUND_HALF_UP)",
]
PROMPT = "PS C:\\src\\billing-service> "
PYTEST_OUT = [
    PROMPT + "pytest -k discount --maxfail=1",
    "collected 42 items / 41 deselected / 1 selected",
    "FAILED tests/test_billing.py::test_apply_discount_rounding - AssertionError: assert 1284.49 == 1284.5",
    "1 failed, 41 passed in 3.21s",
]


def scenario() -> list[dict]:
    """The morning, frame by frame: (seconds after 09:00 UTC, screen, extras)."""
    reply = [("Dana Whitfield", "Re: Invoice INV-2026-0412 for November", "10:23")] + INBOX
    chat1 = [
        ("Priya Raman", "10:10", "Can you check the Northwind invoice before Friday?"),
        ("Jordan Lee", "10:11", "Sure, looking at it now."),
    ]
    chat2 = chat1 + [("Priya Raman", "10:11", "The total should be $1,284.50 and the PO number is PO-88213.")]
    return [
        dict(at=125, screen=outlook(INBOX[0][1], INBOX, INVOICE_MAIL, 3)),
        dict(at=130, screen=outlook(INBOX[0][1], INBOX, INVOICE_MAIL, 3), duplicate=True, legacy_row=True),
        dict(
            at=140,
            screen=outlook(
                INBOX[0][1], [("Priya Raman", "Re: Q4 budget review", "10:02")] + INBOX, INVOICE_MAIL, 4
            ),
        ),
        dict(at=300, screen=chrome_invoice("Unpaid")),
        dict(at=330, screen=chrome_invoice("Scheduled"), no_window_ref=True),
        dict(at=480, screen=terminal([PROMPT + "pytest -k discount --maxfail=1"])),
        dict(at=492, screen=terminal(PYTEST_OUT)),
        dict(at=520, screen=terminal(PYTEST_OUT + [PROMPT + "git log --oneline -3"])),
        dict(at=660, screen=teams(chat1)),
        dict(at=705, screen=teams(chat2), uia=True),
        dict(at=840, screen=expense_form("EUR 312.40")),
        dict(at=870, screen=expense_form("EUR 327.90")),
        dict(at=1020, screen=vscode(CODE)),
        dict(at=1050, screen=vscode(CODE_FIXED)),
        dict(at=1200, screen=chrome_docs(), wide=slack_side()),
        dict(
            at=1440,
            screen=outlook(
                reply[0][1],
                reply,
                [
                    "From: Dana Whitfield <dana.whitfield@northwind-traders.com>",
                    "Payment received: $1,284.50. Thank you!",
                ],
                2,
            ),
        ),
    ]


def render(pages: list[tuple[str, int]], workdir: Path) -> list[Image.Image]:
    """Render HTML pages with headless Chromium; scale 2 gives a 3840x2160 HiDPI monitor."""
    out = []
    for i, (page, scale) in enumerate(pages):
        src, png = workdir / f"p{i}.html", workdir / f"p{i}.png"
        src.write_text(page, encoding="utf-8")
        subprocess.run(
            [
                CHROMIUM,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-quic",
                "--hide-scrollbars",
                "--font-render-hinting=none",
                f"--force-device-scale-factor={scale}",
                f"--user-data-dir={workdir / 'profile'}",
                f"--screenshot={png}",
                "--window-size=1920,1080",
                src.as_uri(),
            ],
            check=True,
            capture_output=True,
            timeout=120,
        )
        out.append(Image.open(png).convert("RGB"))
    return out


def encode_png(img: Image.Image) -> bytes:
    """A 64-colour palette PNG: text stays crisp and the sample stays small."""
    buf = io.BytesIO()
    img.quantize(colors=64, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE).save(
        buf, "PNG", optimize=True
    )
    return buf.getvalue()


def iso(ts: datetime) -> str:
    return ts.isoformat(timespec="microseconds")


class Writer:
    """Writes records the way the sidecar does: metadata row, media blob, journal event, ledger entry."""

    def __init__(self, root: Path, run: str = RUN, tzid: str = "Europe/Berlin", offset_minutes: int = 60):
        self.root, self.seq, self.rows, self.journal, self.ledger = root, 0, [], [], []
        self.prev_hash = None
        self.run, self.tzid, self.offset_minutes = (
            run,
            tzid,
            offset_minutes,
        )  # bench/qa/make_days.py varies them

    def next_id(self, kind: str) -> str:
        self.seq += 1
        return f"{self.run}/{kind}/{self.seq}"

    def blob(self, record_id: str, ts: datetime, data: bytes, derived: bool = False) -> str:
        rel = (
            Path(rid(self.run))
            / ("derived" if derived else "evidence")
            / ts.strftime("%Y/%m/%d")
            / (rid(record_id) + ".blob")
        )
        path = self.root / "media" / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        return "media\\" + str(rel).replace("/", "\\")

    def record(self, record_id: str, payload: dict, event_type: str, legacy_row: bool = False) -> None:
        payload = {**payload, "run_id": self.run}
        payload["payload_hash"] = canonical_hash(payload)
        ts = payload.get("ts_utc") or payload.get("start_ts_utc")
        self.rows.append(
            (
                record_id,
                canonical_json(payload),
                None if legacy_row else payload["record_type"],
                None if legacy_row else ts,
                None if legacy_row else self.run,
            )
        )
        self.journal.append(
            {
                "schema_version": 1,
                "event_id": record_id,
                "sequence": len(self.journal),
                "ts_utc": ts,
                "tzid": self.tzid,
                "offset_minutes": self.offset_minutes,
                "event_type": event_type,
                "payload": {"record_id": record_id, "record_type": payload["record_type"]},
                "run_id": self.run,
            }
        )
        if event_type in ("capture.frame", "window.meta"):
            entry = {
                "record_type": "ledger.entry",
                "schema_version": 1,
                "entry_id": f"{self.run}/ledger/{len(self.ledger)}",
                "ts_utc": ts,
                "stage": event_type,
                "inputs": [],
                "outputs": [record_id],
                "payload_hash": payload["payload_hash"],
                "prev_hash": self.prev_hash,
            }
            entry["entry_hash"] = self.prev_hash = entry_hash(entry)
            self.ledger.append(entry)

    def finish(self) -> None:
        db = sqlite3.connect(self.root / "metadata.db")
        db.executescript("""
            CREATE TABLE metadata (id TEXT PRIMARY KEY, payload TEXT NOT NULL, record_type TEXT, ts_utc TEXT, run_id TEXT);
            CREATE INDEX idx_metadata_record_type ON metadata(record_type);
            CREATE INDEX idx_metadata_ts_utc ON metadata(ts_utc);
            CREATE INDEX idx_metadata_run_id ON metadata(run_id);
            CREATE TABLE entity_map (token TEXT PRIMARY KEY, value TEXT, kind TEXT);""")
        db.executemany("INSERT INTO metadata VALUES (?, ?, ?, ?, ?)", self.rows)
        db.commit()
        db.execute("VACUUM")
        db.close()
        (self.root / "journal.ndjson").write_text("".join(canonical_json(e) + "\n" for e in self.journal))
        (self.root / "ledger.ndjson").write_text("".join(canonical_json(e) + "\n" for e in self.ledger))


def build(out: Path) -> dict:
    frames = scenario()
    pages = []
    for f in frames:
        pages.append((f["screen"].html(), 2 if "wide" in f else 1))
        if "wide" in f:
            pages.append((f["wide"].html(), 2))
    with tempfile.TemporaryDirectory() as tmp:
        images = render(pages, Path(tmp))
    if out.exists():
        shutil.rmtree(out)
    (out / "activity").mkdir(parents=True)
    (out / "uia").mkdir()
    w = Writer(out)
    truth = {"run_id": RUN, "tzid": "Europe/Berlin", "frames": [], "sessions": []}
    last_window = None
    img_iter = iter(images)
    for f in frames:
        screen: Screen = f["screen"]
        ts = DAY + timedelta(hours=9, seconds=f["at"])
        img = next(img_iter)
        lines = screen.truth()
        layout = None
        if "wide" in f:
            right = next(img_iter)
            canvas = Image.new("RGB", (7680, 2160))
            canvas.paste(img, (0, 0))
            canvas.paste(right, (3840, 0))
            img = canvas
            lines = lines + f["wide"].truth()
            layout = [
                {"index": 0, "left": 0, "top": 0, "width": 3840, "height": 2160},
                {"index": 1, "left": 3840, "top": 0, "width": 3840, "height": 2160},
            ]
        process_path = APPS[screen.app][0]
        rect = [0, 0, 3840, 2160] if layout else [0, 0, 1920, 1040]
        window = {
            "title": screen.title,
            "process_path": process_path,
            "hwnd": 1000 + hash_small(screen.title),
            "rect": rect,
        }
        if (screen.title, process_path) != last_window:
            wid = w.next_id("window")
            w.record(
                wid,
                {
                    "record_type": "evidence.window.meta",
                    "schema_version": 1,
                    "ts_utc": iso(ts - timedelta(seconds=2)),
                    "window": window,
                },
                "window.meta",
            )
            truth["sessions"].append(
                {
                    "window_record_id": wid,
                    "app": process_path.rsplit("\\", 1)[1].lower(),
                    "title": screen.title,
                    "frames": [],
                }
            )
            last_window = (screen.title, process_path)
            window_ts = ts - timedelta(seconds=2)
        data = encode_png(img)
        fid = w.next_id("frame")
        pointer = w.blob(fid, ts, data)
        payload = {
            "record_type": "evidence.capture.frame",
            "schema_version": 1,
            "ts_utc": iso(ts),
            "width": img.width,
            "height": img.height,
            "encoding": "png",
            "content_type": "image/png",
            "content_size": len(data),
            "content_hash": sha256_hex(data),
            "pixel_hash": sha256_hex(img.tobytes()),
            "monitor_index": 0,
            "dedupe": {"duplicate": bool(f.get("duplicate")), "fingerprint": sha256_hex(img.tobytes())[:16]},
            "cursor": {"x": 960, "y": 540, "visible": True},
            "input_ref": {
                "counts": {"key": 12 if screen.app in ("terminal", "code") else 2, "mouse": 3},
                "last_ts_utc": iso(ts - timedelta(milliseconds=400)),
            },
        }
        if not f.get("no_window_ref"):
            payload["window_ref"] = {
                "record_id": truth["sessions"][-1]["window_record_id"],
                "ts_utc": iso(window_ts),
                "window": window,
            }
        if len(truth["frames"]) % 2 == 0:
            payload["blob_path"] = pointer  # half the frames carry an explicit pointer, half are found by id
        if layout:
            payload["monitor_layout"] = layout
        if f.get("uia"):
            uia_id = w.next_id("uia")
            elements = [
                {"text": text, "role": "Text", "rect": [400, 180 + 90 * i, 1500, 230 + 90 * i]}
                for i, text in enumerate(screen.lines[4:])
            ]
            snap = {
                "record_type": "evidence.uia.snapshot",
                "schema_version": 1,
                "ts_utc": iso(ts),
                "hwnd": window["hwnd"],
                "window": {"title": screen.title, "pid": 4242},
                "elements": elements,
            }
            snap["content_hash"] = canonical_hash(elements)
            w.record(uia_id, snap, "uia.snapshot")
            payload["uia_ref"] = {"record_id": uia_id, "content_hash": snap["content_hash"]}
            snap_text = canonical_json(snap)
            (out / "uia" / "latest.snap.json").write_text(snap_text)
            (out / "uia" / "latest.snap.sha256").write_text(sha256_hex(snap_text) + "\n")
        w.record(fid, payload, "capture.frame", legacy_row=bool(f.get("legacy_row")))
        truth["sessions"][-1]["frames"].append(fid)
        truth["frames"].append(
            {
                "record_id": fid,
                "ts_utc": iso(ts),
                "app": process_path.rsplit("\\", 1)[1].lower(),
                "title": screen.title,
                "width": img.width,
                "height": img.height,
                "duplicate": bool(f.get("duplicate")),
                "lines": lines,
            }
        )
    add_input(w, truth)
    w.record(
        w.next_id("clipboard"),
        {
            "record_type": "evidence.clipboard.item",
            "ts_utc": iso(DAY + timedelta(hours=9, seconds=700)),
            "content_hash": sha256_hex("PO-88213"),
            "text_length": 8,
        },
        "clipboard.item",
    )
    w.record(
        w.next_id("system"),
        {
            "record_type": "system.startup",
            "ts_utc": iso(DAY + timedelta(hours=9)),
            "content_hash": sha256_hex("startup"),
            "version": "1.4.2",
        },
        "system.startup",
    )
    w.finish()
    (out / "activity" / "activity_signal.json").write_text(
        canonical_json(
            {
                "ts_utc": iso(DAY + timedelta(hours=9, minutes=25)),
                "idle_seconds": 312.5,
                "user_active": False,
                "source": "windows-sidecar",
                "seq": 48211,
            }
        )
    )
    return truth


def hash_small(text: str) -> int:
    return int(sha256_hex(text)[:6], 16)


def add_input(w: Writer, truth: dict) -> None:
    """Input summaries every 30 s across the morning, and a raw event log for the terminal session."""
    start = DAY + timedelta(hours=9)
    events = []
    command = "pytest -k discount --maxfail=1"
    t0 = start + timedelta(seconds=470)
    for i, ch in enumerate(command):
        events.append(
            {"kind": "key", "ts_utc": iso(t0 + timedelta(milliseconds=180 * i)), "action": "press", "key": ch}
        )
    for i, (x, y) in enumerate([(400, 300), (900, 520), (1210, 640), (1500, 260), (300, 900)]):
        events.append(
            {
                "kind": "mouse",
                "ts_utc": iso(start + timedelta(seconds=655 + 9 * i)),
                "button": "left",
                "pressed": True,
                "x": x,
                "y": y,
            }
        )
    events.sort(key=lambda e: e["ts_utc"])
    log_id = w.next_id("input_log")
    log_ts = start + timedelta(seconds=470)
    w.blob(log_id, log_ts, encode_input_log(events), derived=True)
    truth["input_log_id"] = log_id
    for k in range(0, 1500, 30):
        s, e = start + timedelta(seconds=k), start + timedelta(seconds=k + 30)
        keys = sum(1 for ev in events if ev["kind"] == "key" and iso(s) <= ev["ts_utc"] < iso(e))
        mouse = sum(1 for ev in events if ev["kind"] == "mouse" and iso(s) <= ev["ts_utc"] < iso(e))
        keys += 2 if 1000 <= k < 1080 else 0  # editing in VS Code
        payload = {
            "record_type": "derived.input.summary",
            "schema_version": 1,
            "start_ts_utc": iso(s),
            "end_ts_utc": iso(e),
            "event_count": keys + mouse,
            "counts": {"key": keys, "mouse": mouse},
        }
        if k == 450:
            payload["log_id"] = log_id
        w.record(w.next_id("input"), payload, "input.batch")


def main() -> int:
    out = ROOT / "dataroot"
    truth = build(out)
    (ROOT / "truth.json").write_text(json.dumps(truth, indent=1, ensure_ascii=False) + "\n")
    size = sum(p.stat().st_size for p in out.rglob("*") if p.is_file())
    print(f"wrote {out} ({len(truth['frames'])} frames, {size / 1e6:.2f} MB) and {ROOT / 'truth.json'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
