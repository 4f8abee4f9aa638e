"""Window layouts for the seventh held-out QA workday "site" (bench/qa/day_site.py): a construction project
coordinator's screen in Melbourne, on an English (Australia) Windows 11 (12-hour "2:30 pm" taskbar clock,
16/11/2026, $48,250.00). None of the layouts of the other days' screens_*.py is reused: the new Outlook
(search in the title bar, a narrow app rail, the message list grouped under 'Today', the reading pane with a
sender card), the new Teams (app rail with labels, chat list, bubbles, a meeting chat with its banner), a
construction-management web app in Edge (project header, side menu, tables with status pills, a site diary of
cards), Excel (ribbon tabs, name box and formula bar, an outline gutter for grouped rows, subtotal rows in
bold), Bluebeam Revu (dark, document tabs, thumbnails, a page and a markups list under it), a weather site in
Chrome (a seven-day forecast table), a Xero-like accounts app in Edge (a bill with line items and GST), WhatsApp
Desktop (light), Notepad (dark) and a maps page in Chrome (route cards over a drawn map). Only the frame
around them is shared: screens.Window (title, lines, taskbar clock and date as truth) and its process paths in
screens.APPS (WhatsApp, Notepad, the new Outlook and Bluebeam are added with setdefault). Every layout records
each line of text it draws, in reading order, so a frame's ground truth is exact."""

from __future__ import annotations

import html
from dataclasses import dataclass

from make_sample import CSS
from screens import APPS, Window

NEW_APPS = {
    "whatsapp": "C:\\Program Files\\WindowsApps\\5319275A.WhatsAppDesktop_2.2446.4.0_x64__cv1g1gvanyjgm"
    "\\WhatsApp.exe",
    "notepad": "C:\\Program Files\\WindowsApps\\Microsoft.WindowsNotepad_11.2409.9.0_x64__8wekyb3d8bbwe"
    "\\Notepad\\Notepad.exe",
    "olk": "C:\\Program Files\\WindowsApps\\Microsoft.OutlookForWindows_1.2024.1023.300_x64__8wekyb3d8bbwe"
    "\\olk.exe",
    "revu": "C:\\Program Files\\Bluebeam Software\\Bluebeam Revu\\21\\Revu\\Revu.exe",
}
for _key, _path in NEW_APPS.items():
    APPS.setdefault(_key, _path)

SITE_CSS = """
body { font-family: 'Liberation Sans', 'DejaVu Sans', sans-serif; }
.sw { height: 1032px; overflow: hidden; position: relative; }
.tk { position: absolute; top: 1032px; left: 0; width: 1920px; height: 48px; background: #1c2027; color: #f2f2f2;
      font-size: 12.5px; }
.tk .ic { position: absolute; left: 14px; top: 9px; display: flex; gap: 8px; }
.tk .ic i { width: 30px; height: 30px; border-radius: 6px; display: inline-block; }
.tk .ck { position: absolute; right: 20px; top: 7px; text-align: right; line-height: 17px; }
.sl td { padding: 10px 12px; border-bottom: 1px solid #e4e8ee; font-size: 14px; white-space: nowrap; }
.sl th { padding: 9px 12px; font-size: 12.5px; color: #51607a; text-align: left; background: #f1f4f8;
         border-bottom: 1px solid #d5dbe5; white-space: nowrap; }
.pl { border-radius: 4px; padding: 2px 9px; font-size: 12.5px; font-weight: bold; }
.xl td, .xl th { border: 1px solid #dadada; height: 25px; padding: 0 6px; font-size: 13.5px; white-space: nowrap; }
.xl th { background: #f3f3f3; color: #444; font-weight: normal; font-size: 12px; text-align: center; }
.xl td.r { text-align: right; } .xl tr.b td { font-weight: bold; } .xl tr.g td { background: #e9f3ec; }
.xl td.on { outline: 2px solid #107c41; outline-offset: -2px; }
.rv td, .rv th { border: 1px solid #444; padding: 5px 8px; font-size: 13px; text-align: left; color: #111; }
.rv th { background: #e6e6e6; }
.wx td { padding: 11px 12px; font-size: 14.5px; border-bottom: 1px solid #d9e2ec; white-space: nowrap; }
.wx th { padding: 8px 12px; font-size: 12.5px; color: #2d4a6b; text-align: left; border-bottom: 2px solid #1f4e79; }
.bk td { padding: 10px 12px; font-size: 14px; border-bottom: 1px solid #e3e6e8; white-space: nowrap; }
.bk th { padding: 8px 12px; font-size: 12.5px; color: #5a6670; text-align: left; border-bottom: 1px solid #c9ced2; }
.bk td.r, .bk th.r { text-align: right; }
"""

PILLS = {
    "Open": ("#fde8e8", "#b42318"),
    "Answered": ("#e0ecff", "#1d4ed8"),
    "Closed": ("#e7f6ec", "#1a7f37"),
    "Ready for inspection": ("#fff4d6", "#8a5a00"),
    "Confirmed": ("#e7f6ec", "#1a7f37"),
    "Booked": ("#eef0f3", "#4a5565"),
    "Weather watch": ("#fff4d6", "#8a5a00"),
}


def to_12h(clock: str) -> str:
    """'14:05' -> '2:05 pm', the en-AU taskbar's form."""
    h, m = (int(x) for x in clock.split(":"))
    return f"{h % 12 or 12}:{m:02d} {'am' if h < 12 else 'pm'}"


@dataclass
class SiteWindow(Window):
    """A screens.Window whose app draws its own frame into `top`, over a dark Windows 11 taskbar with its icons
    at the left and the clock at the right. make_days passes the 'es' locale's 24-hour clock and dd/mm/yyyy;
    en-AU Windows shows the clock as '2:30 pm', so the taskbar and the truth write it that way."""

    top: str = ""
    toast: str = ""

    def page(self, clock: str, date: str) -> str:
        icons = "".join(
            f"<i style='background:{c}'></i>"
            for c in ("#3b82f6", "#0f6cbd", "#5b5fc7", "#0078d4", "#107c41", "#c8102e", "#25d366", "#4285f4")
        )
        return (
            f"<html><head><meta charset='utf-8'><style>{CSS}{SITE_CSS}</style></head>"
            f"<body><div class='sw'>{self.top}{''.join(self.body)}{self.toast}</div>"
            f"<div class='tk'><div class='ic'>{icons}</div><div class='ck'>{html.escape(to_12h(clock))}<br>"
            f"{html.escape(date)}</div></div></body></html>"
        )

    def truth_lines(self, clock: str, date: str) -> list[str]:
        return [self.title, *self.lines, to_12h(clock), date]

    def notify(self, app: str, who: str, text: str) -> None:
        """A Windows 11 notification (dark), bottom right: the app, the sender in bold, the first line."""
        self.toast = (
            f"<div style='position:absolute;right:12px;bottom:12px;width:360px;background:#2b2b2b;color:#f2f2f2;"
            f"border-radius:8px;box-shadow:0 8px 24px #0006;padding:12px 16px;font-size:13px'><div style='color:"
            f"#b5b5b5;font-size:12px'>{self.t(app)}</div><div style='font-weight:bold;margin-top:6px'>"
            f"{self.t(who)}</div><div style='margin-top:2px;line-height:18px'>{self.t(text)}</div></div>"
        )


def _caption(s: SiteWindow, bg: str, fg: str, text: str, height: int = 34) -> str:
    return (
        f"<div style='height:{height}px;background:{bg};color:{fg};display:flex;align-items:center;padding:0 14px;"
        f"font-size:12.5px'><span>{s.t(text)}</span><span style='margin-left:auto;letter-spacing:16px'>&#8212;"
        f"&#9633;&#10005;</span></div>"
    )


def _edge(s: SiteWindow, tabs: list[str], active: int, url: str, kind: str = "edge") -> None:
    """Edge (vertical-looking flat tabs, grey strip) or Chrome (rounded tabs, blue-grey strip), then the address
    bar. No bookmarks bar."""
    strip = "#dfe3e8" if kind == "chrome" else "#f3f3f3"
    tab = ""
    for i, t in enumerate(tabs):
        label = t if len(t) <= 28 else t[:27].rstrip() + "…"
        on = i == active
        tab += (
            f"<div style='width:250px;height:30px;line-height:30px;padding:0 12px;font-size:12.5px;white-space:nowrap;"
            f"overflow:hidden;background:{'#fff' if on else 'transparent'};border-radius:{'9px 9px 0 0' if kind == 'chrome' else '6px'};"
            f"{'box-shadow:0 0 2px #0003;' if on and kind == 'edge' else ''}'>{s.t(label)}</div>"
        )
    s.top = (
        f"<div style='height:40px;background:{strip};display:flex;align-items:flex-end;gap:4px;padding:0 10px 0 "
        f"46px'>{tab}<span style='margin-left:auto;align-self:center;letter-spacing:16px;font-size:12px'>&#8212;"
        f"&#9633;&#10005;</span></div><div style='height:40px;background:#fff;display:flex;align-items:center;"
        f"gap:14px;padding:0 14px;font-size:13.5px;border-bottom:1px solid #d0d4da'><span style='letter-spacing:"
        f"7px'>&#8592;&#8594;&#8635;</span><div style='flex:1;background:#f1f3f5;border-radius:{'16px' if kind == 'chrome' else '6px'};"
        f"padding:6px 14px'>{s.t(url)}</div></div>"
    )


# ------------------------------------------------------------------------------------ Outlook (new)
def outlook_new(
    title: str,
    account: str,
    folders: list[tuple[str, str]],
    items: list[tuple[str, str, str, str, bool]],
    selected: int | None,
    reading: dict | None,
) -> SiteWindow:
    """The new Outlook for Windows: a title bar with the search box in it, the ribbon tabs and a 'New mail'
    button, a narrow icon rail, the folder pane (account, folders with counts), the message list grouped
    under 'Today' / 'Last week' (sender, subject and time on a line, the preview under it; unread bold with a
    blue bar) and the reading pane: subject, a sender card (name and address, To, the time at the right),
    attachment chips, body."""
    s = SiteWindow("olk", title)
    s.top = (
        f"<div style='height:44px;background:#ebf3fc;display:flex;align-items:center;padding:0 14px;font-size:"
        f"13px;color:#242424'><span style='font-weight:bold;color:#0f6cbd'>{s.t('Outlook')}</span><div style='"
        f"margin-left:520px;width:560px;background:#fff;border:1px solid #c7d6e8;border-radius:6px;padding:6px "
        f"12px;color:#616161'>{s.t('Search')}</div><span style='margin-left:auto;letter-spacing:16px'>&#8212;"
        f"&#9633;&#10005;</span></div><div style='height:40px;background:#ebf3fc;display:flex;gap:22px;align-items:"
        f"center;padding:0 70px;font-size:13.5px;color:#242424'>"
        + "".join(f"<span>{s.t(x)}</span>" for x in ("Home", "View", "Help"))
        + f"<span style='background:#0f6cbd;color:#fff;border-radius:4px;padding:5px 14px'>{s.t('New mail')}"
        f"</span>"
        + "".join(f"<span>{s.t(x)}</span>" for x in ("Delete", "Archive", "Report", "Sweep", "Move to"))
        + "</div>"
    )
    fold = f"<div style='padding:12px 16px 6px;font-weight:bold;font-size:13.5px'>{s.t(account)}</div>"
    for name, count in folders:
        fold += (
            f"<div style='display:flex;padding:7px 16px 7px 26px;font-size:13.5px;{'background:#dbe9f9;font-weight:bold;' if name == 'Inbox' else ''}'>"
            f"<span>{s.t(name)}</span>"
            + (f"<span style='margin-left:auto;color:#0f6cbd'>{s.t(count)}</span>" if count else "")
            + "</div>"
        )
    rows = ""
    group = None
    for i, (who, subject, preview, when, unread) in enumerate(items):
        g = "Today" if "/" not in when else "Last week"
        if g != group:
            rows += f"<div style='padding:10px 16px 4px;font-size:12.5px;color:#616161'>{s.t(g)}</div>"
            group = g
        on = i == selected
        subject_cut = subject if len(subject) <= 46 else subject[:45].rstrip() + "…"
        preview_cut = preview if len(preview) <= 54 else preview[:53].rstrip() + "…"
        rows += (
            f"<div style='padding:9px 16px 9px 14px;border-left:3px solid {'#0f6cbd' if unread else 'transparent'};"
            f"{'background:#cfe4fa;' if on else ''}border-bottom:1px solid #edebe9'><div style='font-size:14px;"
            f"{'font-weight:bold;' if unread else ''}'>{s.t(who)}</div><div style='display:flex;font-size:13px;"
            f"margin-top:2px;{'font-weight:bold;color:#0f6cbd;' if unread else ''}'><span>{s.t(subject_cut)}</span>"
            f"<span style='margin-left:auto;color:#616161;font-weight:normal'>{s.t(when)}</span></div><div style='"
            f"font-size:12.5px;color:#616161;margin-top:2px'>{s.t(preview_cut)}</div></div>"
        )
    if reading:
        chips = "".join(
            f"<span style='border:1px solid #d1d1d1;border-radius:4px;padding:6px 10px;margin-right:10px;"
            f"font-size:13px'>{s.t(a)}</span>"
            for a in reading.get("attachments", [])
        )
        cc = (
            f"<div style='font-size:13px;color:#616161;margin-top:2px'>{s.t('Cc: ' + reading['cc'])}</div>"
            if reading.get("cc")
            else ""
        )
        pane = (
            f"<div style='font-size:20px;font-weight:bold;margin-bottom:14px'>{s.t(reading['subject'])}</div>"
            f"<div style='background:#fff;border-radius:8px;padding:16px 18px;box-shadow:0 1px 3px #0002'>"
            f"<div style='display:flex;gap:12px'><i style='width:40px;height:40px;border-radius:20px;background:"
            f"#8fb3d9;flex:none'></i><div style='flex:1'><div style='display:flex;font-size:14px'><b>"
            f"{s.t(reading['sender'])}</b><span style='margin-left:auto;color:#616161;font-size:12.5px'>"
            f"{s.t(reading['sent'])}</span></div><div style='font-size:13px;color:#616161;margin-top:2px'>"
            f"{s.t('To: ' + reading['to'])}</div>{cc}</div></div>"
            + (f"<div style='margin:14px 0 4px'>{chips}</div>" if chips else "")
            + "<div style='margin-top:14px;font-size:14.5px;line-height:22px'>"
            + "".join(f"<div style='margin-bottom:8px'>{s.t(b)}</div>" for b in reading["body"])
            + "</div></div>"
        )
    else:
        pane = f"<div style='margin-top:300px;text-align:center;color:#616161'>{s.t('Select an item to read')}</div>"
    s.body.append(
        f"<div style='display:flex;height:948px;background:#f5f5f5;color:#242424'><div style='width:48px;"
        f"background:#ebf3fc'></div><div style='width:300px;background:#fafafa;border-right:1px solid #e0e0e0'>"
        f"{fold}</div><div style='width:470px;background:#fff;border-right:1px solid #e0e0e0'><div style='"
        f"display:flex;gap:18px;padding:12px 16px;font-size:14px;border-bottom:1px solid #edebe9'><b>"
        f"{s.t('Focused')}</b><span style='color:#616161'>{s.t('Other')}</span></div>{rows}</div><div style='flex:"
        f"1;padding:22px 30px;overflow:hidden'>{pane}</div></div>"
    )
    return s


# ------------------------------------------------------------------------------------------- Teams (new)
def teams(
    title: str,
    chats: list[tuple[str, str, str, bool]],
    active: int,
    header: str,
    tabs: list[str],
    messages: list[tuple[str, str, str, bool]],
    banner: str = "",
) -> SiteWindow:
    """The new Teams: a purple-grey title bar with search, the app rail (icons with their labels), the chat
    list (name and time, the last message under it; unread bold), the conversation header with its tabs, an
    optional meeting banner, messages (others left with name and time over a white card; mine right on a
    lavender card with only the time) and the compose box."""
    s = SiteWindow("teams", title)
    s.top = (
        f"<div style='height:44px;background:#ebebf5;display:flex;align-items:center;padding:0 14px;font-size:"
        f"13px;color:#242424'><span style='letter-spacing:8px'>&#8592;&#8594;</span><div style='margin-left:"
        f"540px;width:520px;background:#fff;border-radius:6px;padding:6px 12px;color:#616161'>{s.t('Search')}"
        f"</div><span style='margin-left:auto;letter-spacing:16px'>&#8212;&#9633;&#10005;</span></div>"
    )
    rail = "".join(
        f"<div style='text-align:center;padding:10px 0;font-size:10.5px;{'color:#5b5fc7;font-weight:bold;' if n == 'Chat' else 'color:#424242;'}'>"
        f"<i style='display:block;margin:0 auto 3px;width:22px;height:22px;border-radius:5px;background:"
        f"{'#5b5fc7' if n == 'Chat' else '#9ea2c7'}'></i>{s.t(n)}</div>"
        for n in ("Activity", "Chat", "Teams", "Calendar", "Calls", "Files")
    )
    lst = ""
    for i, (name, last, when, unread) in enumerate(chats):
        last = last if len(last) <= 34 else last[:33].rstrip() + "…"
        lst += (
            f"<div style='display:flex;gap:10px;padding:9px 14px;{'background:#fff;border-radius:6px;' if i == active else ''}'>"
            f"<i style='width:34px;height:34px;border-radius:17px;background:#c3c6e8;flex:none'></i><div style='flex:"
            f"1;overflow:hidden'><div style='display:flex;font-size:13.5px;{'font-weight:bold;' if unread else ''}'>"
            f"<span>{s.t(name)}</span><span style='margin-left:auto;flex:none;white-space:nowrap;padding-left:6px;font-size:11.5px;color:#616161'>{s.t(when)}"
            f"</span></div><div style='font-size:12.5px;color:#616161;white-space:nowrap;overflow:hidden'>"
            f"{s.t(last)}</div></div></div>"
        )
    msgs = ""
    for who, when, text, mine in messages:
        if mine:
            msgs += (
                f"<div style='display:flex;justify-content:flex-end;margin:8px 0'><div style='max-width:720px;"
                f"background:#e8ebfa;border-radius:6px;padding:8px 12px'><div style='font-size:11.5px;color:"
                f"#616161'>{s.t(when)}</div><div style='font-size:14.5px;line-height:21px'>{s.t(text)}</div></div>"
                f"</div>"
            )
        else:
            msgs += (
                f"<div style='display:flex;gap:10px;margin:8px 0'><i style='width:32px;height:32px;border-radius:"
                f"16px;background:#a6a9d6;flex:none'></i><div style='max-width:760px;background:#fff;border-radius:"
                f"6px;padding:8px 12px;box-shadow:0 1px 2px #0001'><div style='font-size:12px'><b>{s.t(who)}</b>"
                f"<span style='color:#616161;margin-left:8px'>{s.t(when)}</span></div><div style='font-size:14.5px;"
                f"line-height:21px'>{s.t(text)}</div></div></div>"
            )
    tab_html = "".join(
        f"<span style='padding:6px 0;{'border-bottom:2px solid #5b5fc7;font-weight:bold;' if i == 0 else 'color:#616161;'}'>{s.t(t)}</span>"
        for i, t in enumerate(tabs)
    )
    ban = (
        f"<div style='margin:12px 24px 0;background:#f0f0f7;border:1px solid #d8d8ea;border-radius:6px;padding:"
        f"10px 14px;font-size:13.5px'>{s.t(banner)}</div>"
        if banner
        else ""
    )
    s.body.append(
        f"<div style='display:flex;height:988px;background:#f5f5f5;color:#242424'><div style='width:68px;"
        f"background:#ebebf5'>{rail}</div><div style='width:330px;background:#f0f0f0;padding:6px 8px'><div style='"
        f"font-size:18px;font-weight:bold;padding:10px 8px'>{s.t('Chat')}</div>{lst}</div><div style='flex:1;"
        f"display:flex;flex-direction:column'><div style='background:#fff;padding:12px 24px 0;border-bottom:1px "
        f"solid #e0e0e0'><div style='font-size:17px;font-weight:bold'>{s.t(header)}</div><div style='display:flex;"
        f"gap:22px;font-size:13.5px;margin-top:8px'>{tab_html}</div></div>{ban}<div style='flex:1;padding:10px "
        f"24px;overflow:hidden'>{msgs}</div><div style='margin:0 24px 16px;background:#fff;border-radius:6px;"
        f"border-bottom:2px solid #5b5fc7;padding:11px 14px;font-size:14px;color:#616161'>"
        f"{s.t('Type a message')}</div></div></div>"
    )
    return s


# ------------------------------------------------------------------------- SiteLink (construction web app)
def _sitelink(s: SiteWindow, project: str, active: str, inner: str) -> None:
    nav = ["Dashboard", "RFIs", "Site diary", "Defects", "Deliveries & pours", "Drawings", "Documents"]
    side = "".join(
        f"<div style='padding:10px 20px;font-size:14px;{'background:#e6eefc;color:#1d4ed8;font-weight:bold;border-right:3px solid #1d4ed8;' if n == active else ''}'>"
        f"{s.t(n)}</div>"
        for n in nav
    )
    s.body.append(
        f"<div style='height:52px;background:#0b2545;color:#fff;display:flex;align-items:center;padding:0 20px;"
        f"gap:24px'><span style='font-size:19px;font-weight:bold;color:#f4a261'>{s.t('SiteLink')}</span><span "
        f"style='background:#13315c;border-radius:4px;padding:6px 12px;font-size:13.5px'>{s.t(project)}</span>"
        f"<span style='margin-left:auto;font-size:13px;color:#c9d6ea'>{s.t('Leah Fitzgerald · Ironbark Build')}"
        f"</span></div><div style='display:flex;height:900px'><div style='width:220px;background:#fff;"
        f"border-right:1px solid #dde3ea;padding-top:10px'>{side}</div><div style='flex:1;background:#f6f8fb;"
        f"padding:20px 28px;color:#1b2430;overflow:hidden'>{inner}</div></div>"
    )


def sitelink_table(
    title: str,
    tabs: list[str],
    url: str,
    project: str,
    active: str,
    heading: str,
    chips: list[str],
    head: list[str],
    rows: list[list[str]],
    pill_col: int,
    footer: str,
    extra: list[tuple[str, list[str], list[list[str]]]] = (),
) -> SiteWindow:
    """A SiteLink list page: heading with a '+ New' button, filter chips, the table (one column drawn as a
    status pill), a count line and optional further tables (a caption over each)."""
    s = SiteWindow("edge", title)
    _edge(s, tabs, 0, url)

    def table(h: list[str], rs: list[list[str]], pc: int) -> str:
        out = "<table class='sl' style='width:100%;background:#fff'><tr>"
        out += "".join(f"<th>{s.t(c)}</th>" for c in h) + "</tr>"
        for r in rs:
            out += "<tr>"
            for j, v in enumerate(r):
                if j == pc:
                    bg, fg = PILLS[v]
                    out += f"<td><span class='pl' style='background:{bg};color:{fg}'>{s.t(v)}</span></td>"
                else:
                    out += f"<td>{s.t(v) if v else ''}</td>"
            out += "</tr>"
        return out + "</table>"

    chip_html = "".join(
        f"<span style='border:1px solid {'#1d4ed8' if i == 0 else '#c9d1dc'};color:{'#1d4ed8' if i == 0 else '#51607a'};"
        f"border-radius:14px;padding:4px 12px;font-size:13px'>{s.t(c)}</span>"
        for i, c in enumerate(chips)
    )
    inner = (
        f"<div style='display:flex;align-items:center'><span style='font-size:23px;font-weight:bold'>"
        f"{s.t(heading)}</span><span style='margin-left:auto;background:#1d4ed8;color:#fff;border-radius:4px;"
        f"padding:7px 16px;font-size:13.5px'>{s.t('+ New')}</span></div><div style='display:flex;gap:10px;"
        f"margin:14px 0'>{chip_html}</div>{table(head, rows, pill_col)}<div style='margin-top:10px;font-size:"
        f"13px;color:#51607a'>{s.t(footer)}</div>"
    )
    for caption, h, rs in extra:
        inner += (
            f"<div style='font-size:17px;font-weight:bold;margin:22px 0 10px'>{s.t(caption)}</div>"
            + table(h, rs, -1)
        )
    _sitelink(s, project, active, inner)
    return s


def sitelink_diary(
    title: str,
    tabs: list[str],
    url: str,
    project: str,
    heading: str,
    status: str,
    weather: list[tuple[str, str]],
    labour_head: list[str],
    labour: list[list[str]],
    total: str,
    notes: list[str],
) -> SiteWindow:
    """SiteLink's site diary for a day: a heading with the entry's status, a weather card (label over value),
    the labour table by trade with its total line, and a notes card of delays and events."""
    s = SiteWindow("edge", title)
    _edge(s, tabs, 0, url)
    wcard = "".join(
        f"<div style='margin-bottom:12px'><div style='font-size:12px;color:#51607a'>{s.t(k)}</div><div style='"
        f"font-size:14.5px;margin-top:3px'>{s.t(v)}</div></div>"
        for k, v in weather
    )
    lab = "<table class='sl' style='width:100%'><tr>" + "".join(f"<th>{s.t(h)}</th>" for h in labour_head)
    lab += "</tr>" + "".join("<tr>" + "".join(f"<td>{s.t(v)}</td>" for v in r) + "</tr>" for r in labour)
    lab += "</table>"
    note_html = "".join(f"<li style='margin-bottom:8px'>{s.t(n)}</li>" for n in notes)
    inner = (
        f"<div style='display:flex;align-items:center;gap:16px'><span style='font-size:23px;font-weight:bold'>"
        f"{s.t(heading)}</span><span class='pl' style='background:#eef0f3;color:#4a5565'>{s.t(status)}</span>"
        f"</div><div style='display:flex;gap:20px;margin-top:18px'><div style='width:330px;background:#fff;"
        f"border:1px solid #dde3ea;border-radius:6px;padding:16px 18px'><div style='font-weight:bold;margin-bottom:"
        f"12px'>{s.t('Weather')}</div>{wcard}</div><div style='flex:1;background:#fff;border:1px solid #dde3ea;"
        f"border-radius:6px;padding:16px 18px'><div style='font-weight:bold;margin-bottom:10px'>"
        f"{s.t('Labour on site')}</div>{lab}<div style='margin-top:10px;font-weight:bold;font-size:14.5px'>"
        f"{s.t(total)}</div></div></div><div style='margin-top:20px;background:#fff;border:1px solid #dde3ea;"
        f"border-radius:6px;padding:16px 18px'><div style='font-weight:bold;margin-bottom:10px'>"
        f"{s.t('Delays, events and instructions')}</div><ul style='margin:0;padding-left:22px;font-size:14.5px'>"
        f"{note_html}</ul></div>"
    )
    _sitelink(s, project, "Site diary", inner)
    return s


# ------------------------------------------------------------------------------------------------- Excel
def excel(
    title: str,
    cell: str,
    formula: str,
    columns: list[str],
    rows: list[tuple[str, list[str]]],
    sel: tuple[int, int],
    sheets: list[str],
    status: str,
) -> SiteWindow:
    """Excel for Windows: the green title bar, ribbon tabs and a row of commands, the name box and formula bar,
    the grid with column letters and row numbers, an outline gutter (a bracket for each group of detail
    rows), group and subtotal rows styled ('g' shaded, 'b' bold), the selected cell outlined, sheet tabs and
    the status bar. `rows` are (style, cells); the first row is the header."""
    s = SiteWindow("excel", title)
    s.top = _caption(s, "#107c41", "#fff", title, 32) + (
        "<div style='height:34px;background:#107c41;color:#fff;display:flex;gap:24px;padding:0 16px;font-size:"
        "13px;align-items:center'>"
        + "".join(
            f"<span>{s.t(x)}</span>"
            for x in ("File", "Home", "Insert", "Page Layout", "Formulas", "Data", "Review", "View")
        )
        + "</div><div style='height:40px;background:#f3f3f3;border-bottom:1px solid #dadada;display:flex;gap:24px;"
        "align-items:center;padding:0 16px;font-size:13px'>"
        + "".join(
            f"<span>{s.t(x)}</span>"
            for x in (
                "Paste",
                "Calibri",
                "11",
                "Wrap Text",
                "Accounting",
                "Conditional Formatting",
                "AutoSum",
            )
        )
        + "</div>"
    )
    letters = "".join(
        f"<th style='width:{w}px'>{s.t(chr(65 + i))}</th>" for i, w in enumerate(_XL_W[: len(columns)])
    )
    body = f"<tr><th></th>{letters}</tr>"
    body += "<tr class='b'><th>1</th>" + "".join(f"<td>{s.t(c)}</td>" for c in columns) + "</tr>"
    for n, (style, cells) in enumerate(rows, 2):
        tds = ""
        for j, v in enumerate(cells):
            cls = ("r " if j >= 3 else "") + ("on" if (n, j) == sel else "")
            tds += f"<td class='{cls.strip()}'>{s.t(v) if v else ''}</td>"
        body += f"<tr class='{style}'><th>{s.t(str(n))}</th>{tds}</tr>"
    gutter = "".join(
        f"<div style='position:absolute;left:10px;top:{25 * (a + 2) + 2}px;height:{25 * (b - a) - 4}px;width:8px;border-left:"
        f"2px solid #777;border-bottom:2px solid #777'></div>"
        for a, b in _groups(rows)
    )
    tabs = "".join(
        f"<span style='padding:6px 16px;{'background:#fff;color:#107c41;font-weight:bold;border-bottom:2px solid #107c41;' if i == 0 else ''}'>{s.t(t)}</span>"
        for i, t in enumerate(sheets)
    )
    s.body.append(
        f"<div style='height:32px;display:flex;align-items:center;gap:10px;padding:0 10px;border-bottom:1px solid "
        f"#dadada;font-size:13.5px'><span style='width:90px;border:1px solid #c8c8c8;padding:3px 6px'>{s.t(cell)}"
        f"</span><i style='font-style:italic;color:#777'>fx</i><span style='flex:1;border:1px solid #c8c8c8;"
        f"padding:3px 8px'>{s.t(formula) if formula else '&nbsp;'}</span></div><div style='position:relative;"
        f"height:820px;overflow:hidden'>{gutter}<table class='xl' style='margin-left:34px'>{body}</table></div>"
        f"<div style='height:34px;background:#f3f3f3;border-top:1px solid #dadada;display:flex;align-items:center;"
        f"gap:4px;padding:0 40px;font-size:13px'>{tabs}</div><div style='height:22px;background:#f3f3f3;"
        f"font-size:12px;padding:3px 16px;color:#444'>{s.t(status)}</div>"
    )
    return s


_XL_W = [60, 270, 230, 130, 130, 120, 130, 90, 130]


def _groups(rows: list[tuple[str, list[str]]]) -> list[tuple[int, int]]:
    """Detail-row spans between each 'g' (group header) row and the next 'b' (subtotal) row, as row offsets
    from the header row (for the outline brackets)."""
    out, start = [], None
    for i, (style, _) in enumerate(rows):
        if style == "g":
            start = i + 1
        elif style == "b" and start is not None:
            out.append((start, i))
            start = None
    return out


# ------------------------------------------------------------------------------------------ Bluebeam Revu
def revu(
    title: str,
    docs: list[str],
    active: int,
    page: str,
    blocks: list[tuple[str, object]],
    markups: list[list[str]],
) -> SiteWindow:
    """Bluebeam Revu, dark: the menu bar, document tabs, a thumbnails strip at the left, the page (blocks: 't'
    title, 'h' heading, 'p' paragraph, 'k' key: value lines, 'g' a bordered table) on a grey canvas, the page
    indicator and the Markups list at the bottom (subject, page, author, date, status, comment)."""
    s = SiteWindow("revu", title)
    s.top = _caption(s, "#1e1e1e", "#e0e0e0", title, 30) + (
        "<div style='height:30px;background:#2d2d30;color:#dcdcdc;display:flex;gap:22px;padding:0 14px;font-size:"
        "13px;align-items:center'>"
        + "".join(
            f"<span>{s.t(x)}</span>"
            for x in ("File", "Edit", "View", "Document", "Batch", "Tools", "Window", "Help")
        )
        + "</div><div style='height:32px;background:#252526;display:flex;align-items:flex-end;gap:2px;padding:0 "
        "10px'>"
        + "".join(
            f"<div style='padding:7px 16px;font-size:12.5px;color:{'#fff' if i == active else '#aaa'};background:"
            f"{'#3e3e42' if i == active else 'transparent'};border-top:2px solid {'#e8712a' if i == active else 'transparent'}'>"
            f"{s.t(d)}</div>"
            for i, d in enumerate(docs)
        )
        + "</div>"
    )
    parts = ""
    for kind, val in blocks:
        if kind == "t":
            parts += f"<div style='font-size:22px;font-weight:bold;margin-bottom:6px'>{s.t(val)}</div>"
        elif kind == "h":
            parts += f"<div style='font-size:15px;font-weight:bold;margin:14px 0 6px'>{s.t(val)}</div>"
        elif kind == "p":
            parts += f"<div style='font-size:13.5px;line-height:19px;margin:4px 0'>{s.t(val)}</div>"
        elif kind == "k":
            parts += "".join(
                f"<div style='font-size:13.5px;margin:3px 0'><span style='display:inline-block;width:190px;color:"
                f"#444'>{s.t(k)}</span>{s.t(v)}</div>"
                for k, v in val
            )
        elif kind == "g":
            head, *rs = val
            parts += (
                "<table class='rv' style='width:100%;margin:8px 0'><tr>"
                + "".join(f"<th>{s.t(h)}</th>" for h in head)
                + "</tr>"
                + "".join("<tr>" + "".join(f"<td>{s.t(c)}</td>" for c in r) + "</tr>" for r in rs)
                + "</table>"
            )
    mk = "".join(
        "<tr>"
        + "".join(
            f"<td style='padding:4px 10px;border-bottom:1px solid #3a3a3a;font-size:12.5px;color:#e6e6e6'>{s.t(c)}</td>"
            for c in r
        )
        + "</tr>"
        for r in markups
    )
    s.body.append(
        f"<div style='display:flex;height:716px;background:#4b4b4f'><div style='width:150px;background:#2d2d30;"
        f"padding:14px 0'><div style='color:#ccc;font-size:12px;padding:0 14px 10px'>{s.t('Thumbnails')}</div>"
        f"<div style='margin:0 auto;width:90px;height:120px;background:#fff;border:2px solid #e8712a'></div>"
        f"<div style='margin:14px auto;width:90px;height:120px;background:#ddd'></div></div><div style='flex:1;"
        f"overflow:hidden;padding:18px 0'><div style='width:1100px;margin:0 auto;background:#fff;color:#111;"
        f"padding:30px 40px;min-height:660px'>{parts}</div></div></div><div style='height:26px;background:#2d2d30;"
        f"color:#ddd;font-size:12.5px;padding:5px 14px'>{s.t(page)}</div><div style='height:198px;background:"
        f"#252526;color:#ddd;font-size:12.5px;padding:8px 14px;overflow:hidden'><div style='font-weight:bold;"
        f"margin-bottom:6px'>{s.t('Markups list')}</div><table style='border-collapse:collapse'><tr>"
        + "".join(
            f"<td style='padding:4px 10px;color:#aaa;border-bottom:1px solid #555;font-size:12.5px'>{s.t(h)}</td>"
            for h in ("Subject", "Page", "Author", "Date", "Status", "Comments")
        )
        + f"</tr>{mk}</table></div>"
    )
    return s


# ------------------------------------------------------------------------------------- weather (Chrome)
def weather(
    title: str,
    tabs: list[str],
    url: str,
    place: str,
    issued: str,
    now: list[tuple[str, str]],
    head: list[str],
    rows: list[list[str]],
    warning: str = "",
) -> SiteWindow:
    """A weather bureau's forecast page: a navy masthead with the site's name, the place and an 'issued' line, a
    strip of current readings (label over value), an optional warning banner and the seven-day table."""
    s = SiteWindow("chrome", title)
    _edge(s, tabs, 0, url, kind="chrome")
    cur = "".join(
        f"<div style='padding:0 26px 0 0'><div style='font-size:12px;color:#5d7a99'>{s.t(k)}</div><div style='"
        f"font-size:20px;font-weight:bold;color:#1f4e79'>{s.t(v)}</div></div>"
        for k, v in now
    )
    tbl = "<table class='wx' style='width:100%;background:#fff'><tr>" + "".join(
        f"<th>{s.t(h)}</th>" for h in head
    )
    tbl += (
        "</tr>"
        + "".join("<tr>" + "".join(f"<td>{s.t(v)}</td>" for v in r) + "</tr>" for r in rows)
        + "</table>"
    )
    warn = (
        f"<div style='background:#fff3cd;border-left:5px solid #e0a800;padding:10px 14px;font-size:14px;margin:"
        f"14px 0'>{s.t(warning)}</div>"
        if warning
        else ""
    )
    s.body.append(
        f"<div style='height:60px;background:#1f4e79;color:#fff;display:flex;align-items:center;padding:0 30px;"
        f"gap:30px'><span style='font-size:22px;font-weight:bold'>{s.t('Skywatch')}</span>"
        + "".join(
            f"<span style='font-size:14px'>{s.t(x)}</span>"
            for x in ("Forecasts", "Radar", "Warnings", "Observations")
        )
        + f"</div><div style='padding:20px 40px;background:#f4f7fa;height:850px;color:#1b2430'><div style='font-size:"
        f"26px;font-weight:bold'>{s.t(place)}</div><div style='font-size:13px;color:#5d7a99;margin:4px 0 14px'>"
        f"{s.t(issued)}</div><div style='display:flex;background:#fff;border:1px solid #d9e2ec;padding:14px 20px'>"
        f"{cur}</div>{warn}<div style='margin-top:14px'>{tbl}</div></div>"
    )
    return s


# ------------------------------------------------------------------------------ Bookwell (Xero-like, Edge)
def bill(
    title: str,
    tabs: list[str],
    url: str,
    org: str,
    crumb: str,
    heading: str,
    status: str,
    fields: list[tuple[str, str]],
    head: list[str],
    lines: list[list[str]],
    totals: list[tuple[str, str]],
    actions: list[str],
) -> SiteWindow:
    """An online accounts app's bill: the teal top bar with the organisation and menus, a breadcrumb, the
    heading with the status, a row of fields (label over value), the line items and the totals block at the
    right, and the action buttons."""
    s = SiteWindow("edge", title)
    _edge(s, tabs, 0, url)
    flds = "".join(
        f"<div style='margin-right:36px'><div style='font-size:12px;color:#5a6670'>{s.t(k)}</div><div style='"
        f"font-size:14.5px;margin-top:4px'>{s.t(v)}</div></div>"
        for k, v in fields
    )
    tbl = "<table class='bk' style='width:100%'><tr>"
    tbl += "".join(f"<th class='{'r' if i >= 2 else ''}'>{s.t(h)}</th>" for i, h in enumerate(head)) + "</tr>"
    tbl += "".join(
        "<tr>"
        + "".join(f"<td class='{'r' if i >= 2 else ''}'>{s.t(v)}</td>" for i, v in enumerate(r))
        + "</tr>"
        for r in lines
    )
    tbl += "</table>"
    tot = "".join(
        f"<div style='display:flex;padding:6px 0;{'font-weight:bold;font-size:17px;border-top:2px solid #333;' if i == len(totals) - 1 else ''}'>"
        f"<span>{s.t(k)}</span><span style='margin-left:auto'>{s.t(v)}</span></div>"
        for i, (k, v) in enumerate(totals)
    )
    btn = "".join(
        f"<span style='border:1px solid #13b5ea;color:{'#fff' if i == 0 else '#0b7fa6'};background:{'#13b5ea' if i == 0 else '#fff'};"
        f"border-radius:4px;padding:7px 18px;margin-right:12px;font-size:14px'>{s.t(a)}</span>"
        for i, a in enumerate(actions)
    )
    bg, fg = {"Awaiting approval": ("#fff4d6", "#8a5a00"), "Awaiting payment": ("#e0ecff", "#1d4ed8")}[status]
    s.body.append(
        f"<div style='height:50px;background:#0c3c4c;color:#fff;display:flex;align-items:center;gap:26px;padding:"
        f"0 24px;font-size:14px'><b style='color:#13b5ea;font-size:18px'>{s.t('Bookwell')}</b><span>{s.t(org)}"
        f"</span>"
        + "".join(
            f"<span>{s.t(x)}</span>" for x in ("Dashboard", "Business", "Accounting", "Projects", "Contacts")
        )
        + f"</div><div style='padding:18px 40px;background:#f2f4f5;height:862px;color:#1f2a30'><div style='font-size:"
        f"13px;color:#0b7fa6'>{s.t(crumb)}</div><div style='display:flex;align-items:center;gap:16px;margin:8px 0 "
        f"16px'><span style='font-size:24px;font-weight:bold'>{s.t(heading)}</span><span class='pl' style='"
        f"background:{bg};color:{fg}'>{s.t(status)}</span></div><div style='background:#fff;border:1px solid "
        f"#d5d9dc;padding:18px 22px'><div style='display:flex;margin-bottom:18px'>{flds}</div>{tbl}<div style='"
        f"width:420px;margin:16px 0 0 auto;font-size:14.5px'>{tot}</div></div><div style='margin-top:18px'>{btn}"
        f"</div></div>"
    )
    return s


# -------------------------------------------------------------------------------------- WhatsApp (light)
def whatsapp_light(
    title: str,
    chats: list[tuple[str, str, str, str]],
    active: int,
    header: tuple[str, str],
    day: str,
    bubbles: list[tuple[str, str, bool]],
) -> SiteWindow:
    """WhatsApp Desktop, light: the left rail, the chat list (name and time, last message, a green badge), the
    chat header (name, status line), a date chip and bubbles on the beige wallpaper (ours green, right; the
    time inside at the bottom right)."""
    s = SiteWindow("whatsapp", title)
    s.top = _caption(s, "#f0f2f5", "#3b4a54", "WhatsApp", 32)
    rows = ""
    for i, (name, last, when, badge) in enumerate(chats):
        last = last if len(last) <= 30 else last[:29].rstrip() + "…"
        rows += (
            f"<div style='display:flex;gap:12px;padding:10px 16px;border-bottom:1px solid #eef0f1;"
            f"{'background:#f0f2f5;' if i == active else ''}'><i style='width:46px;height:46px;border-radius:23px;"
            f"background:#d1d7db;flex:none'></i><div style='flex:1;overflow:hidden'><div style='display:flex;"
            f"font-size:15.5px;color:#111b21'><span>{s.t(name)}</span><span style='margin-left:auto;font-size:12px;"
            f"color:{'#1fa855' if badge else '#667781'}'>{s.t(when)}</span></div><div style='display:flex;font-size:"
            f"13.5px;color:#667781;margin-top:3px'><span style='white-space:nowrap;overflow:hidden'>{s.t(last)}"
            f"</span>"
            + (
                f"<span style='margin-left:auto;background:#25d366;color:#fff;border-radius:10px;padding:0 7px;"
                f"font-size:12px'>{s.t(badge)}</span>"
                if badge
                else ""
            )
            + "</div></div></div>"
        )
    bub = "".join(
        f"<div style='display:flex;justify-content:{'flex-end' if mine else 'flex-start'};margin:5px 0'><div "
        f"style='max-width:640px;background:{'#d9fdd3' if mine else '#fff'};color:#111b21;border-radius:8px;"
        f"padding:6px 9px 3px;font-size:14.5px;line-height:20px;box-shadow:0 1px 1px #0002'><div>{s.t(text)}"
        f"</div><div style='text-align:right;font-size:11px;color:#667781'>{s.t(when)}</div></div></div>"
        for text, when, mine in bubbles
    )
    s.body.append(
        f"<div style='display:flex;height:1000px;background:#fff'><div style='width:56px;background:#f0f2f5;"
        f"border-right:1px solid #e0e0e0'></div><div style='width:430px;border-right:1px solid #e0e0e0'><div style="
        f"'font-size:21px;font-weight:bold;color:#111b21;padding:16px 16px 10px'>{s.t('Chats')}</div><div style='"
        f"margin:0 14px 10px;background:#f0f2f5;border-radius:8px;padding:8px 12px;font-size:14px;color:#667781'>"
        f"{s.t('Search or start a new chat')}</div>{rows}</div><div style='flex:1;display:flex;flex-direction:"
        f"column;background:#efeae2'><div style='height:60px;background:#f0f2f5;display:flex;align-items:center;"
        f"gap:12px;padding:0 16px'><i style='width:40px;height:40px;border-radius:20px;background:#d1d7db'></i>"
        f"<div><div style='font-size:16px;color:#111b21'>{s.t(header[0])}</div><div style='font-size:12.5px;"
        f"color:#667781'>{s.t(header[1])}</div></div></div><div style='flex:1;padding:14px 70px;overflow:hidden'>"
        f"<div style='text-align:center;margin:6px 0 12px'><span style='background:#fff;color:#54656f;"
        f"border-radius:7px;padding:5px 12px;font-size:12.5px'>{s.t(day)}</span></div>{bub}</div><div style='"
        f"height:62px;background:#f0f2f5;display:flex;align-items:center;padding:0 18px'><div style='flex:1;"
        f"background:#fff;border-radius:8px;padding:10px 14px;font-size:15px;color:#667781'>"
        f"{s.t('Type a message')}</div></div></div></div>"
    )
    return s


# ------------------------------------------------------------------------------------------ Notepad (dark)
def notepad_dark(title: str, text: list[str], status: list[str]) -> SiteWindow:
    """Windows 11 Notepad in dark mode: one file tab, the File/Edit/View menu, monospaced text, the status bar
    (its parts in separate cells)."""
    s = SiteWindow("notepad", title)
    name = title.split(" - ")[0]
    s.top = (
        f"<div style='height:40px;background:#202020;color:#fff;display:flex;align-items:flex-end;padding:0 10px'>"
        f"<div style='background:#2b2b2b;border-radius:6px 6px 0 0;padding:9px 18px;font-size:13px'>{s.t(name)}"
        f"</div><span style='margin-left:auto;align-self:center;letter-spacing:16px;font-size:12px'>&#8212;"
        f"&#9633;&#10005;</span></div><div style='height:34px;background:#2b2b2b;color:#e6e6e6;display:flex;gap:"
        f"22px;align-items:center;padding:0 16px;font-size:13.5px'>"
        + "".join(f"<span>{s.t(x)}</span>" for x in ("File", "Edit", "View"))
        + "</div>"
    )
    s.body.append(
        "<div style='height:930px;background:#272727;color:#e8e8e8;padding:12px 18px;font-family:Liberation Mono,"
        "DejaVu Sans Mono,monospace;font-size:16px;line-height:25px'>"
        + "".join(f"<div style='white-space:pre'>{s.t(t)}</div>" for t in text)
        + "</div><div style='height:28px;background:#202020;color:#cfcfcf;display:flex;font-size:12.5px;"
        "align-items:center'>"
        + "".join(
            f"<span style='padding:0 18px;border-left:1px solid #3a3a3a'>{s.t(x)}</span>" for x in status
        )
        + "</div>"
    )
    return s


# --------------------------------------------------------------------------------------- maps (Chrome)
def maps(
    title: str,
    tabs: list[str],
    url: str,
    origin: str,
    dest: str,
    modes: list[str],
    routes: list[tuple[str, str, str, str]],
    depart: str,
    labels: list[tuple[str, int, int]],
) -> SiteWindow:
    """A maps site's directions: the left panel (travel modes, the from and to fields, a 'Leave now' line and route
    cards: time, distance, the road, a note) over a drawn map with a few street labels and the route line."""
    s = SiteWindow("chrome", title)
    _edge(s, tabs, 0, url, kind="chrome")
    mode = "".join(
        f"<span style='padding:4px 10px;border-radius:14px;{'background:#d2e3fc;color:#174ea6;' if i == 0 else 'color:#5f6368;'}'>{s.t(m)}</span>"
        for i, m in enumerate(modes)
    )
    cards = "".join(
        f"<div style='padding:14px 18px;border-bottom:1px solid #e8eaed;{'border-left:4px solid #1a73e8;' if i == 0 else ''}'>"
        f"<div style='display:flex'><span style='font-size:14.5px'>{s.t(via)}</span><span style='margin-left:auto;"
        f"font-size:18px;color:{'#188038' if i == 0 else '#202124'}'>{s.t(mins)}</span></div><div style='display:"
        f"flex;font-size:13px;color:#5f6368;margin-top:4px'><span>{s.t(note)}</span><span style='margin-left:auto'>"
        f"{s.t(km)}</span></div></div>"
        for i, (mins, km, via, note) in enumerate(routes)
    )
    lab = "".join(
        f"<div style='position:absolute;left:{x}px;top:{y}px;font-size:12.5px;color:#5f6368;background:#f8f9fa;"
        f"padding:1px 4px'>{s.t(t)}</div>"
        for t, x, y in labels
    )
    s.body.append(
        f"<div style='display:flex;height:952px'><div style='width:440px;background:#fff;box-shadow:2px 0 6px #0002;"
        f"z-index:2'><div style='display:flex;gap:8px;padding:14px 16px;font-size:13px'>{mode}</div><div style='"
        f"padding:0 16px 12px'><div style='border:1px solid #dadce0;border-radius:6px;padding:8px 12px;font-size:"
        f"14px;margin-bottom:8px'>{s.t(origin)}</div><div style='border:1px solid #dadce0;border-radius:6px;"
        f"padding:8px 12px;font-size:14px'>{s.t(dest)}</div></div><div style='padding:4px 16px 12px;font-size:"
        f"13.5px;color:#1a73e8'>{s.t(depart)}</div>{cards}</div><div style='flex:1;position:relative;background:"
        f"#e8eef3;overflow:hidden'><div style='position:absolute;left:300px;top:80px;width:14px;height:720px;"
        f"background:#fff'></div><div style='position:absolute;left:100px;top:520px;width:1200px;height:12px;"
        f"background:#fff'></div><div style='position:absolute;left:640px;top:120px;width:12px;height:700px;"
        f"background:#fde293'></div><div style='position:absolute;left:305px;top:140px;width:6px;height:400px;"
        f"background:#1a73e8'></div><div style='position:absolute;left:305px;top:534px;width:340px;height:6px;"
        f"background:#1a73e8'></div><div style='position:absolute;left:643px;top:534px;width:6px;height:220px;"
        f"background:#1a73e8'></div>{lab}</div></div>"
    )
    return s
