"""Window layouts for the third held-out QA workday "estate" (bench/qa/day_estate.py): a property manager's
desk in Lyon. None of the layouts of screens.py, screens_more.py, screens_sales.py or screens_buy.py is
reused, so the day's screens are new to the system under test: Thunderbird (light, message list above the
message pane, and its compose window), Firefox with a property-management web app (rent ledger, tenant
record), WhatsApp Web (dark), the built-in PDF viewer (pdf.js, dark toolbar), Google Calendar and a bank's
business portal, LibreOffice Calc (French UI), Notepad++ (dark), Windows 11 File Explorer and a Zoom
meeting (dark) with its chat panel. Only the frame around them is shared: screens.Window (title, lines,
taskbar clock and date as truth) and its process paths in screens.APPS, to which the new apps are added
without touching the existing entries. Every layout records each line of text it draws, in reading order,
so a frame's ground truth is exact; nothing recorded is drawn outside the window or clipped."""

from __future__ import annotations

import html
from dataclasses import dataclass

from make_sample import CSS
from screens import APPS, Window

NEW_APPS = {
    "calc": "C:\\Program Files\\LibreOffice\\program\\soffice.bin",
    "explorer": "C:\\Windows\\explorer.exe",
    "zoom": "C:\\Users\\user\\AppData\\Roaming\\Zoom\\bin\\Zoom.exe",
    "notepadpp": "C:\\Program Files\\Notepad++\\notepad++.exe",
}
for _key, _path in NEW_APPS.items():
    APPS.setdefault(_key, _path)

ESTATE_CSS = """
body { font-family: 'Liberation Sans', 'DejaVu Sans', sans-serif; }
.win { height: 1040px; overflow: hidden; position: relative; }
.taskbar { position: absolute; top: 1040px; left: 0; width: 1920px; height: 40px; background: #1c1c1c; color: #fff;
           font-size: 14px; display: flex; justify-content: space-between; align-items: center; padding: 0 18px; }
.taskbar .clock { text-align: right; line-height: 17px; }
.ff-tabs { height: 40px; display: flex; align-items: flex-end; padding: 0 6px; font-size: 13px; }
.ff-tabs .tab { height: 32px; line-height: 32px; padding: 0 14px; min-width: 200px; white-space: nowrap;
                margin: 0 2px 4px; border-radius: 4px; }
.ff-bar { height: 40px; display: flex; align-items: center; padding: 0 10px; gap: 14px; font-size: 14px; }
.ff-bar .url { flex: 1; border-radius: 4px; padding: 6px 14px; }
.tb td, .tb th { padding: 5px 10px; font-size: 14px; text-align: left; white-space: nowrap; }
.gi td, .gi th { padding: 10px 12px; font-size: 14px; border-bottom: 1px solid #e3e7ee; text-align: left;
                 white-space: nowrap; }
.gi th { color: #5b6b7f; font-weight: bold; font-size: 12px; text-transform: uppercase; background: #f6f8fb; }
.gi td.n, .gi th.n { text-align: right; }
.pill { display: inline-block; border-radius: 10px; padding: 1px 10px; font-size: 12px; font-weight: bold; }
.wa-in, .wa-out { max-width: 640px; border-radius: 8px; padding: 6px 10px 4px; margin: 3px 0; font-size: 15px;
                  line-height: 20px; color: #e9edef; }
.wa-in { background: #202c33; } .wa-out { background: #005c4b; margin-left: auto; }
.wa-t { font-size: 11px; color: #8696a0; text-align: right; margin-top: 2px; }
.pdf p { margin: 6px 0; font-size: 14px; line-height: 20px; text-align: justify; }
.pdf h3 { font-size: 15px; margin: 14px 0 4px; }
.lo td, .lo th { border: 1px solid #c0c0c0; height: 24px; padding: 0 5px; font-size: 13px; white-space: nowrap; }
.lo th { background: #ececec; color: #333; font-weight: normal; text-align: center; }
.lo td.n { text-align: right; } .lo td.sel { outline: 2px solid #000; outline-offset: -2px; }
.ex td, .ex th { padding: 5px 12px; font-size: 14px; text-align: left; white-space: nowrap; }
.ex th { font-weight: normal; color: #555; border-right: 1px solid #e5e5e5; }
.ex td.n { text-align: right; }
.bk td, .bk th { padding: 11px 14px; font-size: 14px; border-bottom: 1px solid #e6e6e6; text-align: left;
                 white-space: nowrap; }
.bk th { color: #666; font-size: 13px; } .bk td.n { text-align: right; }
"""


@dataclass
class EstateWindow(Window):
    """A screens.Window whose app draws its own frame into `top` above the body; the truth lines stay
    Window's: the title, every drawn line, the taskbar's clock and date."""

    top: str = ""

    def page(self, clock: str, date: str) -> str:
        return (
            f"<html><head><meta charset='utf-8'><style>{CSS}{ESTATE_CSS}</style></head>"
            f"<body><div class='win'>{self.top}{''.join(self.body)}</div>"
            f"<div class='taskbar'><span>&#8862; &#9906; Rechercher</span><span class='clock'>"
            f"{html.escape(clock)}<br>{html.escape(date)}</span></div></body></html>"
        )


def _firefox(s: EstateWindow, tabs: list[str], active: int, url: str, dark: bool = False) -> None:
    """Firefox's tab strip (the active tab raised) and its navigation bar with the URL."""
    strip, on, fg, bar, box = (
        ("#1c1b22", "#42414d", "#fbfbfe", "#2b2a33", "#1c1b22")
        if dark
        else ("#f0f0f4", "#ffffff", "#15141a", "#f9f9fb", "#f0f0f4")
    )
    tab = "".join(
        f"<div class='tab' style='background:{on if i == active else 'transparent'};color:{fg};"
        f"{'box-shadow:0 0 3px #0003;' if i == active else ''}'>{s.t(t)}</div>"
        for i, t in enumerate(tabs)
    )
    s.top = (
        f"<div class='ff-tabs' style='background:{strip}'>{tab}<span style='color:{fg};align-self:center;"
        f"margin-left:8px'>+</span><span style='margin-left:auto;align-self:center;color:{fg}'>&#8212; &#9633; "
        f"&#10005;</span></div><div class='ff-bar' style='background:{bar};color:{fg};border-bottom:1px solid "
        f"{'#0c0c0d' if dark else '#ddd'}'><span>&#8592; &#8594; &#8635;</span><span class='url' "
        f"style='background:{box}'>{s.t(url)}</span><span>&#9734; &#8615; &#9776;</span></div>"
    )


# ------------------------------------------------------------------------------------ Thunderbird (light)
def thunderbird(
    title: str,
    account: str,
    folders: list[tuple[str, str]],
    rows: list[tuple[str, str, str, bool, bool]],
    selected: int,
    reading: dict | None = None,
) -> EstateWindow:
    """Thunderbird 128 (light): the spaces bar, the unified toolbar (Get Messages, Write, search), the folder
    pane (account, folders with unread counts), the message list as a table (subject, correspondent, date;
    unread rows bold, a paper clip for attachments) above the message pane. reading: sender, address, to,
    date, subject on lines of their own, an attachment (name, size) and the body."""
    s = EstateWindow("thunderbird", title)
    s.top = (
        f"<div style='height:38px;background:#e8e8ed;display:flex;align-items:center;padding:0 12px;"
        f"font-size:13px;color:#222'><span style='background:#fff;padding:6px 14px;border-radius:4px 4px 0 0;"
        f"align-self:flex-end'>&#9993; {s.t(title.split(' - ')[0])}</span><span style='margin-left:auto'>"
        f"&#8212; &#9633; &#10005;</span></div>"
        f"<div style='height:44px;background:#f9f9fb;border-bottom:1px solid #d8d8de;display:flex;"
        f"align-items:center;gap:18px;padding:0 16px;font-size:14px'><span style='background:#0061e0;color:#fff;"
        f"padding:6px 16px;border-radius:4px'>&#9998; {s.t('New Message')}</span><span>&#8635; "
        f"{s.t('Get Messages')}</span><span style='margin-left:120px;width:560px;border:1px solid #cfcfd8;"
        f"border-radius:4px;padding:5px 12px;color:#777'>&#9906; {s.t('Search…')}</span></div>"
    )
    spaces = "".join(f"<div style='padding:14px 0'>{g}</div>" for g in ("&#9993;", "&#9632;", "&#9632;"))
    side = f"<div style='font-weight:bold;padding:8px 10px'>{s.t(account)}</div>" + "".join(
        f"<div style='display:flex;padding:6px 10px 6px 26px;{'background:#dde7f8;border-radius:4px;' if i == 0 else ''}'>"
        f"<span>{s.t(name)}</span><span style='margin-left:auto;color:#0061e0;font-weight:bold'>"
        f"{s.t(n) if n else ''}</span></div>"
        for i, (name, n) in enumerate(folders)
    )
    head = (
        f"<tr style='background:#f2f2f5;color:#555'><th style='width:30px'></th><th>{s.t('Subject')}</th>"
        f"<th>{s.t('Correspondents')}</th><th>{s.t('Date')}</th></tr>"
    )
    body = ""
    for i, (subject, who, when, unread, clip) in enumerate(rows):
        bg = "background:#0061e0;color:#fff;" if i == selected else ("background:#fafafa;" if i % 2 else "")
        weight = "font-weight:bold;" if unread else ""
        body += (
            f"<tr style='{bg}{weight}'><td>{'&#9632;' if clip else ''}</td><td>{s.t(subject)}</td>"
            f"<td>{s.t(who)}</td><td>{s.t(when)}</td></tr>"
        )
    pane = ""
    if reading:
        r = reading
        hdr = "".join(
            f"<div style='display:flex;padding:2px 0'><span style='width:70px;color:#666;text-align:right;"
            f"margin-right:12px'>{s.t(k)}</span><span>{s.t(v)}</span></div>"
            for k, v in (("From", f"{r['sender']} <{r['address']}>"), ("To", r["to"]), ("Date", r["when"]))
        )
        att = ""
        if r.get("attachment"):
            name, size = r["attachment"]
            att = (
                f"<div style='border-top:1px solid #ddd;margin-top:10px;padding:8px 0;font-size:13px'>&#9632; "
                f"{s.t('1 attachment:')} {s.t(name)} <span style='color:#666'>{s.t(size)}</span></div>"
            )
        text = "".join(f"<div style='min-height:20px;margin:0 0 8px'>{s.t(x)}</div>" for x in r["body"])
        pane = (
            f"<div style='background:#f9f9fb;border-bottom:1px solid #ddd;padding:12px 20px;font-size:14px'>{hdr}"
            f"<div style='font-size:18px;font-weight:bold;margin-top:8px'>{s.t(r['subject'])}</div>{att}</div>"
            f"<div style='padding:16px 28px;font-size:15px;line-height:21px;max-width:1150px'>{text}</div>"
        )
    s.body.append(
        f"<div style='display:flex;height:958px;background:#fff;color:#15141a'>"
        f"<div style='width:48px;background:#e8e8ed;text-align:center;font-size:18px'>{spaces}</div>"
        f"<div style='width:250px;background:#f9f9fb;border-right:1px solid #d8d8de;font-size:14px'>{side}</div>"
        f"<div style='flex:1;display:flex;flex-direction:column'><div style='height:300px;overflow:hidden;"
        f"border-bottom:1px solid #cfcfd8'><table class='tb' style='width:100%;border-collapse:collapse'>"
        f"{head}{body}</table></div><div style='flex:1;overflow:hidden'>{pane}</div></div></div>"
    )
    return s


def thunderbird_write(
    title: str, sender: str, to: str, subject: str, body: list[str], quoted: list[str]
) -> EstateWindow:
    """Thunderbird's compose window: Send and the format toolbar, From/To/Subject fields, the body typed so
    far, the quoted message under it."""
    s = EstateWindow("thunderbird", title)
    s.top = (
        f"<div style='height:36px;background:#e8e8ed;display:flex;align-items:center;padding:0 14px;"
        f"font-size:13px'><span>{s.t(title)}</span><span style='margin-left:auto'>&#8212; &#9633; &#10005;"
        f"</span></div>"
    )
    fields = "".join(
        f"<div style='display:flex;align-items:center;padding:6px 0'><span style='width:90px;text-align:right;"
        f"color:#555;margin-right:12px'>{s.t(k)}</span><span style='flex:1;border:1px solid #cfcfd8;"
        f"border-radius:4px;padding:6px 10px;min-height:32px'>{s.t(v) if v else ''}</span></div>"
        for k, v in (("From", sender), ("To", to), ("Subject", subject))
    )
    text = "".join(
        f"<div style='min-height:21px;margin-bottom:4px'>{s.t(x) if x else ''}</div>" for x in body
    )
    quote = "".join(f"<div>{s.t(x)}</div>" for x in quoted)
    s.body.append(
        f"<div style='height:46px;background:#f9f9fb;border-bottom:1px solid #ddd;display:flex;align-items:center;"
        f"gap:22px;padding:0 16px;font-size:14px'><span style='background:#0061e0;color:#fff;padding:6px 18px;"
        f"border-radius:4px'>&#10148; {s.t('Send')}</span><span>{s.t('Spelling')}</span><span>"
        f"{s.t('Attach')}</span><span>{s.t('Security')}</span><span>{s.t('Save')}</span></div>"
        f"<div style='padding:8px 30px 8px 10px;font-size:14px;border-bottom:1px solid #ddd'>{fields}</div>"
        f"<div style='height:36px;background:#f9f9fb;border-bottom:1px solid #ddd;font-size:13px;padding:8px 16px;"
        f"color:#444'>{s.t('Body Text')} &#9662; &nbsp; {s.t('Variable Width')} &#9662; &nbsp; <b>B</b> <i>I</i> "
        f"<u>U</u></div><div style='padding:18px 40px;font-size:15px;line-height:21px;height:740px;overflow:hidden'>"
        f"{text}<div style='border-left:2px solid #0061e0;padding-left:12px;color:#555;margin-top:18px'>{quote}"
        f"</div></div>"
    )
    return s


# ------------------------------------------------------------------- property management app (Firefox)
def _gestimmo(s: EstateWindow, active: str) -> tuple[str, str]:
    head = (
        f"<div style='height:54px;background:#0e3b5c;color:#fff;display:flex;align-items:center;padding:0 22px;"
        f"gap:24px;font-size:15px'><span style='font-size:20px;font-weight:bold'>{s.t('Gestimmo')}</span>"
        f"<span style='color:#a9c3d9'>{s.t('Régie Fourvière Gestion')}</span><span style='margin-left:auto;"
        f"background:#1d5480;padding:6px 14px;border-radius:4px;width:360px;color:#cfe0ee'>&#9906; "
        f"{s.t('Tenant, lot, reference…')}</span><span>{s.t('C. Roux')} &#9662;</span></div>"
    )
    nav = "".join(
        f"<div style='padding:11px 18px;{'background:#e3edf6;color:#0e3b5c;font-weight:bold;border-left:4px solid #0e3b5c;' if x == active else 'border-left:4px solid transparent;'}'>"
        f"{s.t(x)}</div>"
        for x in ("Dashboard", "Buildings", "Tenants", "Rent ledger", "Maintenance", "Owners", "Documents")
    )
    return head, nav


def ledger(
    title: str,
    tabs: list[str],
    url: str,
    heading: str,
    sub: str,
    columns: list[str],
    rows: list[list[str]],
    numeric: set[int],
    toast: str = "",
) -> EstateWindow:
    """Gestimmo's rent ledger: the heading (building, month), a filter line, the table of lots (status as a
    coloured pill in the last column) and a confirmation toast when a payment was just recorded."""
    s = EstateWindow("firefox", title)
    _firefox(s, tabs, 0, url)
    head, nav = _gestimmo(s, "Rent ledger")
    colour = {
        "Payé": ("#dff3e4", "#1e7b34"),
        "Partiel": ("#fff1d6", "#9a6200"),
        "Impayé": ("#fde2e1", "#b42318"),
    }
    th = "".join(f"<th class='{'n' if j in numeric else ''}'>{s.t(c)}</th>" for j, c in enumerate(columns))
    body = ""
    for r in rows:
        cells = ""
        for j, v in enumerate(r):
            if j == len(r) - 1 and v in colour:
                bg, fg = colour[v]
                cells += f"<td><span class='pill' style='background:{bg};color:{fg}'>{s.t(v)}</span></td>"
            else:
                cells += f"<td class='{'n' if j in numeric else ''}'>{s.t(v)}</td>"
        body += f"<tr>{cells}</tr>"
    note = (
        f"<div style='position:absolute;top:130px;right:40px;background:#1e7b34;color:#fff;padding:12px 20px;"
        f"border-radius:6px;font-size:14px'>&#10004; {s.t(toast)}</div>"
        if toast
        else ""
    )
    s.body.append(
        f"{head}<div style='display:flex;height:866px;background:#f3f6fa;color:#1f2d3d'><div style='width:220px;"
        f"background:#fff;border-right:1px solid #dde3ea;font-size:14px;padding-top:10px'>{nav}</div>"
        f"<div style='flex:1;padding:22px 30px'><div style='font-size:24px;font-weight:bold'>{s.t(heading)}</div>"
        f"<div style='color:#5b6b7f;font-size:14px;margin:6px 0 16px'>{s.t(sub)}</div>"
        f"<div style='display:flex;gap:12px;font-size:13px;margin-bottom:14px'>"
        + "".join(
            f"<span style='background:#fff;border:1px solid #cfd8e3;border-radius:4px;padding:5px 12px'>{s.t(f)}"
            f" &#9662;</span>"
            for f in ("Month: November 2026", "Building: all", "Status: all")
        )
        + f"</div><table class='gi' style='width:100%;background:#fff;border-collapse:collapse;box-shadow:0 1px 2px "
        f"#0002'><tr>{th}</tr>{body}</table></div></div>{note}"
    )
    return s


def tenant_card(
    title: str,
    tabs: list[str],
    url: str,
    name: str,
    ref: str,
    sections: list[tuple[str, list[tuple[str, str]]]],
    history: tuple[list[str], list[list[str]]],
) -> EstateWindow:
    """Gestimmo's tenant record: name and reference, cards of labelled fields (label above value) and the
    last payments as a small table."""
    s = EstateWindow("firefox", title)
    _firefox(s, tabs, 0, url)
    head, nav = _gestimmo(s, "Tenants")
    cards = "".join(
        f"<div style='background:#fff;border-radius:6px;box-shadow:0 1px 2px #0002;padding:16px 20px;width:500px'>"
        f"<div style='font-weight:bold;color:#0e3b5c;margin-bottom:10px'>{s.t(t)}</div>"
        + "".join(
            f"<div style='margin-bottom:9px'><div style='font-size:12px;color:#5b6b7f'>{s.t(k)}</div>"
            f"<div style='font-size:15px'>{s.t(v)}</div></div>"
            for k, v in fields
        )
        + "</div>"
        for t, fields in sections
    )
    cols, rows = history
    table = (
        "<table class='gi' style='width:1000px;background:#fff;border-collapse:collapse;margin-top:18px'><tr>"
        + "".join(f"<th>{s.t(c)}</th>" for c in cols)
        + "</tr>"
        + "".join("<tr>" + "".join(f"<td>{s.t(v)}</td>" for v in r) + "</tr>" for r in rows)
        + "</table>"
    )
    s.body.append(
        f"{head}<div style='display:flex;height:866px;background:#f3f6fa;color:#1f2d3d'><div style='width:220px;"
        f"background:#fff;border-right:1px solid #dde3ea;font-size:14px;padding-top:10px'>{nav}</div>"
        f"<div style='flex:1;padding:22px 30px'><div style='font-size:13px;color:#5b6b7f'>{s.t('Tenants')} / "
        f"{s.t(ref)}</div><div style='font-size:26px;font-weight:bold;margin:4px 0 18px'>{s.t(name)}</div>"
        f"<div style='display:flex;gap:20px;align-items:flex-start'>{cards}</div>"
        f"<div style='font-weight:bold;margin-top:22px;color:#0e3b5c'>{s.t('Last payments')}</div>{table}"
        f"</div></div>"
    )
    return s


# --------------------------------------------------------------------------------- WhatsApp Web (dark)
def _badge(s: EstateWindow, n: str) -> str:
    style = (
        "margin-left:auto;background:#00a884;color:#111b21;border-radius:10px;padding:0 7px;font-size:12px"
    )
    return f"<span style='{style}'>{s.t(n)}</span>" if n else ""


def whatsapp(
    title: str,
    tabs: list[str],
    chats: list[tuple[str, str, str, str]],
    active: str,
    status: str,
    day_label: str,
    messages: list[tuple[str, str, str]],
    composer: str,
) -> EstateWindow:
    """WhatsApp Web in Firefox (dark): the chat list (name, time, last message, unread badge), the open
    chat's header (name, status line), a day separator and the bubbles: someone else's on the left, mine
    (who == "me") green on the right, each with its HH:MM under the text; the typing box at the bottom."""
    s = EstateWindow("firefox", title)
    _firefox(s, tabs, 0, "https://web.whatsapp.com", dark=True)
    side = "".join(
        f"<div style='display:flex;gap:12px;padding:11px 14px;{'background:#2a3942;' if n == active else ''}"
        f"border-bottom:1px solid #222d34'><div style='width:44px;height:44px;border-radius:22px;"
        f"background:#54656f;flex:none'></div><div style='flex:1;min-width:0'><div style='display:flex;"
        f"font-size:16px;color:#e9edef'><span>{s.t(n)}</span><span style='margin-left:auto;font-size:12px;"
        f"color:{'#00a884' if badge else '#8696a0'}'>{s.t(when)}</span></div><div style='display:flex;"
        f"font-size:14px;color:#8696a0'><span style='white-space:nowrap;overflow:hidden;max-width:340px'>"
        f"{s.t(last)}</span>{_badge(s, badge)}"
        f"</div></div></div>"
        for n, when, last, badge in chats
    )
    bubbles = "".join(
        f"<div class='{'wa-out' if who == 'me' else 'wa-in'}'>"
        + (
            f"<div style='font-size:13px;color:#53bdeb;font-weight:bold'>{s.t(who)}</div>"
            if who not in ("me", active)
            else ""
        )
        + f"<div>{s.t(text)}</div><div class='wa-t'>{s.t(when)}{' &#10003;&#10003;' if who == 'me' else ''}</div>"
        f"</div>"
        for who, when, text in messages
    )
    box = (
        f"<span style='color:#e9edef'>{s.t(composer)}</span>"
        if composer
        else f"<span style='color:#8696a0'>{s.t('Type a message')}</span>"
    )
    s.body.append(
        f"<div style='display:flex;height:958px;background:#111b21'><div style='width:470px;background:#111b21;"
        f"border-right:1px solid #222d34'><div style='height:58px;background:#202c33;display:flex;"
        f"align-items:center;padding:0 16px;color:#e9edef;font-size:18px'>{s.t('Chats')}</div>"
        f"<div style='padding:8px 12px'><div style='background:#202c33;border-radius:8px;padding:7px 14px;"
        f"color:#8696a0;font-size:14px'>&#9906; {s.t('Search or start a new chat')}</div></div>{side}</div>"
        f"<div style='flex:1;display:flex;flex-direction:column;background:#0b141a'><div style='height:58px;"
        f"background:#202c33;display:flex;flex-direction:column;justify-content:center;padding:0 18px'>"
        f"<div style='color:#e9edef;font-size:16px'>{s.t(active)}</div><div style='color:#8696a0;font-size:13px'>"
        f"{s.t(status)}</div></div><div style='flex:1;padding:16px 60px;display:flex;flex-direction:column;"
        f"justify-content:flex-end;overflow:hidden'><div style='align-self:center;background:#182229;"
        f"color:#8696a0;font-size:12px;padding:5px 12px;border-radius:6px;margin-bottom:10px'>{s.t(day_label)}"
        f"</div>{bubbles}</div><div style='height:62px;background:#202c33;display:flex;align-items:center;"
        f"padding:0 18px;gap:16px;color:#8696a0'><span>&#9786; +</span><div style='flex:1;background:#2a3942;"
        f"border-radius:8px;padding:10px 14px;font-size:15px'>{box}</div><span>&#9632;</span></div></div></div>"
    )
    return s


# ------------------------------------------------------------------------- Firefox's PDF viewer (pdf.js)
def pdf_viewer(
    title: str, tabs: list[str], url: str, page: int, pages: int, zoom: str, blocks: list[tuple]
) -> EstateWindow:
    """Firefox's built-in PDF viewer at Page Fit: its dark toolbar (sidebar toggle, find, page n of m, zoom,
    tools) over a grey canvas with one whole page of the document: ("title", text), ("h", heading),
    ("p", text), ("kv", [(label, value)]), ("items", header, rows, right-aligned columns), ("foot", text)."""
    s = EstateWindow("firefox", title)
    _firefox(s, tabs, 0, url, dark=True)
    parts = []
    for block in blocks:
        kind = block[0]
        if kind == "title":
            parts.append(
                f"<div style='font-size:19px;font-weight:bold;text-align:center;margin-bottom:14px'>{s.t(block[1])}</div>"
            )
        elif kind == "h":
            parts.append(f"<h3>{s.t(block[1])}</h3>")
        elif kind == "p":
            parts.append(f"<p>{s.t(block[1])}</p>")
        elif kind == "kv":
            parts.append(
                "<div style='display:grid;grid-template-columns:130px 1fr;font-size:14px;row-gap:4px;margin:8px 0'>"
                + "".join(
                    f"<span style='color:#444'>{s.t(k)}</span><span>{s.t(v)}</span>" for k, v in block[1]
                )
                + "</div>"
            )
        elif kind == "items":
            _, header, rows, right = block
            cell = "padding:5px 6px;font-size:13px;border-bottom:1px solid #bbb;"
            parts.append(
                "<table style='width:100%;border-collapse:collapse;margin:10px 0'><tr>"
                + "".join(
                    f"<th style='{cell}border-bottom:2px solid #222;text-align:{'right' if j in right else 'left'}'>"
                    f"{s.t(h)}</th>"
                    for j, h in enumerate(header)
                )
                + "</tr>"
                + "".join(
                    "<tr>"
                    + "".join(
                        f"<td style='{cell}text-align:{'right' if j in right else 'left'}'>{s.t(c)}</td>"
                        for j, c in enumerate(r)
                    )
                    + "</tr>"
                    for r in rows
                )
                + "</table>"
            )
        elif kind == "foot":
            parts.append(
                f"<div style='position:absolute;bottom:26px;left:0;right:0;text-align:center;font-size:12px;"
                f"color:#666'>{s.t(block[1])}</div>"
            )
    s.body.append(
        f"<div style='height:36px;background:#38383d;color:#f9f9fa;display:flex;align-items:center;gap:22px;"
        f"padding:0 14px;font-size:14px'><span>&#9776;</span><span>&#9906;</span><span>&#8593; &#8595;</span>"
        f"<span style='background:#474749;padding:2px 10px'>{s.t(str(page))}</span><span>{s.t(f'of {pages}')}"
        f"</span><span style='margin-left:300px'>&#8722; +</span><span style='background:#474749;padding:2px 10px'>"
        f"{s.t(zoom)} &#9662;</span><span style='margin-left:auto'>&#9998; &#9632; &#8615; &#187;</span></div>"
        f"<div style='height:924px;background:#2a2a2e;overflow:hidden;padding-top:12px'><div class='pdf' "
        f"style='position:relative;width:640px;height:900px;margin:0 auto;background:#fff;padding:40px 48px;"
        f"color:#111'>{''.join(parts)}</div></div>"
    )
    return s


# ------------------------------------------------------------------------------ Google Calendar (Firefox)
def calendar(
    title: str,
    tabs: list[str],
    url: str,
    day_head: str,
    hours: range,
    events: list[tuple[str, str, str, str]],
    mini: str,
    detail: list[str] | None = None,
) -> EstateWindow:
    """Google Calendar's day view: the header (Today, the date, Day), the mini month on the left, the hour
    grid (24-hour labels) with event blocks placed by their start and end (title, time range, place) and,
    when `detail` is given, the event's popup card (title, date and time, place, guests)."""
    s = EstateWindow("firefox", title)
    _firefox(s, tabs, 0, url)
    first = hours.start
    rows = "".join(
        f"<div style='height:72px;border-top:1px solid #dadce0;position:relative'><span style='position:absolute;"
        f"left:-64px;top:-9px;font-size:12px;color:#70757a'>{s.t(f'{h:02d}:00')}</span></div>"
        for h in hours
    )

    def y(hm: str) -> int:
        h, m = map(int, hm.split(":"))
        return int((h - first) * 72 + m * 72 / 60)

    blocks = "".join(
        f"<div style='position:absolute;left:8px;right:20px;top:{y(a)}px;height:{max(y(b) - y(a) - 3, 40)}px;"
        f"background:#039be5;color:#fff;border-radius:6px;padding:4px 10px;font-size:14px;line-height:18px;"
        f"overflow:hidden'><b>{s.t(name)}</b><br>{s.t(f'{a} – {b}')}{f', {s.t(place)}' if place else ''}</div>"
        for name, a, b, place in events
    )
    card = ""
    if detail:
        card = (
            "<div style='position:absolute;top:260px;left:900px;width:460px;background:#fff;border-radius:8px;"
            "box-shadow:0 4px 16px #0004;padding:22px 26px;font-size:14px;line-height:22px;color:#3c4043'>"
            f"<div style='font-size:20px;color:#202124;margin-bottom:6px'>{s.t(detail[0])}</div>"
            + "".join(f"<div>{s.t(x)}</div>" for x in detail[1:])
            + "</div>"
        )
    s.body.append(
        f"<div style='height:60px;display:flex;align-items:center;gap:20px;padding:0 20px;border-bottom:1px solid "
        f"#dadce0;font-size:15px;color:#3c4043;background:#fff'><span style='font-size:20px'>&#9776; "
        f"{s.t('Calendar')}</span><span style='border:1px solid #dadce0;border-radius:4px;padding:6px 14px'>"
        f"{s.t('Today')}</span><span>&#8249; &#8250;</span><span style='font-size:20px'>{s.t(day_head)}</span>"
        f"<span style='margin-left:auto;border:1px solid #dadce0;border-radius:4px;padding:6px 14px'>{s.t('Day')}"
        f" &#9662;</span></div><div style='display:flex;height:858px;background:#fff'><div style='width:256px;"
        f"padding:20px;font-size:14px;color:#3c4043'><div style='background:#fff;box-shadow:0 1px 3px #0004;"
        f"border-radius:16px;padding:12px 20px;width:120px;margin-bottom:20px'>+ {s.t('Create')}</div>"
        f"<div>{s.t(mini)}</div><div style='margin-top:18px;font-weight:bold'>{s.t('My calendars')}</div>"
        f"<div>&#9632; {s.t('Camille Roux')}</div><div>&#9632; {s.t('Visites & EDL')}</div></div>"
        f"<div style='flex:1;overflow:hidden;padding:20px 0 0 80px;position:relative'><div style='position:"
        f"relative'>{rows}{blocks}</div></div>{card}</div>"
    )
    return s


# ------------------------------------------------------------------------------ bank business portal
def bank(
    title: str,
    tabs: list[str],
    url: str,
    account: list[tuple[str, str]],
    balance: tuple[str, str],
    columns: list[str],
    rows: list[list[str]],
) -> EstateWindow:
    """A bank's business portal: navy header, the account's labelled details and balance, then the
    transactions (date, label, reference, debit, credit; debits red, credits green)."""
    s = EstateWindow("firefox", title)
    _firefox(s, tabs, 0, url)
    details = "".join(
        f"<div style='margin-right:48px'><div style='font-size:12px;color:#6b7280'>{s.t(k)}</div><div "
        f"style='font-size:15px'>{s.t(v)}</div></div>"
        for k, v in account
    )
    th = "".join(f"<th class='{'n' if j >= 3 else ''}'>{s.t(c)}</th>" for j, c in enumerate(columns))
    body = "".join(
        "<tr>"
        + "".join(
            f"<td class='{'n' if j >= 3 else ''}' style='{'color:#b42318' if j == 3 and v else ''}"
            f"{'color:#1e7b34' if j == 4 and v else ''}'>{s.t(v) if v else ''}</td>"
            for j, v in enumerate(r)
        )
        + "</tr>"
        for r in rows
    )
    s.body.append(
        f"<div style='height:64px;background:#12233f;color:#fff;display:flex;align-items:center;padding:0 30px;"
        f"gap:30px;font-size:15px'><span style='font-size:22px;font-weight:bold'>{s.t('Banque Confluence')}</span>"
        f"<span style='color:#9fb3d1'>{s.t('Espace Pro')}</span><span style='margin-left:auto'>{s.t('Accounts')}"
        f"</span><span>{s.t('Transfers')}</span><span>{s.t('Statements')}</span><span>&#9632; {s.t('RFG')}"
        f"</span></div><div style='background:#f4f6f9;height:854px;padding:26px 60px;color:#1f2937'>"
        f"<div style='background:#fff;border-radius:8px;padding:20px 26px;display:flex;align-items:center;"
        f"box-shadow:0 1px 2px #0002'>{details}<div style='margin-left:auto;text-align:right'><div "
        f"style='font-size:12px;color:#6b7280'>{s.t(balance[0])}</div><div style='font-size:26px;font-weight:bold'>"
        f"{s.t(balance[1])}</div></div></div><div style='font-size:18px;font-weight:bold;margin:24px 0 10px'>"
        f"{s.t('Recent transactions')}</div><table class='bk' style='width:100%;background:#fff;"
        f"border-collapse:collapse'><tr>{th}</tr>{body}</table></div>"
    )
    return s


# ---------------------------------------------------------------------------- LibreOffice Calc (French)
def calc(
    title: str,
    cell: str,
    formula: str,
    columns: list[tuple[str, int]],
    rows: list[list[str]],
    numeric: set[int],
    selected: tuple[int, int] | None,
    sheets: list[str],
    status: str,
) -> EstateWindow:
    """LibreOffice Calc with its French menus: menu bar, the standard toolbar, the Name Box and the input
    line, lettered columns of the given widths and numbered rows (header on row 3), the sheet tabs and the
    status bar (Feuille n sur m, the selection's Somme)."""
    s = EstateWindow("calc", title)
    s.top = (
        f"<div style='height:32px;line-height:32px;background:#dfdfdf;padding:0 14px;font-size:13px;"
        f"display:flex'><span>{s.t(title)}</span><span style='margin-left:auto'>&#8212; &#9633; &#10005;"
        f"</span></div>"
    )
    menu = "".join(
        f"<span style='margin-right:18px'>{s.t(m)}</span>"
        for m in (
            "Fichier",
            "Édition",
            "Affichage",
            "Insertion",
            "Format",
            "Styles",
            "Feuille",
            "Données",
            "Outils",
            "Fenêtre",
            "Aide",
        )
    )
    letters = "".join(f"<th style='width:{w}px'>{chr(65 + j)}</th>" for j, (_, w) in enumerate(columns))
    body = ""
    for n, r in enumerate(rows, 1):
        cells = ""
        for j, v in enumerate(r):
            cls = ("n " if j in numeric and n > 3 else "") + ("sel" if selected == (n - 1, j) else "")
            style = "font-weight:bold;background:#dde8cb;" if n == 3 and v else ""
            style += "font-weight:bold;font-size:16px;" if n == 1 and j == 0 else ""
            cells += f"<td class='{cls}' style='{style}'>{s.t(v) if v else ''}</td>"
        body += f"<tr><th>{n}</th>{cells}</tr>"
    blank = "".join(
        f"<tr><th>{n}</th>{'<td></td>' * len(columns)}</tr>" for n in range(len(rows) + 1, len(rows) + 24)
    )
    tabs = "".join(
        f"<span style='padding:4px 16px;{'background:#fff;font-weight:bold;border:1px solid #aaa;border-top:none;' if i == 0 else ''}'>"
        f"{s.t(x)}</span>"
        for i, x in enumerate(sheets)
    )
    s.body.append(
        f"<div style='height:28px;line-height:28px;background:#f0f0f0;padding:0 12px;font-size:13px'>{menu}</div>"
        f"<div style='height:40px;background:#f0f0f0;border-bottom:1px solid #ccc;font-size:16px;padding:8px 14px;"
        f"color:#555'>&#9632; &#9632; &#9632; &#9113; &#9632; | &#9986; &#10697; | &#8630; &#8631; | "
        f"<b>G</b> <i>I</i> <u>S</u> | &#8721;</div><div style='height:32px;display:flex;align-items:center;"
        f"gap:10px;padding:0 8px;border-bottom:1px solid #ccc;font-size:14px;background:#fff'><span "
        f"style='width:100px;border:1px solid #bbb;padding:2px 6px'>{s.t(cell)}</span><span style='color:#666'>"
        f"&#402;x &#8721; =</span><span>{s.t(formula) if formula else ''}</span></div>"
        f"<div style='height:838px;overflow:hidden;background:#fff'><table class='lo' style='border-collapse:"
        f"collapse;table-layout:fixed;width:{40 + sum(w for _, w in columns)}px'><tr><th style='width:40px'></th>"
        f"{letters}</tr>{body}{blank}</table></div><div style='position:absolute;top:980px;left:0;right:0;"
        f"height:30px;background:#e8e8e8;border-top:1px solid #bbb;display:flex;align-items:center;padding:0 60px;"
        f"font-size:13px'>{tabs}</div><div style='position:absolute;top:1010px;left:0;right:0;height:30px;"
        f"background:#f0f0f0;border-top:1px solid #ccc;display:flex;align-items:center;padding:0 16px;"
        f"font-size:13px;color:#333;gap:60px'><span>{s.t(status)}</span><span>{s.t('Français (France)')}</span>"
        f"<span style='margin-left:auto'>{s.t('100 %')}</span></div>"
    )
    return s


# --------------------------------------------------------------------------------- Notepad++ (dark mode)
def notepadpp(title: str, tabs: list[str], active: int, text: list[str], status: list[str]) -> EstateWindow:
    """Notepad++ in its dark mode: menu, toolbar, file tabs, numbered lines and the status bar (length,
    lines, Ln/Col, line endings, encoding)."""
    s = EstateWindow("notepadpp", title, theme="dark")
    s.top = (
        f"<div style='height:30px;line-height:30px;background:#202020;color:#ddd;padding:0 12px;font-size:13px;"
        f"display:flex'><span>{s.t(title)}</span><span style='margin-left:auto'>&#8212; &#9633; &#10005;</span>"
        f"</div>"
    )
    menu = "".join(
        f"<span style='margin-right:16px'>{s.t(m)}</span>"
        for m in (
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
            "Plugins",
            "Window",
            "?",
        )
    )
    tab = "".join(
        f"<span style='padding:5px 14px;margin-right:2px;{'background:#3b3b3b;color:#fff;border-top:2px solid #e8a33d' if i == active else 'background:#2a2a2a;color:#999'}'>"
        f"{s.t(t)}</span>"
        for i, t in enumerate(tabs)
    )
    lines = "".join(
        f"<div style='display:flex;min-height:23px'><span style='width:46px;color:#6e6e6e;text-align:right;"
        f"padding-right:12px;background:#262626'>{n}</span><span style='white-space:pre;padding-left:8px'>"
        f"{s.t(x) if x else ''}</span></div>"
        for n, x in enumerate(text, 1)
    )
    bar = "".join(f"<span style='margin-right:44px'>{s.t(x)}</span>" for x in status)
    s.body.append(
        f"<div style='height:26px;line-height:26px;background:#2b2b2b;color:#ddd;padding:0 10px;font-size:13px'>"
        f"{menu}</div><div style='height:32px;background:#2b2b2b;border-bottom:1px solid #111;font-size:15px;"
        f"padding:6px 10px;color:#bbb'>&#9632; &#9632; &#9632; &#10006; | &#9986; &#10697; | &#8630; &#8631; "
        f"| &#9906;</div><div style='height:30px;background:#202020;display:flex;align-items:flex-end;"
        f"padding:0 4px;font-size:13px'>{tab}</div><div style='height:894px;background:#1e1e1e;color:#dcdcdc;"
        f'font-family:"DejaVu Sans Mono",monospace;font-size:15px;line-height:23px;overflow:hidden;'
        f"padding-top:4px'>{lines}</div><div style='height:28px;line-height:28px;background:#2b2b2b;color:#ccc;"
        f"padding:0 12px;font-size:12px'>{bar}</div>"
    )
    return s


# ------------------------------------------------------------------------- Windows 11 File Explorer
def explorer(
    title: str,
    path: list[str],
    nav: list[str],
    columns: list[str],
    files: list[tuple[str, str, str, str]],
    status: str,
    selected: int = -1,
) -> EstateWindow:
    """Windows 11 File Explorer: the tab, the command bar, the breadcrumb path and search box, the
    navigation pane and the Details view (name, date modified, type, size), the status bar."""
    s = EstateWindow("explorer", title)
    s.top = (
        f"<div style='height:40px;background:#e9eef5;display:flex;align-items:flex-end;padding:0 8px;"
        f"font-size:13px'><span style='background:#f9f9f9;padding:8px 16px;border-radius:8px 8px 0 0;"
        f"width:240px'>&#9632; {s.t(title.split(' - ')[0])}</span><span style='align-self:center;margin-left:10px'>"
        f"+</span><span style='margin-left:auto;align-self:center'>&#8212; &#9633; &#10005;</span></div>"
    )
    crumbs = " &#8250; ".join(s.t(p) for p in path)
    cmd = "".join(
        f"<span style='margin-right:24px'>{s.t(x)}</span>"
        for x in ("New", "Cut", "Copy", "Rename", "Share", "Delete", "Sort", "View")
    )
    side = "".join(f"<div style='padding:7px 16px'>{s.t(x)}</div>" for x in nav)
    th = "".join(f"<th>{s.t(c)}</th>" for c in columns)
    body = "".join(
        f"<tr style='{'background:#cce8ff;' if i == selected else ''}'><td>{'&#9632;' if kind == 'File folder' else '&#9632;'} "
        f"{s.t(name)}</td><td>{s.t(when)}</td><td>{s.t(kind)}</td><td class='n'>{s.t(size) if size else ''}</td></tr>"
        for i, (name, when, kind, size) in enumerate(files)
    )
    s.body.append(
        f"<div style='height:46px;background:#f9f9f9;border-bottom:1px solid #e5e5e5;display:flex;"
        f"align-items:center;padding:0 16px;font-size:14px'>{cmd}</div><div style='height:44px;background:#f9f9f9;"
        f"display:flex;align-items:center;gap:14px;padding:0 14px;font-size:14px;border-bottom:1px solid #e5e5e5'>"
        f"<span>&#8592; &#8594; &#8593; &#8635;</span><span style='flex:1;background:#fff;border:1px solid #ddd;"
        f"border-radius:4px;padding:6px 12px'>{crumbs}</span><span style='width:300px;background:#fff;border:1px "
        f"solid #ddd;border-radius:4px;padding:6px 12px;color:#777'>&#9906; {s.t('Search ' + path[-1])}</span></div>"
        f"<div style='display:flex;height:838px;background:#fff;color:#1b1b1b'><div style='width:260px;"
        f"font-size:14px;border-right:1px solid #e5e5e5;padding-top:8px'>{side}</div><div style='flex:1;"
        f"padding:6px 10px'><table class='ex' style='border-collapse:collapse;width:1300px'><tr>{th}</tr>{body}"
        f"</table></div></div><div style='height:30px;line-height:30px;background:#fff;border-top:1px solid "
        f"#e5e5e5;padding:0 16px;font-size:13px'>{s.t(status)}</div>"
    )
    return s


# ------------------------------------------------------------------------------ Zoom meeting (dark)
def zoom(
    title: str,
    timer: str,
    tiles: list[tuple[str, str]],
    chat: list[tuple[str, str, str]],
    draft: str,
    info: list[str],
) -> EstateWindow:
    """A Zoom meeting (dark): the top bar (meeting info, the elapsed time), speaker tiles (name under each),
    the toolbar, and the chat panel: each message under a line "From <who> to Everyone" with the HH:MM
    at the right, the message being typed at the bottom."""
    s = EstateWindow("zoom", title, theme="dark")
    s.top = (
        f"<div style='height:34px;background:#1a1a1a;color:#ddd;display:flex;align-items:center;padding:0 14px;"
        f"font-size:13px;gap:20px'><span>{s.t(title)}</span><span style='color:#29c46a'>&#9632;</span>"
        f"<span>{s.t(timer)}</span><span style='margin-left:auto'>&#8212; &#9633; &#10005;</span></div>"
    )
    tile = "".join(
        f"<div style='width:620px;height:350px;background:#2b2b2b;border-radius:8px;position:relative;"
        f"{'outline:3px solid #29c46a;' if i == 0 else ''}display:flex;align-items:center;justify-content:center'>"
        f"<div style='width:120px;height:120px;border-radius:60px;background:{color};color:#fff;font-size:44px;"
        f"text-align:center;line-height:120px'>{''.join(w[0] for w in name.split()[:2])}</div>"
        f"<div style='position:absolute;left:10px;bottom:10px;background:#000a;color:#fff;font-size:14px;"
        f"padding:3px 8px;border-radius:4px'>{s.t(name)}</div></div>"
        for i, (name, color) in enumerate(tiles)
    )
    msgs = "".join(
        f"<div style='margin-bottom:14px'><div style='display:flex;font-size:12px;color:#9a9a9a'><span>"
        f"{s.t(f'From {who} to Everyone')}</span><span style='margin-left:auto'>{s.t(when)}</span></div>"
        f"<div style='font-size:14px;line-height:20px;color:#eee;margin-top:3px'>{s.t(text)}</div></div>"
        for who, when, text in chat
    )
    meta = "".join(f"<div>{s.t(x)}</div>" for x in info)
    tools = "".join(
        f"<span style='text-align:center'>{glyph}<br>{s.t(x)}</span>"
        for glyph, x in (
            ("&#9632;", "Mute"),
            ("&#9632;", "Stop Video"),
            ("&#9632;", "Participants"),
            ("&#9632;", "Chat"),
            ("&#11014;", "Share Screen"),
            ("&#9210;", "Record"),
        )
    )
    s.body.append(
        f"<div style='display:flex;height:1006px;background:#111'><div style='flex:1;display:flex;"
        f"flex-direction:column'><div style='padding:14px 20px;font-size:13px;color:#bbb;line-height:19px'>{meta}"
        f"</div><div style='flex:1;display:flex;gap:16px;align-items:center;justify-content:center'>{tile}</div>"
        f"<div style='height:76px;background:#1a1a1a;display:flex;align-items:center;justify-content:center;"
        f"gap:46px;color:#ddd;font-size:12px'>{tools}<span style='background:#e02828;color:#fff;padding:8px 16px;"
        f"border-radius:6px;font-size:14px'>{s.t('End')}</span></div></div><div style='width:400px;"
        f"background:#1f1f1f;border-left:1px solid #333;display:flex;flex-direction:column'><div "
        f"style='padding:12px 16px;color:#eee;font-size:15px;border-bottom:1px solid #333'>{s.t('Meeting Chat')}"
        f"</div><div style='flex:1;padding:14px 16px;overflow:hidden;display:flex;flex-direction:column;"
        f"justify-content:flex-end'>{msgs}</div><div style='margin:12px;border:1px solid #444;border-radius:6px;"
        f"padding:10px;font-size:14px;color:{'#eee' if draft else '#888'};min-height:64px'>"
        f"{s.t(draft) if draft else s.t('Type message here…')}</div></div></div>"
    )
    return s
