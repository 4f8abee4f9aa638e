"""Window layouts for the fourth held-out QA workday "lab" (bench/qa/day_lab.py): a research-lab manager's
desk in Zürich, on a Swiss German Windows 11 (24-hour clock, dd.mm.yyyy, CHF 1'234.50). None of the layouts
of screens.py, screens_more.py, screens_sales.py, screens_buy.py or screens_estate.py is reused: the new
Outlook for Windows (light, three panes: folders, a message list whose items put sender, subject and preview
on lines of their own, the reading pane) and its work-week calendar with meeting cards, Microsoft Teams
(dark: app rail, chat list, speaker name and time over each message), Windows Terminal (dark, tabs, an ssh
session on a Slurm cluster), JupyterLab in Chrome (code cells, a pandas DataFrame, printed output), Overleaf
in Chrome (file tree, LaTeX source with line numbers, the compiled PDF), a procurement portal in Edge in the
manner of SAP Fiori (object header, form, item table, totals, a toast), SAP Concur's expense report in Edge,
Zotero 7 (collections, items, the item pane), Excel (light, ribbon, formula bar) and File Explorer (dark).
Only the frame around them is shared: screens.Window (title, lines, taskbar clock and date as truth) and
its process paths in screens.APPS, to which Zotero is added without touching the existing entries. Every
layout records each line of text it draws, in reading order, so a frame's ground truth is exact; nothing
recorded is drawn outside the window or clipped."""

from __future__ import annotations

import html
from dataclasses import dataclass

from make_sample import CSS
from screens import APPS, Window

NEW_APPS = {
    "zotero": "C:\\Program Files\\Zotero\\zotero.exe",
    "explorer": "C:\\Windows\\explorer.exe",
    "olk": "C:\\Program Files\\WindowsApps\\Microsoft.OutlookForWindows_1.2024.1111.300_x64__8wekyb3d8bbwe\\olk.exe",
}
for _key, _path in NEW_APPS.items():
    APPS.setdefault(_key, _path)

LAB_CSS = """
body { font-family: 'Liberation Sans', 'DejaVu Sans', sans-serif; }
.win { height: 1032px; overflow: hidden; position: relative; }
.taskbar { position: absolute; top: 1032px; left: 0; width: 1920px; height: 48px; background: #eef1f6; color: #1b1b1b;
           font-size: 13px; display: flex; align-items: center; padding: 0 16px; border-top: 1px solid #d6dbe3; }
.taskbar .icons { margin: 0 auto; display: flex; gap: 14px; }
.taskbar .icons span { width: 26px; height: 26px; border-radius: 5px; display: inline-block; }
.taskbar .clock { text-align: right; line-height: 17px; }
.mono { font-family: 'DejaVu Sans Mono', 'Liberation Mono', monospace; }
.ol td { padding: 0; }
.fi td, .fi th { padding: 9px 12px; font-size: 14px; border-bottom: 1px solid #e5e5e5; text-align: left; white-space: nowrap; }
.fi th { color: #556b82; font-size: 13px; font-weight: bold; background: #f7f9fb; }
.fi td.n, .fi th.n { text-align: right; }
.pd td, .pd th { padding: 5px 12px; font-size: 13px; text-align: right; white-space: nowrap; }
.pd th { font-weight: bold; border-bottom: 1px solid #bbb; } .pd tr:nth-child(even) td { background: #f5f5f5; }
.xl td, .xl th { border: 1px solid #d9d9d9; height: 26px; padding: 0 6px; font-size: 14px; white-space: nowrap; }
.xl th { background: #f3f3f3; color: #444; font-weight: normal; text-align: center; }
.xl td.n { text-align: right; } .xl td.sel { outline: 2px solid #107c41; outline-offset: -2px; }
.zt td, .zt th { padding: 4px 10px; font-size: 13px; text-align: left; white-space: nowrap; }
.ex td, .ex th { padding: 6px 14px; font-size: 14px; text-align: left; white-space: nowrap; color: #e6e6e6; border: 0; }
.ex th { font-weight: normal; color: #b8b8b8; border-right: 1px solid #3a3a3a; }
.ex td.n { text-align: right; }
.cq td, .cq th { padding: 10px 12px; font-size: 14px; text-align: left; white-space: nowrap; border-bottom: 1px solid #e1e4e8; }
.cq th { font-size: 12px; color: #5a6570; text-transform: uppercase; } .cq td.n, .cq th.n { text-align: right; }
"""


@dataclass
class LabWindow(Window):
    """A screens.Window whose app draws its own frame into `top` above the body, with a Windows 11 taskbar
    (centred icons, clock and date on the right) and, optionally, a notification toast in the corner
    (its text is part of the frame's truth). The truth lines stay Window's: the title, every drawn line,
    the taskbar's clock and date."""

    top: str = ""
    toast: str = ""

    def page(self, clock: str, date: str) -> str:
        icons = "".join(
            f"<span style='background:{c}'></span>"
            for c in ("#0067c0", "#f3c11b", "#0f6cbd", "#5b5fc7", "#2b2b2b", "#1a73e8", "#0c7a43", "#cc2936")
        )
        return (
            f"<html><head><meta charset='utf-8'><style>{CSS}{LAB_CSS}</style></head>"
            f"<body><div class='win'>{self.top}{''.join(self.body)}{self.toast}</div>"
            f"<div class='taskbar'><span style='width:120px'></span><span class='icons'>{icons}</span>"
            f"<span class='clock'>{html.escape(clock)}<br>{html.escape(date)}</span></div></body></html>"
        )

    def notify(self, app: str, who: str, text: str) -> None:
        """A Windows notification toast (app, sender, first line of the message), bottom right."""
        self.toast = (
            f"<div style='position:absolute;right:14px;bottom:12px;width:400px;background:#f9f9f9;color:#1b1b1b;"
            f"border:1px solid #ccc;border-radius:8px;box-shadow:0 6px 20px #0005;padding:12px 16px;font-size:13px'>"
            f"<div style='color:#555;margin-bottom:6px'>{self.t(app)}</div><div style='font-weight:bold;"
            f"font-size:14px'>{self.t(who)}</div><div style='margin-top:3px;line-height:18px'>{self.t(text)}</div></div>"
        )


def _titlebar(s: LabWindow, bg: str, fg: str, text: str, height: int = 32) -> str:
    return (
        f"<div style='height:{height}px;background:{bg};color:{fg};display:flex;align-items:center;padding:0 14px;"
        f"font-size:13px'><span>{s.t(text)}</span><span style='margin-left:auto;letter-spacing:18px'>&#8212;"
        f"&#9633;&#10005;</span></div>"
    )


def _browser(s: LabWindow, kind: str, tabs: list[str], active: int, url: str) -> None:
    """Chrome (grey tab strip) or Edge (light, rounded tabs, a profile badge) with the address bar."""
    strip, on, fg = (
        ("#dee1e6", "#ffffff", "#202124") if kind == "chrome" else ("#e8ebef", "#f7f7f7", "#1b1b1b")
    )
    tab = "".join(
        f"<div style='height:34px;line-height:34px;padding:0 14px;min-width:210px;max-width:300px;"
        f"white-space:nowrap;overflow:hidden;border-radius:8px 8px 0 0;font-size:13px;color:{fg};"
        f"background:{on if i == active else 'transparent'}'>{s.t(t)}</div>"
        for i, t in enumerate(tabs)
    )
    s.top = (
        f"<div style='height:42px;background:{strip};display:flex;align-items:flex-end;padding:0 8px'>{tab}"
        f"<span style='align-self:center;margin-left:10px;color:{fg}'>+</span><span style='margin-left:auto;"
        f"align-self:center;color:{fg};letter-spacing:18px;font-size:13px'>&#8212;&#9633;&#10005;</span></div>"
        f"<div style='height:40px;background:{on};display:flex;align-items:center;gap:16px;padding:0 12px;"
        f"font-size:14px;color:{fg};border-bottom:1px solid #d0d4da'><span>&#8592; &#8594; &#8635;</span>"
        f"<span style='flex:1;background:{strip if kind == 'chrome' else '#fff'};border-radius:16px;"
        f"padding:6px 16px;{'border:1px solid #c8ccd2;' if kind == 'edge' else ''}'>{s.t(url)}</span>"
        f"<span>&#9734; &#8942;</span></div>"
    )


# ----------------------------------------------------------------------------- new Outlook (light)
def outlook(
    title: str,
    account: str,
    folders: list[tuple[str, str]],
    items: list[tuple[str, str, str, str, bool]],
    selected: int,
    reading: dict | None,
) -> LabWindow:
    """The new Outlook for Windows: the blue title/search bar, the Home ribbon, the folder pane (account,
    folders with unread counts), the message list (Focused/Other; each item the sender on one line, the
    subject on the next, a preview under it, the time on the right; unread ones with a blue bar and bold)
    and the reading pane: the subject as a heading, the sender's name and address, To, the sent date,
    then the body, one paragraph per line."""
    s = LabWindow("olk", title)
    s.top = (
        f"<div style='height:46px;background:#0f548c;color:#fff;display:flex;align-items:center;padding:0 16px;"
        f"gap:20px;font-size:14px'><span style='font-size:16px'>&#9638; {s.t('Outlook')}</span><span "
        f"style='margin-left:260px;width:620px;background:#dfe9f5;color:#444;border-radius:4px;padding:6px 14px'>"
        f"&#9906; {s.t('Suchen')}</span><span style='margin-left:auto;letter-spacing:18px'>&#8212;&#9633;&#10005;"
        f"</span></div><div style='height:78px;background:#f5f5f5;border-bottom:1px solid #e0e0e0;font-size:13px;"
        f"padding:6px 16px'><div style='display:flex;gap:24px;color:#444'><span style='border-bottom:2px solid "
        f"#0f6cbd;font-weight:bold;color:#0f6cbd'>{s.t('Start')}</span><span>{s.t('Ansicht')}</span><span>"
        f"{s.t('Hilfe')}</span></div><div style='display:flex;gap:22px;margin-top:10px;align-items:center'>"
        f"<span style='background:#0f6cbd;color:#fff;border-radius:4px;padding:6px 14px'>&#9993; "
        f"{s.t('Neue E-Mail')}</span><span>{s.t('Löschen')}</span><span>{s.t('Archivieren')}</span>"
        f"<span>{s.t('Antworten')}</span><span>{s.t('Allen antworten')}</span><span>{s.t('Weiterleiten')}"
        f"</span></div></div>"
    )
    side = f"<div style='font-weight:bold;padding:10px 14px;font-size:13px'>{s.t(account)}</div>" + "".join(
        f"<div style='display:flex;padding:7px 14px 7px 30px;{'background:#cfe4fa;' if i == 0 else ''}'>"
        f"<span>{s.t(name)}</span><span style='margin-left:auto;color:#0f6cbd;font-weight:bold'>"
        f"{s.t(n) if n else ''}</span></div>"
        for i, (name, n) in enumerate(folders)
    )
    lst = ""
    for i, (who, subject, preview, when, unread) in enumerate(items):
        bg = "#cfe4fa" if i == selected else "#fff"
        bar = "#0f6cbd" if unread else "transparent"
        lst += (
            f"<div style='background:{bg};border-left:3px solid {bar};border-bottom:1px solid #ececec;"
            f"padding:8px 12px 9px 14px;font-size:14px;line-height:19px'><div style='display:flex'>"
            f"<span style='{'font-weight:bold;' if unread else ''}'>{s.t(who)}</span></div><div "
            f"style='display:flex;{'color:#0f6cbd;font-weight:bold;' if unread else ''}'><span style='white-space:"
            f"nowrap;overflow:hidden;max-width:410px'>{s.t(subject)}</span><span style='margin-left:auto;"
            f"font-size:12px;color:#555;font-weight:normal'>{s.t(when)}</span></div><div style='color:#666;"
            f"font-size:13px;white-space:nowrap;overflow:hidden'>{s.t(preview)}</div></div>"
        )
    pane = ""
    if reading:
        r = reading
        att = ""
        if r.get("attachment"):
            name, size = r["attachment"]
            att = (
                f"<div style='display:inline-block;border:1px solid #d6d6d6;border-radius:4px;padding:8px 14px;"
                f"margin:10px 0 0 64px;font-size:13px'>&#9632; {s.t(name)}<br><span style='color:#666'>"
                f"{s.t(size)}</span></div>"
            )
        text = "".join(f"<p style='margin:0 0 12px'>{s.t(x)}</p>" for x in r["body"])
        pane = (
            f"<div style='font-size:20px;font-weight:bold;padding:18px 24px 12px'>{s.t(r['subject'])}</div>"
            f"<div style='display:flex;gap:14px;padding:0 24px'><div style='width:44px;height:44px;"
            f"border-radius:22px;background:{r.get('colour', '#8764b8')};flex:none'></div><div style='font-size:14px;"
            f"line-height:20px'><div><b>{s.t(r['sender'])}</b> &lt;{s.t(r['address'])}&gt;</div><div style="
            f"'color:#555'>{s.t('An:')} {s.t(r['to'])}</div><div style='color:#555'>{s.t(r['when'])}</div></div>"
            f"</div>{att}<div style='padding:22px 24px 0 88px;font-size:15px;line-height:22px;max-width:900px'>"
            f"{text}</div>"
        )
    s.body.append(
        f"<div style='display:flex;height:908px;background:#fafafa;color:#1b1b1b'><div style='width:250px;"
        f"font-size:14px;background:#f5f5f5;border-right:1px solid #e0e0e0'>{side}</div><div style='width:500px;"
        f"background:#fff;border-right:1px solid #e0e0e0;overflow:hidden'><div style='display:flex;gap:22px;"
        f"padding:12px 14px;font-size:14px;border-bottom:1px solid #e0e0e0'><span style='font-weight:bold;"
        f"border-bottom:2px solid #0f6cbd'>{s.t('Relevant')}</span><span style='color:#555'>{s.t('Sonstige')}"
        f"</span></div>{lst}</div><div style='flex:1;background:#fff;margin:10px;border-radius:6px;"
        f"box-shadow:0 1px 3px #0002;overflow:hidden'>{pane}</div></div>"
    )
    return s


def outlook_calendar(
    title: str,
    range_label: str,
    days: list[str],
    hours: range,
    events: list[tuple[int, str, str, str, str, str]],
    detail: list[str] | None = None,
) -> LabWindow:
    """Outlook's calendar in the work-week view: the month/range header, one column per day (weekday and
    date on top), hour lines labelled 08:00..18:00, each meeting a card in its day column placed by its
    start and end (title, time range, room) and, with `detail`, the opened meeting's peek card."""
    s = LabWindow("olk", title)
    s.top = (
        f"<div style='height:46px;background:#0f548c;color:#fff;display:flex;align-items:center;padding:0 16px;"
        f"gap:20px;font-size:14px'><span style='font-size:16px'>&#9638; {s.t('Kalender')}</span><span "
        f"style='margin-left:260px;width:620px;background:#dfe9f5;color:#444;border-radius:4px;padding:6px 14px'>"
        f"&#9906; {s.t('Suchen')}</span><span style='margin-left:auto;letter-spacing:18px'>&#8212;&#9633;&#10005;"
        f"</span></div>"
    )
    hh = 64
    first = hours.start

    def y(hm: str) -> int:
        h, m = map(int, hm.split(":"))
        return int((h - first) * hh + m * hh / 60)

    grid = "".join(
        f"<div style='position:absolute;left:0;right:0;top:{(h - first) * hh}px;border-top:1px solid #e3e3e3'>"
        f"<span style='position:absolute;left:-58px;top:-8px;font-size:12px;color:#666'>{s.t(f'{h:02d}:00')}"
        f"</span></div>"
        for h in hours
    )
    width = 290
    heads = "".join(
        f"<div style='width:{width}px;padding:8px 10px;font-size:14px;color:#333;border-left:1px solid #e3e3e3'>"
        f"{s.t(d)}</div>"
        for d in days
    )
    cards = ""
    for day, name, a, b, room, colour in events:
        top, height = y(a), max(y(b) - y(a) - 3, 44)
        cards += (
            f"<div style='position:absolute;left:{day * width + 4}px;width:{width - 10}px;top:{top}px;"
            f"height:{height}px;background:{colour};border-left:4px solid #0f548c;border-radius:4px;"
            f"padding:3px 8px;font-size:13px;line-height:17px;overflow:hidden;color:#1b1b1b'><b>{s.t(name)}</b>"
            f"<br>{s.t(f'{a}–{b}')}{' · ' + s.t(room) if room else ''}</div>"
        )
    card = ""
    if detail:
        card = (
            "<div style='position:absolute;top:300px;left:780px;width:470px;background:#fff;border-radius:8px;"
            "box-shadow:0 8px 24px #0004;padding:20px 24px;font-size:14px;line-height:23px;color:#333'>"
            f"<div style='font-size:19px;font-weight:bold;color:#111;margin-bottom:8px'>{s.t(detail[0])}</div>"
            + "".join(f"<div>{s.t(x)}</div>" for x in detail[1:])
            + f"<div style='margin-top:12px;display:flex;gap:12px'><span style='background:#0f6cbd;color:#fff;"
            f"padding:4px 14px;border-radius:4px'>{s.t('Teilnehmen')}</span><span style='border:1px solid #bbb;"
            f"padding:4px 14px;border-radius:4px'>{s.t('Bearbeiten')}</span></div></div>"
        )
    s.body.append(
        f"<div style='display:flex;height:986px;background:#fff;color:#1b1b1b'><div style='width:250px;"
        f"background:#f5f5f5;border-right:1px solid #e0e0e0;padding:14px;font-size:14px'><div style='background:"
        f"#0f6cbd;color:#fff;border-radius:4px;padding:7px 14px;width:150px'>+ {s.t('Neues Ereignis')}</div>"
        f"<div style='margin-top:22px;font-weight:bold'>{s.t('Meine Kalender')}</div><div style='padding:6px 0'>"
        f"&#9632; {s.t('Kalender')}</div><div style='padding:6px 0'>&#9632; {s.t('Feiertage Schweiz')}</div></div>"
        f"<div style='flex:1;position:relative'><div style='height:50px;display:flex;align-items:center;gap:20px;"
        f"padding:0 18px;font-size:15px;border-bottom:1px solid #e0e0e0'><span style='border:1px solid #c8c8c8;"
        f"border-radius:4px;padding:4px 12px'>{s.t('Heute')}</span><span>&#8249; &#8250;</span><span "
        f"style='font-size:18px;font-weight:bold'>{s.t(range_label)}</span><span style='margin-left:auto;"
        f"border:1px solid #c8c8c8;border-radius:4px;padding:4px 12px'>{s.t('Arbeitswoche')} &#9662;</span></div>"
        f"<div style='display:flex;margin-left:70px'>{heads}</div><div style='position:relative;margin:10px 0 0 "
        f"70px;height:{len(hours) * hh}px'>{grid}{cards}</div>{card}</div></div>"
    )
    return s


# --------------------------------------------------------------------------------- Microsoft Teams (dark)
def teams(
    title: str,
    chats: list[tuple[str, str, str, bool]],
    active: str,
    subtitle: str,
    messages: list[tuple[str, str, str]],
    composer: str,
    me: str,
) -> LabWindow:
    """Teams (dark): the app rail (Aktivität, Chat, Teams, Kalender, Anrufe, Dateien), the chat list (name,
    time, last message, unread names bold), the open chat's header (name, its tabs), then each message as
    the speaker's name and the time on a line over the text (mine on the right without a name), and the
    compose box."""
    s = LabWindow("teams", title)
    s.top = (
        f"<div style='height:44px;background:#1f1f1f;color:#fff;display:flex;align-items:center;padding:0 16px;"
        f"font-size:13px'><span>&#8592; &#8594;</span><span style='margin-left:480px;width:560px;background:"
        f"#2e2e2e;color:#adadad;border-radius:4px;padding:6px 14px'>&#9906; {s.t('Suchen')}</span><span "
        f"style='margin-left:auto;letter-spacing:18px'>&#8943;&#8212;&#9633;&#10005;</span></div>"
    )
    rail = "".join(
        f"<div style='padding:12px 0;text-align:center;font-size:11px;{'color:#7f85f5;' if x == 'Chat' else ''}'>"
        f"&#9632;<br>{s.t(x)}</div>"
        for x in ("Aktivität", "Chat", "Teams", "Kalender", "Anrufe", "Dateien")
    )
    lst = "".join(
        f"<div style='display:flex;gap:10px;padding:10px 12px;{'background:#2e2e2e;' if n == active else ''}"
        f"border-radius:4px'><div style='width:34px;height:34px;border-radius:17px;background:#6264a7;flex:none'>"
        f"</div><div style='flex:1;min-width:0'><div style='display:flex;font-size:14px;"
        f"{'font-weight:bold;color:#fff' if unread else 'color:#d6d6d6'}'><span>{s.t(n)}</span><span "
        f"style='margin-left:auto;font-size:12px;color:#adadad;font-weight:normal'>{s.t(when)}</span></div><div "
        f"style='font-size:13px;color:#adadad;white-space:nowrap;overflow:hidden;max-width:310px'>{s.t(last)}"
        f"</div></div></div>"
        for n, when, last, unread in chats
    )
    posts = ""
    for who, when, text in messages:
        if who == me:
            posts += (
                f"<div style='margin:10px 0 10px auto;max-width:760px;background:#2b2c4a;border-radius:6px;"
                f"padding:8px 14px'><div style='font-size:12px;color:#adadad;text-align:right'>{s.t(when)}</div>"
                f"<div style='font-size:15px;line-height:21px;color:#fff'>{s.t(text)}</div></div>"
            )
        else:
            posts += (
                f"<div style='display:flex;gap:12px;margin:10px 0'><div style='width:32px;height:32px;"
                f"border-radius:16px;background:#c4314b;flex:none'></div><div style='max-width:860px;background:"
                f"#292929;border-radius:6px;padding:8px 14px'><div style='font-size:13px;color:#d6d6d6'><b>"
                f"{s.t(who)}</b> &nbsp; <span style='color:#adadad'>{s.t(when)}</span></div><div style='font-size:"
                f"15px;line-height:21px;color:#fff;margin-top:3px'>{s.t(text)}</div></div></div>"
            )
    box = (
        f"<span style='color:#fff'>{s.t(composer)}</span>"
        if composer
        else f"<span style='color:#8a8a8a'>{s.t('Nachricht eingeben')}</span>"
    )
    s.body.append(
        f"<div style='display:flex;height:988px;background:#141414;color:#fff'><div style='width:68px;"
        f"background:#1f1f1f;color:#d6d6d6'>{rail}</div><div style='width:400px;background:#1f1f1f;"
        f"border-right:1px solid #2e2e2e;padding:8px'><div style='font-size:18px;font-weight:bold;padding:8px 6px "
        f"14px'>{s.t('Chat')}</div>{lst}</div><div style='flex:1;display:flex;flex-direction:column'><div "
        f"style='height:60px;background:#1f1f1f;border-bottom:1px solid #2e2e2e;display:flex;align-items:center;"
        f"gap:22px;padding:0 22px;font-size:14px'><span style='font-size:17px;font-weight:bold'>{s.t(active)}"
        f"</span><span style='color:#adadad'>{s.t(subtitle)}</span><span style='border-bottom:2px solid "
        f"#7f85f5'>{s.t('Chat')}</span><span style='color:#adadad'>{s.t('Dateien')}</span></div><div "
        f"style='flex:1;padding:18px 40px;display:flex;flex-direction:column;justify-content:flex-end;"
        f"overflow:hidden'>{posts}</div><div style='margin:0 40px 20px;background:#292929;border-radius:6px;"
        f"border-bottom:2px solid #7f85f5;padding:12px 16px;font-size:15px'>{box}</div></div></div>"
    )
    return s


# ------------------------------------------------------------------------------- Windows Terminal (dark)
def terminal(title: str, tabs: list[str], lines: list[str], cursor: bool = True) -> LabWindow:
    """Windows Terminal (dark, Campbell): its tab row (the active tab lighter), then the session's lines in a
    monospaced font, prompts green; trailing block cursor."""
    s = LabWindow("terminal", title)
    tab = "".join(
        f"<div style='height:34px;line-height:34px;padding:0 16px;min-width:220px;border-radius:6px 6px 0 0;"
        f"font-size:13px;background:{'#2d2d2d' if i == 0 else 'transparent'};color:#f0f0f0'>&#10095;_ "
        f"{s.t(t)}</div>"
        for i, t in enumerate(tabs)
    )
    s.top = (
        f"<div style='height:42px;background:#121212;display:flex;align-items:flex-end;padding:0 8px'>{tab}"
        f"<span style='align-self:center;margin-left:10px;color:#ccc'>+ &#9662;</span><span style="
        f"'margin-left:auto;align-self:center;color:#ccc;letter-spacing:18px;font-size:13px'>&#8212;&#9633;"
        f"&#10005;</span></div>"
    )
    out = ""
    for line in lines:
        colour = "#16c60c" if line.startswith("[kellera@") or line.startswith("PS ") else "#cccccc"
        out += f"<div style='white-space:pre;color:{colour}'>{s.t(line) if line else ''}</div>"
    cur = "<span style='background:#cccccc'>&nbsp;</span>" if cursor else ""
    s.body.append(
        f"<div class='mono' style='height:990px;background:#0c0c0c;padding:10px 14px;font-size:15px;"
        f"line-height:21px;overflow:hidden;display:flex;flex-direction:column;justify-content:flex-end'>{out}"
        f"<div>{cur}</div></div>"
    )
    return s


# ----------------------------------------------------------------------------------- JupyterLab (Chrome)
def jupyter(
    title: str,
    tabs: list[str],
    url: str,
    files: list[tuple[str, str]],
    notebook: str,
    cells: list[tuple],
    kernel: str,
) -> LabWindow:
    """JupyterLab 4 in Chrome: the menu bar, the file browser (name, last modified), the notebook's tab and
    toolbar, then the cells in view: ("code", n, source lines), ("table", index names, columns, rows) for a
    DataFrame's HTML output, ("out", lines) for printed output; the status bar with the kernel."""
    s = LabWindow("chrome", title)
    _browser(s, "chrome", tabs, 0, url)
    menu = "".join(
        f"<span style='margin-right:20px'>{s.t(m)}</span>"
        for m in ("File", "Edit", "View", "Run", "Kernel", "Tabs", "Settings", "Help")
    )
    fb = "".join(
        f"<div style='display:flex;padding:4px 10px;{'background:#e3f2fd;' if n == notebook else ''}'>"
        f"<span>{s.t(n)}</span><span style='margin-left:auto;color:#777'>{s.t(m)}</span></div>"
        for n, m in files
    )
    body = ""
    for cell in cells:
        if cell[0] == "code":
            _, n, src = cell
            code = "".join(f"<div style='white-space:pre'>{s.t(x) if x else '&nbsp;'}</div>" for x in src)
            body += (
                f"<div style='display:flex;margin:8px 0'><div class='mono' style='width:70px;color:#307fc1;"
                f"font-size:13px;padding-top:6px'>{s.t(f'[{n}]:')}</div><div class='mono' style='flex:1;"
                f"background:#f5f5f5;border:1px solid #e0e0e0;padding:6px 10px;font-size:14px;line-height:20px'>"
                f"{code}</div></div>"
            )
        elif cell[0] == "table":
            _, index, columns, rows = cell
            th = "".join(f"<th>{s.t(c)}</th>" for c in [*index, *columns])
            tr = "".join("<tr>" + "".join(f"<td>{s.t(v)}</td>" for v in r) + "</tr>" for r in rows)
            body += (
                f"<div style='margin:4px 0 10px 70px'><table class='pd' style='border-collapse:collapse'>"
                f"<tr>{th}</tr>{tr}</table></div>"
            )
        else:
            out = "".join(f"<div style='white-space:pre'>{s.t(x)}</div>" for x in cell[1])
            body += f"<div class='mono' style='margin:4px 0 10px 70px;font-size:14px;line-height:20px'>{out}</div>"
    s.body.append(
        f"<div style='height:30px;line-height:30px;background:#fff;border-bottom:1px solid #e0e0e0;padding:0 "
        f"14px;font-size:13px;color:#333'>{menu}</div><div style='display:flex;height:898px;background:#fff;"
        f"color:#212121'><div style='width:40px;background:#eee'></div><div style='width:330px;border-right:1px "
        f"solid #e0e0e0;font-size:13px'><div style='padding:8px 10px;color:#555'>{s.t('/ projects / gfp-organoids /')}"
        f"</div><div style='display:flex;padding:4px 10px;font-weight:bold;border-bottom:1px solid #e0e0e0'>"
        f"<span>{s.t('Name')}</span><span style='margin-left:auto'>{s.t('Last Modified')}</span></div>{fb}</div>"
        f"<div style='flex:1;overflow:hidden'><div style='height:32px;background:#eee;display:flex;"
        f"align-items:flex-end'><span style='background:#fff;padding:6px 16px;font-size:13px;border-top:2px solid "
        f"#f37626'>{s.t(notebook)}</span></div><div style='height:34px;border-bottom:1px solid #e0e0e0;display:flex;"
        f"align-items:center;gap:16px;padding:0 14px;color:#555;font-size:14px'>&#9635; + &#9986; &#9654; &#9632;"
        f" &#8635; <span style='margin-left:auto'>{s.t(kernel)} &#9675;</span></div><div style='padding:6px 30px "
        f"0 20px'>{body}</div></div></div><div style='height:22px;line-height:22px;background:#fff;border-top:1px "
        f"solid #e0e0e0;font-size:12px;padding:0 14px;color:#555'>{s.t('Simple')} &nbsp; 0 &#9633; 1 &nbsp; "
        f"{s.t(kernel + ' | Idle')}</div>"
    )
    return s


# -------------------------------------------------------------------------------------- Overleaf (Chrome)
def overleaf(
    title: str,
    tabs: list[str],
    url: str,
    project: str,
    files: list[str],
    open_file: str,
    first_line: int,
    source: list[str],
    pdf: list[tuple],
    status: str,
) -> LabWindow:
    """Overleaf in Chrome: the dark project bar (Menu, project name, Recompile), the file tree, the LaTeX
    source with its line numbers from `first_line` (a scrolled view), and the PDF preview: ("h", heading),
    ("p", text), ("caption", text), ("table", header, rows); `status` under the Recompile button."""
    s = LabWindow("chrome", title)
    _browser(s, "chrome", tabs, 0, url)
    tree = "".join(
        f"<div style='padding:4px 10px 4px {28 if '/' in f else 14}px;{'background:#138a07;color:#fff;' if f == open_file else ''}'>"
        f"{s.t(f.rsplit('/', 1)[-1] if '/' in f else f)}</div>"
        for f in files
    )
    src = "".join(
        f"<div style='display:flex;white-space:pre'><span style='width:46px;text-align:right;color:#999;"
        f"padding-right:12px;flex:none'>{s.t(str(first_line + i))}</span><span>{s.t(x) if x else ''}</span></div>"
        for i, x in enumerate(source)
    )
    doc = ""
    for block in pdf:
        kind = block[0]
        if kind == "h":
            doc += f"<div style='font-weight:bold;font-size:15px;margin:14px 0 6px'>{s.t(block[1])}</div>"
        elif kind == "p":
            doc += f"<div style='font-size:13px;line-height:19px;text-align:justify'>{s.t(block[1])}</div>"
        elif kind == "caption":
            doc += f"<div style='font-size:12px;margin:14px 0 4px'>{s.t(block[1])}</div>"
        elif kind == "title":
            doc += f"<div style='font-size:18px;font-weight:bold;text-align:center;margin-bottom:6px'>{s.t(block[1])}</div>"
        elif kind == "authors":
            doc += f"<div style='font-size:13px;text-align:center;margin-bottom:12px'>{s.t(block[1])}</div>"
        else:
            _, header, rows = block
            th = "".join(
                f"<th style='padding:3px 10px;border-bottom:1px solid #000;text-align:{'left' if j == 0 else 'right'}'>"
                f"{s.t(h)}</th>"
                for j, h in enumerate(header)
            )
            tr = "".join(
                "<tr>"
                + "".join(
                    f"<td style='padding:3px 10px;text-align:{'left' if j == 0 else 'right'}'>{s.t(v)}</td>"
                    for j, v in enumerate(r)
                )
                + "</tr>"
                for r in rows
            )
            doc += (
                f"<table style='border-collapse:collapse;font-size:13px;margin:0 auto;border-top:1.5px solid #000;"
                f"border-bottom:1.5px solid #000'><tr>{th}</tr>{tr}</table>"
            )
    s.body.append(
        f"<div style='height:44px;background:#1b222c;color:#fff;display:flex;align-items:center;gap:20px;"
        f"padding:0 16px;font-size:14px'><span>&#9776; {s.t('Menu')}</span><span style='margin-left:auto;"
        f"font-weight:bold'>{s.t(project)}</span><span style='margin-left:auto'>{s.t('Review')}</span><span>"
        f"{s.t('Share')}</span><span>{s.t('History')}</span><span>{s.t('Chat')}</span></div>"
        f"<div style='display:flex;height:904px;color:#1b1b1b'><div style='width:230px;background:#2c3645;"
        f"color:#e6e6e6;font-size:13px;padding-top:8px'>{tree}</div><div style='width:780px;background:#fff;"
        f"border-right:1px solid #ccc'><div style='height:34px;background:#f4f5f6;border-bottom:1px solid #ddd;"
        f"display:flex;align-items:center;gap:14px;padding:0 12px;font-size:13px;color:#444'><span>"
        f"{s.t('Code Editor')}</span><span style='color:#999'>{s.t('Visual Editor')}</span><span "
        f"style='margin-left:auto'>{s.t(open_file)}</span></div><div class='mono' style='font-size:13px;"
        f"line-height:21px;padding-top:6px;overflow:hidden;height:860px'>{src}</div></div><div style='flex:1;"
        f"background:#e4e6e8'><div style='height:34px;background:#f4f5f6;border-bottom:1px solid #ddd;display:flex;"
        f"align-items:center;gap:14px;padding:0 12px;font-size:13px'><span style='background:#138a07;color:#fff;"
        f"padding:3px 12px;border-radius:12px'>&#8635; {s.t('Recompile')}</span><span style='color:#555'>"
        f"{s.t(status)}</span></div><div style='width:720px;height:840px;margin:14px auto;background:#fff;"
        f'padding:40px 56px;box-shadow:0 0 4px #0003;font-family:"DejaVu Serif",serif;overflow:hidden\'>{doc}'
        f"</div></div></div>"
    )
    return s


# ------------------------------------------------------------------ procurement portal (Edge, Fiori-like)
def procure(
    title: str,
    tabs: list[str],
    url: str,
    heading: str,
    number: str,
    status: str,
    fields: list[tuple[str, str]],
    columns: list[str],
    rows: list[list[str]],
    numeric: set[int],
    totals: list[tuple[str, str]],
    selected: tuple[int, int] | None = None,
    toast: str = "",
) -> LabWindow:
    """A purchasing portal in the SAP Fiori manner: the dark shell bar (app name, search, user), the object
    header (document title, its number, a status), the form as two columns of label-over-value fields,
    the item table (an edited cell outlined), the totals block and the footer buttons; a message toast."""
    s = LabWindow("edge", title)
    _browser(s, "edge", tabs, 0, url)
    grid = "".join(
        f"<div><div style='font-size:12px;color:#556b82'>{s.t(k)}</div><div style='font-size:15px;margin-top:2px'>"
        f"{s.t(v)}</div></div>"
        for k, v in fields
    )
    th = "".join(f"<th class='{'n' if j in numeric else ''}'>{s.t(c)}</th>" for j, c in enumerate(columns))
    tr = ""
    for i, r in enumerate(rows):
        tds = ""
        for j, v in enumerate(r):
            edit = "outline:2px solid #0a6ed1;background:#eaf3fc;" if selected == (i, j) else ""
            tds += f"<td class='{'n' if j in numeric else ''}' style='{edit}'>{s.t(v)}</td>"
        tr += f"<tr>{tds}</tr>"
    tot = "".join(
        f"<div style='display:flex;gap:30px;justify-content:flex-end;padding:4px 0;"
        f"{'font-weight:bold;font-size:16px;border-top:1px solid #ccc;padding-top:8px;' if i == len(totals) - 1 else ''}'>"
        f"<span>{s.t(k)}</span><span style='width:150px;text-align:right'>{s.t(v)}</span></div>"
        for i, (k, v) in enumerate(totals)
    )
    colour = {"Entwurf": "#6a6d70", "Bestellt": "#107e3e"}.get(status.split()[0], "#e9730c")
    note = (
        f"<div style='position:absolute;bottom:90px;left:50%;transform:translateX(-50%);background:#354a5f;"
        f"color:#fff;padding:12px 24px;border-radius:6px;font-size:14px'>{s.t(toast)}</div>"
        if toast
        else ""
    )
    s.body.append(
        f"<div style='height:48px;background:#354a5f;color:#fff;display:flex;align-items:center;gap:22px;"
        f"padding:0 18px;font-size:14px'><span style='font-weight:bold;font-size:16px'>{s.t('ProcureZH')}</span>"
        f"<span style='color:#c7d3df'>{s.t('Einkauf')}</span><span style='margin-left:auto;background:#2b3c4d;"
        f"padding:5px 14px;border-radius:4px;width:320px;color:#c7d3df'>&#9906; {s.t('Suchen')}</span><span>"
        f"{s.t('AK')}</span></div><div style='height:898px;background:#f7f7f7;color:#32363a;padding:0;"
        f"overflow:hidden;position:relative'><div style='background:#fff;padding:16px 30px;border-bottom:1px "
        f"solid #e5e5e5'><div style='font-size:22px'>{s.t(heading)}</div><div style='display:flex;gap:30px;"
        f"margin-top:6px;font-size:14px;color:#556b82'><span>{s.t(number)}</span><span style='color:{colour};"
        f"font-weight:bold'>{s.t(status)}</span></div></div><div style='background:#fff;margin:14px 30px;"
        f"padding:16px 20px;display:grid;grid-template-columns:repeat(4, 1fr);gap:14px 30px'>{grid}</div>"
        f"<div style='background:#fff;margin:0 30px;padding:10px 20px'><div style='font-size:15px;font-weight:"
        f"bold;margin-bottom:8px'>{s.t(f'Positionen ({len(rows)})')}</div><table class='fi' style='width:100%;"
        f"border-collapse:collapse'><tr>{th}</tr>{tr}</table><div style='margin-top:12px;font-size:14px'>{tot}"
        f"</div></div><div style='position:absolute;bottom:0;left:0;right:0;height:52px;background:#fff;"
        f"border-top:1px solid #ddd;display:flex;justify-content:flex-end;align-items:center;gap:14px;"
        f"padding:0 30px;font-size:14px'><span style='border:1px solid #0a6ed1;color:#0a6ed1;padding:6px 16px;"
        f"border-radius:4px'>{s.t('Entwurf sichern')}</span><span style='background:#0a6ed1;color:#fff;"
        f"padding:6px 16px;border-radius:4px'>{s.t('Bestellen')}</span></div>{note}</div>"
    )
    return s


# -------------------------------------------------------------------------------------- SAP Concur (Edge)
def concur(
    title: str,
    tabs: list[str],
    url: str,
    report: str,
    status: str,
    banner: str,
    columns: list[str],
    rows: list[list[str]],
    flags: list[str],
    selected: int,
    detail: list[tuple[str, str]] | None,
    totals: list[tuple[str, str]],
) -> LabWindow:
    """SAP Concur's expense report: the blue nav bar, the report name with its status and buttons, a banner
    (why it came back, or that it went out), the expense table (date, type, vendor, amount; a flag per row
    such as a missing receipt) and, for the selected row, the detail panel of labelled fields; the report
    totals under the table."""
    s = LabWindow("edge", title)
    _browser(s, "edge", tabs, 0, url)
    th = "<th></th>" + "".join(
        f"<th class='{'n' if j == 3 else ''}'>{s.t(c)}</th>" for j, c in enumerate(columns)
    )
    tr = ""
    for i, r in enumerate(rows):
        bg = "background:#e8f1fb;" if i == selected else ""
        flag = f"<span style='color:#c0392b'>&#9888; {s.t(flags[i])}</span>" if flags[i] else ""
        tr += (
            f"<tr style='{bg}'><td>{flag}</td>"
            + "".join(f"<td class='{'n' if j == 3 else ''}'>{s.t(v)}</td>" for j, v in enumerate(r))
            + "</tr>"
        )
    panel = ""
    if detail:
        panel = (
            "<div style='width:440px;background:#fff;margin-left:16px;padding:16px 20px;border:1px solid #dfe3e8'>"
            f"<div style='font-size:16px;font-weight:bold;margin-bottom:10px'>{s.t('Details')}</div>"
            + "".join(
                f"<div style='margin-bottom:10px'><div style='font-size:12px;color:#5a6570'>{s.t(k)}</div><div "
                f"style='font-size:14px'>{s.t(v)}</div></div>"
                for k, v in detail
            )
            + "</div>"
        )
    tot = "".join(
        f"<div style='display:flex;gap:30px;justify-content:flex-end;padding:3px 0'><span>{s.t(k)}</span>"
        f"<span style='width:140px;text-align:right;font-weight:bold'>{s.t(v)}</span></div>"
        for k, v in totals
    )
    red = status.startswith("Zurück")
    s.body.append(
        f"<div style='height:50px;background:#0b3d91;color:#fff;display:flex;align-items:center;gap:26px;"
        f"padding:0 22px;font-size:14px'><span style='font-weight:bold;font-size:17px'>{s.t('SAP Concur')}</span>"
        f"<span>{s.t('Reisen')}</span><span style='border-bottom:2px solid #fff'>{s.t('Spesen')}</span><span>"
        f"{s.t('Genehmigungen')}</span><span style='margin-left:auto'>{s.t('Anna Keller')}</span></div>"
        f"<div style='height:896px;background:#f4f6f8;color:#1f2933;padding:18px 28px;overflow:hidden'>"
        f"<div style='display:flex;align-items:center;gap:18px'><span style='font-size:22px'>{s.t(report)}</span>"
        f"<span style='background:{'#fdecea' if red else '#e6f4ea'};color:{'#b3261e' if red else '#137333'};"
        f"border-radius:12px;padding:2px 12px;font-size:13px;font-weight:bold'>{s.t(status)}</span><span "
        f"style='margin-left:auto;border:1px solid #0b3d91;color:#0b3d91;padding:5px 14px;border-radius:4px;"
        f"font-size:14px'>{s.t('Beleg hinzufügen')}</span><span style='background:#0b3d91;color:#fff;"
        f"padding:5px 14px;border-radius:4px;font-size:14px'>{s.t('Bericht einreichen')}</span></div><div "
        f"style='margin:14px 0;padding:10px 16px;border-radius:4px;font-size:14px;background:"
        f"{'#fff4e5;border-left:4px solid #e9730c' if red else '#e8f1fb;border-left:4px solid #0b3d91'}'>"
        f"{s.t(banner)}</div><div style='display:flex;align-items:flex-start'><div style='flex:1;background:#fff;"
        f"border:1px solid #dfe3e8;padding:8px 14px'><table class='cq' style='width:100%;border-collapse:"
        f"collapse'><tr>{th}</tr>{tr}</table><div style='margin-top:14px;font-size:14px'>{tot}</div></div>"
        f"{panel}</div></div>"
    )
    return s


# ---------------------------------------------------------------------------------------------- Zotero 7
def zotero(
    title: str,
    collections: list[tuple[int, str]],
    current: str,
    items: list[tuple[str, str, str]],
    selected: int,
    info: list[tuple[str, str]],
    abstract: str,
) -> LabWindow:
    """Zotero 7: the menu and toolbar, the collections tree (indented), the item list (Title, Creator, Date,
    the selected row blue) and the item pane: Info as label/value rows (one Author row per creator), then
    the abstract."""
    s = LabWindow("zotero", title)
    s.top = _titlebar(s, "#f2f2f2", "#222", title)
    menu = "".join(
        f"<span style='margin-right:18px'>{s.t(m)}</span>"
        for m in ("Datei", "Bearbeiten", "Ansicht", "Werkzeuge", "Hilfe")
    )
    tree = "".join(
        f"<div style='padding:4px 8px 4px {10 + 16 * depth}px;{'background:#dbe7fb;' if n == current else ''}'>"
        f"&#9633; {s.t(n)}</div>"
        for depth, n in collections
    )
    rows = "".join(
        f"<tr style='{'background:#3875d7;color:#fff;' if i == selected else ('background:#f7f7f7;' if i % 2 else '')}'>"
        f"<td style='max-width:560px;overflow:hidden'>{s.t(t)}</td><td>{s.t(c)}</td><td>{s.t(d)}</td></tr>"
        for i, (t, c, d) in enumerate(items)
    )
    fields = "".join(
        f"<div style='display:flex;padding:3px 0'><span style='width:120px;text-align:right;color:#666;"
        f"margin-right:12px;flex:none'>{s.t(k)}</span><span>{s.t(v)}</span></div>"
        for k, v in info
    )
    s.body.append(
        f"<div style='height:26px;line-height:26px;background:#f2f2f2;padding:0 12px;font-size:13px'>{menu}</div>"
        f"<div style='height:36px;background:#f2f2f2;border-bottom:1px solid #ccc;display:flex;align-items:center;"
        f"gap:16px;padding:0 12px;font-size:16px;color:#555'>&#9633; &#8862; &#9998; &#9998; <span "
        f"style='margin-left:auto;font-size:13px;border:1px solid #bbb;border-radius:4px;padding:3px 12px;"
        f"width:260px;background:#fff'>&#9906; {s.t('Titel, Ersteller, Jahr')}</span></div>"
        f"<div style='display:flex;height:938px;background:#fff;color:#222'><div style='width:260px;"
        f"background:#f0f0f0;border-right:1px solid #ccc;font-size:13px;padding-top:6px'>{tree}</div>"
        f"<div style='width:900px;border-right:1px solid #ccc;overflow:hidden'><table class='zt' "
        f"style='width:100%;border-collapse:collapse'><tr style='border-bottom:1px solid #ccc'><th>"
        f"{s.t('Titel')}</th><th>{s.t('Ersteller')}</th><th>{s.t('Datum')}</th></tr>{rows}</table></div>"
        f"<div style='flex:1;padding:14px 18px;font-size:13px;line-height:18px;overflow:hidden'><div "
        f"style='font-weight:bold;font-size:14px;margin-bottom:8px'>{s.t('Info')}</div>{fields}<div "
        f"style='font-weight:bold;font-size:14px;margin:14px 0 6px'>{s.t('Abstract')}</div><div "
        f"style='text-align:justify'>{s.t(abstract)}</div></div></div>"
    )
    return s


# -------------------------------------------------------------------------------------- Excel (light)
def excel(
    title: str,
    cell: str,
    formula: str,
    columns: list[tuple[str, int]],
    rows: list[list[str]],
    numeric: set[int],
    header_row: int,
    selected: tuple[int, int] | None,
    sheets: list[str],
    status: str,
) -> LabWindow:
    """Excel (Microsoft 365, German UI, light): the green title bar, the ribbon tabs and the Start tools,
    the Name Box and formula bar, lettered columns and numbered rows (the header row bold on grey),
    the selected cell outlined green, the sheet tabs and the status bar."""
    s = LabWindow("excel", title)
    s.top = _titlebar(s, "#107c41", "#fff", title, 36)
    tabs = "".join(
        f"<span style='margin-right:20px;{'border-bottom:2px solid #107c41;font-weight:bold;' if m == 'Start' else ''}'>"
        f"{s.t(m)}</span>"
        for m in ("Datei", "Start", "Einfügen", "Seitenlayout", "Formeln", "Daten", "Überprüfen", "Ansicht")
    )
    letters = "".join(f"<th style='width:{w}px'>{chr(65 + j)}</th>" for j, (_, w) in enumerate(columns))
    body = ""
    for n, r in enumerate(rows, 1):
        cells = ""
        for j, v in enumerate(r):
            cls = ("n " if j in numeric and n > header_row else "") + (
                "sel" if selected == (n - 1, j) else ""
            )
            style = "font-weight:bold;background:#e2efda;" if n == header_row and v else ""
            style += "font-weight:bold;font-size:17px;" if n == 1 and j == 0 else ""
            cells += f"<td class='{cls}' style='{style}'>{s.t(v) if v else ''}</td>"
        body += f"<tr><th>{n}</th>{cells}</tr>"
    blank = "".join(
        f"<tr><th>{n}</th>{'<td></td>' * len(columns)}</tr>" for n in range(len(rows) + 1, len(rows) + 26)
    )
    sh = "".join(
        f"<span style='padding:4px 18px;{'background:#fff;color:#107c41;font-weight:bold;border-bottom:2px solid #107c41;' if i == 0 else ''}'>"
        f"{s.t(x)}</span>"
        for i, x in enumerate(sheets)
    )
    s.body.append(
        f"<div style='height:30px;line-height:30px;background:#f3f3f3;padding:0 14px;font-size:13px'>{tabs}</div>"
        f"<div style='height:64px;background:#f9f9f9;border-bottom:1px solid #d6d6d6;font-size:13px;padding:10px "
        f"14px;color:#444;display:flex;gap:26px'><span>&#9638;<br>{s.t('Einfügen')}</span><span>Aptos "
        f"&#9662; 11 &#9662;<br><b>F</b> <i>K</i> <u>U</u></span><span>&#8801; &#8801; &#8801;<br>"
        f"{s.t('Ausrichtung')}</span><span>CHF &#9662; %<br>{s.t('Zahl')}</span><span>&#9638;<br>"
        f"{s.t('Bedingte Formatierung')}</span><span>&#8721;<br>{s.t('AutoSumme')}</span></div>"
        f"<div style='height:32px;display:flex;align-items:center;gap:10px;padding:0 8px;border-bottom:1px solid "
        f"#d6d6d6;font-size:14px;background:#fff'><span style='width:100px;border:1px solid #c6c6c6;padding:2px 6px'>"
        f"{s.t(cell)}</span><span style='color:#777'>&#10005; &#10003; <i>fx</i></span><span style='flex:1;"
        f"border-left:1px solid #ddd;padding-left:8px'>{s.t(formula) if formula else ''}</span></div>"
        f"<div style='height:816px;overflow:hidden;background:#fff'><table class='xl' style='border-collapse:"
        f"collapse;table-layout:fixed'><tr><th style='width:46px'></th>{letters}</tr>{body}{blank}</table></div>"
        f"<div style='height:30px;background:#f3f3f3;border-top:1px solid #d6d6d6;font-size:13px;display:flex;"
        f"align-items:center;padding:0 10px;gap:4px'>&#9664; &#9654; {sh} <span style='margin-left:10px'>+</span>"
        f"</div><div style='height:24px;line-height:24px;background:#f3f3f3;font-size:12px;padding:0 14px;"
        f"color:#444;display:flex'><span>{s.t(status)}</span><span style='margin-left:auto'>100 %</span></div>"
    )
    return s


# ------------------------------------------------------------------------------ File Explorer (dark)
def explorer(
    title: str,
    crumbs: list[str],
    nav: list[str],
    columns: list[str],
    rows: list[tuple[str, str, str, str]],
    status: str,
    selected: int = -1,
) -> LabWindow:
    """Windows 11 File Explorer in dark mode (German): the tab with the folder, the command bar (Neu,
    Ausschneiden, Sortieren, Anzeigen), the breadcrumb path and search box, the navigation pane, the
    Details view (name, date modified, type, size) and the status bar."""
    s = LabWindow("explorer", title)
    s.top = (
        f"<div style='height:40px;background:#1c1c1c;display:flex;align-items:flex-end;padding:0 8px'><div "
        f"style='height:32px;line-height:32px;padding:0 16px;min-width:240px;background:#2b2b2b;border-radius:6px "
        f"6px 0 0;color:#fff;font-size:13px'>&#9633; {s.t(title.split(' - ')[0])}</div><span style='margin-left:"
        f"auto;align-self:center;color:#ddd;letter-spacing:18px;font-size:13px'>&#8212;&#9633;&#10005;</span></div>"
    )
    path = " &#8250; ".join(s.t(c) for c in crumbs)
    side = "".join(f"<div style='padding:6px 18px'>{s.t(x)}</div>" for x in nav)
    th = "".join(f"<th class='{'n' if j == 3 else ''}'>{s.t(c)}</th>" for j, c in enumerate(columns))
    tr = "".join(
        f"<tr style='{'background:#0f3a5f;' if i == selected else ''}'>"
        + "".join(f"<td class='{'n' if j == 3 else ''}'>{s.t(v) if v else ''}</td>" for j, v in enumerate(r))
        + "</tr>"
        for i, r in enumerate(rows)
    )
    s.body.append(
        f"<div style='height:46px;background:#2b2b2b;display:flex;align-items:center;gap:24px;padding:0 18px;"
        f"color:#e6e6e6;font-size:14px'><span>&#8853; {s.t('Neu')}</span><span>&#9986;</span><span>&#10697;</span>"
        f"<span>{s.t('Sortieren')} &#9662;</span><span>{s.t('Anzeigen')} &#9662;</span></div><div "
        f"style='height:40px;background:#202020;display:flex;align-items:center;gap:16px;padding:0 14px;"
        f"color:#e6e6e6;font-size:14px'><span>&#8592; &#8594; &#8593; &#8635;</span><span style='flex:1;"
        f"background:#2b2b2b;border-radius:4px;padding:5px 12px'>{path}</span><span style='width:280px;"
        f"background:#2b2b2b;border-radius:4px;padding:5px 12px;color:#9a9a9a'>&#9906; {s.t('Suchen')}</span>"
        f"</div><div style='display:flex;height:876px;background:#191919;color:#e6e6e6'><div style='width:260px;"
        f"border-right:1px solid #2f2f2f;font-size:14px;padding-top:8px'>{side}</div><div style='flex:1'>"
        f"<table class='ex' style='border-collapse:collapse;margin:6px 0 0 10px'><tr>{th}</tr>{tr}</table></div>"
        f"</div><div style='height:30px;line-height:30px;background:#1c1c1c;color:#cfcfcf;font-size:13px;"
        f"padding:0 16px'>{s.t(status)}</div>"
    )
    return s
