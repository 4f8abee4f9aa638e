"""Window layouts for the sixth held-out QA workday "news" (bench/qa/day_news.py): a business desk editor's
screen in Bengaluru, on an English (India) Windows 11 (24-hour taskbar clock, dd-mm-yyyy, ₹1,23,456.78). None
of the layouts of screens.py, screens_more.py, screens_sales.py, screens_buy.py, screens_estate.py,
screens_lab.py or screens_trip.py is reused: a newsroom CMS in Chrome (story list with status pills and an
article editor with its metadata panel), Slack (dark, with the workspace rail), classic Outlook (ribbon,
folder pane, message list, reading pane with From / Sent / To on lines of their own), Google Docs (a page with
comment cards in the right margin), Google Sheets (grid with column letters, row numbers and a formula bar),
a stock-market quote page in Edge (dark), Adobe Acrobat with a regulator's order, WhatsApp Desktop (dark), a
transcript tool in Chrome (speaker turns with timestamps), a story-budget board in Firefox and Notepad. Only
the frame around them is shared: screens.Window (title, lines, taskbar clock and date as truth) and its
process paths in screens.APPS (WhatsApp and Notepad are added with setdefault, the paths other days use).
Every layout records each line of text it draws, in reading order, so a frame's ground truth is exact; no
recorded text is drawn outside its box or clipped."""

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
}
for _key, _path in NEW_APPS.items():
    APPS.setdefault(_key, _path)

NEWS_CSS = """
body { font-family: 'Liberation Sans', 'DejaVu Sans', sans-serif; }
.nw { height: 1032px; overflow: hidden; position: relative; }
.tb { position: absolute; top: 1032px; left: 0; width: 1920px; height: 48px; background: #eef1f6; color: #1a1a1a;
      border-top: 1px solid #cfd5de; font-size: 12.5px; }
.tb .ic { position: absolute; left: 760px; top: 9px; display: flex; gap: 10px; }
.tb .ic i { width: 30px; height: 30px; border-radius: 7px; display: inline-block; }
.tb .ck { position: absolute; right: 18px; top: 7px; text-align: right; line-height: 17px; }
.cms td { padding: 11px 12px; border-bottom: 1px solid #eceff3; font-size: 14px; white-space: nowrap; }
.cms th { padding: 10px 12px; font-size: 12px; color: #6b7686; text-transform: uppercase; letter-spacing: .5px;
          text-align: left; border-bottom: 1px solid #d6dbe3; }
.pill { border-radius: 10px; padding: 2px 10px; font-size: 12px; font-weight: bold; }
.gs td, .gs th { border: 1px solid #e2e3e3; height: 24px; padding: 0 5px; font-size: 13px; white-space: nowrap; }
.gs th { background: #f8f9fa; color: #5f6368; font-weight: normal; font-size: 11px; text-align: center; }
.gs td.r { text-align: right; } .gs td.hd { font-weight: bold; background: #e6f4ea; }
.gs td.on { outline: 2px solid #1a73e8; outline-offset: -2px; }
.mq td { padding: 8px 12px; font-size: 14px; border-bottom: 1px solid #2c3440; white-space: nowrap; color: #e4e9f0; }
.mq th { padding: 8px 12px; font-size: 12px; color: #8a97a8; text-align: left; border-bottom: 1px solid #3a4454; }
.mq td.r, .mq th.r { text-align: right; }
.pdf td, .pdf th { border: 1px solid #666; padding: 5px 8px; font-size: 13px; text-align: left; }
"""

STATUS_COLOURS = {
    "Draft": ("#eceff3", "#4a5565"),
    "In edit": ("#fff1cc", "#8a5a00"),
    "Legal review": ("#fde2e1", "#a11d16"),
    "Scheduled": ("#dbeafe", "#1e4fb0"),
    "Published": ("#dcf5e3", "#146c2e"),
    "On hold": ("#ede4ff", "#5b2fb0"),
}


@dataclass
class NewsWindow(Window):
    """A screens.Window whose app draws its own frame into `top`, over a light Windows 11 taskbar (icons in the
    middle, clock and date at the right). en-IN Windows writes the date dd-mm-yyyy: make_days passes
    dd/mm/yyyy (the 'es' locale's 24-hour clock and day-first date) and the taskbar and the truth use dashes.
    A notification toast (its text part of the truth) can sit at the bottom right."""

    top: str = ""
    toast: str = ""

    def page(self, clock: str, date: str) -> str:
        icons = "".join(
            f"<i style='background:{c}'></i>"
            for c in ("#2b6de0", "#e8453c", "#f9ab00", "#4a154b", "#0a64b4", "#25d366", "#ff7139", "#b30b00")
        )
        return (
            f"<html><head><meta charset='utf-8'><style>{CSS}{NEWS_CSS}</style></head>"
            f"<body><div class='nw'>{self.top}{''.join(self.body)}{self.toast}</div>"
            f"<div class='tb'><div class='ic'>{icons}</div><div class='ck'>{html.escape(clock)}<br>"
            f"{html.escape(date.replace('/', '-'))}</div></div></body></html>"
        )

    def truth_lines(self, clock: str, date: str) -> list[str]:
        return [self.title, *self.lines, clock, date.replace("/", "-")]

    def notify(self, app: str, who: str, text: str) -> None:
        """A Windows 11 notification (light): the app's name, the sender in bold, the first line."""
        self.toast = (
            f"<div style='position:absolute;right:14px;bottom:12px;width:364px;background:#fbfbfb;color:#1a1a1a;"
            f"border:1px solid #d9d9d9;border-radius:8px;box-shadow:0 8px 24px #0004;padding:12px 16px;"
            f"font-size:13px'><div style='color:#666;font-size:12px'>{self.t(app)}</div><div style='font-weight:"
            f"bold;margin-top:6px'>{self.t(who)}</div><div style='margin-top:2px;line-height:18px'>{self.t(text)}"
            f"</div></div>"
        )


def _browser(s: NewsWindow, tabs: list[str], active: int, url: str, kind: str = "chrome", dark: bool = False):
    """A browser frame: tabs as rounded pills (Chrome), square tabs (Firefox) or Edge's, the address bar with a
    padlock and a bookmarks bar (Chrome only)."""
    fg = "#e6e6e6" if dark else "#1f1f1f"
    strip = {"chrome": "#e3e7ee", "firefox": "#f0f0f4", "edge": "#2b2b2b" if dark else "#edebe9"}[kind]
    bar = "#3b3b3b" if dark else "#ffffff"
    tab = ""
    for i, t in enumerate(tabs):
        label = t if len(t) <= 26 else t[:25].rstrip() + "…"
        on = i == active
        if kind == "firefox":
            style = f"background:{'#fff' if on else 'transparent'};border-radius:4px;margin-top:4px;box-shadow:{'0 0 3px #0003' if on else 'none'}"
        else:
            style = f"background:{bar if on else 'transparent'};border-radius:8px 8px 0 0"
        tab += (
            f"<div style='width:262px;height:32px;line-height:32px;padding:0 12px;font-size:12.5px;white-space:"
            f"nowrap;overflow:hidden;color:{fg};{style}'><i style='display:inline-block;width:12px;height:12px;"
            f"border-radius:3px;background:#8899aa;margin-right:8px;vertical-align:-1px'></i>{s.t(label)}</div>"
        )
    marks = ""
    if kind == "chrome":
        marks = (
            "<div style='height:28px;background:#fff;display:flex;gap:22px;align-items:center;padding:0 18px;"
            "font-size:12px;color:#3c4043;border-bottom:1px solid #dadce0'>"
            + "".join(
                f"<span>{s.t(b)}</span>" for b in ("Inkpress", "Wire desk", "NSE filings", "Style guide")
            )
            + "</div>"
        )
    s.top = (
        f"<div style='height:38px;background:{strip};display:flex;align-items:flex-end;gap:2px;padding:0 10px'>"
        f"{tab}<span style='margin-left:auto;align-self:center;color:{fg};letter-spacing:16px;font-size:12px'>"
        f"&#8212;&#9633;&#10005;</span></div><div style='height:38px;background:{bar};display:flex;align-items:"
        f"center;gap:14px;padding:0 14px;color:{fg};font-size:13.5px;{'' if marks else 'border-bottom:1px solid #ccc;'}'>"
        f"<span style='letter-spacing:6px'>&#8592;&#8594;&#8635;</span><div style='flex:1;background:"
        f"{'#202020' if dark else '#eef1f5'};border-radius:{'4px' if kind == 'firefox' else '15px'};padding:6px 14px'>"
        f"{s.t(url)}</div><span>&#8942;</span></div>{marks}"
    )


# --------------------------------------------------------------------------------- Inkpress CMS (Chrome)
def _cms_shell(s: NewsWindow, active: str, inner: str) -> None:
    nav = ["Dashboard", "Stories", "Live blogs", "Media", "Schedule", "Authors", "Settings"]
    side = "".join(
        f"<div style='padding:10px 22px;{'background:#23406b;border-left:4px solid #ffb547;' if n == active else 'border-left:4px solid transparent;'}'>"
        f"{s.t(n)}</div>"
        for n in nav
    )
    s.body.append(
        f"<div style='display:flex;height:926px'><div style='width:210px;background:#142847;color:#dbe4f3;"
        f"font-size:14px'><div style='padding:18px 22px;font-size:20px;font-weight:bold;color:#fff'>"
        f"{s.t('Inkpress')}</div><div style='padding:0 22px 14px;font-size:12px;color:#8ea3c4'>"
        f"{s.t('The Ledger Line')}</div>{side}</div><div style='flex:1;background:#f6f8fb;color:#1d2430'>{inner}"
        f"</div></div>"
    )


def cms_list(
    title: str, tabs: list[str], filters: list[str], rows: list[list[str]], sel: int, footer: str
) -> NewsWindow:
    """Inkpress's story list: filter tabs, a table (ID, headline, desk, author, status pill, words, updated,
    publish at), the selected row shaded and a count line."""
    s = NewsWindow("chrome", title)
    _browser(s, tabs, 0, "cms.ledgerline.in/stories?desk=business")
    chips = "".join(
        f"<span style='padding:6px 14px;{'border-bottom:2px solid #23406b;font-weight:bold;' if i == 0 else 'color:#5b6576;'}'>{s.t(f)}</span>"
        for i, f in enumerate(filters)
    )
    head = "".join(
        f"<th>{s.t(c)}</th>"
        for c in ("ID", "Headline", "Desk", "Author", "Status", "Words", "Updated", "Publish at")
    )
    body = ""
    for i, r in enumerate(rows):
        bg, fg = STATUS_COLOURS[r[4]]
        cells = [s.t(r[0]), s.t(r[1]), s.t(r[2]), s.t(r[3])]
        pill = f"<span class='pill' style='background:{bg};color:{fg}'>{s.t(r[4])}</span>"
        rest = [s.t(v) for v in r[5:]]
        body += (
            f"<tr style='background:{'#fff8e6' if i == sel else '#fff'}'><td style='color:#6b7686'>{cells[0]}</td>"
            f"<td style='font-weight:bold'>{cells[1]}</td><td>{cells[2]}</td><td>{cells[3]}</td><td>{pill}</td>"
            + "".join(f"<td>{x}</td>" for x in rest)
            + "</tr>"
        )
    inner = (
        f"<div style='padding:22px 28px'><div style='display:flex;align-items:center'><span style='font-size:24px;"
        f"font-weight:bold'>{s.t('Stories')}</span><span style='margin-left:auto;background:#ffb547;color:#142847;"
        f"padding:8px 18px;border-radius:4px;font-weight:bold;font-size:14px'>{s.t('+ New story')}</span></div>"
        f"<div style='margin:16px 0 10px;font-size:14px;border-bottom:1px solid #d6dbe3'>{chips}</div>"
        f"<table class='cms' style='width:100%'><tr>{head}</tr>{body}</table><div style='margin-top:12px;"
        f"font-size:13px;color:#6b7686'>{s.t(footer)}</div></div>"
    )
    _cms_shell(s, "Stories", inner)
    return s


def cms_editor(
    title: str,
    tabs: list[str],
    story_id: str,
    meta: list[tuple[str, str]],
    headline: str,
    standfirst: str,
    paragraphs: list[str],
    status: str,
    words: str,
    saved: str,
) -> NewsWindow:
    """Inkpress's article editor: a toolbar with the story ID, autosave note and status pill, the headline and
    standfirst fields, the body paragraphs, and a right-hand panel of metadata (label over value)."""
    s = NewsWindow("chrome", title)
    _browser(s, tabs, 0, f"cms.ledgerline.in/stories/{story_id}/edit")
    bg, fg = STATUS_COLOURS[status]
    panel = "".join(
        f"<div style='margin-bottom:14px'><div style='font-size:11.5px;color:#6b7686;text-transform:uppercase;"
        f"letter-spacing:.4px'>{s.t(k)}</div><div style='font-size:14px;margin-top:4px;border:1px solid #d6dbe3;"
        f"background:#fff;border-radius:4px;padding:6px 9px'>{s.t(v)}</div></div>"
        for k, v in meta
    )
    paras = "".join(f"<p style='margin:0 0 14px'>{s.t(p)}</p>" for p in paragraphs)
    inner = (
        f"<div style='display:flex;height:926px'><div style='flex:1;padding:18px 30px;overflow:hidden'>"
        f"<div style='display:flex;gap:16px;align-items:center;font-size:13px;color:#5b6576'><span>"
        f"{s.t(story_id)}</span><span>{s.t(saved)}</span><span class='pill' style='background:{bg};color:{fg}'>"
        f"{s.t(status)}</span><span style='margin-left:auto'>{s.t(words)}</span></div>"
        f"<div style='font-size:12px;color:#6b7686;margin-top:18px'>{s.t('HEADLINE')}</div><div style='font-size:"
        f"27px;font-weight:bold;margin:4px 0 14px;font-family:Liberation Serif,serif'>{s.t(headline)}</div>"
        f"<div style='font-size:12px;color:#6b7686'>{s.t('STANDFIRST')}</div><div style='font-size:17px;"
        f"color:#3a4250;margin:4px 0 18px;font-style:italic'>{s.t(standfirst)}</div><div style='background:#fff;"
        f"border:1px solid #d6dbe3;border-radius:4px;padding:20px 26px;font-size:15.5px;line-height:24px;"
        f"font-family:Liberation Serif,serif'>{paras}</div></div><div style='width:400px;border-left:1px solid "
        f"#d6dbe3;background:#eef2f7;padding:18px 20px'>{panel}</div></div>"
    )
    _cms_shell(s, "Stories", inner)
    return s


# ------------------------------------------------------------------------------------------ Slack (dark)
def slack(
    title: str,
    workspace: str,
    sections: list[tuple[str, list[tuple[str, bool]]]],
    active: str,
    header: str,
    topic: str,
    messages: list[tuple[str, str, list[str]]],
    draft: str = "",
) -> NewsWindow:
    """Slack for Windows, dark: the workspace rail, the sidebar (sections of channels and DMs, unread in bold),
    the channel header with its topic, messages (name and time on one line, the text under it; a thread line
    like '3 replies' under some) and the composer."""
    s = NewsWindow("slack", title)
    s.top = (
        f"<div style='height:38px;background:#350d36;display:flex;align-items:center;padding:0 14px;color:#e8dbe8;"
        f"font-size:13px'><span style='letter-spacing:8px'>&#8592;&#8594;</span><div style='margin-left:430px;"
        f"width:620px;background:#5a2f5b;border-radius:6px;padding:4px 12px'>{s.t('Search ' + workspace)}</div>"
        f"<span style='margin-left:auto;letter-spacing:16px'>&#8212;&#9633;&#10005;</span></div>"
    )
    side = ""
    for name, items in sections:
        side += f"<div style='padding:14px 18px 4px;color:#b9a8ba;font-size:13px'>{s.t(name)}</div>"
        for item, unread in items:
            on = item == active
            side += (
                f"<div style='padding:4px 18px 4px 28px;font-size:14.5px;{'background:#1164a3;color:#fff;' if on else ''}"
                f"{'font-weight:bold;color:#fff;' if unread and not on else ''}'>{s.t(item)}</div>"
            )
    posts = ""
    for who, when, texts in messages:
        tail = texts[-1]
        thread = tail.startswith("↳ ")
        body = texts[:-1] if thread else texts
        posts += (
            f"<div style='display:flex;gap:12px;padding:8px 22px'><div style='width:36px;height:36px;border-radius:"
            f"6px;background:#{abs(hash_name(who)) % 0xAAAAAA + 0x333333:06x};flex:none'></div><div><div><b style="
            f"'font-size:15px'>{s.t(who)}</b><span style='color:#9a9b9e;font-size:12px;margin-left:8px'>"
            f"{s.t(when)}</span></div>"
            + "".join(f"<div style='font-size:15px;line-height:22px'>{s.t(t)}</div>" for t in body)
            + (
                f"<div style='color:#1d9bd1;font-size:13px;margin-top:3px;font-weight:bold'>{s.t(tail[2:])}</div>"
                if thread
                else ""
            )
            + "</div></div>"
        )
    s.body.append(
        f"<div style='display:flex;height:994px;background:#1a1d21;color:#d1d2d3'><div style='width:66px;"
        f"background:#350d36'><div style='margin:12px 13px;width:40px;height:40px;border-radius:9px;background:"
        f"#e8912d'></div></div><div style='width:290px;background:#19171d;border-right:1px solid #35373b'>"
        f"<div style='padding:14px 18px;font-size:18px;font-weight:bold;color:#fff;border-bottom:1px solid "
        f"#35373b'>{s.t(workspace)}</div>{side}</div><div style='flex:1;display:flex;flex-direction:column'>"
        f"<div style='padding:12px 22px;border-bottom:1px solid #35373b'><div style='font-size:17px;font-weight:"
        f"bold;color:#fff'>{s.t(header)}</div><div style='font-size:13px;color:#9a9b9e;margin-top:2px'>"
        f"{s.t(topic)}</div></div><div style='flex:1;overflow:hidden;padding-top:8px'>{posts}</div><div style="
        f"'margin:0 22px 18px;border:1px solid #565856;border-radius:8px;padding:12px 14px;font-size:15px;"
        f"color:{'#d1d2d3' if draft else '#87898c'}'>{s.t(draft or 'Message ' + header)}</div></div></div>"
    )
    return s


def hash_name(name: str) -> int:
    """A stable small number for a name (Python's hash() is salted per process)."""
    return sum((i + 7) * ord(c) for i, c in enumerate(name)) * 2654435761 % (1 << 31)


# ------------------------------------------------------------------------------- Outlook (classic, light)
def outlook(
    title: str,
    folders: list[tuple[str, str]],
    items: list[tuple[str, str, str, str, bool]],
    selected: int,
    reading: dict | None,
) -> NewsWindow:
    """Classic Outlook: the blue title strip, the simplified ribbon, the folder pane, the message list (sender
    and time, subject, preview; unread in bold with a blue bar) and the reading pane: the subject, then the
    sender, 'Sent', 'To' and 'Cc' each on a line of their own, then the body."""
    s = NewsWindow("outlook", title)
    s.top = (
        f"<div style='height:32px;background:#0f6cbd;color:#fff;display:flex;align-items:center;padding:0 14px;"
        f"font-size:12.5px'><span>{s.t(title)}</span><span style='margin-left:auto;letter-spacing:16px'>&#8212;"
        f"&#9633;&#10005;</span></div><div style='height:30px;background:#0f6cbd;color:#fff;display:flex;gap:24px;"
        f"padding:0 16px;font-size:13px;align-items:center'>"
        + "".join(f"<span>{s.t(x)}</span>" for x in ("File", "Home", "Send / Receive", "View", "Help"))
        + "</div><div style='height:42px;background:#f3f2f1;border-bottom:1px solid #e1dfdd;display:flex;gap:26px;"
        "align-items:center;padding:0 16px;font-size:13px;color:#252423'>"
        + "".join(
            f"<span>{s.t(x)}</span>"
            for x in ("New Email", "Delete", "Archive", "Reply", "Reply All", "Forward")
        )
        + "</div>"
    )
    side = "".join(
        f"<div style='display:flex;padding:6px 16px 6px 26px;{'background:#cfe4fa;font-weight:bold;' if i == 1 else ''}'>"
        f"<span>{s.t(n)}</span><span style='margin-left:auto;color:#0f6cbd'>{s.t(c) if c else ''}</span></div>"
        for i, (n, c) in enumerate(folders)
    )
    lst = ""
    for i, (who, subject, preview, when, unread) in enumerate(items):
        lst += (
            f"<div style='padding:8px 14px 8px 12px;border-bottom:1px solid #edebe9;border-left:3px solid "
            f"{'#0f6cbd' if unread else 'transparent'};background:{'#cde6f7' if i == selected else '#fff'};"
            f"font-size:13.5px;line-height:19px'><div style='display:flex;{'font-weight:bold;' if unread else ''}'>"
            f"<span>{s.t(who)}</span><span style='margin-left:auto;font-size:12px;color:#605e5c'>{s.t(when)}</span>"
            f"</div><div style='{'color:#0f6cbd;font-weight:bold;' if unread else ''}'>"
            f"{s.t(subject)}</div><div style='color:#605e5c;font-size:12.5px'>"
            f"{s.t(preview)}</div></div>"
        )
    pane = ""
    if reading:
        r = reading
        heads = "".join(
            f"<div style='font-size:13px;color:#444;margin-top:3px'>{s.t(k + ' ' + v)}</div>"
            for k, v in (("Sent:", r["sent"]), ("To:", r["to"]), ("Cc:", r.get("cc", "")))
            if v
        )
        atts = "".join(
            f"<span style='display:inline-block;border:1px solid #c8c6c4;padding:6px 10px;margin:10px 10px 0 0;"
            f"font-size:12.5px'>{s.t(a)}</span>"
            for a in r.get("attachments", [])
        )
        body = "".join(f"<p style='margin:0 0 10px'>{s.t(x)}</p>" for x in r["body"])
        pane = (
            f"<div style='padding:16px 26px'><div style='font-size:20px;font-weight:600'>{s.t(r['subject'])}</div>"
            f"<div style='display:flex;gap:12px;margin-top:14px'><div style='width:40px;height:40px;border-radius:"
            f"20px;background:#8764b8;flex:none'></div><div><div style='font-size:14px;font-weight:bold'>"
            f"{s.t(r['sender'])}</div>{heads}</div></div>{atts}<div style='margin-top:16px;font-size:14px;"
            f"line-height:21px;border-top:1px solid #edebe9;padding-top:14px'>{body}</div></div>"
        )
    s.body.append(
        f"<div style='display:flex;height:890px;background:#fff;color:#252423'><div style='width:240px;"
        f"background:#faf9f8;border-right:1px solid #e1dfdd;font-size:13.5px;padding-top:10px'>{side}</div>"
        f"<div style='width:430px;border-right:1px solid #e1dfdd;overflow:hidden'><div style='padding:10px 14px;"
        f"font-size:13px;border-bottom:1px solid #edebe9'><b>{s.t('Focused')}</b><span style='margin-left:18px;"
        f"color:#605e5c'>{s.t('Other')}</span></div>{lst}</div><div style='flex:1;overflow:hidden'>{pane}</div></div>"
    )
    return s


# ---------------------------------------------------------------------------------- Google Docs (Chrome)
def gdocs(
    title: str,
    tabs: list[str],
    doc: str,
    paragraphs: list[str],
    comments: list[tuple[str, str, str]],
    words: str = "",
    heading: str = "",
) -> NewsWindow:
    """Google Docs: the file name, menus, toolbar, the page (a heading, paragraphs) and comment cards in the
    right margin (name, time, text). A word-count box can be open over the page."""
    s = NewsWindow("chrome", title)
    _browser(s, tabs, 0, "docs.google.com/document/d/1kVrP8sQ2LdE7nW/edit")
    menus = "".join(
        f"<span>{s.t(m)}</span>"
        for m in ("File", "Edit", "View", "Insert", "Format", "Tools", "Extensions", "Help")
    )
    paras = "".join(f"<p style='margin:0 0 13px'>{s.t(p)}</p>" for p in paragraphs)
    cards = "".join(
        f"<div style='background:#fff;border-radius:8px;box-shadow:0 1px 3px #0003;padding:12px 14px;"
        f"margin-bottom:14px;font-size:13px'><div style='display:flex;gap:8px;align-items:center'><span "
        f"style='width:28px;height:28px;border-radius:14px;background:#f4b400;display:inline-block'></span><div>"
        f"<div style='font-weight:bold'>{s.t(who)}</div><div style='color:#5f6368;font-size:11.5px'>{s.t(when)}"
        f"</div></div></div><div style='margin-top:8px;line-height:18px'>{s.t(text)}</div></div>"
        for who, when, text in comments
    )
    box = ""
    if words:
        box = (
            f"<div style='position:absolute;left:720px;top:330px;width:380px;background:#fff;border-radius:8px;"
            f"box-shadow:0 6px 30px #0005;padding:20px 24px;font-size:14px'><div style='font-size:18px;"
            f"margin-bottom:12px'>{s.t('Word count')}</div><div>{s.t(words)}</div><div style='margin-top:16px;"
            f"text-align:right;color:#1a73e8;font-weight:bold'>{s.t('OK')}</div></div>"
        )
    s.body.append(
        f"<div style='height:926px;background:#f9fbfd;position:relative;color:#1f1f1f'><div style='padding:"
        f"8px 18px 0;display:flex;align-items:center;gap:14px'><span style='width:26px;height:34px;background:"
        f"#4285f4;border-radius:3px;display:inline-block'></span><div><div style='font-size:18px'>{s.t(doc)}</div>"
        f"<div style='display:flex;gap:14px;font-size:13.5px;margin-top:2px'>{menus}</div></div><span style="
        f"'margin-left:auto;background:#c2e7ff;border-radius:18px;padding:9px 20px;font-size:14px;font-weight:"
        f"bold'>{s.t('Share')}</span></div><div style='margin:8px 14px;height:36px;background:#edf2fa;"
        f"border-radius:18px'></div><div style='display:flex;justify-content:center;gap:24px'><div style='width:"
        f"816px;height:820px;background:#fff;border:1px solid #dadce0;padding:56px 72px;font-family:"
        f"Liberation Serif,serif;font-size:16px;line-height:25px;overflow:hidden'><div style='font-size:22px;"
        f"font-weight:bold;margin-bottom:16px'>{s.t(heading)}</div>{paras}</div><div style='width:300px;"
        f"padding-top:40px'>{cards}</div></div>{box}</div>"
    )
    return s


# --------------------------------------------------------------------------------- Google Sheets (Chrome)
def gsheets(
    title: str,
    tabs: list[str],
    doc: str,
    cell: str,
    formula: str,
    rows: list[list[str]],
    sel: tuple[int, int],
    sheets: list[str],
    numeric_from: int = 1,
) -> NewsWindow:
    """Google Sheets: the file name and menus, the name box and formula bar, the grid (column letters, row
    numbers; the first row a bold header) with the selected cell outlined, and the sheet tabs at the bottom."""
    s = NewsWindow("chrome", title)
    _browser(s, tabs, 0, "docs.google.com/spreadsheets/d/1Qx4TrkR9mZ/edit#gid=0")
    menus = "".join(
        f"<span>{s.t(m)}</span>"
        for m in ("File", "Edit", "View", "Insert", "Format", "Data", "Tools", "Help")
    )
    ncol = max(len(r) for r in rows)
    letters = "".join(f"<th>{chr(65 + j)}</th>" for j in range(ncol))
    grid = ""
    for i, r in enumerate(rows):
        cells = ""
        for j in range(ncol):
            v = r[j] if j < len(r) else ""
            cls = " ".join(
                c
                for c in (
                    "hd" if i == 0 else "",
                    "r" if j >= numeric_from and i > 0 else "",
                    "on" if (i, j) == sel else "",
                )
                if c
            )
            cells += f"<td class='{cls}'>{s.t(v) if v else ''}</td>"
        grid += f"<tr><th style='width:40px'>{i + 1}</th>{cells}</tr>"
    tabs_html = "".join(
        f"<span style='padding:6px 16px;{'background:#e1e9f7;color:#0b57d0;font-weight:bold;' if i == 0 else ''}'>"
        f"{s.t(t)}</span>"
        for i, t in enumerate(sheets)
    )
    s.body.append(
        f"<div style='height:926px;background:#f9fbfd;color:#1f1f1f;position:relative'><div style='padding:"
        f"8px 18px 0;display:flex;align-items:center;gap:14px'><span style='width:26px;height:34px;background:"
        f"#0f9d58;border-radius:3px;display:inline-block'></span><div><div style='font-size:18px'>{s.t(doc)}</div>"
        f"<div style='display:flex;gap:14px;font-size:13.5px;margin-top:2px'>{menus}</div></div></div><div "
        f"style='margin:8px 14px 6px;height:34px;background:#edf2fa;border-radius:17px'></div><div style='display:"
        f"flex;align-items:center;border-top:1px solid #e1e3e1;border-bottom:1px solid #e1e3e1;background:#fff;"
        f"height:30px;font-size:13px'><span style='width:90px;padding:0 10px;border-right:1px solid #e1e3e1'>"
        f"{s.t(cell)}</span><span style='padding:0 10px;color:#5f6368'>fx</span><span>{s.t(formula) if formula else ''}"
        f"</span></div><table class='gs' style='background:#fff;border-collapse:collapse'><tr><th></th>{letters}"
        f"</tr>{grid}</table><div style='position:absolute;bottom:0;left:0;right:0;height:36px;background:#f1f3f4;"
        f"border-top:1px solid #dadce0;display:flex;align-items:center;gap:6px;padding-left:60px;font-size:13px'>"
        f"{tabs_html}</div></div>"
    )
    return s


# ---------------------------------------------------------------------------------- MarketDesk (Edge, dark)
def quote(
    title: str,
    tabs: list[str],
    symbol: str,
    name: str,
    price: str,
    change: str,
    up: bool,
    asof: str,
    stats: list[tuple[str, str]],
    peers_head: list[str],
    peers: list[list[str]],
    news: list[tuple[str, str]],
) -> NewsWindow:
    """A stock-market site's quote page, dark: the site's bar, the company name and symbol, the last price and
    change, an 'as of' line, a grid of key statistics (label left, value right), a peers table and headlines."""
    s = NewsWindow("edge", title)
    _browser(s, tabs, 0, f"marketdesk.in/stocks/{symbol.lower()}", kind="edge", dark=True)
    stat = "".join(
        f"<div style='display:flex;width:46%;padding:9px 0;border-bottom:1px solid #2c3440;font-size:14px'>"
        f"<span style='color:#8a97a8'>{s.t(k)}</span><span style='margin-left:auto'>{s.t(v)}</span></div>"
        for k, v in stats
    )
    head = "".join(f"<th class='{'r' if i else ''}'>{s.t(c)}</th>" for i, c in enumerate(peers_head))
    rows = "".join(
        "<tr>" + "".join(f"<td class='{'r' if i else ''}'>{s.t(v)}</td>" for i, v in enumerate(r)) + "</tr>"
        for r in peers
    )
    heads = "".join(
        f"<div style='padding:10px 0;border-bottom:1px solid #2c3440'><div style='font-size:14px'>{s.t(h)}</div>"
        f"<div style='font-size:12px;color:#8a97a8;margin-top:3px'>{s.t(w)}</div></div>"
        for h, w in news
    )
    s.body.append(
        f"<div style='height:956px;background:#11161d;color:#e4e9f0'><div style='height:50px;background:#0b0f14;"
        f"display:flex;align-items:center;gap:30px;padding:0 30px;font-size:14px'><b style='font-size:19px;"
        f"color:#38d39f'>{s.t('MarketDesk')}</b>"
        + "".join(
            f"<span style='color:#aab5c3'>{s.t(x)}</span>"
            for x in ("Markets", "Stocks", "Results", "IPO", "F&O")
        )
        + f"</div><div style='display:flex;gap:30px;padding:22px 30px'><div style='flex:1'><div style='font-size:"
        f"26px;font-weight:bold'>{s.t(name)}</div><div style='font-size:13px;color:#8a97a8;margin-top:4px'>"
        f"{s.t(symbol)}</div><div style='display:flex;align-items:baseline;gap:18px;margin-top:14px'><span "
        f"style='font-size:38px;font-weight:bold'>{s.t(price)}</span><span style='font-size:18px;color:"
        f"{'#38d39f' if up else '#ff6b6b'}'>{s.t(change)}</span></div><div style='font-size:12.5px;color:#8a97a8;"
        f"margin-top:6px'>{s.t(asof)}</div><div style='display:flex;flex-wrap:wrap;justify-content:space-between;"
        f"margin-top:18px'>{stat}</div><div style='font-size:16px;font-weight:bold;margin:24px 0 8px'>"
        f"{s.t('Peers')}</div><table class='mq' style='width:100%'><tr>{head}</tr>{rows}</table></div>"
        f"<div style='width:420px'><div style='font-size:16px;font-weight:bold;margin-bottom:6px'>"
        f"{s.t('Latest news')}</div>{heads}</div></div></div>"
    )
    return s


# ---------------------------------------------------------------------------------------- Adobe Acrobat
def acrobat(title: str, file: str, page: str, zoom: str, blocks: list[tuple[str, object]]) -> NewsWindow:
    """Acrobat Reader: its dark menu strip, the file tab, the page toolbar (page n / m, zoom) and a white page
    on grey. Blocks are ('h', text) headings, ('p', text) paragraphs, ('c', text) centred lines and ('t', rows)
    bordered tables."""
    s = NewsWindow("acrobat", title)
    s.top = (
        "<div style='height:34px;background:#323232;color:#eee;display:flex;align-items:center;gap:22px;"
        "padding:0 14px;font-size:13px'>"
        + "".join(f"<span>{s.t(x)}</span>" for x in ("Menu", "Home", "Tools"))
        + f"<span style='background:#505050;padding:6px 14px;border-radius:4px 4px 0 0'>{s.t(file)}</span>"
        f"<span style='margin-left:auto;letter-spacing:16px'>&#8212;&#9633;&#10005;</span></div><div style="
        f"'height:40px;background:#f4f4f4;border-bottom:1px solid #ccc;display:flex;align-items:center;gap:24px;"
        f"justify-content:center;font-size:13px;color:#333'><span>{s.t(page)}</span><span>{s.t(zoom)}</span></div>"
    )
    inner = ""
    for kind, val in blocks:
        if kind == "h":
            inner += f"<div style='font-weight:bold;font-size:15px;margin:14px 0 8px'>{s.t(val)}</div>"
        elif kind == "c":
            inner += f"<div style='text-align:center;font-weight:bold;margin:4px 0'>{s.t(val)}</div>"
        elif kind == "p":
            inner += f"<p style='margin:0 0 10px;text-align:justify'>{s.t(val)}</p>"
        else:
            inner += (
                "<table class='pdf' style='width:100%;margin:8px 0 12px;border-collapse:collapse'>"
                + "".join("<tr>" + "".join(f"<td>{s.t(c)}</td>" for c in r) + "</tr>" for r in val)
                + "</table>"
            )
    s.body.append(
        f"<div style='height:958px;background:#8e8e8e;display:flex;justify-content:center;padding-top:18px'>"
        f"<div style='width:900px;height:1200px;background:#fff;padding:46px 64px;font-family:Liberation Serif,"
        f"serif;font-size:14.5px;line-height:21px;color:#111'>{inner}</div></div>"
    )
    return s


# --------------------------------------------------------------------------------- WhatsApp Desktop (dark)
def whatsapp_dark(
    title: str,
    chats: list[tuple[str, str, str, str]],
    active: int,
    header: tuple[str, str],
    day: str,
    bubbles: list[tuple[str, str, bool]],
    draft: str = "",
) -> NewsWindow:
    """WhatsApp for Windows in its dark theme: the chat list (name, time, last message, unread badge) and the
    open chat with its header, a date chip, bubbles (the time inside at the bottom right; ours teal, right)."""
    s = NewsWindow("whatsapp", title)
    s.top = (
        f"<div style='height:32px;background:#0b141a;color:#aebac1;display:flex;align-items:center;padding:0 "
        f"14px;font-size:12.5px'><span>{s.t('WhatsApp')}</span><span style='margin-left:auto;letter-spacing:"
        f"16px'>&#8212;&#9633;&#10005;</span></div>"
    )
    rows = ""
    for i, (name, last, when, badge) in enumerate(chats):
        last = last if len(last) <= 36 else last[:35].rstrip() + "…"
        rows += (
            f"<div style='display:flex;gap:12px;padding:10px 16px;{'background:#2a3942;' if i == active else ''}'>"
            f"<i style='width:48px;height:48px;border-radius:24px;background:#54656f;flex:none'></i><div style='flex:"
            f"1;overflow:hidden'><div style='display:flex;font-size:15.5px;color:#e9edef'><span>{s.t(name)}</span>"
            f"<span style='margin-left:auto;font-size:12px;color:{'#00a884' if badge else '#8696a0'}'>{s.t(when)}"
            f"</span></div><div style='display:flex;font-size:13.5px;color:#8696a0;margin-top:3px'><span style="
            f"'white-space:nowrap;overflow:hidden;max-width:320px'>{s.t(last)}</span>"
            + (
                f"<span style='margin-left:auto;background:#00a884;color:#111b21;border-radius:10px;padding:0 7px;"
                f"font-size:12px'>{s.t(badge)}</span>"
                if badge
                else ""
            )
            + "</div></div></div>"
        )
    bub = "".join(
        f"<div style='display:flex;justify-content:{'flex-end' if mine else 'flex-start'};margin:5px 0'><div "
        f"style='max-width:620px;background:{'#005c4b' if mine else '#202c33'};color:#e9edef;border-radius:7px;"
        f"padding:6px 9px 3px;font-size:14.5px;line-height:20px'><div>{s.t(text)}</div><div style='text-align:"
        f"right;font-size:11px;color:#8696a0'>{s.t(when)}</div></div></div>"
        for text, when, mine in bubbles
    )
    s.body.append(
        f"<div style='display:flex;height:1000px;background:#111b21'><div style='width:60px;background:#202c33'>"
        f"</div><div style='width:420px;border-right:1px solid #2a3942'><div style='font-size:21px;font-weight:"
        f"bold;color:#e9edef;padding:16px 16px 10px'>{s.t('Chats')}</div><div style='margin:0 14px 10px;"
        f"background:#202c33;border-radius:8px;padding:8px 12px;font-size:14px;color:#8696a0'>"
        f"{s.t('Search')}</div>{rows}</div><div style='flex:1;display:flex;flex-direction:column;background:"
        f"#0b141a'><div style='height:60px;background:#202c33;display:flex;align-items:center;gap:12px;padding:0 "
        f"16px'><i style='width:40px;height:40px;border-radius:20px;background:#54656f'></i><div><div style='font-"
        f"size:16px;color:#e9edef'>{s.t(header[0])}</div><div style='font-size:12.5px;color:#8696a0'>"
        f"{s.t(header[1])}</div></div></div><div style='flex:1;padding:14px 80px;overflow:hidden'><div style="
        f"'text-align:center;margin:6px 0 12px'><span style='background:#182229;color:#8696a0;border-radius:7px;"
        f"padding:5px 12px;font-size:12.5px'>{s.t(day)}</span></div>{bub}</div><div style='height:62px;"
        f"background:#202c33;display:flex;align-items:center;padding:0 18px'><div style='flex:1;background:"
        f"#2a3942;border-radius:8px;padding:10px 14px;font-size:15px;color:{'#e9edef' if draft else '#8696a0'}'>"
        f"{s.t(draft or 'Type a message')}</div></div></div></div>"
    )
    return s


# ------------------------------------------------------------------------------ Scribely transcript (Chrome)
def transcript(
    title: str,
    tabs: list[str],
    name: str,
    meta: str,
    speakers: list[tuple[str, str]],
    turns: list[tuple[str, str, str]],
    playhead: str,
) -> NewsWindow:
    """A transcription web app: the recording's name and a meta line, a speaker legend with talk time, the
    turns (speaker and timestamp over the text) and a playback bar at the bottom with the playhead."""
    s = NewsWindow("chrome", title)
    _browser(s, tabs, 0, "app.scribely.io/t/kf-cfo-q2fy27")
    legend = "".join(
        f"<div style='display:flex;padding:6px 0;font-size:13.5px'><span>{s.t(n)}</span><span style='margin-left:"
        f"auto;color:#6b6f80'>{s.t(t)}</span></div>"
        for n, t in speakers
    )
    body = "".join(
        f"<div style='margin:0 0 16px'><div style='font-size:13px'><b style='color:#4b3fc4'>{s.t(who)}</b><span "
        f"style='color:#8a8fa0;margin-left:10px'>{s.t(at)}</span></div><div style='font-size:15.5px;line-height:"
        f"23px;margin-top:3px'>{s.t(text)}</div></div>"
        for who, at, text in turns
    )
    s.body.append(
        f"<div style='height:926px;background:#fafafc;color:#1c1d24;position:relative'><div style='height:52px;"
        f"border-bottom:1px solid #e4e5ec;display:flex;align-items:center;padding:0 26px;gap:26px;font-size:14px'>"
        f"<b style='font-size:19px;color:#4b3fc4'>{s.t('Scribely')}</b><span>{s.t('My recordings')}</span>"
        f"<span>{s.t('Shared with me')}</span></div><div style='display:flex'><div style='flex:1;padding:22px 40px;"
        f"height:790px;overflow:hidden'><div style='font-size:23px;font-weight:bold'>{s.t(name)}</div><div "
        f"style='font-size:13px;color:#6b6f80;margin:4px 0 20px'>{s.t(meta)}</div>{body}</div><div style='width:"
        f"300px;padding:22px 24px;border-left:1px solid #e4e5ec'><div style='font-weight:bold;margin-bottom:8px;"
        f"font-size:15px'>{s.t('Speakers')}</div>{legend}</div></div><div style='position:absolute;left:0;right:0;"
        f"bottom:0;height:62px;background:#fff;border-top:1px solid #e4e5ec;display:flex;align-items:center;gap:"
        f"18px;padding:0 30px;font-size:14px'><span>&#9654;</span><div style='flex:1;height:4px;background:"
        f"#e0ddf7'></div><span>{s.t(playhead)}</span></div></div>"
    )
    return s


# ------------------------------------------------------------------------------ story budget board (Firefox)
def board(
    title: str, tabs: list[str], heading: str, columns: list[tuple[str, list[tuple[str, str, str]]]]
) -> NewsWindow:
    """A kanban story budget in Firefox: the board's name, then columns, each a header with its card count and
    cards (slug line, reporter, slot)."""
    s = NewsWindow("firefox", title)
    _browser(s, tabs, 0, "budget.ledgerline.in/boards/business/2026-11-18", kind="firefox")
    cols = ""
    for name, cards in columns:
        cols += (
            f"<div style='width:280px;background:#ebecf0;border-radius:10px;padding:10px;align-self:flex-start'>"
            f"<div style='font-weight:bold;font-size:14px;padding:2px 6px 10px'>{s.t(name)} <span style='color:"
            f"#5e6c84;font-weight:normal'>{s.t(str(len(cards)))}</span></div>"
            + "".join(
                f"<div style='background:#fff;border-radius:6px;box-shadow:0 1px 1px #0002;padding:9px 10px;"
                f"margin-bottom:8px;font-size:13.5px'><div style='line-height:18px'>{s.t(slug)}</div><div "
                f"style='display:flex;margin-top:6px;font-size:12px;color:#5e6c84'><span>{s.t(who)}</span><span "
                f"style='margin-left:auto'>{s.t(slot)}</span></div></div>"
                for slug, who, slot in cards
            )
            + "</div>"
        )
    s.body.append(
        f"<div style='height:956px;background:#0c66a4;color:#172b4d'><div style='padding:14px 24px;color:#fff;"
        f"font-size:19px;font-weight:bold'>{s.t(heading)}</div><div style='display:flex;gap:14px;padding:0 24px'>"
        f"{cols}</div></div>"
    )
    return s


# -------------------------------------------------------------------------------------- Notepad (Win 11)
def notepad(title: str, file_tabs: list[str], active: int, text: list[str], status: str) -> NewsWindow:
    """Windows 11 Notepad: file tabs in the title bar, the File/Edit/View menu, the text and the status bar."""
    s = NewsWindow("notepad", title)
    tabs = "".join(
        f"<span style='padding:7px 16px;{'background:#fff;border-radius:6px 6px 0 0;' if i == active else ''}'>"
        f"{s.t(t)}</span>"
        for i, t in enumerate(file_tabs)
    )
    s.top = (
        f"<div style='height:40px;background:#e8edf3;display:flex;align-items:flex-end;gap:4px;padding:0 12px;"
        f"font-size:13px'>{tabs}<span style='margin-left:auto;align-self:center;letter-spacing:16px'>&#8212;"
        f"&#9633;&#10005;</span></div><div style='height:34px;background:#fff;display:flex;gap:22px;align-items:"
        f"center;padding:0 16px;font-size:13.5px;border-bottom:1px solid #e5e5e5'>"
        + "".join(f"<span>{s.t(m)}</span>" for m in ("File", "Edit", "View"))
        + "</div>"
    )
    lines = "".join(f"<div style='min-height:22px'>{s.t(x) if x else ''}</div>" for x in text)
    s.body.append(
        f"<div style='height:930px;background:#fff;padding:12px 18px;font-family:Consolas,DejaVu Sans Mono,"
        f"monospace;font-size:15px;line-height:22px;color:#111'>{lines}</div><div style='height:28px;background:"
        f"#f3f3f3;border-top:1px solid #e5e5e5;font-size:12.5px;display:flex;align-items:center;padding:0 16px;"
        f"color:#333'>{s.t(status)}</div>"
    )
    return s
