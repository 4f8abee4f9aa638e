"""Window layouts for the eighth held-out QA workday "vet" (bench/qa/day_vet.py): a veterinary practice
manager's screen in Toronto, on an English (Canada) Windows 11 (a centred light taskbar, the clock written
"2:45 p.m." over "2026-11-19"). None of the layouts of the other days' screens_*.py is reused: classic Outlook
(blue title bar, the ribbon with its groups, folder pane, a message list grouped by date with the sender on
its own line, the reading pane with the sender's line apart from the body), Slack (dark, a sidebar of
channels and direct messages, the channel with its threads' reply counts and a thread pane on the right), a
veterinary practice-management web app in Chrome (ClinicFlow: an appointment book of vets by 24-hour time
slot, a patient chart with weight history and vaccinations, an inventory table with lots, expiry dates and
reorder levels), Excel in its dark theme (outline levels, subtotals), a supplier portal order page in Edge,
Adobe Acrobat (dark chrome, a white page: a lab report, a French-Canadian invoice), a time-clock app, a Zoom
meeting with its chat panel, Notepad++ (line numbers), a weather page and a maps page in Chrome and a
softphone's call log. Only the frame around them is shared: screens.Window (title, lines, the taskbar clock
and date as truth) and its process paths in screens.APPS (Zoom, Notepad++, the time clock and the softphone
are added with setdefault). Every layout records each line of text it draws, in reading order, so a frame's
ground truth is exact."""

from __future__ import annotations

import html
from dataclasses import dataclass

from make_sample import CSS
from screens import APPS, Window

NEW_APPS = {
    "zoom": "C:\\Users\\user\\AppData\\Roaming\\Zoom\\bin\\Zoom.exe",
    "notepadpp": "C:\\Program Files\\Notepad++\\notepad++.exe",
    "shiftwise": "C:\\Program Files\\Shiftwise\\TimeClock\\Shiftwise.exe",
    "zoiper": "C:\\Program Files\\Zoiper5\\Zoiper5.exe",
}
for _key, _path in NEW_APPS.items():
    APPS.setdefault(_key, _path)

VET_CSS = """
body { font-family: 'Liberation Sans', 'DejaVu Sans', sans-serif; }
.vw { height: 1032px; overflow: hidden; position: relative; }
.tb { position: absolute; top: 1032px; left: 0; width: 1920px; height: 48px; background: #eef1f5; color: #1a1a1a;
      font-size: 12px; border-top: 1px solid #d6dae0; }
.tb .ic { position: absolute; left: 780px; top: 8px; display: flex; gap: 10px; }
.tb .ic i { width: 30px; height: 30px; border-radius: 7px; display: inline-block; }
.tb .ck { position: absolute; right: 18px; top: 7px; text-align: right; line-height: 17px; }
.tb .wx { position: absolute; left: 16px; top: 14px; font-size: 12.5px; }
.cf td { padding: 9px 12px; border-bottom: 1px solid #e2ecea; font-size: 14px; white-space: nowrap; }
.cf th { padding: 8px 12px; font-size: 12.5px; color: #3d5c58; text-align: left; background: #eaf4f2;
         border-bottom: 1px solid #c6dcd8; white-space: nowrap; }
.ab td { border: 1px solid #dbe5e3; height: 38px; padding: 3px 8px; font-size: 13px; vertical-align: top; }
.ab th { border: 1px solid #c6dcd8; background: #eaf4f2; padding: 8px; font-size: 13px; text-align: left; }
.ab td.t { width: 70px; color: #56706c; font-size: 12.5px; background: #f6faf9; }
.ab .ap { border-radius: 4px; padding: 3px 7px; line-height: 16px; }
.xd td, .xd th { border: 1px solid #3b3b3b; height: 26px; padding: 0 7px; font-size: 13.5px; white-space: nowrap;
                 color: #e6e6e6; }
.xd th { background: #2b2b2b; color: #bdbdbd; font-weight: normal; font-size: 12px; text-align: center; }
.xd td.r { text-align: right; } .xd tr.s td { font-weight: bold; background: #2e3a31; }
.xd tr.h td { font-weight: bold; color: #8fd19e; } .xd td.on { outline: 2px solid #4fb26b; outline-offset: -2px; }
.np td { font-size: 14.5px; padding: 9px 12px; border-bottom: 1px solid #e7e7e7; white-space: nowrap; }
.np th { font-size: 12.5px; padding: 9px 12px; text-align: left; color: #555; border-bottom: 2px solid #00529b; }
.np td.r, .np th.r { text-align: right; }
.lr td, .lr th { padding: 4px 10px; font-size: 13px; text-align: left; color: #111; border-bottom: 1px solid #ddd; }
.lr th { border-bottom: 2px solid #333; }
.sw td { padding: 9px 12px; font-size: 14px; border-bottom: 1px solid #2a3550; white-space: nowrap; color: #e8ecf5; }
.sw th { padding: 8px 12px; font-size: 12px; color: #8fa0c4; text-align: left; border-bottom: 1px solid #3a4668; }
.zp td { padding: 8px 12px; font-size: 14px; border-bottom: 1px solid #ececec; white-space: nowrap; }
.zp th { padding: 8px 12px; font-size: 12px; color: #6b6b6b; text-align: left; border-bottom: 1px solid #ddd; }
"""


def to_12h_ca(clock: str) -> str:
    """'14:05' -> '2:05 p.m.', the en-CA taskbar's form."""
    h, m = (int(x) for x in clock.split(":"))
    return f"{h % 12 or 12}:{m:02d} {'a.m.' if h < 12 else 'p.m.'}"


def iso_date(date: str) -> str:
    """make_days' '19/11/2026' -> '2026-11-19', the en-CA short date."""
    d, m, y = date.split("/")
    return f"{y}-{m}-{d}"


@dataclass
class VetWindow(Window):
    """A screens.Window whose app draws its own frame into `top`, over a light Windows 11 taskbar (weather at
    the left, icons centred, the clock at the right). make_days passes the 'es' locale's 24-hour clock and
    dd/mm/yyyy; en-CA Windows shows '2:45 p.m.' and '2026-11-19', so the taskbar and the truth write that."""

    top: str = ""
    toast: str = ""

    def page(self, clock: str, date: str) -> str:
        icons = "".join(
            f"<i style='background:{c}'></i>"
            for c in ("#0078d4", "#0a64ad", "#4a154b", "#1a9c8c", "#1d6f42", "#d4262c", "#2d8cff", "#7a55c9")
        )
        return (
            f"<html><head><meta charset='utf-8'><style>{CSS}{VET_CSS}</style></head>"
            f"<body><div class='vw'>{self.top}{''.join(self.body)}{self.toast}</div>"
            f"<div class='tb'><div class='wx'>-2°C Cloudy</div><div class='ic'>{icons}</div><div class='ck'>"
            f"{html.escape(to_12h_ca(clock))}<br>{html.escape(iso_date(date))}</div></div></body></html>"
        )

    def truth_lines(self, clock: str, date: str) -> list[str]:
        return [self.title, *self.lines, "-2°C Cloudy", to_12h_ca(clock), iso_date(date)]

    def notify(self, app: str, who: str, text: str) -> None:
        """A Windows 11 notification (light), bottom right: the app, the sender in bold, the first line."""
        self.toast = (
            f"<div style='position:absolute;right:12px;bottom:12px;width:370px;background:#fbfbfb;color:#1a1a1a;"
            f"border:1px solid #d9d9d9;border-radius:8px;box-shadow:0 8px 24px #0003;padding:12px 16px;font-size:"
            f"13px'><div style='color:#5c5c5c;font-size:12px'>{self.t(app)}</div><div style='font-weight:bold;"
            f"margin-top:6px'>{self.t(who)}</div><div style='margin-top:2px;line-height:18px'>{self.t(text)}</div>"
            f"</div>"
        )


def _caption(s: VetWindow, bg: str, fg: str, text: str, height: int = 32) -> str:
    return (
        f"<div style='height:{height}px;background:{bg};color:{fg};display:flex;align-items:center;padding:0 12px;"
        f"font-size:12.5px'><span>{s.t(text)}</span><span style='margin-left:auto;letter-spacing:18px'>&#8212;"
        f"&#9633;&#10005;</span></div>"
    )


def _browser(s: VetWindow, tabs: list[str], active: int, url: str, kind: str = "chrome") -> None:
    """Chrome (dark-grey tab strip, pill address bar, a bookmarks bar) or Edge (light strip, square tabs)."""
    dark = kind == "chrome"
    strip = "#35363a" if dark else "#f7f7f7"
    tab = ""
    for i, t in enumerate(tabs):
        label = t if len(t) <= 30 else t[:29].rstrip() + "…"
        on = i == active
        bg = ("#4a4b4f" if dark else "#fff") if on else "transparent"
        fg = "#e8eaed" if dark else "#1b1b1b"
        tab += (
            f"<div style='width:240px;height:32px;line-height:32px;padding:0 12px;font-size:12.5px;white-space:"
            f"nowrap;overflow:hidden;color:{fg};background:{bg};border-radius:8px 8px 0 0'>{s.t(label)}</div>"
        )
    bar = "#4a4b4f" if dark else "#fff"
    field = "#202124" if dark else "#f0f0f0"
    fg = "#e8eaed" if dark else "#1b1b1b"
    marks = ""
    if dark:
        marks = (
            "<div style='height:28px;background:#4a4b4f;display:flex;gap:22px;align-items:center;padding:0 16px;"
            "font-size:12px;color:#dadce0'>"
            + "".join(f"<span>{s.t(b)}</span>" for b in ("ClinicFlow", "Northland", "Lakeshore Dx", "CVMA"))
            + "</div>"
        )
    s.top = (
        f"<div style='height:40px;background:{strip};display:flex;align-items:flex-end;gap:2px;padding:0 10px 0 "
        f"12px'>{tab}<span style='margin-left:auto;align-self:center;letter-spacing:18px;font-size:12px;color:"
        f"{fg}'>&#8212;&#9633;&#10005;</span></div><div style='height:38px;background:{bar};display:flex;"
        f"align-items:center;gap:14px;padding:0 14px;font-size:13.5px;color:{fg}'><span style='letter-spacing:"
        f"8px'>&#8592;&#8594;&#8635;</span><div style='flex:1;background:{field};border-radius:{'18px' if dark else '4px'};"
        f"padding:6px 16px'>{s.t(url)}</div></div>{marks}"
    )


# ----------------------------------------------------------------------------------- Outlook (classic)
def outlook_classic(
    title: str,
    folders: list[tuple[str, str]],
    items: list[tuple[str, str, str, str, bool]],
    selected: int | None,
    reading: dict | None,
) -> VetWindow:
    """Classic Outlook (Microsoft 365): the blue title bar with its search box, the ribbon's tabs and the Home
    tab's groups (New Email, Delete, Reply/Forward, Move, Tags), the folder pane, the message list under date
    headings (sender on a line, subject and time under it, unread bold), and the reading pane: subject, the
    sender's name and address on their own line, the sent time, To, attachments, then the body."""
    s = VetWindow("outlook", title)
    s.top = (
        _caption(s, "#0f5faa", "#fff", title, 30)
        + "<div style='height:30px;background:#0f5faa;display:flex;gap:26px;align-items:center;padding:0 14px;"
        "font-size:13px;color:#fff'>"
        + "".join(
            f"<span style='{'background:#fff;color:#0f5faa;padding:4px 10px;' if x == 'Home' else ''}'>{s.t(x)}</span>"
            for x in ("File", "Home", "Send / Receive", "Folder", "View", "Help")
        )
        + f"<div style='margin-left:auto;width:420px;background:#e6eef8;color:#44546a;border-radius:3px;padding:"
        f"4px 10px'>{s.t('Search Current Mailbox')}</div></div><div style='height:74px;background:#f3f3f3;"
        f"display:flex;gap:34px;align-items:center;padding:0 18px;font-size:12.5px;border-bottom:1px solid #d4d4d4'>"
        + "".join(
            f"<div style='text-align:center'><i style='display:block;margin:0 auto 6px;width:26px;height:22px;"
            f"background:#8bb0d8;border-radius:3px'></i>{s.t(x)}</div>"
            for x in (
                "New Email",
                "New Items",
                "Delete",
                "Archive",
                "Reply",
                "Reply All",
                "Forward",
                "Move",
                "Rules",
            )
        )
        + "</div>"
    )
    fold = ""
    for name, count in folders:
        on = name == "Inbox"
        fold += (
            f"<div style='display:flex;padding:5px 12px 5px 22px;font-size:13.5px;{'background:#cde6f7;' if on else ''}'>"
            f"<span>{s.t(name)}</span>"
            + (f"<b style='margin-left:auto;color:#0f5faa'>{s.t(count)}</b>" if count else "")
            + "</div>"
        )
    rows = ""
    group = None
    for i, (who, subject, when, heading, unread) in enumerate(items):
        if heading != group:
            rows += (
                f"<div style='padding:6px 12px;font-size:12.5px;font-weight:bold;color:#44546a;background:#f7f7f7;"
                f"border-bottom:1px solid #e1e1e1'>{s.t(heading)}</div>"
            )
            group = heading
        on = i == selected
        cut = subject if len(subject) <= 44 else subject[:43].rstrip() + "…"
        rows += (
            f"<div style='padding:7px 12px 7px 16px;border-bottom:1px solid #ececec;{'background:#cde6f7;' if on else ''}'>"
            f"<div style='font-size:14px;{'font-weight:bold;' if unread else ''}'>{s.t(who)}</div><div style='"
            f"display:flex;font-size:13px;margin-top:2px;{'color:#0f5faa;font-weight:bold;' if unread else 'color:#333;'}'>"
            f"<span>{s.t(cut)}</span><span style='margin-left:auto;font-weight:normal;color:#666'>{s.t(when)}"
            f"</span></div></div>"
        )
    if reading:
        att = "".join(
            f"<span style='border:1px solid #c8c8c8;padding:5px 10px;margin-right:8px;font-size:12.5px;"
            f"background:#fafafa'>{s.t(a)}</span>"
            for a in reading.get("attachments", [])
        )
        cc = (
            f"<div style='font-size:13px;color:#444'>{s.t('Cc   ' + reading['cc'])}</div>"
            if reading.get("cc")
            else ""
        )
        pane = (
            f"<div style='font-size:19px;margin-bottom:12px'>{s.t(reading['subject'])}</div>"
            f"<div style='display:flex;gap:12px;border-bottom:1px solid #e1e1e1;padding-bottom:10px'><i style='"
            f"width:46px;height:46px;border-radius:23px;background:#9fb7cf;flex:none'></i><div style='flex:1'>"
            f"<div style='font-size:14px'>{s.t(reading['sender'])}</div><div style='font-size:12.5px;color:#555;"
            f"margin-top:3px'>{s.t(reading['sent'])}</div><div style='font-size:13px;color:#444;margin-top:3px'>"
            f"{s.t('To   ' + reading['to'])}</div>{cc}</div></div>"
            + (f"<div style='margin:10px 0'>{att}</div>" if att else "")
            + "<div style='margin-top:14px;font-size:14.5px;line-height:22px;font-family:Calibri, Carlito, "
            '"Liberation Sans", sans-serif\'>'
            + "".join(f"<div style='margin-bottom:9px'>{s.t(b)}</div>" for b in reading["body"])
            + "</div>"
        )
    else:
        pane = f"<div style='margin-top:320px;text-align:center;color:#777'>{s.t('Select an item to read.')}</div>"
    s.body.append(
        f"<div style='display:flex;height:840px;background:#fff;color:#1e1e1e'><div style='width:250px;"
        f"border-right:1px solid #d4d4d4;padding-top:8px'><div style='padding:4px 12px;font-size:13.5px;"
        f"font-weight:bold'>{s.t('priya.raman@maplewoodvet.ca')}</div>{fold}</div><div style='width:440px;"
        f"border-right:1px solid #d4d4d4'><div style='display:flex;gap:16px;padding:8px 12px;font-size:13px;"
        f"border-bottom:1px solid #d4d4d4'><b>{s.t('All')}</b><span>{s.t('Unread')}</span><span style='"
        f"margin-left:auto;color:#666'>{s.t('By Date')}</span></div>{rows}</div><div style='flex:1;padding:18px "
        f"26px;overflow:hidden'>{pane}</div></div><div style='height:26px;background:#0f5faa;color:#fff;"
        f"font-size:12px;padding:5px 14px'>{s.t('All folders are up to date.   Connected to: Microsoft Exchange')}</div>"
    )
    return s


# --------------------------------------------------------------------------------------------- Slack
def slack(
    title: str,
    channels: list[tuple[str, bool]],
    dms: list[tuple[str, bool]],
    active: str,
    topic: str,
    messages: list[tuple[str, str, str, str]],
    thread: tuple[str, list[tuple[str, str, str]]] | None = None,
) -> VetWindow:
    """Slack (dark): the workspace bar, the sidebar (channels, direct messages; unread bold), the channel with
    its topic, messages (name, time, text; a 'N replies' link under a message that has a thread) and, when a
    thread is open, the thread pane at the right with the parent message and its replies."""
    s = VetWindow("slack", title, theme="dark")
    s.top = (
        f"<div style='height:38px;background:#1a1d21;color:#d1d2d3;display:flex;align-items:center;padding:0 14px;"
        f"font-size:13px'><span style='letter-spacing:10px'>&#8592;&#8594;</span><div style='margin-left:560px;"
        f"width:560px;background:#2c2f33;border-radius:6px;padding:5px 12px'>"
        f"{s.t('Search Maplewood Animal Hospital')}</div><span style='margin-left:auto;letter-spacing:18px'>"
        f"&#8212;&#9633;&#10005;</span></div>"
    )

    def item(name: str, unread: bool, prefix: str) -> str:
        on = name == active
        return (
            f"<div style='padding:4px 18px;font-size:14.5px;{'background:#1164a3;color:#fff;' if on else ''}"
            f"{'font-weight:bold;color:#fff;' if unread and not on else ''}'>{html.escape(prefix)}{s.t(name)}</div>"
        )

    side = (
        f"<div style='padding:12px 18px;font-size:17px;font-weight:bold;color:#fff;border-bottom:1px solid #35373b'>"
        f"{s.t('Maplewood Animal Hospital')}</div><div style='padding:12px 18px 4px;font-size:13px;color:#9a9b9e'>"
        f"{s.t('Channels')}</div>"
        + "".join(item(c, u, "# ") for c, u in channels)
        + f"<div style='padding:14px 18px 4px;font-size:13px;color:#9a9b9e'>{s.t('Direct messages')}</div>"
        + "".join(item(d, u, "") for d, u in dms)
    )
    msgs = ""
    for who, when, text, replies in messages:
        msgs += (
            f"<div style='display:flex;gap:10px;padding:8px 20px'><i style='width:36px;height:36px;border-radius:"
            f"6px;background:#5f7d95;flex:none'></i><div><div style='font-size:14.5px'><b style='color:#fff'>"
            f"{s.t(who)}</b><span style='color:#9a9b9e;font-size:12px;margin-left:8px'>{s.t(when)}</span></div>"
            f"<div style='font-size:14.5px;line-height:21px;color:#d1d2d3'>{s.t(text)}</div>"
            + (
                f"<div style='font-size:13px;color:#1d9bd1;margin-top:3px;font-weight:bold'>{s.t(replies)}</div>"
                if replies
                else ""
            )
            + "</div></div>"
        )
    name = active if active in [d for d, _ in dms] else "# " + active
    main = (
        f"<div style='flex:1;display:flex;flex-direction:column;background:#1a1d21'><div style='padding:12px 20px;"
        f"border-bottom:1px solid #35373b'><div style='font-size:17px;font-weight:bold;color:#fff'>"
        f"{html.escape(name[:2] if name.startswith('# ') else '')}{s.t(active)}</div><div style='font-size:12.5px;"
        f"color:#9a9b9e;margin-top:2px'>{s.t(topic)}</div></div><div style='flex:1;overflow:hidden;padding-top:"
        f"8px'>{msgs}</div><div style='margin:0 20px 18px;border:1px solid #565856;border-radius:8px;padding:12px;"
        f"color:#9a9b9e;font-size:14px'>{s.t('Message ' + name)}</div></div>"
    )
    pane = ""
    if thread:
        head, replies = thread
        rs = "".join(
            f"<div style='padding:8px 16px'><div style='font-size:14px'><b style='color:#fff'>{s.t(w)}</b><span "
            f"style='color:#9a9b9e;font-size:12px;margin-left:8px'>{s.t(t)}</span></div><div style='font-size:14px;"
            f"line-height:20px;color:#d1d2d3'>{s.t(x)}</div></div>"
            for w, t, x in replies
        )
        pane = (
            f"<div style='width:470px;background:#1a1d21;border-left:1px solid #35373b'><div style='padding:13px "
            f"16px;border-bottom:1px solid #35373b;font-size:16px;font-weight:bold;color:#fff'>{s.t('Thread')}"
            f"<span style='font-weight:normal;font-size:12.5px;color:#9a9b9e;margin-left:8px'>{s.t('# ' + active)}"
            f"</span></div><div style='padding:10px 16px;font-size:14px;color:#d1d2d3;border-bottom:1px solid "
            f"#35373b'>{s.t(head)}</div><div style='padding:6px 16px;font-size:12.5px;color:#9a9b9e'>"
            f"{s.t(f'{len(replies)} repl' + ('y' if len(replies) == 1 else 'ies'))}</div>{rs}</div>"
        )
    s.body.append(
        f"<div style='display:flex;height:994px;color:#d1d2d3'><div style='width:66px;background:#0b0e12'></div>"
        f"<div style='width:280px;background:#19171d;border-right:1px solid #35373b'>{side}</div>{main}{pane}</div>"
    )
    return s


# ---------------------------------------------------------------------------- ClinicFlow (practice app)
def _clinicflow(s: VetWindow, active: str, inner: str) -> None:
    nav = ["Appointments", "Patients", "Clients", "Inventory", "Invoices", "Reports", "Reminders"]
    top = "".join(
        f"<span style='padding:0 4px;{'border-bottom:3px solid #fff;font-weight:bold;' if n == active else 'color:#cfe9e5;'}'>"
        f"{s.t(n)}</span>"
        for n in nav
    )
    s.body.append(
        f"<div style='height:50px;background:#146c63;color:#fff;display:flex;align-items:center;gap:26px;"
        f"padding:0 22px;font-size:14px'><span style='font-size:19px;font-weight:bold'>{s.t('ClinicFlow')}</span>"
        f"{top}<span style='margin-left:auto;font-size:13px'>{s.t('Maplewood Animal Hospital · Priya R.')}"
        f"</span></div><div style='background:#f4f8f7;height:880px;padding:18px 26px;color:#1d2b29;overflow:"
        f"hidden'>{inner}</div>"
    )


def cf_book(
    title: str, tabs: list[str], url: str, day: str, vets: list[str], slots: list[tuple]
) -> VetWindow:
    """ClinicFlow's appointment book: the day with a date picker, one column per vet (with the room), a row per
    24-hour slot, each booking a coloured card (patient (client) – reason)."""
    s = VetWindow("chrome", title)
    _browser(s, tabs, 0, url)
    colors = {"Vaccines": "#dff3ec", "Surgery": "#fde7d9", "Recheck": "#e4ecfb", "Urgent": "#fbdada"}
    head = f"<tr><th>{s.t('Time')}</th>" + "".join(f"<th>{s.t(v)}</th>" for v in vets) + "</tr>"
    body = ""
    for time, *cells in slots:
        body += f"<tr><td class='t'>{s.t(time)}</td>"
        for c in cells:
            if c:
                kind = next((k for k in colors if k in c), "")
                body += f"<td><div class='ap' style='background:{colors.get(kind, '#eef2f1')}'>{s.t(c)}</div></td>"
            else:
                body += "<td></td>"
        body += "</tr>"
    inner = (
        f"<div style='display:flex;align-items:center;gap:14px'><span style='font-size:22px;font-weight:bold'>"
        f"{s.t('Appointment book')}</span><span style='border:1px solid #a9c9c3;border-radius:4px;padding:5px "
        f"12px;font-size:14px;background:#fff'>{s.t(day)}</span><span style='margin-left:auto;background:#146c63;"
        f"color:#fff;border-radius:4px;padding:7px 14px;font-size:13.5px'>{s.t('+ Book appointment')}</span></div>"
        f"<table class='ab' style='width:100%;margin-top:14px;background:#fff;border-collapse:collapse'>{head}"
        f"{body}</table>"
    )
    _clinicflow(s, "Appointments", inner)
    return s


def cf_chart(
    title: str,
    tabs: list[str],
    url: str,
    banner: list[tuple[str, str]],
    alerts: list[str],
    weights: list[tuple[str, str, str]],
    vaccines: list[tuple[str, str, str, str, str]],
    notes: list[str],
) -> VetWindow:
    """ClinicFlow's patient chart: a banner of the patient (label over value), alert chips, a weight history
    table, a vaccination table with due dates and status, and the latest medical notes."""
    s = VetWindow("chrome", title)
    _browser(s, tabs, 0, url)
    ban = "".join(
        f"<div><div style='font-size:12px;color:#56706c'>{s.t(k)}</div><div style='font-size:15px;font-weight:"
        f"bold;margin-top:2px'>{s.t(v)}</div></div>"
        for k, v in banner
    )
    chips = "".join(
        f"<span style='background:#fbdada;color:#9b1c1c;border-radius:12px;padding:3px 12px;font-size:13px'>"
        f"{s.t(a)}</span>"
        for a in alerts
    )
    wt = "<table class='cf' style='width:100%;background:#fff'><tr>" + "".join(
        f"<th>{s.t(h)}</th>" for h in ("Date", "Weight", "Recorded by")
    )
    wt += (
        "</tr>"
        + "".join(f"<tr>{''.join(f'<td>{s.t(c)}</td>' for c in r)}</tr>" for r in weights)
        + "</table>"
    )
    vx = "<table class='cf' style='width:100%;background:#fff'><tr>" + "".join(
        f"<th>{s.t(h)}</th>" for h in ("Vaccine", "Given", "Lot", "Next due", "Status")
    )
    vx += "</tr>"
    for r in vaccines:
        color = {"Overdue": "#b42318", "Current": "#157347", "Due soon": "#9a6700"}[r[4]]
        vx += (
            "<tr>"
            + "".join(f"<td>{s.t(c)}</td>" for c in r[:4])
            + f"<td style='color:{color};font-weight:bold'>{s.t(r[4])}</td></tr>"
        )
    vx += "</table>"
    nt = "".join(f"<div style='margin:6px 0;font-size:14px;line-height:20px'>{s.t(n)}</div>" for n in notes)
    inner = (
        f"<div style='background:#fff;border:1px solid #cfe1de;border-radius:6px;padding:14px 18px;display:flex;"
        f"gap:44px'>{ban}</div><div style='display:flex;gap:10px;margin:12px 0'>{chips}</div><div style='display:"
        f"flex;gap:22px'><div style='width:520px'><div style='font-size:16px;font-weight:bold;margin-bottom:8px'>"
        f"{s.t('Weight history')}</div>{wt}<div style='font-size:16px;font-weight:bold;margin:18px 0 8px'>"
        f"{s.t('Medical notes')}</div>{nt}</div><div style='flex:1'><div style='font-size:16px;font-weight:bold;"
        f"margin-bottom:8px'>{s.t('Vaccinations')}</div>{vx}</div></div>"
    )
    _clinicflow(s, "Patients", inner)
    return s


def cf_inventory(
    title: str,
    tabs: list[str],
    url: str,
    chips: list[str],
    head: list[str],
    rows: list[list[str]],
    footer: str,
) -> VetWindow:
    """ClinicFlow's pharmacy stock: filter chips, the table (the last column a Low/OK/Expiring badge) and a
    count line."""
    s = VetWindow("chrome", title)
    _browser(s, tabs, 0, url)
    badge = {"Low": ("#fde2e1", "#b42318"), "OK": ("#def4e8", "#157347"), "Expiring": ("#fff1cc", "#8a5a00")}
    table = "<table class='cf' style='width:100%;background:#fff'><tr>" + "".join(
        f"<th>{s.t(h)}</th>" for h in head
    )
    table += "</tr>"
    for r in rows:
        bg, fg = badge[r[-1]]
        table += (
            "<tr>"
            + "".join(f"<td>{s.t(c)}</td>" for c in r[:-1])
            + f"<td><span style='background:{bg};color:{fg};border-radius:4px;padding:2px 10px;font-weight:bold;"
            f"font-size:12.5px'>{s.t(r[-1])}</span></td></tr>"
        )
    table += "</table>"
    chip = "".join(
        f"<span style='border:1px solid #a9c9c3;border-radius:14px;padding:4px 12px;font-size:13px;background:"
        f"{'#146c63;color:#fff' if i == 0 else '#fff'}'>{s.t(c)}</span>"
        for i, c in enumerate(chips)
    )
    inner = (
        f"<div style='font-size:22px;font-weight:bold'>{s.t('Pharmacy stock')}</div><div style='display:flex;"
        f"gap:10px;margin:12px 0'>{chip}</div>{table}<div style='margin-top:10px;font-size:13px;color:#56706c'>"
        f"{s.t(footer)}</div>"
    )
    _clinicflow(s, "Inventory", inner)
    return s


# ------------------------------------------------------------------------------------- Excel (dark)
def excel_dark(
    title: str,
    cell: str,
    formula: str,
    cols: list[str],
    rows: list[tuple[str, int, list[str]]],
    sheets: list[str],
    selected: tuple[int, int] | None = None,
) -> VetWindow:
    """Excel in the Office dark theme: title bar, ribbon tabs, name box and formula bar, column letters, row
    numbers with an outline gutter (levels 1/2, a minus at each group), rows kind-styled ('h' a group heading,
    's' a subtotal, '' a detail row), the sheet tabs and the status bar."""
    s = VetWindow("excel", title, theme="dark")
    s.top = _caption(s, "#1f1f1f", "#e6e6e6", title, 32) + (
        "<div style='height:32px;background:#1f1f1f;display:flex;gap:24px;align-items:center;padding:0 16px;"
        "font-size:13px;color:#d6d6d6'>"
        + "".join(
            f"<span style='{'border-bottom:2px solid #4fb26b;' if x == 'Home' else ''}'>{s.t(x)}</span>"
            for x in ("File", "Home", "Insert", "Page Layout", "Formulas", "Data", "Review", "View")
        )
        + "</div><div style='height:62px;background:#292929;border-bottom:1px solid #3b3b3b'></div>"
        f"<div style='height:30px;background:#1f1f1f;display:flex;align-items:center;gap:10px;padding:0 8px;"
        f"font-size:13px;color:#e6e6e6'><div style='width:90px;border:1px solid #4a4a4a;padding:3px 6px'>"
        f"{s.t(cell)}</div><span style='color:#9a9a9a'>fx</span><div style='flex:1;border:1px solid #4a4a4a;"
        f"padding:3px 8px'>{s.t(formula)}</div></div>"
    )
    widths = [330, 150, 150, 150, 150, 120]
    grid = "<table class='xd' style='border-collapse:collapse;background:#1b1b1b'><tr><th style='width:44px'></th>"
    grid += "".join(
        f"<th style='width:{widths[i] if i < len(widths) else 110}px'>{chr(65 + i)}</th>"
        for i in range(len(cols))
    )
    grid += "</tr>"
    gutter = ""
    for n, (kind, level, vals) in enumerate(rows, 1):
        gutter += (
            f"<div style='height:27px;line-height:27px;color:#9a9a9a;font-size:12px;padding-left:"
            f"{6 + 10 * level}px'>{'&#8722;' if kind == 'h' else '&#183;' if level else ''}</div>"
        )
        grid += f"<tr class='{kind}'><th>{n}</th>"
        for j, v in enumerate(vals):
            cls = "r" if j > 0 else ""
            if selected == (n, j):
                cls += " on"
            text = ("&nbsp;" * 4 * level if j == 0 and kind == "" else "") + (s.t(v) if v else "")
            grid += f"<td class='{cls}'>{text}</td>"
        grid += "</tr>"
    grid += "</table>"
    tabs = "".join(
        f"<span style='padding:4px 16px;{'background:#1b1b1b;color:#4fb26b;font-weight:bold;border-bottom:2px solid #4fb26b;' if i == 0 else ''}'>"
        f"{s.t(t)}</span>"
        for i, t in enumerate(sheets)
    )
    s.body.append(
        f"<div style='display:flex;height:820px;background:#1b1b1b'><div style='width:36px;padding-top:28px;"
        f"background:#222'>{gutter}</div><div style='flex:1;overflow:hidden'>{grid}</div></div><div style='"
        f"height:32px;background:#1f1f1f;display:flex;gap:6px;align-items:center;padding:0 40px;font-size:13px;"
        f"color:#d6d6d6'>{tabs}</div><div style='height:24px;background:#107c41;color:#fff;font-size:12px;"
        f"padding:4px 14px'>{s.t('Ready')}</div>"
    )
    return s


# ------------------------------------------------------------------------------ supplier portal (Edge)
def supplier_order(
    title: str,
    tabs: list[str],
    url: str,
    order: str,
    status: str,
    facts: list[tuple[str, str]],
    head: list[str],
    lines: list[list[str]],
    totals: list[tuple[str, str]],
    tracking: list[tuple[str, str]],
) -> VetWindow:
    """Northland's customer portal in Edge: navy header with the account, the order heading and its status
    badge, a facts grid, the line items (qty and money right-aligned), totals at the right and a shipment
    timeline."""
    s = VetWindow("edge", title)
    _browser(s, tabs, 0, url, kind="edge")
    grid = "".join(
        f"<div><div style='font-size:12px;color:#5b6b7f'>{s.t(k)}</div><div style='font-size:14.5px;margin-top:"
        f"2px'>{s.t(v)}</div></div>"
        for k, v in facts
    )
    table = "<table class='np' style='width:100%;background:#fff'><tr>" + "".join(
        f"<th class='{'r' if i >= 2 else ''}'>{s.t(h)}</th>" for i, h in enumerate(head)
    )
    table += "</tr>" + "".join(
        "<tr>"
        + "".join(f"<td class='{'r' if i >= 2 else ''}'>{s.t(c)}</td>" for i, c in enumerate(r))
        + "</tr>"
        for r in lines
    )
    table += "</table>"
    tot = "".join(
        f"<div style='display:flex;padding:5px 0;{'font-weight:bold;border-top:1px solid #bbb;' if k.startswith('Order total') else ''}'>"
        f"<span>{s.t(k)}</span><span style='margin-left:auto'>{s.t(v)}</span></div>"
        for k, v in totals
    )
    steps = "".join(
        f"<div style='display:flex;gap:12px;padding:6px 0;font-size:13.5px'><span style='width:180px;color:"
        f"#5b6b7f'>{s.t(w)}</span><span>{s.t(e)}</span></div>"
        for w, e in tracking
    )
    color = {"Delivered": "#157347", "Out for delivery": "#9a6700"}.get(status.split(" ·")[0], "#00529b")
    s.body.append(
        f"<div style='height:58px;background:#00294d;color:#fff;display:flex;align-items:center;padding:0 30px;"
        f"gap:30px;font-size:14px'><span style='font-size:20px;font-weight:bold'>"
        f"{s.t('Northland Veterinary Supply')}</span><span>{s.t('Catalogue')}</span><span>{s.t('Orders')}</span>"
        f"<span>{s.t('Backorders')}</span><span>{s.t('Invoices')}</span><span style='margin-left:auto;font-size:"
        f"13px'>{s.t('Account 40-22817 · Maplewood Animal Hospital')}</span></div><div style='padding:22px 40px;"
        f"background:#f5f7fa;height:882px;color:#1c2430'><div style='display:flex;align-items:center;gap:16px'>"
        f"<span style='font-size:24px;font-weight:bold'>{s.t('Order ' + order)}</span><span style='background:"
        f"{color};color:#fff;border-radius:4px;padding:4px 12px;font-size:13px'>{s.t(status)}</span></div>"
        f"<div style='display:flex;gap:50px;margin:16px 0 18px;background:#fff;padding:14px 18px;border:1px solid "
        f"#dde3ea'>{grid}</div>{table}<div style='display:flex;gap:40px;margin-top:16px'><div style='flex:1;"
        f"background:#fff;border:1px solid #dde3ea;padding:12px 18px'><div style='font-weight:bold;font-size:15px;"
        f"margin-bottom:6px'>{s.t('Shipment')}</div>{steps}</div><div style='width:420px;background:#fff;border:"
        f"1px solid #dde3ea;padding:12px 18px;font-size:14.5px'>{tot}</div></div></div>"
    )
    return s


# ----------------------------------------------------------------------------------- Adobe Acrobat
def acrobat(title: str, tabs: list[str], active: int, page: str, pages: str, build) -> VetWindow:
    """Adobe Acrobat (dark chrome): the menu and document tabs, the tools bar with the page count, a left
    thumbnails strip and a white page; `build(s)` draws the page's HTML through s.t."""
    s = VetWindow("acrobat", title, theme="dark")
    tab = "".join(
        f"<span style='padding:7px 16px;font-size:12.5px;{'background:#323232;color:#fff;' if i == active else 'color:#aaa;'}'>"
        f"{s.t(t)}</span>"
        for i, t in enumerate(tabs)
    )
    s.top = (
        _caption(s, "#1e1e1e", "#ddd", title, 30)
        + "<div style='height:30px;background:#1e1e1e;display:flex;gap:22px;align-items:center;padding:0 14px;"
        "font-size:13px;color:#ddd'>"
        + "".join(f"<span>{s.t(x)}</span>" for x in ("Menu", "Home", "Tools"))
        + f"{tab}</div><div style='height:40px;background:#323232;display:flex;gap:20px;align-items:center;"
        f"padding:0 20px;font-size:13px;color:#ddd;border-bottom:1px solid #111'><span>{s.t(page)}</span>"
        f"<span>{s.t(pages)}</span><span>{s.t('100%')}</span><span style='margin-left:auto'>"
        f"{s.t('Edit a PDF')}</span><span>{s.t('Fill & Sign')}</span></div>"
    )
    inner = build(s)
    s.body.append(
        f"<div style='display:flex;height:932px;background:#525659'><div style='width:150px;background:#2b2b2b;"
        f"padding:18px 30px'><div style='width:86px;height:110px;background:#fff;border:3px solid #2680eb'></div>"
        f"<div style='width:86px;height:110px;background:#ddd;margin-top:18px'></div></div><div style='flex:1;"
        f"overflow:hidden;padding:22px 0'><div style='width:1000px;margin:0 auto;background:#fff;color:#111;"
        f"padding:44px 60px;min-height:1200px;box-shadow:0 0 8px #000'>{inner}</div></div></div>"
    )
    return s


# ------------------------------------------------------------------------------ Shiftwise (time clock)
def timeclock(
    title: str,
    heading: str,
    period: str,
    head: list[str],
    rows: list[list[str]],
    side: list[tuple[str, str]],
    footer: str,
) -> VetWindow:
    """Shiftwise TimeClock (a dark navy desktop app): its own title bar, a left nav, today's punches (24-hour
    clock) with a status column, an exceptions card at the right and a footer."""
    s = VetWindow("shiftwise", title, theme="dark")
    s.top = _caption(s, "#121a2e", "#c9d3ea", title, 32)
    nav = "".join(
        f"<div style='padding:10px 22px;font-size:14px;{'background:#23345c;color:#fff;border-left:3px solid #5ab0ff;' if n == 'Today' else 'color:#a9b6d6;'}'>"
        f"{s.t(n)}</div>"
        for n in ("Today", "Timesheets", "Schedule", "Time off", "Pay periods", "Exports")
    )
    table = (
        "<table class='sw' style='width:100%'><tr>" + "".join(f"<th>{s.t(h)}</th>" for h in head) + "</tr>"
    )
    for r in rows:
        table += "<tr>"
        for c in r:
            color = {"Late": "#ffb454", "Missed punch": "#ff6b6b", "Approved edit": "#5ad19a"}.get(c, "")
            table += f"<td style='{'color:' + color + ';font-weight:bold' if color else ''}'>{s.t(c)}</td>"
        table += "</tr>"
    table += "</table>"
    card = "".join(
        f"<div style='padding:8px 0;border-bottom:1px solid #2a3550'><div style='font-size:12px;color:#8fa0c4'>"
        f"{s.t(k)}</div><div style='font-size:14px;margin-top:2px'>{s.t(v)}</div></div>"
        for k, v in side
    )
    s.body.append(
        f"<div style='display:flex;height:1000px;background:#18213a;color:#e8ecf5'><div style='width:210px;"
        f"background:#121a2e;padding-top:14px'><div style='padding:6px 22px 16px;font-size:18px;font-weight:bold;"
        f"color:#5ab0ff'>{s.t('Shiftwise')}</div>{nav}</div><div style='flex:1;padding:22px 28px'><div style='"
        f"font-size:22px;font-weight:bold'>{s.t(heading)}</div><div style='font-size:13px;color:#8fa0c4;margin:"
        f"4px 0 16px'>{s.t(period)}</div>{table}<div style='font-size:13px;color:#8fa0c4;margin-top:12px'>"
        f"{s.t(footer)}</div></div><div style='width:340px;background:#1d2844;padding:22px'><div style='"
        f"font-size:16px;font-weight:bold;margin-bottom:8px'>{s.t('Exceptions & totals')}</div>{card}</div></div>"
    )
    return s


# ---------------------------------------------------------------------------------------------- Zoom
def zoom(
    title: str, topic: str, elapsed: str, tiles: list[str], speaker: str, chat: list[tuple[str, str, str]]
):
    """A Zoom meeting: the black gallery of participant tiles (names at the bottom left), the meeting info
    line, the chat panel at the right (sender to Everyone, time, text) and the control bar."""
    s = VetWindow("zoom", title, theme="dark")
    s.top = _caption(s, "#1a1a1a", "#ddd", title, 30)
    tile = "".join(
        f"<div style='width:470px;height:270px;background:{'#3a3a3a' if n != speaker else '#2f3b2f'};border:"
        f"{'3px solid #5ad15a' if n == speaker else '1px solid #111'};position:relative;border-radius:6px'>"
        f"<i style='position:absolute;left:195px;top:80px;width:80px;height:80px;border-radius:40px;background:"
        f"#6b7a8c'></i><span style='position:absolute;left:10px;bottom:8px;background:#000a;color:#fff;font-size:"
        f"13px;padding:2px 8px'>{s.t(n)}</span></div>"
        for n in tiles
    )
    msgs = "".join(
        f"<div style='padding:8px 14px'><div style='font-size:12px;color:#666'>{s.t(f'From {w} to Everyone')}"
        f"<span style='margin-left:8px'>{s.t(t)}</span></div><div style='font-size:14px;line-height:20px;"
        f"margin-top:2px'>{s.t(x)}</div></div>"
        for w, t, x in chat
    )
    s.body.append(
        f"<div style='display:flex;height:1002px'><div style='flex:1;background:#111;display:flex;flex-direction:"
        f"column'><div style='padding:8px 16px;color:#ccc;font-size:13px;display:flex'><span>{s.t(topic)}</span>"
        f"<span style='margin-left:auto;color:#5ad15a'>{s.t(elapsed)}</span></div><div style='flex:1;display:"
        f"flex;flex-wrap:wrap;gap:10px;padding:20px 40px;align-content:flex-start'>{tile}</div><div style='"
        f"height:64px;background:#1a1a1a;display:flex;gap:34px;justify-content:center;align-items:center;color:"
        f"#ddd;font-size:12.5px'>"
        + "".join(
            f"<span>{s.t(x)}</span>"
            for x in ("Mute", "Stop Video", "Participants", "Chat", "Share Screen", "Record", "Reactions")
        )
        + f"<span style='background:#e02828;color:#fff;padding:6px 14px;border-radius:6px'>{s.t('End')}</span>"
        f"</div></div><div style='width:400px;background:#fff;color:#232333;display:flex;flex-direction:column'>"
        f"<div style='padding:12px 14px;font-weight:bold;border-bottom:1px solid #ddd'>{s.t('Meeting Chat')}"
        f"</div><div style='flex:1;overflow:hidden'>{msgs}</div><div style='margin:12px;border:1px solid #ccc;"
        f"border-radius:6px;padding:10px;font-size:13px;color:#888'>{s.t('Type message here...')}</div></div></div>"
    )
    return s


# -------------------------------------------------------------------------------------------- Notepad++
def notepadpp(title: str, tabs: list[str], text: list[str], status: list[str]) -> VetWindow:
    """Notepad++ (default light theme): menu, a toolbar strip, file tabs, the gutter with line numbers, the
    text (monospace) and the status bar."""
    s = VetWindow("notepadpp", title)
    s.top = _caption(s, "#fff", "#111", title, 30) + (
        "<div style='height:26px;background:#f0f0f0;display:flex;gap:16px;align-items:center;padding:0 10px;"
        "font-size:13px'>"
        + "".join(
            f"<span>{s.t(x)}</span>"
            for x in (
                "File",
                "Edit",
                "Search",
                "View",
                "Encoding",
                "Language",
                "Settings",
                "Tools",
                "Macro",
                "Run",
            )
        )
        + "</div><div style='height:30px;background:#f0f0f0;border-bottom:1px solid #ccc'></div>"
        "<div style='height:28px;background:#e8e8e8;display:flex;gap:2px;align-items:flex-end;padding:0 4px'>"
        + "".join(
            f"<span style='padding:5px 14px;font-size:12.5px;{'background:#fff;border-top:2px solid #f0a030;' if i == 0 else 'background:#dcdcdc;'}'>"
            f"{s.t(t)}</span>"
            for i, t in enumerate(tabs)
        )
        + "</div>"
    )
    gutter = "".join(f"<div>{n}</div>" for n in range(1, len(text) + 2))
    body = "".join(f"<div>{s.t(x) if x else '&nbsp;'}</div>" for x in text)
    s.body.append(
        f'<div style=\'display:flex;height:890px;font-family:"Liberation Mono", "DejaVu Sans Mono", monospace;'
        f"font-size:15px;line-height:22px'><div style='width:48px;background:#e4e4e4;color:#808080;text-align:"
        f"right;padding:4px 8px 0 0'>{gutter}</div><div style='flex:1;padding:4px 10px;color:#000'>{body}</div>"
        f"</div><div style='height:24px;background:#f0f0f0;border-top:1px solid #ccc;display:flex;gap:50px;"
        f"padding:4px 12px;font-size:12px'>" + "".join(f"<span>{s.t(x)}</span>" for x in status) + "</div>"
    )
    return s


# ------------------------------------------------------------------------------------ weather (Chrome)
def weather(
    title: str,
    tabs: list[str],
    url: str,
    place: str,
    now: list[str],
    alert: str,
    hourly: list[tuple[str, str, str]],
    days: list[list[str]],
) -> VetWindow:
    """A weather site (light, Canadian units): the place and current conditions, an optional alert bar, an
    hourly strip and the 7-day table."""
    s = VetWindow("chrome", title)
    _browser(s, tabs, 0, url)
    strip = "".join(
        f"<div style='width:130px;text-align:center;background:#fff;border:1px solid #dbe3ee;border-radius:6px;"
        f"padding:10px 0'><div style='font-size:13px;color:#55637a'>{s.t(h)}</div><div style='font-size:20px;"
        f"font-weight:bold;margin:4px 0'>{s.t(t)}</div><div style='font-size:12.5px'>{s.t(c)}</div></div>"
        for h, t, c in hourly
    )
    table = "<table class='np' style='width:100%;background:#fff'><tr>" + "".join(
        f"<th>{s.t(h)}</th>" for h in ("Day", "Conditions", "High", "Low", "POP", "Snow", "Wind")
    )
    table += "</tr>" + "".join("<tr>" + "".join(f"<td>{s.t(c)}</td>" for c in r) + "</tr>" for r in days)
    table += "</table>"
    al = (
        f"<div style='background:#fff4ce;border-left:5px solid #d99a00;padding:10px 16px;margin:12px 0;font-size:"
        f"14.5px'>{s.t(alert)}</div>"
        if alert
        else ""
    )
    s.body.append(
        f"<div style='background:#eaf1f8;height:894px;padding:20px 60px;color:#13243a'><div style='font-size:"
        f"15px;color:#1a5fb4;font-weight:bold'>{s.t('NorthSky Weather')}</div><div style='display:flex;gap:40px;"
        f"align-items:flex-end;margin-top:8px'><div style='font-size:26px;font-weight:bold'>{s.t(place)}</div>"
        + "".join(f"<div style='font-size:15px'>{s.t(x)}</div>" for x in now)
        + f"</div>{al}<div style='display:flex;gap:10px;margin:16px 0'>{strip}</div>{table}</div>"
    )
    return s


# ---------------------------------------------------------------------------------------- maps (Chrome)
def maps(
    title: str,
    tabs: list[str],
    url: str,
    origin: str,
    dest: str,
    routes: list[tuple[str, str, str]],
    note: str,
) -> VetWindow:
    """Google Maps directions: the left panel (origin, destination, routes with time, distance, via) and a
    drawn map of streets at the right."""
    s = VetWindow("chrome", title)
    _browser(s, tabs, 0, url)
    rs = "".join(
        f"<div style='padding:14px 20px;border-bottom:1px solid #e8e8e8;{'border-left:4px solid #1a73e8;' if i == 0 else ''}'>"
        f"<div style='display:flex'><span style='font-size:15px'>{s.t(via)}</span><span style='margin-left:auto;"
        f"font-size:18px;color:{'#188038' if i == 0 else '#202124'}'>{s.t(t)}</span></div><div style='font-size:"
        f"13px;color:#70757a;margin-top:3px'>{s.t(d)}</div></div>"
        for i, (t, d, via) in enumerate(routes)
    )
    streets = "".join(
        f"<div style='position:absolute;left:{x}px;top:{y}px;width:{w}px;height:{h}px;background:#fff'></div>"
        for x, y, w, h in ((0, 300, 1460, 14), (700, 0, 16, 960), (0, 620, 1460, 10), (300, 0, 10, 960))
    )
    s.body.append(
        f"<div style='display:flex;height:924px'><div style='width:440px;background:#fff;border-right:1px solid "
        f"#ddd'><div style='padding:16px 20px;background:#fff'><div style='border:1px solid #dadce0;padding:8px "
        f"12px;font-size:14px;margin-bottom:8px'>{s.t(origin)}</div><div style='border:1px solid #dadce0;padding:"
        f"8px 12px;font-size:14px'>{s.t(dest)}</div></div>{rs}<div style='padding:14px 20px;font-size:13px;color:"
        f"#70757a'>{s.t(note)}</div></div><div style='flex:1;position:relative;background:#e8eae6;overflow:hidden'>"
        f"{streets}<div style='position:absolute;left:708px;top:306px;width:330px;height:6px;background:#1a73e8'>"
        f"</div><div style='position:absolute;left:708px;top:140px;width:6px;height:170px;background:#1a73e8'>"
        f"</div><span style='position:absolute;left:735px;top:110px;font-size:13px'>{s.t('Don Valley Pkwy')}"
        f"</span><span style='position:absolute;left:900px;top:280px;font-size:13px'>{s.t('Danforth Ave')}"
        f"</span></div></div>"
    )
    return s


# ------------------------------------------------------------------------------------ softphone (Zoiper)
def softphone(
    title: str, tabs: list[str], rows: list[tuple[str, str, str, str, str]], dial: str
) -> VetWindow:
    """A softphone (Zoiper-like, light) over the left third of the screen and the desktop behind it: tabs
    (Contacts, History, Dialpad), the call history (direction, name, number, time, duration) and the
    registered account line."""
    s = VetWindow("zoiper", title)
    tab = "".join(
        f"<span style='padding:10px 0;{'border-bottom:3px solid #f28c28;font-weight:bold;' if t == 'History' else 'color:#666;'}'>"
        f"{s.t(t)}</span>"
        for t in tabs
    )
    table = "<table class='zp' style='width:100%'><tr>" + "".join(
        f"<th>{s.t(h)}</th>" for h in ("", "Name", "Number", "Time", "Duration")
    )
    table += "</tr>"
    for d, n, num, t, dur in rows:
        color = "#d93025" if d == "Missed" else "#1b1b1b"
        table += (
            f"<tr><td style='color:{color}'>{s.t(d)}</td><td style='color:{color}'>{s.t(n)}</td><td>{s.t(num)}"
            f"</td><td>{s.t(t)}</td><td>{s.t(dur) if dur else ''}</td></tr>"
        )
    table += "</table>"
    s.body.append(
        f"<div style='position:absolute;left:0;top:0;width:1920px;height:1032px;background:linear-gradient(135deg,"
        f"#2c5364,#203a43 60%,#0f2027)'></div><div style='position:absolute;left:120px;top:70px;width:900px;"
        f"height:860px;background:#fff;box-shadow:0 10px 40px #0008;border-radius:6px;overflow:hidden'>"
        f"{_caption(s, '#f6f6f6', '#333', title, 32)}<div style='display:flex;gap:10px;align-items:center;"
        f"padding:10px 18px;background:#f6f6f6;border-bottom:1px solid #ddd'><div style='flex:1;border:1px solid "
        f"#ccc;border-radius:4px;padding:8px 12px;font-size:15px;background:#fff'>{s.t(dial)}</div><span style='"
        f"background:#2ca94f;color:#fff;padding:8px 18px;border-radius:4px;font-size:14px'>{s.t('Call')}</span>"
        f"</div><div style='display:flex;gap:40px;padding:0 22px;font-size:14px;border-bottom:1px solid #ddd'>"
        f"{tab}</div>{table}<div style='position:absolute;bottom:0;left:0;right:0;padding:8px 18px;font-size:"
        f"12.5px;color:#2ca94f;background:#f6f6f6'>{s.t('● 204@maplewoodvet.pbx.ca · Registered')}</div></div>"
    )
    return s
