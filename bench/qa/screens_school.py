"""Window layouts for the fourteenth held-out QA workday "school" (bench/qa/day_school.py): a class teacher at a
Prague basic school, on a Czech (cs-CZ) Windows 11 with a light taskbar (the weather at the left, "2 °C Zataženo"
in the morning and "4 °C Polojasno" after noon, the search pill "Hledat", the input indicator 'CES' and the clock
"14:05" over "25.11.2026"). Light and dark windows mixed, none of the layouts of the other days' screens_*.py
reused: Outlook (light, the new Outlook: a folder rail, the message list as cards with sender, subject and time,
the reading pane whose Od, Komu, Kopie, Datum and Předmět lines sit apart from the body), Microsoft Teams (dark:
the app rail, the team's channels, a channel's posts as cards with the speaker and a time), EduKniha (a school
information system in Chrome, light: substitutions as a table, a class's week timetable as a grid of days by
periods, a class's grades as pupils by subjects with averages), the supplies e-shop ŠkolníSklad in Edge (light:
the basket with quantities, prices with and without DPH and the order's confirmation), internet banking in
Firefox (light: the account's movements and a payment order), a weather page in Edge, Adobe Acrobat Reader (dark:
a PDF on a white page: the ski course programme, the school rules, an invoice) and Excel (light, Czech ribbon: the
ski course's payments). Only the frame around them is shared: screens.Window (title, lines, the taskbar clock and
date as truth) and its process paths in screens.APPS. Every layout records each line of text it draws, in
reading order, so a frame's ground truth is exact."""

from __future__ import annotations

import html
import zlib
from dataclasses import dataclass

from make_sample import CSS
from screens import Window

SCHOOL_CSS = """
body { font-family: 'Liberation Sans', 'DejaVu Sans', sans-serif; }
.zw { height: 1032px; overflow: hidden; position: relative; }
.ztb { position: absolute; top: 1032px; left: 0; width: 1920px; height: 48px; background: #eef1f5; color: #1b1b1b;
       border-top: 1px solid #cfd5dc; font-size: 12px; }
.ztb .wx { position: absolute; left: 12px; top: 7px; display: flex; gap: 8px; align-items: center; line-height: 16px; }
.ztb .wx i { width: 26px; height: 26px; border-radius: 13px; display: inline-block;
             background: radial-gradient(circle at 40% 40%, #ffffff 0 30%, #a9b6c4 31%); }
.ztb .mid { position: absolute; left: 0; right: 0; top: 6px; display: flex; justify-content: center; gap: 6px;
            align-items: center; }
.ztb .mid i { width: 34px; height: 34px; border-radius: 7px; display: inline-block; }
.ztb .sk { background: #fff; border: 1px solid #c9ced6; border-radius: 18px; padding: 8px 110px 8px 14px;
           color: #555; font-size: 13px; margin: 0 6px; }
.ztb .rt { position: absolute; right: 12px; top: 7px; display: flex; gap: 16px; align-items: center; }
.ztb .ck { text-align: right; line-height: 17px; }
.eg td { border: 1px solid #d7dee6; padding: 7px 10px; font-size: 13.5px; white-space: nowrap; }
.eg th { border: 1px solid #d7dee6; padding: 7px 10px; font-size: 13px; background: #e7f0fa; color: #18406b;
         text-align: left; white-space: nowrap; }
.eg td.n { text-align: right; }
.rz td { border: 1px solid #cdd6df; width: 178px; height: 92px; vertical-align: top; padding: 6px 8px; font-size: 13px; }
.rz th { border: 1px solid #cdd6df; background: #18406b; color: #fff; padding: 6px; font-size: 12.5px; }
.es td { padding: 10px 12px; font-size: 14px; border-bottom: 1px solid #eadfce; white-space: nowrap; }
.es th { padding: 9px 12px; font-size: 12.5px; color: #6b5a3e; text-align: left; background: #fbf3e6; white-space: nowrap; }
.es td.n, .es th.n { text-align: right; }
.bk td { padding: 10px 12px; font-size: 14px; border-bottom: 1px solid #e4e8ee; white-space: nowrap; }
.bk th { padding: 9px 12px; font-size: 12.5px; color: #5a6776; text-align: left; border-bottom: 2px solid #c8d1dc;
         white-space: nowrap; }
.bk td.n, .bk th.n { text-align: right; }
.zx td, .zx th { border: 1px solid #d4d4d4; height: 26px; padding: 0 8px; font-size: 13px; white-space: nowrap; }
.zx th { background: #f0f0f0; color: #444; font-weight: normal; font-size: 12px; text-align: center; }
.zx td.n { text-align: right; } .zx td.rn { background: #f0f0f0; color: #444; text-align: center; font-size: 12px;
  width: 36px; } .zx tr.hd td { background: #c65911; color: #fff; font-weight: bold; }
.zx tr.tt td { font-weight: bold; background: #fce4d6; } .zx td.sel { outline: 2px solid #107c41; outline-offset: -2px; }
.zx td.red { color: #c00000; }
.pd td { padding: 5px 10px; font-size: 13px; border-bottom: 1px solid #d9d9d9; }
"""

TASK_ICONS = ("#0f6cbd", "#5b5fc7", "#18406b", "#c65911", "#0c7c59", "#ff7139", "#107c41", "#b30b00")


def taskbar_weather(clock: str) -> tuple[str, str]:
    """The taskbar's weather in Prague: overcast in the morning, partly cloudy after noon."""
    return ("2 °C", "Zataženo") if clock < "12:00" else ("4 °C", "Polojasno")


@dataclass
class SchoolWindow(Window):
    """A screens.Window whose app draws its own frame into `top`, over a light Windows 11 taskbar (the weather at
    the left, centred icons and the search pill, the input indicator and the clock at the right)."""

    top: str = ""

    def page(self, clock: str, date: str) -> str:
        temp, sky = taskbar_weather(clock)
        icons = "".join(f"<i style='background:{c}'></i>" for c in TASK_ICONS)
        return (
            f"<html><head><meta charset='utf-8'><style>{CSS}{SCHOOL_CSS}</style></head>"
            f"<body><div class='zw'>{self.top}{''.join(self.body)}</div>"
            f"<div class='ztb'><div class='wx'><i></i><div><b>{html.escape(temp)}</b><br>{html.escape(sky)}</div>"
            f"</div><div class='mid'><i style='background:linear-gradient(135deg,#4cc2ff,#0067c0)'></i><span "
            f"class='sk'>Hledat</span>{icons}</div><div class='rt'><span>&#8963;</span><b>CES</b>"
            f"<span>&#9782; &#9836;</span><div class='ck'>{html.escape(clock)}<br>{html.escape(date)}</div></div>"
            f"</div></body></html>"
        )

    def truth_lines(self, clock: str, date: str) -> list[str]:
        temp, sky = taskbar_weather(clock)
        return [self.title, *self.lines, temp, sky, "Hledat", "CES", clock, date]


def _tint(name: str) -> str:
    """A stable colour for a name's avatar (crc32, not str's salted hash)."""
    return f"#{zlib.crc32(name.encode()) % 0x777777 + 0x444444:06x}"


def _winctl(color: str) -> str:
    return (
        f"<span style='margin-left:auto;letter-spacing:22px;font-size:12px;color:{color};padding-left:20px'>"
        f"&#8212;&#9633;&#10005;</span>"
    )


def _cut(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"


# ------------------------------------------------------------------------------------------ browser frames
def _chrome(s: SchoolWindow, tabs: list[str], url: str) -> None:
    tab = "".join(
        f"<div style='width:236px;height:34px;line-height:34px;padding:0 12px;font-size:12.5px;white-space:nowrap;"
        f"overflow:hidden;border-radius:9px 9px 0 0;color:#202124;background:{'#fff' if i == 0 else 'transparent'}'>"
        f"{s.t(_cut(t, 30))}</div>"
        for i, t in enumerate(tabs)
    )
    s.top = (
        f"<div style='height:42px;background:#dfe1e5;display:flex;align-items:flex-end;gap:2px;padding:0 8px'>{tab}"
        f"{_winctl('#333')}</div><div style='height:42px;background:#fff;display:flex;align-items:center;gap:14px;"
        f"padding:0 14px;font-size:14px;color:#202124;border-bottom:1px solid #dadce0'><span style='letter-spacing:"
        f"12px;color:#5f6368'>&#8592;&#8594;&#8635;</span><div style='flex:1;background:#f1f3f4;border-radius:18px;"
        f"padding:7px 16px'>{s.t(url)}</div></div>"
    )


def _edge(s: SchoolWindow, tabs: list[str], url: str) -> None:
    tab = "".join(
        f"<div style='width:250px;height:32px;line-height:32px;padding:0 12px;font-size:12.5px;white-space:nowrap;"
        f"overflow:hidden;border-radius:6px 6px 0 0;{'background:#fff;' if i == 0 else ''}'>{s.t(_cut(t, 32))}</div>"
        for i, t in enumerate(tabs)
    )
    s.top = (
        f"<div style='height:40px;background:#e9eef4;display:flex;align-items:flex-end;gap:4px;padding:0 10px'>{tab}"
        f"{_winctl('#333')}</div><div style='height:42px;background:#fff;display:flex;align-items:center;gap:14px;"
        f"padding:0 12px;font-size:13.5px;border-bottom:1px solid #e1e1e1'><span style='letter-spacing:10px;"
        f"color:#555'>&#8592;&#8594;&#8635;</span><div style='flex:1;background:#f3f3f3;border-radius:16px;"
        f"padding:5px 14px'>{s.t(url)}</div></div>"
    )


def _firefox(s: SchoolWindow, tabs: list[str], url: str) -> None:
    tab = "".join(
        f"<div style='width:230px;height:34px;line-height:34px;padding:0 12px;font-size:12.5px;white-space:nowrap;"
        f"overflow:hidden;{'background:#fff;border-top:2px solid #ff7139;' if i == 0 else ''}'>{s.t(_cut(t, 28))}"
        f"</div>"
        for i, t in enumerate(tabs)
    )
    s.top = (
        f"<div style='height:40px;background:#f0f0f4;display:flex;align-items:flex-end;gap:2px;padding:0 8px'>{tab}"
        f"{_winctl('#333')}</div><div style='height:42px;background:#fff;display:flex;align-items:center;gap:12px;"
        f"padding:0 12px;font-size:14px;border-bottom:1px solid #e0e0e6'><span style='letter-spacing:10px;"
        f"color:#5b5b66'>&#8592;&#8594;&#8635;</span><div style='flex:1;background:#f0f0f4;border-radius:4px;"
        f"padding:6px 12px'>{s.t(url)}</div></div>"
    )


# ------------------------------------------------------------------------------------------------ Outlook
def outlook(
    title: str,
    account: str,
    folders: list[tuple[str, str]],
    items: list[tuple[str, str, str, bool]],
    selected: str | None,
    message: dict | None,
) -> SchoolWindow:
    """The new Outlook (light, cs-CZ): the blue title band with the search box, the folder pane with unread counts,
    the message list as cards (sender in bold when unread, the subject, the time at the right) and the reading pane:
    the subject as a heading, then Od, Komu, Kopie and Datum each on its own line, the attachments and the body."""
    s = SchoolWindow("outlook", title)
    s.top = (
        f"<div style='height:44px;background:#0f6cbd;color:#fff;display:flex;align-items:center;gap:18px;padding:0 "
        f"16px;font-size:14px'><b>{s.t('Outlook')}</b><span style='margin-left:360px;background:#ffffff;color:#555;"
        f"border-radius:4px;padding:6px 280px 6px 12px'>{s.t('Hledat')}</span>{_winctl('#fff')}</div>"
        f"<div style='height:40px;background:#f5f5f5;display:flex;align-items:center;gap:18px;padding:0 16px;"
        f"font-size:13.5px;border-bottom:1px solid #e0e0e0'>"
        + "".join(
            f"<span style='{'background:#0f6cbd;color:#fff;border-radius:4px;padding:5px 12px;' if i == 0 else ''}'>"
            f"{s.t(b)}</span>"
            for i, b in enumerate(("Nová pošta", "Odstranit", "Archivovat", "Odpovědět", "Přeposlat"))
        )
        + "</div>"
    )
    fl = f"<div style='padding:10px 14px;font-size:13px;font-weight:bold'>{s.t(account)}</div>" + "".join(
        f"<div style='display:flex;padding:7px 14px 7px 26px;font-size:14px;{'background:#cfe4fa;' if i == 0 else ''}'>"
        f"<span>{s.t(n)}</span><span style='margin-left:auto;color:#0f6cbd;font-weight:bold'>{s.t(c) if c else ''}"
        f"</span></div>"
        for i, (n, c) in enumerate(folders)
    )
    cards = "".join(
        f"<div style='padding:9px 14px;border-bottom:1px solid #eee;{'background:#e1effb;' if subj == selected else ''}"
        f"{'border-left:3px solid #0f6cbd;' if unread else 'border-left:3px solid transparent;'}'><div style='display:"
        f"flex;font-size:14px'><span style='{'font-weight:bold;' if unread else ''}'>{s.t(who)}</span><span style='"
        f"margin-left:auto;font-size:12px;color:#616161'>{s.t(when)}</span></div><div style='font-size:13px;"
        f"{'color:#0f6cbd;font-weight:bold;' if unread else 'color:#333;'}margin-top:2px'>{s.t(_cut(subj, 52))}</div>"
        f"</div>"
        for subj, who, when, unread in items
    )
    if message is None:
        pane = (
            f"<div style='flex:1;display:flex;align-items:center;justify-content:center;color:#777;font-size:15px'>"
            f"{s.t('Vyberte položku, kterou chcete číst')}</div>"
        )
    else:
        hdr = "".join(
            f"<div style='display:flex;gap:10px;font-size:13.5px;line-height:22px'><span style='width:70px;"
            f"color:#616161'>{s.t(k)}</span><span>{s.t(v)}</span></div>"
            for k, v in (
                ("Od", message["from"]),
                ("Komu", message["to"]),
                *((("Kopie", message["cc"]),) if message.get("cc") else ()),
                ("Datum", message["date"]),
            )
        )
        att = "".join(
            f"<span style='display:inline-block;border:1px solid #d1d1d1;border-radius:4px;padding:5px 10px;"
            f"font-size:13px;margin-right:8px;background:#fafafa'>{s.t(a)}</span>"
            for a in message.get("attachments", [])
        )
        body = "".join(
            f"<div style='font-size:14.5px;line-height:22px;min-height:22px'>{s.t(x) if x else ''}</div>"
            for x in message["body"]
        )
        pane = (
            f"<div style='flex:1;overflow:hidden;padding:16px 26px'><div style='font-size:20px;font-weight:bold;"
            f"margin-bottom:4px'><span style='font-size:12px;color:#616161;font-weight:normal;margin-right:8px'>"
            f"{s.t('Předmět')}</span>{s.t(message['subject'])}</div>{hdr}"
            + (f"<div style='margin:10px 0'>{att}</div>" if att else "")
            + f"<div style='border-top:1px solid #e5e5e5;margin-top:10px;padding-top:12px'>{body}</div></div>"
        )
    s.body.append(
        f"<div style='display:flex;height:948px'><div style='width:250px;background:#fafafa;border-right:1px solid "
        f"#e5e5e5'>{fl}</div><div style='width:470px;border-right:1px solid #e5e5e5;overflow:hidden'><div style='"
        f"padding:10px 14px;font-size:15px;font-weight:bold'>{s.t('Doručená pošta')}</div>{cards}</div>{pane}</div>"
    )
    return s


# -------------------------------------------------------------------------------------------------- Teams
def teams(
    title: str,
    team: str,
    channels: list[tuple[str, bool]],
    channel: str,
    posts: list[tuple[str, str, str]],
    day_label: str,
) -> SchoolWindow:
    """Microsoft Teams (dark, cs-CZ): the app rail (Aktivita, Chat, Týmy, Kalendář), the team's channels with
    unread ones in bold, the channel's header with its tabs, and the posts as cards (speaker, time, text)."""
    s = SchoolWindow("teams", title, theme="dark")
    s.top = (
        f"<div style='height:44px;background:#1f1f1f;color:#fff;display:flex;align-items:center;padding:0 14px;"
        f"font-size:13px;border-bottom:1px solid #000'><span style='margin-left:640px;background:#2e2e2e;"
        f"border-radius:4px;padding:6px 300px 6px 12px;color:#adadad'>{s.t('Hledat')}</span>{_winctl('#ddd')}</div>"
    )
    rail = "".join(
        f"<div style='text-align:center;padding:12px 0;font-size:11px;color:{'#a6a7dc' if r == 'Týmy' else '#c8c8c8'}'>"
        f"<div style='width:26px;height:26px;margin:0 auto 4px;border-radius:6px;background:"
        f"{'#5b5fc7' if r == 'Týmy' else '#3d3d3d'}'></div>{s.t(r)}</div>"
        for r in ("Aktivita", "Chat", "Týmy", "Kalendář", "Soubory")
    )
    ch = "".join(
        f"<div style='padding:7px 14px 7px 30px;font-size:14px;{'background:#2d2c3c;color:#fff;' if n == channel else ''}"
        f"{'font-weight:bold;color:#fff;' if unread else 'color:#c8c8c8;'}'>{s.t(n)}</div>"
        for n, unread in channels
    )
    ps = "".join(
        f"<div style='background:#292929;border-radius:6px;margin:10px 0;padding:12px 16px;display:flex;gap:12px'>"
        f"<span style='width:32px;height:32px;border-radius:16px;flex:none;background:{_tint(who)}'></span><div>"
        f"<div style='font-size:13.5px'><b style='color:#fff'>{s.t(who)}</b><span style='color:#adadad;margin-left:"
        f"10px;font-size:12.5px'>{s.t(when)}</span></div><div style='font-size:14.5px;line-height:21px;margin-top:"
        f"3px;color:#e6e6e6'>{s.t(text)}</div></div></div>"
        for who, when, text in posts
    )
    tabs = "".join(
        f"<span style='padding:8px 12px;{'border-bottom:3px solid #7f85f5;color:#fff;' if t == 'Příspěvky' else ''}'>"
        f"{s.t(t)}</span>"
        for t in ("Příspěvky", "Soubory", "Poznámky")
    )
    s.body.append(
        f"<div style='display:flex;height:988px;background:#1f1f1f;color:#e6e6e6'><div style='width:72px;"
        f"background:#141414'>{rail}</div><div style='width:300px;background:#1b1b1b;border-right:1px solid #000;"
        f"padding-top:10px'><div style='padding:6px 14px;font-size:17px;font-weight:bold;color:#fff'>{s.t('Týmy')}"
        f"</div><div style='padding:10px 14px 4px;font-size:14px;font-weight:bold'>{s.t(team)}</div>{ch}</div><div "
        f"style='flex:1;display:flex;flex-direction:column'><div style='height:88px;padding:12px 24px;border-bottom:1px"
        f" solid #000'><div style='font-size:18px;font-weight:bold;color:#fff'>{s.t(channel)}</div><div style='"
        f"font-size:13.5px;color:#c8c8c8;margin-top:8px'>{tabs}</div></div><div style='flex:1;padding:8px 40px;"
        f"overflow:hidden;display:flex;flex-direction:column;justify-content:flex-end'><div style='text-align:center;"
        f"font-size:12.5px;color:#adadad;margin:8px 0'>{s.t(day_label)}</div>{ps}</div><div style='margin:8px 40px "
        f"20px;background:#292929;border-radius:6px;padding:12px 14px;color:#adadad;font-size:14px'>"
        f"{s.t('Zahájit příspěvek')}</div></div></div>"
    )
    return s


# ----------------------------------------------------------------------------------------------- EduKniha
def edukniha(
    title: str,
    tabs: list[str],
    url: str,
    user: str,
    menu_on: str,
    heading: str,
    subheading: str,
    columns: list[str],
    rows: list[list[str]],
    numeric: set[int],
    note: list[str],
    grid: bool = False,
) -> SchoolWindow:
    """EduKniha in Chrome (light, navy): the school's header with the user, the module menu at the left (the
    selected module marked), the page's heading and subheading, and either a table (substitutions, grades) or a
    week timetable grid (grid=True: the first column holds the day, the others the periods' cells, each cell's
    lines split by ' | '), notes under it."""
    s = SchoolWindow("chrome", title)
    _chrome(s, tabs, url)
    menu = "".join(
        f"<div style='padding:10px 18px;font-size:14px;{'background:#e7f0fa;color:#18406b;font-weight:bold;border-left:4px solid #18406b;' if m == menu_on else 'color:#333;'}'>"
        f"{s.t(m)}</div>"
        for m in (
            "Přehled",
            "Rozvrh",
            "Suplování",
            "Klasifikace",
            "Absence",
            "Třídní kniha",
            "Akce školy",
            "Zprávy",
        )
    )
    if grid:
        th = "".join(f"<th>{s.t(c)}</th>" for c in columns)
        tr = ""
        for r in rows:
            tr += f"<tr><th style='background:#e7f0fa;color:#18406b'>{s.t(r[0])}</th>"
            for cell in r[1:]:
                parts = [p for p in cell.split(" | ") if p]
                tr += (
                    "<td>"
                    + "".join(
                        f"<div style='{'font-weight:bold;font-size:15px;' if i == 0 else 'color:#555;'}'>{s.t(p)}</div>"
                        for i, p in enumerate(parts)
                    )
                    + "</td>"
                )
            tr += "</tr>"
        table = f"<table class='rz' style='border-collapse:collapse'><tr>{th}</tr>{tr}</table>"
    else:
        th = "".join(f"<th>{s.t(c)}</th>" for c in columns)
        tr = "".join(
            "<tr>"
            + "".join(
                f"<td class='{'n' if i in numeric else ''}'>{s.t(v) if v else ''}</td>"
                for i, v in enumerate(r)
            )
            + "</tr>"
            for r in rows
        )
        table = (
            f"<table class='eg' style='border-collapse:collapse;background:#fff'><tr>{th}</tr>{tr}</table>"
        )
    notes = "".join(f"<div style='font-size:13px;color:#555;margin-top:6px'>{s.t(n)}</div>" for n in note)
    s.body.append(
        f"<div style='height:56px;background:#18406b;color:#fff;display:flex;align-items:center;gap:16px;padding:0 "
        f"24px'><b style='font-size:21px'>{s.t('EduKniha')}</b><span style='font-size:13.5px;opacity:.85'>"
        f"{s.t('ZŠ Pod Věží, Praha 3')}</span><span style='margin-left:auto;font-size:13.5px'>{s.t(user)}</span>"
        f"</div><div style='display:flex;height:850px'><div style='width:210px;background:#f7f9fb;border-right:1px "
        f"solid #dde3ea;padding-top:10px'>{menu}</div><div style='flex:1;padding:16px 26px;overflow:hidden'><div "
        f"style='font-size:22px;font-weight:bold;color:#18406b'>{s.t(heading)}</div><div style='font-size:14px;"
        f"color:#555;margin:4px 0 12px'>{s.t(subheading)}</div>{table}{notes}</div></div>"
    )
    return s


# ----------------------------------------------------------------------------------------------- the e-shop
def eshop(
    title: str,
    tabs: list[str],
    url: str,
    account: str,
    heading: str,
    notice: str,
    columns: list[str],
    rows: list[list[str]],
    numeric: set[int],
    summary: list[tuple[str, str]],
    side: list[str],
) -> SchoolWindow:
    """ŠkolníSklad in Edge (light, warm orange): the shop's header, the category bar, the basket or the order as
    a table, the summary box with the totals without and with DPH."""
    s = SchoolWindow("edge", title)
    _edge(s, tabs, url)
    cats = "".join(
        f"<span style='padding:0 14px'>{s.t(c)}</span>"
        for c in (
            "Sešity a papír",
            "Psací potřeby",
            "Výtvarné potřeby",
            "Kancelář",
            "Tabule a fixy",
            "Pomůcky",
        )
    )
    th = "".join(f"<th class='{'n' if i in numeric else ''}'>{s.t(c)}</th>" for i, c in enumerate(columns))
    tr = "".join(
        "<tr>"
        + "".join(f"<td class='{'n' if i in numeric else ''}'>{s.t(v)}</td>" for i, v in enumerate(r))
        + "</tr>"
        for r in rows
    )
    summ = "".join(
        f"<div style='display:flex;padding:7px 0;font-size:{'18px;font-weight:bold;border-top:1px solid #d9c7a8' if i == len(summary) - 1 else '14px'}'>"
        f"<span>{s.t(k)}</span><span style='margin-left:auto'>{s.t(v)}</span></div>"
        for i, (k, v) in enumerate(summary)
    )
    sd = "".join(f"<div style='font-size:13px;color:#6b5a3e;margin-top:8px'>{s.t(x)}</div>" for x in side)
    s.body.append(
        f"<div style='height:66px;background:#fff;display:flex;align-items:center;gap:22px;padding:0 30px;"
        f"border-bottom:1px solid #eadfce'><b style='font-size:25px;color:#d9480f'>{s.t('ŠkolníSklad')}</b><span "
        f"style='font-size:13px;color:#6b5a3e'>{s.t('Vše pro školy a školky')}</span><span style='margin-left:80px;"
        f"border:1px solid #d9c7a8;border-radius:20px;padding:8px 300px 8px 14px;color:#999;font-size:14px'>"
        f"{s.t('Hledat zboží')}</span><span style='margin-left:auto;font-size:14px'>{s.t(account)}</span></div>"
        f"<div style='height:40px;background:#d9480f;color:#fff;display:flex;align-items:center;font-size:14px;"
        f"padding:0 16px'>{cats}</div><div style='padding:16px 30px;height:842px;overflow:hidden;background:"
        f"#fffdf9'><div style='font-size:24px;font-weight:bold;margin-bottom:10px'>{s.t(heading)}</div>"
        + (
            f"<div style='background:#e6f4ea;border:1px solid #b7dfc3;border-radius:4px;padding:10px 14px;"
            f"font-size:14px;margin-bottom:12px'>{s.t(notice)}</div>"
            if notice
            else ""
        )
        + f"<div style='display:flex;gap:26px'><div style='flex:1;background:#fff;border:1px solid #eadfce'><table "
        f"class='es' style='width:100%;border-collapse:collapse'><tr>{th}</tr>{tr}</table></div><div style='width:"
        f"390px;background:#fff;border:1px solid #eadfce;padding:14px 18px'><div style='font-size:16px;font-weight:"
        f"bold;margin-bottom:6px'>{s.t('Souhrn objednávky')}</div>{summ}{sd}</div></div></div>"
    )
    return s


# ---------------------------------------------------------------------------------------- internet banking
def bank(
    title: str,
    tabs: list[str],
    url: str,
    user: str,
    account_lines: list[str],
    balance: tuple[str, str],
    heading: str,
    columns: list[str] | None,
    rows: list[list[str]],
    numeric: set[int],
    form: list[tuple[str, str]] | None,
    notice: str,
) -> SchoolWindow:
    """Internet banking in Firefox (light, teal): the bank's header with the user, the account's card (name,
    number, IBAN, the available balance), and either the movements as a table or a payment order's fields."""
    s = SchoolWindow("firefox", title)
    _firefox(s, tabs, url)
    nav = "".join(
        f"<span style='padding:0 16px;{'font-weight:bold;' if n == 'Účty' else ''}'>{s.t(n)}</span>"
        for n in ("Přehled", "Účty", "Platby", "Trvalé příkazy", "Karty", "Nastavení")
    )
    card = "".join(
        f"<div style='font-size:{'17px;font-weight:bold' if i == 0 else '13.5px;color:#dff5f1'};margin-top:4px'>"
        f"{s.t(x)}</div>"
        for i, x in enumerate(account_lines)
    )
    if columns is not None:
        th = "".join(
            f"<th class='{'n' if i in numeric else ''}'>{s.t(c)}</th>" for i, c in enumerate(columns)
        )
        tr = "".join(
            "<tr>"
            + "".join(
                f"<td class='{'n' if i in numeric else ''}'>{s.t(v) if v else ''}</td>"
                for i, v in enumerate(r)
            )
            + "</tr>"
            for r in rows
        )
        main = f"<table class='bk' style='width:100%;border-collapse:collapse;background:#fff'><tr>{th}</tr>{tr}</table>"
    else:
        main = (
            "<div style='background:#fff;border:1px solid #e4e8ee;padding:16px 22px'>"
            + "".join(
                f"<div style='display:flex;padding:9px 0;border-bottom:1px solid #eef1f4;font-size:14.5px'><span style='"
                f"width:260px;color:#5a6776'>{s.t(k)}</span><span><b>{s.t(v)}</b></span></div>"
                for k, v in form or []
            )
            + "</div>"
        )
    s.body.append(
        f"<div style='height:58px;background:#0c7c59;color:#fff;display:flex;align-items:center;padding:0 30px;"
        f"gap:20px'><b style='font-size:21px'>{s.t('Internetbanka')}</b><span style='font-size:13.5px;opacity:.85'>"
        f"{s.t('Vltavská spořitelna')}</span><span style='margin-left:auto;font-size:13.5px'>{s.t(user)}</span></div>"
        f"<div style='height:42px;background:#e6f2ee;display:flex;align-items:center;font-size:14px;padding:0 14px;"
        f"color:#0c5a42'>{nav}</div><div style='display:flex;gap:24px;padding:18px 30px;height:848px;overflow:hidden;"
        f"background:#f5f7f9'><div style='width:400px'><div style='background:#0c7c59;color:#fff;border-radius:10px;"
        f"padding:18px 20px'>{card}<div style='margin-top:18px;font-size:13px;color:#dff5f1'>{s.t(balance[0])}</div>"
        f"<div style='font-size:26px;font-weight:bold'>{s.t(balance[1])}</div></div></div><div style='flex:1'><div "
        f"style='font-size:22px;font-weight:bold;color:#0c5a42;margin-bottom:12px'>{s.t(heading)}</div>"
        + (
            f"<div style='background:#e6f4ea;border:1px solid #9fd3b5;border-radius:4px;padding:10px 14px;"
            f"font-size:14px;margin-bottom:12px'>{s.t(notice)}</div>"
            if notice
            else ""
        )
        + f"{main}</div></div>"
    )
    return s


# ----------------------------------------------------------------------------------------------- weather
def weather(
    title: str,
    tabs: list[str],
    url: str,
    place: str,
    now: list[str],
    columns: list[str],
    rows: list[list[str]],
) -> SchoolWindow:
    """A weather page in Edge (light, sky blue): the place, the current conditions and a forecast table."""
    s = SchoolWindow("edge", title)
    _edge(s, tabs, url)
    cur = "".join(
        f"<div style='font-size:{'44px;font-weight:bold' if i == 0 else '15px'};margin-top:4px'>{s.t(x)}</div>"
        for i, x in enumerate(now)
    )
    th = "".join(
        f"<th style='padding:8px 14px;text-align:left;font-size:13px'>{s.t(c)}</th>" for c in columns
    )
    tr = "".join(
        "<tr>" + "".join(f"<td style='padding:9px 14px;font-size:14px'>{s.t(v)}</td>" for v in r) + "</tr>"
        for r in rows
    )
    s.body.append(
        f"<div style='height:948px;background:linear-gradient(#6fa8dc,#cfe2f3);padding:26px 60px'><div style='"
        f"font-size:15px;color:#fff'>{s.t('Počasí')}</div><div style='font-size:28px;color:#fff;font-weight:bold'>"
        f"{s.t(place)}</div><div style='display:flex;gap:40px;margin-top:18px'><div style='width:420px;background:"
        f"#ffffffcc;border-radius:12px;padding:18px 24px'>{cur}</div><div style='flex:1;background:#ffffffe6;"
        f"border-radius:12px;padding:12px'><table style='border-collapse:collapse;width:100%'><tr>{th}</tr>{tr}"
        f"</table></div></div></div>"
    )
    return s


# ------------------------------------------------------------------------------------------ Acrobat Reader
def acrobat(title: str, tabs: list[str], page: int, pages: int, blocks: list[tuple]) -> SchoolWindow:
    """Adobe Acrobat Reader (dark): the tab strip of open documents, the tool bar, and a white page with a
    heading, paragraphs, key-value tables under section titles and plain tables ("tbl": columns, rows)."""
    s = SchoolWindow("acrobat", title, theme="dark")
    tab = "".join(
        f"<div style='width:260px;height:34px;line-height:34px;padding:0 12px;font-size:12.5px;color:#eee;"
        f"white-space:nowrap;overflow:hidden;{'background:#323232;' if i == 0 else ''}'>{s.t(_cut(t, 34))}</div>"
        for i, t in enumerate(tabs)
    )
    s.top = (
        f"<div style='height:40px;background:#1e1e1e;display:flex;align-items:flex-end;gap:2px;padding:0 8px'>"
        f"<span style='color:#eee;font-size:13px;padding:0 14px 10px'>{s.t('Domů')}</span>{tab}{_winctl('#ddd')}</div>"
    )
    tools = "".join(
        f"<span style='padding:0 12px'>{s.t(t)}</span>"
        for t in ("Soubor", "Úpravy", "Zobrazení", "Okno", "Nápověda")
    )
    inner = ""
    for b in blocks:
        if b[0] == "h":
            inner += f"<div style='font-size:25px;font-weight:bold;color:#111'>{s.t(b[1])}</div>"
        elif b[0] == "sub":
            inner += f"<div style='font-size:15px;color:#18406b;margin:4px 0 12px'>{s.t(b[1])}</div>"
        elif b[0] == "p":
            inner += (
                f"<div style='font-size:13.5px;line-height:20px;margin:7px 0;color:#222'>{s.t(b[1])}</div>"
            )
        elif b[0] == "sec":
            rows = "".join(
                f"<tr><td style='width:250px;color:#444'>{s.t(k)}</td><td><b>{s.t(v)}</b></td></tr>"
                for k, v in b[2]
            )
            inner += (
                f"<div style='display:inline-block;vertical-align:top;width:48%;margin:8px 1% 0 0'><div style='"
                f"border-bottom:2px solid #18406b;color:#18406b;font-size:14px;font-weight:bold;padding:4px 0'>"
                f"{s.t(b[1])}</div><table class='pd' style='width:100%;border-collapse:collapse;color:#111'>{rows}"
                f"</table></div>"
            )
        elif b[0] == "tbl":
            cols, rws, num = b[1], b[2], b[3]
            th = "".join(
                f"<th style='background:#eef2f6;padding:6px 10px;font-size:12.5px;text-align:"
                f"{'right' if i in num else 'left'}'>{s.t(c)}</th>"
                for i, c in enumerate(cols)
            )
            tr = "".join(
                "<tr>"
                + "".join(
                    f"<td style='text-align:{'right' if i in num else 'left'}'>{s.t(v) if v else ''}</td>"
                    for i, v in enumerate(r)
                )
                + "</tr>"
                for r in rws
            )
            inner += (
                f"<table class='pd' style='width:100%;border-collapse:collapse;color:#111;margin:10px 0'><tr>{th}</tr>"
                f"{tr}</table>"
            )
    s.body.append(
        f"<div style='height:40px;background:#2c2c2c;color:#e6e6e6;display:flex;align-items:center;padding:0 12px;"
        f"font-size:13px;border-bottom:1px solid #111'>{tools}<span style='margin-left:420px'>{s.t(str(page))}"
        f"</span><span style='margin-left:6px'>{s.t(f'/ {pages}')}</span><span style='margin-left:auto'>"
        f"{s.t('100 %')}</span></div><div style='height:952px;background:#3b3b3b;overflow:hidden;padding-top:16px'>"
        f"<div style='width:1100px;margin:0 auto;background:#fff;min-height:1200px;padding:40px 56px'>{inner}</div>"
        f"</div>"
    )
    return s


# ------------------------------------------------------------------------------------------------- Excel
def excel(
    title: str,
    cell: str,
    formula: str,
    cols: list[str],
    rows: list[tuple[str, int, list[str]]],
    numeric: set[int],
    red: set[tuple[int, int]],
    selected: tuple[int, int] | None,
    sheets: list[str],
) -> SchoolWindow:
    """Excel (light, Czech ribbon): the title bar, the tabs Soubor/Domů/…, the name box and the formula bar, the
    grid with row numbers (an orange header row, data rows, totals rows), red cells for what is owed, and the
    sheet tabs."""
    s = SchoolWindow("excel", title)
    s.top = (
        f"<div style='height:36px;background:#107c41;color:#fff;display:flex;align-items:center;padding:0 14px;"
        f"font-size:13px'><span style='margin-left:640px'>{s.t(title)}</span>{_winctl('#fff')}</div>"
    )
    ribbon = "".join(
        f"<span style='padding:6px 11px;{'border-bottom:3px solid #107c41;font-weight:bold;' if r == 'Domů' else ''}'>"
        f"{s.t(r)}</span>"
        for r in ("Soubor", "Domů", "Vložení", "Rozložení stránky", "Vzorce", "Data", "Revize", "Zobrazení")
    )
    head = "<th></th>" + "".join(f"<th>{s.t(c)}</th>" for c in cols)
    grid = ""
    for i, (kind, n, vals) in enumerate(rows):
        tds = "".join(
            f"<td class='{'n' if (j in numeric and kind not in ('hd', 'nt')) else ''}"
            f"{' sel' if selected == (i, j) else ''}{' red' if (i, j) in red else ''}'>{s.t(v) if v else ''}</td>"
            for j, v in enumerate(vals)
        )
        tds += "<td></td>" * (len(cols) - len(vals))
        grid += f"<tr class='{kind}'><td class='rn'>{s.t(str(n))}</td>{tds}</tr>"
    tabs = "".join(
        f"<span style='padding:6px 16px;{'background:#fff;color:#107c41;font-weight:bold;border-bottom:2px solid #107c41;' if i == 0 else ''}'>"
        f"{s.t(t)}</span>"
        for i, t in enumerate(sheets)
    )
    s.body.append(
        f"<div style='height:40px;background:#f3f3f3;display:flex;align-items:center;font-size:13.5px;padding:0 8px;"
        f"border-bottom:1px solid #ddd'>{ribbon}</div><div style='height:64px;background:#f9f9f9;border-bottom:1px "
        f"solid #ddd'></div><div style='height:30px;display:flex;align-items:center;gap:10px;padding:0 8px;"
        f"font-size:13px;border-bottom:1px solid #ddd'><span style='width:90px;border:1px solid #ccc;padding:2px 6px'>"
        f"{s.t(cell)}</span><span style='color:#777'>fx</span><span>{s.t(formula)}</span></div><div style='"
        f"height:796px;overflow:hidden;background:#fff'><table class='zx' style='border-collapse:collapse'><tr>{head}"
        f"</tr>{grid}</table></div><div style='height:30px;background:#f3f3f3;border-top:1px solid #ddd;display:flex;"
        f"align-items:center;font-size:13px;padding:0 10px'>{tabs}<span style='margin-left:auto;color:#555'>"
        f"{s.t('Připraveno')}</span></div>"
    )
    return s
