"""Window layouts for the ninth held-out QA workday "shop" (bench/qa/day_shop.py): the owner of a small online
ceramics shop in Warsaw, on a Polish (pl-PL) Windows 11 with a dark taskbar (the clock written "14:35" over
"20.11.2026"). None of the layouts of the other days' screens_*.py is reused: a Shopify-like store admin in
light Chrome (Storefly: a top search bar, a grey left nav, an orders index with payment and fulfillment
badges, an order page with its line items, summary and customer cards, a products index with stock counts,
the discounts page), a marketplace seller panel in Polish (Bazaro: threads of buyers' messages at the left,
the conversation with the offer at the right), a parcel-locker shipping manager in Edge (PaczkoPunkt: a
yellow header, shipments with 24-digit tracking numbers, target lockers, sizes and statuses), Gmail in
Chrome (the inbox list, an opened message), WhatsApp Desktop (dark; chats and bubbles with 24-hour times),
Google Sheets (column letters, row numbers, group brackets and subtotal rows, a formula bar, sheet tabs),
an online bank's history of transfers (VistulaBank), an invoicing app with an invoice being edited (Faktulo:
the seller, the buyer's NIP, positions with netto, VAT 23% and brutto), Canva (a promo post on its canvas), a
Google Meet call with its in-call messages, Windows 11 Notepad, Google Maps directions in Polish and a
weather page. Only the frame around them is shared: screens.Window (title, lines, the taskbar clock and date
as truth) and its process paths in screens.APPS (WhatsApp and Notepad are added with setdefault). Every
layout records each line of text it draws, in reading order, so a frame's ground truth is exact."""

from __future__ import annotations

import html
from dataclasses import dataclass

from make_sample import CSS
from screens import APPS, Window

NEW_APPS = {
    "whatsapp": "C:\\Program Files\\WindowsApps\\5319275A.WhatsAppDesktop_2.2446.4.0_x64\\WhatsApp.exe",
    "notepad": "C:\\Program Files\\WindowsApps\\Microsoft.WindowsNotepad_11.2410.21.0_x64\\Notepad\\Notepad.exe",
}
for _key, _path in NEW_APPS.items():
    APPS.setdefault(_key, _path)

TASKBAR_WEATHER = "2°C Pochmurno"

SHOP_CSS = """
body { font-family: 'Liberation Sans', 'DejaVu Sans', sans-serif; }
.sw { height: 1032px; overflow: hidden; position: relative; }
.tb { position: absolute; top: 1032px; left: 0; width: 1920px; height: 48px; background: #1c1c1c; color: #f2f2f2;
      font-size: 12px; border-top: 1px solid #333; }
.tb .ic { position: absolute; left: 760px; top: 9px; display: flex; gap: 12px; }
.tb .ic i { width: 28px; height: 28px; border-radius: 6px; display: inline-block; }
.tb .ck { position: absolute; right: 16px; top: 7px; text-align: right; line-height: 17px; }
.tb .wx { position: absolute; left: 16px; top: 15px; font-size: 12.5px; }
.sf td { padding: 10px 12px; border-bottom: 1px solid #ebebeb; font-size: 14px; white-space: nowrap; color: #303030; }
.sf th { padding: 9px 12px; font-size: 12.5px; color: #616161; text-align: left; background: #f7f7f7;
         border-bottom: 1px solid #e3e3e3; white-space: nowrap; font-weight: 600; }
.sf td.r, .sf th.r { text-align: right; }
.bd { display: inline-block; border-radius: 10px; padding: 2px 9px; font-size: 12.5px; }
.pp td { padding: 10px 12px; border-bottom: 1px solid #e6e6e6; font-size: 14px; white-space: nowrap; }
.pp th { padding: 9px 12px; font-size: 12.5px; text-align: left; background: #404041; color: #ffcd00;
         white-space: nowrap; }
.gs td, .gs th { border: 1px solid #e1e1e1; height: 25px; padding: 0 6px; font-size: 13.5px; white-space: nowrap; }
.gs th { background: #f8f9fa; color: #5f6368; font-weight: normal; font-size: 12px; text-align: center; }
.gs td.r { text-align: right; } .gs tr.s td { font-weight: bold; background: #e6f4ea; }
.gs tr.h td { font-weight: bold; background: #fce8b2; } .gs td.on { outline: 2px solid #1a73e8; outline-offset: -2px; }
.bk td { padding: 11px 14px; border-bottom: 1px solid #e4e9f0; font-size: 14px; white-space: nowrap; }
.bk th { padding: 9px 14px; font-size: 12.5px; color: #5a6b85; text-align: left; border-bottom: 2px solid #0b3d91; }
.bk td.r, .bk th.r { text-align: right; }
.fk td { padding: 8px 10px; border: 1px solid #d9dee4; font-size: 14px; white-space: nowrap; }
.fk th { padding: 8px 10px; border: 1px solid #cfd6de; font-size: 12.5px; background: #eef3f8; text-align: left; }
.fk td.r, .fk th.r { text-align: right; }
"""


@dataclass
class ShopWindow(Window):
    """A screens.Window whose app draws its own frame into `top`, over a dark Windows 11 taskbar (the weather at
    the left, icons centred, the clock at the right). make_days passes the 'eu' locale's '14:35' and
    '20.11.2026', which is what pl-PL Windows shows, so the taskbar and the truth write them unchanged."""

    top: str = ""
    toast: str = ""

    def page(self, clock: str, date: str) -> str:
        icons = "".join(
            f"<i style='background:{c}'></i>"
            for c in ("#0078d4", "#f2c811", "#4285f4", "#25d366", "#0f9d58", "#7d2ae8", "#00897b", "#ffcd00")
        )
        return (
            f"<html><head><meta charset='utf-8'><style>{CSS}{SHOP_CSS}</style></head>"
            f"<body><div class='sw'>{self.top}{''.join(self.body)}{self.toast}</div>"
            f"<div class='tb'><div class='wx'>{html.escape(TASKBAR_WEATHER)}</div><div class='ic'>{icons}</div>"
            f"<div class='ck'>{html.escape(clock)}<br>{html.escape(date)}</div></div></body></html>"
        )

    def truth_lines(self, clock: str, date: str) -> list[str]:
        return [self.title, *self.lines, TASKBAR_WEATHER, clock, date]

    def notify(self, app: str, who: str, text: str) -> None:
        """A Windows 11 notification (dark), bottom right: the app, the sender in bold, the first line."""
        self.toast = (
            f"<div style='position:absolute;right:12px;bottom:12px;width:380px;background:#2b2b2b;color:#f2f2f2;"
            f"border:1px solid #444;border-radius:8px;box-shadow:0 8px 24px #0008;padding:12px 16px;font-size:"
            f"13px'><div style='color:#bbb;font-size:12px'>{self.t(app)}</div><div style='font-weight:bold;"
            f"margin-top:6px'>{self.t(who)}</div><div style='margin-top:2px;line-height:18px'>{self.t(text)}</div>"
            f"</div>"
        )


def _caption(s: ShopWindow, bg: str, fg: str, text: str, height: int = 32) -> str:
    return (
        f"<div style='height:{height}px;background:{bg};color:{fg};display:flex;align-items:center;padding:0 12px;"
        f"font-size:12.5px'><span>{s.t(text)}</span><span style='margin-left:auto;letter-spacing:18px'>&#8212;"
        f"&#9633;&#10005;</span></div>"
    )


BOOKMARKS = ("Storefly", "Bazaro", "PaczkoPunkt", "Faktulo", "VistulaBank")


def _browser(s: ShopWindow, tabs: list[str], active: int, url: str, kind: str = "chrome") -> None:
    """Chrome in its light theme (blue-grey tab strip, rounded tabs, a bookmarks bar) or Edge (grey strip,
    square tabs, no bookmarks bar)."""
    chrome = kind == "chrome"
    strip = "#dfe3eb" if chrome else "#e9e9e9"
    tab = ""
    for i, t in enumerate(tabs):
        label = t if len(t) <= 30 else t[:29].rstrip() + "…"
        on = i == active
        tab += (
            f"<div style='width:236px;height:32px;line-height:32px;padding:0 12px;font-size:12.5px;white-space:"
            f"nowrap;overflow:hidden;color:#1f1f1f;background:{'#fff' if on else 'transparent'};border-radius:"
            f"{'10px 10px 0 0' if chrome else '0'}'>{s.t(label)}</div>"
        )
    marks = ""
    if chrome:
        marks = (
            "<div style='height:28px;background:#fff;display:flex;gap:22px;align-items:center;padding:0 16px;"
            "font-size:12px;color:#444;border-bottom:1px solid #e0e0e0'>"
            + "".join(f"<span>{s.t(b)}</span>" for b in BOOKMARKS)
            + "</div>"
        )
    s.top = (
        f"<div style='height:40px;background:{strip};display:flex;align-items:flex-end;gap:2px;padding:0 10px 0 "
        f"12px'>{tab}<span style='margin-left:auto;align-self:center;letter-spacing:18px;font-size:12px;color:"
        f"#333'>&#8212;&#9633;&#10005;</span></div><div style='height:38px;background:#fff;display:flex;"
        f"align-items:center;gap:14px;padding:0 14px;font-size:13.5px;color:#1f1f1f'><span style='letter-spacing:"
        f"8px'>&#8592;&#8594;&#8635;</span><div style='flex:1;background:{'#eef1f6' if chrome else '#f5f5f5'};"
        f"border-radius:{'18px' if chrome else '4px'};padding:6px 16px'>{s.t(url)}</div></div>{marks}"
    )


# ---------------------------------------------------------------------------------- Storefly (store admin)
BADGE = {
    "Paid": ("#cdfee1", "#0c5132"),
    "Fulfilled": ("#e3e3e3", "#303030"),
    "Unfulfilled": ("#ffeb78", "#4f4700"),
    "Payment pending": ("#ffd6a4", "#5e4200"),
    "Refunded": ("#e3e3e3", "#616161"),
    "Active": ("#cdfee1", "#0c5132"),
    "Scheduled": ("#d5ebff", "#003a5a"),
    "Expired": ("#e3e3e3", "#616161"),
    "Sold out": ("#fed1d7", "#8e0b21"),
}


def _badge(s: ShopWindow, text: str) -> str:
    bg, fg = BADGE.get(text, ("#f1f1f1", "#303030"))
    return f"<span class='bd' style='background:{bg};color:{fg}'>{s.t(text)}</span>"


def storefly(title: str, tabs: list[str], url: str, active: str, build) -> ShopWindow:
    """Storefly admin: the black top bar with the store's search, the grey nav at the left (`active`
    highlighted) and the page `build(s)` draws."""
    s = ShopWindow("chrome", title)
    _browser(s, tabs, 0, url)
    nav = "".join(
        f"<div style='padding:7px 14px;margin:2px 8px;border-radius:8px;font-size:14px;"
        f"{'background:#fff;font-weight:600;' if n == active else ''}'>{s.t(n)}</div>"
        for n in ("Home", "Orders", "Products", "Customers", "Discounts", "Analytics", "Online Store")
    )
    top = (
        f"<div style='height:50px;background:#1a1a1a;color:#e3e3e3;display:flex;align-items:center;gap:18px;"
        f"padding:0 18px;font-size:14px'><b style='color:#7ee0a0'>{s.t('storefly')}</b><div style='margin-left:"
        f"320px;width:520px;background:#303030;border-radius:8px;padding:7px 14px;color:#b5b5b5'>{s.t('Search')}"
        f"</div><span style='margin-left:auto'>{s.t('Glina & Ogień')}</span><span style='background:#7ee0a0;"
        f"color:#1a1a1a;border-radius:6px;padding:3px 7px;font-weight:bold'>{s.t('MK')}</span></div>"
    )
    inner = build(s)
    s.body.append(
        f"{top}<div style='display:flex;height:880px;background:#f1f1f1'><div style='width:230px;padding-top:"
        f"12px;background:#ebebeb'>{nav}</div><div style='flex:1;padding:20px 34px;overflow:hidden'>{inner}"
        f"</div></div>"
    )
    return s


def sf_orders(
    s: ShopWindow, heading: str, chips: list[str], head: list[str], rows: list[list[str]], foot: str
):
    chip = "".join(
        f"<span style='padding:5px 11px;border-radius:8px;font-size:13px;{'background:#e3e3e3;' if i == 0 else ''}'>"
        f"{s.t(c)}</span>"
        for i, c in enumerate(chips)
    )
    table = "<table class='sf' style='width:100%;background:#fff'><tr>" + "".join(
        f"<th class='{'r' if h == 'Total' else ''}'>{s.t(h)}</th>" for h in head
    )
    table += "</tr>"
    for r in rows:
        table += "<tr>"
        for h, c in zip(head, r):
            if h in ("Payment status", "Fulfillment status"):
                table += f"<td>{_badge(s, c)}</td>"
            else:
                b = "font-weight:600;" if h == "Order" else ""
                table += f"<td class='{'r' if h == 'Total' else ''}' style='{b}'>{s.t(c)}</td>"
        table += "</tr>"
    table += "</table>"
    return (
        f"<div style='font-size:20px;font-weight:bold;margin-bottom:14px'>{s.t(heading)}</div><div style='"
        f"background:#fff;border-radius:12px;box-shadow:0 1px 2px #0002;overflow:hidden'><div style='display:flex;"
        f"gap:6px;padding:10px 12px'>{chip}</div>{table}</div><div style='font-size:13px;color:#616161;"
        f"margin-top:12px'>{s.t(foot)}</div>"
    )


def _card(s: ShopWindow, heading: str, rows: list[str], width: str = "100%") -> str:
    body = "".join(f"<div style='padding:3px 0;font-size:14px'>{s.t(r)}</div>" for r in rows)
    return (
        f"<div style='background:#fff;border-radius:12px;box-shadow:0 1px 2px #0002;padding:14px 18px;margin-bottom:"
        f"14px;width:{width}'><div style='font-size:14px;font-weight:bold;margin-bottom:8px'>{s.t(heading)}</div>"
        f"{body}</div>"
    )


def sf_order(
    s: ShopWindow,
    number: str,
    badges: list[str],
    when: str,
    items: list[tuple[str, str, str, str]],
    summary: list[tuple[str, str]],
    cards: list[tuple[str, list[str]]],
    timeline: list[str],
):
    bd = "".join(_badge(s, b) + " " for b in badges)
    it = "".join(
        f"<div style='display:flex;padding:9px 0;border-bottom:1px solid #eee;font-size:14px'><span style='flex:1'>"
        f"{s.t(n)}</span><span style='width:130px'>{s.t(sku)}</span><span style='width:140px;text-align:right'>"
        f"{s.t(q)}</span><span style='width:120px;text-align:right'>{s.t(total)}</span></div>"
        for n, sku, q, total in items
    )
    sm = "".join(
        f"<div style='display:flex;padding:5px 0;font-size:14px;{'font-weight:bold;' if k == 'Total' else ''}'>"
        f"<span style='flex:1'>{s.t(k)}</span><span>{s.t(v)}</span></div>"
        for k, v in summary
    )
    side = "".join(_card(s, h, rows) for h, rows in cards)
    tl = "".join(f"<div style='padding:4px 0;font-size:13.5px;color:#444'>{s.t(t)}</div>" for t in timeline)
    return (
        f"<div style='display:flex;align-items:center;gap:10px;margin-bottom:4px'><span style='font-size:20px;"
        f"font-weight:bold'>{s.t(number)}</span>{bd}</div><div style='font-size:13px;color:#616161;margin-bottom:"
        f"14px'>{s.t(when)}</div><div style='display:flex;gap:18px'><div style='flex:1'><div style='background:"
        f"#fff;border-radius:12px;box-shadow:0 1px 2px #0002;padding:14px 18px;margin-bottom:14px'>{it}</div>"
        f"<div style='background:#fff;border-radius:12px;box-shadow:0 1px 2px #0002;padding:14px 18px;"
        f"margin-bottom:14px'>{sm}</div><div style='background:#fff;border-radius:12px;padding:14px 18px'>"
        f"<div style='font-weight:bold;font-size:14px;margin-bottom:6px'>{s.t('Timeline')}</div>{tl}</div></div>"
        f"<div style='width:400px'>{side}</div></div>"
    )


def sf_products(s: ShopWindow, head: list[str], rows: list[list[str]], foot: str):
    table = "<table class='sf' style='width:100%;background:#fff'><tr>" + "".join(
        f"<th class='{'r' if h == 'Price' else ''}'>{s.t(h)}</th>" for h in head
    )
    table += "</tr>"
    for r in rows:
        table += "<tr>"
        for h, c in zip(head, r):
            if h == "Status":
                table += f"<td>{_badge(s, c)}</td>"
            else:
                red = "color:#8e0b21;" if h == "Inventory" and c.startswith(("0 ", "1 ", "2 ")) else ""
                table += f"<td class='{'r' if h == 'Price' else ''}' style='{red}'>{s.t(c)}</td>"
        table += "</tr>"
    table += "</table>"
    return (
        f"<div style='font-size:20px;font-weight:bold;margin-bottom:14px'>{s.t('Products')}</div><div style='"
        f"background:#fff;border-radius:12px;box-shadow:0 1px 2px #0002;overflow:hidden'>{table}</div>"
        f"<div style='font-size:13px;color:#616161;margin-top:12px'>{s.t(foot)}</div>"
    )


def sf_discounts(s: ShopWindow, rows: list[tuple[str, str, str, str, str]], detail: list[tuple[str, str]]):
    table = "<table class='sf' style='width:100%;background:#fff'><tr>" + "".join(
        f"<th>{s.t(h)}</th>" for h in ("Title", "Status", "Method", "Type", "Used")
    )
    table += "</tr>"
    for code, status, desc, kind, used in rows:
        table += (
            f"<tr><td><b>{s.t(code)}</b><div style='color:#616161;font-size:12.5px;margin-top:3px'>{s.t(desc)}"
            f"</div></td><td>{_badge(s, status)}</td><td>{s.t('Code')}</td><td>{s.t(kind)}</td><td>{s.t(used)}"
            f"</td></tr>"
        )
    table += "</table>"
    det = "".join(
        f"<div style='padding:6px 0;border-bottom:1px solid #eee;font-size:14px'><span style='color:#616161;"
        f"display:inline-block;width:190px'>{s.t(k)}</span>{s.t(v)}</div>"
        for k, v in detail
    )
    return (
        f"<div style='font-size:20px;font-weight:bold;margin-bottom:14px'>{s.t('Discounts')}</div><div style='"
        f"display:flex;gap:18px'><div style='flex:1;background:#fff;border-radius:12px;overflow:hidden'>{table}"
        f"</div><div style='width:470px;background:#fff;border-radius:12px;padding:14px 18px'>{det}</div></div>"
    )


# ------------------------------------------------------------------------------------ Bazaro (marketplace)
def bazaro(
    title: str,
    tabs: list[str],
    threads: list[tuple[str, str, str, str, bool]],
    selected: int,
    offer: list[str],
    messages: list[tuple[str, str, str]],
    draft: str,
) -> ShopWindow:
    """Bazaro's seller panel (Polish UI, orange accents): buyers' threads (login, name, first line, date,
    unread) at the left, the conversation with the offer it is about at the right."""
    s = ShopWindow("chrome", title)
    _browser(s, tabs, 0, "https://sprzedawca.bazaro.pl/wiadomosci")
    menu = "".join(
        f"<span style='{'border-bottom:3px solid #ff5a00;padding-bottom:9px;' if m == 'Wiadomości' else ''}'>"
        f"{s.t(m)}</span>"
        for m in ("Pulpit", "Sprzedaż", "Oferty", "Wiadomości", "Dyskusje", "Oceny", "Rozliczenia")
    )
    th = ""
    for i, (login, name, first, when, unread) in enumerate(threads):
        bg = "#fff3ea" if i == selected else "#fff"
        th += (
            f"<div style='padding:11px 16px;border-bottom:1px solid #eee;background:{bg}'><div style='display:flex;"
            f"font-size:14px;{'font-weight:bold;' if unread else ''}'><span>{s.t(login)}</span><span style='"
            f"margin-left:auto;font-size:12.5px;color:#777'>{s.t(when)}</span></div><div style='font-size:12.5px;"
            f"color:#555'>{s.t(name)}</div><div style='font-size:13px;color:#333;margin-top:3px;white-space:nowrap;"
            f"overflow:hidden'>{s.t(first)}</div></div>"
        )
    off = "".join(f"<div style='font-size:13.5px;padding:2px 0'>{s.t(o)}</div>" for o in offer)
    conv = ""
    for who, when, text in messages:
        mine = who == "Ty"
        conv += (
            f"<div style='display:flex;justify-content:{'flex-end' if mine else 'flex-start'};margin:10px 0'><div "
            f"style='max-width:720px;background:{'#ffe7d6' if mine else '#f3f3f3'};border-radius:10px;padding:10px "
            f"14px'><div style='font-size:12px;color:#777'>{s.t(who)} · {s.t(when)}</div><div style='font-size:"
            f"14.5px;margin-top:4px;line-height:20px'>{s.t(text)}</div></div></div>"
        )
    s.body.append(
        f"<div style='height:54px;background:#fff;border-bottom:1px solid #e5e5e5;display:flex;align-items:center;"
        f"gap:28px;padding:0 24px;font-size:14.5px'><b style='color:#ff5a00;font-size:20px'>{s.t('bazaro')}</b>"
        f"{menu}<span style='margin-left:auto;color:#555'>{s.t('glina_i_ogien')}</span></div><div style='display:"
        f"flex;height:872px;background:#f5f5f5'><div style='width:430px;background:#fff;border-right:1px solid #e5e5e5;"
        f"overflow:hidden'><div style='padding:12px 16px;font-size:16px;font-weight:bold'>"
        f"{s.t('Wiadomości od kupujących')}</div>{th}</div><div style='flex:1;padding:18px 26px;display:flex;"
        f"flex-direction:column'><div style='background:#fff;border:1px solid #eee;border-radius:8px;padding:12px "
        f"16px'>{off}</div><div style='flex:1;overflow:hidden'>{conv}</div><div style='background:#fff;border:1px "
        f"solid #ccc;border-radius:8px;padding:12px 16px;font-size:14px;color:#333'>{s.t(draft)}</div></div></div>"
    )
    return s


# ------------------------------------------------------------------------------ PaczkoPunkt (parcel lockers)
def paczkopunkt(
    title: str,
    tabs: list[str],
    counters: list[tuple[str, str]],
    head: list[str],
    rows: list[list[str]],
    foot: str,
) -> ShopWindow:
    """PaczkoPunkt Manager in Edge: a yellow header on dark grey, counters by status, the shipments table."""
    s = ShopWindow("edge", title)
    _browser(s, tabs, 0, "https://manager.paczkopunkt.pl/przesylki", kind="edge")
    cnt = "".join(
        f"<div style='background:#fff;border-radius:6px;padding:10px 18px;min-width:170px'><div style='font-size:"
        f"12.5px;color:#666'>{s.t(k)}</div><div style='font-size:22px;font-weight:bold'>{s.t(v)}</div></div>"
        for k, v in counters
    )
    colors = {"Dostarczona": "#1b8a3c", "W drodze": "#1565c0", "Utworzona": "#8a6d00", "Nadana": "#1565c0"}
    table = "<table class='pp' style='width:100%;background:#fff'><tr>" + "".join(
        f"<th>{s.t(h)}</th>" for h in head
    )
    table += "</tr>"
    for r in rows:
        table += "<tr>"
        for c in r:
            col = colors.get(c)
            mono = (
                "font-family:DejaVu Sans Mono,monospace;font-size:13.5px;"
                if c.isdigit() and len(c) > 20
                else ""
            )
            table += f"<td style='{mono}{'color:' + col + ';font-weight:bold' if col else ''}'>{s.t(c)}</td>"
        table += "</tr>"
    table += "</table>"
    s.body.append(
        f"<div style='height:58px;background:#ffcd00;display:flex;align-items:center;gap:30px;padding:0 26px;"
        f"font-size:14.5px;color:#1f1f1f'><b style='font-size:21px'>{s.t('PaczkoPunkt')}</b>"
        + "".join(
            f"<span>{s.t(m)}</span>" for m in ("Przesyłki", "Nadaj paczkę", "Zwroty", "Faktury", "Ustawienia")
        )
        + f"<span style='margin-left:auto'>{s.t('Glina & Ogień · konto 4410287')}</span></div><div style='background:"
        f"#404041;height:896px;padding:20px 26px'><div style='display:flex;gap:14px;margin-bottom:18px'>{cnt}</div>"
        f"{table}<div style='color:#ddd;font-size:13px;margin-top:12px'>{s.t(foot)}</div></div>"
    )
    return s


# ----------------------------------------------------------------------------------------------- Gmail
def gmail(
    title: str,
    tabs: list[str],
    counts: list[tuple[str, str]],
    items: list[tuple[str, str, str, bool]],
    reading: dict | None,
) -> ShopWindow:
    """Gmail in Chrome: the left nav with counts, then either the inbox list (sender, subject - snippet, time)
    or an opened message (subject, sender line with address, time, body)."""
    s = ShopWindow("chrome", title)
    _browser(s, tabs, 0, "https://mail.google.com/mail/u/0/#inbox")
    nav = "".join(
        f"<div style='display:flex;padding:6px 26px;font-size:14px;border-radius:0 16px 16px 0;"
        f"{'background:#d3e3fd;font-weight:bold;' if i == 0 else ''}'><span>{s.t(n)}</span><span style='margin-left:"
        f"auto'>{s.t(c) if c else ''}</span></div>"
        for i, (n, c) in enumerate(counts)
    )
    if reading is None:
        main = "".join(
            f"<div style='display:flex;gap:16px;padding:10px 18px;border-bottom:1px solid #eceff1;font-size:14px;"
            f"background:{'#fff' if unread else '#f2f6fc'};{'font-weight:bold;' if unread else ''}'><span style='"
            f"width:220px;white-space:nowrap;overflow:hidden'>{s.t(frm)}</span><span style='flex:1;white-space:"
            f"nowrap;overflow:hidden'>{s.t(subj)}</span><span style='width:70px;text-align:right'>{s.t(when)}</span>"
            f"</div>"
            for frm, subj, when, unread in items
        )
    else:
        body = "".join(
            f"<div style='font-size:14.5px;line-height:22px;min-height:10px'>{s.t(b) if b else ''}</div>"
            for b in reading["body"]
        )
        main = (
            f"<div style='padding:18px 60px'><div style='font-size:22px;margin-bottom:18px'>"
            f"{s.t(reading['subject'])}</div><div style='display:flex;font-size:14px'><span><b>"
            f"{s.t(reading['from'])}</b> <span style='color:#5f6368'>{s.t(reading['addr'])}</span></span>"
            f"<span style='margin-left:auto;color:#5f6368'>{s.t(reading['when'])}</span></div><div style='font-size:"
            f"12.5px;color:#5f6368;margin:3px 0 20px'>{s.t(reading['to'])}</div>{body}</div>"
        )
    s.body.append(
        f"<div style='height:60px;background:#f6f8fc;display:flex;align-items:center;gap:20px;padding:0 20px'>"
        f"<span style='font-size:21px;color:#444'>{s.t('Gmail')}</span><div style='margin-left:120px;width:700px;"
        f"background:#e9eef6;border-radius:24px;padding:11px 22px;font-size:15px;color:#444'>"
        f"{s.t('Szukaj w poczcie')}</div></div><div style='display:flex;height:866px;background:#f6f8fc'><div "
        f"style='width:250px;padding-top:8px'><div style='margin:0 0 14px 12px;background:#c2e7ff;border-radius:16px;"
        f"padding:16px 22px;width:140px;font-size:14px'>{s.t('Utwórz')}</div>{nav}</div><div style='flex:1;"
        f"background:#fff;border-radius:16px;margin:0 16px 16px 0;overflow:hidden'>{main}</div></div>"
    )
    return s


# ------------------------------------------------------------------------------------- WhatsApp Desktop
def whatsapp(
    chats: list[tuple[str, str, str, str]],
    selected: int,
    header: str,
    sub: str,
    bubbles: list[tuple[bool, str, str]],
) -> ShopWindow:
    """WhatsApp Desktop (dark): chats (name, last line, time, unread count) and the open chat's bubbles."""
    s = ShopWindow("whatsapp", "WhatsApp", theme="dark")
    s.top = _caption(s, "#111b21", "#aebac1", "WhatsApp", 32)
    ch = ""
    for i, (name, last, when, unread) in enumerate(chats):
        ch += (
            f"<div style='padding:12px 16px;border-bottom:1px solid #222d34;{'background:#2a3942;' if i == selected else ''}'>"
            f"<div style='display:flex;font-size:15px;color:#e9edef'><span>{s.t(name)}</span><span style='"
            f"margin-left:auto;font-size:12px;color:{'#00a884' if unread else '#8696a0'}'>{s.t(when)}</span></div>"
            f"<div style='display:flex;font-size:13.5px;color:#8696a0;margin-top:3px'><span style='white-space:"
            f"nowrap;overflow:hidden;max-width:330px'>{s.t(last)}</span>"
            + (
                f"<span style='margin-left:auto;background:#00a884;color:#111b21;border-radius:10px;padding:0 7px'>"
                f"{s.t(unread)}</span>"
                if unread
                else ""
            )
            + "</div></div>"
        )
    bb = "".join(
        f"<div style='display:flex;justify-content:{'flex-end' if mine else 'flex-start'};margin:6px 0'><div "
        f"style='max-width:700px;background:{'#005c4b' if mine else '#202c33'};color:#e9edef;border-radius:8px;"
        f"padding:7px 10px 5px;font-size:14.5px;line-height:20px'>{s.t(text)}<span style='font-size:11.5px;"
        f"color:#aebac1;margin-left:12px'>{s.t(when)}</span></div></div>"
        for mine, when, text in bubbles
    )
    s.body.append(
        f"<div style='display:flex;height:1000px;background:#0b141a'><div style='width:440px;background:#111b21;"
        f"border-right:1px solid #222d34'><div style='padding:14px 16px;font-size:21px;color:#e9edef;font-weight:"
        f"bold'>{s.t('Czaty')}</div><div style='margin:0 14px 10px;background:#202c33;border-radius:8px;padding:8px "
        f"14px;font-size:13.5px;color:#8696a0'>{s.t('Wyszukaj')}</div>{ch}</div><div style='flex:1;display:flex;"
        f"flex-direction:column'><div style='height:60px;background:#202c33;padding:10px 18px'><div style='"
        f"font-size:15.5px;color:#e9edef'>{s.t(header)}</div><div style='font-size:12.5px;color:#8696a0'>"
        f"{s.t(sub)}</div></div><div style='flex:1;padding:16px 60px;overflow:hidden'>{bb}</div><div style='"
        f"height:62px;background:#202c33;padding:12px 18px'><div style='background:#2a3942;border-radius:8px;"
        f"padding:9px 14px;color:#8696a0;font-size:14px'>{s.t('Wpisz wiadomość')}</div></div></div></div>"
    )
    return s


# ---------------------------------------------------------------------------------------- Google Sheets
def sheets(
    title: str,
    tabs: list[str],
    doc: str,
    cell: str,
    formula: str,
    header: list[str],
    rows: list[tuple[str, int, list[str]]],
    sheet_tabs: list[str],
    active_tab: int,
    on: tuple[int, int] | None = None,
    numeric_from: int = 1,
) -> ShopWindow:
    """Google Sheets in Chrome: the doc title and menus, the toolbar, the formula bar (cell, fx), the grid with
    column letters and row numbers, group brackets (kind "h" heading, "s" subtotal) and the sheet tabs."""
    s = ShopWindow("chrome", title)
    _browser(s, tabs, 0, "https://docs.google.com/spreadsheets/d/1qGx8-glina/edit#gid=0")
    menus = "".join(
        f"<span>{s.t(m)}</span>"
        for m in (
            "Plik",
            "Edytuj",
            "Widok",
            "Wstaw",
            "Formatuj",
            "Dane",
            "Narzędzia",
            "Rozszerzenia",
            "Pomoc",
        )
    )
    letters = "ABCDEFGH"[: len(header)]
    grid = (
        "<table class='gs' style='border-collapse:collapse;background:#fff'><tr><th style='width:18px'></th>"
    )
    grid += "<th style='width:40px'></th>" + "".join(f"<th>{x}</th>" for x in letters) + "</tr>"
    grid += "<tr><td></td><th>1</th>" + "".join(
        f"<td style='font-weight:bold;background:#f1f3f4'>{s.t(h)}</td>" for h in header
    )
    grid += "</tr>"
    for ri, (kind, n, cells) in enumerate(rows):
        bracket = "&#9472;" if kind in ("h", "s") else "&#9474;" if kind == "g" else ""
        grid += f"<tr class='{kind}'><td style='color:#5f6368;border:none'>{bracket}</td><th>{n}</th>"
        for ci, c in enumerate(cells):
            cls = "r" if ci >= numeric_from else ""
            if on == (ri, ci):
                cls += " on"
            grid += f"<td class='{cls}'>{s.t(c) if c else ''}</td>"
        grid += "</tr>"
    grid += "</table>"
    sheet = "".join(
        f"<span style='padding:8px 18px;font-size:13px;{'background:#e1e9f7;color:#0b57d0;font-weight:bold;' if i == active_tab else ''}'>"
        f"{s.t(t)}</span>"
        for i, t in enumerate(sheet_tabs)
    )
    s.body.append(
        f"<div style='height:62px;background:#f9fbfd;padding:8px 16px'><div style='font-size:18px'>{s.t(doc)}</div>"
        f"<div style='display:flex;gap:16px;font-size:13.5px;margin-top:4px;color:#444'>{menus}</div></div>"
        f"<div style='height:38px;background:#edf2fa;margin:0 10px;border-radius:20px;display:flex;align-items:"
        f"center;gap:18px;padding:0 18px;font-size:13px;color:#444'><span>{s.t('100%')}</span><span>"
        f"{s.t('zł')}</span><span>{s.t('%')}</span><span>{s.t('Arial')}</span><span>{s.t('10')}</span></div>"
        f"<div style='height:32px;display:flex;align-items:center;border-bottom:1px solid #e1e1e1;font-size:13.5px'>"
        f"<span style='width:90px;padding-left:14px'>{s.t(cell)}</span><span style='color:#777;width:34px'>fx</span>"
        f"<span>{s.t(formula)}</span></div><div style='height:750px;overflow:hidden;background:#fff'>{grid}</div>"
        f"<div style='height:44px;background:#f9fbfd;display:flex;align-items:center;gap:4px;padding:0 50px;"
        f"border-top:1px solid #e1e1e1'>{sheet}</div>"
    )
    return s


# -------------------------------------------------------------------------------------- VistulaBank
def bank(
    title: str,
    tabs: list[str],
    account: list[tuple[str, str]],
    head: list[str],
    rows: list[list[str]],
    foot: str,
) -> ShopWindow:
    """VistulaBank's internet banking (navy header, Polish UI): the business account card and the history of
    transactions with amounts (green in, dark out) and the balance after each."""
    s = ShopWindow("chrome", title)
    _browser(s, tabs, 0, "https://online.vistulabank.pl/firma/historia")
    nav = "".join(
        f"<span style='{'border-bottom:3px solid #f5b400;padding-bottom:12px;' if m == 'Historia' else ''}'>"
        f"{s.t(m)}</span>"
        for m in ("Pulpit", "Rachunki", "Przelewy", "Historia", "Karty", "Kredyty", "Ustawienia")
    )
    acc = "".join(
        f"<div style='margin-right:60px'><div style='font-size:12.5px;color:#5a6b85'>{s.t(k)}</div><div style='"
        f"font-size:17px;font-weight:bold;margin-top:3px'>{s.t(v)}</div></div>"
        for k, v in account
    )
    table = "<table class='bk' style='width:100%;background:#fff'><tr>" + "".join(
        f"<th class='{'r' if h in ('Kwota', 'Saldo po operacji') else ''}'>{s.t(h)}</th>" for h in head
    )
    table += "</tr>"
    for r in rows:
        table += "<tr>"
        for h, c in zip(head, r):
            col = "color:#137333;font-weight:bold;" if h == "Kwota" and c.startswith("+") else ""
            table += f"<td class='{'r' if h in ('Kwota', 'Saldo po operacji') else ''}' style='{col}'>{s.t(c)}</td>"
        table += "</tr>"
    table += "</table>"
    s.body.append(
        f"<div style='height:62px;background:#0b3d91;color:#fff;display:flex;align-items:center;gap:30px;"
        f"padding:0 30px;font-size:15px'><b style='font-size:21px'>{s.t('VistulaBank')}</b>{nav}<span style='"
        f"margin-left:auto;font-size:13px'>{s.t('Wyloguj (14:52)')}</span></div><div style='background:#f2f5fa;"
        f"height:864px;padding:22px 40px'><div style='background:#fff;border-radius:8px;padding:16px 22px;display:"
        f"flex;margin-bottom:18px'>{acc}</div><div style='font-size:18px;font-weight:bold;margin-bottom:10px'>"
        f"{s.t('Historia transakcji')}</div>{table}<div style='font-size:13px;color:#5a6b85;margin-top:12px'>"
        f"{s.t(foot)}</div></div>"
    )
    return s


# -------------------------------------------------------------------------------------------- Faktulo
def faktulo(
    title: str,
    tabs: list[str],
    heading: str,
    status: str,
    fields: list[tuple[str, str]],
    parties: list[tuple[str, list[str]]],
    head: list[str],
    rows: list[list[str]],
    totals: list[tuple[str, str]],
    words: str,
) -> ShopWindow:
    """Faktulo (an invoicing web app, Polish UI, teal): the invoice form being edited, with its number and
    dates, the seller and buyer (NIP), the positions with netto, VAT and brutto, and the totals."""
    s = ShopWindow("chrome", title)
    _browser(s, tabs, 0, "https://app.faktulo.pl/faktury/edycja/8841")
    side = "".join(
        f"<div style='padding:9px 20px;font-size:14px;{'background:#0e7c7b;color:#fff;' if m == 'Faktury' else 'color:#cde;'}'>"
        f"{s.t(m)}</div>"
        for m in ("Start", "Faktury", "Wydatki", "Kontrahenci", "Produkty", "Raporty", "JPK")
    )
    fl = "".join(
        f"<div style='margin-right:26px'><div style='font-size:12px;color:#667'>{s.t(k)}</div><div style='border:"
        f"1px solid #cfd6de;border-radius:4px;padding:6px 10px;font-size:14px;min-width:150px;margin-top:3px'>"
        f"{s.t(v)}</div></div>"
        for k, v in fields
    )
    pt = "".join(
        f"<div style='flex:1;border:1px solid #d9dee4;border-radius:6px;padding:10px 14px;margin-right:16px'><div "
        f"style='font-size:12.5px;color:#0e7c7b;font-weight:bold'>{s.t(h)}</div>"
        + "".join(f"<div style='font-size:14px;padding:2px 0'>{s.t(x)}</div>" for x in lines)
        + "</div>"
        for h, lines in parties
    )
    num_cols = {"Ilość", "Cena netto", "Wartość netto", "Wartość VAT", "Wartość brutto"}
    table = "<table class='fk' style='width:100%;border-collapse:collapse;background:#fff'><tr>" + "".join(
        f"<th class='{'r' if h in num_cols else ''}'>{s.t(h)}</th>" for h in head
    )
    table += "</tr>"
    for r in rows:
        table += "<tr>" + "".join(
            f"<td class='{'r' if h in num_cols else ''}'>{s.t(c)}</td>" for h, c in zip(head, r)
        )
        table += "</tr>"
    table += "</table>"
    tt = "".join(
        f"<div style='display:flex;padding:4px 0;font-size:14.5px;{'font-weight:bold;font-size:16px;' if 'brutto' in k else ''}'>"
        f"<span style='width:220px'>{s.t(k)}</span><span style='margin-left:auto'>{s.t(v)}</span></div>"
        for k, v in totals
    )
    sc = {"Szkic": "#8a6d00", "Wystawiona": "#1b8a3c"}.get(status, "#333")
    s.body.append(
        f"<div style='display:flex;height:926px'><div style='width:200px;background:#14394a;padding-top:12px'>"
        f"<div style='padding:8px 20px 18px;color:#fff;font-size:20px;font-weight:bold'>{s.t('Faktulo')}</div>"
        f"{side}</div><div style='flex:1;background:#f4f6f8;padding:18px 28px;overflow:hidden'><div style='"
        f"display:flex;align-items:center;gap:14px'><span style='font-size:21px;font-weight:bold'>{s.t(heading)}"
        f"</span><span style='border:1px solid {sc};color:{sc};border-radius:4px;padding:2px 9px;font-size:13px'>"
        f"{s.t(status)}</span><span style='margin-left:auto;background:#0e7c7b;color:#fff;border-radius:4px;"
        f"padding:7px 16px;font-size:14px'>{s.t('Zapisz i wystaw')}</span></div><div style='display:flex;margin:"
        f"16px 0'>{fl}</div><div style='display:flex;margin-bottom:16px'>{pt}</div>{table}<div style='display:"
        f"flex;margin-top:16px'><div style='flex:1;font-size:13.5px;color:#555'>{s.t(words)}</div><div style='"
        f"width:460px;background:#fff;border:1px solid #d9dee4;border-radius:6px;padding:10px 16px'>{tt}</div>"
        f"</div></div></div>"
    )
    return s


# ----------------------------------------------------------------------------------------------- Canva
def canva(
    title: str, tabs: list[str], design: str, size: str, panel: list[str], poster: list[tuple[str, int, str]]
) -> ShopWindow:
    """Canva in Chrome: the purple-gradient top bar with the design's name, the left panel, and the post on
    the grey canvas (lines of text with their size and colour)."""
    s = ShopWindow("chrome", title)
    _browser(s, tabs, 0, "https://www.canva.com/design/DAGx7Qk2mLw/edit")
    pn = "".join(
        f"<div style='padding:9px 14px;font-size:13.5px;background:#fff;border-radius:6px;margin:6px 12px'>{s.t(p)}"
        f"</div>"
        for p in panel
    )
    art = "".join(
        f"<div style='font-size:{px}px;color:{col};font-weight:bold;text-align:center;margin:18px 20px;line-height:"
        f"{int(px * 1.15)}px'>{s.t(text)}</div>"
        for text, px, col in poster
    )
    s.body.append(
        f"<div style='height:54px;background:linear-gradient(90deg,#00c4cc,#7d2ae8);color:#fff;display:flex;"
        f"align-items:center;gap:24px;padding:0 20px;font-size:14.5px'><span>{s.t('Strona główna')}</span><span>"
        f"{s.t('Plik')}</span><span>{s.t('Zmień rozmiar')}</span><span style='margin-left:260px'>{s.t(design)}"
        f"</span><span style='margin-left:auto;background:#fff;color:#7d2ae8;border-radius:6px;padding:6px 14px'>"
        f"{s.t('Udostępnij')}</span></div><div style='display:flex;height:872px'><div style='width:80px;background:"
        f"#18191b;color:#ddd;font-size:11.5px;text-align:center;padding-top:14px'>"
        + "".join(
            f"<div style='padding:12px 0'>{s.t(x)}</div>"
            for x in ("Projekt", "Elementy", "Tekst", "Marka", "Pliki")
        )
        + f"</div><div style='width:320px;background:#252627;padding-top:10px'>{pn}</div><div style='flex:1;"
        f"background:#ebecf0;display:flex;flex-direction:column;align-items:center;justify-content:center'><div "
        f"style='width:640px;height:640px;background:#2b1d16;border-radius:2px;display:flex;flex-direction:column;"
        f"justify-content:center;box-shadow:0 2px 12px #0003'>{art}</div><div style='margin-top:12px;font-size:"
        f"13px;color:#555'>{s.t(size)}</div></div></div>"
    )
    return s


# ----------------------------------------------------------------------------------------- Google Meet
def meet(
    title: str,
    tabs: list[str],
    code: str,
    tiles: list[str],
    chat: list[tuple[str, str, str]],
    clock_label: str,
) -> ShopWindow:
    """Google Meet in Chrome (dark): participant tiles, the bottom bar (time | meeting code) and the in-call
    messages panel at the right."""
    s = ShopWindow("chrome", title, theme="dark")
    _browser(s, tabs, 0, f"https://meet.google.com/{code}")
    tl = "".join(
        f"<div style='background:#3c4043;border-radius:10px;width:540px;height:330px;position:relative'><div "
        f"style='position:absolute;left:210px;top:105px;width:120px;height:120px;border-radius:60px;background:"
        f"#8ab4f8'></div><span style='position:absolute;left:14px;bottom:10px;color:#fff;font-size:14px'>{s.t(t)}"
        f"</span></div>"
        for t in tiles
    )
    ch = "".join(
        f"<div style='margin:12px 0'><div style='font-size:13px'><b>{s.t(who)}</b> <span style='color:#5f6368'>"
        f"{s.t(when)}</span></div><div style='font-size:14px;margin-top:3px;line-height:19px'>{s.t(text)}</div>"
        f"</div>"
        for who, when, text in chat
    )
    s.body.append(
        f"<div style='display:flex;height:876px;background:#202124'><div style='flex:1;display:flex;flex-wrap:wrap;"
        f"gap:14px;padding:30px;align-content:flex-start'>{tl}</div><div style='width:380px;background:#fff;"
        f"margin:14px;border-radius:10px;padding:16px 20px;overflow:hidden'><div style='font-size:17px'>"
        f"{s.t('Wiadomości w trakcie rozmowy')}</div>{ch}</div></div><div style='position:absolute;left:0;top:"
        f"986px;width:1920px;height:46px;background:#202124;color:#e8eaed;font-size:15px;padding:12px 24px'>"
        f"{s.t(clock_label)} | {s.t(code)}</div>"
    )
    return s


# --------------------------------------------------------------------------------------------- Notepad
def notepad(title: str, text: list[str], status: str) -> ShopWindow:
    """Windows 11 Notepad (light): a tab with the file name, the menu, the text and a status bar."""
    s = ShopWindow("notepad", title)
    name = title.rsplit(" - ", 1)[0]
    s.top = (
        f"<div style='height:40px;background:#f3f3f3;display:flex;align-items:flex-end;padding:0 12px'><div "
        f"style='background:#fff;padding:9px 16px;font-size:13px;border-radius:8px 8px 0 0;width:220px'>"
        f"{s.t(name)}</div><span style='margin-left:auto;align-self:center;letter-spacing:18px;font-size:12px'>"
        f"&#8212;&#9633;&#10005;</span></div><div style='height:34px;background:#fff;display:flex;gap:22px;"
        f"align-items:center;padding:0 16px;font-size:13.5px;border-bottom:1px solid #e5e5e5'>"
        + "".join(f"<span>{s.t(m)}</span>" for m in ("Plik", "Edytuj", "Widok"))
        + "</div>"
    )
    body = "".join(
        f"<div style='font-family:Consolas,DejaVu Sans Mono,monospace;font-size:16px;line-height:25px;"
        f"min-height:25px'>{s.t(line) if line else ''}</div>"
        for line in text
    )
    s.body.append(
        f"<div style='height:928px;background:#fff;padding:12px 20px;overflow:hidden'>{body}</div><div style='"
        f"height:30px;background:#f3f3f3;font-size:12.5px;padding:7px 18px;color:#333'>{s.t(status)}</div>"
    )
    return s


# ------------------------------------------------------------------------------------------ Google Maps
def maps(
    title: str,
    tabs: list[str],
    url: str,
    origin: str,
    dest: str,
    routes: list[tuple[str, str, str]],
    note: str,
) -> ShopWindow:
    """Google Maps directions in Polish: origin, destination, routes (time, distance, via) at the left, a
    drawn map with the route and two labels at the right."""
    s = ShopWindow("chrome", title)
    _browser(s, tabs, 0, url)
    rs = "".join(
        f"<div style='padding:14px 20px;border-bottom:1px solid #e8e8e8;{'background:#e8f0fe;' if i == 0 else ''}'>"
        f"<div style='display:flex'><span style='font-size:15px'>{s.t(via)}</span><span style='margin-left:auto;"
        f"font-size:18px;color:{'#188038' if i == 0 else '#202124'}'>{s.t(t)}</span></div><div style='font-size:"
        f"13px;color:#70757a;margin-top:3px'>{s.t(d)}</div></div>"
        for i, (t, d, via) in enumerate(routes)
    )
    s.body.append(
        f"<div style='display:flex;height:926px'><div style='width:430px;background:#fff;border-right:1px solid "
        f"#ddd'><div style='padding:16px 20px'><div style='border:1px solid #dadce0;border-radius:6px;padding:8px "
        f"12px;font-size:14px;margin-bottom:8px'>{s.t(origin)}</div><div style='border:1px solid #dadce0;border-"
        f"radius:6px;padding:8px 12px;font-size:14px'>{s.t(dest)}</div></div>{rs}<div style='padding:14px 20px;"
        f"font-size:13px;color:#70757a'>{s.t(note)}</div></div><div style='flex:1;position:relative;background:"
        f"#f1efe9;overflow:hidden'><div style='position:absolute;left:0;top:520px;width:1500px;height:60px;"
        f"background:#aad3df'></div><div style='position:absolute;left:200px;top:0;width:14px;height:900px;"
        f"background:#fff'></div><div style='position:absolute;left:0;top:300px;width:1500px;height:12px;"
        f"background:#fde293'></div><div style='position:absolute;left:520px;top:306px;width:420px;height:7px;"
        f"background:#1a73e8'></div><div style='position:absolute;left:520px;top:120px;width:7px;height:190px;"
        f"background:#1a73e8'></div><span style='position:absolute;left:540px;top:90px;font-size:13px'>"
        f"{s.t('Łomianki')}</span><span style='position:absolute;left:880px;top:330px;font-size:13px'>"
        f"{s.t('Praga-Północ')}</span><span style='position:absolute;left:700px;top:540px;font-size:13px;color:"
        f"#3b7a8f'>{s.t('Wisła')}</span></div></div>"
    )
    return s


# ------------------------------------------------------------------------------------------- weather
def weather(
    title: str,
    tabs: list[str],
    place: str,
    now: list[str],
    alert: str,
    head: list[str],
    hours: list[list[str]],
    updated: str,
) -> ShopWindow:
    """A weather site (pogoda.example, dark blue): the place, the current conditions, an optional alert bar
    and the hourly table."""
    s = ShopWindow("chrome", title)
    _browser(s, tabs, 0, "https://pogodnik.pl/warszawa/godzinowa")
    cur = "".join(
        f"<div style='font-size:{34 if i == 0 else 15}px;{'font-weight:bold;' if i == 0 else ''}margin:4px 0'>"
        f"{s.t(x)}</div>"
        for i, x in enumerate(now)
    )
    al = (
        f"<div style='background:#ffb300;color:#1a1a1a;padding:10px 16px;border-radius:6px;font-size:14.5px;"
        f"margin-bottom:14px'>{s.t(alert)}</div>"
        if alert
        else ""
    )
    table = "<table class='bk' style='width:100%;background:#fff'><tr>" + "".join(
        f"<th>{s.t(h)}</th>" for h in head
    )
    table += "</tr>" + "".join("<tr>" + "".join(f"<td>{s.t(c)}</td>" for c in r) + "</tr>" for r in hours)
    table += "</table>"
    s.body.append(
        f"<div style='height:56px;background:#123a6b;color:#fff;display:flex;align-items:center;padding:0 28px;"
        f"gap:28px;font-size:15px'><b style='font-size:20px'>{s.t('Pogodnik')}</b><span>{s.t('Prognoza godzinowa')}"
        f"</span><span>{s.t('16 dni')}</span><span>{s.t('Radar')}</span></div><div style='background:#e9eef5;height:"
        f"870px;padding:22px 40px'><div style='font-size:20px;font-weight:bold'>{s.t(place)}</div><div style='"
        f"background:#fff;border-radius:8px;padding:16px 22px;margin:12px 0 14px'>{cur}<div style='font-size:12.5px;"
        f"color:#666'>{s.t(updated)}</div></div>{al}{table}</div>"
    )
    return s
