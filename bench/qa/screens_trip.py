"""Window layouts for the fifth held-out QA workday "trip" (bench/qa/day_trip.py): an import coordinator's desk
in São Paulo, on a Brazilian Portuguese Windows 11 (24-hour clock, dd/mm/yyyy, R$ 1.234,56). None of the
layouts of screens.py, screens_more.py, screens_sales.py, screens_buy.py, screens_estate.py or
screens_lab.py is reused: Gmail in Chrome with the reading pane to the right of the list (and its compose
window), WhatsApp Desktop (light: chat list, bubbles with the speaker over the text and the time inside the
bubble), Google Chat in Chrome (dark), the Portal Único Siscomex (gov.br header, a DUIMP with tabs), a
forwarder's customer portal (shipment grid and a shipment page with milestones), Chrome's built-in PDF
viewer, SumatraPDF with a DANFE, a Pipefy-like kanban (and a card opened over it), Excel for the web in Edge,
a Power BI report in Edge, the Banco Central's exchange-rate page, Google Calendar's schedule view (dark) and
Windows Sticky Notes. Only the frame around them is shared: screens.Window (title, lines, taskbar clock and
date as truth) and its process paths in screens.APPS, to which WhatsApp, SumatraPDF and Sticky Notes are
added without touching the existing entries. Every layout records each line of text it draws, in reading
order, so a frame's ground truth is exact; nothing recorded is drawn outside the window or clipped."""

from __future__ import annotations

import html
from dataclasses import dataclass

from make_sample import CSS
from screens import APPS, Window

NEW_APPS = {
    "whatsapp": "C:\\Program Files\\WindowsApps\\5319275A.WhatsAppDesktop_2.2446.4.0_x64__cv1g1gvanyjgm"
    "\\WhatsApp.exe",
    "sumatra": "C:\\Users\\user\\AppData\\Local\\SumatraPDF\\SumatraPDF.exe",
    "stickynotes": "C:\\Program Files\\WindowsApps\\Microsoft.MicrosoftStickyNotes_6.1.2.0_x64__8wekyb3d8bbwe"
    "\\Microsoft.Notes.exe",
}
for _key, _path in NEW_APPS.items():
    APPS.setdefault(_key, _path)

TRIP_CSS = """
body { font-family: 'Liberation Sans', 'DejaVu Sans', sans-serif; }
.win { height: 1032px; overflow: hidden; position: relative; }
.taskbar { position: absolute; top: 1032px; left: 0; width: 1920px; height: 48px; background: #1c1f26; color: #f2f2f2;
           font-size: 13px; display: flex; align-items: center; padding: 0 12px; }
.taskbar .icons { display: flex; gap: 12px; margin-left: 16px; }
.taskbar .icons span { width: 28px; height: 28px; border-radius: 6px; display: inline-block; }
.taskbar .clock { margin-left: auto; text-align: right; line-height: 17px; }
.gt td { padding: 9px 10px; font-size: 14px; border-bottom: 1px solid #e3e6ea; white-space: nowrap; text-align: left; }
.gt th { padding: 9px 10px; font-size: 13px; color: #4a5562; text-align: left; background: #f1f4f7; white-space: nowrap;
         border-bottom: 2px solid #c9d1da; }
.gt td.n, .gt th.n { text-align: right; }
.xw td, .xw th { border: 1px solid #e1e1e1; height: 25px; padding: 0 6px; font-size: 13px; white-space: nowrap; }
.xw th { background: #f5f5f5; color: #616161; font-weight: normal; text-align: center; }
.xw td.n { text-align: right; } .xw td.sel { outline: 2px solid #217346; outline-offset: -2px; }
.pv td, .pv th { padding: 6px 9px; font-size: 13px; border: 1px solid #999; text-align: left; white-space: nowrap; }
.pv td.n, .pv th.n { text-align: right; }
.df td { border: 1px solid #555; padding: 3px 6px; font-size: 13px; vertical-align: top; }
.df .k { font-size: 10.5px; color: #333; text-transform: uppercase; display: block; }
.df td.nw { white-space: nowrap; font-size: 12px; }
.bi td, .bi th { padding: 7px 10px; font-size: 13px; text-align: left; white-space: nowrap; border-bottom: 1px solid #edebe9; }
.bi th { font-weight: bold; color: #252423; } .bi td.n, .bi th.n { text-align: right; }
"""


@dataclass
class TripWindow(Window):
    """A screens.Window whose app draws its own frame into `top`, over a dark Windows 11 taskbar with the icons
    on the left and the clock and date on the right, and an optional notification toast (its text is part of
    the truth). The truth lines stay Window's: the title, every drawn line, the taskbar's clock and date."""

    top: str = ""
    toast: str = ""

    def page(self, clock: str, date: str) -> str:
        icons = "".join(
            f"<span style='background:{c}'></span>"
            for c in ("#3a8ee6", "#f4b400", "#1a73e8", "#25d366", "#0b8043", "#7b61ff", "#f2c811", "#217346")
        )
        return (
            f"<html><head><meta charset='utf-8'><style>{CSS}{TRIP_CSS}</style></head>"
            f"<body><div class='win'>{self.top}{''.join(self.body)}{self.toast}</div>"
            f"<div class='taskbar'><span>&#8862;</span><span class='icons'>{icons}</span>"
            f"<span class='clock'>{html.escape(clock)}<br>{html.escape(date)}</span></div></body></html>"
        )

    def notify(self, app: str, who: str, text: str) -> None:
        """A Windows notification toast (app, sender, first line of the message), bottom right, dark."""
        self.toast = (
            f"<div style='position:absolute;right:16px;bottom:14px;width:380px;background:#2b2b2b;color:#f0f0f0;"
            f"border-radius:8px;box-shadow:0 6px 22px #0008;padding:12px 16px;font-size:13px'><div style='color:"
            f"#aaa;margin-bottom:6px'>{self.t(app)}</div><div style='font-weight:bold;font-size:14px'>{self.t(who)}"
            f"</div><div style='margin-top:3px;line-height:18px'>{self.t(text)}</div></div>"
        )


def _chrome(
    s: TripWindow, tabs: list[str], active: int, url: str, dark: bool = False, edge: bool = False
) -> None:
    """Chrome (or Edge) tab strip and address bar, light or dark."""
    if edge:
        strip, on, fg, box = "#e9ecef", "#f9f9f9", "#1b1b1b", "#ffffff"
    elif dark:
        strip, on, fg, box = "#202124", "#35363a", "#e8eaed", "#202124"
    else:
        strip, on, fg, box = "#dee1e6", "#ffffff", "#202124", "#f1f3f4"
    tab = "".join(
        f"<div style='height:34px;line-height:34px;padding:0 14px;width:240px;white-space:nowrap;overflow:hidden;"
        f"border-radius:9px 9px 0 0;font-size:13px;color:{fg};background:{on if i == active else 'transparent'}'>"
        f"{s.t(t if len(t) <= 30 else t[:29].rstrip() + '…')}</div>"
        for i, t in enumerate(tabs)
    )
    s.top = (
        f"<div style='height:40px;background:{strip};display:flex;align-items:flex-end;padding:0 8px'>{tab}"
        f"<span style='align-self:center;margin-left:10px;color:{fg}'>+</span><span style='margin-left:auto;"
        f"align-self:center;color:{fg};letter-spacing:18px;font-size:13px'>&#8212;&#9633;&#10005;</span></div>"
        f"<div style='height:40px;background:{on};display:flex;align-items:center;gap:16px;padding:0 12px;"
        f"font-size:14px;color:{fg};border-bottom:1px solid {'#4a4a4a' if dark else '#d0d4da'}'><span>&#8592; "
        f"&#8594; &#8635;</span><span style='flex:1;background:{box};border-radius:16px;padding:6px 16px;"
        f"{'border:1px solid #c8ccd2;' if edge else ''}'>{s.t(url)}</span><span>&#9734; &#8942;</span></div>"
    )


# ---------------------------------------------------------------------------------- Gmail (light, split)
def gmail(
    title: str,
    account: str,
    labels: list[tuple[str, str]],
    items: list[tuple[str, str, str, str, bool]],
    selected: int,
    reading: dict | None,
    compose: dict | None = None,
) -> TripWindow:
    """Gmail in Chrome with the vertical split: the label list, the conversation list (sender and time on one
    line, the subject on the next, the snippet under it) and the reading pane on the right (the subject with
    its label chip, the sender's name with the address on a line of its own, 'para mim', the date, the body
    and attachment chips). A compose window ('Nova mensagem') can sit at the bottom right."""
    s = TripWindow("chrome", title)
    _chrome(
        s,
        [title.replace(" - Google Chrome", ""), "MyCargo | Atlântica Cargo"],
        0,
        "mail.google.com/mail/u/0/#inbox",
    )
    side = "".join(
        f"<div style='display:flex;padding:6px 12px 6px 26px;border-radius:0 16px 16px 0;"
        f"{'background:#d3e3fd;font-weight:bold;' if i == 0 else ''}'><span>{s.t(name)}</span><span "
        f"style='margin-left:auto;font-size:12px'>{s.t(n) if n else ''}</span></div>"
        for i, (name, n) in enumerate(labels)
    )
    lst = ""
    for i, (who, subject, snippet, when, unread) in enumerate(items):
        bg = "#c2dbff" if i == selected else ("#ffffff" if unread else "#f2f6fc")
        b = "font-weight:bold;" if unread else ""
        lst += (
            f"<div style='background:{bg};border-bottom:1px solid #e8eaed;padding:9px 14px;font-size:14px;"
            f"line-height:19px'><div style='display:flex;{b}'><span>{s.t(who)}</span><span style='margin-left:"
            f"auto;font-size:12px'>{s.t(when)}</span></div><div style='white-space:nowrap;overflow:hidden;{b}'>"
            f"{s.t(subject)}</div><div style='color:#5f6368;font-size:13px;white-space:nowrap;overflow:hidden'>"
            f"{s.t(snippet)}</div></div>"
        )
    pane = ""
    if reading:
        r = reading
        chips = "".join(
            f"<div style='display:inline-block;border:1px solid #dadce0;border-radius:8px;padding:10px 14px;"
            f"margin:14px 12px 0 0;font-size:13px'>&#128206; {s.t(n)}<br><span style='color:#5f6368'>{s.t(z)}"
            f"</span></div>"
            for n, z in r.get("attachments", [])
        )
        text = "".join(f"<p style='margin:0 0 11px'>{s.t(x)}</p>" for x in r["body"])
        pane = (
            f"<div style='padding:18px 26px 0'><span style='font-size:21px'>{s.t(r['subject'])}</span>"
            f"<span style='margin-left:12px;background:#e8eaed;border-radius:4px;padding:2px 8px;font-size:12px'>"
            f"{s.t(r.get('label', 'Caixa de entrada'))}</span></div><div style='display:flex;gap:12px;"
            f"padding:16px 26px 0'><div style='width:40px;height:40px;border-radius:20px;flex:none;background:"
            f"{r.get('colour', '#1a73e8')}'></div><div style='font-size:14px;line-height:20px;flex:1'><div><b>"
            f"{s.t(r['sender'])}</b></div><div style='color:#5f6368'>{s.t('<' + r['address'] + '>')}</div>"
            f"<div style='color:#5f6368'>{s.t(r.get('to', 'para mim'))}</div></div><div style='font-size:12px;"
            f"color:#5f6368'>{s.t(r['when'])}</div></div><div style='padding:18px 26px 0 78px;font-size:14px;"
            f"line-height:21px'>{text}{chips}</div>"
        )
    box = ""
    if compose:
        c = compose
        lines = "".join(f"<div style='min-height:20px'>{s.t(x)}</div>" for x in c["body"])
        box = (
            f"<div style='position:absolute;right:70px;bottom:0;width:600px;height:560px;background:#fff;"
            f"box-shadow:0 4px 24px #0006;border-radius:8px 8px 0 0;font-size:14px'><div style='background:"
            f"#f2f6fc;padding:10px 14px;border-radius:8px 8px 0 0;font-weight:bold'>{s.t(c.get('head', 'Nova mensagem'))}"
            f"</div><div style='padding:8px 14px;border-bottom:1px solid #eee'>{s.t('Para')} {s.t(c['to'])}</div>"
            f"<div style='padding:8px 14px;border-bottom:1px solid #eee'>{s.t(c['subject'])}</div><div style="
            f"'padding:12px 14px;line-height:20px'>{lines}</div><div style='position:absolute;bottom:14px;left:14px;"
            f"background:#0b57d0;color:#fff;border-radius:18px;padding:8px 22px'>{s.t('Enviar')}</div></div>"
        )
    s.body.append(
        f"<div style='display:flex;height:952px;background:#f6f8fc;color:#1f1f1f;position:relative'>"
        f"<div style='width:230px;font-size:14px;padding-top:8px'><div style='margin:0 0 14px 12px;background:"
        f"#c2e7ff;border-radius:16px;padding:16px 20px;width:140px;font-weight:bold'>&#9998; {s.t('Escrever')}"
        f"</div>{side}<div style='padding:14px 26px 4px;font-size:12px;color:#5f6368'>{s.t(account)}</div></div>"
        f"<div style='width:520px;background:#fff;border-radius:14px 0 0 14px;margin:6px 0;overflow:hidden'>"
        f"<div style='padding:10px 14px;font-size:13px;color:#5f6368;border-bottom:1px solid #e8eaed'>"
        f"{s.t('Principal')}</div>{lst}</div><div style='flex:1;background:#fff;margin:6px 10px 6px 2px;"
        f"border-radius:0 14px 14px 0;overflow:hidden'>{pane}</div>{box}</div>"
    )
    return s


# ------------------------------------------------------------------------------ WhatsApp Desktop (light)
def whatsapp(
    title: str,
    chats: list[tuple[str, str, str, str]],
    active: int,
    header: tuple[str, str],
    day_label: str,
    messages: list[tuple[str, str, str, bool]],
    draft: str = "",
    group: bool = False,
) -> TripWindow:
    """WhatsApp for Windows, light: a narrow icon rail, the chat list (name and time on one line, the last
    message under it, an unread count) and the open chat: its header (name, status line), a day divider, the
    bubbles (in a group the speaker's name on its own line over the text; the time in the bubble's corner;
    ours green on the right) and the message box."""
    s = TripWindow("whatsapp", title)
    s.top = (
        f"<div style='height:34px;background:#f0f2f5;display:flex;align-items:center;padding:0 14px;font-size:13px;"
        f"color:#111'><span>{s.t('WhatsApp')}</span><span style='margin-left:auto;letter-spacing:18px'>&#8212;"
        f"&#9633;&#10005;</span></div>"
    )
    rows = ""
    for i, (name, last, when, badge) in enumerate(chats):
        row = (
            f"<div style='display:flex;gap:12px;padding:11px 14px;{'background:#e9edef;' if i == active else ''}'>"
            f"<div style='width:46px;height:46px;border-radius:23px;background:#c9d3da;flex:none'></div><div "
            f"style='flex:1;overflow:hidden;border-bottom:1px solid #eef0f1;padding-bottom:8px'><div style='display:"
            f"flex;font-size:15px'><span>{s.t(name)}</span><span style='margin-left:auto;font-size:12px;color:"
            f"{'#1fa855' if badge else '#667781'}'>{s.t(when)}</span></div><div style='display:flex;font-size:13px;"
            f"color:#667781;margin-top:3px'><span style='white-space:nowrap;overflow:hidden;max-width:330px'>"
            f"{s.t(last)}</span>"
        )
        if badge:
            row += (
                f"<span style='margin-left:auto;background:#25d366;color:#fff;border-radius:10px;padding:0 7px;"
                f"font-size:12px'>{s.t(badge)}</span>"
            )
        rows += row + "</div></div></div>"
    bubbles = ""
    for who, text, when, mine in messages:
        name = (
            ""
            if mine or not group
            else f"<div style='font-size:13px;font-weight:bold;color:#a5337a'>{s.t(who)}</div>"
        )
        bubbles += (
            f"<div style='display:flex;justify-content:{'flex-end' if mine else 'flex-start'};margin:6px 0'>"
            f"<div style='max-width:640px;background:{'#d9fdd3' if mine else '#ffffff'};border-radius:8px;"
            f"padding:6px 10px 4px;font-size:14.5px;line-height:20px;box-shadow:0 1px 1px #0002'>{name}"
            f"<div>{s.t(text)}</div><div style='text-align:right;font-size:11px;color:#667781'>{s.t(when)}"
            f"{' &#10003;&#10003;' if mine else ''}</div></div></div>"
        )
    s.body.append(
        f"<div style='display:flex;height:998px;color:#111b21'><div style='width:56px;background:#f0f2f5;"
        f"border-right:1px solid #e0e0e0'></div><div style='width:430px;background:#fff;border-right:1px solid "
        f"#e0e0e0'><div style='font-size:22px;font-weight:bold;padding:16px 16px 8px'>{s.t('Conversas')}</div>"
        f"<div style='margin:4px 14px 10px;background:#f0f2f5;border-radius:8px;padding:8px 12px;font-size:14px;"
        f"color:#667781'>{s.t('Pesquisar ou começar uma nova conversa')}</div>{rows}</div><div style='flex:1;"
        f"display:flex;flex-direction:column;background:#efeae2'><div style='height:60px;background:#f0f2f5;"
        f"display:flex;align-items:center;gap:12px;padding:0 16px'><div style='width:40px;height:40px;"
        f"border-radius:20px;background:#c9d3da'></div><div><div style='font-size:16px'>{s.t(header[0])}</div>"
        f"<div style='font-size:13px;color:#667781'>{s.t(header[1])}</div></div></div><div style='flex:1;"
        f"padding:14px 70px;overflow:hidden'><div style='text-align:center;margin:8px 0 12px'><span style="
        f"'background:#fff;border-radius:7px;padding:5px 12px;font-size:12.5px;color:#54656f'>{s.t(day_label)}"
        f"</span></div>{bubbles}</div><div style='height:62px;background:#f0f2f5;display:flex;align-items:center;"
        f"padding:0 16px;gap:14px'><span style='font-size:20px;color:#54656f'>+</span><div style='flex:1;"
        f"background:#fff;border-radius:8px;padding:10px 14px;font-size:15px;color:{'#111' if draft else '#8696a0'}'>"
        f"{s.t(draft or 'Digite uma mensagem')}</div></div></div></div>"
    )
    return s


# --------------------------------------------------------------------------------- Google Chat (dark)
def gchat(
    title: str,
    nav: list[tuple[str, str]],
    active: str,
    header: str,
    messages: list[tuple[str, str, list[str]]],
    draft: str = "",
) -> TripWindow:
    """Google Chat in Chrome, dark: the navigation (Chat, Mensagens diretas, Espaços), the open conversation's
    header, messages grouped under the speaker's name and the time on a line of their own, and the box."""
    s = TripWindow("chrome", title)
    _chrome(s, ["Chat", "Gmail"], 0, "mail.google.com/chat/u/0/#chat/dm/xT9pQ2AAAAE", dark=True)
    side = "".join(
        f"<div style='display:flex;padding:7px 14px 7px 30px;border-radius:0 16px 16px 0;font-size:14px;"
        f"{'background:#004a77;font-weight:bold;' if name == active else ''}'><span>{s.t(name)}</span>"
        f"<span style='margin-left:auto'>{s.t(n) if n else ''}</span></div>"
        for name, n in nav
    )
    body = ""
    for who, when, texts in messages:
        body += (
            f"<div style='display:flex;gap:14px;margin:16px 0'><div style='width:36px;height:36px;border-radius:18px;"
            f"background:{'#8ab4f8' if who == 'Você' else '#f28b82'};flex:none'></div><div><div style='font-size:14px;"
            f"font-weight:bold'>{s.t(who)}</div><div style='font-size:12px;color:#9aa0a6;margin:1px 0 4px'>"
            f"{s.t(when)}</div>"
            + "".join(f"<div style='font-size:15px;line-height:22px'>{s.t(t)}</div>" for t in texts)
            + "</div></div>"
        )
    s.body.append(
        f"<div style='display:flex;height:952px;background:#1f1f1f;color:#e3e3e3'><div style='width:300px;"
        f"padding-top:12px'><div style='font-size:20px;padding:4px 22px 14px'>{s.t('Chat')}</div><div style="
        f"'margin:0 14px 12px;background:#37393b;border-radius:16px;padding:14px 18px;width:150px'>&#9998; "
        f"{s.t('Novo chat')}</div>{side}</div><div style='flex:1;display:flex;flex-direction:column;"
        f"background:#131314;margin:0 10px 10px 0;border-radius:14px'><div style='padding:16px 24px;"
        f"border-bottom:1px solid #333;font-size:17px'>{s.t(header)}</div><div style='flex:1;padding:6px 30px;"
        f"overflow:hidden'>{body}</div><div style='margin:12px 24px 18px;background:#2d2e30;border-radius:22px;"
        f"padding:12px 20px;font-size:15px;color:{'#e3e3e3' if draft else '#9aa0a6'}'>"
        f"{s.t(draft or 'Escrever mensagem')}</div></div></div>"
    )
    return s


# -------------------------------------------------------------------------- Portal Único Siscomex (Edge)
def siscomex(
    title: str,
    url: str,
    crumbs: list[str],
    heading: str,
    summary: list[tuple[str, str]],
    badge: tuple[str, str],
    tabs: list[str],
    tab: int,
    table_title: str,
    columns: list[str],
    rows: list[list[str]],
    numeric: set[int],
    foot: list[str],
) -> TripWindow:
    """The Portal Único Siscomex in Edge: the gov.br bar, the portal's blue header with breadcrumbs, the DUIMP's
    summary card (label over value, in a grid) with the parametrisation channel as a coloured badge, tabs and
    the active tab's table, and notes under it."""
    s = TripWindow("edge", title)
    _chrome(s, [title.replace(" - Microsoft Edge", ""), "Gmail"], 0, url, edge=True)
    grid = "".join(
        f"<div style='width:25%;padding:8px 14px'><div style='font-size:12px;color:#555'>{s.t(k)}</div><div "
        f"style='font-size:15px;margin-top:3px'>{s.t(v)}</div></div>"
        for k, v in summary
    )
    tabs_html = "".join(
        f"<span style='padding:10px 18px;{'border-bottom:3px solid #1351b4;color:#1351b4;font-weight:bold;' if i == tab else 'color:#555;'}'>"
        f"{s.t(t)}</span>"
        for i, t in enumerate(tabs)
    )
    head = "".join(f"<th class='{'n' if i in numeric else ''}'>{s.t(c)}</th>" for i, c in enumerate(columns))
    body = "".join(
        "<tr>"
        + "".join(f"<td class='{'n' if i in numeric else ''}'>{s.t(v)}</td>" for i, v in enumerate(r))
        + "</tr>"
        for r in rows
    )
    notes = "".join(f"<div style='margin-top:8px;font-size:13px;color:#333'>{s.t(x)}</div>" for x in foot)
    s.body.append(
        f"<div style='height:952px;background:#f8f8f8;color:#1b1b1b'><div style='height:44px;background:#fff;"
        f"display:flex;align-items:center;padding:0 30px;gap:20px;font-size:14px;border-bottom:1px solid #ddd'>"
        f"<b style='color:#1351b4;font-size:19px'>{s.t('gov.br')}</b><span style='color:#555'>"
        f"{s.t('Ministério do Desenvolvimento, Indústria, Comércio e Serviços')}</span><span style='margin-left:auto'>"
        f"{s.t('CAMILA DUARTE')}</span></div><div style='background:#071d41;color:#fff;padding:14px 30px'>"
        f"<div style='font-size:20px'>{s.t('Portal Único Siscomex')}</div><div style='font-size:13px;color:#c5d4eb;"
        f"margin-top:4px'>{s.t(' > '.join(crumbs))}</div></div><div style='padding:18px 30px'><div style="
        f"'display:flex;align-items:center;gap:16px'><span style='font-size:22px'>{s.t(heading)}</span><span "
        f"style='background:{badge[1]};color:#111;border-radius:14px;padding:4px 14px;font-size:14px;"
        f"font-weight:bold'>{s.t(badge[0])}</span></div><div style='display:flex;flex-wrap:wrap;background:#fff;"
        f"border:1px solid #ddd;border-radius:4px;margin-top:14px;padding:6px 0'>{grid}</div><div style='margin-top:"
        f"18px;border-bottom:1px solid #ccc;font-size:15px'>{tabs_html}</div><div style='background:#fff;"
        f"border:1px solid #ddd;border-top:0;padding:14px 18px'><div style='font-size:16px;font-weight:bold;"
        f"margin-bottom:10px'>{s.t(table_title)}</div><table class='gt' style='width:100%'><tr>{head}</tr>{body}"
        f"</table>{notes}</div></div></div>"
    )
    return s


# ------------------------------------------------------------------------ forwarder portal (MyCargo)
def _mycargo(s: TripWindow, active: str) -> str:
    items = ["Painel", "Embarques", "Cotações", "Documentos", "Faturas", "Relatórios"]
    return (
        f"<div style='height:56px;background:#0e4a5c;color:#fff;display:flex;align-items:center;padding:0 26px;"
        f"gap:34px;font-size:15px'><b style='font-size:19px'>{s.t('Atlântica Cargo')} <span style='font-weight:"
        f"normal;color:#9fd6e0'>{s.t('MyCargo')}</span></b>"
        + "".join(
            f"<span style='{'border-bottom:3px solid #ffb300;padding-bottom:4px;' if x == active else 'color:#cfe6ec;'}'>"
            f"{s.t(x)}</span>"
            for x in items
        )
        + f"<span style='margin-left:auto;font-size:13px'>{s.t('Tornomaq Ind. de Máquinas Ltda. · Camila D.')}</span></div>"
    )


def mycargo_list(
    title: str, url: str, filters: list[str], columns: list[str], rows: list[list[str]], sel: int, status: str
) -> TripWindow:
    """The forwarder's shipment grid: filter chips, a table with a header row and the selected row highlighted,
    and a status line."""
    s = TripWindow("chrome", title)
    _chrome(s, ["Gmail", title.replace(" - Google Chrome", "")], 1, url)
    chips = "".join(
        f"<span style='border:1px solid #9bb7c0;border-radius:14px;padding:4px 12px;font-size:13px'>{s.t(f)}</span>"
        for f in filters
    )
    head = "".join(f"<th>{s.t(c)}</th>" for c in columns)
    body = "".join(
        f"<tr style='{'background:#fff6d6;' if i == sel else ''}'>"
        + "".join(f"<td>{s.t(v)}</td>" for v in r)
        + "</tr>"
        for i, r in enumerate(rows)
    )
    s.body.append(
        f"<div style='height:952px;background:#eef3f5;color:#1b2a30'>{_mycargo(s, 'Embarques')}<div style='padding:"
        f"20px 26px'><div style='font-size:22px;margin-bottom:12px'>{s.t('Embarques')}</div><div style='display:"
        f"flex;gap:10px;margin-bottom:14px'>{chips}</div><table class='gt' style='width:100%;background:#fff'>"
        f"<tr>{head}</tr>{body}</table><div style='margin-top:12px;font-size:13px;color:#4a5a60'>{s.t(status)}"
        f"</div></div></div>"
    )
    return s


def mycargo_detail(
    title: str,
    url: str,
    heading: str,
    facts: list[tuple[str, str]],
    milestones: list[tuple[str, str, str, bool]],
    costs: list[tuple[str, str]],
    notes: list[str],
) -> TripWindow:
    """A shipment's page: the heading, a two-column card of label: value pairs, the milestones as a vertical
    timeline (event, place, date; done ones filled) and a costs box."""
    s = TripWindow("chrome", title)
    _chrome(s, ["Gmail", title.replace(" - Google Chrome", "")], 1, url)
    card = "".join(
        f"<div style='width:50%;display:flex;padding:7px 0;font-size:14px'><span style='width:190px;color:#5a6a70'>"
        f"{s.t(k)}</span><span>{s.t(v)}</span></div>"
        for k, v in facts
    )
    line = "".join(
        f"<div style='display:flex;gap:14px;padding:8px 0'><span style='width:16px;height:16px;border-radius:8px;"
        f"margin-top:2px;flex:none;{'background:#0e7c86;' if done else 'border:2px solid #0e7c86;'}'></span><div>"
        f"<div style='font-size:14px;font-weight:bold'>{s.t(ev)}</div><div style='font-size:13px;color:#5a6a70'>"
        f"{s.t(place)}</div></div><span style='margin-left:auto;font-size:14px'>{s.t(when)}</span></div>"
        for ev, place, when, done in milestones
    )
    cost = "".join(
        f"<div style='display:flex;padding:7px 0;border-bottom:1px solid #e3e9eb;font-size:14px'><span>{s.t(k)}</span>"
        f"<span style='margin-left:auto'>{s.t(v)}</span></div>"
        for k, v in costs
    )
    note = "".join(f"<div style='font-size:13px;margin-top:8px;color:#7a4b00'>{s.t(n)}</div>" for n in notes)
    s.body.append(
        f"<div style='height:952px;background:#eef3f5;color:#1b2a30'>{_mycargo(s, 'Embarques')}<div style='padding:"
        f"18px 26px'><div style='font-size:22px'>{s.t(heading)}</div><div style='display:flex;gap:22px;"
        f"margin-top:14px'><div style='flex:1'><div style='background:#fff;border-radius:6px;padding:12px 18px;"
        f"display:flex;flex-wrap:wrap'>{card}</div><div style='background:#fff;border-radius:6px;padding:12px 18px;"
        f"margin-top:16px'><div style='font-size:16px;font-weight:bold;margin-bottom:6px'>{s.t('Marcos do embarque')}"
        f"</div>{line}</div></div><div style='width:460px;background:#fff;border-radius:6px;padding:12px 18px;"
        f"align-self:flex-start'><div style='font-size:16px;font-weight:bold;margin-bottom:6px'>{s.t('Custos do frete')}"
        f"</div>{cost}{note}</div></div></div></div>"
    )
    return s


# ------------------------------------------------------------------------- Chrome's PDF viewer (dark bar)
def chrome_pdf(
    title: str, url: str, file: str, page: str, zoom: str, blocks: list[tuple], first_height: int = 1000
) -> TripWindow:
    """Chrome's built-in PDF viewer: the dark toolbar (file name, page n / m, zoom), grey backdrop and white
    pages; blocks are ('h', text), ('p', text), ('kv', [(k, v)]), ('table', columns, rows, numeric) or
    ('page',) for a page break. A scrolled view is drawn as its visible part: the caller drops the blocks
    above it and gives the first page's remaining height (`first_height`), so the truth keeps to what shows."""
    s = TripWindow("chrome", title)
    _chrome(s, [file, "Gmail"], 0, url)
    out = ""
    for b in blocks:
        if b[0] == "h":
            out += f"<div style='font-size:22px;font-weight:bold;margin:6px 0 10px'>{s.t(b[1])}</div>"
        elif b[0] == "p":
            out += f"<div style='font-size:13.5px;line-height:19px;margin:6px 0'>{s.t(b[1])}</div>"
        elif b[0] == "kv":
            out += (
                "<div style='display:flex;flex-wrap:wrap;margin:8px 0'>"
                + "".join(
                    f"<div style='width:50%;font-size:13px;padding:3px 0'><b>{s.t(k)}</b> {s.t(v)}</div>"
                    for k, v in b[1]
                )
                + "</div>"
            )
        elif b[0] == "table":
            _, cols, rows, numeric = b
            head = "".join(
                f"<th class='{'n' if i in numeric else ''}'>{s.t(c)}</th>" for i, c in enumerate(cols)
            )
            body = "".join(
                "<tr>"
                + "".join(f"<td class='{'n' if i in numeric else ''}'>{s.t(v)}</td>" for i, v in enumerate(r))
                + "</tr>"
                for r in rows
            )
            out += f"<table class='pv' style='width:100%;border-collapse:collapse;margin:10px 0'><tr>{head}</tr>{body}</table>"
        elif b[0] == "page":
            out += "</div><div style='width:900px;margin:18px auto;background:#fff;padding:46px 60px;min-height:1000px'>"
    s.body.append(
        f"<div style='height:952px;background:#525659;overflow:hidden'><div style='height:48px;background:#323639;"
        f"color:#f1f1f1;display:flex;align-items:center;padding:0 18px;font-size:14px;gap:26px'><span>&#9776;</span>"
        f"<span>{s.t(file)}</span><span style='margin-left:auto'>{s.t(page)}</span><span>{s.t(zoom)}</span>"
        f"<span style='margin-left:auto'>&#8681; &#9113; &#8942;</span></div><div>"
        f"<div style='width:900px;margin:18px auto;background:#fff;padding:46px 60px;min-height:{first_height}px'>{out}</div>"
        f"</div></div>"
    )
    return s


# --------------------------------------------------------------------------------- SumatraPDF with a DANFE
def sumatra(title: str, tabs: list[str], page: str, zoom: str, sections: list[tuple]) -> TripWindow:
    """SumatraPDF: its light toolbar (page box, zoom), document tabs and one page of a DANFE drawn as boxes:
    ('band', [(label, value, width%)]) rows of labelled cells, ('title', text) band headings and ('items',
    columns, rows) the product table."""
    s = TripWindow("sumatra", title)
    s.top = (
        f"<div style='height:32px;background:#f2f2f2;display:flex;align-items:center;padding:0 14px;font-size:13px;"
        f"border-bottom:1px solid #ddd'><span>{s.t(title)}</span><span style='margin-left:auto;letter-spacing:18px'>"
        f"&#8212;&#9633;&#10005;</span></div><div style='height:30px;background:#fafafa;display:flex;gap:4px;"
        f"padding:0 8px;align-items:flex-end'>"
        + "".join(
            f"<div style='padding:5px 14px;font-size:13px;{'background:#fff;border:1px solid #ccc;border-bottom:0;' if i == 0 else 'color:#666;'}'>"
            f"{s.t(t)}</div>"
            for i, t in enumerate(tabs)
        )
        + f"</div><div style='height:40px;background:#fff;display:flex;align-items:center;gap:18px;padding:0 14px;"
        f"font-size:13px;border-bottom:1px solid #ddd'><span>&#9113; &#8592; &#8594;</span><span style='border:1px "
        f"solid #bbb;padding:2px 8px'>{s.t(page)}</span><span style='border:1px solid #bbb;padding:2px 8px'>"
        f"{s.t(zoom)}</span></div>"
    )
    out = ""
    for sec in sections:
        if sec[0] == "title":
            out += f"<div style='font-size:11px;font-weight:bold;margin:8px 0 2px'>{s.t(sec[1])}</div>"
        elif sec[0] == "band":
            out += (
                "<table class='df' style='width:100%;border-collapse:collapse'><tr>"
                + "".join(
                    f"<td style='width:{w}%'><span class='k'>{s.t(k)}</span>{s.t(v)}</td>"
                    for k, v, w in sec[1]
                )
                + "</tr></table>"
            )
        elif sec[0] == "head":
            out += (
                f"<div style='display:flex;border:1px solid #555;padding:8px;gap:20px;align-items:center'><div "
                f"style='width:320px;font-size:12px'><b style='font-size:14px'>{s.t(sec[1])}</b><br>{s.t(sec[2])}"
                f"</div><div style='text-align:center;width:130px'><b style='font-size:20px'>{s.t('DANFE')}</b><br>"
                f"<span style='font-size:10px'>{s.t(sec[3])}</span><br><span style='font-size:12px'>{s.t(sec[4])}"
                f"</span></div><div style='flex:1;font-size:11px'><span class='k'>{s.t('Chave de acesso')}</span>"
                f"<span style='font-family:monospace;font-size:12px'>{s.t(sec[5])}</span></div></div>"
            )
        elif sec[0] == "items":
            _, cols, rows = sec
            out += (
                "<table class='df' style='width:100%;border-collapse:collapse'><tr>"
                + "".join(f"<td><b>{s.t(c)}</b></td>" for c in cols)
                + "</tr>"
                + "".join(
                    "<tr>"
                    + "".join(f"<td class='{'' if j == 1 else 'nw'}'>{s.t(v)}</td>" for j, v in enumerate(r))
                    + "</tr>"
                    for r in rows
                )
                + "</table>"
            )
    s.body.append(
        f"<div style='height:930px;background:#999ea3;overflow:hidden;padding-top:14px'><div style='width:1000px;"
        f"margin:0 auto;background:#fff;padding:26px 30px;min-height:1300px;color:#111'>{out}</div></div>"
    )
    return s


# ------------------------------------------------------------------------------------ Pipefy-like kanban
def pipefy(
    title: str,
    pipe: str,
    phases: list[tuple[str, list[tuple[str, str, list[str], str]]]],
    modal: dict | None = None,
    toast: str = "",
) -> TripWindow:
    """A Pipefy pipe in Chrome: the purple header, the pipe's name and buttons, phases as columns with a count,
    cards (title, subtitle, field lines, a coloured label) and, optionally, a card opened over the board
    (title, phase, labelled fields; one may be in edit) and a green toast."""
    s = TripWindow("chrome", title)
    _chrome(s, [title.replace(" - Google Chrome", ""), "Gmail"], 0, "app.pipefy.com/pipes/304518872")
    cols = ""
    for n, (name, cards) in enumerate(phases):
        # an opened card covers the middle phases: their text is drawn under it but is not on screen
        t = html.escape if modal and n in (2, 3, 4) else s.t
        top = (
            f"<div style='display:flex;font-size:14px;font-weight:bold;margin-bottom:10px'><span>{t(name)}</span>"
            f"<span style='margin-left:auto;color:#666'>{t(str(len(cards)))}</span></div>"
        )
        cs = ""
        for head, sub, fields, label in cards:
            cs += (
                f"<div style='background:#fff;border-radius:8px;box-shadow:0 1px 3px #0003;padding:10px 12px;"
                f"margin-bottom:10px;font-size:13px'><div style='font-weight:bold;font-size:14px'>{t(head)}</div>"
                f"<div style='color:#555;margin:2px 0 6px'>{t(sub)}</div>"
                + "".join(f"<div style='color:#333;margin-top:2px'>{t(f)}</div>" for f in fields)
                + (
                    f"<span style='display:inline-block;margin-top:8px;background:#ffe08a;border-radius:4px;"
                    f"padding:1px 8px;font-size:12px'>{t(label)}</span>"
                    if label
                    else ""
                )
                + "</div>"
            )
        cols += f"<div style='width:258px;flex:none;background:#ebedf3;border-radius:8px;padding:10px'>{top}{cs}</div>"
    over = ""
    if modal:
        m = modal
        heading = (
            f"<div style='font-size:13px;color:#6a3bd6'>{s.t(m['phase'])}</div>"
            f"<div style='font-size:22px;font-weight:bold;margin:4px 0 10px'>{s.t(m['title'])}</div>"
        )
        fields = "".join(
            f"<div style='margin:12px 0'><div style='font-size:13px;color:#555'>{s.t(k)}</div><div style='margin-top:"
            f"4px;font-size:15px;{'border:2px solid #3b5bdb;border-radius:6px;padding:6px 10px;' if k == m.get('editing') else ''}'>"
            f"{s.t(v)}</div></div>"
            for k, v in m["fields"]
        )
        over = (
            f"<div style='position:absolute;left:0;top:0;width:1920px;height:952px;background:#0007'></div><div "
            f"style='position:absolute;left:580px;top:40px;width:760px;background:#fff;border-radius:10px;"
            f"padding:24px 30px;color:#1b1b1b'>{heading}{fields}"
            + (
                f"<div style='font-size:12px;color:#666;margin-top:14px'>{s.t(m['foot'])}</div>"
                if m.get("foot")
                else ""
            )
            + "</div>"
        )
    tst = (
        f"<div style='position:absolute;left:50%;top:20px;transform:translateX(-50%);background:#2f9e44;color:#fff;"
        f"border-radius:6px;padding:10px 20px;font-size:14px'>{s.t(toast)}</div>"
        if toast
        else ""
    )
    s.body.append(
        f"<div style='height:952px;background:#f6f6fa;color:#1b1b1b;position:relative;overflow:hidden'><div style="
        f"'height:52px;background:#3d1a86;color:#fff;display:flex;align-items:center;padding:0 22px;gap:26px;"
        f"font-size:14px'><b style='font-size:18px'>{s.t('pipefy')}</b><span>{s.t('Processos')}</span><span>"
        f"{s.t('Bancos de dados')}</span><span>{s.t('Relatórios')}</span></div><div style='display:flex;"
        f"align-items:center;padding:14px 22px;gap:14px'><span style='font-size:21px;font-weight:bold'>{s.t(pipe)}"
        f"</span><span style='margin-left:auto;background:#3b5bdb;color:#fff;border-radius:6px;padding:7px 14px;"
        f"font-size:13px'>+ {s.t('Criar novo card')}</span></div><div style='display:flex;gap:14px;padding:0 22px;"
        f"align-items:flex-start'>{cols}</div>{over}{tst}</div>"
    )
    return s


# ------------------------------------------------------------------------------- Excel for the web (Edge)
def excel_web(
    title: str,
    url: str,
    file: str,
    cell: str,
    formula: str,
    widths: list[int],
    rows: list[list[str]],
    numeric: set[int],
    bold_rows: set[int],
    sel: tuple[int, int],
    sheets: list[str],
    status: str,
) -> TripWindow:
    """Excel for the web in Edge: the green app bar (file name, 'Salvo'), the simplified one-line ribbon, the
    name box and formula bar, the grid with column letters and row numbers, and the sheet tabs."""
    s = TripWindow("edge", title)
    _chrome(s, [title.replace(" - Microsoft Edge", ""), "Gmail"], 0, url, edge=True)
    letters = "ABCDEFGHIJ"[: len(widths)]
    head = (
        "<tr><th style='width:40px'></th>"
        + "".join(f"<th style='width:{w}px'>{c}</th>" for c, w in zip(letters, widths))
        + "</tr>"
    )
    body = ""
    for r, row in enumerate(rows):
        cells = ""
        for c, v in enumerate(row):
            cls = ("n " if c in numeric and r > 0 else "") + ("sel" if (r, c) == sel else "")
            style = "font-weight:bold;" if r in bold_rows else ""
            cells += f"<td class='{cls}' style='{style}'>{s.t(v) if v else ''}</td>"
        body += f"<tr><th>{r + 1}</th>{cells}</tr>"
    tabs = "".join(
        f"<span style='padding:6px 16px;{'background:#fff;border-bottom:2px solid #217346;font-weight:bold;' if i == 0 else ''}'>"
        f"{s.t(t)}</span>"
        for i, t in enumerate(sheets)
    )
    s.body.append(
        f"<div style='height:952px;background:#fff;color:#1b1b1b;position:relative'><div style='height:46px;"
        f"background:#217346;color:#fff;display:flex;align-items:center;gap:18px;padding:0 16px;font-size:14px'>"
        f"<span>&#9638;</span><b>{s.t('Excel')}</b><span>{s.t(file)}</span><span style='color:#cde6d6'>"
        f"{s.t('Salvo')}</span><span style='margin-left:auto;background:#fff3;border-radius:4px;padding:5px 60px'>"
        f"{s.t('Pesquisar')}</span><span style='margin-left:auto'>{s.t('CD')}</span></div><div style='height:40px;"
        f"display:flex;align-items:center;gap:24px;padding:0 16px;font-size:13px;background:#f3f2f1;"
        f"border-bottom:1px solid #e1dfdd'>"
        + "".join(
            f"<span>{s.t(x)}</span>"
            for x in ("Arquivo", "Página Inicial", "Inserir", "Fórmulas", "Dados", "Revisão", "Exibir")
        )
        + f"</div><div style='height:34px;display:flex;align-items:center;border-bottom:1px solid #e1dfdd;"
        f"font-size:13px'><span style='width:90px;padding:0 8px;border-right:1px solid #e1dfdd'>{s.t(cell)}</span>"
        f"<span style='padding:0 10px;color:#777;font-style:italic'>fx</span><span class='mono' style='font-size:13px'>"
        f"{s.t(formula) if formula else ''}</span></div><table class='xw' style='border-collapse:collapse;"
        f"table-layout:fixed;width:{40 + sum(widths)}px'>{head}"
        f"{body}</table><div style='position:absolute;bottom:24px;left:0;right:0;height:32px;background:#f3f2f1;"
        f"display:flex;align-items:center;font-size:13px;border-top:1px solid #e1dfdd'>{tabs}</div><div style="
        f"'position:absolute;bottom:0;left:0;right:0;height:24px;background:#f3f2f1;font-size:12px;padding:4px 12px;"
        f"color:#444'>{s.t(status)}</div></div>"
    )
    return s


# ------------------------------------------------------------------------------------ Power BI (Edge)
def powerbi(
    title: str,
    report: str,
    cards: list[tuple[str, str]],
    chart_title: str,
    bars: list[tuple[str, int]],
    table_title: str,
    columns: list[str],
    rows: list[list[str]],
    numeric: set[int],
    pages: list[str],
    page: int,
    updated: str,
) -> TripWindow:
    """A Power BI report in the service, in Edge: the black-and-yellow header, the report name, KPI cards (the
    value big over its label), a column chart with data labels and month names, a table visual and the page
    tabs at the bottom."""
    s = TripWindow("edge", title)
    _chrome(
        s,
        [title.replace(" - Microsoft Edge", ""), "Gmail"],
        0,
        "app.powerbi.com/groups/me/reports/7c1e5a40",
        edge=True,
    )
    kpis = "".join(
        f"<div style='flex:1;background:#fff;border-radius:4px;box-shadow:0 1px 3px #0002;padding:16px 18px'>"
        f"<div style='font-size:30px;color:#118dff'>{s.t(v)}</div><div style='font-size:13px;color:#605e5c;"
        f"margin-top:6px'>{s.t(k)}</div></div>"
        for k, v in cards
    )
    top = max(v for _, v in bars)
    cols = "".join(
        f"<div style='flex:1;display:flex;flex-direction:column;align-items:center;justify-content:flex-end'>"
        f"<div style='font-size:12px'>{s.t(str(v))}</div><div style='width:34px;height:{int(190 * v / top)}px;"
        f"background:#118dff'></div><div style='font-size:12px;color:#605e5c;margin-top:4px'>{s.t(m)}</div></div>"
        for m, v in bars
    )
    head = "".join(f"<th class='{'n' if i in numeric else ''}'>{s.t(c)}</th>" for i, c in enumerate(columns))
    body = "".join(
        "<tr>"
        + "".join(f"<td class='{'n' if i in numeric else ''}'>{s.t(v)}</td>" for i, v in enumerate(r))
        + "</tr>"
        for r in rows
    )
    tabs = "".join(
        f"<span style='padding:7px 16px;{'background:#fff;border-top:3px solid #f2c811;' if i == page else 'color:#605e5c;'}'>"
        f"{s.t(p)}</span>"
        for i, p in enumerate(pages)
    )
    s.body.append(
        f"<div style='height:952px;background:#eaeaea;color:#252423;position:relative'><div style='height:44px;"
        f"background:#1f1f1f;color:#fff;display:flex;align-items:center;gap:18px;padding:0 16px;font-size:14px'>"
        f"<b style='color:#f2c811'>{s.t('Power BI')}</b><span>{s.t(report)}</span><span style='margin-left:auto;"
        f"color:#bbb;font-size:12px'>{s.t(updated)}</span></div><div style='padding:18px 24px'><div style='display:"
        f"flex;gap:16px'>{kpis}</div><div style='display:flex;gap:16px;margin-top:16px'><div style='width:700px;"
        f"background:#fff;border-radius:4px;padding:14px 18px;height:330px;display:flex;flex-direction:column'>"
        f"<div style='font-size:15px;font-weight:bold'>{s.t(chart_title)}</div><div style='flex:1;display:flex;"
        f"gap:8px;padding-top:10px'>{cols}</div></div><div style='flex:1;background:#fff;border-radius:4px;"
        f"padding:14px 18px'><div style='font-size:15px;font-weight:bold;margin-bottom:8px'>{s.t(table_title)}"
        f"</div><table class='bi' style='width:100%;border-collapse:collapse'><tr>{head}</tr>{body}</table></div>"
        f"</div></div><div style='position:absolute;bottom:0;left:0;right:0;height:36px;background:#e1dfdd;"
        f"display:flex;align-items:center;font-size:13px;padding-left:10px'>{tabs}</div></div>"
    )
    return s


# ---------------------------------------------------------------------------- Banco Central (PTAX page)
def bcb(
    title: str,
    url: str,
    heading: str,
    intro: list[str],
    tables: list[tuple[str, list[str], list[list[str]]]],
    foot: list[str],
) -> TripWindow:
    """The Banco Central do Brasil's 'Cotações e boletins' page in Chrome: the bcb header, a heading, an intro
    and one table per currency (its caption over it), notes under them."""
    s = TripWindow("chrome", title)
    _chrome(s, [title.replace(" - Google Chrome", ""), "Gmail"], 0, url)
    out = ""
    for cap, cols, rows in tables:
        head = "".join(f"<th class='{'n' if i >= 2 else ''}'>{s.t(c)}</th>" for i, c in enumerate(cols))
        body = "".join(
            "<tr>"
            + "".join(f"<td class='{'n' if i >= 2 else ''}'>{s.t(v)}</td>" for i, v in enumerate(r))
            + "</tr>"
            for r in rows
        )
        out += (
            f"<div style='font-size:16px;font-weight:bold;margin:22px 0 8px;color:#00416a'>{s.t(cap)}</div>"
            f"<table class='gt' style='width:900px;background:#fff'><tr>{head}</tr>{body}</table>"
        )
    s.body.append(
        f"<div style='height:952px;background:#f4f4f4;color:#222'><div style='height:70px;background:#00416a;"
        f"color:#fff;display:flex;align-items:center;padding:0 60px;gap:30px'><b style='font-size:22px'>"
        f"{s.t('BANCO CENTRAL DO BRASIL')}</b><span style='font-size:14px'>{s.t('Estabilidade financeira')}</span>"
        f"<span style='font-size:14px'>{s.t('Estatísticas')}</span><span style='font-size:14px'>{s.t('Câmbio')}"
        f"</span></div><div style='padding:22px 60px'><div style='font-size:26px'>{s.t(heading)}</div>"
        + "".join(f"<div style='font-size:14px;margin-top:8px;color:#444'>{s.t(x)}</div>" for x in intro)
        + out
        + "".join(f"<div style='font-size:13px;margin-top:10px;color:#555'>{s.t(x)}</div>" for x in foot)
        + "</div></div>"
    )
    return s


# ------------------------------------------------------------------------- Google Calendar (dark, agenda)
def gcal(
    title: str, heading: str, days: list[tuple[str, list[tuple[str, str, str]]]], colour: str = "#7986cb"
) -> TripWindow:
    """Google Calendar's schedule view in Chrome, dark: per day its label on the left and each event as time
    range, coloured dot, title and place on one row."""
    s = TripWindow("chrome", title)
    _chrome(
        s,
        ["Gmail", title.replace(" - Google Chrome", "")],
        1,
        "calendar.google.com/calendar/u/0/r/agenda",
        dark=True,
    )
    out = ""
    for label, events in days:
        rows = "".join(
            f"<div style='display:flex;gap:20px;padding:9px 0;font-size:14px'><span style='width:140px'>{s.t(when)}"
            f"</span><span style='width:10px;height:10px;border-radius:5px;background:{colour};margin-top:5px'></span>"
            f"<span style='width:460px'>{s.t(what)}</span><span style='color:#9aa0a6'>{s.t(where) if where else ''}"
            f"</span></div>"
            for when, what, where in events
        )
        out += (
            f"<div style='display:flex;border-bottom:1px solid #3c4043;padding:10px 0'><div style='width:170px;"
            f"font-size:14px;color:#8ab4f8'>{s.t(label)}</div><div>{rows}</div></div>"
        )
    s.body.append(
        f"<div style='height:952px;background:#1f1f1f;color:#e3e3e3'><div style='height:60px;display:flex;"
        f"align-items:center;gap:24px;padding:0 22px;font-size:20px;border-bottom:1px solid #3c4043'><span>"
        f"{s.t('Agenda')}</span><span style='font-size:14px;border:1px solid #5f6368;border-radius:4px;"
        f"padding:6px 14px'>{s.t('Hoje')}</span><span style='font-size:18px'>{s.t(heading)}</span><span style="
        f"'margin-left:auto;font-size:14px;border:1px solid #5f6368;border-radius:4px;padding:6px 14px'>"
        f"{s.t('Programação')}</span></div><div style='padding:8px 40px'>{out}</div></div>"
    )
    return s


# ------------------------------------------------------------------------------- Windows Sticky Notes
def sticky(title: str, notes_list: list[str], lines: list[str], caret: bool = True) -> TripWindow:
    """Sticky Notes: the notes list window (search, note previews) on the left and one yellow note open on the
    right, its text one line per entry."""
    s = TripWindow("stickynotes", title)
    previews = "".join(
        f"<div style='background:#fff7d1;border-top:4px solid #ffe66e;margin:10px 16px;padding:12px;font-size:14px;"
        f"color:#333'>{s.t(n)}</div>"
        for n in notes_list
    )
    text = "".join(f"<div style='min-height:24px'>{s.t(x)}</div>" for x in lines)
    s.body.append(
        f"<div style='height:1032px;background:#5a6e8c;display:flex;gap:40px;padding:60px 120px'><div style='width:"
        f"420px;height:820px;background:#f5f5f5;box-shadow:0 6px 24px #0006'><div style='padding:12px 16px;"
        f"font-size:13px;display:flex'><span>+</span><span style='margin-left:auto'>&#9881; &#10005;</span></div>"
        f"<div style='font-size:22px;padding:4px 16px 10px'>{s.t('Notas Autoadesivas')}</div><div style='margin:0 "
        f"16px;background:#e6e6e6;padding:8px 12px;font-size:13px;color:#666'>{s.t('Pesquisar...')}</div>"
        f"{previews}</div><div style='width:620px;height:700px;background:#fff7d1;box-shadow:0 6px 24px #0006'>"
        f"<div style='height:34px;background:#ffe66e;display:flex;align-items:center;padding:0 12px;font-size:14px'>"
        f"<span>+</span><span style='margin-left:auto'>&#8943; &#10005;</span></div><div style='padding:18px 22px;"
        f"font-size:17px;line-height:26px;color:#1b1b1b'>{text}{'<span>|</span>' if caret else ''}</div></div></div>"
    )
    return s
