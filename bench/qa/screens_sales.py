"""Window layouts for the held-out QA workday "sales" (bench/qa/day_sales.py); the layouts of screens.py and
screens_more.py stay as they are. Gmail in Chrome (inbox list and an opened message), a HubSpot-like deal
record (labels above values), a Google Sheets grid, Zoom Workplace team chat (dark), a quote PDF in Edge's
viewer, a Notion page scrolled through a long account plan, and Windows 11 Notepad. Like screens.py, every
layout records each line of text it draws, in reading order, so a frame's ground truth is exact; the new
apps are added to screens.APPS (process paths) without touching the existing entries."""

from __future__ import annotations

import html
from dataclasses import dataclass

from make_sample import CSS
from screens import APPS, Window

NEW_APPS = {
    "zoom": "C:\\Users\\user\\AppData\\Roaming\\Zoom\\bin\\Zoom.exe",
    "notion": "C:\\Users\\user\\AppData\\Local\\Programs\\Notion\\Notion.exe",
    "notepad": "C:\\Program Files\\WindowsApps\\Microsoft.WindowsNotepad_11.2409.9.0_x64__8wekyb3d8bbwe"
    "\\Notepad\\Notepad.exe",
}
for _key, _path in NEW_APPS.items():
    APPS.setdefault(_key, _path)

SALES_CSS = """
body { font-family: 'Liberation Sans', 'DejaVu Sans', sans-serif; }
.win { height: 1040px; overflow: hidden; position: relative; }
.taskbar { position: absolute; top: 1040px; left: 0; width: 1920px; height: 40px; background: #1c1c1c; color: #fff;
           font-size: 14px; display: flex; justify-content: space-between; align-items: center; padding: 0 14px; }
.taskbar .clock { text-align: right; line-height: 17px; }
.strip { height: 38px; display: flex; align-items: flex-end; padding: 0 8px; background: #dfe3e8; font-size: 14px; }
.strip .tab { height: 32px; line-height: 32px; padding: 0 14px; width: 240px; white-space: nowrap; overflow: hidden;
              color: #444; }
.strip .on { background: #fff; border-radius: 8px 8px 0 0; color: #1b1b1b; }
.strip .ctl { margin-left: auto; align-self: center; color: #333; }
.omni { height: 42px; background: #fff; display: flex; align-items: center; padding: 0 14px; gap: 16px;
        border-bottom: 1px solid #dadce0; font-size: 15px; color: #5f6368; }
.omni .box { flex: 1; background: #f1f3f4; border-radius: 18px; padding: 6px 18px; color: #202124; }
.gm-row { display: flex; padding: 0 16px; height: 40px; line-height: 40px; border-bottom: 1px solid #f1f3f4;
          font-size: 15px; white-space: nowrap; }
.gm-row .f { width: 220px; overflow: hidden; } .gm-row .s { flex: 1; overflow: hidden; }
.gm-row .d { width: 90px; text-align: right; }
.gm-row.unread { font-weight: bold; background: #fff; } .gm-row.read { background: #f2f6fc; color: #333; }
.gm-nav div { padding: 7px 26px; font-size: 15px; border-radius: 0 16px 16px 0; }
.hs-prop { margin: 0 0 16px; } .hs-prop .k { font-size: 13px; color: #516f90; margin-bottom: 3px; }
.hs-prop .v { font-size: 16px; color: #33475b; }
.hs-card { border: 1px solid #cbd6e2; border-radius: 4px; padding: 14px 16px; margin: 0 0 14px; font-size: 15px;
           background: #fff; color: #33475b; }
.gs td, .gs th { border: 1px solid #e2e3e3; font-size: 14px; padding: 0 6px; height: 23px; white-space: nowrap; }
.gs th { background: #f8f9fa; color: #5f6368; font-weight: normal; text-align: center; }
.gs td.n { text-align: right; }
.zm-post { display: flex; margin: 0 0 18px; } .zm-av { width: 36px; height: 36px; border-radius: 8px; color: #fff;
           text-align: center; line-height: 36px; font-size: 14px; margin-right: 12px; flex: none; }
.zm-post .who { font-weight: bold; font-size: 15px; } .zm-post .when { color: #9a9aa5; font-size: 13px; margin-left: 8px; }
.zm-post .txt { font-size: 15px; margin-top: 4px; line-height: 21px; }
.nt p { margin: 6px 0; line-height: 26px; font-size: 16px; } .nt h2 { font-size: 23px; margin: 26px 0 6px; }
.nt li { margin: 4px 0; font-size: 16px; line-height: 24px; }
.nt table { border-collapse: collapse; margin: 8px 0; } .nt td, .nt th { border: 1px solid #e9e9e7; padding: 6px 12px;
            font-size: 15px; } .nt th { color: #787774; font-weight: normal; text-align: left; }
.nt .callout { background: #f1f1ef; border-radius: 4px; padding: 14px 16px; margin: 10px 0; font-size: 16px; }
"""


@dataclass
class SalesWindow(Window):
    """A Window with its app's own frame: Chrome's tab strip and address bar for "chrome" (the tabs are
    passed in), a thin title bar for the others; the taskbar and its clock as in screens.Window."""

    top: str = ""

    def page(self, clock: str, date: str) -> str:
        return (
            f"<html><head><meta charset='utf-8'><style>{CSS}{SALES_CSS}</style></head>"
            f"<body><div class='win'>{self.top}{''.join(self.body)}</div>"
            f"<div class='taskbar'><span>&#8862; Search</span><span class='clock'>{html.escape(clock)}"
            f"<br>{html.escape(date)}</span></div></body></html>"
        )


def _chrome(s: SalesWindow, tabs: list[str], active: int, url: str) -> None:
    strip = "".join(
        f"<div class='tab{' on' if i == active else ''}'>{s.t(t)}</div>" for i, t in enumerate(tabs)
    )
    s.top = (
        f"<div class='strip'>{strip}<span class='ctl'>&#8212; &#9633; &#10005;</span></div>"
        f"<div class='omni'><span>&#8592; &#8594; &#8635;</span><span class='box'>{s.t(url)}</span>"
        f"<span>&#9734; &#8942;</span></div>"
    )


def _bar(s: SalesWindow, text: str, bg: str, fg: str) -> None:
    s.top = (
        f"<div style='height:34px;line-height:34px;padding:0 14px;font-size:13px;background:{bg};color:{fg};"
        f"display:flex;justify-content:space-between'><span>{s.t(text)}</span>"
        f"<span>&#8212; &#9633; &#10005;</span></div>"
    )


# ---------------------------------------------------------------------------------------------- Gmail
def _gmail_shell(s: SalesWindow, nav: list[tuple[str, str]], active: str) -> str:
    side = "".join(
        f"<div style='{'background:#d3e3fd;font-weight:bold;' if name == active else ''}'>"
        f"<span>{s.t(name)}</span><span style='float:right'>{s.t(n) if n else ''}</span></div>"
        for name, n in nav
    )
    return (
        f"<div style='height:64px;display:flex;align-items:center;padding:0 18px;background:#f6f8fc'>"
        f"<span style='font-size:22px;color:#5f6368;width:230px'>&#9776; {s.t('Gmail')}</span>"
        f"<span style='width:720px;background:#e9eef6;border-radius:24px;padding:12px 22px;font-size:16px;"
        f"color:#5f6368'>{s.t('Search mail')}</span></div>"
        f"<div style='display:flex;height:896px;background:#f6f8fc'><div class='gm-nav' style='width:256px'>"
        f"<div style='margin:8px 10px 14px;padding:16px 24px;background:#c2e7ff;border-radius:16px;width:140px'>"
        f"{s.t('Compose')}</div>{side}</div>"
    )


def gmail_inbox(
    title: str,
    tabs: list[str],
    nav: list[tuple[str, str]],
    counter: str,
    rows: list[tuple[str, str, str, str, bool]],
) -> SalesWindow:
    """Gmail's inbox: a row per thread (sender, subject, " - " snippet, date), unread rows in bold."""
    s = SalesWindow("chrome", title)
    _chrome(s, tabs, 0, "mail.google.com/mail/u/0/#inbox")
    shell = _gmail_shell(s, nav, "Inbox")
    items = "".join(
        f"<div class='gm-row {'unread' if unread else 'read'}'><span class='f'>{s.t(sender)}</span>"
        f"<span class='s'>{s.t(subject)} <span style='color:#5f6368;font-weight:normal'>- {s.t(snippet)}"
        f"</span></span><span class='d'>{s.t(when)}</span></div>"
        for sender, subject, snippet, when, unread in rows
    )
    s.body.append(
        f"{shell}<div style='flex:1;background:#fff;border-radius:16px;margin:0 16px 16px 0'>"
        f"<div style='height:48px;line-height:48px;padding:0 20px;font-size:14px;color:#5f6368'>"
        f"<span>&#9744; &#8635; &#8942;</span><span style='float:right'>{s.t(counter)}</span></div>"
        f"<div style='display:flex;font-size:15px;border-bottom:1px solid #eee;padding:0 20px'>"
        f"<span style='padding:12px 40px 12px 0;color:#0b57d0;border-bottom:3px solid #0b57d0'>{s.t('Primary')}"
        f"</span><span style='padding:12px 40px'>{s.t('Promotions')}</span><span style='padding:12px 40px'>"
        f"{s.t('Updates')}</span></div>{items}</div></div>"
    )
    return s


def gmail_message(
    title: str,
    tabs: list[str],
    nav: list[tuple[str, str]],
    subject: str,
    sender: str,
    address: str,
    when: str,
    to: str,
    body: list[str],
    attachment: tuple[str, str] | None = None,
    reply: list[str] | None = None,
) -> SalesWindow:
    """An opened Gmail thread: subject, then the sender's name and address on one line with the date to the
    right, "to ..." under it, the body, an attachment card and, while replying, the reply box."""
    s = SalesWindow("chrome", title)
    _chrome(s, tabs, 0, "mail.google.com/mail/u/0/#inbox/FMfcgzQXJWcRnzVtTrBq")
    shell = _gmail_shell(s, nav, "Inbox")
    text = "".join(f"<div style='margin:0 0 12px'>{s.t(line)}</div>" for line in body)
    head = (
        f"<div style='font-size:22px;margin:8px 0 22px'>{s.t(subject)} <span style='font-size:12px;"
        f"background:#e8eaed;padding:2px 6px;border-radius:4px'>{s.t('Inbox')}</span></div>"
        f"<div style='display:flex;font-size:15px'><span><b>{s.t(sender)}</b> <span style='color:#5f6368'>"
        f"{s.t(address)}</span></span><span style='margin-left:auto;color:#5f6368'>{s.t(when)}</span></div>"
        f"<div style='font-size:13px;color:#5f6368;margin:2px 0 20px'>{s.t(to)}</div>"
    )
    card = ""
    if attachment:
        card = (
            f"<div style='margin-top:16px;border-top:1px solid #eee;padding-top:14px'>"
            f"<div style='font-size:14px;margin-bottom:10px'>{s.t('One attachment')}</div>"
            f"<div style='width:260px;border:1px solid #dadce0;border-radius:6px;padding:10px;font-size:13px'>"
            f"<div style='height:80px;background:#f1f3f4;margin-bottom:8px'></div><span style='color:#c5221f'>"
            f"PDF</span> {s.t(attachment[0])}<br><span style='color:#5f6368'>{s.t(attachment[1])}</span></div></div>"
        )
    box = ""
    if reply is not None:
        lines = "".join(f"<div>{s.t(x) if x else '&nbsp;'}</div>" for x in reply)
        box = (
            f"<div style='margin-top:18px;border-radius:10px;box-shadow:0 1px 4px #0004;padding:14px 18px;"
            f"font-size:15px;min-height:150px'><div style='color:#5f6368;margin-bottom:8px'>&#8617; "
            f"{s.t(sender)}</div>{lines}<div style='margin-top:14px'><span style='background:#0b57d0;"
            f"color:#fff;padding:8px 22px;border-radius:18px'>{s.t('Send')}</span></div></div>"
        )
    s.body.append(
        f"{shell}<div style='flex:1;background:#fff;border-radius:16px;margin:0 16px 16px 0;padding:18px 60px;"
        f"overflow:hidden'>{head}<div style='font-size:15px;line-height:21px'>{text}</div>{card}{box}</div></div>"
    )
    return s


# -------------------------------------------------------------------------------------------- HubSpot
def hubspot_deal(
    title: str,
    tabs: list[str],
    url: str,
    name: str,
    headline: list[tuple[str, str]],
    props: list[tuple[str, str]],
    stages: list[str],
    stage: str,
    activity: list[tuple[str, str, str]],
    side: list[tuple[str, list[str]]],
) -> SalesWindow:
    """A CRM deal record: left column with the deal's name, headline values and "About this deal" properties
    (each label above its value), a stage path and activity timeline in the middle, associated records on
    the right as cards with a count in their header."""
    s = SalesWindow("chrome", title)
    _chrome(s, tabs, 1, url)
    nav = "".join(
        f"<span style='margin-right:26px'>{s.t(x)}</span>"
        for x in ("Contacts", "Conversations", "Marketing", "Sales", "Reporting", "Automation")
    )
    head = "".join(
        f"<div class='hs-prop'><div class='k'>{s.t(k)}</div><div class='v'>{s.t(v)}</div></div>"
        for k, v in headline
    )
    about = "".join(
        f"<div class='hs-prop'><div class='k'>{s.t(k)}</div><div class='v'>{s.t(v) if v else '--'}</div></div>"
        for k, v in props
    )
    path = "".join(
        f"<span style='flex:1;text-align:center;padding:8px 4px;font-size:13px;background:"
        f"{'#00a4bd;color:#fff' if x == stage else '#eaf0f6;color:#33475b'};margin-right:3px'>{s.t(x)}</span>"
        for x in stages
    )
    feed = "".join(
        f"<div class='hs-card'><div style='font-size:13px;color:#7c98b6'>{s.t(kind)} &#183; {s.t(when)}</div>"
        f"<div style='margin-top:6px'>{s.t(text)}</div></div>"
        for kind, when, text in activity
    )
    cards = "".join(
        f"<div class='hs-card'><div style='font-weight:bold;margin-bottom:8px'>{s.t(h)}</div>"
        + "".join(f"<div style='margin:6px 0'>{s.t(x)}</div>" for x in items)
        + "</div>"
        for h, items in side
    )
    s.body.append(
        f"<div style='height:46px;background:#2d3e50;color:#fff;font-size:14px;line-height:46px;padding:0 20px'>"
        f"{nav}</div><div style='display:flex;height:874px;background:#f5f8fa'>"
        f"<div style='width:420px;background:#fff;border-right:1px solid #cbd6e2;padding:20px 24px;overflow:hidden'>"
        f"<div style='font-size:13px;color:#0091ae;margin-bottom:10px'>&#8249; {s.t('Deals')}</div>"
        f"<div style='font-size:22px;font-weight:bold;color:#33475b;margin-bottom:16px'>{s.t(name)}</div>{head}"
        f"<div style='border-top:1px solid #cbd6e2;margin:8px 0 14px;padding-top:12px;font-weight:bold;"
        f"color:#33475b'>{s.t('About this deal')}</div>{about}</div>"
        f"<div style='flex:1;padding:20px 28px;overflow:hidden'><div style='display:flex;margin-bottom:20px'>{path}"
        f"</div><div style='font-size:15px;font-weight:bold;margin-bottom:12px;color:#33475b'>"
        f"{s.t('Activity')}</div>{feed}</div>"
        f"<div style='width:400px;padding:20px 20px;overflow:hidden'>{cards}</div></div>"
    )
    return s


# --------------------------------------------------------------------------------------------- Sheets
def sheets(
    title: str,
    tabs: list[str],
    url: str,
    doc: str,
    cell: str,
    formula: str,
    columns: list[str],
    rows: list[list[str]],
    sheet_tabs: list[str],
    numeric: set[int],
) -> SalesWindow:
    """Google Sheets: document name and menus, name box and fx bar, lettered columns, numbered rows (row 1
    holds the header, in bold), sheet tabs at the bottom; columns in `numeric` are right-aligned."""
    s = SalesWindow("chrome", title)
    _chrome(s, tabs, 2, url)
    menus = "".join(
        f"<span style='margin-right:14px'>{s.t(m)}</span>"
        for m in ("File", "Edit", "View", "Insert", "Format", "Data", "Tools", "Extensions", "Help")
    )
    letters = "".join(
        f"<th style='width:{150 if i else 230}px'>{chr(65 + i)}</th>" for i in range(len(columns))
    )
    head = "".join(f"<td style='font-weight:bold;background:#e6f4ea'>{s.t(c)}</td>" for c in columns)
    body = "".join(
        f"<tr><th>{n}</th>"
        + "".join(
            f"<td class='{'n' if j in numeric else ''}'>{s.t(v) if v else ''}</td>" for j, v in enumerate(r)
        )
        + "</tr>"
        for n, r in enumerate(rows, 2)
    )
    blank = "".join(
        f"<tr><th>{n}</th>{'<td></td>' * len(columns)}</tr>" for n in range(len(rows) + 2, len(rows) + 14)
    )
    tab = "".join(
        f"<span style='padding:8px 18px;{'background:#e1e9f7;color:#0b57d0;' if i == 0 else ''}'>{s.t(t)}</span>"
        for i, t in enumerate(sheet_tabs)
    )
    s.body.append(
        f"<div style='height:62px;padding:8px 16px;background:#f9fbfd'><div style='font-size:18px'>{s.t(doc)}</div>"
        f"<div style='font-size:14px;margin-top:4px'>{menus}</div></div>"
        f"<div style='height:34px;display:flex;align-items:center;gap:12px;padding:0 12px;background:#f9fbfd;"
        f"border-bottom:1px solid #e2e3e3;font-size:14px'><span style='width:80px;border-right:1px solid #ccc'>"
        f"{s.t(cell)}</span><span style='color:#5f6368'>fx</span><span>{s.t(formula) if formula else ''}</span>"
        f"</div><div style='height:780px;overflow:hidden;background:#fff'><table class='gs'>"
        f"<tr><th style='width:46px'></th>{letters}</tr><tr><th>1</th>{head}</tr>{body}{blank}</table></div>"
        f"<div style='position:absolute;top:996px;left:0;width:1920px;height:44px;background:#f9fbfd;"
        f"border-top:1px solid #e2e3e3;display:flex;align-items:center;padding:0 60px;font-size:14px'>{tab}</div>"
    )
    return s


# ----------------------------------------------------------------------------------------------- Zoom
AVATAR = ["#e8710a", "#0e72ed", "#12a150", "#a142f4", "#d93025"]


def zoom_chat(
    title: str,
    sections: list[tuple[str, list[str]]],
    active: str,
    header: str,
    members: str,
    posts: list[tuple[str, str, str]],
    composer: str,
) -> SalesWindow:
    """Zoom Workplace team chat (dark): a top bar of modules, the chat list in sections, then the channel with
    its member count and posts as avatar, name and 12-hour time, the text under them; the composer below."""
    s = SalesWindow("zoom", title)
    _bar(s, title, "#1a1a1e", "#d8d8de")
    mods = "".join(
        f"<span style='margin-right:30px;{'color:#fff;font-weight:bold' if m == 'Team Chat' else ''}'>{s.t(m)}</span>"
        for m in ("Home", "Team Chat", "Meetings", "Phone", "Mail", "Calendar", "Docs")
    )
    side = "".join(
        f"<div style='color:#8e8e99;font-size:13px;margin:16px 0 6px'>{s.t(h)}</div>"
        + "".join(
            f"<div style='padding:7px 10px;border-radius:6px;{'background:#2d5bd1;color:#fff' if x == active else ''}'>"
            f"{s.t(x)}</div>"
            for x in items
        )
        for h, items in sections
    )
    body = ""
    for who, when, text in posts:
        initials = "".join(w[0] for w in who.split()[:2])
        color = AVATAR[sum(map(ord, who)) % len(AVATAR)]
        body += (
            f"<div class='zm-post'><div class='zm-av' style='background:{color}'>{initials}</div><div>"
            f"<span class='who'>{s.t(who)}</span><span class='when'>{s.t(when)}</span>"
            f"<div class='txt'>{s.t(text)}</div></div></div>"
        )
    box = s.t(composer) if composer else "<span style='color:#777'>Message</span>"
    s.body.append(
        f"<div style='height:48px;background:#141417;color:#a8a8b3;font-size:14px;line-height:48px;padding:0 24px'>"
        f"{mods}</div><div style='display:flex;height:958px;background:#1f1f23;color:#e4e4e9'>"
        f"<div style='width:300px;background:#19191c;padding:8px 14px;font-size:15px'>{side}</div>"
        f"<div style='flex:1;display:flex;flex-direction:column'><div style='height:58px;border-bottom:1px solid "
        f"#333;padding:10px 24px'><div style='font-size:17px;font-weight:bold'>{s.t(header)}</div>"
        f"<div style='font-size:12px;color:#9a9aa5'>{s.t(members)}</div></div>"
        f"<div style='flex:1;padding:20px 24px;overflow:hidden'>{body}</div>"
        f"<div style='margin:0 24px 20px;border:1px solid #444;border-radius:8px;padding:14px;font-size:15px;"
        f"height:70px'>{box}</div></div></div>"
    )
    return s


# ----------------------------------------------------------------------------------- Edge PDF viewer
def edge_pdf(
    title: str,
    url: str,
    page: str,
    zoom: str,
    letterhead: list[str],
    blocks: list[tuple],
) -> SalesWindow:
    """A PDF in Microsoft Edge: tab and address bar, the viewer's dark toolbar (page n of m, zoom), one white
    page: letterhead lines at the top right, then blocks ("p", text), ("kv", [(label, value)]) and ("items",
    header, rows, totals) where totals are (label, value) pairs under the table's last column."""
    s = SalesWindow("edge", title)
    s.top = (
        f"<div style='height:38px;background:#202020;display:flex;align-items:flex-end;padding:0 8px;font-size:13px'>"
        f"<div style='height:32px;line-height:32px;padding:0 14px;width:300px;background:#3b3b3b;color:#fff;"
        f"border-radius:8px 8px 0 0;white-space:nowrap;overflow:hidden'>{s.t(title.split(' - ')[0])}</div>"
        f"<span style='margin-left:auto;align-self:center;color:#ddd'>&#8212; &#9633; &#10005;</span></div>"
        f"<div style='height:40px;background:#3b3b3b;color:#ddd;display:flex;align-items:center;padding:0 14px;"
        f"gap:14px;font-size:14px'><span>&#8592; &#8594; &#8635;</span><span style='flex:1;background:#2b2b2b;"
        f"border-radius:16px;padding:5px 16px'>{s.t(url)}</span></div>"
    )
    tools = (
        f"<div style='height:40px;background:#2b2b2b;color:#e6e6e6;display:flex;align-items:center;gap:26px;"
        f"padding:0 20px;font-size:14px'><span>&#9776;</span><span>{s.t(page)}</span><span>&#8722; {s.t(zoom)} +"
        f"</span><span>{s.t('Draw')}</span><span>{s.t('Highlight')}</span><span>{s.t('Read aloud')}</span></div>"
    )
    parts = ["<div style='text-align:right;font-size:15px;line-height:21px;margin-bottom:26px'>"]
    parts += [f"<div>{s.t(x)}</div>" for x in letterhead]
    parts.append("</div>")
    for block in blocks:
        kind = block[0]
        if kind == "h":
            parts.append(
                f"<div style='font-size:26px;font-weight:bold;margin:6px 0 14px;color:#0b3d5c'>{s.t(block[1])}</div>"
            )
        elif kind == "p":
            parts.append(f"<div style='margin:8px 0;font-size:15px;line-height:21px'>{s.t(block[1])}</div>")
        elif kind == "kv":
            parts.append(
                "<table style='font-size:15px;margin:6px 0 14px'>"
                + "".join(
                    f"<tr><td style='border:none;padding:3px 30px 3px 0;color:#555'>{s.t(k)}</td>"
                    f"<td style='border:none;padding:3px 0'>{s.t(v)}</td></tr>"
                    for k, v in block[1]
                )
                + "</table>"
            )
        elif kind == "items":
            _, header, rows, totals = block
            n = len(header)
            head = "".join(
                f"<th style='background:#0b3d5c;color:#fff;padding:7px 10px;{'text-align:right;' if j else ''}'>"
                f"{s.t(h)}</th>"
                for j, h in enumerate(header)
            )
            body = "".join(
                "<tr>"
                + "".join(
                    f"<td style='padding:7px 10px;{'text-align:right;' if j else ''}'>{s.t(c)}</td>"
                    for j, c in enumerate(r)
                )
                + "</tr>"
                for r in rows
            )
            tot = "".join(
                f"<tr style='{'font-weight:bold;' if i == len(totals) - 1 else ''}'><td colspan='{n - 1}' "
                f"style='text-align:right;border:none;padding:5px 10px'>{s.t(k)}</td><td style='text-align:right;"
                f"border:none;padding:5px 10px'>{s.t(v)}</td></tr>"
                for i, (k, v) in enumerate(totals)
            )
            parts.append(
                f"<table style='width:100%;font-size:15px;margin:10px 0 14px'>{head}{body}{tot}</table>"
            )
    s.body.append(
        f"{tools}<div style='height:922px;background:#4a4a4a;overflow:hidden'><div style='width:1000px;"
        f"margin:18px auto;background:#fff;color:#111;padding:46px 64px;min-height:1100px'>{''.join(parts)}"
        f"</div></div>"
    )
    return s


# --------------------------------------------------------------------------------------------- Notion
def notion_page(
    title: str,
    workspace: str,
    tree: list[str],
    active: str,
    crumbs: str,
    blocks: list[tuple],
) -> SalesWindow:
    """A Notion page in the desktop app (light): the sidebar's page tree, the breadcrumb, then the visible
    blocks of a longer page: ("title", text), ("props", [(label, value)]), ("h2"|"p"|"callout", text),
    ("li", text), ("table", header, rows)."""
    s = SalesWindow("notion", title)
    _bar(s, title, "#f7f7f5", "#37352f")
    side = "".join(
        f"<div style='padding:5px 10px;border-radius:4px;{'background:#e9e9e7;font-weight:bold' if x == active else ''}'>"
        f"{s.t(x)}</div>"
        for x in tree
    )
    parts = []
    for block in blocks:
        kind = block[0]
        if kind == "title":
            parts.append(
                f"<div style='font-size:38px;font-weight:bold;margin:20px 0 14px'>{s.t(block[1])}</div>"
            )
        elif kind == "props":
            parts.append(
                "".join(
                    f"<div style='display:flex;font-size:15px;padding:5px 0'><span style='width:190px;color:#787774'>"
                    f"{s.t(k)}</span><span>{s.t(v)}</span></div>"
                    for k, v in block[1]
                )
            )
        elif kind in ("h2", "p"):
            parts.append(f"<{kind}>{s.t(block[1])}</{kind}>")
        elif kind == "li":
            parts.append(f"<ul style='margin:0'><li>{s.t(block[1])}</li></ul>")
        elif kind == "callout":
            parts.append(f"<div class='callout'>{s.t(block[1])}</div>")
        elif kind == "table":
            head = "".join(f"<th>{s.t(h)}</th>" for h in block[1])
            rows = "".join("<tr>" + "".join(f"<td>{s.t(v)}</td>" for v in r) + "</tr>" for r in block[2])
            parts.append(f"<table><tr>{head}</tr>{rows}</table>")
    s.body.append(
        f"<div style='display:flex;height:1006px;background:#fff;color:#37352f'>"
        f"<div style='width:260px;background:#f7f7f5;padding:12px 8px;font-size:14px;border-right:1px solid #ededeb'>"
        f"<div style='font-weight:bold;padding:6px 10px 14px'>{s.t(workspace)}</div>{side}</div>"
        f"<div style='flex:1;overflow:hidden'><div style='height:44px;line-height:44px;padding:0 18px;font-size:14px;"
        f"color:#787774'>{s.t(crumbs)}</div><div class='nt' style='width:900px;margin:0 auto'>{''.join(parts)}"
        f"</div></div></div>"
    )
    return s


# -------------------------------------------------------------------------------------------- Notepad
def notepad(title: str, tab: str, text: list[str], status: list[str]) -> SalesWindow:
    """Windows 11 Notepad in dark mode: a tab, the File/Edit/View menu, the text in mono, a status bar."""
    s = SalesWindow("notepad", title)
    s.top = (
        f"<div style='height:40px;background:#202020;color:#eee;display:flex;align-items:flex-end;padding:0 8px;"
        f"font-size:14px'><div style='height:34px;line-height:34px;padding:0 16px;background:#2b2b2b;"
        f"border-radius:8px 8px 0 0'>{s.t(tab)}</div><span style='margin-left:auto;align-self:center'>"
        f"&#8212; &#9633; &#10005;</span></div>"
    )
    menu = "".join(f"<span style='margin-right:22px'>{s.t(m)}</span>" for m in ("File", "Edit", "View"))
    lines = "".join(f"<div style='white-space:pre;min-height:25px'>{s.t(x) if x else ''}</div>" for x in text)
    bar = "".join(f"<span style='margin-right:40px'>{s.t(x)}</span>" for x in status)
    s.body.append(
        f"<div style='height:36px;line-height:36px;background:#2b2b2b;color:#eee;padding:0 16px;font-size:14px'>"
        f"{menu}</div><div class='mono' style='height:934px;background:#1f1f1f;color:#e8e8e8;padding:10px 18px;"
        f"font-size:17px;line-height:25px;overflow:hidden'>{lines}</div><div style='height:30px;line-height:30px;"
        f"background:#2b2b2b;border-top:1px solid #3a3a3a;padding:0 18px;font-size:13px;color:#ccc'>{bar}</div>"
    )
    return s
