"""Window layouts for the tenth held-out QA workday "desk" (bench/qa/day_desk.py): the producer of a small indie
game studio in Stockholm, on a Swedish (sv-SE) Windows 11 with a light taskbar aligned to the left (the clock
written "14:35" over "2026-11-24"). None of the layouts of the other days' screens_*.py is reused: an issue
tracker in Chrome's dark frame (Tasklane: a sprint board with columns of cards, story points and a burndown
strip; an issue page with its details panel and comments), a CI dashboard (Cinder CI, dark: builds as rows with a
coloured edge, a detail panel with failed tests), Discord (dark: the server rail, channels, messages, a thread
panel or the member list), Thunderbird (light: the spaces bar, folders, a card list of messages and the message
pane; its calendar tab with a week grid), Excel (green title bar, ribbon, formula bar, outline brackets and level
buttons, sheet tabs, status bar), a game store's partner analytics (Nimbus Partner: KPI cards, bars and a table
by country), Figma (dark: layers, a canvas with a HUD mock-up, a comments panel), PDF-XChange Editor (ribbon,
bookmarks, a page on grey), a Teams meeting (dark: tiles, controls, the meeting chat), a time-reporting app in
Edge with vertical tabs (Tidvis), an online bank (Mälarbanken: transactions grouped by day), the Windows Weather
app, SJ's ticket pages and SL's journey planner, and P4V (Perforce: the depot tree, changelists, a log pane).
Only the frame around them is shared: screens.Window (title, lines, the taskbar clock and date as truth) and its
process paths in screens.APPS (Discord, Figma, P4V, PDF-XChange and Weather are added with setdefault under keys
no other day uses). Every layout records each line of text it draws, in reading order, so a frame's ground
truth is exact."""

from __future__ import annotations

import html
import zlib
from dataclasses import dataclass

from make_sample import CSS
from screens import APPS, Window

NEW_APPS = {
    "discord": "C:\\Users\\user\\AppData\\Local\\Discord\\app-1.0.9173\\Discord.exe",
    "figma": "C:\\Users\\user\\AppData\\Local\\Figma\\app-125.10.8\\Figma.exe",
    "p4v": "C:\\Program Files\\Perforce\\p4v.exe",
    "pdfxedit": "C:\\Program Files\\Tracker Software\\PDF Editor\\PDFXEdit.exe",
    "msweather": "C:\\Program Files\\WindowsApps\\Microsoft.BingWeather_4.53.61511.0_x64__8wekyb3d8bbwe"
    "\\Microsoft.Msn.Weather.exe",
}
for _key, _path in NEW_APPS.items():
    APPS.setdefault(_key, _path)

DESK_CSS = """
body { font-family: 'Liberation Sans', 'DejaVu Sans', sans-serif; }
.dw { height: 1032px; overflow: hidden; position: relative; }
.tb { position: absolute; top: 1032px; left: 0; width: 1920px; height: 48px; background: #eef0f3; color: #1a1a1a;
      border-top: 1px solid #d6d9de; font-size: 12px; }
.tb .st { position: absolute; left: 10px; top: 9px; display: flex; gap: 8px; align-items: center; }
.tb .st i { width: 28px; height: 28px; border-radius: 6px; display: inline-block; }
.tb .sk { background: #fff; border: 1px solid #cfd3d9; border-radius: 16px; padding: 6px 60px 6px 14px; color: #555;
          font-size: 13px; margin: 0 8px; }
.tb .tr { position: absolute; right: 14px; top: 7px; display: flex; gap: 18px; align-items: center; }
.tb .ck { text-align: right; line-height: 17px; }
.bo td { padding: 0; }
.ci td { padding: 9px 12px; font-size: 13.5px; border-bottom: 1px solid #2c3340; white-space: nowrap; color: #d7dde8; }
.ci th { padding: 8px 12px; font-size: 12px; color: #8b95a7; text-align: left; border-bottom: 1px solid #3a4252;
         white-space: nowrap; font-weight: normal; text-transform: uppercase; letter-spacing: .5px; }
.xl td, .xl th { border: 1px solid #dadada; height: 24px; padding: 0 7px; font-size: 13.5px; white-space: nowrap; }
.xl th { background: #f0f0f0; color: #444; font-weight: normal; font-size: 12.5px; text-align: center; }
.xl td.n { text-align: right; } .xl tr.sub td { font-weight: bold; background: #ddebf7; }
.xl tr.grp td { font-weight: bold; color: #1f4e78; } .xl tr.tot td { font-weight: bold; border-top: 2px solid #333;
  background: #fff2cc; } .xl td.sel { outline: 2px solid #107c41; outline-offset: -2px; }
.nb td { padding: 9px 14px; font-size: 14px; border-bottom: 1px solid #e3e6ea; white-space: nowrap; }
.nb th { padding: 9px 14px; font-size: 12.5px; color: #5c6470; text-align: left; border-bottom: 2px solid #c9ced6;
         white-space: nowrap; } .nb td.n, .nb th.n { text-align: right; }
.tv td { padding: 9px 12px; font-size: 14px; border: 1px solid #e4e1ee; white-space: nowrap; }
.tv th { padding: 8px 12px; font-size: 12.5px; background: #f3f0fb; color: #4a3d7a; border: 1px solid #e4e1ee;
         text-align: center; white-space: nowrap; } .tv td.n { text-align: center; }
.p4 td { padding: 4px 8px; font-size: 13px; border-bottom: 1px solid #e8e8e8; white-space: nowrap; }
.p4 th { padding: 4px 8px; font-size: 12.5px; background: #eaeaea; border: 1px solid #d0d0d0; text-align: left;
         font-weight: normal; white-space: nowrap; }
.pdf td, .pdf th { border: 1px solid #777; padding: 5px 9px; font-size: 13.5px; }
.pdf th { background: #eee; text-align: left; } .pdf td.n { text-align: right; }
"""

APP_ICONS = (
    "#0078d4",
    "#5865f2",
    "#ff7139",
    "#107c41",
    "#1e1e1e",
    "#464eb8",
    "#0f6cbd",
    "#2b6cb0",
    "#1aa260",
)


def iso_date(date: str) -> str:
    """make_days' '24.11.2026' ('eu') -> '2026-11-24', the sv-SE short date."""
    d, m, y = date.split(".")
    return f"{y}-{m}-{d}"


def taskbar_weather(clock: str) -> str:
    """The taskbar's weather: the morning's, then the afternoon's (it changes with the forecast at noon)."""
    return "−2°C Mulet" if clock < "12:00" else "0°C Snöfall"


@dataclass
class DeskWindow(Window):
    """A screens.Window whose app draws its own frame into `top`, over a light Windows 11 taskbar aligned to the
    left (Start, the search box, app icons; the weather, the input language and the clock at the right). make_days
    passes the 'eu' locale's '14:35' and '24.11.2026'; sv-SE Windows writes the date 2026-11-24."""

    top: str = ""
    toast: str = ""

    def page(self, clock: str, date: str) -> str:
        icons = "".join(f"<i style='background:{c}'></i>" for c in APP_ICONS)
        return (
            f"<html><head><meta charset='utf-8'><style>{CSS}{DESK_CSS}</style></head>"
            f"<body><div class='dw'>{self.top}{''.join(self.body)}{self.toast}</div>"
            f"<div class='tb'><div class='st'><i style='background:linear-gradient(135deg,#1e90ff,#0060c0)'></i>"
            f"<span class='sk'>Sök</span>{icons}</div><div class='tr'><span>{html.escape(taskbar_weather(clock))}"
            f"</span><span>SVE</span><div class='ck'>{html.escape(clock)}<br>{html.escape(iso_date(date))}</div>"
            f"</div></div></body></html>"
        )

    def truth_lines(self, clock: str, date: str) -> list[str]:
        return [self.title, *self.lines, "Sök", taskbar_weather(clock), "SVE", clock, iso_date(date)]


def _tint(name: str) -> str:
    """A stable colour for a name's avatar (str hashes change from run to run; crc32 does not)."""
    return f"#{zlib.crc32(name.encode()) % 0x777777 + 0x444444:06x}"


def _controls(color: str) -> str:
    return f"<span style='margin-left:auto;letter-spacing:20px;font-size:12px;color:{color}'>&#8212;&#9633;&#10005;</span>"


# --------------------------------------------------------------------------------------- browser frames
def _chrome(s: DeskWindow, tabs: list[str], url: str) -> None:
    """Chrome in its dark theme: a charcoal tab strip (the first tab active), the toolbar with the omnibox and a
    profile letter; no bookmarks bar."""
    tab = ""
    for i, t in enumerate(tabs):
        label = t if len(t) <= 28 else t[:27].rstrip() + "…"
        on = i == 0
        tab += (
            f"<div style='width:230px;height:32px;line-height:32px;padding:0 12px;font-size:12.5px;white-space:nowrap;"
            f"overflow:hidden;border-radius:9px 9px 0 0;color:{'#e8eaed' if on else '#9aa0a6'};background:"
            f"{'#35363a' if on else 'transparent'}'><span style='display:inline-block;width:10px;height:10px;"
            f"border-radius:5px;background:#8ab4f8;margin-right:8px'></span>{s.t(label)}</div>"
        )
    s.top = (
        f"<div style='height:40px;background:#202124;display:flex;align-items:flex-end;gap:2px;padding:0 8px'>{tab}"
        f"{_controls('#bdc1c6')}</div><div style='height:40px;background:#35363a;display:flex;align-items:center;"
        f"gap:14px;padding:0 14px;font-size:13.5px;color:#e8eaed'><span style='letter-spacing:10px;color:#bdc1c6'>"
        f"&#8592;&#8594;&#8635;</span><div style='flex:1;background:#202124;border-radius:18px;padding:6px 16px'>"
        f"{s.t(url)}</div><span style='width:26px;height:26px;border-radius:13px;background:#c58af9;color:#202124;"
        f"text-align:center;line-height:26px;font-weight:bold'>{s.t('Å')}</span></div>"
    )


def _edge(s: DeskWindow, tabs: list[str], url: str) -> str:
    """Edge (light) with vertical tabs: the toolbar across the top, the tabs in a pane at the left. Returns the
    pane; the caller puts the page beside it."""
    s.top = (
        f"<div style='height:42px;background:#f7f7f7;display:flex;align-items:center;gap:14px;padding:0 12px;"
        f"font-size:13.5px;border-bottom:1px solid #e0e0e0'><span style='letter-spacing:10px;color:#444'>"
        f"&#8592;&#8594;&#8635;</span><div style='flex:1;background:#fff;border:1px solid #d4d4d4;border-radius:4px;"
        f"padding:5px 12px;color:#1b1b1b'>{s.t(url)}</div>{_controls('#333')}</div>"
    )
    rows = "".join(
        f"<div style='padding:8px 12px;margin:2px 6px;border-radius:4px;font-size:12.5px;white-space:nowrap;"
        f"overflow:hidden;{'background:#e5e5e5;font-weight:bold;' if i == 0 else ''}'>{s.t(t)}</div>"
        for i, t in enumerate(tabs)
    )
    return f"<div style='width:210px;background:#f3f3f3;border-right:1px solid #e0e0e0;padding-top:8px'>{rows}</div>"


# ------------------------------------------------------------------------------------------- Tasklane
STATUS_COLOR = {
    "TO DO": ("#dfe1e6", "#42526e"),
    "IN PROGRESS": ("#deebff", "#0747a6"),
    "IN REVIEW": ("#eae6ff", "#403294"),
    "DONE": ("#e3fcef", "#006644"),
}
TYPE_COLOR = {"Story": "#36b37e", "Bug": "#e5493a", "Task": "#4bade8"}


def _tasklane(s: DeskWindow, project: str, active: str, inner: str) -> None:
    nav = "".join(
        f"<div style='padding:8px 16px;font-size:13.5px;border-radius:4px;margin:1px 8px;"
        f"{'background:#e9f2ff;color:#0c66e4;font-weight:bold;' if n == active else 'color:#44546f;'}'>{s.t(n)}</div>"
        for n in ("Backlog", "Board", "Reports", "Releases", "Issues", "Pages")
    )
    s.body.append(
        f"<div style='height:48px;background:#fff;border-bottom:1px solid #dfe1e6;display:flex;align-items:center;"
        f"gap:22px;padding:0 18px;font-size:14px;color:#44546f'><b style='color:#2e5bff;font-size:18px'>"
        f"{s.t('tasklane')}</b><span>{s.t('Your work')}</span><span>{s.t('Projects')}</span><span>"
        f"{s.t('Filters')}</span><span>{s.t('Dashboards')}</span><span style='background:#2e5bff;color:#fff;"
        f"border-radius:4px;padding:5px 12px'>{s.t('Create')}</span><span style='margin-left:auto;border:1px solid "
        f"#c1c7d0;border-radius:4px;padding:5px 80px 5px 10px'>{s.t('Search')}</span></div><div style='display:flex;"
        f"height:904px;background:#fff'><div style='width:230px;background:#f7f8f9;border-right:1px solid #dfe1e6;"
        f"padding-top:14px'><div style='padding:4px 16px 14px;font-size:14px;font-weight:bold'>{s.t(project)}</div>"
        f"{nav}</div><div style='flex:1;padding:18px 26px;overflow:hidden'>{inner}</div></div>"
    )


def tasklane_board(
    title: str,
    tabs: list[str],
    crumbs: str,
    sprint: str,
    burndown: list[tuple[str, str]],
    columns: list[str],
    cards: list[tuple[str, str, str, str, str, str]],
) -> DeskWindow:
    """The sprint board: crumbs, the sprint's name and dates, a strip of burndown figures, then one column per
    status with cards (summary, type, key, story points, the assignee's initials or 'Unassigned')."""
    s = DeskWindow("chrome", title)
    _chrome(s, tabs, "https://nordljus.tasklane.io/projects/FROST/board?sprint=14")
    head = (
        f"<div style='font-size:12.5px;color:#626f86'>{s.t(crumbs)}</div><div style='display:flex;align-items:"
        f"flex-end;gap:18px;margin:6px 0 12px'><span style='font-size:22px;font-weight:bold;color:#172b4d'>"
        f"{s.t(sprint)}</span></div>"
    )
    strip = "".join(
        f"<div style='border:1px solid #dfe1e6;border-radius:6px;padding:7px 14px;margin-right:10px'><div style='"
        f"font-size:11.5px;color:#626f86'>{s.t(k)}</div><div style='font-size:18px;font-weight:bold;color:#172b4d'>"
        f"{s.t(v)}</div></div>"
        for k, v in burndown
    )
    cols = ""
    for col in columns:
        mine = [c for c in cards if c[5] == col]
        bg, fg = STATUS_COLOR[col]
        body = ""
        for key, summary, kind, points, who, _ in mine:
            body += (
                f"<div style='background:#fff;border-radius:4px;box-shadow:0 1px 2px #091e4240;padding:10px 12px;"
                f"margin-bottom:8px'><div style='font-size:13.5px;color:#172b4d;line-height:18px'>{s.t(summary)}"
                f"</div><div style='display:flex;align-items:center;gap:8px;margin-top:9px;font-size:12px'><span "
                f"style='width:12px;height:12px;border-radius:2px;background:{TYPE_COLOR[kind]}'></span><span style='"
                f"color:#626f86'>{s.t(kind)}</span><span style='color:#44546f;font-weight:bold'>{s.t(key)}</span>"
                f"<span style='margin-left:auto;background:#dfe1e6;border-radius:9px;padding:1px 7px'>{s.t(points)}"
                f"</span><span style='background:{'#c1c7d0' if who == 'Unassigned' else '#6554c0'};color:#fff;"
                f"border-radius:10px;padding:2px 7px'>{s.t(who)}</span></div></div>"
            )
        cols += (
            f"<div style='flex:1;background:#f7f8f9;border-radius:6px;padding:8px;min-height:600px'><div style='"
            f"padding:4px 4px 10px;font-size:12px;font-weight:bold'><span style='background:{bg};color:{fg};"
            f"border-radius:3px;padding:2px 6px'>{s.t(col)}</span> <span style='color:#626f86'>{s.t(str(len(mine)))}"
            f"</span></div>{body}</div>"
        )
    _tasklane(
        s,
        "Frostvakt (FROST)",
        "Board",
        f"{head}<div style='display:flex;margin-bottom:14px'>{strip}</div><div style='display:flex;gap:10px'>"
        f"{cols}</div>",
    )
    return s


def tasklane_issue(
    title: str,
    tabs: list[str],
    key: str,
    summary: str,
    status: str,
    description: list[str],
    comments: list[tuple[str, str, str]],
    details: list[tuple[str, str]],
    footer: list[str],
) -> DeskWindow:
    """An issue page: the key and summary, the status button, the description and the comments at the left;
    the details panel (assignee, reporter, points, versions...) at the right."""
    s = DeskWindow("chrome", title)
    _chrome(s, tabs, f"https://nordljus.tasklane.io/browse/{key}")
    bg, fg = STATUS_COLOR[status]
    desc = "".join(
        f"<p style='font-size:14px;line-height:21px;margin:6px 0'>{s.t(d)}</p>" for d in description
    )
    com = "".join(
        f"<div style='display:flex;gap:12px;margin:14px 0'><span style='width:32px;height:32px;border-radius:16px;"
        f"background:#8777d9;flex:none'></span><div><div style='font-size:13px'><b>{s.t(who)}</b> <span style='"
        f"color:#626f86'>{s.t(when)}</span></div><div style='font-size:14px;margin-top:4px;line-height:20px'>"
        f"{s.t(text)}</div></div></div>"
        for who, when, text in comments
    )
    det = "".join(
        f"<div style='display:flex;padding:7px 0;font-size:13.5px'><span style='width:140px;color:#626f86'>"
        f"{s.t(k)}</span><span style='color:#172b4d'>{s.t(v)}</span></div>"
        for k, v in details
    )
    foot = "".join(f"<div style='font-size:12px;color:#626f86;margin-top:4px'>{s.t(f)}</div>" for f in footer)
    _tasklane(
        s,
        "Frostvakt (FROST)",
        "Issues",
        f"<div style='font-size:12.5px;color:#626f86'>{s.t('Projects / Frostvakt / ' + key)}</div><div style='"
        f"display:flex;gap:34px;margin-top:8px'><div style='flex:1'><div style='font-size:23px;font-weight:bold;"
        f"color:#172b4d;line-height:30px'>{s.t(summary)}</div><div style='font-size:14px;font-weight:bold;margin:18px "
        f"0 4px'>{s.t('Description')}</div>{desc}<div style='font-size:14px;font-weight:bold;margin:20px 0 4px'>"
        f"{s.t('Activity')}</div>{com}</div><div style='width:420px'><span style='background:{bg};color:{fg};"
        f"border-radius:3px;padding:7px 12px;font-size:13.5px;font-weight:bold'>{s.t(status)}</span><div style='"
        f"border:1px solid #dfe1e6;border-radius:6px;padding:10px 16px;margin-top:16px'><div style='font-size:14px;"
        f"font-weight:bold;margin-bottom:4px'>{s.t('Details')}</div>{det}</div>{foot}</div></div>",
    )
    return s


# ------------------------------------------------------------------------------------------ Cinder CI
def cinder(
    title: str,
    tabs: list[str],
    pipeline: str,
    head: list[str],
    builds: list[list[str]],
    detail_title: str,
    detail: list[str],
) -> DeskWindow:
    """Cinder CI (dark): the pipeline header, builds as rows with a coloured left edge by state, and a panel
    with the selected build's failed tests or artifacts."""
    s = DeskWindow("chrome", title, theme="dark")
    _chrome(s, tabs, "https://ci.nordljus.se/pipelines/frostvakt-win64")
    edge = {"Passed": "#2fbf71", "Failed": "#f2545b", "Running": "#f5b83d"}
    table = "<table class='ci' style='width:100%;border-collapse:collapse'><tr><th></th>" + "".join(
        f"<th>{s.t(h)}</th>" for h in head
    )
    table += "</tr>"
    for b in builds:
        state = b[-1]
        table += f"<tr><td style='width:4px;padding:0;background:{edge[state]}'></td>"
        for h, c in zip(head, b):
            style = f"color:{edge[c]};font-weight:bold;" if h == "State" else ""
            style += "font-weight:bold;" if h == "Build" else ""
            table += f"<td style='{style}'>{s.t(c)}</td>"
        table += "</tr>"
    table += "</table>"
    det = "".join(
        f"<div style='font-family:DejaVu Sans Mono,monospace;font-size:13px;padding:6px 0;border-bottom:1px solid "
        f"#2c3340;color:#d7dde8'>{s.t(d)}</div>"
        for d in detail
    )
    nav = "".join(
        f"<div style='padding:9px 18px;font-size:13.5px;{'color:#fff;background:#273043;' if n == 'Pipelines' else 'color:#8b95a7;'}'>"
        f"{s.t(n)}</div>"
        for n in ("Dashboard", "Pipelines", "Agents", "Artifacts", "Settings")
    )
    s.body.append(
        f"<div style='display:flex;height:952px;background:#161b24'><div style='width:190px;background:#10141b;"
        f"padding-top:14px'><div style='padding:6px 18px 18px;color:#ff8a3d;font-size:19px;font-weight:bold'>"
        f"{s.t('Cinder CI')}</div>{nav}</div><div style='flex:1;padding:20px 28px;overflow:hidden'><div style='"
        f"color:#fff;font-size:21px;font-weight:bold'>{s.t(pipeline)}</div><div style='color:#8b95a7;font-size:"
        f"13px;margin:4px 0 16px'>{s.t('Agents: 3 online · Queue: 0 · Default branch: main')}</div>{table}</div>"
        f"<div style='width:520px;background:#1c222d;padding:20px 22px;border-left:1px solid #2c3340'><div style='"
        f"color:#fff;font-size:16px;font-weight:bold;margin-bottom:10px'>{s.t(detail_title)}</div>{det}</div></div>"
    )
    return s


# -------------------------------------------------------------------------------------------- Discord
def discord(
    title: str,
    channels: list[tuple[str, str]],
    channel: str,
    topic: str,
    messages: list[tuple[str, str, str, str]],
    side: tuple[str, list[tuple[str, str, str, str]]] | None,
    members: list[tuple[str, list[str]]],
    composer: str,
) -> DeskWindow:
    """Discord (dark): the server rail, the channel list (text and voice), the channel's messages (author
    coloured, a BOT tag, the time), then either a thread panel or the member list."""
    s = DeskWindow("discord", title, theme="dark")
    s.top = (
        f"<div style='height:24px;background:#1e1f22;color:#949ba4;font-size:12px;display:flex;align-items:center;"
        f"padding:0 10px'><b>{s.t('Discord')}</b>{_controls('#949ba4')}</div>"
    )
    rail = "".join(
        f"<div style='width:48px;height:48px;border-radius:{'16px' if i == 1 else '24px'};background:{c};margin:8px "
        f"12px'></div>"
        for i, c in enumerate(("#5865f2", "#2d7d9a", "#3ba55d", "#eb459e"))
    )
    chan = ""
    for kind, name in channels:
        on = name == channel
        mark = "#" if kind == "text" else "&#9836;"
        chan += (
            f"<div style='padding:6px 10px;margin:1px 8px;border-radius:4px;font-size:15px;"
            f"{'background:#404249;color:#fff;' if on else 'color:#949ba4;'}'>{mark} {s.t(name)}</div>"
        )
    colors = {"BOT": "#5865f2"}
    msgs = ""
    for who, tag, when, text in messages:
        badge = (
            f" <span style='background:{colors.get(tag, '#5865f2')};color:#fff;font-size:10.5px;border-radius:3px;"
            f"padding:1px 4px'>{s.t(tag)}</span>"
            if tag
            else ""
        )
        msgs += (
            f"<div style='display:flex;gap:14px;margin:14px 0'><span style='width:40px;height:40px;border-radius:20px;"
            f"background:{_tint(who)};flex:none'></span><div><div style='font-size:15px'>"
            f"<b style='color:#f2f3f5'>{s.t(who)}</b>{badge} <span style='color:#949ba4;font-size:12px'>{s.t(when)}"
            f"</span></div><div style='color:#dbdee1;font-size:15px;margin-top:3px;line-height:21px'>{s.t(text)}"
            f"</div></div></div>"
        )
    if side is not None:
        name, thread = side
        tm = "".join(
            f"<div style='margin:12px 0'><div style='font-size:13.5px'><b style='color:#f2f3f5'>{s.t(who)}</b> <span "
            f"style='color:#949ba4;font-size:11.5px'>{s.t(when)}</span></div><div style='color:#dbdee1;font-size:14px;"
            f"margin-top:3px;line-height:19px'>{s.t(text)}</div></div>"
            for who, _, when, text in thread
        )
        right = (
            f"<div style='width:440px;background:#2b2d31;padding:14px 18px;overflow:hidden'><div style='color:#f2f3f5;"
            f"font-size:15px;font-weight:bold;border-bottom:1px solid #1e1f22;padding-bottom:10px'>{s.t('Tråd')}: "
            f"{s.t(name)}</div>{tm}</div>"
        )
    else:
        right = "<div style='width:240px;background:#2b2d31;padding:14px 16px;overflow:hidden'>"
        for group, names in members:
            right += f"<div style='color:#949ba4;font-size:12px;font-weight:bold;margin:12px 0 6px'>{s.t(group)}</div>"
            right += "".join(
                f"<div style='color:#dbdee1;font-size:14.5px;padding:5px 0'><span style='display:inline-block;"
                f"width:28px;height:28px;border-radius:14px;background:#4e5058;vertical-align:middle;margin-right:8px'>"
                f"</span>{s.t(n)}</div>"
                for n in names
            )
        right += "</div>"
    s.body.append(
        f"<div style='display:flex;height:1008px;background:#313338'><div style='width:72px;background:#1e1f22;"
        f"padding-top:4px'>{rail}</div><div style='width:240px;background:#2b2d31'><div style='height:48px;"
        f"border-bottom:1px solid #1e1f22;color:#f2f3f5;font-weight:bold;font-size:15px;padding:14px 16px'>"
        f"{s.t('Nordljus Spel')}</div><div style='padding-top:10px'>{chan}</div></div><div style='flex:1;display:flex;"
        f"flex-direction:column'><div style='height:48px;border-bottom:1px solid #26282c;color:#f2f3f5;font-size:15px;"
        f"padding:14px 18px'><b># {s.t(channel)}</b> <span style='color:#949ba4;font-size:13px;margin-left:12px'>"
        f"{s.t(topic)}</span></div><div style='flex:1;padding:0 20px;overflow:hidden;display:flex;flex-direction:"
        f"column;justify-content:flex-end'>{msgs}</div><div style='margin:0 18px 22px;background:#383a40;border-radius:"
        f"8px;padding:12px 16px;color:#949ba4;font-size:15px'>{s.t(composer)}</div></div>{right}</div>"
    )
    return s


# ----------------------------------------------------------------------------------------- Thunderbird
def _thunderbird(s: DeskWindow, active: int) -> None:
    """Thunderbird's tab bar (Inkorg, Kalender; `active` in white), the unified toolbar and the spaces bar."""
    tab = "".join(
        f"<div style='padding:8px 18px;font-size:13px;border-radius:6px 6px 0 0;{'background:#fff;' if i == active else 'color:#555;'}'>"
        f"{s.t(t)}</div>"
        for i, t in enumerate(("Inkorg", "Kalender"))
    )
    s.top = (
        f"<div style='height:38px;background:#dcdde3;display:flex;align-items:flex-end;padding:0 10px;gap:4px'>{tab}"
        f"{_controls('#333')}</div><div style='height:44px;background:#fff;border-bottom:1px solid #d7d7db;display:"
        f"flex;align-items:center;gap:18px;padding:0 16px 0 70px;font-size:13.5px'><span style='background:#0060df;"
        f"color:#fff;border-radius:4px;padding:6px 14px'>{s.t('+ Nytt meddelande')}</span><span>"
        f"{s.t('Hämta meddelanden')}</span><span style='margin-left:60px;background:#f0f0f4;border-radius:4px;"
        f"padding:6px 200px 6px 12px;color:#666'>{s.t('Sök…')}</span></div>"
    )
    spaces = "".join(
        f"<div style='width:32px;height:32px;border-radius:6px;margin:12px auto;background:{'#0060df' if i == active else '#c8c8d0'}'>"
        f"</div>"
        for i in range(5)
    )
    s.body.append(
        f"<div style='position:absolute;left:0;top:82px;width:52px;height:950px;background:#ececf0;border-right:1px "
        f"solid #d7d7db'>{spaces}</div>"
    )


def thunderbird(
    title: str,
    folders: list[tuple[str, str]],
    items: list[tuple[str, str, str, bool]],
    selected: int | None,
    message: dict | None,
) -> DeskWindow:
    """Thunderbird 128 (light): the spaces bar, the folder pane with unread counts, the message list as cards
    (sender and date on one line, the subject under it) and the message pane: a header block (Från, Till,
    Ämne, Datum) above the body."""
    s = DeskWindow("thunderbird", title)
    _thunderbird(s, 0)
    fl = "".join(
        f"<div style='display:flex;padding:6px 14px 6px {30 if i == 1 else 14}px;font-size:13.5px;"
        f"{'background:#cfe4ff;font-weight:bold;' if i == 0 else ''}'><span>{s.t(n)}</span><span style='margin-left:"
        f"auto;font-weight:bold;color:#0060df'>{s.t(c) if c else ''}</span></div>"
        for i, (n, c) in enumerate(folders)
    )
    cards = ""
    for i, (who, subject, when, unread) in enumerate(items):
        bg = "#0060df" if i == selected else "#fff"
        fg = "#fff" if i == selected else "#1b1b1b"
        cards += (
            f"<div style='padding:9px 14px;border-bottom:1px solid #e3e3e8;background:{bg};color:{fg}'><div style='"
            f"display:flex;font-size:13.5px;{'font-weight:bold;' if unread else ''}'><span>{s.t(who)}</span><span "
            f"style='margin-left:auto;font-size:12.5px'>{s.t(when)}</span></div><div style='font-size:13px;margin-top:"
            f"3px;white-space:nowrap;overflow:hidden;{'font-weight:bold;' if unread else ''}'>{s.t(subject)}</div>"
            f"</div>"
        )
    if message is None:
        pane = (
            f"<div style='flex:1;display:flex;align-items:center;justify-content:center;color:#888;font-size:15px'>"
            f"{s.t('Inget meddelande markerat')}</div>"
        )
    else:
        hdr = "".join(
            f"<div style='display:flex;font-size:13.5px;padding:2px 0'><span style='width:64px;color:#666'>{s.t(k)}"
            f"</span><span>{s.t(v)}</span></div>"
            for k, v in (("Från", message["from"]), ("Till", message["to"]), ("Ämne", message["subject"]))
        )
        body = "".join(
            f"<div style='font-size:14.5px;line-height:22px;min-height:22px'>{s.t(line) if line else ''}</div>"
            for line in message["body"]
        )
        pane = (
            f"<div style='flex:1;background:#fff;overflow:hidden'><div style='background:#f5f5f7;border-bottom:1px "
            f"solid #e3e3e8;padding:12px 20px;display:flex'><div style='flex:1'>{hdr}</div><div style='font-size:"
            f"12.5px;color:#555'>{s.t(message['date'])}</div></div><div style='padding:18px 24px'>{body}</div></div>"
        )
    s.body.append(
        f"<div style='display:flex;height:950px;margin-left:52px;background:#fff'><div style='width:230px;background:"
        f"#f7f7fa;border-right:1px solid #d7d7db;padding-top:10px'><div style='padding:4px 14px 8px;font-size:12.5px;"
        f"color:#555'>{s.t('asa.lindqvist@nordljus.se')}</div>{fl}</div><div style='width:470px;border-right:1px "
        f"solid #d7d7db;overflow:hidden'>{cards}</div>{pane}</div>"
    )
    return s


def tb_calendar(
    title: str,
    week: str,
    days: list[str],
    events: list[tuple[int, str, str, str, str]],
    agenda: list[str],
) -> DeskWindow:
    """Thunderbird's calendar tab: a mini agenda at the left, the week grid (hours 08-17) with events placed by
    day and time (start-end, title, place)."""
    s = DeskWindow("thunderbird", title)
    _thunderbird(s, 1)
    hour_px, top_h = 72, 7

    def y(hhmm: str) -> int:
        h, m = (int(x) for x in hhmm.split(":"))
        return int((h - top_h + m / 60) * hour_px)

    head = "".join(
        f"<div style='width:311px;padding:8px;font-size:13.5px;border-left:1px solid #e0e0e6;{'color:#0060df;font-weight:bold;' if i == 1 else ''}'>"
        f"{s.t(d)}</div>"
        for i, d in enumerate(days)
    )
    hours = "".join(
        f"<div style='position:absolute;left:0;top:{(h - top_h) * hour_px}px;width:100%;border-top:1px solid #ececf0;"
        f"font-size:11.5px;color:#777;padding-left:6px'>{s.t(f'{h:02d}:00')}</div>"
        for h in range(top_h, 18)
    )
    col_w = 311
    ev = ""
    for day, start, end, what, where in events:
        top, bottom = y(start), y(end)
        ev += (
            f"<div style='position:absolute;left:{60 + day * col_w + 4}px;top:{top}px;width:{col_w - 10}px;height:"
            f"{max(bottom - top, 22)}px;background:#d4e5ff;border-left:3px solid #0060df;border-radius:3px;padding:2px "
            f"6px;font-size:12px;overflow:hidden;line-height:15px'><b>{s.t(f'{start}–{end}')}</b> {s.t(what)}"
            + (f"<br><span style='color:#555'>{s.t(where)}</span>" if where and bottom - top >= 30 else "")
            + "</div>"
        )
    ag = "".join(
        f"<div style='font-size:13px;padding:5px 0;border-bottom:1px solid #e3e3e8'>{s.t(a)}</div>"
        for a in agenda
    )
    s.body.append(
        f"<div style='display:flex;height:950px;margin-left:52px;background:#fff'><div style='width:250px;background:"
        f"#f7f7fa;border-right:1px solid #d7d7db;padding:14px'><div style='font-size:15px;font-weight:bold;margin-"
        f"bottom:8px'>{s.t(week)}</div><div style='font-size:12.5px;color:#555;margin:10px 0 4px'>{s.t('Idag')}"
        f"</div>{ag}</div><div style='flex:1;overflow:hidden'><div style='display:flex;padding-left:60px;"
        f"border-bottom:1px solid #d7d7db'>{head}</div><div style='position:relative;height:900px'>{hours}{ev}</div>"
        f"</div></div>"
    )
    return s


# ---------------------------------------------------------------------------------------------- Excel
def excel(
    title: str,
    cell: str,
    value: str,
    header: list[str],
    rows: list[tuple[str, int, list[str]]],
    sheets: list[str],
    active: int,
    sel: tuple[int, int] | None,
    status: str,
    numeric_from: int,
) -> DeskWindow:
    """Excel (light, a green title bar): the ribbon's tabs and groups, the name box and formula bar, the grid
    with the outline level buttons (1 2) and group brackets at the left (kinds 'grp' heading, 'row', 'sub'
    subtotal, 'tot' total), the sheet tabs and the status bar."""
    s = DeskWindow("excel", title)
    s.top = (
        f"<div style='height:34px;background:#107c41;color:#fff;display:flex;align-items:center;padding:0 14px;"
        f"font-size:13px'><span style='margin-right:18px'>{s.t('Spara automatiskt')}</span><span style='margin-left:"
        f"520px'>{s.t(title)}</span>{_controls('#fff')}</div>"
    )
    ribbon = "".join(
        f"<span style='{'border-bottom:3px solid #107c41;font-weight:bold;' if t == 'Start' else ''}padding-bottom:5px'>"
        f"{s.t(t)}</span>"
        for t in (
            "Arkiv",
            "Start",
            "Infoga",
            "Rita",
            "Sidlayout",
            "Formler",
            "Data",
            "Granska",
            "Visa",
            "Hjälp",
        )
    )
    groups = "".join(
        f"<div style='padding:0 22px;border-right:1px solid #dcdcdc;height:70px;display:flex;align-items:flex-end;"
        f"font-size:11.5px;color:#555'>{s.t(g)}</div>"
        for g in ("Urklipp", "Tecken", "Justering", "Tal", "Format", "Celler", "Redigering")
    )
    letters = "ABCDEFGH"[: len(header)]
    grid = (
        "<table class='xl' style='border-collapse:collapse;background:#fff'><tr><th style='width:44px'></th>"
    )
    grid += "".join(f"<th style='min-width:{90 if x != 'B' else 260}px'>{x}</th>" for x in letters) + "</tr>"
    grid += "<tr><th>1</th>" + "".join(
        f"<td style='font-weight:bold;background:#e2efda'>{s.t(h)}</td>" for h in header
    )
    grid += "</tr>"
    brackets = "<div style='height:49px'></div>"
    for ri, (kind, n, cells) in enumerate(rows):
        grid += f"<tr class='{kind}'><th>{n}</th>"
        for ci, c in enumerate(cells):
            cls = "n" if ci >= numeric_from and c else ""
            if sel == (ri, ci):
                cls += " sel"
            grid += f"<td class='{cls}'>{s.t(c) if c else ''}</td>"
        grid += "</tr>"
        line = "border-left:2px solid #777;" if kind == "row" else ""
        dash = "&#8212;" if kind == "sub" else ""
        brackets += f"<div style='height:25px;margin-left:14px;{line}font-size:10px;color:#777'>{dash}</div>"
    grid += "</table>"
    tabs = "".join(
        f"<span style='padding:6px 18px;font-size:13px;{'background:#fff;color:#107c41;font-weight:bold;border-bottom:3px solid #107c41;' if i == active else ''}'>"
        f"{s.t(t)}</span>"
        for i, t in enumerate(sheets)
    )
    s.body.append(
        f"<div style='height:34px;background:#f3f3f3;display:flex;gap:22px;align-items:flex-end;padding:0 18px;"
        f"font-size:13.5px'>{ribbon}</div><div style='height:78px;background:#f9f9f9;border-bottom:1px solid #dcdcdc;"
        f"display:flex;padding:4px 0'>{groups}</div><div style='height:30px;display:flex;align-items:center;"
        f"border-bottom:1px solid #dcdcdc;font-size:13.5px;background:#fff'><span style='width:110px;padding-left:"
        f"10px;border-right:1px solid #dcdcdc'>{s.t(cell)}</span><span style='color:#777;width:40px;text-align:"
        f"center;font-style:italic'>fx</span><span>{s.t(value)}</span></div><div style='display:flex;height:800px;"
        f"background:#fff;overflow:hidden'><div style='width:34px;background:#f3f3f3;border-right:1px solid "
        f"#dcdcdc;font-size:11px'><div style='display:flex;gap:3px;padding:4px'><span style='border:1px solid #999;"
        f"padding:0 3px'>1</span><span style='border:1px solid #999;padding:0 3px'>2</span></div>{brackets}</div>"
        f"<div style='flex:1'>{grid}</div></div><div style='height:32px;background:#f3f3f3;border-top:1px solid "
        f"#dcdcdc;display:flex;align-items:flex-end;padding-left:60px'>{tabs}</div><div style='height:24px;"
        f"background:#107c41;color:#fff;font-size:12px;display:flex;align-items:center;padding:0 14px'><span>"
        f"{s.t(status)}</span><span style='margin-left:auto'>{s.t('100 %')}</span></div>"
    )
    return s


# ---------------------------------------------------------------------------------------- Nimbus Partner
def nimbus(
    title: str,
    tabs: list[str],
    app: str,
    updated: str,
    kpis: list[tuple[str, str]],
    head: list[str],
    rows: list[list[str]],
    bars: list[tuple[str, int]],
    foot: str,
) -> DeskWindow:
    """Nimbus Partner (a game store's partner site): a charcoal header with its sections, the app's name and
    when the data was updated, KPI cards, horizontal bars of the week's adds by country and the country table."""
    s = DeskWindow("chrome", title)
    _chrome(s, tabs, "https://partner.nimbusstore.com/apps/2291840/wishlists")
    nav = "".join(
        f"<span style='{'color:#fff;border-bottom:2px solid #6fc3ff;padding-bottom:14px;' if n == 'Wishlists' else ''}'>{s.t(n)}</span>"
        for n in (
            "Home",
            "Apps & Packages",
            "Sales & Activations",
            "Wishlists",
            "Payments",
            "Users & Permissions",
        )
    )
    kp = "".join(
        f"<div style='flex:1;background:#fff;border:1px solid #dde1e6;border-radius:6px;padding:12px 16px'><div style='"
        f"font-size:12.5px;color:#5c6470'>{s.t(k)}</div><div style='font-size:24px;font-weight:bold;margin-top:4px'>"
        f"{s.t(v)}</div></div>"
        for k, v in kpis
    )
    top = max(v for _, v in bars)
    br = "".join(
        f"<div style='display:flex;align-items:center;gap:10px;margin:5px 0;font-size:12.5px'><span style='width:120px'>"
        f"{s.t(k)}</span><span style='height:14px;width:{int(300 * v / top)}px;background:#3d8fd6'></span></div>"
        for k, v in bars
    )
    table = "<table class='nb' style='width:100%;border-collapse:collapse;background:#fff'><tr>" + "".join(
        f"<th class='{'n' if i else ''}'>{s.t(h)}</th>" for i, h in enumerate(head)
    )
    table += "</tr>" + "".join(
        "<tr>" + "".join(f"<td class='{'n' if i else ''}'>{s.t(c)}</td>" for i, c in enumerate(r)) + "</tr>"
        for r in rows
    )
    table += "</table>"
    s.body.append(
        f"<div style='height:52px;background:#23262e;color:#aab2bd;display:flex;align-items:center;gap:26px;padding:"
        f"0 26px;font-size:14px'><b style='color:#6fc3ff;font-size:19px'>{s.t('nimbus partner')}</b>{nav}</div><div "
        f"style='background:#eef1f4;height:900px;padding:18px 30px'><div style='display:flex;align-items:baseline;"
        f"gap:16px'><span style='font-size:22px;font-weight:bold'>{s.t(app)}</span><span style='font-size:13px;color:"
        f"#5c6470'>{s.t(updated)}</span></div><div style='display:flex;gap:14px;margin:14px 0'>{kp}</div><div style='"
        f"display:flex;gap:18px'><div style='flex:1'>{table}<div style='font-size:12.5px;color:#5c6470;margin-top:"
        f"10px'>{s.t(foot)}</div></div><div style='width:460px;background:#fff;border:1px solid #dde1e6;border-radius:"
        f"6px;padding:12px 16px'><div style='font-size:14px;font-weight:bold;margin-bottom:8px'>"
        f"{s.t('Adds by country, last 7 days')}</div>{br}</div></div></div>"
    )
    return s


# ---------------------------------------------------------------------------------------------- Figma
def figma(
    title: str,
    file: str,
    layers: list[str],
    selected: str,
    canvas: list[tuple[str, int, int, int, str]],
    props: list[tuple[str, str]],
    comments: list[tuple[str, str, str, str, bool]],
    bar: int,
) -> DeskWindow:
    """Figma desktop (dark): the toolbar with the file's name, the layers panel, the grey canvas with a frame
    (texts placed at x, y with a size and colour, the stamina bar drawn at half its width) and numbered comment
    pins, then the comments panel (number, author, time, text, resolved) over the selected layer's size."""
    s = DeskWindow("figma", title, theme="dark")
    s.top = (
        f"<div style='height:48px;background:#2c2c2c;color:#fff;display:flex;align-items:center;gap:18px;padding:0 "
        f"14px;font-size:13px;border-bottom:1px solid #444'><span style='width:24px;height:24px;border-radius:6px;"
        f"background:linear-gradient(135deg,#f24e1e,#a259ff)'></span><span>{s.t('Move')}</span><span>{s.t('Frame')}"
        f"</span><span>{s.t('Text')}</span><span>{s.t('Comment')}</span><span style='margin-left:400px'>{s.t(file)}"
        f"</span><span style='margin-left:auto;background:#0d99ff;border-radius:5px;padding:5px 12px'>{s.t('Share')}"
        f"</span>{_controls('#ccc')}</div>"
    )
    ly = "".join(
        f"<div style='padding:6px 16px;font-size:12.5px;{'background:#0d99ff33;color:#fff;' if l == selected else 'color:#ccc;'}'>"
        f"{s.t(l)}</div>"
        for l in layers
    )
    cv = "".join(
        f"<div style='position:absolute;left:{x}px;top:{y}px;font-size:{size}px;color:{col};font-weight:bold;"
        f"white-space:nowrap'>{s.t(text)}</div>"
        for text, x, y, size, col in canvas
    )
    cv += (
        f"<div style='position:absolute;left:40px;top:482px;width:{bar // 2}px;height:9px;background:#62c370;"
        f"border-radius:4px'></div>"
    )
    pins = "".join(
        f"<div style='position:absolute;left:{190 + 120 * i}px;top:{130 + 70 * (i % 3)}px;width:26px;height:26px;"
        f"border-radius:13px 13px 13px 0;background:{'#777' if done else '#f24822'};color:#fff;font-size:12px;"
        f"text-align:center;line-height:26px'>{s.t(n)}</div>"
        for i, (n, _, _, _, done) in enumerate(comments)
    )
    cm = "".join(
        f"<div style='padding:12px 14px;border-bottom:1px solid #3a3a3a;{'opacity:.6;' if done else ''}'><div style='"
        f"display:flex;font-size:12.5px;color:#ccc'><b style='color:#fff;margin-right:6px'>{s.t('#' + n)}</b><b style="
        f"'color:#fff'>{s.t(who)}</b><span style='margin-left:auto'>{s.t(when)}</span></div><div style='font-size:13px;"
        f"color:#eee;margin-top:5px;line-height:18px'>{s.t(text)}</div>"
        + (
            f"<div style='font-size:11.5px;color:#14ae5c;margin-top:4px'>{s.t('Resolved')}</div>"
            if done
            else ""
        )
        + "</div>"
        for n, who, when, text, done in comments
    )
    pr = "".join(
        f"<span style='margin-right:18px'><span style='color:#999'>{s.t(k)}</span> {s.t(v)}</span>"
        for k, v in props
    )
    s.body.append(
        f"<div style='display:flex;height:984px;background:#1e1e1e'><div style='width:240px;background:#2c2c2c;"
        f"border-right:1px solid #444;padding-top:10px'><div style='padding:6px 16px;font-size:12px;color:#999'>"
        f"{s.t('Layers')}</div>{ly}</div><div style='flex:1;position:relative;overflow:hidden'><div style='position:"
        f"absolute;left:90px;top:90px;font-size:12px;color:#999'>{s.t('HUD / Default')}</div><div style='position:"
        f"absolute;left:90px;top:110px;width:960px;height:540px;background:#3b4a57;overflow:hidden'>{cv}</div>{pins}"
        f"</div><div style='width:330px;background:#2c2c2c;border-left:1px solid #444'><div style='padding:12px 14px;"
        f"font-size:13px;color:#fff;font-weight:bold;border-bottom:1px solid #3a3a3a'>{s.t('Comments')}</div>{cm}<div "
        f"style='padding:12px 14px;font-size:12.5px;color:#eee'><div style='color:#999;margin-bottom:6px'>"
        f"{s.t(selected)}</div>{pr}</div></div></div>"
    )
    return s


# --------------------------------------------------------------------------------------- PDF-XChange
def pdfx(
    title: str,
    bookmarks: list[str],
    current: str,
    blocks: list[tuple[str, object]],
    page: str,
) -> DeskWindow:
    """PDF-XChange Editor (light): its ribbon, the bookmarks pane, a page on grey made of blocks ('h' heading,
    'p' paragraph, 't' a table as (header, rows)) and the status bar with the page number."""
    s = DeskWindow("pdfxedit", title)
    s.top = (
        f"<div style='height:32px;background:#fbfbfb;display:flex;align-items:center;padding:0 12px;font-size:12.5px;"
        f"border-bottom:1px solid #e1e1e1'><span>{s.t(title)}</span>{_controls('#333')}</div>"
    )
    tabs = "".join(
        f"<span style='padding:6px 12px;{'background:#fff;border:1px solid #cfcfcf;border-bottom:none;' if t == 'Start' else ''}'>"
        f"{s.t(t)}</span>"
        for t in (
            "Arkiv",
            "Start",
            "Kommentar",
            "Redigera",
            "Organisera",
            "Formulär",
            "Skydda",
            "Dela",
            "Visa",
            "Hjälp",
        )
    )
    tools = "".join(
        f"<span style='display:inline-block;text-align:center;margin-right:20px'><span style='display:block;width:"
        f"28px;height:22px;background:#c94f2d;border-radius:3px;margin:0 auto 3px'></span>{s.t(t)}</span>"
        for t in ("Hand", "Markera", "Zooma", "Markera text", "Kommentar", "Stämpel")
    )
    bm = "".join(
        f"<div style='padding:5px 12px;font-size:12.5px;{'background:#dbe8f7;font-weight:bold;' if b == current else ''}'>"
        f"{s.t(b)}</div>"
        for b in bookmarks
    )
    pg = ""
    for kind, content in blocks:
        if kind == "h":
            pg += f"<div style='font-size:16px;font-weight:bold;margin:18px 0 8px'>{s.t(str(content))}</div>"
        elif kind == "p":
            pg += f"<p style='font-size:14px;line-height:21px;margin:7px 0;text-align:justify'>{s.t(str(content))}</p>"
        else:
            head, rows = content  # type: ignore[misc]
            pg += "<table class='pdf' style='border-collapse:collapse;width:100%;margin:10px 0'><tr>"
            pg += "".join(f"<th>{s.t(h)}</th>" for h in head) + "</tr>"
            for r in rows:
                pg += "<tr>" + "".join(
                    f"<td class='{'n' if i == len(r) - 1 else ''}'>{s.t(c)}</td>" for i, c in enumerate(r)
                )
                pg += "</tr>"
            pg += "</table>"
    s.body.append(
        f"<div style='height:30px;background:#f0f0f0;display:flex;align-items:flex-end;padding:0 10px;font-size:"
        f"12.5px'>{tabs}</div><div style='height:62px;background:#fff;border-bottom:1px solid #cfcfcf;padding:8px 16px;"
        f"font-size:11.5px'>{tools}</div><div style='display:flex;height:884px'><div style='width:260px;background:"
        f"#fafafa;border-right:1px solid #cfcfcf;padding-top:8px'><div style='padding:4px 12px 8px;font-size:12.5px;"
        f"font-weight:bold'>{s.t('Bokmärken')}</div>{bm}</div><div style='flex:1;background:#8a8a8a;overflow:hidden;"
        f"padding:24px 0'><div style='width:820px;margin:0 auto;background:#fff;min-height:1000px;padding:56px 72px;"
        f"box-shadow:0 0 8px #0006;color:#111'>{pg}</div></div></div><div style='height:24px;background:#f0f0f0;"
        f"border-top:1px solid #cfcfcf;font-size:12px;display:flex;align-items:center;gap:30px;padding:0 14px'><span>"
        f"{s.t(page)}</span><span>{s.t('100 %')}</span><span>{s.t('210 × 297 mm')}</span></div>"
    )
    return s


# ---------------------------------------------------------------------------------------------- Teams
def teams_call(
    title: str, elapsed: str, tiles: list[str], chat: list[tuple[str, str, str]], composer: str
) -> DeskWindow:
    """A Teams meeting window (dark): the top bar with the elapsed time and the controls (Chatt, Personer,
    Reagera, Vy, Kamera, Mikrofon, Dela, Lämna), a grid of participant tiles and the meeting chat at the right."""
    s = DeskWindow("teams", title, theme="dark")
    s.top = (
        f"<div style='height:30px;background:#0a0a0a;color:#ccc;font-size:12px;display:flex;align-items:center;"
        f"padding:0 12px'><span>{s.t(title)}</span>{_controls('#ccc')}</div>"
    )
    ctl = "".join(
        f"<span style='text-align:center;font-size:11.5px;color:#ddd'><span style='display:block;width:22px;height:"
        f"18px;margin:0 auto 3px;border:2px solid #ccc;border-radius:4px'></span>{s.t(c)}</span>"
        for c in ("Chatt", "Personer", "Reagera", "Vy", "Kamera", "Mikrofon", "Dela")
    )
    tl = "".join(
        f"<div style='background:#292929;border-radius:8px;position:relative;height:372px'><div style='position:"
        f"absolute;left:50%;top:40%;width:110px;height:110px;margin:-55px;border-radius:55px;background:"
        f"{_tint(t)}'></div><span style='position:absolute;left:12px;bottom:10px;"
        f"background:#000a;color:#fff;font-size:13px;padding:3px 8px;border-radius:4px'>{s.t(t)}</span></div>"
        for t in tiles
    )
    ch = "".join(
        f"<div style='margin:12px 0'><div style='font-size:12px;color:#adadad'>{s.t(who)} <span style='margin-left:6px'>"
        f"{s.t(when)}</span></div><div style='display:inline-block;background:{'#444791' if who.startswith('Åsa') else '#333'};"
        f"color:#fff;border-radius:6px;padding:8px 12px;font-size:13.5px;margin-top:3px;line-height:19px'>{s.t(text)}"
        f"</div></div>"
        for who, when, text in chat
    )
    s.body.append(
        f"<div style='height:60px;background:#1f1f1f;border-bottom:1px solid #333;display:flex;align-items:center;"
        f"gap:24px;padding:0 20px'><span style='color:#fff;font-size:14px;font-family:DejaVu Sans Mono,monospace'>"
        f"{s.t(elapsed)}</span><span style='margin-left:auto'></span>{ctl}<span style='background:#c4314b;color:#fff;"
        f"border-radius:4px;padding:8px 16px;font-size:13.5px'>{s.t('Lämna')}</span></div><div style='display:flex;"
        f"height:942px;background:#141414'><div style='flex:1;display:grid;grid-template-columns:1fr 1fr;gap:10px;"
        f"padding:14px;align-content:start'>{tl}</div><div style='width:400px;background:#1f1f1f;border-left:1px solid "
        f"#333;padding:14px 18px;display:flex;flex-direction:column'><div style='color:#fff;font-size:15px;font-weight:"
        f"bold'>{s.t('Mötesschatt')}</div><div style='flex:1;overflow:hidden'>{ch}</div><div style='background:#292929;"
        f"color:#adadad;border-radius:4px;padding:10px 12px;font-size:13.5px'>{s.t(composer)}</div></div></div>"
    )
    return s


# ---------------------------------------------------------------------------------------------- Tidvis
def tidvis(
    title: str,
    tabs: list[str],
    heading: str,
    head: list[str],
    rows: list[list[str]],
    side: list[tuple[str, str]],
    status: str,
) -> DeskWindow:
    """Tidvis (time reporting) in Edge with vertical tabs: a violet header, the week's heading, a grid of
    projects by weekday with each row's total, a summary card (flex, norm) and the report's state."""
    s = DeskWindow("edge", title)
    pane = _edge(s, tabs, "https://nordljus.tidvis.se/tidrapport/2026/v48")
    table = "<table class='tv' style='border-collapse:collapse;background:#fff;width:100%'><tr>" + "".join(
        f"<th style='{'text-align:left;' if i == 0 else ''}'>{s.t(h)}</th>" for i, h in enumerate(head)
    )
    table += "</tr>" + "".join(
        "<tr>"
        + "".join(f"<td class='{'n' if i else ''}'>{s.t(c) if c else ''}</td>" for i, c in enumerate(r))
        + "</tr>"
        for r in rows
    )
    table += "</table>"
    sd = "".join(
        f"<div style='display:flex;padding:7px 0;font-size:14px;border-bottom:1px solid #eee'><span>{s.t(k)}</span>"
        f"<b style='margin-left:auto'>{s.t(v)}</b></div>"
        for k, v in side
    )
    page = (
        f"<div style='flex:1;background:#faf9fd'><div style='height:52px;background:#5b3cc4;color:#fff;display:flex;"
        f"align-items:center;gap:26px;padding:0 24px;font-size:14px'><b style='font-size:19px'>{s.t('Tidvis')}</b>"
        f"<span>{s.t('Tidrapport')}</span><span>{s.t('Frånvaro')}</span><span>{s.t('Utlägg')}</span><span style='"
        f"margin-left:auto'>{s.t('Åsa Lindqvist')}</span></div><div style='padding:20px 28px'><div style='font-size:"
        f"21px;font-weight:bold'>{s.t(heading)}</div><div style='display:flex;gap:22px;margin-top:16px'><div style='"
        f"flex:1'>{table}<div style='margin-top:12px;font-size:13px;color:#6b6486'>{s.t(status)}</div></div><div "
        f"style='width:300px;background:#fff;border:1px solid #e4e1ee;border-radius:6px;padding:12px 16px'>{sd}</div>"
        f"</div></div></div>"
    )
    s.body.append(f"<div style='display:flex;height:990px'>{pane}{page}</div>")
    return s


# ------------------------------------------------------------------------------------------ Mälarbanken
def bank(
    title: str,
    tabs: list[str],
    account: list[tuple[str, str]],
    days: list[tuple[str, list[tuple[str, str, str, str]]]],
    note: str,
) -> DeskWindow:
    """Mälarbanken Företag in Chrome: a dark green nav at the left, the account card (name, number, balance,
    available), then transactions grouped under each day (text, category, amount, balance after)."""
    s = DeskWindow("chrome", title)
    _chrome(s, tabs, "https://foretag.malarbanken.se/konton/foretagskonto/transaktioner")
    nav = "".join(
        f"<div style='padding:11px 22px;font-size:14px;{'background:#12784f;' if n == 'Konton' else ''}'>{s.t(n)}</div>"
        for n in ("Översikt", "Konton", "Betala", "Överföra", "Kort", "Leverantörsreskontra", "Inställningar")
    )
    acc = "".join(
        f"<div style='margin-right:44px'><div style='font-size:12.5px;color:#5d6b64'>{s.t(k)}</div><div style='font-"
        f"size:{20 if i >= 2 else 15}px;font-weight:bold;margin-top:3px'>{s.t(v)}</div></div>"
        for i, (k, v) in enumerate(account)
    )
    tx = ""
    for day, items in days:
        tx += f"<div style='font-size:13px;font-weight:bold;color:#0b5d3b;margin:14px 0 4px'>{s.t(day)}</div>"
        for text, cat, amt, bal in items:
            col = "#12784f" if amt.startswith("+") else "#1b1b1b"
            tx += (
                f"<div style='display:flex;background:#fff;padding:11px 16px;border-bottom:1px solid #e6ece9;font-size:"
                f"14px'><span style='flex:1'>{s.t(text)}</span><span style='width:200px;color:#5d6b64'>{s.t(cat)}</span>"
                f"<span style='width:170px;text-align:right;color:{col};font-weight:bold'>{s.t(amt)}</span><span style='"
                f"width:180px;text-align:right;color:#5d6b64'>{s.t(bal)}</span></div>"
            )
    s.body.append(
        f"<div style='display:flex;height:952px'><div style='width:230px;background:#0b5d3b;color:#fff;padding-top:"
        f"16px'><div style='padding:4px 22px 20px;font-size:19px;font-weight:bold'>{s.t('Mälarbanken')}</div>{nav}"
        f"</div><div style='flex:1;background:#f1f5f3;padding:22px 34px;overflow:hidden'><div style='background:#fff;"
        f"border-radius:8px;padding:16px 22px;display:flex'>{acc}</div><div style='font-size:12.5px;color:#5d6b64;"
        f"margin-top:10px'>{s.t(note)}</div>{tx}</div></div>"
    )
    return s


# ---------------------------------------------------------------------------------------------- Weather
def weather(
    title: str,
    place: str,
    now: list[str],
    details: list[str],
    warning: str,
    hourly: list[tuple[str, str, str]],
    daily: list[tuple[str, str, str]],
    updated: str,
) -> DeskWindow:
    """The Windows Weather app (Väder): a blue gradient, the place, the big temperature and condition, an
    optional warning banner, hourly cards and the next days."""
    s = DeskWindow("msweather", title)
    s.top = (
        f"<div style='height:32px;background:#1b4f8a;color:#fff;font-size:12.5px;display:flex;align-items:center;"
        f"padding:0 14px'><span>{s.t('Väder')}</span>{_controls('#fff')}</div>"
    )
    nw = "".join(
        f"<div style='font-size:{72 if i == 0 else 20}px;{'font-weight:300;' if i == 0 else ''}'>{s.t(x)}</div>"
        for i, x in enumerate(now)
    )
    dt = "".join(f"<span style='margin-right:26px'>{s.t(d)}</span>" for d in details)
    wn = (
        f"<div style='background:#f2c94c;color:#1a1a1a;border-radius:6px;padding:10px 16px;font-size:14.5px;margin:"
        f"16px 0'>{s.t(warning)}</div>"
        if warning
        else ""
    )
    hr = "".join(
        f"<div style='background:#ffffff22;border-radius:8px;padding:12px 18px;text-align:center;font-size:14px'>"
        f"<div>{s.t(h)}</div><div style='font-size:22px;margin:6px 0'>{s.t(t)}</div><div>{s.t(c)}</div></div>"
        for h, t, c in hourly
    )
    dl = "".join(
        f"<div style='display:flex;padding:9px 0;border-bottom:1px solid #ffffff33;font-size:15px'><span style='"
        f"width:120px'>{s.t(d)}</span><span style='width:90px'>{s.t(hi)}</span><span>{s.t(lo)}</span></div>"
        for d, hi, lo in daily
    )
    s.body.append(
        f"<div style='height:1000px;background:linear-gradient(160deg,#2f6fb5,#16355e);color:#fff;padding:26px 60px'>"
        f"<div style='font-size:22px'>{s.t(place)}</div><div style='font-size:13px;opacity:.8'>{s.t(updated)}</div>"
        f"<div style='display:flex;gap:60px;margin-top:10px'><div>{nw}<div style='font-size:14px;margin-top:8px'>{dt}"
        f"</div></div></div>{wn}<div style='display:flex;gap:12px;margin-top:18px'>{hr}</div><div style='width:520px;"
        f"margin-top:24px'><div style='font-size:16px;font-weight:bold;margin-bottom:6px'>{s.t('Prognos')}</div>{dl}"
        f"</div></div>"
    )
    return s


# --------------------------------------------------------------------------------------------- SJ, SL
def sj(
    title: str,
    tabs: list[str],
    url: str,
    heading: str,
    sub: str,
    cards: list[list[str]],
    selected: int,
    aside: list[str],
) -> DeskWindow:
    """SJ's site in Chrome: a dark green header, the trip's heading, departure cards (times, duration, changes,
    train, price) with the chosen one outlined, and a summary box at the right."""
    s = DeskWindow("chrome", title)
    _chrome(s, tabs, url)
    cd = "".join(
        f"<div style='background:#fff;border:{'2px solid #0a5c36' if i == selected else '1px solid #d9dfdc'};border-radius:"
        f"8px;padding:14px 20px;margin-bottom:10px;display:flex;align-items:center;gap:26px;font-size:15px'>"
        f"<b style='font-size:19px'>{s.t(c[0])}</b><span style='color:#4d5b55'>{s.t(c[1])}</span><span>{s.t(c[2])}"
        f"</span><span style='color:#4d5b55'>{s.t(c[3])}</span><span style='margin-left:auto;font-weight:bold;color:"
        f"#0a5c36'>{s.t(c[4])}</span></div>"
        for i, c in enumerate(cards)
    )
    asd = "".join(f"<div style='font-size:14px;padding:5px 0'>{s.t(a)}</div>" for a in aside)
    s.body.append(
        f"<div style='height:60px;background:#0a3b2a;color:#fff;display:flex;align-items:center;gap:28px;padding:0 "
        f"40px;font-size:15px'><b style='font-size:24px'>{s.t('SJ')}</b><span>{s.t('Köp resa')}</span><span>"
        f"{s.t('Mina resor')}</span><span>{s.t('Trafikinformation')}</span><span style='margin-left:auto'>"
        f"{s.t('Logga in')}</span></div><div style='background:#f4f1ec;height:892px;padding:24px 120px;display:flex;"
        f"gap:30px'><div style='flex:1'><div style='font-size:24px;font-weight:bold'>{s.t(heading)}</div><div style='"
        f"font-size:14px;color:#4d5b55;margin:4px 0 18px'>{s.t(sub)}</div>{cd}</div><div style='width:380px;"
        f"background:#fff;border-radius:8px;padding:16px 20px;align-self:flex-start'>{asd}</div></div>"
    )
    return s


def sl(
    title: str,
    tabs: list[str],
    fields: list[tuple[str, str]],
    trips: list[tuple[str, str, str, list[str]]],
    price: str,
) -> DeskWindow:
    """SL's journey planner in Edge with vertical tabs: the from/to/time fields, then trips (departure -
    arrival, duration, legs) the first of them opened."""
    s = DeskWindow("edge", title)
    pane = _edge(s, tabs, "https://sl.se/reseplanering")
    fl = "".join(
        f"<div style='margin-right:18px'><div style='font-size:12.5px;color:#555'>{s.t(k)}</div><div style='border:1px "
        f"solid #9aa4b1;border-radius:4px;padding:8px 12px;font-size:15px;min-width:230px;margin-top:3px'>{s.t(v)}"
        f"</div></div>"
        for k, v in fields
    )
    tp = ""
    for i, (dep_arr, dur, line, legs) in enumerate(trips):
        lg = (
            "".join(
                f"<div style='font-size:13.5px;padding:4px 0 4px 16px;border-left:3px solid #0089ca'>{s.t(x)}</div>"
                for x in legs
            )
            if i == 0
            else ""
        )
        tp += (
            f"<div style='background:#fff;border:1px solid #d5dbe3;border-radius:6px;padding:12px 18px;margin-bottom:10px'>"
            f"<div style='display:flex;gap:24px;font-size:16px'><b>{s.t(dep_arr)}</b><span>{s.t(dur)}</span><span style='"
            f"color:#0067b0'>{s.t(line)}</span></div><div style='margin-top:8px'>{lg}</div></div>"
        )
    page = (
        f"<div style='flex:1;background:#f3f5f8'><div style='height:56px;background:#0067b0;color:#fff;display:flex;"
        f"align-items:center;gap:26px;padding:0 30px;font-size:15px'><b style='font-size:22px'>{s.t('SL')}</b><span>"
        f"{s.t('Reseplanerare')}</span><span>{s.t('Biljetter')}</span><span>{s.t('Trafikläget')}</span></div><div "
        f"style='padding:22px 40px'><div style='display:flex;margin-bottom:18px'>{fl}</div>{tp}<div style='font-size:"
        f"13.5px;color:#333'>{s.t(price)}</div></div></div>"
    )
    s.body.append(f"<div style='display:flex;height:990px'>{pane}{page}</div>")
    return s


# ------------------------------------------------------------------------------------------------- P4V
def p4v(
    title: str,
    tree: list[tuple[int, str]],
    tab: str,
    head: list[str],
    rows: list[list[str]],
    log: list[str],
) -> DeskWindow:
    """P4V (Perforce, light Qt): menus, a toolbar, the depot tree at the left, the tabs (Pending, Submitted,
    Branches, Labels, Workspaces, Jobs) with the changelist table, and the log pane at the bottom."""
    s = DeskWindow("p4v", title)
    s.top = (
        f"<div style='height:30px;background:#f0f0f0;display:flex;align-items:center;padding:0 10px;font-size:12.5px'>"
        f"<span>{s.t(title)}</span>{_controls('#333')}</div>"
    )
    menus = "".join(
        f"<span>{s.t(m)}</span>"
        for m in ("File", "Edit", "Search", "View", "Connection", "Actions", "Tools", "Window", "Help")
    )
    tools = "".join(
        f"<span style='display:inline-block;text-align:center;margin-right:16px'><span style='display:block;width:24px;"
        f"height:20px;background:#4a7ebb;border-radius:3px;margin:0 auto 2px'></span>{s.t(t)}</span>"
        for t in ("Refresh", "Get Latest", "Check Out", "Submit", "Revert", "History", "Timelapse")
    )
    tr = "".join(
        f"<div style='padding:3px 0 3px {10 + 16 * depth}px;font-size:13px;white-space:nowrap'>{s.t(name)}</div>"
        for depth, name in tree
    )
    tb = "".join(
        f"<span style='padding:5px 14px;border:1px solid #c8c8c8;border-bottom:none;{'background:#fff;font-weight:bold;' if t == tab else 'background:#e4e4e4;'}'>"
        f"{s.t(t)}</span>"
        for t in ("Pending", "Submitted", "Branches", "Labels", "Workspaces", "Jobs")
    )
    table = "<table class='p4' style='border-collapse:collapse;width:100%;background:#fff'><tr>" + "".join(
        f"<th>{s.t(h)}</th>" for h in head
    )
    table += "</tr>" + "".join(
        f"<tr style='{'background:#cde3fa;' if i == 0 else ''}'>"
        + "".join(f"<td>{s.t(c)}</td>" for c in r)
        + "</tr>"
        for i, r in enumerate(rows)
    )
    table += "</table>"
    lg = "".join(
        f"<div style='font-family:DejaVu Sans Mono,monospace;font-size:12.5px;padding:1px 0'>{s.t(x)}</div>"
        for x in log
    )
    s.body.append(
        f"<div style='height:24px;background:#f7f7f7;display:flex;gap:18px;align-items:center;padding:0 10px;font-size:"
        f"13px'>{menus}</div><div style='height:50px;background:#f7f7f7;border-bottom:1px solid #cfcfcf;padding:4px 10px;"
        f"font-size:11px'>{tools}</div><div style='display:flex;height:744px'><div style='width:330px;background:#fff;"
        f"border-right:1px solid #cfcfcf;padding-top:6px'><div style='padding:3px 10px 6px;font-size:12.5px;color:#555'>"
        f"{s.t('Depot')}</div>{tr}</div><div style='flex:1;background:#f0f0f0;padding:8px 10px;overflow:hidden'><div "
        f"style='display:flex;gap:2px;font-size:12.5px'>{tb}</div>{table}</div></div><div style='height:184px;background:"
        f"#fff;border-top:2px solid #cfcfcf;padding:6px 12px;overflow:hidden'><div style='font-size:12.5px;color:#555;"
        f"margin-bottom:4px'>{s.t('Log')}</div>{lg}</div>"
    )
    return s
