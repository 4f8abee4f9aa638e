"""Window layouts for the twelfth held-out QA workday "export" (bench/qa/day_export.py): the export and customs
coordinator of a knitwear exporter in Istanbul, on a Turkish (tr-TR) Windows 11 in light mode (a light taskbar
with the weather at the left, "9°C Parçalı bulutlu", centred icons with the search pill "Ara", the input
indicator 'TUR / TRQ' and the clock "14:05" over "26.11.2026"). None of the layouts of the other days'
screens_*.py is reused: the new Outlook in light mode (a left app rail, the folder pane, a message list with
Odaklanmış/Diğer and day groups, a reading pane with attachments as chips) and its work-week calendar, Teams in
dark mode (a group chat with bubbles), WhatsApp Desktop in light mode, Kervan ERP (a grey desktop ERP: a menu
bar, a toolbar, a module tree, a sales-order grid with status cells and a detail panel, a status bar), GümrükNet
(the customs declaration portal, navy with a red band: the list of declarations with line colours and a
declaration's page with its items and history), the forwarder's tracking site BL Track (orange: bookings and a
container's milestones as a horizontal track), Bosfor Bank's corporate portal (a navy sidebar: account cards
with IBANs, movements, a pending approval box and FX rates; the letter of credit's page with its documents
checklist), Excel (a packing list with a loading status block and totals) and Adobe Acrobat in its dark
theme (a commercial invoice and an A.TR movement certificate on a white page). Only the frame around them is
shared: screens.Window (title, lines, the taskbar clock and date as truth) and its process paths in
screens.APPS (WhatsApp at the path the other days use; Kervan ERP is added with setdefault). Every layout
records each line of text it draws, in reading order, so a frame's ground truth is exact."""

from __future__ import annotations

import html
import zlib
from dataclasses import dataclass

from make_sample import CSS
from screens import APPS, Window

NEW_APPS = {
    "whatsapp": "C:\\Program Files\\WindowsApps\\5319275A.WhatsAppDesktop_2.2446.4.0_x64__cv1g1gvanyjgm"
    "\\WhatsApp.exe",
    "kervan": "C:\\Program Files (x86)\\Kervan Yazilim\\Kervan ERP 9\\KervanERP.exe",
}
for _key, _path in NEW_APPS.items():
    APPS.setdefault(_key, _path)

EXPORT_CSS = """
body { font-family: 'Liberation Sans', 'DejaVu Sans', sans-serif; }
.xw { height: 1032px; overflow: hidden; position: relative; }
.xtb { position: absolute; top: 1032px; left: 0; width: 1920px; height: 48px; background: #eef0f3; color: #1b1b1b;
       border-top: 1px solid #d5d8dc; font-size: 12px; }
.xtb .wx { position: absolute; left: 12px; top: 7px; display: flex; gap: 8px; align-items: center; line-height: 16px; }
.xtb .wx i { width: 26px; height: 26px; border-radius: 13px; display: inline-block;
             background: radial-gradient(circle at 40% 40%, #ffd44d 0 40%, #c9d2dc 41%); }
.xtb .mid { position: absolute; left: 0; right: 0; top: 6px; display: flex; justify-content: center; gap: 6px;
            align-items: center; }
.xtb .mid i { width: 34px; height: 34px; border-radius: 7px; display: inline-block; }
.xtb .sk { background: #fff; border: 1px solid #cfd3d8; border-radius: 18px; padding: 8px 96px 8px 14px;
           color: #5b5b5b; font-size: 13px; margin: 0 6px; }
.xtb .rt { position: absolute; right: 12px; top: 7px; display: flex; gap: 16px; align-items: center; }
.xtb .ck { text-align: right; line-height: 17px; }
.xtb .kb { text-align: center; line-height: 16px; font-size: 11.5px; }
.kg td { padding: 5px 9px; font-size: 13px; border-right: 1px solid #d7dbe0; white-space: nowrap; }
.kg th { padding: 6px 9px; font-size: 12.5px; background: linear-gradient(#f6f7f9, #e3e6ea); border: 1px solid #c2c8cf;
         text-align: left; white-space: nowrap; font-weight: normal; }
.kg tr:nth-child(odd) td { background: #f4f7fb; }
.gn td { padding: 9px 12px; font-size: 13.5px; border-bottom: 1px solid #dde3ec; white-space: nowrap; }
.gn th { padding: 9px 12px; font-size: 12.5px; background: #1b2f55; color: #fff; text-align: left; white-space: nowrap; }
.bt td { padding: 10px 12px; font-size: 13.5px; border-bottom: 1px solid #eceff4; white-space: nowrap; }
.bt th { padding: 9px 12px; font-size: 12px; color: #6b7686; text-align: left; border-bottom: 2px solid #dfe4ec;
         white-space: nowrap; font-weight: bold; }
.bt td.n, .bt th.n { text-align: right; }
.xs td, .xs th { border: 1px solid #dadcdf; height: 24px; padding: 0 7px; font-size: 13px; white-space: nowrap; }
.xs th { background: #f3f4f6; color: #444; font-weight: normal; font-size: 12px; text-align: center; }
.xs td.n { text-align: right; } .xs td.rn { background: #f3f4f6; color: #444; text-align: center; font-size: 12px;
  width: 36px; } .xs tr.hd td { background: #375623; color: #fff; font-weight: bold; }
.xs tr.tt td { font-weight: bold; background: #e2efda; } .xs td.sel { outline: 2px solid #107c41; outline-offset: -2px; }
.pd td { padding: 5px 8px; font-size: 12.5px; border: 1px solid #9aa3ad; vertical-align: top; }
.pd th { padding: 5px 8px; font-size: 11.5px; border: 1px solid #9aa3ad; background: #eef1f4; text-align: left; }
.pd td.n { text-align: right; }
"""

TASK_ICONS = (
    "#0f6cbd",
    "#f7c948",
    "#107c41",
    "#4b53bc",
    "#25d366",
    "#c0392b",
    "#e36c0a",
    "#1b2f55",
    "#b30b00",
)


def taskbar_weather(clock: str) -> tuple[str, str]:
    """The taskbar's weather in Istanbul: a cloudy, cool morning, then a sunny afternoon."""
    return ("9°C", "Parçalı bulutlu") if clock < "12:00" else ("14°C", "Güneşli")


@dataclass
class ExportWindow(Window):
    """A screens.Window whose app draws its own frame into `top`, over a light Windows 11 taskbar (the weather
    at the left, centred icons and the search pill, the input indicator and the clock at the right). make_days
    passes the 'eu' locale's '14:05' and '26.11.2026', the way tr-TR Windows writes them."""

    top: str = ""
    toast: str = ""

    def page(self, clock: str, date: str) -> str:
        temp, sky = taskbar_weather(clock)
        icons = "".join(f"<i style='background:{c}'></i>" for c in TASK_ICONS)
        return (
            f"<html><head><meta charset='utf-8'><style>{CSS}{EXPORT_CSS}</style></head>"
            f"<body><div class='xw'>{self.top}{''.join(self.body)}{self.toast}</div>"
            f"<div class='xtb'><div class='wx'><i></i><div><b>{html.escape(temp)}</b><br>{html.escape(sky)}</div>"
            f"</div><div class='mid'><i style='background:linear-gradient(135deg,#4cc2ff,#0067c0)'></i><span "
            f"class='sk'>Ara</span>{icons}</div><div class='rt'><span>&#8963;</span><div class='kb'>TUR<br>TRQ"
            f"</div><span>&#9782; &#9836;</span><div class='ck'>{html.escape(clock)}<br>"
            f"{html.escape(date)}</div></div></div></body></html>"
        )

    def truth_lines(self, clock: str, date: str) -> list[str]:
        temp, sky = taskbar_weather(clock)
        return [self.title, *self.lines, temp, sky, "Ara", "TUR", "TRQ", clock, date]

    def notify(self, app: str, who: str, text: str) -> None:
        """A Windows 11 notification (light), bottom right: the app, the sender in bold, the first line."""
        self.toast = (
            f"<div style='position:absolute;right:14px;bottom:14px;width:380px;background:#fbfbfb;color:#1b1b1b;"
            f"border:1px solid #d0d0d0;border-radius:8px;box-shadow:0 8px 24px #0003;padding:12px 16px;font-size:"
            f"13px'><div style='color:#666;font-size:12px'>{self.t(app)}</div><div style='font-weight:bold;"
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


def _avatar(name: str, size: int = 32) -> str:
    """A round avatar in the name's colour (no initials: every text a frame shows is in its truth)."""
    return (
        f"<span style='display:inline-block;flex:none;width:{size}px;height:{size}px;border-radius:{size // 2}px;"
        f"background:{_tint(name)}'></span>"
    )


def _cut(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"


# ------------------------------------------------------------------------------------------ browser frames
def _edge(s: ExportWindow, tabs: list[str], url: str) -> None:
    """Edge (light, tr-TR) with vertical-looking squared tabs in a strip and the address bar."""
    tab = "".join(
        f"<div style='width:250px;height:32px;line-height:32px;padding:0 12px;font-size:12.5px;white-space:nowrap;"
        f"overflow:hidden;border-radius:6px 6px 0 0;{'background:#fff;box-shadow:0 0 3px #0002;' if i == 0 else 'color:#444;'}'>"
        f"{s.t(_cut(t, 32))}</div>"
        for i, t in enumerate(tabs)
    )
    s.top = (
        f"<div style='height:40px;background:#e6e9ed;display:flex;align-items:flex-end;gap:4px;padding:0 10px'>"
        f"<span style='width:24px;height:24px;border-radius:5px;background:#cfd5db;margin:0 6px 5px 0'></span>{tab}"
        f"{_winctl('#333')}</div><div style='height:42px;background:#fff;display:flex;align-items:center;gap:14px;"
        f"padding:0 12px;font-size:13.5px;border-bottom:1px solid #e1e1e1'><span style='letter-spacing:10px;"
        f"color:#444'>&#8592;&#8594;&#8635;</span><div style='flex:1;border:1px solid #c9c9c9;border-radius:16px;"
        f"padding:5px 14px;color:#1b1b1b'>{s.t(url)}</div><span style='color:#555;letter-spacing:8px'>"
        f"&#9734;&#9776;</span></div>"
    )


def _chrome(s: ExportWindow, tabs: list[str], url: str) -> None:
    """Chrome (light): a tab strip whose first tab is active and the toolbar with the omnibox and profile."""
    tab = "".join(
        f"<div style='width:236px;height:34px;line-height:34px;padding:0 12px;font-size:12.5px;white-space:nowrap;"
        f"overflow:hidden;border-radius:10px 10px 0 0;color:#1f1f1f;background:{'#fff' if i == 0 else 'transparent'}'>"
        f"<span style='display:inline-block;width:12px;height:12px;border-radius:3px;background:{_tint(t)};"
        f"margin-right:8px;vertical-align:-1px'></span>{s.t(_cut(t, 30))}</div>"
        for i, t in enumerate(tabs)
    )
    s.top = (
        f"<div style='height:42px;background:#d3e3fd;display:flex;align-items:flex-end;gap:2px;padding:0 8px'>{tab}"
        f"<span style='font-size:18px;color:#444;padding:0 10px 8px'>+</span>{_winctl('#333')}</div>"
        f"<div style='height:42px;background:#fff;display:flex;align-items:center;gap:14px;padding:0 14px;"
        f"font-size:14px;color:#1f1f1f;border-bottom:1px solid #dadce0'><span style='letter-spacing:12px;"
        f"color:#5f6368'>&#8592;&#8594;&#8635;</span><div style='flex:1;background:#edf2fa;border-radius:18px;"
        f"padding:7px 16px'>{s.t(url)}</div><span style='width:28px;height:28px;border-radius:14px;"
        f"background:#8e24aa;color:#fff;text-align:center;line-height:28px;font-weight:bold'>{s.t('E')}</span></div>"
    )


# --------------------------------------------------------------------------------------------- Outlook
def _outlook_top(s: ExportWindow, me: str) -> None:
    s.top = (
        f"<div style='height:48px;background:#0f548c;color:#fff;display:flex;align-items:center;gap:16px;padding:0 "
        f"14px;font-size:14px'><span style='letter-spacing:2px'>&#9638;&#9638;&#9638;</span><b>{s.t('Outlook')}</b>"
        f"<span style='margin-left:360px;background:#fff;color:#555;border-radius:6px;padding:7px 260px 7px 12px;"
        f"font-size:13.5px'>{s.t('Ara')}</span><span style='margin-left:auto'>{s.t(me)}</span>{_avatar(me, 30)}"
        f"{_winctl('#fff')}</div>"
    )


def _rail(s: ExportWindow, active: str) -> str:
    return "".join(
        f"<div style='height:58px;display:flex;flex-direction:column;align-items:center;justify-content:center;"
        f"font-size:10.5px;{'color:#0f548c;font-weight:bold;' if n == active else 'color:#616161;'}'><span style='width:"
        f"20px;height:20px;border-radius:4px;background:{'#0f6cbd' if n == active else '#b8bfc7'};margin-bottom:3px'>"
        f"</span>{s.t(n)}</div>"
        for n in ("Posta", "Takvim", "Kişiler", "Yapılacaklar")
    )


def outlook_mail(
    title: str,
    me: str,
    folders: list[tuple[str, str]],
    groups: list[tuple[str, list[tuple[str, str, str, str, bool]]]],
    selected: str | None,
    message: dict | None,
) -> ExportWindow:
    """The new Outlook (light, tr-TR): the blue header with the search box, the app rail, the ribbon's
    simplified buttons, the folder pane with unread counts, the message list (Odaklanmış/Diğer) grouped under
    Bugün/Dün, and the reading pane: the subject, the sender with the recipients and the time, the
    attachments as chips and the body."""
    s = ExportWindow("outlook", title)
    _outlook_top(s, me)
    buttons = "".join(
        f"<span style='{'background:#0f6cbd;color:#fff;border-radius:4px;padding:6px 14px;' if i == 0 else 'padding:6px 8px;'}'>"
        f"{s.t(b)}</span>"
        for i, b in enumerate(
            ("Yeni posta", "Sil", "Arşivle", "Taşı", "Yanıtla", "Tümünü yanıtla", "İlet", "Okundu")
        )
    )
    fl = "".join(
        f"<div style='display:flex;padding:7px 14px 7px 24px;font-size:14px;border-radius:4px;"
        f"{'background:#cfe4fa;font-weight:bold;' if i == 0 else ''}'><span>{s.t(n)}</span><span style='margin-left:"
        f"auto;color:#0f6cbd;font-weight:bold'>{s.t(c) if c else ''}</span></div>"
        for i, (n, c) in enumerate(folders)
    )
    lst = (
        f"<div style='display:flex;gap:18px;padding:12px 16px;font-size:14px;border-bottom:1px solid #e6e6e6'>"
        f"<b style='border-bottom:2px solid #0f6cbd'>{s.t('Odaklanmış')}</b><span style='color:#616161'>"
        f"{s.t('Diğer')}</span></div>"
    )
    for label, items in groups:
        lst += f"<div style='padding:9px 16px 4px;font-size:12.5px;color:#616161;font-weight:bold'>{s.t(label)}</div>"
        for who, subject, preview, when, unread in items:
            on = subject == selected
            lst += (
                f"<div style='display:flex;gap:10px;padding:9px 14px 9px 12px;border-left:3px solid "
                f"{'#0f6cbd' if unread else 'transparent'};{'background:#ebf3fc;' if on else ''}border-bottom:1px solid "
                f"#f0f0f0'>{_avatar(who, 30)}<div style='flex:1;overflow:hidden'><div style='font-size:14px;"
                f"{'font-weight:bold;' if unread else ''}'>{s.t(who)}</div><div style='display:flex;font-size:13px;"
                f"margin-top:2px;color:{'#0f548c' if unread else '#242424'}'><span style='white-space:nowrap;"
                f"overflow:hidden;max-width:300px'>{s.t(_cut(subject, 44))}</span><span style='margin-left:auto;"
                f"color:#616161;font-size:12px;white-space:nowrap;padding-left:8px'>{s.t(when)}</span></div><div "
                f"style='font-size:12.5px;color:#616161;margin-top:2px;white-space:nowrap;overflow:hidden'>"
                f"{s.t(preview)}</div></div></div>"
            )
    if message is None:
        pane = (
            f"<div style='flex:1;display:flex;align-items:center;justify-content:center;color:#616161;font-size:15px;"
            f"background:#fafafa'>{s.t('Okumak için bir öğe seçin')}</div>"
        )
    else:
        att = "".join(
            f"<span style='display:inline-flex;gap:8px;align-items:center;border:1px solid #d1d1d1;border-radius:6px;"
            f"padding:6px 12px;font-size:13px;margin:0 8px 8px 0'><span style='width:16px;height:18px;background:"
            f"{'#c0392b' if a.lower().endswith('.pdf') else '#107c41'};border-radius:2px'></span>{s.t(a)}</span>"
            for a in message.get("attachments", [])
        )
        body = "".join(
            f"<div style='font-size:14.5px;line-height:22px;min-height:22px'>{s.t(x) if x else ''}</div>"
            for x in message["body"]
        )
        pane = (
            f"<div style='flex:1;background:#fff;padding:20px 30px;overflow:hidden'><div style='font-size:20px;"
            f"font-weight:bold'>{s.t(message['subject'])}</div><div style='display:flex;gap:12px;margin:16px 0 14px;"
            f"align-items:center'>{_avatar(message['from'], 40)}<div><div style='font-size:14.5px;font-weight:bold'>"
            f"{s.t(message['from'])}</div><div style='font-size:12.5px;color:#616161'>{s.t(message['to'])}</div></div>"
            f"<div style='margin-left:auto;font-size:12.5px;color:#616161'>{s.t(message['date'])}</div></div>"
            f"<div>{att}</div>{body}</div>"
        )
    s.body.append(
        f"<div style='display:flex;height:984px'><div style='width:68px;background:#f0f0f0;border-right:1px solid "
        f"#e0e0e0;padding-top:8px'>{_rail(s, 'Posta')}</div><div style='flex:1;display:flex;flex-direction:column'>"
        f"<div style='height:46px;background:#f5f5f5;border-bottom:1px solid #e0e0e0;display:flex;align-items:center;"
        f"gap:10px;padding:0 14px;font-size:13.5px'>{buttons}</div><div style='flex:1;display:flex;overflow:hidden'>"
        f"<div style='width:240px;background:#fafafa;border-right:1px solid #e6e6e6;padding-top:10px'><div style='"
        f"padding:4px 14px 8px;font-size:13px;font-weight:bold'>{s.t(me)}</div>{fl}</div><div style='width:470px;"
        f"border-right:1px solid #e6e6e6;overflow:hidden;background:#fff'>{lst}</div>{pane}</div></div></div>"
    )
    return s


def outlook_week(
    title: str,
    me: str,
    range_label: str,
    days: list[str],
    today: int,
    first_hour: int,
    last_hour: int,
    events: list[tuple[int, str, str, str]],
    side: list[tuple[str, str]],
) -> ExportWindow:
    """The new Outlook's calendar (light), the work-week view: the range and the view buttons, five day columns
    (today's heading in blue) under an hour ruler with the events placed by start and end, and a side panel
    with the day's agenda."""
    s = ExportWindow("outlook", title)
    _outlook_top(s, me)
    views = "".join(
        f"<span style='{'background:#cfe4fa;border-radius:4px;padding:6px 12px;font-weight:bold;' if v == 'Çalışma haftası' else 'padding:6px 8px;'}'>"
        f"{s.t(v)}</span>"
        for v in ("Gün", "Çalışma haftası", "Hafta", "Ay")
    )
    hour_px, col_w, left = 82, 262, 52
    head = "".join(
        f"<div style='position:absolute;left:{left + i * col_w}px;top:0;width:{col_w}px;padding:6px 10px;font-size:"
        f"14px;border-left:1px solid #e6e6e6;{'color:#0f6cbd;font-weight:bold;border-bottom:3px solid #0f6cbd;' if i == today else 'color:#424242;'}'>"
        f"{s.t(d)}</div>"
        for i, d in enumerate(days)
    )
    ruler = "".join(
        f"<div style='position:absolute;left:0;top:{36 + (h - first_hour) * hour_px}px;width:{left + len(days) * col_w}px;"
        f"border-top:1px solid #ececec;font-size:11.5px;color:#616161;padding:2px 0 0 4px'>{s.t(f'{h:02d}:00')}</div>"
        for h in range(first_hour, last_hour)
    )

    def y(hhmm: str) -> int:
        h, m = (int(v) for v in hhmm.split(":"))
        return 36 + int((h - first_hour + m / 60) * hour_px)

    ev = "".join(
        f"<div style='position:absolute;left:{left + day * col_w + 4}px;top:{y(a) + 1}px;width:{col_w - 10}px;"
        f"height:{y(b) - y(a) - 2}px;background:{_tint(what)}33;border-left:4px solid {_tint(what)};border-radius:"
        f"4px;padding:3px 7px;font-size:12.5px;line-height:16px;overflow:hidden'><b>{s.t(f'{a}–{b}')}</b><br>"
        f"{s.t(what)}</div>"
        for day, a, b, what in events
    )
    ag = "".join(
        f"<div style='padding:9px 0;border-bottom:1px solid #eee'><div style='font-size:12.5px;color:#0f6cbd;"
        f"font-weight:bold'>{s.t(when)}</div><div style='font-size:13.5px;margin-top:2px;line-height:18px'>"
        f"{s.t(what)}</div></div>"
        for when, what in side
    )
    s.body.append(
        f"<div style='display:flex;height:984px'><div style='width:68px;background:#f0f0f0;border-right:1px solid "
        f"#e0e0e0;padding-top:8px'>{_rail(s, 'Takvim')}</div><div style='flex:1;display:flex;flex-direction:column'>"
        f"<div style='height:46px;background:#f5f5f5;border-bottom:1px solid #e0e0e0;display:flex;align-items:center;"
        f"gap:12px;padding:0 14px;font-size:13.5px'><span style='background:#0f6cbd;color:#fff;border-radius:4px;"
        f"padding:6px 14px'>{s.t('Yeni etkinlik')}</span><span>{s.t('Bugün')}</span><b style='font-size:16px'>"
        f"{s.t(range_label)}</b><span style='margin-left:auto'></span>{views}</div><div style='flex:1;display:flex;"
        f"overflow:hidden'><div style='flex:1;padding:10px 14px;overflow:hidden;background:#fff'><div style='"
        f"position:relative;height:{36 + (last_hour - first_hour) * hour_px}px'>{head}{ruler}{ev}</div></div><div "
        f"style='width:330px;border-left:1px solid #e6e6e6;padding:14px 18px;background:#fafafa'><div style='"
        f"font-size:15px;font-weight:bold'>{s.t('Bugünün gündemi')}</div>{ag}</div></div></div></div>"
    )
    return s


# ----------------------------------------------------------------------------------------------- Teams
def teams_chat(
    title: str,
    me: str,
    chats: list[tuple[str, str, str]],
    chat: str,
    members: str,
    messages: list[tuple[str, str, str]],
) -> ExportWindow:
    """Teams (dark): the app bar, the chat list (name, last message, time), the chat's header with its tabs and
    members, and the messages as bubbles (others at the left with name and time, mine at the right)."""
    s = ExportWindow("teams", title, theme="dark")
    s.top = (
        f"<div style='height:44px;background:#1f1f1f;color:#e6e6e6;display:flex;align-items:center;gap:14px;"
        f"padding:0 14px;font-size:13px'><span style='width:20px;height:20px;background:#7f85f5;border-radius:4px'>"
        f"</span><span style='margin-left:520px;background:#2e2e2e;border-radius:6px;padding:6px 240px 6px 12px;"
        f"color:#adadad'>{s.t('Ara')}</span>{_avatar(me, 28)}{_winctl('#e6e6e6')}</div>"
    )
    bar = "".join(
        f"<div style='height:58px;display:flex;flex-direction:column;align-items:center;justify-content:center;"
        f"font-size:10.5px;{'color:#a6a9f7;' if n == 'Sohbet' else 'color:#adadad;'}'><span style='width:20px;height:"
        f"20px;border-radius:4px;background:{'#7f85f5' if n == 'Sohbet' else '#4a4a4a'};margin-bottom:3px'></span>"
        f"{s.t(n)}</div>"
        for n in ("Etkinlik", "Sohbet", "Ekipler", "Takvim", "Aramalar", "OneDrive")
    )
    cl = "".join(
        f"<div style='display:flex;gap:10px;padding:10px 14px;{'background:#2e2e44;' if n == chat else ''}'>"
        f"{_avatar(n, 34)}<div style='flex:1;overflow:hidden'><div style='display:flex;font-size:14px;color:#fff'>"
        f"<span>{s.t(n)}</span><span style='margin-left:auto;font-size:12px;color:#adadad'>{s.t(w)}</span></div>"
        f"<div style='font-size:12.5px;color:#adadad;white-space:nowrap;overflow:hidden'>{s.t(_cut(last, 42))}</div>"
        f"</div></div>"
        for n, last, w in chats
    )
    ms = ""
    for who, when, text in messages:
        mine = who == me
        ms += (
            f"<div style='display:flex;justify-content:{'flex-end' if mine else 'flex-start'};gap:10px;margin:10px 0'>"
            + ("" if mine else _avatar(who, 32))
            + f"<div style='max-width:760px;background:{'#3a3d7a' if mine else '#292929'};border-radius:6px;padding:8px "
            f"14px;color:#f0f0f0'><div style='font-size:12px;color:#c8c8c8;margin-bottom:3px'>"
            + ("" if mine else f"<b style='color:#fff;margin-right:10px'>{s.t(who)}</b>")
            + f"{s.t(when)}</div><div style='font-size:14.5px;line-height:21px'>{s.t(text)}</div></div></div>"
        )
    tabs = "".join(
        f"<span style='padding:10px 12px;{'border-bottom:2px solid #7f85f5;color:#fff;' if t == 'Sohbet' else 'color:#adadad;'}'>"
        f"{s.t(t)}</span>"
        for t in ("Sohbet", "Dosyalar", "Fotoğraflar", "+")
    )
    s.body.append(
        f"<div style='display:flex;height:988px;background:#1f1f1f'><div style='width:68px;background:#141414;"
        f"padding-top:6px'>{bar}</div><div style='width:340px;background:#1b1b1b;border-right:1px solid #333;"
        f"overflow:hidden'><div style='padding:14px 16px;font-size:19px;font-weight:bold;color:#fff'>{s.t('Sohbet')}"
        f"</div>{cl}</div><div style='flex:1;display:flex;flex-direction:column'><div style='height:58px;border-"
        f"bottom:1px solid #333;display:flex;align-items:center;gap:14px;padding:0 20px'>{_avatar(chat, 32)}<b style='"
        f"color:#fff;font-size:16px'>{s.t(chat)}</b>{tabs}<span style='margin-left:auto;color:#adadad;font-size:"
        f"12.5px'>{s.t(members)}</span></div><div style='flex:1;padding:10px 40px;overflow:hidden;display:flex;"
        f"flex-direction:column;justify-content:flex-end'>{ms}</div><div style='margin:12px 40px 18px;border:1px solid "
        f"#444;border-radius:6px;padding:11px 14px;color:#adadad;font-size:14px;background:#292929'>"
        f"{s.t('Bir ileti yazın')}</div></div></div>"
    )
    return s


# ---------------------------------------------------------------------------------------------- WhatsApp
def whatsapp_light(
    title: str,
    chats: list[tuple[str, str, str, str]],
    chat: str,
    status: str,
    day_chip: str,
    messages: list[tuple[bool, str, str]],
) -> ExportWindow:
    """WhatsApp Desktop (light): the icon column, the chat list (name, time, last message, unread count), the
    open chat's header and its bubbles (incoming white, outgoing pale green with ticks) on the beige wallpaper
    under a day chip, and the composer."""
    s = ExportWindow("whatsapp", title)
    s.top = (
        f"<div style='height:32px;background:#f0f2f5;color:#3b4a54;font-size:12.5px;display:flex;align-items:center;"
        f"padding:0 14px;border-bottom:1px solid #e0e0e0'>{s.t('WhatsApp')}{_winctl('#3b4a54')}</div>"
    )
    icons = "".join(
        f"<div style='width:26px;height:26px;border-radius:6px;background:{c};margin:16px auto'></div>"
        for c in ("#00a884", "#aebac1", "#aebac1", "#aebac1")
    )
    cl = ""
    for name, when, last, unread in chats:
        on = name == chat
        cl += (
            f"<div style='display:flex;gap:12px;padding:11px 14px;{'background:#f0f2f5;' if on else ''}border-bottom:"
            f"1px solid #f0f2f5'>{_avatar(name, 46)}<div style='flex:1;overflow:hidden'><div style='display:flex;"
            f"font-size:15.5px;color:#111b21'><span>{s.t(name)}</span><span style='margin-left:auto;font-size:12px;"
            f"color:{'#1fa855' if unread else '#667781'}'>{s.t(when)}</span></div><div style='display:flex;font-size:"
            f"13.5px;color:#667781;margin-top:3px'><span style='white-space:nowrap;overflow:hidden;max-width:330px'>"
            f"{s.t(_cut(last, 44))}</span>"
            + (
                f"<span style='margin-left:auto;background:#25d366;color:#fff;border-radius:10px;padding:0 7px;"
                f"font-size:12px'>{s.t(unread)}</span>"
                if unread
                else ""
            )
            + "</div></div></div>"
        )
    ms = "".join(
        f"<div style='display:flex;justify-content:{'flex-end' if mine else 'flex-start'};margin:5px 0'><div "
        f"style='max-width:620px;background:{'#d9fdd3' if mine else '#fff'};color:#111b21;border-radius:8px;"
        f"padding:6px 10px 5px;font-size:14.5px;line-height:20px;box-shadow:0 1px 1px #0001'><span>{s.t(text)}</span>"
        f"<span style='font-size:11px;color:#667781;margin-left:12px;white-space:nowrap'>{s.t(when)}"
        f"{' <span style=color:#53bdeb>&#10003;&#10003;</span>' if mine else ''}</span></div></div>"
        for mine, text, when in messages
    )
    s.body.append(
        f"<div style='display:flex;height:1000px;background:#fff'><div style='width:60px;background:#f0f2f5;"
        f"border-right:1px solid #e0e0e0'>{icons}</div><div style='width:460px;border-right:1px solid #e0e0e0;"
        f"overflow:hidden'><div style='padding:14px 16px 8px;font-size:21px;font-weight:bold;color:#111b21'>"
        f"{s.t('Sohbetler')}</div><div style='margin:4px 14px 10px;background:#f0f2f5;border-radius:8px;padding:8px "
        f"14px;color:#667781;font-size:14px'>{s.t('Sohbet arayın veya yeni sohbet başlatın')}</div>{cl}</div><div "
        f"style='flex:1;display:flex;flex-direction:column;background:#efeae2'><div style='height:62px;background:"
        f"#f0f2f5;display:flex;align-items:center;gap:12px;padding:0 18px'>{_avatar(chat, 40)}<div><div style='"
        f"color:#111b21;font-size:16px'>{s.t(chat)}</div><div style='color:#667781;font-size:12.5px'>{s.t(status)}"
        f"</div></div></div><div style='flex:1;padding:14px 70px;overflow:hidden;display:flex;flex-direction:column;"
        f"justify-content:flex-end'><div style='text-align:center;margin:8px 0'><span style='background:#fff;color:"
        f"#54656f;border-radius:6px;padding:5px 12px;font-size:12.5px'>{s.t(day_chip)}</span></div>{ms}</div><div "
        f"style='height:62px;background:#f0f2f5;display:flex;align-items:center;padding:0 18px'><div style='flex:1;"
        f"background:#fff;border-radius:8px;padding:10px 16px;color:#667781;font-size:15px'>{s.t('Bir mesaj yazın')}"
        f"</div></div></div></div>"
    )
    return s


# ---------------------------------------------------------------------------------------------- Kervan ERP
ERP_STATUS = {
    "Üretimde": "#fff2cc",
    "Kalite kontrolde": "#fde9d9",
    "Yüklemede": "#ddebf7",
    "Sevk edildi": "#e2efda",
    "Avans bekleniyor": "#fce4d6",
    "Avans alındı": "#e2efda",
    "Onay bekliyor": "#fce4d6",
    "Onaylandı": "#e2efda",
    "Tahsilatta": "#ddebf7",
    "Faturalandı": "#ededed",
}


def erp_grid(
    title: str,
    crumb: str,
    filters: list[tuple[str, str]],
    head: list[str],
    rows: list[list[str]],
    selected: int,
    detail: list[tuple[str, str]],
    footer: list[str],
) -> ExportWindow:
    """Kervan ERP (a grey Windows desktop app): the title bar, the menu bar, a toolbar with text buttons, the
    module tree at the left, the filter row, the sales-order grid (status cells shaded, the selected row
    highlighted), the selected order's detail panel under it and the status bar."""
    s = ExportWindow("kervan", title)
    s.top = (
        f"<div style='height:32px;background:#2c3e50;color:#fff;display:flex;align-items:center;padding:0 12px;"
        f"font-size:13px'>{s.t(title)}{_winctl('#fff')}</div>"
    )
    menu = "".join(
        f"<span style='padding:0 10px'>{s.t(m)}</span>"
        for m in (
            "Dosya",
            "Finans",
            "Satış",
            "Satınalma",
            "Stok",
            "Üretim",
            "İhracat",
            "Raporlar",
            "Pencere",
            "Yardım",
        )
    )
    tools = "".join(
        f"<span style='display:inline-flex;flex-direction:column;align-items:center;padding:2px 10px;font-size:11.5px'>"
        f"<span style='width:22px;height:20px;background:{c};border-radius:3px;margin-bottom:2px'></span>{s.t(t)}</span>"
        for t, c in (
            ("Yeni", "#2e86c1"),
            ("Değiştir", "#f39c12"),
            ("Sil", "#c0392b"),
            ("Yenile", "#27ae60"),
            ("Filtre", "#7f8c8d"),
            ("Yazdır", "#34495e"),
            ("Excel'e aktar", "#107c41"),
            ("Proforma", "#8e44ad"),
        )
    )
    tree = "".join(
        f"<div style='padding:4px 0 4px {14 + 14 * lvl}px;font-size:13px;{'background:#3498db;color:#fff;' if on else ''}'>"
        f"{'&#9662; ' if lvl == 0 else '&#9656; ' if lvl == 1 else ''}{s.t(n)}</div>"
        for n, lvl, on in (
            ("Satış", 0, False),
            ("Satış siparişleri", 1, True),
            ("Proforma faturalar", 1, False),
            ("İhracat faturaları", 1, False),
            ("İhracat", 0, False),
            ("Sevkiyat dosyaları", 1, False),
            ("Gümrük beyannameleri", 1, False),
            ("Akreditifler", 1, False),
            ("Finans", 0, False),
            ("Cari hesaplar", 1, False),
            ("Banka hareketleri", 1, False),
        )
    )
    fl = "".join(
        f"<span style='margin-right:18px'>{s.t(k)} <span style='display:inline-block;background:#fff;border:1px solid "
        f"#9aa5b1;padding:2px 10px;min-width:120px'>{s.t(v)}</span></span>"
        for k, v in filters
    )
    status_at = head.index("Durum")
    table = "<table class='kg' style='width:100%;border-collapse:collapse;background:#fff'><tr>"
    table += "".join(f"<th>{s.t(h)}</th>" for h in head) + "</tr>"
    for i, r in enumerate(rows):
        sel = "background:#cce4f7 !important;" if i == selected else ""
        table += "<tr>"
        for j, c in enumerate(r):
            bg = f"background:{ERP_STATUS[c]} !important;" if j == status_at else ""
            right = "text-align:right;" if head[j] in ("Miktar", "Tutar") else ""
            table += f"<td style='{sel}{bg}{right}'>{s.t(c)}</td>"
        table += "</tr>"
    table += "</table>"
    dt = "".join(
        f"<div style='width:33%;display:flex;padding:4px 0;font-size:13px'><span style='width:150px;color:#555'>"
        f"{s.t(k)}</span><b>{s.t(v)}</b></div>"
        for k, v in detail
    )
    st = "".join(
        f"<span style='padding:0 14px;border-right:1px solid #aab2bb'>{s.t(x)}</span>" for x in footer
    )
    s.body.append(
        f"<div style='height:26px;background:#ecf0f1;border-bottom:1px solid #bdc3c7;display:flex;align-items:center;"
        f"font-size:13px'>{menu}</div><div style='height:50px;background:#f7f9fa;border-bottom:1px solid #bdc3c7;"
        f"display:flex;align-items:center;padding:0 6px'>{tools}</div><div style='display:flex;height:898px;"
        f"background:#dfe4e8'><div style='width:230px;background:#f4f6f7;border-right:1px solid #bdc3c7;padding-top:"
        f"6px'>{tree}</div><div style='flex:1;padding:8px 10px;overflow:hidden'><div style='font-size:16px;"
        f"font-weight:bold;color:#2c3e50;margin-bottom:6px'>{s.t(crumb)}</div><div style='font-size:13px;margin-"
        f"bottom:8px'>{fl}</div><div style='border:1px solid #9aa5b1;height:470px;overflow:hidden;background:#fff'>"
        f"{table}</div><div style='margin-top:10px;background:#fff;border:1px solid #9aa5b1;padding:10px 14px'><div "
        f"style='font-size:14px;font-weight:bold;color:#2c3e50;margin-bottom:6px'>{s.t('Sipariş detayı')}</div><div "
        f"style='display:flex;flex-wrap:wrap'>{dt}</div></div></div></div><div style='height:26px;background:#2c3e50;"
        f"color:#ecf0f1;display:flex;align-items:center;font-size:12px'>{st}</div>"
    )
    return s


# ---------------------------------------------------------------------------------------------- GümrükNet
def _gumruk(s: ExportWindow, tabs: list[str], url: str, user: str, section: str, inner: str) -> None:
    _edge(s, tabs, url)
    menu = "".join(
        f"<div style='padding:11px 20px;font-size:14px;{'background:#e8eef8;color:#1b2f55;font-weight:bold;border-left:4px solid #c8102e;' if m == section else 'color:#33415c;'}'>"
        f"{s.t(m)}</div>"
        for m in (
            "Ana sayfa",
            "Beyannamelerim",
            "Yeni beyanname",
            "Özet beyanlar",
            "Belge sorgulama",
            "Vekaletler",
        )
    )
    s.body.append(
        f"<div style='height:950px;background:#f3f5f9'><div style='height:66px;background:#1b2f55;color:#fff;display:"
        f"flex;align-items:center;gap:16px;padding:0 30px'><span style='width:42px;height:42px;border-radius:21px;"
        f"background:#c8102e;display:inline-block'></span><div><div style='font-size:21px;font-weight:bold'>"
        f"{s.t('GümrükNet')}</div><div style='font-size:12.5px;color:#c9d4ea'>{s.t('Elektronik Beyan ve Takip Sistemi')}"
        f"</div></div><div style='margin-left:auto;text-align:right;font-size:13px'>{s.t(user)}</div></div><div style='"
        f"height:5px;background:#c8102e'></div><div style='display:flex;height:879px'><div style='width:230px;"
        f"background:#fff;border-right:1px solid #dde3ec;padding-top:10px'>{menu}</div><div style='flex:1;padding:"
        f"20px 30px;overflow:hidden'>{inner}</div></div></div>"
    )


LINE_COLOR = {"Yeşil hat": "#2e7d32", "Mavi hat": "#1565c0", "Sarı hat": "#b7950b", "Kırmızı hat": "#c62828"}


def gumruk_list(
    title: str,
    tabs: list[str],
    user: str,
    head: list[str],
    rows: list[list[str]],
    footer: str,
) -> ExportWindow:
    """The declarations list: a filter strip and a table whose channel column ('hat') is a coloured dot and
    word, and a footer with the query time."""
    s = ExportWindow("edge", title)
    table = "<table class='gn' style='width:100%;border-collapse:collapse;background:#fff'><tr>"
    table += "".join(f"<th>{s.t(h)}</th>" for h in head) + "</tr>"
    for r in rows:
        table += "<tr>"
        for h, c in zip(head, r):
            if h == "Hat":
                table += f"<td style='color:{LINE_COLOR[c]};font-weight:bold'>&#9679; {s.t(c)}</td>"
            elif h == "Beyanname No":
                table += f"<td style='font-family:DejaVu Sans Mono,monospace;color:#1b2f55'>{s.t(c)}</td>"
            else:
                table += f"<td>{s.t(c)}</td>"
        table += "</tr>"
    table += "</table>"
    filt = "".join(
        f"<span style='background:#fff;border:1px solid #c3cddc;border-radius:4px;padding:7px 14px;font-size:13.5px;"
        f"margin-right:12px'>{s.t(f)}</span>"
        for f in ("Rejim: 1000 - Kesin ihracat", "Dönem: 01.11.2026 – 26.11.2026", "Tüm durumlar")
    )
    _gumruk(
        s,
        tabs,
        "https://gumruknet.example.gov.tr/beyan/beyannamelerim",
        user,
        "Beyannamelerim",
        f"<div style='font-size:22px;font-weight:bold;color:#1b2f55'>{s.t('Beyannamelerim')}</div><div style='"
        f"margin:14px 0 16px'>{filt}</div>{table}<div style='font-size:12.5px;color:#5b6b82;margin-top:10px'>"
        f"{s.t(footer)}</div>",
    )
    return s


def gumruk_detail(
    title: str,
    tabs: list[str],
    user: str,
    number: str,
    status: str,
    line: str,
    fields: list[tuple[str, str]],
    head: list[str],
    items: list[list[str]],
    history: list[tuple[str, str]],
) -> ExportWindow:
    """A declaration's page: the number with its status and channel, the header fields in three columns, the
    items (GTİP, description, quantity, weights, value) and the history of the declaration at the right."""
    s = ExportWindow("edge", title)
    fl = "".join(
        f"<div style='width:33%;padding:6px 14px 6px 0'><div style='font-size:12px;color:#5b6b82'>{s.t(k)}</div><div "
        f"style='font-size:14px;margin-top:2px'>{s.t(v)}</div></div>"
        for k, v in fields
    )
    table = "<table class='gn' style='width:100%;border-collapse:collapse;background:#fff'><tr>"
    table += "".join(f"<th>{s.t(h)}</th>" for h in head) + "</tr>"
    table += "".join("<tr>" + "".join(f"<td>{s.t(c)}</td>" for c in r) + "</tr>" for r in items)
    table += "</table>"
    hs = "".join(
        f"<div style='padding:8px 0 8px 14px;border-left:3px solid #1b2f55;margin-bottom:4px'><div style='font-size:"
        f"12px;color:#5b6b82'>{s.t(w)}</div><div style='font-size:13.5px;margin-top:2px'>{s.t(t)}</div></div>"
        for w, t in history
    )
    _gumruk(
        s,
        tabs,
        f"https://gumruknet.example.gov.tr/beyan/detay/{number}",
        user,
        "Beyannamelerim",
        f"<div style='display:flex;align-items:center;gap:16px'><span style='font-size:22px;font-weight:bold;color:"
        f"#1b2f55;font-family:DejaVu Sans Mono,monospace'>{s.t(number)}</span><span style='background:#e8eef8;color:"
        f"#1b2f55;border-radius:12px;padding:4px 14px;font-size:13.5px;font-weight:bold'>{s.t(status)}</span><span "
        f"style='color:{LINE_COLOR[line]};font-weight:bold;font-size:14px'>&#9679; {s.t(line)}</span></div><div "
        f"style='display:flex;gap:22px;margin-top:16px'><div style='flex:1'><div style='background:#fff;border:1px "
        f"solid #dde3ec;border-radius:6px;padding:14px 20px;display:flex;flex-wrap:wrap'>{fl}</div><div style='"
        f"font-size:15px;font-weight:bold;color:#1b2f55;margin:16px 0 8px'>{s.t('Kalemler')}</div>{table}</div><div "
        f"style='width:360px;background:#fff;border:1px solid #dde3ec;border-radius:6px;padding:14px 18px'><div style='"
        f"font-size:15px;font-weight:bold;color:#1b2f55;margin-bottom:8px'>{s.t('Beyanname tarihçesi')}</div>{hs}"
        f"</div></div>",
    )
    return s


# ---------------------------------------------------------------------------------------------- BL Track
def tracking(
    title: str,
    tabs: list[str],
    head: list[str],
    rows: list[list[str]],
    selected: str,
    milestones: list[tuple[str, str, bool]],
    facts: list[tuple[str, str]],
    footer: str,
) -> ExportWindow:
    """The forwarder's tracking site (white and orange): the brand bar with the customer's name, a search box
    with the booking, the customer's bookings table, and the selected container's milestones as a horizontal
    track (done ones filled) with its vessel facts beneath."""
    s = ExportWindow("chrome", title)
    _chrome(s, tabs, "https://track.bogazlojistik.example/musteri/sevkiyatlar")
    nav = "".join(
        f"<span style='padding:0 14px;{'color:#e8590c;font-weight:bold;' if n == 'Sevkiyatlarım' else ''}'>{s.t(n)}</span>"
        for n in ("Sevkiyatlarım", "Rezervasyon", "Belgeler", "Faturalar", "Destek")
    )
    table = "<table class='bt' style='width:100%;border-collapse:collapse;background:#fff'><tr>"
    table += "".join(f"<th>{s.t(h)}</th>" for h in head) + "</tr>"
    for r in rows:
        on = selected in r
        table += f"<tr style='{'background:#fff4e6;' if on else ''}'>" + "".join(
            f"<td>{s.t(c)}</td>" for c in r
        )
        table += "</tr>"
    table += "</table>"
    track = ""
    for i, (when, what, done) in enumerate(milestones):
        track += (
            f"<div style='flex:1;text-align:center;position:relative'><div style='height:4px;background:"
            f"{'#e8590c' if done else '#dee2e6'};position:absolute;top:11px;left:{'50%' if i == 0 else '0'};right:"
            f"{'50%' if i == len(milestones) - 1 else '0'}'></div><span style='position:relative;display:inline-block;"
            f"width:26px;height:26px;border-radius:13px;background:{'#e8590c' if done else '#fff'};border:3px solid "
            f"{'#e8590c' if done else '#ced4da'}'></span><div style='font-size:13px;font-weight:bold;margin-top:6px'>"
            f"{s.t(what)}</div><div style='font-size:12px;color:#6c757d;margin-top:2px'>{s.t(when)}</div></div>"
        )
    ff = "".join(
        f"<div style='margin-right:40px'><div style='font-size:12px;color:#6c757d'>{s.t(k)}</div><div style='font-"
        f"size:14.5px;font-weight:bold;margin-top:2px'>{s.t(v)}</div></div>"
        for k, v in facts
    )
    s.body.append(
        f"<div style='height:950px;background:#f8f9fa'><div style='height:60px;background:#fff;border-bottom:3px solid "
        f"#e8590c;display:flex;align-items:center;padding:0 34px;font-size:14px'><b style='color:#e8590c;font-size:"
        f"21px;margin-right:30px'>{s.t('BL Track')}</b><span style='color:#6c757d;margin-right:30px'>"
        f"{s.t('Boğaz Lojistik A.Ş.')}</span>{nav}<span style='margin-left:auto'>"
        f"{s.t('Marmara Örme Tekstil · Müşteri No 40217')}</span></div><div style='padding:20px 34px'><div style='"
        f"display:flex;gap:12px;align-items:center'><span style='font-size:22px;font-weight:bold'>"
        f"{s.t('Sevkiyatlarım')}</span><span style='margin-left:auto;background:#fff;border:1px solid #ced4da;"
        f"border-radius:4px;padding:7px 160px 7px 12px;font-size:13.5px;color:#6c757d'>"
        f"{s.t('Rezervasyon, konteyner veya konşimento no')}</span></div><div style='margin-top:14px;background:#fff;"
        f"border:1px solid #e9ecef;border-radius:6px;padding:4px 10px'>{table}</div><div style='margin-top:18px;"
        f"background:#fff;border:1px solid #e9ecef;border-radius:6px;padding:16px 24px'><div style='font-size:16px;"
        f"font-weight:bold;margin-bottom:16px'>{s.t(selected)}</div><div style='display:flex'>{track}</div><div "
        f"style='display:flex;margin-top:22px;padding-top:14px;border-top:1px solid #e9ecef'>{ff}</div></div><div "
        f"style='font-size:12.5px;color:#6c757d;margin-top:10px'>{s.t(footer)}</div></div></div>"
    )
    return s


# ---------------------------------------------------------------------------------------------- Bosfor Bank
def _bank(s: ExportWindow, tabs: list[str], url: str, section: str, inner: str) -> None:
    _edge(s, tabs, url)
    menu = "".join(
        f"<div style='padding:12px 22px;font-size:14px;{'background:#24406e;color:#fff;border-left:4px solid #f2b705;' if m == section else 'color:#c3cee3;'}'>"
        f"{s.t(m)}</div>"
        for m in (
            "Hesaplarım",
            "Para transferleri",
            "Dış ticaret",
            "Akreditifler",
            "Onay bekleyenler",
            "Döviz",
        )
    )
    s.body.append(
        f"<div style='display:flex;height:950px'><div style='width:240px;background:#13294b;padding-top:16px'><div "
        f"style='color:#fff;font-size:20px;font-weight:bold;padding:0 22px'>{s.t('Bosfor Bank')}</div><div style='"
        f"color:#f2b705;font-size:12.5px;padding:2px 22px 18px'>{s.t('Kurumsal İnternet Şubesi')}</div>{menu}</div>"
        f"<div style='flex:1;background:#f4f6fa;padding:18px 28px;overflow:hidden'><div style='display:flex;"
        f"font-size:13px;color:#5b6b82;margin-bottom:10px'><span>{s.t('MARMARA ÖRME TEKSTİL SAN. VE TİC. A.Ş.')}"
        f"</span><span style='margin-left:auto'>{s.t('Kullanıcı: Elif Şahin · Yetki: 1. imza')}</span></div>{inner}"
        f"</div></div>"
    )


def bank_accounts(
    title: str,
    tabs: list[str],
    cards: list[tuple[str, str, str, str]],
    head: list[str],
    rows: list[list[str]],
    pending: list[tuple[str, str]],
    rates: list[tuple[str, str, str]],
    footer: str,
) -> ExportWindow:
    """The accounts page: account cards (name, IBAN, balance, currency), the movements table (amounts right,
    incoming green), a pending approval box and the bank's FX rates at the right."""
    s = ExportWindow("edge", title)
    cd = "".join(
        f"<div style='flex:1;background:#fff;border-radius:8px;padding:14px 18px;box-shadow:0 1px 3px #0001;"
        f"border-top:4px solid {c}'><div style='font-size:13px;color:#5b6b82'>{s.t(name)}</div><div style='font-size:"
        f"12px;color:#5b6b82;margin-top:2px;font-family:DejaVu Sans Mono,monospace'>{s.t(iban)}</div><div style='"
        f"font-size:24px;font-weight:bold;margin-top:10px;color:#13294b'>{s.t(bal)}</div><div style='font-size:12px;"
        f"color:#5b6b82'>{s.t('Kullanılabilir bakiye')}</div></div>"
        for name, iban, bal, c in cards
    )
    table = "<table class='bt' style='width:100%;border-collapse:collapse'><tr>"
    table += (
        "".join(f"<th class='{'n' if h in ('Tutar', 'Bakiye') else ''}'>{s.t(h)}</th>" for h in head)
        + "</tr>"
    )
    for r in rows:
        table += "<tr>"
        for h, c in zip(head, r):
            if h == "Tutar":
                table += f"<td class='n' style='color:{'#1e8e3e' if c.startswith('+') else '#c62828'};font-weight:bold'>{s.t(c)}</td>"
            elif h == "Bakiye":
                table += f"<td class='n'>{s.t(c)}</td>"
            else:
                table += f"<td>{s.t(c)}</td>"
        table += "</tr>"
    table += "</table>"
    pd = "".join(
        f"<div style='display:flex;padding:6px 0;font-size:13.5px;border-bottom:1px solid #f0e2b6'><span style='width:"
        f"150px;color:#7a5d00'>{s.t(k)}</span><b>{s.t(v)}</b></div>"
        for k, v in pending
    )
    rt = "".join(
        f"<tr><td style='padding:6px 0;font-size:13.5px'>{s.t(c)}</td><td style='text-align:right;font-size:13.5px'>"
        f"{s.t(a)}</td><td style='text-align:right;font-size:13.5px'>{s.t(b)}</td></tr>"
        for c, a, b in rates
    )
    side = (
        f"<div style='width:340px'><div style='background:#fff8e1;border:1px solid #f2d675;border-radius:8px;padding:"
        f"12px 16px'><div style='font-size:14.5px;font-weight:bold;color:#7a5d00;margin-bottom:6px'>"
        f"{s.t('Onay bekleyen işlemler')}</div>"
        + (
            pd
            if pending
            else f"<div style='font-size:13.5px;color:#5b6b82'>{s.t('Onay bekleyen işlem yok')}</div>"
        )
        + f"</div><div style='background:#fff;border-radius:8px;padding:12px 16px;margin-top:14px;box-shadow:0 1px 3px "
        f"#0001'><div style='font-size:14.5px;font-weight:bold;margin-bottom:6px'>{s.t('Döviz kurları')}</div><table "
        f"style='width:100%'><tr><th style='text-align:left;font-size:12px;color:#5b6b82'>{s.t('Döviz')}</th><th "
        f"style='text-align:right;font-size:12px;color:#5b6b82'>{s.t('Alış')}</th><th style='text-align:right;"
        f"font-size:12px;color:#5b6b82'>{s.t('Satış')}</th></tr>{rt}</table></div></div>"
    )
    _bank(
        s,
        tabs,
        "https://kurumsal.bosforbank.example/hesaplar/hareketler",
        "Hesaplarım",
        f"<div style='display:flex;gap:16px'>{cd}</div><div style='display:flex;gap:20px;margin-top:18px'><div style='"
        f"flex:1;background:#fff;border-radius:8px;padding:10px 16px;box-shadow:0 1px 3px #0001'><div style='font-size:"
        f"15px;font-weight:bold;margin:4px 0 8px'>{s.t('Hesap hareketleri')}</div>{table}<div style='font-size:12px;"
        f"color:#5b6b82;margin-top:8px'>{s.t(footer)}</div></div>{side}</div>",
    )
    return s


def bank_lc(
    title: str,
    tabs: list[str],
    heading: str,
    status: str,
    fields: list[tuple[str, str]],
    docs: list[tuple[str, str, str]],
    amendments: list[tuple[str, str]],
) -> ExportWindow:
    """The letter of credit's page: its number and status, the terms in two columns, the documents required
    with their originals/copies and a tick when prepared, and the amendments."""
    s = ExportWindow("edge", title)
    fl = "".join(
        f"<div style='width:50%;display:flex;padding:7px 14px 7px 0;border-bottom:1px solid #eef1f6;font-size:14px'>"
        f"<span style='width:230px;color:#5b6b82'>{s.t(k)}</span><b style='color:#13294b'>{s.t(v)}</b></div>"
        for k, v in fields
    )
    dc = "".join(
        f"<div style='display:flex;gap:14px;padding:8px 0;border-bottom:1px solid #eef1f6;font-size:13.5px'><span "
        f"style='color:{'#1e8e3e' if st == 'Hazır' else '#b26a00'};font-weight:bold;width:80px'>{s.t(st)}</span><span "
        f"style='flex:1'>{s.t(d)}</span><span style='color:#5b6b82'>{s.t(n)}</span></div>"
        for d, n, st in docs
    )
    am = "".join(
        f"<div style='padding:8px 0;border-bottom:1px solid #eef1f6'><div style='font-size:12.5px;color:#5b6b82'>"
        f"{s.t(w)}</div><div style='font-size:13.5px;margin-top:2px'>{s.t(t)}</div></div>"
        for w, t in amendments
    )
    _bank(
        s,
        tabs,
        "https://kurumsal.bosforbank.example/dis-ticaret/ihracat-akreditifleri/detay",
        "Akreditifler",
        f"<div style='background:#fff;border-radius:8px;padding:18px 24px;box-shadow:0 1px 3px #0001'><div style='"
        f"display:flex;align-items:center;gap:14px'><span style='font-size:21px;font-weight:bold;color:#13294b'>"
        f"{s.t(heading)}</span><span style='background:#e8f0fe;color:#1a4fa3;border-radius:12px;padding:4px 14px;"
        f"font-size:13.5px;font-weight:bold'>{s.t(status)}</span></div><div style='display:flex;flex-wrap:wrap;"
        f"margin-top:12px'>{fl}</div></div><div style='display:flex;gap:20px;margin-top:16px'><div style='flex:1;"
        f"background:#fff;border-radius:8px;padding:14px 20px;box-shadow:0 1px 3px #0001'><div style='font-size:15px;"
        f"font-weight:bold;margin-bottom:6px'>{s.t('İstenen belgeler (46A)')}</div>{dc}</div><div style='width:420px;"
        f"background:#fff;border-radius:8px;padding:14px 20px;box-shadow:0 1px 3px #0001'><div style='font-size:15px;"
        f"font-weight:bold;margin-bottom:6px'>{s.t('Değişiklikler')}</div>{am}</div></div>",
    )
    return s


# ---------------------------------------------------------------------------------------------------- Excel
def excel_sheet(
    title: str,
    cell: str,
    formula: str,
    cols: list[str],
    rows: list[tuple[str, int, list[str]]],
    numeric: set[int],
    selected: tuple[int, int],
    sheets: list[str],
) -> ExportWindow:
    """Excel (light, tr-TR): the green title bar with the file name, the ribbon tabs and a row of groups, the
    name box and formula bar, the grid (row kinds: 'tl' title, 'nt' note, 'hd' header, 'row', 'tt' total; a
    note spans the columns) and the sheet tabs with the status bar."""
    s = ExportWindow("excel", title)
    s.top = (
        f"<div style='height:40px;background:#107c41;color:#fff;display:flex;align-items:center;gap:16px;padding:0 "
        f"14px;font-size:13px'><span>{s.t('Otomatik Kaydet')}</span><b style='margin-left:160px'>"
        f"{s.t(title.replace(' - Excel', ''))}</b><span style='margin-left:60px;background:#ffffff26;border-radius:4px;"
        f"padding:5px 180px 5px 12px'>{s.t('Ara')}</span><span style='margin-left:auto'>{s.t('Elif Şahin')}</span>"
        f"{_winctl('#fff')}</div>"
    )
    tabs = "".join(
        f"<span style='padding:7px 10px;{'border-bottom:3px solid #107c41;font-weight:bold;color:#107c41;' if t == 'Giriş' else ''}'>"
        f"{s.t(t)}</span>"
        for t in (
            "Dosya",
            "Giriş",
            "Ekle",
            "Sayfa Düzeni",
            "Formüller",
            "Veri",
            "Gözden Geçir",
            "Görünüm",
            "Yardım",
        )
    )
    groups = "".join(
        f"<div style='display:flex;flex-direction:column;align-items:center;gap:4px;padding:0 14px;border-right:1px "
        f"solid #e1e1e1'><span style='width:26px;height:20px;border-radius:3px;background:{c}'></span>{s.t(g)}</div>"
        for g, c in (
            ("Yapıştır", "#8a8a8a"),
            ("Yazı Tipi", "#5a5a5a"),
            ("Hizalama", "#5a5a5a"),
            ("Sayı", "#5a5a5a"),
            ("Koşullu Biçimlendirme", "#c0504d"),
            ("Tablo Olarak Biçimlendir", "#4f81bd"),
            ("Hücreler", "#5a5a5a"),
            ("Düzenleme", "#5a5a5a"),
        )
    )
    grid = "<table class='xs' style='border-collapse:collapse;background:#fff'><tr><th></th>"
    grid += (
        "".join(f"<th style='min-width:{90 if i else 110}px'>{s.t(c)}</th>" for i, c in enumerate(cols))
        + "</tr>"
    )
    for i, (kind, n, cells) in enumerate(rows):
        grid += f"<tr class='{kind}'><td class='rn'>{s.t(str(n))}</td>"
        if kind in ("tl", "nt"):
            style = "font-size:16px;font-weight:bold;color:#375623;" if kind == "tl" else "color:#444;"
            grid += f"<td colspan='{len(cols)}' style='{style}'>{s.t(cells[0])}</td>"
        else:
            for j, c in enumerate(cells):
                cls = " ".join(
                    x
                    for x in (
                        "n" if j in numeric and kind != "hd" else "",
                        "sel" if (i, j) == selected else "",
                    )
                    if x
                )
                grid += f"<td class='{cls}'>{s.t(c) if c else ''}</td>"
        grid += "</tr>"
    grid += "</table>"
    sh = "".join(
        f"<span style='padding:4px 16px;{'background:#fff;color:#107c41;font-weight:bold;border-bottom:2px solid #107c41;' if i == 0 else ''}'>"
        f"{s.t(x)}</span>"
        for i, x in enumerate(sheets)
    )
    s.body.append(
        f"<div style='height:34px;background:#f3f3f3;display:flex;align-items:flex-end;gap:4px;padding:0 12px;"
        f"font-size:13px'>{tabs}</div><div style='height:68px;background:#fbfbfb;border-bottom:1px solid #dcdcdc;"
        f"display:flex;align-items:center;padding:0 12px;font-size:11.5px;color:#333'>{groups}</div><div style='"
        f"height:30px;display:flex;align-items:center;gap:10px;padding:0 10px;border-bottom:1px solid #dcdcdc;"
        f"font-size:13px'><span style='border:1px solid #c6c6c6;padding:2px 10px;width:80px'>{s.t(cell)}</span><i "
        f"style='color:#777'>fx</i><span>{s.t(formula)}</span></div><div style='height:796px;overflow:hidden;"
        f"background:#fff'>{grid}</div><div style='height:30px;background:#f3f3f3;border-top:1px solid #dcdcdc;"
        f"display:flex;align-items:center;font-size:12.5px;padding:0 10px'>{sh}<span style='margin-left:auto;"
        f"color:#444'>{s.t('Hazır')}</span></div>"
    )
    return s


# --------------------------------------------------------------------------------------------------- Acrobat
def acrobat(title: str, page_no: int, pages: int, blocks: list[tuple]) -> ExportWindow:
    """Adobe Acrobat in its dark theme: the tab with the file name, the toolbar (page number, zoom), the tools
    column, and one white A4 page whose blocks are ('h', heading), ('p', text), ('kv', [(label, value)]) drawn
    as a boxed two-column form, ('t', head, rows) an item table, ('r', text) right-aligned and ('box', number,
    label, text) a numbered certificate box."""
    s = ExportWindow("acrobat", title, theme="dark")
    name = title.replace(" - Adobe Acrobat Pro", "")
    s.top = (
        f"<div style='height:38px;background:#1e1e1e;color:#e6e6e6;display:flex;align-items:flex-end;gap:4px;"
        f"padding:0 12px;font-size:13px'><span style='padding:0 12px 9px'>{s.t('Giriş')}</span><span style='"
        f"background:#323232;border-radius:6px 6px 0 0;padding:8px 16px'>{s.t(name)}</span>{_winctl('#e6e6e6')}</div>"
        f"<div style='height:42px;background:#323232;color:#e6e6e6;display:flex;align-items:center;gap:18px;padding:0 "
        f"14px;font-size:13px;border-bottom:1px solid #1e1e1e'><span>{s.t('Tüm araçlar')}</span><span>"
        f"{s.t('Düzenle')}</span><span>{s.t('Dönüştür')}</span><span>{s.t('E-imza')}</span><span style='margin-left:"
        f"auto;background:#1e1e1e;padding:4px 12px;border-radius:4px'>{s.t(f'{page_no} / {pages}')}</span><span>"
        f"{s.t('%100')}</span></div>"
    )
    inner = ""
    for b in blocks:
        kind = b[0]
        if kind == "h":
            inner += f"<div style='font-size:20px;font-weight:bold;text-align:center;margin:4px 0 12px'>{s.t(b[1])}</div>"
        elif kind == "p":
            inner += f"<div style='font-size:13px;line-height:19px;margin:6px 0'>{s.t(b[1])}</div>"
        elif kind == "r":
            inner += f"<div style='font-size:13px;text-align:right;margin:3px 0'>{s.t(b[1])}</div>"
        elif kind == "kv":
            inner += "<table class='pd' style='width:100%;border-collapse:collapse;margin:6px 0'>"
            pairs = b[1]
            for i in range(0, len(pairs), 2):
                inner += "<tr>"
                for k, v in pairs[i : i + 2]:
                    inner += (
                        f"<td style='width:50%'><div style='font-size:10.5px;color:#555'>{s.t(k)}</div><div style='"
                        f"font-size:13px;margin-top:2px'>{s.t(v)}</div></td>"
                    )
                inner += "</tr>"
            inner += "</table>"
        elif kind == "t":
            head, rows, numeric = b[1], b[2], b[3]
            inner += "<table class='pd' style='width:100%;border-collapse:collapse;margin:8px 0'><tr>"
            inner += "".join(f"<th>{s.t(h)}</th>" for h in head) + "</tr>"
            for r in rows:
                inner += "<tr>" + "".join(
                    f"<td class='{'n' if j in numeric else ''}' style='{'font-weight:bold;' if r[0] == '' else ''}'>"
                    f"{s.t(c) if c else ''}</td>"
                    for j, c in enumerate(r)
                )
                inner += "</tr>"
            inner += "</table>"
        elif kind == "box":
            _, num, label, text = b
            inner += (
                f"<div style='border:1px solid #6d7b8a;padding:6px 10px;margin:-1px 0 0;min-height:44px'><div style='"
                f"font-size:10.5px;color:#444'><b>{s.t(num)}</b> {s.t(label)}</div><div style='font-size:13px;margin-"
                f"top:3px;line-height:18px'>{s.t(text)}</div></div>"
            )
    s.body.append(
        f"<div style='display:flex;height:952px;background:#2b2b2b'><div style='width:56px;background:#323232;"
        f"border-right:1px solid #1e1e1e'></div><div style='flex:1;display:flex;justify-content:center;padding-top:"
        f"18px;overflow:hidden'><div style='width:860px;background:#fff;color:#111;padding:42px 56px;box-shadow:0 0 "
        f"10px #000a;font-family:Liberation Sans,sans-serif'>{inner}</div></div><div style='width:56px;background:"
        f"#323232;border-left:1px solid #1e1e1e'></div></div>"
    )
    return s
