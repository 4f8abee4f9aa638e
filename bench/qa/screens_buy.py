"""Window layouts for the held-out QA workday "buy" (bench/qa/day_buy.py); the layouts of screens.py,
screens_more.py and screens_sales.py stay as they are and none of them is reused, so the day's screens are
new to the system under test. New Outlook in its dark theme (sender, address and time on lines of their
own above the body), Teams (dark) with reactions under the posts, SAP Fiori apps in Edge (a purchase order
object page and the goods receipt app), a carrier's track-and-trace page and a Trello board in Chrome,
Excel desktop with its ribbon, a two-page PDF in Adobe Acrobat Reader scrolled through, Windows Terminal
running PowerShell and Windows 11 Notepad (light, several tabs). Like screens.py, every layout records each
line of text it draws, in reading order, so a frame's ground truth is exact; the new apps are added to
screens.APPS (process paths) without touching the existing entries."""

from __future__ import annotations

import html
from dataclasses import dataclass

from make_sample import CSS
from screens import APPS, Window

NEW_APPS = {
    "olk": "C:\\Program Files\\WindowsApps\\Microsoft.OutlookForWindows_1.2024.1111.300_x64__8wekyb3d8bbwe\\olk.exe",
    "acroread": "C:\\Program Files\\Adobe\\Acrobat Reader DC\\Reader\\AcroRd32.exe",
    "notepad": "C:\\Program Files\\WindowsApps\\Microsoft.WindowsNotepad_11.2409.9.0_x64__8wekyb3d8bbwe"
    "\\Notepad\\Notepad.exe",
}
for _key, _path in NEW_APPS.items():
    APPS.setdefault(_key, _path)

BUY_CSS = """
body { font-family: 'Liberation Sans', 'DejaVu Sans', sans-serif; }
.win { height: 1040px; overflow: hidden; position: relative; }
.taskbar { position: absolute; top: 1040px; left: 0; width: 1920px; height: 40px; background: #202a36; color: #fff;
           font-size: 14px; display: flex; justify-content: space-between; align-items: center; padding: 0 16px; }
.taskbar .clock { text-align: right; line-height: 17px; }
.btabs { height: 40px; display: flex; align-items: flex-end; padding: 0 8px; font-size: 13px; }
.btabs .tab { height: 33px; line-height: 33px; padding: 0 14px; width: 260px; white-space: nowrap; overflow: hidden;
              margin-right: 2px; }
.btabs .ctl { margin-left: auto; align-self: center; }
.addr { height: 42px; display: flex; align-items: center; padding: 0 14px; gap: 16px; font-size: 14px; }
.addr .box { flex: 1; border-radius: 18px; padding: 6px 18px; }
.ol-i { padding: 10px 14px 10px 18px; border-bottom: 1px solid #333; font-size: 14px; line-height: 20px; }
.ol-i .who { font-size: 15px; } .ol-i .tm { float: right; color: #a6a6a6; font-size: 12px; }
.ol-i .pv { color: #a6a6a6; white-space: nowrap; overflow: hidden; }
.tm-post { background: #292929; border-radius: 6px; padding: 10px 16px; margin: 0 0 6px; font-size: 15px;
           line-height: 21px; max-width: 1050px; }
.tm-me { background: #2f2f4a; margin-left: auto; }
.tm-re { display: inline-block; background: #333; border: 1px solid #555; border-radius: 10px; padding: 0 8px;
         font-size: 13px; margin: 0 0 14px; color: #ddd; }
.fi td, .fi th { padding: 9px 12px; font-size: 14px; border-bottom: 1px solid #e5e5e5; text-align: left;
                 white-space: nowrap; }
.fi th { color: #556b82; font-weight: normal; background: #f7f7f7; }
.fi td.n, .fi th.n { text-align: right; }
.fi-k { font-size: 13px; color: #556b82; margin-bottom: 4px; } .fi-v { font-size: 15px; color: #1d2d3e; }
.xl { table-layout: fixed; border-collapse: collapse; }
.xl td, .xl th { border: 1px solid #d4d4d4; height: 24px; padding: 0 6px; font-size: 14px; white-space: nowrap; }
.xl th { background: #f0f0f0; color: #444; font-weight: normal; text-align: center; }
.xl td.n { text-align: right; } .xl td.sel { outline: 2px solid #107c41; outline-offset: -2px; }
.ar p { margin: 7px 0; font-size: 14px; line-height: 20px; }
.ar table { border-collapse: collapse; width: 100%; margin: 10px 0; }
.ar td, .ar th { font-size: 14px; padding: 6px 8px; border-bottom: 1px solid #ccc; text-align: left; }
.ar th { border-bottom: 2px solid #333; }
.ar .r { text-align: right; }
.tr-card { background: #fff; border-radius: 8px; box-shadow: 0 1px 1px #091e4240; padding: 8px 10px; margin: 0 0 8px;
           font-size: 14px; line-height: 19px; color: #172b4d; }
.tr-lab { display: inline-block; border-radius: 4px; padding: 0 8px; font-size: 12px; color: #fff; margin: 0 4px 4px 0;
          font-weight: bold; }
.tr-meta { font-size: 12px; color: #44546f; margin-top: 6px; }
"""


@dataclass
class BuyWindow(Window):
    """A Window with its app's own frame (drawn by the layout into `top`) above the body; the taskbar and its
    clock as in screens.Window (the day's truth lines: title, the drawn lines, clock, date)."""

    top: str = ""

    def page(self, clock: str, date: str) -> str:
        return (
            f"<html><head><meta charset='utf-8'><style>{CSS}{BUY_CSS}</style></head>"
            f"<body><div class='win'>{self.top}{''.join(self.body)}</div>"
            f"<div class='taskbar'><span>&#8862; Search</span><span class='clock'>{html.escape(clock)}"
            f"<br>{html.escape(date)}</span></div></body></html>"
        )


def _browser(s: BuyWindow, tabs: list[str], active: int, url: str, edge: bool) -> None:
    """Edge (light, a profile icon and the tabs on grey) or Chrome (blue-grey strip): tab titles and the URL."""
    strip, on, off = ("#e6e6e6", "#ffffff", "#4a4a4a") if edge else ("#d3e3fd", "#ffffff", "#3c4043")
    tab = "".join(
        f"<div class='tab' style='background:{on if i == active else 'transparent'};color:{off};"
        f"border-radius:8px 8px 0 0'>{s.t(t)}</div>"
        for i, t in enumerate(tabs)
    )
    lead = "<span style='align-self:center;margin:0 10px 0 4px'>&#9711;</span>" if edge else ""
    s.top = (
        f"<div class='btabs' style='background:{strip}'>{lead}{tab}<span class='ctl'>&#8212; &#9633; &#10005;"
        f"</span></div><div class='addr' style='background:#fff;border-bottom:1px solid #ddd;color:#555'>"
        f"<span>&#8592; &#8594; &#8635;</span><span class='box' style='background:{'#f3f3f3' if edge else '#e9eef6'};"
        f"color:#1f1f1f'>{s.t(url)}</span><span>&#9734; &#8942;</span></div>"
    )


def _titlebar(s: BuyWindow, text: str, bg: str, fg: str, height: int = 32) -> str:
    return (
        f"<div style='height:{height}px;line-height:{height}px;padding:0 14px;font-size:13px;background:{bg};"
        f"color:{fg};display:flex;justify-content:space-between'><span>{s.t(text)}</span>"
        f"<span>&#8212; &#9633; &#10005;</span></div>"
    )


# ------------------------------------------------------------------------------------ new Outlook (dark)
def outlook_dark(
    title: str,
    folders: list[tuple[str, str]],
    items: list[tuple[str, str, str, str, bool]],
    selected: int,
    reading: dict | None = None,
    compose: dict | None = None,
) -> BuyWindow:
    """New Outlook in the dark theme: a title bar with the search box, the folder pane (name, unread count),
    the message list (sender line with the time at the right, subject line, preview line; unread senders in
    bold with a blue bar) and the reading pane. reading: subject, sender, address, to, when, body (the
    sender, the address and the time each on a line of its own). compose: to, cc, subject, body (typed so far),
    the message being answered under it."""
    s = BuyWindow("olk", title, theme="dark")
    s.top = (
        f"<div style='height:44px;background:#0f3a66;color:#fff;display:flex;align-items:center;padding:0 16px;"
        f"font-size:14px'><span style='width:260px'>&#9638; {s.t('Outlook')}</span><span style='width:560px;"
        f"background:#1f4f80;border-radius:4px;padding:6px 14px;color:#d0d8e4'>{s.t('Search')}</span>"
        f"<span style='margin-left:auto'>&#8212; &#9633; &#10005;</span></div>"
    )
    rail = "".join(
        f"<div style='padding:12px 0;{'color:#6cb8f6' if x == 'Mail' else ''}'>{s.t(x)}</div>"
        for x in ("Mail", "Calendar", "People", "To Do")
    )
    ribbon = "".join(
        f"<span style='margin-right:24px'>{s.t(x)}</span>"
        for x in ("Home", "View", "Help", "New mail", "Delete")
    )
    side = "".join(
        f"<div style='padding:7px 14px;{'background:#2b3a4d;border-radius:4px;' if i == 0 else ''}display:flex'>"
        f"<span>{s.t(name)}</span><span style='margin-left:auto;color:#6cb8f6'>{s.t(n) if n else ''}</span></div>"
        for i, (name, n) in enumerate(folders)
    )
    rows = []
    for i, (who, subject, preview, when, unread) in enumerate(items):
        mark = "background:#26384f;" if i == selected else ""
        bar = "border-left:3px solid #479ef5;" if unread else "border-left:3px solid transparent;"
        rows.append(
            f"<div class='ol-i' style='{mark}{bar}'><div class='who' style='{'font-weight:bold' if unread else ''}'>"
            f"{s.t(who)}<span class='tm'>{s.t(when)}</span></div><div style='color:"
            f"{'#6cb8f6' if unread else '#e0e0e0'}'>{s.t(subject)}</div><div class='pv'>{s.t(preview)}</div></div>"
        )
    pane = ""
    if reading:
        r = reading
        text = "".join(f"<div style='margin:0 0 13px'>{s.t(x)}</div>" for x in r["body"])
        pane = (
            f"<div style='font-size:21px;margin:4px 0 18px'>{s.t(r['subject'])}</div>"
            f"<div style='display:flex;gap:14px'><div style='width:42px;height:42px;border-radius:21px;"
            f"background:#8a5a9e;flex:none'></div><div style='font-size:14px;line-height:20px'>"
            f"<div style='font-size:16px;font-weight:bold'>{s.t(r['sender'])}</div>"
            f"<div style='color:#a6a6a6'>{s.t(r['address'])}</div><div style='color:#a6a6a6'>{s.t(r['to'])}</div>"
            f"<div style='color:#a6a6a6'>{s.t(r['when'])}</div></div></div>"
        )
        if r.get("attachment"):
            name, size = r["attachment"]
            pane += (
                f"<div style='margin:16px 0 0;display:inline-block;border:1px solid #444;border-radius:4px;"
                f"padding:8px 14px;font-size:13px'><span style='color:#f25c54'>PDF</span> {s.t(name)}"
                f"<br><span style='color:#a6a6a6'>{s.t(size)}</span></div>"
            )
        pane += f"<div style='margin-top:22px;font-size:15px;line-height:21px'>{text}</div>"
    if compose:
        c = compose
        lines = "".join(f"<div style='min-height:21px'>{s.t(x) if x else ''}</div>" for x in c["body"])
        fields = "".join(
            f"<div style='display:flex;border-bottom:1px solid #3a3a3a;padding:8px 0'><span style='width:70px;"
            f"color:#a6a6a6'>{s.t(k)}</span><span>{s.t(v) if v else ''}</span></div>"
            for k, v in (("To", c["to"]), ("Cc", c["cc"]))
        )
        quoted = "".join(f"<div>{s.t(x)}</div>" for x in c.get("quoted", []))
        pane = (
            f"<div style='display:flex;gap:10px;margin-bottom:12px'><span style='background:#0f6cbd;padding:6px 18px;"
            f"border-radius:4px'>{s.t('Send')}</span><span style='padding:6px 10px;color:#a6a6a6'>{s.t('Discard')}"
            f"</span></div><div style='font-size:14px'>{fields}<div style='padding:10px 0;border-bottom:1px solid "
            f"#3a3a3a;font-size:15px'>{s.t(c['subject']) if c['subject'] else ''}</div></div>"
            f"<div style='font-size:15px;line-height:21px;margin-top:14px;min-height:260px'>{lines}</div>"
            f"<div style='border-top:1px solid #444;padding-top:10px;color:#a6a6a6;font-size:13px;"
            f"line-height:19px'>{quoted}</div>"
        )
    s.body.append(
        f"<div style='display:flex;height:996px;background:#1b1b1b;color:#e6e6e6'>"
        f"<div style='width:70px;background:#141414;font-size:11px;text-align:center;color:#bbb'>{rail}</div>"
        f"<div style='flex:1'><div style='height:40px;line-height:40px;background:#242424;font-size:14px;"
        f"padding:0 18px;border-bottom:1px solid #333'>{ribbon}</div><div style='display:flex;height:956px'>"
        f"<div style='width:230px;padding:10px 8px;font-size:14px;border-right:1px solid #333'>{side}</div>"
        f"<div style='width:430px;border-right:1px solid #333;overflow:hidden'><div style='padding:12px 18px;"
        f"font-size:16px;font-weight:bold'>{s.t('Focused')} <span style='font-weight:normal;color:#a6a6a6;"
        f"margin-left:16px'>{s.t('Other')}</span></div>{''.join(rows)}</div>"
        f"<div style='flex:1;padding:22px 34px;background:#202020;overflow:hidden'>{pane}</div></div></div></div>"
    )
    return s


# ------------------------------------------------------------------------------------------ Teams (dark)
def teams(
    title: str,
    chats: list[tuple[str, str, str]],
    active: str,
    header: str,
    subheader: str,
    posts: list[tuple],
    composer: str,
    me: str,
) -> BuyWindow:
    """Microsoft Teams (dark): the app rail, the chat list (name and time, last message under them), the open
    chat or channel with its tabs, and the posts: someone else's with name and HH:MM on the line above the
    card, mine as a card on the right with the time only; a post's reactions (a glyph and a count) under it.
    posts: (who, when, text[, reactions as [(glyph entity, count)]])."""
    s = BuyWindow("teams", title, theme="dark")
    s.top = (
        f"<div style='height:44px;background:#0a0a0a;color:#ddd;display:flex;align-items:center;padding:0 16px;"
        f"font-size:14px'><span style='width:300px'>&#8592; &#8594;</span><span style='width:620px;"
        f"background:#2b2b2b;border-radius:4px;padding:6px 14px;color:#aaa'>{s.t('Search (Ctrl+E)')}</span>"
        f"<span style='margin-left:auto'>&#8212; &#9633; &#10005;</span></div>"
    )
    rail = "".join(
        f"<div style='padding:13px 0;{'color:#a6a7f5;font-weight:bold' if x == 'Chat' else ''}'>{s.t(x)}</div>"
        for x in ("Activity", "Chat", "Teams", "Calendar", "Calls", "OneDrive")
    )
    side = "".join(
        f"<div style='padding:9px 14px;border-radius:4px;{'background:#2e2e3e;' if name == active else ''}'>"
        f"<div style='display:flex;font-size:14px'><span>{s.t(name)}</span><span style='margin-left:auto;"
        f"color:#999;font-size:12px'>{s.t(when)}</span></div><div style='color:#999;font-size:13px;"
        f"white-space:nowrap;overflow:hidden'>{s.t(last)}</div></div>"
        for name, when, last in chats
    )
    convo = []
    for post in posts:
        who, when, text = post[:3]
        reactions = post[3] if len(post) > 3 else []
        react = "".join(
            f"<span class='tm-re' style='margin-right:6px'>{glyph} {s.t(str(n))}</span>"
            for glyph, n in reactions
        )
        if who == me:
            convo.append(
                f"<div style='display:flex;flex-direction:column;align-items:flex-end;margin-bottom:10px'>"
                f"<div style='color:#999;font-size:12px;margin-bottom:3px'>{s.t(when)}</div>"
                f"<div class='tm-post tm-me'>{s.t(text)}</div><div>{react}</div></div>"
            )
        else:
            initials = "".join(w[0] for w in who.split()[:2])
            convo.append(
                f"<div style='display:flex;gap:12px;margin-bottom:10px'><div style='width:34px;height:34px;"
                f"border-radius:17px;background:#6264a7;color:#fff;font-size:13px;text-align:center;"
                f"line-height:34px;flex:none;margin-top:20px'>{initials}</div><div>"
                f"<div style='font-size:13px;margin-bottom:3px'><b>{s.t(who)}</b>&nbsp;&nbsp;<span style='color:#999'>"
                f"{s.t(when)}</span></div><div class='tm-post'>{s.t(text)}</div><div>{react}</div></div></div>"
            )
    box = s.t(composer) if composer else f"<span style='color:#888'>{s.t('Type a message')}</span>"
    tabs = "".join(
        f"<span style='margin-right:22px;{'border-bottom:2px solid #a6a7f5;' if i == 0 else 'color:#aaa;'}"
        f"padding-bottom:6px'>{s.t(t)}</span>"
        for i, t in enumerate(("Chat" if subheader == "Chat" else "Posts", "Files", "Shared"))
    )
    s.body.append(
        f"<div style='display:flex;height:996px;background:#1f1f1f;color:#e8e8e8'>"
        f"<div style='width:72px;background:#161616;font-size:11px;text-align:center;color:#bbb'>{rail}</div>"
        f"<div style='width:320px;background:#1a1a1a;border-right:1px solid #2c2c2c;padding:8px'>"
        f"<div style='font-size:18px;font-weight:bold;padding:8px 10px 12px'>{s.t('Chat')}</div>{side}</div>"
        f"<div style='flex:1;display:flex;flex-direction:column'><div style='padding:14px 30px 8px;"
        f"border-bottom:1px solid #2c2c2c'><div style='font-size:18px;font-weight:bold;margin-bottom:10px'>"
        f"{s.t(header)}</div><div style='font-size:14px'>{tabs}</div></div>"
        f"<div style='flex:1;padding:22px 30px;overflow:hidden;display:flex;flex-direction:column;"
        f"justify-content:flex-end'>{''.join(convo)}</div>"
        f"<div style='margin:0 30px 22px;background:#292929;border-radius:6px;border-bottom:2px solid #a6a7f5;"
        f"padding:14px 16px;font-size:15px'>{box}</div></div></div>"
    )
    return s


# ------------------------------------------------------------------------------------ SAP Fiori in Edge
def _fiori_shell(s: BuyWindow, app: str) -> str:
    return (
        f"<div style='height:48px;background:#354a5f;color:#fff;display:flex;align-items:center;padding:0 18px;"
        f"font-size:15px;gap:18px'><span style='background:#0a6ed1;padding:2px 8px;font-weight:bold'>"
        f"{s.t('SAP')}</span><span>{s.t(app)} &#9662;</span><span style='margin-left:auto;color:#cfd8e2'>"
        f"&#9881;&nbsp;&nbsp; LB</span></div>"
    )


def fiori_po(
    title: str,
    tabs: list[str],
    url: str,
    po: str,
    kind: str,
    header: list[tuple[str, str]],
    status: str,
    columns: list[str],
    items: list[list[str]],
    numeric: set[int],
) -> BuyWindow:
    """SAP Fiori "Manage Purchase Orders" object page in Edge: shell bar, the PO number and type, header
    attributes (label above value) in a row, a status badge, the anchor bar and the items table."""
    s = BuyWindow("edge", title)
    _browser(s, tabs, 0, url, edge=True)
    attrs = "".join(
        f"<div style='margin-right:56px'><div class='fi-k'>{s.t(k)}</div><div class='fi-v'>{s.t(v)}</div></div>"
        for k, v in header
    )
    anchors = "".join(
        f"<span style='margin-right:34px;{'color:#0a6ed1;border-bottom:3px solid #0a6ed1;' if i == 1 else ''}"
        f"padding-bottom:10px'>{s.t(a)}</span>"
        for i, a in enumerate(
            ("General Information", "Items", "Delivery and Invoice", "Notes", "Attachments")
        )
    )
    head = "".join(f"<th class='{'n' if j in numeric else ''}'>{s.t(c)}</th>" for j, c in enumerate(columns))
    rows = "".join(
        "<tr>"
        + "".join(f"<td class='{'n' if j in numeric else ''}'>{s.t(v)}</td>" for j, v in enumerate(r))
        + "</tr>"
        for r in items
    )
    s.body.append(
        f"{_fiori_shell(s, 'Manage Purchase Orders')}<div style='background:#f5f6f7;height:872px;color:#1d2d3e'>"
        f"<div style='background:#fff;padding:18px 32px 14px;border-bottom:1px solid #e5e5e5'>"
        f"<div style='font-size:13px;color:#0a6ed1;margin-bottom:8px'>&#8249; {s.t('Purchase Orders')}</div>"
        f"<div style='display:flex;align-items:center;gap:16px'><span style='font-size:24px'>"
        f"{s.t('Purchase Order ' + po)}</span><span style='font-size:13px;background:#e8f2ff;color:#0a6ed1;"
        f"border-radius:4px;padding:2px 8px'>{s.t(status)}</span><span style='margin-left:auto;font-size:14px;"
        f"color:#0a6ed1'>{s.t('Edit')}&nbsp;&nbsp;&nbsp;{s.t('Share')}</span></div>"
        f"<div style='font-size:14px;color:#556b82;margin:4px 0 16px'>{s.t(kind)}</div>"
        f"<div style='display:flex'>{attrs}</div></div>"
        f"<div style='background:#fff;padding:12px 32px 0;font-size:14px;border-bottom:1px solid #e5e5e5'>"
        f"{anchors}</div><div style='margin:18px 32px;background:#fff;border-radius:8px;padding:14px 18px'>"
        f"<div style='font-size:16px;margin-bottom:10px'>{s.t(f'Items ({len(items)})')}</div>"
        f"<table class='fi' style='width:100%'><tr>{head}</tr>{rows}</table></div></div>"
    )
    return s


def fiori_gr(
    title: str,
    tabs: list[str],
    url: str,
    fields: list[tuple[str, str]],
    items: list[tuple[str, str, str, str, str, str]],
    toast: str,
    footer: str,
) -> BuyWindow:
    """SAP Fiori "Post Goods Receipt for Purchasing Document" in Edge: the document's fields as a form (label
    left of an input box), the items with open quantity and the quantity to post in an input box, a footer
    bar with the Post button; after posting, a message toast over the footer."""
    s = BuyWindow("edge", title)
    _browser(s, tabs, 0, url, edge=True)
    form = "".join(
        f"<div style='display:flex;align-items:center;margin:0 0 10px'><span style='width:200px;color:#556b82;"
        f"font-size:14px;text-align:right;padding-right:14px'>{s.t(k + ':')}</span><span style='width:330px;"
        f"border:1px solid #89919a;border-radius:4px;padding:5px 10px;font-size:14px;min-height:30px;"
        f"background:#fff'>{s.t(v) if v else ''}</span></div>"
        for k, v in fields
    )
    cols = ["Item", "Material", "Description", "Open Quantity", "Quantity to Post", "Storage Location"]
    head = "".join(f"<th class='{'n' if j in (3, 4) else ''}'>{s.t(c)}</th>" for j, c in enumerate(cols))
    rows = "".join(
        f"<tr><td>{s.t(a)}</td><td>{s.t(b)}</td><td>{s.t(c)}</td><td class='n'>{s.t(d)}</td><td class='n'>"
        f"<span style='border:1px solid #89919a;border-radius:4px;padding:3px 10px;display:inline-block;"
        f"min-width:90px'>{s.t(e)}</span></td><td>{s.t(f)}</td></tr>"
        for a, b, c, d, e, f in items
    )
    msg = ""
    if toast:
        msg = (
            f"<div style='position:absolute;left:760px;top:870px;background:#1d2d3e;color:#fff;border-radius:8px;"
            f"padding:12px 24px;font-size:15px'>{s.t(toast)}</div>"
        )
    s.body.append(
        f"{_fiori_shell(s, 'Post Goods Receipt for Purchasing Document')}<div style='background:#f5f6f7;"
        f"height:872px;color:#1d2d3e;position:relative'><div style='background:#fff;padding:18px 32px;"
        f"border-bottom:1px solid #e5e5e5'><div style='font-size:22px;margin-bottom:16px'>"
        f"{s.t('Goods Receipt')}</div>{form}</div><div style='margin:18px 32px;background:#fff;border-radius:8px;"
        f"padding:14px 18px'><table class='fi' style='width:100%'><tr>{head}</tr>{rows}</table></div>{msg}"
        f"<div style='position:absolute;left:0;right:0;top:822px;height:50px;background:#fff;border-top:1px solid "
        f"#e5e5e5;display:flex;align-items:center;justify-content:flex-end;gap:14px;padding:0 32px;"
        f"font-size:14px'><span style='margin-right:auto;color:#556b82'>{s.t(footer) if footer else ''}</span>"
        f"<span style='background:#0a6ed1;color:#fff;border-radius:6px;padding:6px 18px'>{s.t('Post')}</span>"
        f"<span style='color:#0a6ed1'>{s.t('Cancel')}</span></div></div>"
    )
    return s


# ---------------------------------------------------------------------- carrier tracking page in Chrome
def tracking(
    title: str,
    tabs: list[str],
    url: str,
    number: str,
    status: str,
    eta: str,
    facts: list[tuple[str, str]],
    events: list[tuple[str, str, str, str]],
) -> BuyWindow:
    """A carrier's track-and-trace page: brand bar, the tracking number with a status banner and the
    estimated delivery, a progress bar of milestones, the shipment's details, then the event timeline
    (date, time, place, event), newest first."""
    s = BuyWindow("chrome", title)
    _browser(s, tabs, 0, url, edge=False)
    steps = ["Booked", "Picked up", "In transit", "Out for delivery", "Delivered"]
    reached = 3
    bar = "".join(
        f"<div style='flex:1;text-align:center;font-size:13px;color:{'#0b6e4f' if i < reached else '#8a8a8a'}'>"
        f"<div style='height:8px;margin:0 4px 8px;border-radius:4px;background:{'#0b6e4f' if i < reached else '#ddd'}'>"
        f"</div>{s.t(x)}</div>"
        for i, x in enumerate(steps)
    )
    info = "".join(
        f"<div style='display:flex;padding:7px 0;border-bottom:1px solid #eee;font-size:14px'><span "
        f"style='width:170px;color:#666'>{s.t(k)}</span><span>{s.t(v)}</span></div>"
        for k, v in facts
    )
    timeline = "".join(
        f"<div style='display:flex;gap:18px;padding:10px 0;border-left:2px solid #c7d8cf;margin-left:8px;"
        f"padding-left:20px;font-size:14px'><span style='width:96px;color:#444'>{s.t(d)}</span><span "
        f"style='width:52px;color:#444'>{s.t(t)}</span><span style='width:170px'>{s.t(p)}</span><span "
        f"style='{'color:#c0392b;font-weight:bold' if 'Delay' in e else ''}'>{s.t(e)}</span></div>"
        for d, t, p, e in events
    )
    color = "#c0392b" if status == "Delayed" else "#0b6e4f"
    s.body.append(
        f"<div style='height:956px;background:#f4f6f5;color:#1e1e1e'><div style='height:58px;background:#0b3d2e;"
        f"color:#fff;display:flex;align-items:center;padding:0 40px;gap:40px;font-size:15px'><span "
        f"style='font-size:22px;font-weight:bold'>{s.t('BALTRANS')}</span><span>{s.t('Track & Trace')}</span>"
        f"<span>{s.t('Ship')}</span><span>{s.t('Business customers')}</span><span style='margin-left:auto'>"
        f"{s.t('EN | DE | CS')}</span></div><div style='width:1240px;margin:22px auto'>"
        f"<div style='background:#fff;border-radius:8px;padding:20px 28px;margin-bottom:16px'>"
        f"<div style='font-size:14px;color:#666'>{s.t('Tracking number')}</div><div style='font-size:26px;"
        f"font-weight:bold;margin:4px 0 14px'>{s.t(number)}</div><div style='display:flex;gap:40px;"
        f"align-items:center;margin-bottom:20px'><span style='background:{color};color:#fff;border-radius:4px;"
        f"padding:5px 14px;font-size:15px'>{s.t(status)}</span><span style='font-size:15px'>"
        f"{s.t('Estimated delivery:')} <b>{s.t(eta)}</b></span></div><div style='display:flex'>{bar}</div></div>"
        f"<div style='display:flex;gap:16px'><div style='width:440px;background:#fff;border-radius:8px;"
        f"padding:16px 24px'><div style='font-size:16px;font-weight:bold;margin-bottom:8px'>"
        f"{s.t('Shipment details')}</div>{info}</div><div style='flex:1;background:#fff;border-radius:8px;"
        f"padding:16px 24px'><div style='font-size:16px;font-weight:bold;margin-bottom:8px'>"
        f"{s.t('Shipment history')}</div>{timeline}</div></div></div></div>"
    )
    return s


# -------------------------------------------------------------------------------------- Trello in Chrome
LABELS = {"Claim": "#c9372c", "Sourcing": "#1f845a", "Logistics": "#e2b203", "Contract": "#6e5dc6"}


def trello(
    title: str, tabs: list[str], url: str, board: str, lists: list[tuple[str, list[tuple]]]
) -> BuyWindow:
    """A Trello board in Chrome: the board's bar over a blue background, lists side by side, each card with
    its labels (coloured, with their names), its title and a line of badges (due date, checklist, members).
    lists: (name, [(title, labels, due, checklist, members)])."""
    s = BuyWindow("chrome", title)
    _browser(s, tabs, 1, url, edge=False)
    cols = []
    for name, cards in lists:
        body = ""
        for card_title, labels, due, check, members in cards:
            labs = "".join(
                f"<span class='tr-lab' style='background:{LABELS[x]}'>{s.t(x)}</span>" for x in labels
            )
            meta = []
            if due:
                meta.append(f"&#9719; {s.t(due)}")
            if check:
                meta.append(f"&#9745; {s.t(check)}")
            if members:
                meta.append(f"<b>{s.t(members)}</b>")
            body += f"<div class='tr-card'>{labs}<div>{s.t(card_title)}</div><div class='tr-meta'>{'&nbsp;&nbsp;'.join(meta)}</div></div>"
        cols.append(
            f"<div style='width:290px;background:#f1f2f4;border-radius:12px;padding:10px 8px;margin-right:12px;"
            f"align-self:flex-start'><div style='font-size:14px;font-weight:bold;color:#172b4d;padding:2px 6px 10px'>"
            f"{s.t(name)}</div>{body}<div style='font-size:14px;color:#44546f;padding:4px 6px'>"
            f"+ {s.t('Add a card')}</div></div>"
        )
    s.body.append(
        f"<div style='height:956px;background:linear-gradient(135deg,#0c66e4,#5e4db2);'>"
        f"<div style='height:48px;background:#1d2125;color:#b6c2cf;display:flex;align-items:center;padding:0 16px;"
        f"gap:22px;font-size:14px'><span style='font-weight:bold;color:#fff;font-size:18px'>{s.t('Trello')}</span>"
        f"<span>{s.t('Workspaces')} &#9662;</span><span>{s.t('Recent')} &#9662;</span><span>{s.t('Starred')} "
        f"&#9662;</span><span style='background:#579dff;color:#1d2125;padding:4px 12px;border-radius:3px'>"
        f"{s.t('Create')}</span></div><div style='height:52px;background:#0003;color:#fff;display:flex;"
        f"align-items:center;padding:0 18px;gap:24px;font-size:15px'><span style='font-size:18px;font-weight:bold'>"
        f"{s.t(board)}</span><span>&#9734;</span><span>{s.t('Board')}</span><span style='margin-left:auto'>"
        f"{s.t('Filters')}</span><span>{s.t('Share')}</span></div><div style='display:flex;padding:12px 14px'>"
        f"{''.join(cols)}</div></div>"
    )
    return s


# ------------------------------------------------------------------------------------------- Excel
def excel(
    title: str,
    cell: str,
    formula: str,
    columns: list[tuple[str, int]],
    rows: list[list[str]],
    numeric: set[int],
    selected: tuple[int, int] | None,
    sheets: list[str],
    status: str,
) -> BuyWindow:
    """Excel desktop: green title bar with AutoSave and the file name, ribbon tabs and the Home ribbon's
    groups, the Name Box and formula bar, lettered columns of the given widths, numbered rows (row 1 first;
    empty strings draw empty cells), sheet tabs and the status bar. selected: (row index, column) of the
    cell cursor."""
    s = BuyWindow("excel", title)
    s.top = (
        f"<div style='height:34px;background:#107c41;color:#fff;display:flex;align-items:center;padding:0 14px;"
        f"font-size:13px;gap:18px'><span>{s.t('AutoSave')} &#9679; {s.t('On')}</span><span "
        f"style='margin:0 auto'>{s.t(title.split(' - ')[0])} &#8226; {s.t('Saved')}</span><span>&#8212; &#9633; "
        f"&#10005;</span></div>"
    )
    ribbon = "".join(
        f"<span style='margin-right:22px;{'border-bottom:3px solid #107c41;font-weight:bold;' if x == 'Home' else ''}"
        f"padding-bottom:4px'>{s.t(x)}</span>"
        for x in ("File", "Home", "Insert", "Page Layout", "Formulas", "Data", "Review", "View", "Help")
    )
    groups = "".join(
        f"<span style='border-right:1px solid #ddd;padding:0 26px;color:#444'>{s.t(g)}</span>"
        for g in ("Clipboard", "Font", "Alignment", "Number", "Styles", "Cells", "Editing")
    )
    letters = "".join(f"<th style='width:{w}px'>{chr(65 + j)}</th>" for j, (_, w) in enumerate(columns))
    body = ""
    for n, r in enumerate(rows, 1):
        cells = ""
        for j, v in enumerate(r):
            cls = ("n " if j in numeric and n > 3 else "") + ("sel" if selected == (n - 1, j) else "")
            bold = "font-weight:bold;background:#e2efda;" if n == 3 and v else ""
            big = "font-weight:bold;font-size:16px;" if n == 1 and j == 0 else ""
            cells += f"<td class='{cls}' style='{bold}{big}'>{s.t(v) if v else ''}</td>"
        body += f"<tr><th>{n}</th>{cells}</tr>"
    blank = "".join(
        f"<tr><th>{n}</th>{'<td></td>' * len(columns)}</tr>" for n in range(len(rows) + 1, len(rows) + 22)
    )
    tabs = "".join(
        f"<span style='padding:6px 18px;{'background:#fff;color:#107c41;font-weight:bold;border-bottom:2px solid #107c41;' if i == 0 else ''}'>"
        f"{s.t(x)}</span>"
        for i, x in enumerate(sheets)
    )
    s.body.append(
        f"<div style='height:36px;line-height:36px;background:#f3f3f3;padding:0 16px;font-size:14px'>{ribbon}</div>"
        f"<div style='height:64px;background:#fafafa;border-bottom:1px solid #ddd;display:flex;align-items:flex-end;"
        f"padding:0 0 8px;font-size:12px'>{groups}</div><div style='height:32px;display:flex;align-items:center;"
        f"gap:10px;padding:0 8px;border-bottom:1px solid #ddd;font-size:14px;background:#fff'><span "
        f"style='width:90px;border:1px solid #ccc;padding:2px 6px'>{s.t(cell)}</span><span style='color:#777'>"
        f"&#10005; &#10003; fx</span><span>{s.t(formula) if formula else ''}</span></div>"
        f"<div style='height:810px;overflow:hidden;background:#fff'><table class='xl' style='width:{40 + sum(w for _, w in columns)}px'><tr><th style='width:40px'></th>"
        f"{letters}</tr>{body}{blank}</table></div><div style='position:absolute;top:980px;left:0;right:0;height:30px;"
        f"background:#f3f3f3;border-top:1px solid #ddd;display:flex;align-items:center;padding:0 50px;"
        f"font-size:13px'>{tabs}<span style='margin-left:14px;color:#777'>&#8853;</span></div>"
        f"<div style='position:absolute;top:1010px;left:0;right:0;height:30px;background:#f3f3f3;"
        f"border-top:1px solid #ddd;display:flex;align-items:center;padding:0 16px;font-size:13px;color:#444'>"
        f"<span>{s.t(status)}</span><span style='margin-left:auto'>{s.t('100%')}</span></div>"
    )
    return s


# --------------------------------------------------------------------------------- Adobe Acrobat Reader
def acrobat(title: str, file: str, page: str, zoom: str, blocks: list[tuple]) -> BuyWindow:
    """Adobe Acrobat Reader: menu, Home/Tools/document tabs, the toolbar (page n / m, zoom), a tools pane
    on the right and, on grey, the visible part of the document: blocks ("letter", [lines]), ("addr",
    [lines]), ("h", text), ("kv", [(label, value)]), ("p", text), ("items", header, rows, totals, right-aligned
    column indexes), ("foot", text) and ("break",) between pages."""
    s = BuyWindow("acroread", title)
    s.top = _titlebar(s, title, "#f4f4f4", "#222")
    menu = "".join(
        f"<span style='margin-right:20px'>{s.t(m)}</span>"
        for m in ("File", "Edit", "View", "Sign", "Window", "Help")
    )
    parts = [
        "<div class='ar' style='width:900px;margin:0 auto;background:#fff;padding:40px 60px;color:#111'>"
    ]
    for block in blocks:
        kind = block[0]
        if kind == "letter":
            parts.append(
                "<div style='display:flex;justify-content:space-between;margin-bottom:22px'><div style='font-size:"
                f"22px;font-weight:bold;color:#1a4d8f'>{s.t(block[1][0])}</div><div style='text-align:right;"
                "font-size:13px;line-height:18px;color:#444'>"
                + "".join(f"<div>{s.t(x)}</div>" for x in block[1][1:])
                + "</div></div>"
            )
        elif kind == "addr":
            parts.append(
                "<div style='font-size:14px;line-height:19px;margin-bottom:20px'>"
                + "".join(f"<div>{s.t(x)}</div>" for x in block[1])
                + "</div>"
            )
        elif kind == "h":
            parts.append(
                f"<div style='font-size:20px;font-weight:bold;margin:8px 0 12px'>{s.t(block[1])}</div>"
            )
        elif kind == "kv":
            parts.append(
                "<div style='display:grid;grid-template-columns:190px 260px 190px 200px;font-size:14px;"
                "row-gap:5px;margin-bottom:10px'>"
                + "".join(
                    f"<span style='color:#555'>{s.t(k)}</span><span>{s.t(v)}</span>" for k, v in block[1]
                )
                + "</div>"
            )
        elif kind == "p":
            parts.append(f"<p>{s.t(block[1])}</p>")
        elif kind == "items":
            _, header, rows, totals, right = block
            head = "".join(
                f"<th class='{'r' if j in right else ''}'>{s.t(h)}</th>" for j, h in enumerate(header)
            )
            body = "".join(
                "<tr>"
                + "".join(f"<td class='{'r' if j in right else ''}'>{s.t(c)}</td>" for j, c in enumerate(r))
                + "</tr>"
                for r in rows
            )
            tot = "".join(
                f"<tr style='{'font-weight:bold' if i == len(totals) - 1 else ''}'><td colspan='{len(header) - 1}' "
                f"class='r' style='border:none'>{s.t(k)}</td><td class='r' style='border:none'>{s.t(v)}</td></tr>"
                for i, (k, v) in enumerate(totals)
            )
            parts.append(f"<table><tr>{head}</tr>{body}{tot}</table>")
        elif kind == "foot":
            parts.append(
                f"<div style='text-align:center;font-size:12px;color:#777;margin-top:18px'>{s.t(block[1])}</div>"
            )
        elif kind == "break":
            parts.append(
                "</div><div style='height:18px'></div><div class='ar' style='width:900px;margin:0 auto;"
                "background:#fff;padding:40px 60px;color:#111'>"
            )
    parts.append("</div>")
    tools = "".join(
        f"<div style='padding:9px 14px'>{s.t(x)}</div>"
        for x in ("Export PDF", "Edit PDF", "Comment", "Fill & Sign", "Organize Pages", "Print")
    )
    s.body.append(
        f"<div style='height:30px;line-height:30px;background:#f4f4f4;padding:0 14px;font-size:13px;color:#333'>"
        f"{menu}</div><div style='height:38px;background:#fff;border-bottom:1px solid #ddd;display:flex;"
        f"align-items:flex-end;padding:0 12px;font-size:13px'><span style='padding:8px 18px'>{s.t('Home')}</span>"
        f"<span style='padding:8px 18px'>{s.t('Tools')}</span><span style='padding:8px 18px;background:#f4f4f4;"
        f"border:1px solid #ddd;border-bottom:none'>{s.t(file)}</span></div><div style='height:40px;"
        f"background:#fafafa;border-bottom:1px solid #ddd;display:flex;align-items:center;gap:28px;padding:0 20px;"
        f"font-size:14px;color:#333'><span>&#9998; &#9113;</span><span>&#8679; &#8681;</span><span>"
        f"{s.t(page)}</span><span>&#8854; &#8853;</span><span>{s.t(zoom)} &#9662;</span></div>"
        f"<div style='display:flex;height:898px'><div style='flex:1;background:#8f8f8f;overflow:hidden;"
        f"padding-top:16px'>{''.join(parts)}</div><div style='width:220px;background:#f4f4f4;border-left:1px solid "
        f"#ddd;font-size:13px;color:#333;padding-top:10px'>{tools}</div></div>"
    )
    return s


# ---------------------------------------------------------------------- Windows Terminal + PowerShell
def terminal_ps(title: str, tabs: list[str], lines: list[str]) -> BuyWindow:
    """Windows Terminal (dark, Campbell scheme) with a PowerShell tab: the tab row, then the session's lines
    in a monospace font, the last lines at the bottom when they fill the window."""
    s = BuyWindow("terminal", title)
    tab = "".join(
        f"<div style='height:32px;line-height:32px;padding:0 16px;margin-right:2px;border-radius:6px 6px 0 0;"
        f"{'background:#0c0c0c;color:#fff' if i == 0 else 'color:#aaa'}'>&#9002;_ {s.t(t)}</div>"
        for i, t in enumerate(tabs)
    )
    s.top = (
        f"<div style='height:40px;background:#2b2b2b;display:flex;align-items:flex-end;padding:0 8px;"
        f"font-size:13px'>{tab}<span style='color:#aaa;align-self:center;margin-left:8px'>+ &#8964;</span>"
        f"<span style='margin-left:auto;align-self:center;color:#ddd'>&#8212; &#9633; &#10005;</span></div>"
    )
    text = "".join(
        f"<div style='white-space:pre;min-height:22px;{'color:#f9f1a5' if x.startswith('PS ') else ''}'>"
        f"{s.t(x) if x else ''}</div>"
        for x in lines
    )
    s.body.append(
        f"<div style='height:1000px;background:#0c0c0c;color:#cccccc;padding:10px 14px;font-family:\"DejaVu Sans "
        f"Mono\",monospace;font-size:15px;line-height:22px;overflow:hidden'>{text}</div>"
    )
    return s


# ------------------------------------------------------------------------------------- Notepad (light)
def notepad_light(title: str, tabs: list[str], active: int, text: list[str], status: list[str]) -> BuyWindow:
    """Windows 11 Notepad in the light theme with several tabs (the active one white), File/Edit/View, the
    text in Consolas-like mono and the status bar (line/column, characters, zoom, line endings, encoding)."""
    s = BuyWindow("notepad", title)
    tab = "".join(
        f"<div style='height:34px;line-height:34px;padding:0 16px;margin-right:2px;border-radius:8px 8px 0 0;"
        f"width:250px;white-space:nowrap;overflow:hidden;{'background:#fbfbfb' if i == active else 'color:#555'}'>"
        f"{s.t(t)}</div>"
        for i, t in enumerate(tabs)
    )
    s.top = (
        f"<div style='height:42px;background:#e9eef3;display:flex;align-items:flex-end;padding:0 8px;"
        f"font-size:13px;color:#1b1b1b'>{tab}<span style='align-self:center;margin-left:8px'>+</span>"
        f"<span style='margin-left:auto;align-self:center'>&#8212; &#9633; &#10005;</span></div>"
    )
    menu = "".join(f"<span style='margin-right:22px'>{s.t(m)}</span>" for m in ("File", "Edit", "View"))
    lines = "".join(f"<div style='white-space:pre;min-height:24px'>{s.t(x) if x else ''}</div>" for x in text)
    bar = "".join(f"<span style='margin-right:38px'>{s.t(x)}</span>" for x in status)
    s.body.append(
        f"<div style='height:34px;line-height:34px;background:#fbfbfb;padding:0 16px;font-size:14px;"
        f"border-bottom:1px solid #e5e5e5'>{menu}</div><div style='height:934px;background:#fff;color:#1b1b1b;"
        f'padding:10px 18px;font-family:"DejaVu Sans Mono",monospace;font-size:16px;line-height:24px;'
        f"overflow:hidden'>{lines}</div><div style='height:30px;line-height:30px;background:#f3f3f3;"
        f"border-top:1px solid #e5e5e5;padding:0 18px;font-size:13px;color:#444'>{bar}</div>"
    )
    return s
