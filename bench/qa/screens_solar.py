"""Window layouts for the thirteenth held-out QA workday "solar" (bench/qa/day_solar.py): the planner of a solar
panel and heat pump installer in Utrecht, on a Dutch (nl-NL) Windows 11 with a dark taskbar (the weather at the
left, "7°C Motregen" in the morning and "9°C Half bewolkt" after noon, centred icons with the search pill
"Zoeken", the input indicator 'NLD / US' and the clock "14:05" over "20-11-2026"). Light and dark windows mixed,
none of the layouts of the other days' screens_*.py reused: Thunderbird in its dark theme (the classic layout:
the folder pane, the message list as a table with Onderwerp/Correspondent/Datum columns above the message pane
whose header block puts Van, Aan, Onderwerp and Datum on their own lines above the body) and its Agenda tab (a
week view with a mini month), Mattermost Desktop (light: a team rail, the channel sidebar in navy, a channel's
posts grouped by author), PlanBord (a field-service planning board in Chrome: a week grid of crews by days with
job cards and the selected job's panel), a quotation tool (Zonnewerk Offerte in Edge, dark: the quote's line
items with their BTW rate, the totals per rate, the status and the revision history), Edge's PDF viewer (dark,
a module's datasheet on a white page), the wholesaler's webshop in Firefox (light: the basket with article
numbers and EAN codes, the order summary, the order's confirmation), the grid operator's installer portal in
Firefox (the registrations of feed-in installations and one registration's page), a route planner in Chrome
(the stops in a side panel over a drawn map without words) and Excel (light, Dutch ribbon: the installations of
the quarter). Only the frame around them is shared: screens.Window (title, lines, the taskbar clock and date as
truth) and its process paths in screens.APPS (Mattermost is added with setdefault). Every layout records each
line of text it draws, in reading order, so a frame's ground truth is exact."""

from __future__ import annotations

import html
import zlib
from dataclasses import dataclass

from make_sample import CSS
from screens import APPS, Window

NEW_APPS = {
    "mattermost": "C:\\Users\\user\\AppData\\Local\\Programs\\mattermost-desktop\\Mattermost.exe",
}
for _key, _path in NEW_APPS.items():
    APPS.setdefault(_key, _path)

SOLAR_CSS = """
body { font-family: 'Liberation Sans', 'DejaVu Sans', sans-serif; }
.sw { height: 1032px; overflow: hidden; position: relative; }
.stb { position: absolute; top: 1032px; left: 0; width: 1920px; height: 48px; background: #1c1c1c; color: #f2f2f2;
       border-top: 1px solid #333; font-size: 12px; }
.stb .wx { position: absolute; left: 12px; top: 7px; display: flex; gap: 8px; align-items: center; line-height: 16px; }
.stb .wx i { width: 26px; height: 26px; border-radius: 13px; display: inline-block;
             background: radial-gradient(circle at 60% 45%, #9fb3c8 0 45%, #5d7590 46%); }
.stb .mid { position: absolute; left: 0; right: 0; top: 6px; display: flex; justify-content: center; gap: 6px;
            align-items: center; }
.stb .mid i { width: 34px; height: 34px; border-radius: 7px; display: inline-block; }
.stb .sk { background: #2d2d2d; border: 1px solid #444; border-radius: 18px; padding: 8px 96px 8px 14px;
           color: #c8c8c8; font-size: 13px; margin: 0 6px; }
.stb .rt { position: absolute; right: 12px; top: 7px; display: flex; gap: 16px; align-items: center; }
.stb .ck { text-align: right; line-height: 17px; }
.stb .kb { text-align: center; line-height: 16px; font-size: 11.5px; }
.tbl td { padding: 4px 10px; font-size: 13px; white-space: nowrap; border-bottom: 1px solid #3a3a3a; }
.tbl th { padding: 5px 10px; font-size: 12.5px; text-align: left; font-weight: normal; color: #bbb;
          border-bottom: 1px solid #555; white-space: nowrap; }
.pb td { border: 1px solid #d6dde3; vertical-align: top; padding: 6px; width: 292px; height: 176px; }
.pb th { border: 1px solid #d6dde3; background: #eef4f6; padding: 8px; font-size: 14px; text-align: left; }
.of td { padding: 9px 12px; font-size: 14px; border-bottom: 1px solid #3b3f46; white-space: nowrap; color: #e6edf3; }
.of th { padding: 8px 12px; font-size: 12.5px; color: #9aa3ae; text-align: left; border-bottom: 2px solid #4a505a;
         white-space: nowrap; }
.of td.n, .of th.n { text-align: right; }
.ws td { padding: 11px 12px; font-size: 14px; border-bottom: 1px solid #e5e7ea; white-space: nowrap; }
.ws th { padding: 9px 12px; font-size: 12.5px; color: #555; text-align: left; background: #f4f5f6; white-space: nowrap; }
.ws td.n, .ws th.n { text-align: right; }
.pt td { padding: 9px 12px; font-size: 13.5px; border-bottom: 1px solid #dfe6ee; white-space: nowrap; }
.pt th { padding: 9px 12px; font-size: 12.5px; background: #00395d; color: #fff; text-align: left; white-space: nowrap; }
.xl td, .xl th { border: 1px solid #d4d4d4; height: 25px; padding: 0 7px; font-size: 13px; white-space: nowrap; }
.xl th { background: #f0f0f0; color: #444; font-weight: normal; font-size: 12px; text-align: center; }
.xl td.n { text-align: right; } .xl td.rn { background: #f0f0f0; color: #444; text-align: center; font-size: 12px;
  width: 36px; } .xl tr.hd td { background: #1f4e78; color: #fff; font-weight: bold; }
.xl tr.tt td { font-weight: bold; background: #ddebf7; } .xl td.sel { outline: 2px solid #107c41; outline-offset: -2px; }
.ds td { padding: 5px 10px; font-size: 13px; border-bottom: 1px solid #d9d9d9; }
"""

TASK_ICONS = ("#0a84ff", "#ffb900", "#1e325c", "#0f9d8f", "#ff7139", "#107c41", "#0078d4", "#00395d")


def taskbar_weather(clock: str) -> tuple[str, str]:
    """The taskbar's weather in Utrecht: drizzle in the morning, then half cloudy after noon."""
    return ("7°C", "Motregen") if clock < "12:00" else ("9°C", "Half bewolkt")


def nl_date(date: str) -> str:
    """make_days' 'eu' date '20.11.2026' -> '20-11-2026', the way nl-NL Windows writes the short date."""
    return date.replace(".", "-")


@dataclass
class SolarWindow(Window):
    """A screens.Window whose app draws its own frame into `top`, over a dark Windows 11 taskbar (the weather at
    the left, centred icons and the search pill, the input indicator and the clock at the right)."""

    top: str = ""
    toast: str = ""

    def page(self, clock: str, date: str) -> str:
        temp, sky = taskbar_weather(clock)
        icons = "".join(f"<i style='background:{c}'></i>" for c in TASK_ICONS)
        return (
            f"<html><head><meta charset='utf-8'><style>{CSS}{SOLAR_CSS}</style></head>"
            f"<body><div class='sw'>{self.top}{''.join(self.body)}{self.toast}</div>"
            f"<div class='stb'><div class='wx'><i></i><div><b>{html.escape(temp)}</b><br>{html.escape(sky)}</div>"
            f"</div><div class='mid'><i style='background:linear-gradient(135deg,#4cc2ff,#0067c0)'></i><span "
            f"class='sk'>Zoeken</span>{icons}</div><div class='rt'><span>&#8963;</span><div class='kb'>NLD<br>US"
            f"</div><span>&#9782; &#9836;</span><div class='ck'>{html.escape(clock)}<br>"
            f"{html.escape(nl_date(date))}</div></div></div></body></html>"
        )

    def truth_lines(self, clock: str, date: str) -> list[str]:
        temp, sky = taskbar_weather(clock)
        return [self.title, *self.lines, temp, sky, "Zoeken", "NLD", "US", clock, nl_date(date)]

    def notify(self, app: str, who: str, text: str) -> None:
        """A Windows 11 notification (dark), bottom right: the app, the sender in bold, the first line."""
        self.toast = (
            f"<div style='position:absolute;right:14px;bottom:14px;width:390px;background:#2b2b2b;color:#f3f3f3;"
            f"border:1px solid #3d3d3d;border-radius:8px;box-shadow:0 8px 24px #0008;padding:12px 16px;font-size:"
            f"13px'><div style='color:#bdbdbd;font-size:12px'>{self.t(app)}</div><div style='font-weight:bold;"
            f"margin-top:6px'>{self.t(who)}</div><div style='margin-top:2px;line-height:18px'>{self.t(text)}</div>"
            f"</div>"
        )


def _tint(name: str) -> str:
    """A stable colour for a name's avatar (crc32, not str's salted hash)."""
    return f"#{zlib.crc32(name.encode()) % 0x777777 + 0x444444:06x}"


def _winctl(color: str) -> str:
    return (
        f"<span style='margin-left:auto;letter-spacing:22px;font-size:12px;color:{color};padding-left:20px'>"
        f"&#8212;&#9633;&#10005;</span>"
    )


def _avatar(name: str, size: int = 32, radius: int | None = None) -> str:
    r = size // 2 if radius is None else radius
    return (
        f"<span style='display:inline-block;flex:none;width:{size}px;height:{size}px;border-radius:{r}px;"
        f"background:{_tint(name)}'></span>"
    )


def _cut(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"


# ------------------------------------------------------------------------------------------ browser frames
def _chrome(s: SolarWindow, tabs: list[str], url: str) -> None:
    """Chrome (light, nl-NL): rounded tabs on a grey strip and the omnibox."""
    tab = "".join(
        f"<div style='width:240px;height:34px;line-height:34px;padding:0 12px;font-size:12.5px;white-space:nowrap;"
        f"overflow:hidden;border-radius:9px 9px 0 0;color:#202124;background:{'#fff' if i == 0 else 'transparent'}'>"
        f"<span style='display:inline-block;width:12px;height:12px;border-radius:6px;background:{_tint(t)};"
        f"margin-right:8px;vertical-align:-1px'></span>{s.t(_cut(t, 30))}</div>"
        for i, t in enumerate(tabs)
    )
    s.top = (
        f"<div style='height:42px;background:#dfe1e5;display:flex;align-items:flex-end;gap:2px;padding:0 8px'>{tab}"
        f"<span style='font-size:18px;color:#444;padding:0 10px 8px'>+</span>{_winctl('#333')}</div>"
        f"<div style='height:42px;background:#fff;display:flex;align-items:center;gap:14px;padding:0 14px;"
        f"font-size:14px;color:#202124;border-bottom:1px solid #dadce0'><span style='letter-spacing:12px;"
        f"color:#5f6368'>&#8592;&#8594;&#8635;</span><div style='flex:1;background:#f1f3f4;border-radius:18px;"
        f"padding:7px 16px'>{s.t(url)}</div><span style='width:28px;height:28px;border-radius:14px;"
        f"background:#0f9d8f'></span></div>"
    )


def _edge_dark(s: SolarWindow, tabs: list[str], url: str) -> None:
    """Edge in its dark theme: squared tabs and the address bar."""
    tab = "".join(
        f"<div style='width:250px;height:32px;line-height:32px;padding:0 12px;font-size:12.5px;white-space:nowrap;"
        f"overflow:hidden;border-radius:6px 6px 0 0;color:#e8e8e8;{'background:#3b3b3b;' if i == 0 else ''}'>"
        f"{s.t(_cut(t, 32))}</div>"
        for i, t in enumerate(tabs)
    )
    s.top = (
        f"<div style='height:40px;background:#202020;display:flex;align-items:flex-end;gap:4px;padding:0 10px'>"
        f"<span style='width:24px;height:24px;border-radius:5px;background:#444;margin:0 6px 5px 0'></span>{tab}"
        f"{_winctl('#ddd')}</div><div style='height:42px;background:#3b3b3b;display:flex;align-items:center;gap:14px;"
        f"padding:0 12px;font-size:13.5px;border-bottom:1px solid #2a2a2a'><span style='letter-spacing:10px;"
        f"color:#ccc'>&#8592;&#8594;&#8635;</span><div style='flex:1;background:#2b2b2b;border-radius:16px;"
        f"padding:5px 14px;color:#eee'>{s.t(url)}</div><span style='color:#ccc;letter-spacing:8px'>"
        f"&#9734;&#9776;</span></div>"
    )


def _firefox(s: SolarWindow, tabs: list[str], url: str) -> None:
    """Firefox (light): tabs with a coloured top line for the selected one, the URL bar in the toolbar."""
    tab = "".join(
        f"<div style='width:230px;height:34px;line-height:34px;padding:0 12px;font-size:12.5px;white-space:nowrap;"
        f"overflow:hidden;color:#15141a;{'background:#fff;border-top:2px solid #ff7139;' if i == 0 else ''}'>"
        f"{s.t(_cut(t, 28))}</div>"
        for i, t in enumerate(tabs)
    )
    s.top = (
        f"<div style='height:40px;background:#f0f0f4;display:flex;align-items:flex-end;gap:2px;padding:0 8px'>{tab}"
        f"{_winctl('#333')}</div><div style='height:42px;background:#fff;display:flex;align-items:center;gap:12px;"
        f"padding:0 12px;font-size:14px;border-bottom:1px solid #e0e0e6'><span style='letter-spacing:10px;"
        f"color:#5b5b66'>&#8592;&#8594;&#8635;</span><div style='flex:1;background:#f0f0f4;border-radius:4px;"
        f"padding:6px 12px'>{s.t(url)}</div><span style='color:#5b5b66;letter-spacing:8px'>&#9776;</span></div>"
    )


# --------------------------------------------------------------------------------------------- Thunderbird
def _tb_top(s: SolarWindow, tabs: list[str], active: int) -> None:
    tab = "".join(
        f"<div style='padding:0 16px;height:34px;line-height:34px;font-size:13px;border-radius:6px 6px 0 0;"
        f"color:#e4e4e7;{'background:#2a2a2e;' if i == active else ''}'>{s.t(t)}</div>"
        for i, t in enumerate(tabs)
    )
    tools = "".join(
        f"<span style='padding:5px 10px;{'background:#0a84ff;color:#fff;border-radius:4px;' if i == 1 else ''}'>"
        f"{s.t(b)}</span>"
        for i, b in enumerate(("Ophalen", "Opstellen", "Chat", "Adresboek", "Labels", "Snelfilter"))
    )
    s.top = (
        f"<div style='height:38px;background:#18181b;display:flex;align-items:flex-end;gap:4px;padding:0 8px'>"
        f"{tab}{_winctl('#ddd')}</div><div style='height:44px;background:#2a2a2e;color:#e4e4e7;display:flex;"
        f"align-items:center;gap:8px;padding:0 12px;font-size:13px;border-bottom:1px solid #111'>{tools}"
        f"<span style='margin-left:auto;background:#1c1b22;border:1px solid #4a4a55;border-radius:4px;padding:5px "
        f"200px 5px 10px;color:#aaa'>{s.t('Zoeken <Ctrl+K>')}</span></div>"
    )


def thunderbird_mail(
    title: str,
    account: str,
    folders: list[tuple[str, str]],
    items: list[tuple[str, str, str, bool]],
    selected: str | None,
    message: dict | None,
) -> SolarWindow:
    """Thunderbird (dark), the classic layout: the folder pane with unread counts, the message list as a table
    (Onderwerp, Correspondent, Datum; unread in bold) above the message pane: a header block with Van, Aan,
    Onderwerp and Datum each on its own line, then the body and the attachments."""
    s = SolarWindow("thunderbird", title, theme="dark")
    _tb_top(s, [f"Postvak IN - {account}", "Agenda"], 0)
    fl = (
        f"<div style='padding:8px 12px;font-size:13px;font-weight:bold;color:#e4e4e7'>{s.t(account)}</div>"
        + "".join(
            f"<div style='display:flex;padding:6px 12px 6px 28px;font-size:13.5px;color:#e4e4e7;"
            f"{'background:#0a84ff55;' if i == 0 else ''}'><span>{s.t(n)}</span><span style='margin-left:auto;"
            f"font-weight:bold'>{s.t(c) if c else ''}</span></div>"
            for i, (n, c) in enumerate(folders)
        )
    )
    rows = "".join(
        f"<tr style='{'background:#0a84ff66;' if subj == selected else ''}{'font-weight:bold;' if unread else ''}'>"
        f"<td style='color:#e4e4e7'>{s.t(_cut(subj, 70))}</td><td style='color:#cfcfd4'>{s.t(who)}</td>"
        f"<td style='color:#cfcfd4'>{s.t(when)}</td></tr>"
        for subj, who, when, unread in items
    )
    head = "".join(f"<th>{s.t(h)}</th>" for h in ("Onderwerp", "Correspondent", "Datum"))
    listing = (
        f"<div style='height:330px;overflow:hidden;border-bottom:3px solid #111'><table class='tbl' style='width:"
        f"100%;border-collapse:collapse'><tr>{head}</tr>{rows}</table></div>"
    )
    if message is None:
        pane = (
            f"<div style='flex:1;display:flex;align-items:center;justify-content:center;color:#9a9aa3;font-size:"
            f"15px'>{s.t('Geen bericht geselecteerd')}</div>"
        )
    else:
        hdr = "".join(
            f"<div style='display:flex;gap:12px;font-size:13.5px;line-height:22px'><span style='width:92px;"
            f"text-align:right;color:#9a9aa3'>{s.t(k)}</span><span style='color:#f0f0f4'>{s.t(v)}</span></div>"
            for k, v in (
                ("Van", message["from"]),
                ("Aan", message["to"]),
                *((("Cc", message["cc"]),) if message.get("cc") else ()),
                ("Onderwerp", message["subject"]),
                ("Datum", message["date"]),
            )
        )
        att = "".join(
            f"<span style='display:inline-block;border:1px solid #4a4a55;border-radius:4px;padding:4px 10px;"
            f"font-size:13px;margin:0 8px 0 0;color:#e4e4e7'>{s.t(a)}</span>"
            for a in message.get("attachments", [])
        )
        body = "".join(
            f"<div style='font-size:14.5px;line-height:22px;min-height:22px;color:#e9e9ee'>{s.t(x) if x else ''}"
            f"</div>"
            for x in message["body"]
        )
        pane = (
            f"<div style='flex:1;overflow:hidden'><div style='background:#23222b;padding:12px 18px;border-bottom:1px "
            f"solid #111'>{hdr}</div><div style='padding:16px 28px'>{body}</div>"
            + (f"<div style='padding:10px 28px;border-top:1px solid #3a3a44'>{att}</div>" if att else "")
            + "</div>"
        )
    s.body.append(
        f"<div style='display:flex;height:950px;background:#1c1b22'><div style='width:270px;background:#232229;"
        f"border-right:1px solid #111;padding-top:6px'>{fl}</div><div style='flex:1;display:flex;flex-direction:"
        f"column;overflow:hidden'>{listing}{pane}</div></div>"
    )
    return s


def thunderbird_agenda(
    title: str,
    account: str,
    month_label: str,
    range_label: str,
    days: list[str],
    today: int,
    first_hour: int,
    last_hour: int,
    events: list[tuple[int, str, str, str]],
) -> SolarWindow:
    """Thunderbird's Agenda tab (dark): a mini month and the calendars at the left, the week's day columns
    (today's heading highlighted) under the range and the view switcher, events placed by start and end."""
    s = SolarWindow("thunderbird", title, theme="dark")
    _tb_top(s, [f"Postvak IN - {account}", "Agenda"], 1)
    weeks = [
        ["", "", "", "", "", "", "1"],
        ["2", "3", "4", "5", "6", "7", "8"],
        ["9", "10", "11", "12", "13", "14", "15"],
        ["16", "17", "18", "19", "20", "21", "22"],
        ["23", "24", "25", "26", "27", "28", "29"],
        ["30", "", "", "", "", "", ""],
    ]
    mini = "".join(
        "<div style='display:flex'>"
        + "".join(
            f"<span style='width:32px;text-align:center;font-size:12px;line-height:24px;"
            f"{'background:#0a84ff;color:#fff;border-radius:12px;' if d == '20' else 'color:#d8d8de;'}'>"
            f"{s.t(d) if d else ''}</span>"
            for d in w
        )
        + "</div>"
        for w in weeks
    )
    wd = "".join(
        f"<span style='width:32px;text-align:center;font-size:11px;color:#9a9aa3'>{s.t(d)}</span>"
        for d in ("ma", "di", "wo", "do", "vr", "za", "zo")
    )
    cals = "".join(
        f"<div style='display:flex;gap:8px;align-items:center;font-size:13px;color:#e4e4e7;margin:6px 0'><span "
        f"style='width:12px;height:12px;border-radius:3px;background:{c}'></span>{s.t(n)}</div>"
        for n, c in (("Planning", "#0a84ff"), ("Persoonlijk", "#2ac3a2"), ("Feestdagen NL", "#ff9f0a"))
    )
    hour_px, col_w, left = 78, 272, 54
    head = "".join(
        f"<div style='position:absolute;left:{left + i * col_w}px;top:0;width:{col_w}px;padding:6px 10px;font-size:"
        f"14px;border-left:1px solid #3a3a44;{'color:#fff;background:#0a84ff55;' if i == today else 'color:#cfcfd4;'}'>"
        f"{s.t(d)}</div>"
        for i, d in enumerate(days)
    )
    ruler = "".join(
        f"<div style='position:absolute;left:0;top:{34 + (h - first_hour) * hour_px}px;width:"
        f"{left + len(days) * col_w}px;border-top:1px solid #34343d;font-size:11.5px;color:#9a9aa3;padding:2px 0 0 "
        f"4px'>{s.t(f'{h:02d}:00')}</div>"
        for h in range(first_hour, last_hour)
    )

    def y(hhmm: str) -> int:
        h, m = (int(v) for v in hhmm.split(":"))
        return 34 + int((h - first_hour + m / 60) * hour_px)

    ev = "".join(
        f"<div style='position:absolute;left:{left + day * col_w + 4}px;top:{y(a) + 1}px;width:{col_w - 10}px;"
        f"height:{max(y(b) - y(a) - 2, 20)}px;background:#0a84ff;color:#fff;border-radius:3px;padding:2px 7px;"
        f"font-size:12.5px;line-height:16px;overflow:hidden'>{s.t(f'{a} - {b}')} {s.t(what)}</div>"
        for day, a, b, what in events
    )
    views = "".join(
        f"<span style='padding:5px 12px;{'background:#0a84ff;color:#fff;border-radius:4px;' if v == 'Week' else ''}'>"
        f"{s.t(v)}</span>"
        for v in ("Dag", "Week", "Meerdere weken", "Maand")
    )
    s.body.append(
        f"<div style='display:flex;height:950px;background:#1c1b22;color:#e4e4e7'><div style='width:270px;"
        f"background:#232229;border-right:1px solid #111;padding:14px'><div style='background:#0a84ff;color:#fff;"
        f"border-radius:4px;padding:7px 12px;font-size:13.5px;display:inline-block'>{s.t('Nieuwe afspraak')}</div>"
        f"<div style='margin:16px 0 6px;font-size:14px;font-weight:bold'>{s.t(month_label)}</div><div "
        f"style='display:flex'>{wd}</div>{mini}<div style='margin-top:22px;font-size:13px;font-weight:bold'>"
        f"{s.t('Agenda')}</div>{cals}</div><div style='flex:1;display:flex;flex-direction:column'><div style='"
        f"height:50px;display:flex;align-items:center;gap:12px;padding:0 16px;font-size:13.5px;border-bottom:1px "
        f"solid #111'><span style='border:1px solid #4a4a55;border-radius:4px;padding:4px 10px'>{s.t('Vandaag')}"
        f"</span><b style='font-size:17px'>{s.t(range_label)}</b><span style='margin-left:auto'></span>{views}</div>"
        f"<div style='flex:1;padding:8px 14px;overflow:hidden'><div style='position:relative;height:"
        f"{34 + (last_hour - first_hour) * hour_px}px'>{head}{ruler}{ev}</div></div></div></div>"
    )
    return s


# -------------------------------------------------------------------------------------------- Mattermost
def mattermost(
    title: str,
    team: str,
    channels: list[tuple[str, str, bool]],
    dms: list[str],
    channel: str,
    purpose: str,
    members: str,
    posts: list[tuple[str, str, str]],
    day_label: str,
) -> SolarWindow:
    """Mattermost Desktop (light): the server tab bar, the team rail, the navy sidebar (channels with unread
    ones in bold and mention counts, direct messages), the channel header with its purpose and member count, and
    posts grouped by author (avatar, name, time, then the text) under a date separator, and the message box."""
    s = SolarWindow("mattermost", title)
    s.top = (
        f"<div style='height:40px;background:#14213e;color:#fff;display:flex;align-items:center;gap:16px;padding:0 "
        f"14px;font-size:13px'><span style='background:#1e325c;border-radius:4px;padding:5px 14px'>{s.t(team)}</span>"
        f"<span style='margin-left:420px;background:#ffffff22;border-radius:4px;padding:6px 260px 6px 12px;color:"
        f"#ffffffbb'>{s.t('Zoeken')}</span>{_winctl('#fff')}</div>"
    )
    side = ""
    for name, badge, unread in channels:
        on = name == channel
        mark = "background:#28427b;border-left:3px solid #5d89ea;" if on else ""
        side += (
            f"<div style='display:flex;gap:8px;padding:6px 18px;font-size:14px;{mark}color:"
            f"{'#fff' if (on or unread) else '#ffffffa8'};{'font-weight:bold;' if unread else ''}'><span style='"
            f"width:12px;height:12px;border:2px solid currentColor;border-radius:3px;margin-top:3px'></span><span>"
            f"{s.t(name)}</span>"
            + (
                f"<span style='margin-left:auto;background:#fff;color:#1e325c;border-radius:8px;padding:0 7px;"
                f"font-size:12px;font-weight:bold'>{s.t(badge)}</span>"
                if badge
                else ""
            )
            + "</div>"
        )
    dm = "".join(
        f"<div style='display:flex;gap:8px;align-items:center;padding:5px 18px;font-size:14px;color:#ffffffa8'>"
        f"{_avatar(n, 18)}{s.t(n)}</div>"
        for n in dms
    )
    ps, last = "", None
    for who, when, text in posts:
        if who != last:
            ps += (
                f"<div style='display:flex;gap:12px;margin-top:16px'>{_avatar(who, 36, 6)}<div><div style='font-size:"
                f"14.5px'><b>{s.t(who)}</b><span style='color:#777;font-size:12px;margin-left:8px'>{s.t(when)}"
                f"</span></div><div style='font-size:14.5px;line-height:22px;margin-top:2px'>{s.t(text)}</div></div>"
                f"</div>"
            )
        else:
            ps += (
                f"<div style='display:flex;gap:12px;margin-top:4px'><span style='width:36px;flex:none;color:#999;"
                f"font-size:11px;padding-top:4px'>{s.t(when)}</span><div style='font-size:14.5px;line-height:22px'>"
                f"{s.t(text)}</div></div>"
            )
        last = who
    rail = "".join(
        f"<div style='width:38px;height:38px;border-radius:8px;margin:10px auto;background:{c}'></div>"
        for c in ("#5d89ea", "#ffffff33", "#ffffff33")
    )
    s.body.append(
        f"<div style='display:flex;height:952px'><div style='width:64px;background:#14213e;padding-top:4px'>{rail}"
        f"</div><div style='width:250px;background:#1e325c;padding-top:12px;overflow:hidden'><div style='padding:"
        f"4px 18px 14px;color:#fff;font-size:16px;font-weight:bold'>{s.t(team)}</div><div style='padding:6px 18px;"
        f"color:#ffffff80;font-size:12px;font-weight:bold'>{s.t('KANALEN')}</div>{side}<div style='padding:16px 18px "
        f"6px;color:#ffffff80;font-size:12px;font-weight:bold'>{s.t('DIRECTE BERICHTEN')}</div>{dm}</div><div "
        f"style='flex:1;display:flex;flex-direction:column;background:#fff;color:#3f4350'><div style='height:62px;"
        f"border-bottom:1px solid #e0e0e0;padding:10px 22px'><div style='font-size:16px;font-weight:bold'>"
        f"{s.t(channel)}</div><div style='font-size:12.5px;color:#777;margin-top:3px'>{s.t(members)} · "
        f"{s.t(purpose)}</div></div><div style='flex:1;padding:6px 26px;overflow:hidden;display:flex;flex-direction:"
        f"column;justify-content:flex-end'><div style='text-align:center;font-size:12.5px;color:#777;margin:8px 0'>"
        f"{s.t(day_label)}</div>{ps}</div><div style='margin:10px 26px 18px;border:1px solid #ccc;border-radius:4px;"
        f"padding:12px 14px;color:#888;font-size:14px'>{s.t('Schrijf naar ' + channel)}</div></div></div>"
    )
    return s


# ---------------------------------------------------------------------------------------------- PlanBord
def planbord(
    title: str,
    tabs: list[str],
    url: str,
    user: str,
    week_label: str,
    days: list[str],
    crews: list[str],
    cells: dict[tuple[int, int], list[str] | None],
    chips: dict[tuple[int, int], str],
    selected: tuple[int, int] | None,
    detail: list[tuple[str, str]],
    footer: str,
) -> SolarWindow:
    """PlanBord in Chrome (light, teal): the app's top bar, the week switcher, a grid of crews (rows) by days
    (columns) whose cells hold a job card (the lines given, and a status chip) or 'Vrij', and the selected job's
    panel at the right."""
    s = SolarWindow("chrome", title)
    _chrome(s, tabs, url)
    nav = "".join(
        f"<span style='padding:14px 12px;{'border-bottom:3px solid #fff;' if n == 'Weekplanning' else 'opacity:.8;'}'>"
        f"{s.t(n)}</span>"
        for n in ("Weekplanning", "Projecten", "Monteurs", "Materiaal", "Rapportages")
    )
    head = "<th style='width:200px'></th>" + "".join(f"<th>{s.t(d)}</th>" for d in days)
    body = ""
    for r, crew in enumerate(crews):
        body += f"<tr><th style='background:#f6f9fa;vertical-align:top'>{s.t(crew)}</th>"
        for c in range(len(days)):
            card = cells.get((r, c))
            if not card:
                body += f"<td><div style='color:#9aa5ad;font-size:13px;padding:6px'>{s.t('Vrij')}</div></td>"
                continue
            chip = chips.get((r, c), "")
            colour = {"Bevestigd": "#0f9d8f", "Voorlopig": "#e6a100"}.get(chip, "#7a8790")
            on = (r, c) == selected
            body += (
                f"<td><div style='border-left:5px solid {colour};background:{'#e2f4f2' if on else '#f7fafb'};"
                f"{'outline:2px solid #0f9d8f;' if on else ''}border-radius:4px;padding:6px 9px;height:158px;"
                f"overflow:hidden'>"
                + "".join(
                    f"<div style='font-size:{'14px;font-weight:bold' if i == 0 else '13px'};line-height:20px'>"
                    f"{s.t(x)}</div>"
                    for i, x in enumerate(card)
                )
                + (
                    f"<span style='display:inline-block;margin-top:6px;background:{colour};color:#fff;border-radius:"
                    f"10px;padding:1px 9px;font-size:12px'>{s.t(chip)}</span>"
                    if chip
                    else ""
                )
                + "</div></td>"
            )
        body += "</tr>"
    det = "".join(
        f"<div style='padding:7px 0;border-bottom:1px solid #e3e9ec'><div style='font-size:12px;color:#6b7a83'>"
        f"{s.t(k)}</div><div style='font-size:14px;margin-top:2px'>{s.t(v)}</div></div>"
        for k, v in detail
    )
    s.body.append(
        f"<div style='height:50px;background:#0f9d8f;color:#fff;display:flex;align-items:center;gap:4px;padding:0 "
        f"18px;font-size:14.5px'><b style='font-size:18px;margin-right:24px'>{s.t('PlanBord')}</b>{nav}<span "
        f"style='margin-left:auto'>{s.t(user)}</span></div><div style='display:flex;height:856px'><div style='flex:1;"
        f"padding:12px 16px;overflow:hidden'><div style='display:flex;align-items:center;gap:12px;margin-bottom:10px;"
        f"font-size:14px'><span style='border:1px solid #c9d3d8;border-radius:4px;padding:4px 10px'>&#8249;</span>"
        f"<b style='font-size:18px'>{s.t(week_label)}</b><span style='border:1px solid #c9d3d8;border-radius:4px;"
        f"padding:4px 10px'>&#8250;</span><span style='margin-left:auto;color:#6b7a83'>{s.t(footer)}</span></div>"
        f"<table class='pb' style='border-collapse:collapse'><tr>{head}</tr>{body}</table></div><div style='"
        f"width:330px;border-left:1px solid #d6dde3;padding:14px 18px;background:#fbfdfd'><div style='font-size:"
        f"16px;font-weight:bold;margin-bottom:6px'>{s.t('Geselecteerde opdracht')}</div>{det}</div></div>"
    )
    return s


# ------------------------------------------------------------------------------------------- the quote tool
def offerte(
    title: str,
    tabs: list[str],
    url: str,
    user: str,
    number: str,
    status: str,
    head: list[tuple[str, str]],
    columns: list[str],
    lines: list[list[str]],
    numeric: set[int],
    totals: list[tuple[str, str]],
    history: list[tuple[str, str]],
) -> SolarWindow:
    """Zonnewerk Offerte in Edge (dark): a left menu, the quote's number with its status chip and the customer
    block, the line items with their BTW rate, the totals per BTW rate and the revision history."""
    s = SolarWindow("edge", title, theme="dark")
    _edge_dark(s, tabs, url)
    menu = "".join(
        f"<div style='padding:10px 20px;font-size:14px;{'background:#f5a62333;color:#f5a623;' if m == 'Offertes' else 'color:#c9ced6;'}'>"
        f"{s.t(m)}</div>"
        for m in ("Dashboard", "Offertes", "Klanten", "Artikelen", "Sjablonen", "Instellingen")
    )
    colour = {
        "Concept": "#7d8590",
        "Ter goedkeuring": "#d29922",
        "Goedgekeurd": "#2ea043",
        "Verstuurd": "#388bfd",
    }
    kv = "".join(
        f"<div style='width:420px;padding:5px 0'><span style='display:inline-block;width:150px;color:#9aa3ae;"
        f"font-size:13px'>{s.t(k)}</span><span style='font-size:14px'>{s.t(v)}</span></div>"
        for k, v in head
    )
    th = "".join(f"<th class='{'n' if i in numeric else ''}'>{s.t(c)}</th>" for i, c in enumerate(columns))
    tr = "".join(
        "<tr>"
        + "".join(f"<td class='{'n' if i in numeric else ''}'>{s.t(v)}</td>" for i, v in enumerate(r))
        + "</tr>"
        for r in lines
    )
    tot = "".join(
        f"<div style='display:flex;padding:6px 0;font-size:{'17px;font-weight:bold;border-top:2px solid #6e7681' if i == len(totals) - 1 else '14px'}'>"
        f"<span>{s.t(k)}</span><span style='margin-left:auto'>{s.t(v)}</span></div>"
        for i, (k, v) in enumerate(totals)
    )
    hist = "".join(
        f"<div style='padding:6px 0;border-bottom:1px solid #30363d;font-size:13px'><span style='color:#9aa3ae;"
        f"margin-right:12px'>{s.t(w)}</span>{s.t(t)}</div>"
        for w, t in history
    )
    s.body.append(
        f"<div style='display:flex;height:948px;background:#0d1117;color:#e6edf3'><div style='width:220px;"
        f"background:#161b22;border-right:1px solid #30363d'><div style='padding:18px 20px;font-size:18px;"
        f"font-weight:bold;color:#f5a623'>{s.t('Zonnewerk Offerte')}</div>{menu}<div style='position:absolute;"
        f"bottom:70px;padding:0 20px;font-size:13px;color:#9aa3ae'>{s.t(user)}</div></div><div style='flex:1;"
        f"padding:20px 30px;overflow:hidden'><div style='display:flex;align-items:center;gap:16px'><span "
        f"style='font-size:22px;font-weight:bold'>{s.t(number)}</span><span style='background:"
        f"{colour.get(status, '#7d8590')};color:#fff;border-radius:12px;padding:3px 12px;font-size:13px'>"
        f"{s.t(status)}</span></div><div style='display:flex;flex-wrap:wrap;margin:14px 0 16px;gap:0 30px'>{kv}</div>"
        f"<table class='of' style='width:100%;border-collapse:collapse'><tr>{th}</tr>{tr}</table><div style='"
        f"display:flex;gap:40px;margin-top:18px'><div style='flex:1'><div style='font-size:14px;font-weight:bold;"
        f"margin-bottom:6px'>{s.t('Versiegeschiedenis')}</div>{hist}</div><div style='width:520px;background:"
        f"#161b22;border:1px solid #30363d;border-radius:6px;padding:12px 18px'>{tot}</div></div></div></div>"
    )
    return s


# --------------------------------------------------------------------------------------- Edge's PDF viewer
def edge_pdf(
    title: str, tabs: list[str], url: str, page: int, pages: int, blocks: list[tuple]
) -> SolarWindow:
    """Edge's built-in PDF viewer (dark toolbar and grey canvas) with a datasheet on a white page: a heading,
    paragraphs, two-column spec tables under section titles."""
    s = SolarWindow("edge", title, theme="dark")
    _edge_dark(s, tabs, url)
    tools = "".join(
        f"<span style='padding:0 10px'>{s.t(t)}</span>"
        for t in ("Hardop voorlezen", "Tekenen", "Markeren", "Wissen")
    )
    inner = ""
    for b in blocks:
        if b[0] == "h":
            inner += f"<div style='font-size:26px;font-weight:bold;color:#111'>{s.t(b[1])}</div>"
        elif b[0] == "sub":
            inner += f"<div style='font-size:15px;color:#e07b00;margin:4px 0 14px'>{s.t(b[1])}</div>"
        elif b[0] == "p":
            inner += (
                f"<div style='font-size:13.5px;line-height:20px;margin:8px 0;color:#222'>{s.t(b[1])}</div>"
            )
        elif b[0] == "sec":
            rows = "".join(
                f"<tr><td style='width:330px;color:#444'>{s.t(k)}</td><td><b>{s.t(v)}</b></td></tr>"
                for k, v in b[2]
            )
            inner += (
                f"<div style='display:inline-block;vertical-align:top;width:48%;margin:10px 1% 0 0'><div style='"
                f"background:#e07b00;color:#fff;font-size:13.5px;font-weight:bold;padding:5px 10px'>{s.t(b[1])}</div>"
                f"<table class='ds' style='width:100%;border-collapse:collapse;color:#111'>{rows}</table></div>"
            )
    s.body.append(
        f"<div style='height:44px;background:#2b2b2b;color:#e6e6e6;display:flex;align-items:center;gap:6px;"
        f"padding:0 16px;font-size:13px;border-bottom:1px solid #1b1b1b'>{tools}<span style='margin-left:280px'>"
        f"{s.t(f'{page}')}</span><span>{s.t(f'van {pages}')}</span><span style='margin-left:auto'>{s.t('100%')}"
        f"</span></div><div style='height:904px;background:#525659;overflow:hidden;padding-top:18px'><div style='"
        f"width:1060px;margin:0 auto;background:#fff;min-height:1200px;padding:44px 56px'>{inner}</div></div>"
    )
    return s


# ----------------------------------------------------------------------------------------------- webshop
def webshop(
    title: str,
    tabs: list[str],
    url: str,
    account: str,
    crumbs: str,
    heading: str,
    notice: str,
    columns: list[str],
    rows: list[list[str]],
    numeric: set[int],
    summary: list[tuple[str, str]],
    side: list[str],
) -> SolarWindow:
    """The wholesaler's webshop in Firefox (light, green and white): the shop's header with the account, the
    category bar, a breadcrumb, a notice strip, the basket or order lines as a table, and the summary box."""
    s = SolarWindow("firefox", title)
    _firefox(s, tabs, url)
    cats = "".join(
        f"<span style='padding:0 14px'>{s.t(c)}</span>"
        for c in (
            "Zonnepanelen",
            "Omvormers",
            "Montage",
            "Kabels & connectoren",
            "Thuisbatterijen",
            "Warmtepompen",
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
        f"<div style='display:flex;padding:7px 0;font-size:{'17px;font-weight:bold;border-top:1px solid #ccc' if i == len(summary) - 1 else '14px'}'>"
        f"<span>{s.t(k)}</span><span style='margin-left:auto'>{s.t(v)}</span></div>"
        for i, (k, v) in enumerate(summary)
    )
    sd = "".join(
        f"<div style='font-size:13px;color:#555;margin-top:8px;line-height:18px'>{s.t(x)}</div>" for x in side
    )
    s.body.append(
        f"<div style='height:64px;background:#fff;display:flex;align-items:center;gap:20px;padding:0 30px;"
        f"border-bottom:1px solid #e5e7ea'><b style='font-size:24px;color:#1a7f37'>{s.t('ZGB')}</b><span style='"
        f"font-size:13px;color:#555'>{s.t('Zonne Groothandel Benelux')}</span><span style='margin-left:60px;border:"
        f"1px solid #ccc;border-radius:4px;padding:8px 300px 8px 12px;color:#888;font-size:14px'>"
        f"{s.t('Zoek op artikelnummer, EAN of omschrijving')}</span><span style='margin-left:auto;font-size:14px'>"
        f"{s.t(account)}</span></div><div style='height:40px;background:#1a7f37;color:#fff;display:flex;"
        f"align-items:center;font-size:14px;padding:0 16px'>{cats}</div><div style='padding:14px 30px;height:844px;"
        f"overflow:hidden;background:#fafbfc'><div style='font-size:13px;color:#666'>{s.t(crumbs)}</div><div "
        f"style='font-size:24px;font-weight:bold;margin:8px 0 10px'>{s.t(heading)}</div>"
        + (
            f"<div style='background:#e8f5ec;border:1px solid #b7dfc3;border-radius:4px;padding:10px 14px;"
            f"font-size:14px;margin-bottom:12px'>{s.t(notice)}</div>"
            if notice
            else ""
        )
        + f"<div style='display:flex;gap:26px'><div style='flex:1;background:#fff;border:1px solid #e5e7ea'><table "
        f"class='ws' style='width:100%;border-collapse:collapse'><tr>{th}</tr>{tr}</table></div><div style='width:"
        f"380px;background:#fff;border:1px solid #e5e7ea;padding:14px 18px'><div style='font-size:16px;font-weight:"
        f"bold;margin-bottom:6px'>{s.t('Overzicht')}</div>{summ}{sd}</div></div></div>"
    )
    return s


# ---------------------------------------------------------------------------------- the grid operator's portal
def netportal(
    title: str,
    tabs: list[str],
    url: str,
    user: str,
    heading: str,
    columns: list[str] | None,
    rows: list[list[str]],
    detail: list[tuple[str, str]] | None,
    timeline: list[tuple[str, str]],
    footer: str,
) -> SolarWindow:
    """Stroomnet Midden's installer portal in Firefox (light, dark blue with a yellow band): either the list of
    registrations (a table with a status per row) or one registration's page (its fields and a status
    timeline)."""
    s = SolarWindow("firefox", title)
    _firefox(s, tabs, url)
    nav = "".join(
        f"<span style='padding:0 16px;{'font-weight:bold;' if n == 'Aanmeldingen' else ''}'>{s.t(n)}</span>"
        for n in ("Aanmeldingen", "Nieuwe aanmelding", "Storingen", "Documenten", "Mijn bedrijf")
    )
    if columns is not None:
        th = "".join(f"<th>{s.t(c)}</th>" for c in columns)
        tr = ""
        for r in rows:
            st = r[-1]
            colour = {"Goedgekeurd": "#1a7f37", "In behandeling": "#0969da", "Ingediend": "#6e7781"}.get(
                st, "#bf8700" if "info" in st.lower() else "#57606a"
            )
            tr += (
                "<tr>"
                + "".join(f"<td>{s.t(v)}</td>" for v in r[:-1])
                + f"<td><span style='color:{colour};font-weight:bold'>{s.t(st)}</span></td></tr>"
            )
        main = f"<table class='pt' style='width:100%;border-collapse:collapse;background:#fff'><tr>{th}</tr>{tr}</table>"
    else:
        kv = "".join(
            f"<tr><td style='width:300px;color:#57606a;padding:8px 0;font-size:14px'>{s.t(k)}</td><td style='"
            f"font-size:14px'>{s.t(v)}</td></tr>"
            for k, v in detail or []
        )
        main = f"<div style='background:#fff;border:1px solid #dfe6ee;padding:16px 22px'><table>{kv}</table></div>"
    tl = "".join(
        f"<div style='display:flex;gap:12px;padding:8px 0;font-size:13.5px'><span style='width:12px;height:12px;"
        f"border-radius:6px;background:#00395d;margin-top:3px;flex:none'></span><div><div style='color:#57606a;"
        f"font-size:12.5px'>{s.t(w)}</div><div>{s.t(t)}</div></div></div>"
        for w, t in timeline
    )
    s.body.append(
        f"<div style='height:60px;background:#00395d;color:#fff;display:flex;align-items:center;padding:0 30px;"
        f"gap:20px'><b style='font-size:21px'>{s.t('Stroomnet Midden')}</b><span style='font-size:14px;opacity:.85'>"
        f"{s.t('Installateursportaal')}</span><span style='margin-left:auto;font-size:13.5px'>{s.t(user)}</span>"
        f"</div><div style='height:8px;background:#ffcd00'></div><div style='height:42px;background:#e9eff5;"
        f"display:flex;align-items:center;font-size:14px;padding:0 14px;color:#00395d'>{nav}</div><div style='"
        f"display:flex;gap:24px;padding:18px 30px;height:838px;overflow:hidden;background:#f6f8fa'><div style='"
        f"flex:1'><div style='font-size:22px;font-weight:bold;color:#00395d;margin-bottom:12px'>{s.t(heading)}"
        f"</div>{main}<div style='font-size:12.5px;color:#57606a;margin-top:10px'>{s.t(footer)}</div></div>"
        + (
            f"<div style='width:420px;background:#fff;border:1px solid #dfe6ee;padding:14px 18px'><div style='"
            f"font-size:15px;font-weight:bold;margin-bottom:6px'>{s.t('Statusverloop')}</div>{tl}</div>"
            if timeline
            else ""
        )
        + "</div>"
    )
    return s


# ------------------------------------------------------------------------------------------ route planner
def route(
    title: str,
    tabs: list[str],
    url: str,
    heading: str,
    stops: list[tuple[str, str, list[str]]],
    summary: list[str],
) -> SolarWindow:
    """RouteMaatje in Chrome (light): the stops as a numbered list in a side panel (a label, the address and the
    leg's lines), the route's summary, and a drawn map with roads and the route without any words."""
    s = SolarWindow("chrome", title)
    _chrome(s, tabs, url)
    st = "".join(
        f"<div style='display:flex;gap:12px;padding:12px 0;border-bottom:1px solid #e6e6e6'><span style='width:26px;"
        f"height:26px;border-radius:13px;background:#e8453c;flex:none'></span><div><div style='font-size:14.5px;"
        f"font-weight:bold'>{s.t(label)}</div><div style='font-size:13.5px;margin-top:2px'>{s.t(addr)}</div>"
        + "".join(f"<div style='font-size:13px;color:#5f6368;margin-top:2px'>{s.t(x)}</div>" for x in extra)
        + "</div></div>"
        for label, addr, extra in stops
    )
    sm = "".join(f"<div style='font-size:14px;margin-top:6px'>{s.t(x)}</div>" for x in summary)
    roads = "".join(
        f"<div style='position:absolute;left:{x}px;top:{y}px;width:{w}px;height:{h}px;background:{c}'></div>"
        for x, y, w, h, c in (
            (0, 260, 1440, 14, "#ffffff"),
            (420, 0, 12, 906, "#ffffff"),
            (900, 0, 16, 906, "#fbd38d"),
            (0, 610, 1440, 16, "#fbd38d"),
            (200, 120, 600, 70, "#c8e6c9"),
            (980, 360, 300, 180, "#c8e6c9"),
            (60, 700, 260, 120, "#aad3df"),
        )
    )
    s.body.append(
        f"<div style='display:flex;height:948px'><div style='width:470px;padding:16px 22px;border-right:1px solid "
        f"#ddd;overflow:hidden'><div style='font-size:20px;font-weight:bold;color:#e8453c'>{s.t('RouteMaatje')}</div>"
        f"<div style='font-size:16px;font-weight:bold;margin:12px 0 4px'>{s.t(heading)}</div>{st}<div style='"
        f"margin-top:14px;background:#f1f3f4;border-radius:6px;padding:10px 14px'>{sm}</div></div><div style='flex:1;"
        f"position:relative;background:#eef0e6;overflow:hidden'>{roads}<svg width='1450' height='948' style='"
        f"position:absolute;left:0;top:0'><polyline points='180,250 430,266 700,420 908,618 1180,700 908,618 "
        f"430,266 180,250' fill='none' stroke='#1a73e8' stroke-width='7'/></svg></div></div>"
    )
    return s


# ------------------------------------------------------------------------------------------------ Excel
def excel(
    title: str,
    cell: str,
    formula: str,
    cols: list[str],
    rows: list[tuple[str, int, list[str]]],
    numeric: set[int],
    selected: tuple[int, int] | None,
    sheets: list[str],
) -> SolarWindow:
    """Excel (light, Dutch ribbon): the title bar, the tabs Bestand/Start/…, the name box and the formula bar,
    the grid with row numbers (a blue header row, data rows, a totals row) and the sheet tabs."""
    s = SolarWindow("excel", title)
    s.top = (
        f"<div style='height:36px;background:#107c41;color:#fff;display:flex;align-items:center;padding:0 14px;"
        f"font-size:13px'><span style='margin-left:640px'>{s.t(title)}</span>{_winctl('#fff')}</div>"
    )
    ribbon = "".join(
        f"<span style='padding:6px 11px;{'border-bottom:3px solid #107c41;font-weight:bold;' if r == 'Start' else ''}'>"
        f"{s.t(r)}</span>"
        for r in (
            "Bestand",
            "Start",
            "Invoegen",
            "Pagina-indeling",
            "Formules",
            "Gegevens",
            "Controleren",
            "Beeld",
        )
    )
    head = "<th></th>" + "".join(f"<th>{s.t(c)}</th>" for c in cols)
    grid = ""
    for i, (kind, n, vals) in enumerate(rows):
        tds = "".join(
            f"<td class='{'n' if (j in numeric and kind != 'hd') else ''}{' sel' if selected == (i, j) else ''}'>"
            f"{s.t(v) if v else ''}</td>"
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
        f"border-bottom:1px solid #ddd'>{ribbon}</div><div style='height:70px;background:#f9f9f9;border-bottom:1px "
        f"solid #ddd'></div><div style='height:30px;display:flex;align-items:center;gap:10px;padding:0 8px;"
        f"font-size:13px;border-bottom:1px solid #ddd'><span style='width:90px;border:1px solid #ccc;padding:2px 6px'>"
        f"{s.t(cell)}</span><span style='color:#777'>fx</span><span>{s.t(formula)}</span></div><div style='"
        f"height:790px;overflow:hidden;background:#fff'><table class='xl' style='border-collapse:collapse'><tr>{head}"
        f"</tr>{grid}</table></div><div style='height:30px;background:#f3f3f3;border-top:1px solid #ddd;display:flex;"
        f"align-items:center;font-size:13px;padding:0 10px'>{tabs}<span style='margin-left:auto;color:#555'>"
        f"{s.t('Gereed')}</span></div>"
    )
    return s
