"""More window layouts for the QA workdays (used by day "hr"; the layouts in screens.py stay as they are):
new Outlook mail and a calendar week view, a Jira board and issue pages with a details side panel, Teams
with chat bubbles (dark), a PDF reader showing an invoice, LibreOffice Calc (dark), File Explorer (dark)
and a wiki page in a browser scrolled through a long document. Like screens.py, every layout records each
line of text it draws, in reading order, so a frame's ground truth is exact; the new apps are added to
screens.APPS (process paths) without touching the existing entries."""

from __future__ import annotations

import html
from dataclasses import dataclass

from make_sample import CSS
from screens import APPS, BAR, THEME_CSS, Window

NEW_APPS = {
    "olk": "C:\\Program Files\\WindowsApps\\Microsoft.OutlookForWindows_1.2024.1111.300_x64__8wekyb3d8bbwe\\olk.exe",
    "foxit": "C:\\Program Files (x86)\\Foxit Software\\Foxit PDF Reader\\FoxitPDFReader.exe",
    "calc": "C:\\Program Files\\LibreOffice\\program\\soffice.bin",
    "explorer": "C:\\Windows\\explorer.exe",
}
NEW_BARS = {"olk": "#0f548c", "foxit": "#f2f2f2", "calc": "#2a2a2e", "explorer": "#202020"}
for _key, _path in NEW_APPS.items():
    APPS.setdefault(_key, _path)
for _key, _color in NEW_BARS.items():
    BAR.setdefault(_key, _color)

BROWSERS = {"edge": ("#e9e9e9", "#ffffff", "#1b1b1b"), "firefox": ("#1c1b22", "#42414d", "#fbfbfe")}
LIGHT_BARS = {"foxit"}

MORE_CSS = """
.tabs { height: 40px; display: flex; align-items: flex-end; padding: 0 10px; font-size: 15px; }
.tabs .tab { height: 34px; line-height: 34px; padding: 0 18px; border-radius: 8px 8px 0 0; max-width: 1500px;
             white-space: nowrap; overflow: hidden; }
.tabs .ctl { margin-left: auto; align-self: center; }
.bar2 { height: 40px; line-height: 40px; padding: 0 20px; font-size: 15px; display: flex; justify-content: space-between; }
.url { height: 44px; display: flex; align-items: center; padding: 0 16px; font-size: 16px; gap: 18px; }
.url .box { flex: 1; border-radius: 16px; padding: 6px 16px; }
.ol-nav div { padding: 9px 14px; font-size: 16px; }
.ol-item { padding: 10px 16px; border-bottom: 1px solid #e1e1e1; font-size: 16px; line-height: 22px; }
.ol-item .s { font-weight: bold; } .ol-item .t { float: right; color: #616161; font-size: 14px; }
.ol-item .p { color: #616161; white-space: nowrap; overflow: hidden; }
.cal-grid { position: relative; }
.cal-ev { position: absolute; border-left: 4px solid #479ef5; background: #1d3a5c; color: #e8f1fb;
          padding: 4px 8px; font-size: 14px; line-height: 18px; overflow: hidden; border-radius: 3px; }
.jira-card { background: #fff; border-radius: 4px; box-shadow: 0 1px 2px #091e4240; margin: 0 0 10px;
             padding: 12px; font-size: 15px; line-height: 20px; }
.jira-col { background: #f1f2f4; border-radius: 6px; padding: 10px; width: 330px; margin-right: 14px; }
.jira-col .h { font-size: 13px; color: #44546f; font-weight: bold; margin: 4px 2px 12px; }
.badge { display: inline-block; background: #dcdfe4; border-radius: 10px; padding: 0 8px; font-size: 13px; }
.avatar { display: inline-block; width: 28px; height: 28px; border-radius: 14px; text-align: center;
          line-height: 28px; font-size: 12px; color: #fff; }
.detail { display: flex; padding: 9px 0; font-size: 15px; } .detail .k { width: 130px; color: #626f86; }
.bubble { border-radius: 6px; padding: 10px 14px; margin: 4px 0 16px; display: inline-block; max-width: 1100px;
          font-size: 16px; }
.calc td, .calc th { border: 1px solid #3d3d3d; padding: 5px 12px; font-size: 16px; height: 28px; }
.calc th { background: #2f2f33; color: #b8b8b8; font-weight: normal; }
.calc td.num { text-align: right; }
.ex td { padding: 7px 14px; font-size: 15px; white-space: nowrap; }
.ex th { padding: 7px 14px; font-size: 14px; font-weight: normal; color: #c8c8c8; text-align: left;
         border-right: 1px solid #3a3a3a; }
.wiki p { margin: 10px 0; line-height: 27px; } .wiki h2 { font-size: 24px; margin: 24px 0 8px; }
.wiki table { margin: 8px 0; } .wiki td, .wiki th { border: 1px solid #c1c7d0; padding: 7px 16px; font-size: 17px; }
.wiki th { background: #f4f5f7; }
"""


@dataclass
class AppWindow(Window):
    """A Window whose frame is drawn the way its app draws it: a browser's tab strip, a thin title bar for
    the others; the body, the taskbar and its clock as in screens.Window."""

    def chrome(self) -> str:
        title = html.escape(self.title)
        if self.app in BROWSERS:
            strip, tab, fg = BROWSERS[self.app]
            return (
                f"<div class='tabs' style='background:{strip};color:{fg}'><div class='tab' "
                f"style='background:{tab}'>{title}</div><span class='ctl'>&#8212; &#9633; &#10005;</span></div>"
            )
        fg = "#1b1b1b" if self.app in LIGHT_BARS else "#ffffff"
        return (
            f"<div class='bar2' style='background:{BAR[self.app]};color:{fg}'><span>{title}</span>"
            f"<span>&#8212; &#9633; &#10005;</span></div>"
        )

    def page(self, clock: str, date: str) -> str:
        return (
            f"<html><head><meta charset='utf-8'><style>{CSS}{THEME_CSS}{MORE_CSS}</style></head>"
            f"<body class='{'dark' if self.theme == 'dark' else 'light'}'><div class='win'>{self.chrome()}"
            f"{''.join(self.body)}</div>"
            f"<div class='taskbar'><span>&#8862; Search</span><span class='clock'>{html.escape(clock)}<br>"
            f"{html.escape(date)}</span></div></body></html>"
        )


# ------------------------------------------------------------------------------------------ new Outlook
def _ol_shell(s: AppWindow, active: str) -> tuple[str, str]:
    """New Outlook: a search bar and a narrow app rail (Mail, Calendar, People); returns the HTML before
    and after the module's content (drawn first, so the lines stay in reading order)."""
    dark = s.theme == "dark"
    rail_bg, top_bg = ("#1f1f1f", "#292929") if dark else ("#f0f0f0", "#ffffff")
    search = s.t("Search")
    rail = "".join(
        f"<div style='padding:14px 4px;{'font-weight:bold;color:#479ef5;' if name == active else ''}'>"
        f"{s.t(name)}</div>"
        for name in ("Mail", "Calendar", "People", "To Do")
    )
    return (
        f"<div style='height:46px;background:{top_bg};display:flex;align-items:center;padding:0 20px;"
        f"border-bottom:1px solid #8883'><span style='margin-left:300px;width:640px;border-radius:6px;"
        f"padding:6px 14px;background:{'#3a3a3a' if dark else '#f3f3f3'};color:#888;font-size:15px'>"
        f"{search}</span></div><div style='display:flex;height:954px'>"
        f"<div style='width:84px;background:{rail_bg};font-size:14px;text-align:center'>{rail}</div>",
        "</div>",
    )


def outlook_mail(
    title: str,
    folders: list[str],
    items: list[tuple[str, str, str, str]],
    selected: int,
    reading: dict,
) -> AppWindow:
    """New Outlook (light): folder pane, message list (sender / subject / preview, time on the right) and a
    reading pane where the subject, the sender's name, the address and the date are separate lines above
    the body. reading: subject, sender, address, to, cc, when, attachment (name, size) or None, body; or
    compose: to, subject, body (lines typed so far)."""
    s = AppWindow("olk", title, theme="light")
    before, after = _ol_shell(s, "Mail")
    folders_html = "".join(
        f"<div style='{'background:#e0ecf9;font-weight:bold;' if i == 0 else ''}'>{s.t(f)}</div>"
        for i, f in enumerate(folders)
    )
    rows = []
    for i, (sender, subject, preview, when) in enumerate(items):
        mark = "background:#cfe4fa;" if i == selected else ""
        rows.append(
            f"<div class='ol-item' style='{mark}'><span class='s'>{s.t(sender)}</span>"
            f"<span class='t'>{s.t(when)}</span><div>{s.t(subject)}</div>"
            f"<div class='p'>{s.t(preview)}</div></div>"
        )
    if "compose" in reading:
        c = reading["compose"]
        body = "".join(f"<div style='margin:6px 0'>{s.t(line)}</div>" for line in c["body"])
        pane = (
            f"<div style='padding:22px 36px;flex:1'><div style='margin-bottom:14px'>"
            f"<span style='background:#0f6cbd;color:#fff;padding:7px 20px;border-radius:4px'>{s.t('Send')}</span>"
            f"<span style='margin-left:16px;color:#616161'>{s.t('Discard')}</span></div>"
            f"<div class='ol-f'><span style='color:#616161;display:inline-block;width:90px'>{s.t('To')}</span>"
            f"{s.t(c['to'])}</div><hr style='border:0;border-top:1px solid #ddd'>"
            f"<div><span style='color:#616161;display:inline-block;width:90px'>{s.t('Subject')}</span>"
            f"{s.t(c['subject'])}</div><hr style='border:0;border-top:1px solid #ddd'>"
            f"<div style='font-size:18px'>{body}</div></div>"
        )
    else:
        r = reading
        attach = ""
        if r.get("attachment"):
            name, size = r["attachment"]
            attach = (
                f"<div style='margin:16px 0;display:inline-block;border:1px solid #d1d1d1;border-radius:4px;"
                f"padding:8px 14px;font-size:15px'><b style='color:#b30b00'>PDF</b>&nbsp; {s.t(name)}"
                f"<div style='color:#616161'>{s.t(size)}</div></div>"
            )
        cc = f"<div style='color:#424242;font-size:15px'>{s.t('Cc: ' + r['cc'])}</div>" if r.get("cc") else ""
        body = "".join(f"<p style='margin:10px 0'>{s.t(line)}</p>" for line in r["body"])
        pane = (
            f"<div style='padding:22px 36px;flex:1'><div style='font-size:22px;font-weight:bold;"
            f"margin-bottom:16px'>{s.t(r['subject'])}</div><div style='display:flex'>"
            f"<div class='avatar' style='width:44px;height:44px;line-height:44px;border-radius:22px;"
            f"background:#8764b8;font-size:16px;margin-right:14px'>&#9679;</div><div style='flex:1'>"
            f"<div style='font-weight:bold;font-size:17px'>{s.t(r['sender'])}</div>"
            f"<div style='color:#424242;font-size:15px'>{s.t(r['address'])}</div>"
            f"<div style='color:#424242;font-size:15px'>{s.t('To: ' + r['to'])}</div>{cc}</div>"
            f"<div style='color:#616161;font-size:15px'>{s.t(r['when'])}</div></div>{attach}"
            f"<div style='font-size:18px;margin-top:14px'>{body}</div></div>"
        )
    s.body.append(
        f"{before}<div class='ol-nav' style='width:240px;border-right:1px solid #e1e1e1;padding-top:8px'>"
        f"{folders_html}</div><div style='width:460px;border-right:1px solid #e1e1e1'>{''.join(rows)}</div>"
        f"{pane}{after}"
    )
    return s


def outlook_calendar(
    title: str,
    heading: str,
    days: list[str],
    events: list[tuple[int, str, str, str, str]],
    peek: list[str] | None = None,
) -> AppWindow:
    """New Outlook calendar, work week view (dark): hours 08:00-18:00 down the side, a column per day, each
    event a box with its title, its time range and, when it has one, its room. events: (day index, start
    "HH:MM", end, title, room or ""). peek: the lines of an event card opened over the free Wednesday late morning."""
    s = AppWindow("olk", title, theme="dark")
    before, after = _ol_shell(s, "Calendar")
    hour_px, top_h = 84, 8
    width = 300
    head = "".join(
        f"<div style='width:{width}px;padding:8px 12px;font-size:16px;border-left:1px solid #3a3a3a'>"
        f"{s.t(d)}</div>"
        for d in days
    )
    hours = "".join(
        f"<div style='position:absolute;top:{(h - top_h) * hour_px}px;left:0;width:70px;font-size:13px;"
        f"color:#aaa;text-align:right'>{s.t(f'{h:02d}:00')}</div>"
        f"<div style='position:absolute;top:{(h - top_h) * hour_px}px;left:80px;width:{5 * width}px;"
        f"border-top:1px solid #333'></div>"
        for h in range(top_h, 18)
    )
    boxes = []
    for day, start, end, name, room in events:
        h0, m0 = map(int, start.split(":"))
        h1, m1 = map(int, end.split(":"))
        top = (h0 - top_h + m0 / 60) * hour_px
        height = max((h1 - h0 + (m1 - m0) / 60) * hour_px - 4, 62)
        inner = f"<b>{s.t(name)}</b><br>{s.t(f'{start} – {end}')}"
        if room:
            inner += f"<br>{s.t(room)}"
        boxes.append(
            f"<div class='cal-ev' style='top:{top:.0f}px;left:{84 + day * width}px;width:{width - 10}px;"
            f"height:{height:.0f}px'>{inner}</div>"
        )
    card = ""
    if peek:
        card = (
            f"<div style='position:absolute;top:350px;left:684px;width:296px;background:#2b2b2b;"
            f"border:1px solid #555;box-shadow:0 4px 18px #000a;padding:14px 18px;font-size:16px;"
            f"line-height:24px'><div style='font-size:19px;font-weight:bold;margin-bottom:6px'>{s.t(peek[0])}"
            f"</div>" + "".join(f"<div>{s.t(line)}</div>" for line in peek[1:]) + "</div>"
        )
    pane = (
        f"<div style='flex:1;color:#e6e6e6;background:#1f1f1f;position:relative'>"
        f"<div style='display:flex;align-items:center;gap:22px;padding:10px 20px;font-size:16px'>"
        f"<span style='border:1px solid #666;padding:4px 14px'>{s.t('Today')}</span>"
        f"<b style='font-size:20px'>{s.t(heading)}</b><span style='margin-left:auto'>{s.t('Work week')}</span>"
        f"</div><div style='display:flex;margin-left:80px'>{head}</div>"
        f"<div class='cal-grid' style='height:{10 * hour_px}px;margin-top:6px'>{hours}{''.join(boxes)}</div>"
        f"{card}</div>"
    )
    s.body.append(before + pane + after)
    return s


# ------------------------------------------------------------------------------------------------- Jira
def _edge(s: AppWindow, url: str) -> str:
    return (
        f"<div class='url' style='background:#fff;border-bottom:1px solid #ddd'><span>&#8592; &#8594; &#8635;"
        f"</span><span class='box' style='background:#f1f3f4'>{s.t(url)}</span></div>"
    )


def _jira_top(s: AppWindow) -> str:
    links = "".join(
        f"<span style='margin-right:26px'>{s.t(x)}</span>"
        for x in ("Your work", "Projects", "Filters", "Dashboards", "Teams")
    )
    return (
        f"<div style='height:52px;display:flex;align-items:center;padding:0 20px;border-bottom:1px solid "
        f"#dfe1e6;font-size:16px;color:#44546f'><b style='color:#0c66e4;margin-right:34px'>{s.t('Jira')}</b>"
        f"{links}<span style='margin-left:auto;border:1px solid #dfe1e6;padding:4px 60px 4px 12px'>"
        f"{s.t('Search')}</span></div>"
    )


def _jira_side(s: AppWindow, active: str) -> str:
    items = "".join(
        f"<div style='padding:9px 12px;{'background:#e9f2ff;color:#0c66e4;' if x == active else ''}'>"
        f"{s.t(x)}</div>"
        for x in ("Timeline", "Backlog", "Board", "Reports", "Issues", "Project pages")
    )
    return (
        f"<div style='width:250px;background:#f7f8f9;border-right:1px solid #dfe1e6;padding:16px 10px;"
        f"font-size:15px'><div style='font-weight:bold;padding:6px 12px'>{s.t('People Ops')}</div>"
        f"<div style='color:#626f86;padding:0 12px 14px;font-size:13px'>{s.t('Software project')}</div>"
        f"{items}</div>"
    )


COLORS = ["#1d7afc", "#6e5dc6", "#22a06b", "#e2483d", "#d97008"]


def jira_board(title: str, url: str, sprint: str, note: str, columns: list[tuple[str, list]]) -> AppWindow:
    """A Jira board (Edge, light): columns of cards; a card shows its summary, then its key, its story
    points and the assignee's initials. columns: (name, [(summary, key, points, initials)])."""
    s = AppWindow("edge", title, theme="light")
    cols = []
    for name, cards in columns:
        body = "".join(
            f"<div class='jira-card'>{s.t(summary)}<div style='display:flex;align-items:center;"
            f"margin-top:10px;gap:10px'><span style='color:#44546f;font-size:13px'>&#9745; {s.t(key)}</span>"
            f"<span class='badge' style='margin-left:auto'>{s.t(points)}</span><span class='avatar' "
            f"style='background:{COLORS[sum(map(ord, who)) % len(COLORS)]}'>{s.t(who)}</span></div></div>"
            for summary, key, points, who in cards
        )
        cols.append(f"<div class='jira-col'><div class='h'>{s.t(f'{name} {len(cards)}')}</div>{body}</div>")
    s.body.append(
        _edge(s, url)
        + _jira_top(s)
        + f"<div style='display:flex;height:864px'>{_jira_side(s, 'Board')}<div style='padding:18px 26px'>"
        f"<div style='font-size:13px;color:#626f86'>{s.t('Projects / People Ops')}</div>"
        f"<div style='font-size:24px;font-weight:bold;margin:6px 0'>{s.t(sprint)}</div>"
        f"<div style='font-size:14px;color:#626f86;margin-bottom:16px'>{s.t(note)}</div>"
        f"<div style='display:flex;align-items:flex-start'>{''.join(cols)}</div></div></div>"
    )
    return s


def jira_issue(
    title: str,
    url: str,
    key: str,
    summary: str,
    status: str,
    description: list[str],
    subtasks: list[tuple[str, str, str]],
    details: list[tuple[str, str]],
    created: list[str],
    activity: list[tuple[str, str, str]],
) -> AppWindow:
    """A Jira issue (Edge, light): breadcrumb, summary, description, child issues and comments on the
    left (a comment is the author's name over its date over its text); status and a Details panel of
    label/value rows (Assignee, Priority, Due date, Story points...) on the right."""
    s = AppWindow("edge", title, theme="light")
    desc = "".join(f"<p style='margin:8px 0'>{s.t(p)}</p>" for p in description)
    subs = ""
    if subtasks:
        subs = f"<div style='font-weight:bold;margin:22px 0 8px'>{s.t('Child issues')}</div>" + "".join(
            f"<div style='display:flex;border:1px solid #dfe1e6;padding:8px 12px;margin-top:-1px;"
            f"font-size:15px'><span style='width:120px;color:#0c66e4'>{s.t(k)}</span>"
            f"<span style='flex:1'>{s.t(name)}</span><span class='badge'>{s.t(state)}</span></div>"
            for k, name, state in subtasks
        )
    comments = "".join(
        f"<div style='display:flex;margin:14px 0'><span class='avatar' style='background:"
        f"{COLORS[sum(map(ord, who)) % len(COLORS)]};margin-right:12px'>&#9679;</span><div>"
        f"<div style='font-weight:bold;font-size:15px'>{s.t(who)}</div>"
        f"<div style='color:#626f86;font-size:13px'>{s.t(when)}</div>"
        f"<div style='font-size:16px;margin-top:4px'>{s.t(text)}</div></div></div>"
        for who, when, text in activity
    )
    panel = "".join(
        f"<div class='detail'><span class='k'>{s.t(k)}</span><span>{s.t(v)}</span></div>" for k, v in details
    )
    stamps = "".join(
        f"<div style='color:#626f86;font-size:13px;margin-top:6px'>{s.t(c)}</div>" for c in created
    )
    s.body.append(
        _edge(s, url) + _jira_top(s) + f"<div style='display:flex;height:864px'>{_jira_side(s, 'Issues')}"
        f"<div style='flex:1;padding:18px 30px;font-size:16px'><div style='font-size:13px;color:#626f86'>"
        f"{s.t('Projects / People Ops / ' + key)}</div><div style='font-size:26px;font-weight:bold;"
        f"margin:10px 0 16px'>{s.t(summary)}</div><div style='font-weight:bold'>{s.t('Description')}</div>"
        f"{desc}{subs}<div style='font-weight:bold;margin:22px 0 4px'>{s.t('Activity')}</div>{comments}</div>"
        f"<div style='width:440px;padding:18px 24px;border-left:1px solid #dfe1e6'>"
        f"<span style='background:#0c66e4;color:#fff;padding:6px 14px;border-radius:3px;font-size:15px'>"
        f"{s.t(status)}</span><div style='border:1px solid #dfe1e6;border-radius:4px;margin-top:20px;"
        f"padding:8px 16px'><div style='font-weight:bold;padding:6px 0'>{s.t('Details')}</div>{panel}</div>"
        f"{stamps}</div></div>"
    )
    return s


# ------------------------------------------------------------------------------------------------ Teams
def teams_chat(
    title: str,
    active: str,
    side_title: str,
    side: list[str],
    header: str,
    tabs: list[str],
    posts: list[tuple[str, str, str]],
    composer: str,
    me: str,
) -> AppWindow:
    """New Teams (dark): app rail, a list of channels or chats, the conversation as bubbles. Someone
    else's post: the name and time on a line above the bubble; my own posts: right-aligned, time only."""
    s = AppWindow("teams", title, theme="dark")
    rail = "".join(
        f"<div style='padding:14px 0;{'color:#7f85f5;font-weight:bold;' if x == active else ''}'>"
        f"{s.t(x)}</div>"
        for x in ("Activity", "Chat", "Teams", "Calendar", "Files")
    )
    items = "".join(
        f"<div style='padding:10px 16px;{'background:#3d3e66;' if x == header else ''}'>{s.t(x)}</div>"
        for x in side
    )
    convo = []
    for who, when, text in posts:
        if who == me:
            convo.append(
                f"<div style='text-align:right'><div style='color:#adadad;font-size:13px'>{s.t(when)}</div>"
                f"<div class='bubble' style='background:#444791;text-align:left'>{s.t(text)}</div></div>"
            )
        else:
            convo.append(
                f"<div style='display:flex'><span class='avatar' style='background:"
                f"{COLORS[sum(map(ord, who)) % len(COLORS)]};margin:22px 12px 0 0'>&#9679;</span><div>"
                f"<div style='font-size:14px'><b>{s.t(who)}</b>&nbsp;&nbsp;<span style='color:#adadad'>"
                f"{s.t(when)}</span></div><div class='bubble' style='background:#292929'>{s.t(text)}</div>"
                f"</div></div>"
            )
    tab_html = "".join(
        f"<span style='margin-right:26px;{'border-bottom:2px solid #7f85f5;' if i == 0 else 'color:#adadad;'}"
        f"padding-bottom:6px'>{s.t(t)}</span>"
        for i, t in enumerate(tabs)
    )
    box = s.t(composer) if composer else "&nbsp;"
    s.body.append(
        f"<div style='display:flex;height:1000px;background:#1f1f1f;color:#e6e6e6;font-family:\"DejaVu Sans\"'>"
        f"<div style='width:76px;background:#141414;font-size:12px;text-align:center'>{rail}</div>"
        f"<div style='width:330px;background:#1a1a1a;border-right:1px solid #333;font-size:15px'>"
        f"<div style='padding:16px;font-size:19px;font-weight:bold'>{s.t(side_title)}</div>{items}</div>"
        f"<div style='flex:1;position:relative'><div style='padding:14px 28px;border-bottom:1px solid #333'>"
        f"<div style='font-size:20px;font-weight:bold;margin-bottom:10px'>{s.t(header)}</div>{tab_html}</div>"
        f"<div style='padding:16px 28px'>{''.join(convo)}</div>"
        f"<div style='position:absolute;top:900px;left:28px;right:28px;background:#292929;border-radius:6px;"
        f"padding:12px 16px;font-size:16px;color:#ccc'>{box}</div></div></div>"
    )
    return s


# ------------------------------------------------------------------------------------------------ PDF
def pdf_reader(
    title: str, zoom: str, page: str, head: list[str], table: list[list[str]], foot: list[str]
) -> AppWindow:
    """Foxit PDF Reader: ribbon tabs, toolbar with page and zoom, a page thumbnail rail and one page on a
    grey desk: letterhead lines, an item table (first row is the header; the last rows hold totals) and
    lines under it, in a serif font."""
    s = AppWindow("foxit", title, theme="light")
    ribbon = "".join(
        f"<span style='margin-right:24px'>{s.t(x)}</span>"
        for x in ("File", "Home", "Comment", "View", "Form", "Protect", "Share", "Help")
    )
    top = "".join(f"<div style='margin:5px 0'>{s.t(x)}</div>" for x in head)
    rows = []
    for i, r in enumerate(table):
        style = "font-weight:bold;border-bottom:2px solid #333;" if i == 0 else ""
        if r[0] and r[0].startswith(("Gesamt", "Total")):
            style = "font-weight:bold;border-top:2px solid #333;"
        rows.append(
            f"<tr style='{style}'>"
            + "".join(
                f"<td style='padding:6px 10px;{'text-align:right;' if j >= 2 else ''}'>{s.t(c) if c else ''}</td>"
                for j, c in enumerate(r)
            )
            + "</tr>"
        )
    bottom = "".join(f"<div style='margin:6px 0'>{s.t(x)}</div>" for x in foot)
    s.body.append(
        f"<div style='height:40px;line-height:40px;background:#f2f2f2;padding:0 18px;font-size:15px;"
        f"border-bottom:1px solid #d6d6d6'>{ribbon}</div><div style='height:42px;display:flex;"
        f"align-items:center;gap:26px;padding:0 18px;background:#fafafa;border-bottom:1px solid #d6d6d6;"
        f"font-size:15px'><span>{s.t(page)}</span><span>{s.t(zoom)}</span></div>"
        f"<div style='display:flex;height:918px'><div style='width:170px;background:#e9e9e9;"
        f"border-right:1px solid #ccc;padding:18px;font-size:13px'><div style='background:#fff;height:150px;"
        f"border:2px solid #f28b00'></div><div style='text-align:center;margin-top:6px'>{s.t('1')}</div></div>"
        f"<div style='flex:1;background:#6b6b6b;overflow:hidden'><div style='width:1060px;margin:22px auto;"
        f'background:#fff;padding:44px 64px;height:1000px;font-family:"Liberation Serif";font-size:19px;'
        f"color:#111'>{top}<table style='width:100%;margin:22px 0;font-size:18px'>{''.join(rows)}</table>"
        f"{bottom}</div></div></div>"
    )
    return s


# ---------------------------------------------------------------------------------------- LibreOffice
def calc(
    title: str,
    cell: str,
    formula: str,
    columns: list[str],
    rows: list[list[str]],
    tabs: list[str],
    active_tab: str,
    status: str,
    selected: tuple[int, int] | None = None,
) -> AppWindow:
    """LibreOffice Calc (dark): menu, Name Box and formula bar, lettered columns, numbered rows with the
    header in row 1, sheet tabs and a status bar. selected: (row, column) of the cell cursor in rows."""
    s = AppWindow("calc", title, theme="dark")
    menu = "".join(
        f"<span style='margin-right:20px'>{s.t(x)}</span>"
        for x in ("File", "Edit", "View", "Insert", "Format", "Styles", "Sheet", "Data", "Tools", "Help")
    )
    spare = max(0, 12 - len(columns))  # the empty columns right of the data, up to L
    letters = "".join(f"<th style='width:150px'>{chr(65 + i)}</th>" for i in range(len(columns) + spare))
    head = "".join(f"<td style='font-weight:bold;background:#26262a'>{s.t(c)}</td>" for c in columns)
    head += "<td></td>" * spare
    body = []
    for n, r in enumerate(rows):
        cells = []
        for j, v in enumerate(r):
            mark = "outline:2px solid #3ba7ff;outline-offset:-2px;" if selected == (n, j) else ""
            bold = "font-weight:bold;" if r[0] == "Total" else ""
            cells.append(f"<td class='{'num' if j else ''}' style='{mark}{bold}'>{s.t(v) if v else ''}</td>")
        body.append(f"<tr><th>{n + 2}</th>{''.join(cells)}{'<td></td>' * spare}</tr>")
    empties = "".join(
        f"<tr><th>{n}</th>" + "<td></td>" * (len(columns) + spare) + "</tr>" for n in range(len(rows) + 2, 29)
    )
    tab_html = "".join(
        f"<span style='padding:4px 18px;{'background:#1b1b1d;border-bottom:2px solid #3ba7ff;' if t == active_tab else 'color:#aaa;'}'>"
        f"{s.t(t)}</span>"
        for t in tabs
    )
    s.body.append(
        f"<div style='background:#2a2a2e;color:#ddd;height:1000px;font-family:\"Liberation Sans\"'>"
        f"<div style='height:34px;line-height:34px;padding:0 14px;font-size:15px'>{menu}</div>"
        f"<div style='height:38px;display:flex;align-items:center;gap:14px;padding:0 10px;font-size:15px;"
        f"border-top:1px solid #3d3d3d;border-bottom:1px solid #3d3d3d'><span style='width:110px;"
        f"background:#1b1b1d;padding:3px 8px'>{s.t(cell)}</span><span style='color:#999'>&#931; =</span>"
        f"<span style='flex:1;background:#1b1b1d;padding:3px 8px'>{s.t(formula) if formula else '&nbsp;'}"
        f"</span></div><div style='height:850px;overflow:hidden;background:#1b1b1d'><table class='calc'>"
        f"<tr><th style='width:46px'></th>{letters}</tr><tr><th>1</th>{head}</tr>{''.join(body)}{empties}"
        f"</table></div><div style='height:40px;display:flex;align-items:center;gap:6px;padding:0 10px;"
        f"font-size:14px'>{tab_html}<span style='margin-left:auto;color:#aaa'>{s.t(status)}</span></div></div>"
    )
    return s


# ------------------------------------------------------------------------------------------- Explorer
def explorer(title: str, path: str, nav: list[str], groups: list[tuple[str, list]], status: str) -> AppWindow:
    """Windows 11 File Explorer (dark), details view: address and search box, navigation pane, files in
    groups (Today, Yesterday, ...) with Name, Date modified, Type, Size columns and a status bar."""
    s = AppWindow("explorer", title, theme="dark")
    navs = "".join(
        f"<div style='padding:7px 14px;{'background:#3a3a3a;' if x == 'Downloads' else ''}'>{s.t(x)}</div>"
        for x in nav
    )
    cols = "".join(
        f"<th style='width:{w}px'>{s.t(c)}</th>"
        for c, w in (("Name", 560), ("Date modified", 220), ("Type", 300), ("Size", 130))
    )
    rows = []
    for group, files in groups:
        rows.append(
            f"<tr><td colspan='4' style='padding-top:16px;color:#9fc9ff;font-size:15px'>{s.t(group)}</td></tr>"
        )
        for name, when, kind, size in files:
            rows.append(
                f"<tr><td><span style='display:inline-block;width:12px;height:15px;margin-right:10px;"
                f"background:{'#d9534f' if name.lower().endswith('.pdf') else '#6fa8dc'}'></span>{s.t(name)}</td><td>{s.t(when)}</td><td>{s.t(kind)}</td>"
                f"<td style='text-align:right'>{s.t(size)}</td></tr>"
            )
    s.body.append(
        f"<div style='background:#191919;color:#e8e8e8;height:1000px;font-family:\"DejaVu Sans\"'>"
        f"<div style='height:48px;display:flex;align-items:center;gap:18px;padding:0 14px;font-size:15px;"
        f"background:#202020'><span>&#8592; &#8594; &#8593; &#8635;</span><span style='flex:1;background:#2b2b2b;"
        f"padding:6px 12px'>{s.t(path)}</span><span style='width:300px;background:#2b2b2b;padding:6px 12px;"
        f"color:#999'>{s.t('Search Downloads')}</span></div><div style='height:44px;display:flex;"
        f"align-items:center;gap:26px;padding:0 18px;font-size:14px;border-bottom:1px solid #333'>"
        + "".join(f"<span>{s.t(x)}</span>" for x in ("New", "Sort", "View", "Filter"))
        + f"</div><div style='display:flex;height:870px'><div style='width:250px;border-right:1px solid #333;"
        f"padding-top:10px;font-size:15px'>{navs}</div><div style='flex:1;padding:6px 10px'><table class='ex'>"
        f"<tr>{cols}</tr>{''.join(rows)}</table></div></div><div style='height:38px;line-height:38px;"
        f"padding:0 16px;font-size:13px;color:#bbb'>{s.t(status)}</div></div>"
    )
    return s


# ------------------------------------------------------------------------------------------------ wiki
def wiki_page(
    title: str,
    url: str,
    space: str,
    tree: list[str],
    current: str,
    blocks: list[tuple],
    theme: str = "light",
) -> AppWindow:
    """A Confluence-like page in Firefox: address bar, the space's page tree and the visible part of a long
    page. blocks: ("h1"|"h2"|"p"|"meta", text) or ("table", header, rows); pass only what is scrolled into
    view."""
    s = AppWindow("firefox", title, theme=theme)
    parts = []
    for block in blocks:
        kind = block[0]
        if kind == "h1":
            parts.append(
                f"<div style='font-size:30px;font-weight:bold;margin:8px 0 6px'>{s.t(block[1])}</div>"
            )
        elif kind == "meta":
            parts.append(
                f"<div style='color:#6b778c;font-size:15px;margin-bottom:14px'>{s.t(block[1])}</div>"
            )
        elif kind in ("h2", "p"):
            parts.append(f"<{kind}>{s.t(block[1])}</{kind}>")
        elif kind == "table":
            head = "".join(f"<th>{s.t(h)}</th>" for h in block[1])
            rows = "".join("<tr>" + "".join(f"<td>{s.t(v)}</td>" for v in r) + "</tr>" for r in block[2])
            parts.append(f"<table><tr>{head}</tr>{rows}</table>")
    pages = "".join(
        f"<div style='padding:7px 10px;{'background:#e9f2ff;color:#0c66e4;' if t == current else ''}'>"
        f"{s.t(t)}</div>"
        for t in tree
    )
    s.body.append(
        f"<div class='url' style='background:#2b2a33;color:#fbfbfe'><span>&#8592; &#8594; &#8635;</span>"
        f"<span class='box' style='background:#1c1b22'>{s.t(url)}</span></div>"
        f"<div style='display:flex;height:956px;overflow:hidden'><div style='width:300px;background:#f4f5f7;"
        f"padding:18px 12px;font-size:15px;border-right:1px solid #dfe1e6'><div style='font-weight:bold;"
        f"padding:4px 10px 14px'>{s.t(space)}</div>{pages}</div><div class='wiki' style='flex:1;"
        f"padding:20px 80px;font-size:18px;max-width:1400px'>{''.join(parts)}</div></div>"
    )
    return s
