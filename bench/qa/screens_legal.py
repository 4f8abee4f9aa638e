"""Window layouts for the eleventh held-out QA workday "legal" (bench/qa/day_legal.py): the legal operations
coordinator of a mid-size law firm in Mexico City, on a Spanish (es-MX) Windows 11 in dark mode (a dark taskbar
with the weather at the left, centred icons with a search pill, the input indicator 'ESP / LAA' and the clock
written "1:45 p. m." over "25/11/2026"). None of the layouts of the other days' screens_*.py is reused:
Litiga360, a case-management web app (dark: an icon rail, a matters table with status pills; a matter page with
a header card, a docket timeline and panels of deadlines and parties), the court's e-filing portal (Tribunal
Virtual Anáhuac: an institutional maroon header, a stepper for a new filing, the electronic filing receipt with
its seal, the list of filings), Word with Review on (tracked insertions and deletions coloured by author, change
bars and comment balloons), FirmaSegura (an e-signature envelope: recipients in signing order and the audit
trail), classic Outlook in dark mode (ribbon, folder pane, a message list grouped by day, a reading pane with
the subject above the sender and the body, or a trip receipt card), Teams in its light theme (a channel's posts
with their replies), Excel (a pre-invoice grid with client groups, subtotals, IVA and total), a CFDI viewer in
Edge (the printed form of an electronic invoice: emisor, receptor, folio fiscal, concepts, taxes, seals), the
bank's business portal (dark: SPEI transfers and a detail drawer), WhatsApp Desktop (dark), Nitro PDF Pro (a
court resolution), a notary's booking site (a month calendar and time slots, then the confirmation), Google Maps
directions and the Windows Widgets board (weather, air quality, the peso). Only the frame around them is shared:
screens.Window (title, lines, the taskbar clock and date as truth) and its process paths in screens.APPS
(WhatsApp at the path the other days use, Nitro PDF and the Widgets board are added with setdefault). Every
layout records each line of text it draws, in reading order, so a frame's ground truth is exact."""

from __future__ import annotations

import html
import zlib
from dataclasses import dataclass

from make_sample import CSS
from screens import APPS, Window

NEW_APPS = {
    "whatsapp": "C:\\Program Files\\WindowsApps\\5319275A.WhatsAppDesktop_2.2446.4.0_x64__cv1g1gvanyjgm"
    "\\WhatsApp.exe",
    "nitro": "C:\\Program Files\\Nitro\\PDF Pro\\14\\NitroPDF.exe",
    "widgets": "C:\\Program Files\\WindowsApps\\MicrosoftWindows.Client.WebExperience_524.33200.0.0_x64__cw5n1h2txyewy"
    "\\Dashboard\\Widgets.exe",
}
for _key, _path in NEW_APPS.items():
    APPS.setdefault(_key, _path)

LEGAL_CSS = """
body { font-family: 'Liberation Sans', 'DejaVu Sans', sans-serif; }
.lw { height: 1032px; overflow: hidden; position: relative; }
.lgtb { position: absolute; top: 1032px; left: 0; width: 1920px; height: 48px; background: #1c1c1c; color: #f3f3f3;
        border-top: 1px solid #2e2e2e; font-size: 12px; }
.lgtb .wx { position: absolute; left: 12px; top: 7px; display: flex; gap: 8px; align-items: center; line-height: 16px; }
.lgtb .wx i { width: 26px; height: 26px; border-radius: 13px; background: radial-gradient(#ffe27a, #f5a623);
              display: inline-block; }
.lgtb .mid { position: absolute; left: 0; right: 0; top: 6px; display: flex; justify-content: center; gap: 6px;
             align-items: center; }
.lgtb .mid i { width: 34px; height: 34px; border-radius: 7px; display: inline-block; }
.lgtb .sk { background: #2b2b2b; border: 1px solid #3b3b3b; border-radius: 18px; padding: 8px 96px 8px 14px;
            color: #c8c8c8; font-size: 13px; margin: 0 6px; }
.lgtb .rt { position: absolute; right: 12px; top: 7px; display: flex; gap: 16px; align-items: center; }
.lgtb .ck { text-align: right; line-height: 17px; }
.lgtb .kb { text-align: center; line-height: 16px; font-size: 11.5px; }
.lm td { padding: 11px 14px; font-size: 13.5px; border-bottom: 1px solid #263042; white-space: nowrap; color: #dbe3f0; }
.lm th { padding: 10px 14px; font-size: 12px; color: #8c9ab3; text-align: left; border-bottom: 1px solid #334057;
         white-space: nowrap; font-weight: normal; letter-spacing: .3px; }
.tv td { padding: 9px 12px; font-size: 13.5px; border: 1px solid #ddd3d6; white-space: nowrap; }
.tv th { padding: 9px 12px; font-size: 12.5px; background: #f4ecee; color: #691c32; border: 1px solid #ddd3d6;
         text-align: left; white-space: nowrap; }
.xg td, .xg th { border: 1px solid #d9d9d9; height: 25px; padding: 0 8px; font-size: 13.5px; white-space: nowrap; }
.xg th { background: #f2f2f2; color: #555; font-weight: normal; font-size: 12px; text-align: center; }
.xg td.n { text-align: right; } .xg tr.hd td { background: #1f4e78; color: #fff; font-weight: bold; }
.xg tr.gp td { font-weight: bold; color: #1f4e78; background: #eaf1f8; } .xg tr.sb td { font-weight: bold;
  border-top: 1px solid #7f7f7f; } .xg tr.tt td { font-weight: bold; background: #fff2cc; }
.xg td.rn { background: #f2f2f2; color: #555; text-align: center; font-size: 12px; width: 38px; }
.xg td.sel { outline: 2px solid #107c41; outline-offset: -2px; }
.cf td { padding: 6px 10px; font-size: 13px; border: 1px solid #c9d3dc; }
.cf th { padding: 6px 10px; font-size: 12px; background: #e9eff5; border: 1px solid #c9d3dc; text-align: left; }
.cf td.n { text-align: right; }
.bk td { padding: 11px 12px; font-size: 13.5px; border-bottom: 1px solid #253330; white-space: nowrap; color: #e2ebe8; }
.bk th { padding: 10px 12px; font-size: 12px; color: #8fb3a9; text-align: left; border-bottom: 1px solid #35504a;
         white-space: nowrap; font-weight: normal; } .bk td.n, .bk th.n { text-align: right; }
"""

TASK_ICONS = (
    "#0f6cbd",
    "#f2f2f2",
    "#185abd",
    "#107c41",
    "#5b5fc7",
    "#25d366",
    "#e0462a",
    "#1f8fff",
    "#ffb900",
)


def to_12h_mx(clock: str) -> str:
    """'13:45' -> '1:45 p. m.', the es-MX taskbar's form (make_days passes the 'es' locale's 24-hour clock)."""
    h, m = (int(x) for x in clock.split(":"))
    return f"{h % 12 or 12}:{m:02d} {'a. m.' if h < 12 else 'p. m.'}"


def taskbar_weather(clock: str) -> tuple[str, str]:
    """The taskbar's weather: the cool, sunny morning, then the warm afternoon."""
    return ("12 °C", "Soleado") if clock < "12:00" else ("22 °C", "Mayormente soleado")


@dataclass
class LegalWindow(Window):
    """A screens.Window whose app draws its own frame into `top`, over a dark Windows 11 taskbar (the weather at
    the left, centred icons and the search pill, the input indicator and the clock at the right). make_days
    passes the 'es' locale's '13:45' and '25/11/2026'; es-MX Windows writes the clock '1:45 p. m.'."""

    top: str = ""
    toast: str = ""

    def page(self, clock: str, date: str) -> str:
        temp, sky = taskbar_weather(clock)
        icons = "".join(f"<i style='background:{c}'></i>" for c in TASK_ICONS)
        return (
            f"<html><head><meta charset='utf-8'><style>{CSS}{LEGAL_CSS}</style></head>"
            f"<body><div class='lw'>{self.top}{''.join(self.body)}{self.toast}</div>"
            f"<div class='lgtb'><div class='wx'><i></i><div><b>{html.escape(temp)}</b><br>{html.escape(sky)}</div>"
            f"</div><div class='mid'><i style='background:linear-gradient(135deg,#4cc2ff,#0067c0)'></i><span "
            f"class='sk'>Buscar</span>{icons}</div><div class='rt'><span>&#8963;</span><div class='kb'>ESP<br>LAA"
            f"</div><span>&#9782; &#9836;</span><div class='ck'>{html.escape(to_12h_mx(clock))}<br>"
            f"{html.escape(date)}</div></div></div></body></html>"
        )

    def truth_lines(self, clock: str, date: str) -> list[str]:
        temp, sky = taskbar_weather(clock)
        return [self.title, *self.lines, temp, sky, "Buscar", "ESP", "LAA", to_12h_mx(clock), date]

    def notify(self, app: str, who: str, text: str) -> None:
        """A Windows 11 notification (dark), bottom right: the app, the sender in bold, the first line."""
        self.toast = (
            f"<div style='position:absolute;right:14px;bottom:14px;width:380px;background:#2b2b2b;color:#f3f3f3;"
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


def _avatar(name: str, size: int = 32) -> str:
    """A round avatar in the name's colour (no initials: every text a frame shows is in its truth)."""
    return (
        f"<span style='display:inline-block;flex:none;width:{size}px;height:{size}px;border-radius:{size // 2}px;"
        f"background:{_tint(name)}'></span>"
    )


# ------------------------------------------------------------------------------------------ browser frames
def _chrome(s: LegalWindow, tabs: list[str], url: str) -> None:
    """Chrome (light, es-MX): a grey tab strip whose first tab is the active one, the toolbar with the omnibox
    (a lock, the address) and the profile letter; no bookmarks bar."""
    tab = ""
    for i, t in enumerate(tabs):
        label = t if len(t) <= 30 else t[:29].rstrip() + "…"
        on = i == 0
        tab += (
            f"<div style='width:240px;height:34px;line-height:34px;padding:0 12px;font-size:12.5px;white-space:nowrap;"
            f"overflow:hidden;border-radius:10px 10px 0 0;color:#1f1f1f;background:{'#fff' if on else 'transparent'}'>"
            f"<span style='display:inline-block;width:12px;height:12px;border-radius:3px;background:{_tint(t)};"
            f"margin-right:8px;vertical-align:-1px'></span>{s.t(label)}</div>"
        )
    s.top = (
        f"<div style='height:42px;background:#dde3ea;display:flex;align-items:flex-end;gap:2px;padding:0 8px'>{tab}"
        f"<span style='font-size:18px;color:#444;padding:0 10px 8px'>+</span>{_winctl('#333')}</div>"
        f"<div style='height:42px;background:#fff;display:flex;align-items:center;gap:14px;padding:0 14px;"
        f"font-size:14px;color:#1f1f1f;border-bottom:1px solid #dadce0'><span style='letter-spacing:12px;"
        f"color:#5f6368'>&#8592;&#8594;&#8635;</span><div style='flex:1;background:#eef1f4;border-radius:18px;"
        f"padding:7px 16px'>{s.t(url)}</div><span style='width:28px;height:28px;border-radius:14px;"
        f"background:#0b8043;color:#fff;text-align:center;line-height:28px;font-weight:bold'>{s.t('V')}</span></div>"
    )


def _edge(s: LegalWindow, tabs: list[str], url: str) -> None:
    """Edge (light) with horizontal tabs: a pale tab strip with squared tabs and the address bar with the
    reading and favourites buttons."""
    tab = "".join(
        f"<div style='width:250px;height:32px;line-height:32px;padding:0 12px;font-size:12.5px;white-space:nowrap;"
        f"overflow:hidden;border-radius:6px 6px 0 0;{'background:#fff;box-shadow:0 0 3px #0002;' if i == 0 else 'color:#444;'}'>"
        f"{s.t(t if len(t) <= 32 else t[:31].rstrip() + '…')}</div>"
        for i, t in enumerate(tabs)
    )
    s.top = (
        f"<div style='height:40px;background:#e9ecef;display:flex;align-items:flex-end;gap:4px;padding:0 10px'>"
        f"<span style='width:24px;height:24px;border-radius:5px;background:#d0d6dc;margin:0 6px 5px 0'></span>{tab}"
        f"{_winctl('#333')}</div><div style='height:42px;background:#fff;display:flex;align-items:center;gap:14px;"
        f"padding:0 12px;font-size:13.5px;border-bottom:1px solid #e1e1e1'><span style='letter-spacing:10px;"
        f"color:#444'>&#8592;&#8594;&#8635;</span><div style='flex:1;border:1px solid #c9c9c9;border-radius:16px;"
        f"padding:5px 14px;color:#1b1b1b'>{s.t(url)}</div><span style='color:#555;letter-spacing:8px'>"
        f"&#9734;&#9776;</span></div>"
    )


# ----------------------------------------------------------------------------------------- Litiga360
STATUS_PILL = {
    "Activo": ("#163d2b", "#4ade80"),
    "En espera": ("#3d3213", "#facc15"),
    "Suspendido": ("#3d1a1a", "#f87171"),
    "Concluido": ("#2a2f3a", "#a3acbd"),
    "Citado para sentencia": ("#1e2d4d", "#7fb0ff"),
}


def _litiga(s: LegalWindow, active: str, crumbs: str, inner: str) -> None:
    rail = "".join(
        f"<div style='height:52px;display:flex;flex-direction:column;align-items:center;justify-content:center;"
        f"font-size:10.5px;{'color:#fff;background:#1d2a44;border-left:3px solid #5b8cff;' if n == active else 'color:#7d8aa3;'}'>"
        f"<span style='width:18px;height:18px;border-radius:4px;background:{'#5b8cff' if n == active else '#3a4760'};"
        f"margin-bottom:3px'></span>{s.t(n)}</div>"
        for n in ("Asuntos", "Agenda", "Plazos", "Documentos", "Horas", "Clientes", "Reportes")
    )
    s.body.append(
        f"<div style='display:flex;height:948px;background:#0f1623'><div style='width:78px;background:#0a0f19;"
        f"padding-top:10px;border-right:1px solid #1d2636'><div style='color:#5b8cff;font-weight:bold;font-size:"
        f"15px;text-align:center;margin:4px 0 16px'>{s.t('L360')}</div>{rail}</div><div style='flex:1;display:flex;"
        f"flex-direction:column'><div style='height:54px;border-bottom:1px solid #1d2636;display:flex;align-items:"
        f"center;gap:20px;padding:0 24px;color:#c7d2e4;font-size:13.5px'><b style='color:#fff;font-size:17px'>"
        f"{s.t('Litiga360')}</b><span style='color:#7d8aa3'>{s.t(crumbs)}</span><span style='margin-left:auto;"
        f"background:#172033;border:1px solid #26324a;border-radius:6px;padding:7px 120px 7px 12px;color:#7d8aa3'>"
        f"{s.t('Buscar expediente, cliente o folio…')}</span><span>{s.t('Valeria Ortiz')}</span></div><div "
        f"style='flex:1;padding:20px 28px;overflow:hidden'>{inner}</div></div></div>"
    )


def litiga_list(
    title: str,
    tabs: list[str],
    head: list[str],
    rows: list[list[str]],
    footer: str,
) -> LegalWindow:
    """The matters list: a heading with filter chips (no counts), a table of matters whose status column is a
    coloured pill, and a footer with how many are shown and when the list was refreshed."""
    s = LegalWindow("chrome", title, theme="dark")
    _chrome(s, tabs, "https://asm.litiga360.mx/asuntos?vista=todos")
    chips = "".join(
        f"<span style='border:1px solid {'#5b8cff' if i == 0 else '#2b3750'};color:{'#fff' if i == 0 else '#9fb0cc'};"
        f"background:{'#1d2a44' if i == 0 else 'transparent'};border-radius:14px;padding:5px 14px;font-size:13px'>"
        f"{s.t(c)}</span>"
        for i, c in enumerate(
            ("Todos los asuntos", "Mis asuntos", "Litigio", "Corporativo", "Con plazo esta semana")
        )
    )
    table = "<table class='lm' style='width:100%;border-collapse:collapse'><tr>" + "".join(
        f"<th>{s.t(h)}</th>" for h in head
    )
    table += "</tr>"
    status_at = head.index("Estatus")
    for r in rows:
        table += "<tr>"
        for i, c in enumerate(r):
            if i == status_at:
                bg, fg = STATUS_PILL[c]
                table += (
                    f"<td><span style='background:{bg};color:{fg};border-radius:10px;padding:3px 10px;font-size:12.5px'>"
                    f"{s.t(c)}</span></td>"
                )
            elif i == 0:
                table += f"<td style='color:#8fb4ff;font-weight:bold'>{s.t(c)}</td>"
            else:
                table += f"<td>{s.t(c)}</td>"
        table += "</tr>"
    table += "</table>"
    _litiga(
        s,
        "Asuntos",
        "Asuntos / Todos",
        f"<div style='display:flex;align-items:center;gap:14px'><span style='color:#fff;font-size:24px;font-weight:"
        f"bold'>{s.t('Asuntos')}</span><span style='margin-left:auto;background:#5b8cff;color:#fff;border-radius:6px;"
        f"padding:8px 16px;font-size:13.5px'>{s.t('+ Nuevo asunto')}</span></div><div style='display:flex;gap:10px;"
        f"margin:16px 0 18px'>{chips}</div><div style='background:#131c2c;border:1px solid #1f2a3d;border-radius:8px;"
        f"padding:4px 8px'>{table}</div><div style='color:#7d8aa3;font-size:12.5px;margin-top:12px'>{s.t(footer)}"
        f"</div>",
    )
    return s


def litiga_matter(
    title: str,
    tabs: list[str],
    key: str,
    name: str,
    status: str,
    meta: list[tuple[str, str]],
    docket: list[tuple[str, str, str, str]],
    deadlines: list[tuple[str, str, str]],
    parties: list[tuple[str, str]],
    note: str,
) -> LegalWindow:
    """A matter's page: the key, the parties' names and the status pill over a grid of labelled fields, the tabs
    (Actuaciones active), the docket as a vertical timeline (date, title, detail, who recorded it) and a right
    column with the deadlines and the parties."""
    s = LegalWindow("chrome", title, theme="dark")
    _chrome(s, tabs, f"https://asm.litiga360.mx/asuntos/{key}/actuaciones")
    bg, fg = STATUS_PILL[status]
    grid = "".join(
        f"<div style='width:25%;padding:6px 0'><div style='color:#7d8aa3;font-size:12px'>{s.t(k)}</div><div style='"
        f"color:#e6ecf5;font-size:14px;margin-top:2px'>{s.t(v)}</div></div>"
        for k, v in meta
    )
    tabbar = "".join(
        f"<span style='padding:9px 16px;font-size:13.5px;{'color:#fff;border-bottom:2px solid #5b8cff;' if t == 'Actuaciones' else 'color:#7d8aa3;'}'>"
        f"{s.t(t)}</span>"
        for t in ("Resumen", "Actuaciones", "Plazos", "Documentos", "Horas", "Facturación")
    )
    tl = ""
    for when, what, detail, who in docket:
        tl += (
            f"<div style='display:flex;gap:16px;padding:10px 0'><div style='width:96px;flex:none;color:#8fb4ff;"
            f"font-size:13px;font-weight:bold'>{s.t(when)}</div><div style='width:14px;flex:none;position:relative'>"
            f"<span style='position:absolute;left:3px;top:4px;width:9px;height:9px;border-radius:5px;background:"
            f"#5b8cff'></span></div><div style='flex:1'><div style='color:#fff;font-size:14px;font-weight:bold'>"
            f"{s.t(what)}</div>"
            + (
                f"<div style='color:#c3cde0;font-size:13.5px;margin-top:3px;line-height:19px'>{s.t(detail)}</div>"
                if detail
                else ""
            )
            + f"<div style='color:#6f7d96;font-size:12px;margin-top:3px'>{s.t(who)}</div></div></div>"
        )
    dl = "".join(
        f"<div style='padding:8px 0;border-bottom:1px solid #1f2a3d'><div style='display:flex;font-size:13.5px'><b "
        f"style='color:#fff'>{s.t(d)}</b><span style='margin-left:auto;color:{'#4ade80' if st == 'Cumplido' else '#facc15'};"
        f"font-size:12.5px'>{s.t(st)}</span></div><div style='color:#c3cde0;font-size:13px;margin-top:2px'>"
        f"{s.t(what)}</div></div>"
        for d, what, st in deadlines
    )
    pt = "".join(
        f"<div style='padding:6px 0'><div style='color:#7d8aa3;font-size:12px'>{s.t(role)}</div><div style='color:"
        f"#e6ecf5;font-size:13.5px'>{s.t(who)}</div></div>"
        for role, who in parties
    )
    _litiga(
        s,
        "Asuntos",
        f"Asuntos / {key}",
        f"<div style='background:#131c2c;border:1px solid #1f2a3d;border-radius:8px;padding:16px 20px'><div style='"
        f"display:flex;align-items:center;gap:14px'><span style='color:#8fb4ff;font-weight:bold;font-size:14px'>"
        f"{s.t(key)}</span><span style='background:{bg};color:{fg};border-radius:10px;padding:3px 10px;font-size:"
        f"12.5px'>{s.t(status)}</span></div><div style='color:#fff;font-size:20px;font-weight:bold;margin:8px 0 10px'>"
        f"{s.t(name)}</div><div style='display:flex;flex-wrap:wrap'>{grid}</div></div><div style='display:flex;"
        f"gap:4px;border-bottom:1px solid #1f2a3d;margin:14px 0 6px'>{tabbar}</div><div style='display:flex;gap:26px'>"
        f"<div style='flex:1'>{tl}</div><div style='width:400px'><div style='background:#131c2c;border:1px solid "
        f"#1f2a3d;border-radius:8px;padding:12px 16px'><div style='color:#fff;font-weight:bold;font-size:14px'>"
        f"{s.t('Plazos')}</div>{dl}</div><div style='background:#131c2c;border:1px solid #1f2a3d;border-radius:8px;"
        f"padding:12px 16px;margin-top:14px'><div style='color:#fff;font-weight:bold;font-size:14px'>{s.t('Partes')}"
        f"</div>{pt}</div><div style='color:#6f7d96;font-size:12px;margin-top:10px'>{s.t(note)}</div></div></div>",
    )
    return s


# ------------------------------------------------------------------------------------- Tribunal Virtual
def _tribunal(s: LegalWindow, tabs: list[str], url: str, user: str, section: str, inner: str) -> None:
    _chrome(s, tabs, url)
    menu = "".join(
        f"<span style='padding:12px 18px;{'background:#4f1426;font-weight:bold;' if m == section else ''}'>{s.t(m)}</span>"
        for m in (
            "Inicio",
            "Nueva promoción",
            "Mis promociones",
            "Consulta de expedientes",
            "Notificaciones",
            "Ayuda",
        )
    )
    s.body.append(
        f"<div style='height:950px;background:#f6f3f1'><div style='background:#691c32;color:#fff;padding:14px 40px;"
        f"display:flex;align-items:center;gap:18px'><span style='width:46px;height:46px;border-radius:23px;"
        f"background:#bc955c;display:inline-block'></span><div><div style='font-size:21px;font-weight:bold'>"
        f"{s.t('Tribunal Virtual Anáhuac')}</div><div style='font-size:13px;color:#e8d5c0'>"
        f"{s.t('Sistema de Promociones Electrónicas · Poder Judicial')}</div></div><div style='margin-left:auto;"
        f"text-align:right;font-size:13px'>{s.t(user)}<div style='color:#e8d5c0'>{s.t('Sesión con e.firma vigente')}"
        f"</div></div></div><div style='background:#5a1629;color:#fff;font-size:14px;display:flex;padding:0 28px'>"
        f"{menu}</div><div style='padding:22px 40px'>{inner}</div></div>"
    )


def tribunal_form(
    title: str,
    tabs: list[str],
    user: str,
    steps: list[str],
    at: int,
    fields: list[tuple[str, str]],
    files: list[tuple[str, str, str]],
    notice: str,
) -> LegalWindow:
    """A new filing: the stepper (done steps ticked), the case fields as a two-column form and the uploaded
    documents with their pages and sizes, a notice and the send button."""
    s = LegalWindow("chrome", title)
    st = "".join(
        f"<div style='display:flex;align-items:center;gap:8px;font-size:14px;color:{'#691c32' if i <= at else '#8a8a8a'};"
        f"{'font-weight:bold;' if i == at else ''}'><span style='width:26px;height:26px;border-radius:13px;"
        f"background:{'#691c32' if i < at else '#fff'};color:{'#fff' if i < at else '#691c32'};border:2px solid "
        f"{'#691c32' if i <= at else '#bbb'};text-align:center;line-height:22px;font-size:12px'>"
        f"{'&#10003;' if i < at else i + 1}</span>{s.t(n)}</div>"
        for i, n in enumerate(steps)
    )
    fl = "".join(
        f"<div style='width:50%;padding:8px 20px 8px 0'><div style='font-size:12.5px;color:#6b5a5f'>{s.t(k)}</div>"
        f"<div style='background:#fff;border:1px solid #cdbfc3;border-radius:4px;padding:8px 12px;font-size:14px;"
        f"margin-top:4px'>{s.t(v)}</div></div>"
        for k, v in fields
    )
    fs = "".join(
        f"<div style='display:flex;gap:20px;background:#fff;border:1px solid #e2d8da;border-radius:4px;padding:10px "
        f"14px;margin-top:8px;font-size:14px'><span style='color:#b4232d;font-weight:bold'>{s.t('PDF')}</span><span style='"
        f"flex:1'>{s.t(n)}</span><span style='color:#555'>{s.t(p)}</span><span style='color:#555'>{s.t(z)}</span>"
        f"</div>"
        for n, p, z in files
    )
    _tribunal(
        s,
        tabs,
        "https://tribunalvirtual.pjanahuac.gob.mx/promociones/nueva",
        user,
        "Nueva promoción",
        f"<div style='font-size:22px;font-weight:bold;color:#3a0f1c'>{s.t('Nueva promoción')}</div><div style='"
        f"display:flex;gap:34px;margin:16px 0 20px'>{st}</div><div style='background:#fff;border:1px solid #e2d8da;"
        f"border-radius:6px;padding:18px 24px'><div style='display:flex;flex-wrap:wrap'>{fl}</div><div style='"
        f"font-size:15px;font-weight:bold;color:#3a0f1c;margin-top:14px'>{s.t('Documentos adjuntos')}</div>{fs}"
        f"<div style='background:#fbf3e4;border-left:4px solid #bc955c;padding:10px 14px;margin-top:16px;font-size:"
        f"13.5px'>{s.t(notice)}</div><div style='margin-top:16px;text-align:right'><span style='background:#691c32;"
        f"color:#fff;border-radius:4px;padding:10px 26px;font-size:14px'>{s.t('Firmar y enviar')}</span></div></div>",
    )
    return s


def tribunal_acuse(
    title: str,
    tabs: list[str],
    user: str,
    heading: str,
    fields: list[tuple[str, str]],
    seal: list[str],
    legend: str,
) -> LegalWindow:
    """The electronic filing receipt: a bordered certificate with the portal's heading, labelled fields in
    two columns, the digital seal block and a QR square, then the legal legend and the download buttons."""
    s = LegalWindow("chrome", title)
    fl = "".join(
        f"<div style='display:flex;padding:7px 0;border-bottom:1px dashed #e0d3d6;font-size:14px'><span style='"
        f"width:260px;color:#6b5a5f'>{s.t(k)}</span><b style='color:#2a0b14'>{s.t(v)}</b></div>"
        for k, v in fields
    )
    sl = "".join(
        f"<div style='font-family:DejaVu Sans Mono,monospace;font-size:11.5px;color:#444;word-break:break-all'>"
        f"{s.t(x)}</div>"
        for x in seal
    )
    _tribunal(
        s,
        tabs,
        "https://tribunalvirtual.pjanahuac.gob.mx/promociones/acuse",
        user,
        "Mis promociones",
        f"<div style='width:1180px;margin:0 auto;background:#fff;border:2px solid #691c32;border-radius:4px;padding:"
        f"22px 34px'><div style='text-align:center;color:#691c32;font-size:20px;font-weight:bold'>{s.t(heading)}"
        f"</div><div style='text-align:center;color:#6b5a5f;font-size:13px;margin:4px 0 14px'>"
        f"{s.t('Tribunal Virtual Anáhuac · Sistema de Promociones Electrónicas')}</div><div style='display:flex;"
        f"gap:30px'><div style='flex:1'>{fl}</div><div style='width:170px;text-align:center'><div style='width:"
        f"150px;height:150px;margin:6px auto;background:repeating-linear-gradient(45deg,#222 0 6px,#fff 6px 12px)'>"
        f"</div><div style='font-size:12px;color:#6b5a5f'>{s.t('Código de verificación')}</div></div></div><div "
        f"style='margin-top:14px;background:#f7f2f3;padding:10px 14px;border-radius:4px'><div style='font-size:"
        f"12.5px;font-weight:bold;color:#691c32;margin-bottom:4px'>{s.t('Sello digital del Tribunal')}</div>{sl}"
        f"</div><div style='font-size:12.5px;color:#555;margin-top:12px;line-height:18px'>{s.t(legend)}</div><div "
        f"style='margin-top:14px;display:flex;gap:12px'><span style='background:#691c32;color:#fff;border-radius:"
        f"4px;padding:8px 18px;font-size:13.5px'>{s.t('Descargar acuse (PDF)')}</span><span style='border:1px solid "
        f"#691c32;color:#691c32;border-radius:4px;padding:8px 18px;font-size:13.5px'>{s.t('Enviar por correo')}"
        f"</span></div></div>",
    )
    return s


def tribunal_list(
    title: str,
    tabs: list[str],
    user: str,
    filters: list[tuple[str, str]],
    head: list[str],
    rows: list[list[str]],
    footer: str,
) -> LegalWindow:
    """The list of filings: a filter bar (period, court, status) and a table; each row's status is a coloured
    label (Recibida, Turnada, Acordada)."""
    s = LegalWindow("chrome", title)
    colors = {"Recibida": "#8a6d1f", "Turnada": "#1f5a8a", "Acordada": "#2e7d32"}
    fb = "".join(
        f"<div style='margin-right:22px'><div style='font-size:12px;color:#6b5a5f'>{s.t(k)}</div><div style='"
        f"background:#fff;border:1px solid #cdbfc3;border-radius:4px;padding:7px 12px;font-size:13.5px;min-width:"
        f"200px;margin-top:3px'>{s.t(v)}</div></div>"
        for k, v in filters
    )
    table = "<table class='tv' style='width:100%;border-collapse:collapse;background:#fff'><tr>" + "".join(
        f"<th>{s.t(h)}</th>" for h in head
    )
    table += "</tr>"
    for r in rows:
        table += "<tr>"
        for h, c in zip(head, r):
            if h == "Estatus":
                table += f"<td style='color:{colors[c]};font-weight:bold'>&#9679; {s.t(c)}</td>"
            elif h == "Folio":
                table += f"<td style='font-family:DejaVu Sans Mono,monospace;font-size:13px'>{s.t(c)}</td>"
            else:
                table += f"<td>{s.t(c)}</td>"
        table += "</tr>"
    table += "</table>"
    _tribunal(
        s,
        tabs,
        "https://tribunalvirtual.pjanahuac.gob.mx/promociones/mis-promociones",
        user,
        "Mis promociones",
        f"<div style='font-size:22px;font-weight:bold;color:#3a0f1c'>{s.t('Mis promociones')}</div><div style='"
        f"display:flex;align-items:flex-end;margin:14px 0 16px'>{fb}<span style='background:#691c32;color:#fff;"
        f"border-radius:4px;padding:8px 18px;font-size:13.5px'>{s.t('Buscar')}</span></div>{table}<div style='"
        f"font-size:12.5px;color:#6b5a5f;margin-top:10px'>{s.t(footer)}</div>",
    )
    return s


# ------------------------------------------------------------------------------------------------ Word
AUTHOR_COLOR = {"Andrés Peña": "#1d5fbf", "Óscar Villalobos": "#b4009e", "Valeria Ortiz": "#0e7a0d"}


def word(
    title: str,
    blocks: list[tuple[str, list[tuple[str, str, str]]]],
    comments: list[tuple[str, str, str]],
    status: list[str],
) -> LegalWindow:
    """Word (light) with the Revisar tab open: the blue title bar (AutoGuardado, the file name, the search box),
    the ribbon's review groups, a page on grey whose paragraphs hold tracked runs (kind 'n' plain, 'ins'
    underlined, 'del' struck through, coloured by author) with a change bar beside changed paragraphs, the
    comment balloons in the right margin and the status bar."""
    s = LegalWindow("winword", title)
    s.top = (
        f"<div style='height:44px;background:#185abd;color:#fff;display:flex;align-items:center;gap:16px;padding:0 "
        f"14px;font-size:13px'><span>{s.t('Autoguardado')}</span><span style='background:#fff;width:30px;height:"
        f"15px;border-radius:8px;display:inline-block'></span><b style='margin-left:120px'>{s.t(title.replace(' - Word', ''))}"
        f"</b><span style='margin-left:60px;background:#ffffff26;border-radius:4px;padding:5px 180px 5px 12px'>"
        f"{s.t('Buscar')}</span><span style='margin-left:auto'>{s.t('Valeria Ortiz')}</span>"
        f"{_winctl('#fff')}</div>"
    )
    tabs = "".join(
        f"<span style='padding:7px 10px;{'border-bottom:3px solid #185abd;font-weight:bold;color:#185abd;' if t == 'Revisar' else ''}'>"
        f"{s.t(t)}</span>"
        for t in (
            "Archivo",
            "Inicio",
            "Insertar",
            "Dibujar",
            "Diseño",
            "Disposición",
            "Referencias",
            "Correspondencia",
            "Revisar",
            "Vista",
            "Ayuda",
        )
    )
    groups = "".join(
        f"<div style='display:flex;flex-direction:column;align-items:center;gap:4px;padding:0 12px;border-right:1px "
        f"solid #e1e1e1'><span style='width:26px;height:22px;border-radius:3px;background:{c}'></span>{s.t(g)}</div>"
        for g, c in (
            ("Ortografía y gramática", "#5a8ad6"),
            ("Nuevo comentario", "#f2c94c"),
            ("Control de cambios", "#185abd"),
            ("Todas las marcas", "#9aa9c2"),
            ("Aceptar", "#2e7d32"),
            ("Rechazar", "#c62828"),
            ("Anterior", "#9aa9c2"),
            ("Siguiente", "#9aa9c2"),
            ("Comparar", "#7e57c2"),
        )
    )
    para = ""
    for style, runs in blocks:
        changed = any(k != "n" for k, _, _ in runs)
        inner = ""
        for kind, text, who in runs:
            color = AUTHOR_COLOR.get(who, "#1b1b1b")
            if kind == "ins":
                inner += f"<span style='color:{color};text-decoration:underline'>{s.t(text)}</span>"
            elif kind == "del":
                inner += f"<span style='color:{color};text-decoration:line-through'>{s.t(text)}</span>"
            else:
                inner += s.t(text)
        weight = "font-weight:bold;" if style in ("h", "c") else ""
        align = "text-align:center;" if style == "c" else "text-align:justify;"
        para += (
            f"<div style='position:relative;margin:0 0 12px;{weight}{align}'>"
            + (
                "<span style='position:absolute;left:-26px;top:2px;bottom:2px;border-left:2px solid #555'></span>"
                if changed
                else ""
            )
            + f"{inner}</div>"
        )
    bal = "".join(
        f"<div style='background:#fff;border:1px solid #d6d6d6;border-left:4px solid {AUTHOR_COLOR.get(who, '#777')};"
        f"border-radius:4px;padding:8px 10px;margin-bottom:12px;font-size:12.5px;line-height:17px'><div style='"
        f"display:flex;gap:8px;align-items:center'>{_avatar(who, 22)}<b>{s.t(who)}</b></div><div style='color:#666;"
        f"font-size:11.5px;margin:3px 0'>{s.t(when)}</div><div>{s.t(text)}</div></div>"
        for who, when, text in comments
    )
    stat = "".join(f"<span style='margin-right:22px'>{s.t(x)}</span>" for x in status)
    s.body.append(
        f"<div style='height:36px;background:#f3f3f3;display:flex;align-items:flex-end;gap:4px;padding:0 12px;"
        f"font-size:13px'>{tabs}</div><div style='height:74px;background:#fbfbfb;border-bottom:1px solid #dcdcdc;"
        f"display:flex;align-items:center;padding:0 12px;font-size:11.5px;color:#333'>{groups}</div><div style='"
        f"height:852px;background:#e7e7e7;display:flex;justify-content:center;gap:18px;padding-top:18px;overflow:"
        f"hidden'><div style='width:860px;background:#fff;box-shadow:0 0 4px #0003;padding:60px 78px;font-family:"
        f"Liberation Serif,serif;font-size:16px;line-height:25px;color:#1b1b1b'>{para}</div><div style='width:"
        f"360px;padding-top:40px'>{bal}</div></div><div style='height:26px;background:#f3f3f3;border-top:1px solid "
        f"#dcdcdc;font-size:12px;color:#444;display:flex;align-items:center;padding:0 14px'>{stat}</div>"
    )
    return s


# ----------------------------------------------------------------------------------------- FirmaSegura
SIGN_COLOR = {"Firmado": "#1b7f3b", "Visto": "#b26a00", "Enviado": "#1d5fbf", "En espera": "#7a7a7a"}


def firma(
    title: str,
    tabs: list[str],
    envelope: str,
    status: str,
    info: list[tuple[str, str]],
    signers: list[tuple[str, str, str, str, str, str]],
    history: list[tuple[str, str]],
) -> LegalWindow:
    """FirmaSegura (light, a yellow accent): the envelope's name and status, its sender, dates and id, the
    recipients in signing order (number, name, company, e-mail, status and when) and the audit trail at the
    right."""
    s = LegalWindow("chrome", title)
    _chrome(s, tabs, "https://app.firmasegura.mx/sobres/detalle")
    nav = "".join(
        f"<span style='{'border-bottom:3px solid #ffc629;font-weight:bold;' if n == 'Sobres' else ''}padding:16px 4px'>"
        f"{s.t(n)}</span>"
        for n in ("Inicio", "Sobres", "Plantillas", "Informes")
    )
    inf = "".join(
        f"<div style='margin-right:46px'><div style='font-size:12px;color:#6b6b6b'>{s.t(k)}</div><div style='font-"
        f"size:14px;margin-top:2px'>{s.t(v)}</div></div>"
        for k, v in info
    )
    sg = ""
    for num, who, org, mail, st, when in signers:
        sg += (
            f"<div style='display:flex;align-items:center;gap:16px;padding:14px 0;border-bottom:1px solid #eee'>"
            f"<span style='width:28px;height:28px;border-radius:14px;background:#222;color:#ffc629;text-align:"
            f"center;line-height:28px;font-weight:bold'>{s.t(num)}</span>{_avatar(who, 36)}<div style='flex:1'><div "
            f"style='font-size:15px;font-weight:bold'>{s.t(who)}</div><div style='font-size:13px;color:#555'>"
            f"{s.t(org)}</div><div style='font-size:13px;color:#555'>{s.t(mail)}</div></div><div style='width:300px;"
            f"text-align:right'><div style='color:{SIGN_COLOR[st.split(' —')[0]]};font-weight:bold;font-size:14px'>"
            f"{s.t(st)}</div><div style='font-size:12.5px;color:#666;margin-top:2px'>{s.t(when)}</div></div></div>"
        )
    hs = "".join(
        f"<div style='padding:8px 0;border-bottom:1px solid #eee;font-size:13px'><div style='color:#6b6b6b;font-size:"
        f"12px'>{s.t(when)}</div><div style='margin-top:2px'>{s.t(what)}</div></div>"
        for when, what in history
    )
    pill = {"Completado": ("#e3f5e8", "#1b7f3b"), "En curso": ("#fff4d6", "#8a5b00")}[status]
    s.body.append(
        f"<div style='height:56px;background:#1a1a1a;color:#fff;display:flex;align-items:center;gap:26px;padding:0 "
        f"34px;font-size:14.5px'><b style='color:#ffc629;font-size:20px'>{s.t('FirmaSegura')}</b>{nav}<span style='"
        f"margin-left:auto'>{s.t('Valeria Ortiz · ASM Abogados')}</span></div><div style='height:894px;background:"
        f"#f5f5f2;padding:22px 40px;display:flex;gap:24px'><div style='flex:1;background:#fff;border-radius:8px;"
        f"padding:20px 28px;box-shadow:0 1px 3px #0001'><div style='display:flex;align-items:center;gap:14px'><span "
        f"style='font-size:21px;font-weight:bold'>{s.t(envelope)}</span><span style='background:{pill[0]};color:"
        f"{pill[1]};border-radius:12px;padding:4px 12px;font-size:13px;font-weight:bold'>{s.t(status)}</span></div>"
        f"<div style='display:flex;margin:16px 0 10px'>{inf}</div><div style='font-size:15px;font-weight:bold;"
        f"margin-top:14px'>{s.t('Destinatarios (orden de firma)')}</div>{sg}</div><div style='width:400px;"
        f"background:#fff;border-radius:8px;padding:18px 22px;box-shadow:0 1px 3px #0001'><div style='font-size:"
        f"15px;font-weight:bold'>{s.t('Historial del sobre')}</div>{hs}</div></div>"
    )
    return s


# --------------------------------------------------------------------------------------------- Outlook
def outlook(
    title: str,
    folders: list[tuple[str, str]],
    groups: list[tuple[str, list[tuple[str, str, str, str, bool]]]],
    selected: str | None,
    message: dict | None,
) -> LegalWindow:
    """Classic Outlook in dark mode (es-MX): the title bar, the ribbon's tabs and simplified buttons, the
    folder pane with unread counts, the message list (Prioritarios/Otros) grouped under Hoy/Ayer (sender,
    subject, preview, time), and the reading pane: the subject on top, the sender and recipients under it,
    then the body lines or a receipt card."""
    s = LegalWindow("outlook", title, theme="dark")
    s.top = (
        f"<div style='height:34px;background:#1f1f1f;color:#e6e6e6;display:flex;align-items:center;gap:14px;"
        f"padding:0 12px;font-size:12.5px'><span style='width:18px;height:18px;background:#0f6cbd;border-radius:3px'>"
        f"</span><span style='margin-left:540px;background:#2d2d2d;border-radius:4px;padding:5px 200px 5px 12px;"
        f"color:#aaa'>{s.t('Buscar')}</span>{_winctl('#e6e6e6')}</div>"
    )
    rib_tabs = "".join(
        f"<span style='padding:6px 10px;{'border-bottom:2px solid #479ef5;color:#fff;' if t == 'Inicio' else ''}'>"
        f"{s.t(t)}</span>"
        for t in ("Archivo", "Inicio", "Enviar y recibir", "Carpeta", "Vista", "Ayuda")
    )
    buttons = "".join(
        f"<span style='{'background:#0f6cbd;color:#fff;border-radius:4px;padding:5px 12px;' if i == 0 else 'padding:5px 6px;'}'>"
        f"{s.t(b)}</span>"
        for i, b in enumerate(
            (
                "Nuevo correo electrónico",
                "Eliminar",
                "Archivar",
                "Responder",
                "Responder a todos",
                "Reenviar",
                "Mover",
                "Marcar como no leído",
            )
        )
    )
    fl = "".join(
        f"<div style='display:flex;padding:6px 14px 6px {28 if i > 0 else 14}px;font-size:13.5px;"
        f"{'background:#2f3b4d;color:#fff;' if i == 1 else 'color:#d6d6d6;'}'><span>{s.t(n)}</span><span style='"
        f"margin-left:auto;color:#6cb8f6;font-weight:bold'>{s.t(c) if c else ''}</span></div>"
        for i, (n, c) in enumerate(folders)
    )
    lst = (
        f"<div style='display:flex;gap:18px;padding:10px 16px;font-size:13.5px;border-bottom:1px solid #333'>"
        f"<b style='color:#fff;border-bottom:2px solid #479ef5'>{s.t('Prioritarios')}</b><span style='color:#aaa'>"
        f"{s.t('Otros')}</span></div>"
    )
    for label, items in groups:
        lst += f"<div style='padding:8px 16px 4px;font-size:12.5px;color:#9c9c9c'>{s.t(label)}</div>"
        for who, subject, preview, when, unread in items:
            on = subject == selected
            if len(subject) > 46:  # the list cuts a long subject (the reading pane shows it whole)
                subject = subject[:45].rstrip() + "…"
            lst += (
                f"<div style='padding:8px 16px 8px 13px;border-left:3px solid {'#479ef5' if unread else 'transparent'};"
                f"{'background:#2f3b4d;' if on else ''}border-bottom:1px solid #2a2a2a'><div style='display:flex;"
                f"font-size:14px;color:#fff;{'font-weight:bold;' if unread else ''}'><span>{s.t(who)}</span></div><div "
                f"style='display:flex;font-size:13px;margin-top:2px;color:{'#6cb8f6' if unread else '#e0e0e0'}'><span "
                f"style='white-space:nowrap;overflow:hidden;max-width:330px'>{s.t(subject)}</span><span style='"
                f"margin-left:auto;color:#bdbdbd;font-size:12px;white-space:nowrap;padding-left:8px'>{s.t(when)}</span>"
                f"</div><div style='font-size:12.5px;color:#9c9c9c;margin-top:2px;white-space:nowrap;overflow:hidden'>"
                f"{s.t(preview)}</div></div>"
            )
    if message is None:
        pane = (
            f"<div style='flex:1;display:flex;align-items:center;justify-content:center;color:#9c9c9c;font-size:15px'>"
            f"{s.t('Seleccione un elemento para leerlo')}</div>"
        )
    else:
        body = "".join(
            f"<div style='font-size:14.5px;line-height:22px;min-height:22px;color:#e6e6e6'>{s.t(x) if x else ''}</div>"
            for x in message.get("body", [])
        )
        if message.get("card"):
            rows = "".join(
                f"<div style='display:flex;padding:7px 0;border-bottom:1px solid #eee;font-size:14px'><span style='"
                f"color:#555'>{s.t(k)}</span><span style='margin-left:auto;{'font-weight:bold;' if k.startswith('Total') else ''}'>"
                f"{s.t(v)}</span></div>"
                for k, v in message["card"]
            )
            body += (
                f"<div style='width:560px;background:#fff;color:#1b1b1b;border-radius:10px;padding:20px 26px;margin-top:"
                f"10px'><div style='color:#fc6b2d;font-size:24px;font-weight:bold'>{s.t(message['brand'])}</div>"
                f"<div style='font-size:17px;font-weight:bold;margin:8px 0 12px'>{s.t(message['card_title'])}</div>"
                f"{rows}</div>"
            )
        pane = (
            f"<div style='flex:1;background:#262626;padding:18px 26px;overflow:hidden'><div style='font-size:19px;"
            f"color:#fff;font-weight:bold'>{s.t(message['subject'])}</div><div style='display:flex;gap:12px;"
            f"margin:14px 0 16px;align-items:center'>{_avatar(message['from'], 40)}<div><div style='font-size:14.5px;"
            f"color:#fff'>{s.t(message['from'])}</div><div style='font-size:12.5px;color:#bdbdbd'>{s.t(message['to'])}"
            f"</div></div><div style='margin-left:auto;font-size:12.5px;color:#bdbdbd'>{s.t(message['date'])}</div>"
            f"</div>{body}</div>"
        )
    s.body.append(
        f"<div style='height:34px;background:#292929;color:#d6d6d6;display:flex;align-items:flex-end;gap:4px;"
        f"padding:0 12px;font-size:13px'>{rib_tabs}</div><div style='height:42px;background:#292929;border-bottom:"
        f"1px solid #3a3a3a;display:flex;align-items:center;gap:12px;padding:0 12px;font-size:13px;color:#e6e6e6'>"
        f"{buttons}</div><div style='display:flex;height:922px;background:#1f1f1f'><div style='width:250px;"
        f"border-right:1px solid #333;padding-top:10px'><div style='padding:4px 14px 8px;font-size:12.5px;color:"
        f"#9c9c9c'>{s.t('valeria.ortiz@asmabogados.mx')}</div>{fl}</div><div style='width:470px;border-right:1px "
        f"solid #333;overflow:hidden'>{lst}</div>{pane}</div>"
    )
    return s


def outlook_schedule(
    title: str,
    month: str,
    first_weekday: int,
    days_in_month: int,
    today: int,
    calendars: list[str],
    day_heading: str,
    first_hour: int,
    last_hour: int,
    events: list[tuple[int, str, str, str]],
    upcoming: list[tuple[str, str]],
) -> LegalWindow:
    """Outlook's calendar (dark), the day view with the shared calendars side by side: the same title bar and
    ribbon (the calendar's buttons), a month picker and the list of calendars at the left, the day's heading,
    one column per calendar under an hour ruler with the events placed by start and end, and the to-do bar's
    upcoming hearings at the right."""
    s = LegalWindow("outlook", title, theme="dark")
    s.top = (
        f"<div style='height:34px;background:#1f1f1f;color:#e6e6e6;display:flex;align-items:center;gap:14px;"
        f"padding:0 12px;font-size:12.5px'><span style='width:18px;height:18px;background:#0f6cbd;border-radius:3px'>"
        f"</span><span style='margin-left:540px;background:#2d2d2d;border-radius:4px;padding:5px 200px 5px 12px;"
        f"color:#aaa'>{s.t('Buscar')}</span>{_winctl('#e6e6e6')}</div>"
    )
    rib = "".join(
        f"<span style='{'background:#0f6cbd;color:#fff;border-radius:4px;padding:5px 12px;' if i == 0 else 'padding:5px 6px;'}'>"
        f"{s.t(b)}</span>"
        for i, b in enumerate(
            ("Nueva cita", "Nueva reunión", "Hoy", "Día", "Semana laboral", "Semana", "Mes", "Dividir")
        )
    )
    wk = "".join(
        f"<div style='text-align:center;font-size:11.5px;color:#9c9c9c'>{s.t(d)}</div>"
        for d in ("L", "M", "X", "J", "V", "S", "D")
    )
    cells = "<div></div>" * first_weekday + "".join(
        f"<div style='text-align:center;font-size:12.5px;padding:3px 0;{'background:#0f6cbd;color:#fff;border-radius:12px;' if d == today else 'color:#d6d6d6;'}'>"
        f"{s.t(str(d))}</div>"
        for d in range(1, days_in_month + 1)
    )
    cal = "".join(
        f"<div style='font-size:13px;color:#e0e0e0;padding:4px 0'><span style='display:inline-block;width:12px;"
        f"height:12px;background:{_tint(c)};border-radius:2px;margin-right:8px'></span>{s.t(c)}</div>"
        for c in calendars
    )
    hour_px, col_w, left = 74, 236, 56
    head = "".join(
        f"<div style='position:absolute;left:{left + i * col_w}px;top:0;width:{col_w}px;padding:6px 8px;font-size:13px;"
        f"color:#fff;border-left:1px solid #3a3a3a;border-bottom:3px solid {_tint(c)}'>{s.t(c)}</div>"
        for i, c in enumerate(calendars)
    )
    ruler = "".join(
        f"<div style='position:absolute;left:0;top:{34 + (h - first_hour) * hour_px}px;width:{left + len(calendars) * col_w}px;"
        f"border-top:1px solid #333;font-size:11.5px;color:#9c9c9c;padding:2px 0 0 4px'>{s.t(f'{h}:00')}</div>"
        for h in range(first_hour, last_hour)
    )

    def y(hhmm: str) -> int:
        h, m = (int(v) for v in hhmm.split(":"))
        return 34 + int((h - first_hour + m / 60) * hour_px)

    ev = "".join(
        f"<div style='position:absolute;left:{left + lane * col_w + 4}px;top:{y(a) + 1}px;width:{col_w - 10}px;"
        f"height:{y(b) - y(a) - 2}px;background:{_tint(calendars[lane])}66;border-left:4px solid {_tint(calendars[lane])};"
        f"border-radius:3px;padding:2px 6px;font-size:12px;line-height:15px;color:#fff;overflow:hidden'>"
        f"<b>{s.t(f'{a}–{b}')}</b> {s.t(what)}</div>"
        for lane, a, b, what in events
    )
    up = "".join(
        f"<div style='padding:8px 0;border-bottom:1px solid #333'><div style='font-size:12.5px;color:#6cb8f6'>"
        f"{s.t(when)}</div><div style='font-size:13px;color:#e6e6e6;margin-top:2px;line-height:18px'>{s.t(what)}</div>"
        f"</div>"
        for when, what in upcoming
    )
    s.body.append(
        f"<div style='height:42px;background:#292929;border-bottom:1px solid #3a3a3a;display:flex;align-items:center;"
        f"gap:12px;padding:0 12px;font-size:13px;color:#e6e6e6'>{rib}</div><div style='display:flex;height:956px;"
        f"background:#1f1f1f'><div style='width:250px;border-right:1px solid #333;padding:14px'><div style='font-"
        f"size:14px;color:#fff;margin-bottom:8px'>{s.t(month)}</div><div style='display:grid;grid-template-columns:"
        f"repeat(7,1fr);gap:1px'>{wk}{cells}</div><div style='font-size:12.5px;color:#9c9c9c;margin:18px 0 6px'>"
        f"{s.t('Calendarios compartidos')}</div>{cal}</div><div style='flex:1;padding:12px 16px;overflow:hidden'>"
        f"<div style='font-size:19px;color:#fff;margin-bottom:10px'>{s.t(day_heading)}</div><div style='position:"
        f"relative;height:{34 + (last_hour - first_hour) * hour_px}px'>{head}{ruler}{ev}</div></div><div style='"
        f"width:330px;border-left:1px solid #333;padding:14px 16px'><div style='font-size:14px;color:#fff;"
        f"font-weight:bold'>{s.t('Próximas audiencias y citas')}</div>{up}</div></div>"
    )
    return s


# ----------------------------------------------------------------------------------------------- Teams
def teams_channel(
    title: str,
    team: str,
    channels: list[str],
    channel: str,
    posts: list[tuple[str, str, str, list[tuple[str, str, str]]]],
) -> LegalWindow:
    """Teams (light): the app bar, the teams and channels list, the channel header with its tabs, and the
    posts as cards (author, time, text) with their replies indented under them, then the composer."""
    s = LegalWindow("teams", title)
    s.top = (
        f"<div style='height:44px;background:#ebebeb;display:flex;align-items:center;gap:14px;padding:0 14px;"
        f"font-size:13px;color:#242424'><span style='letter-spacing:8px'>&#8592;&#8594;</span><span style='"
        f"margin-left:520px;background:#fff;border:1px solid #d1d1d1;border-radius:4px;padding:6px 230px 6px 12px;"
        f"color:#616161'>{s.t('Buscar')}</span><span style='margin-left:auto'>&#8943;</span>{_avatar('Valeria Ortiz', 28)}"
        f"{_winctl('#333')}</div>"
    )
    bar = "".join(
        f"<div style='padding:10px 0;text-align:center;font-size:10.5px;{'color:#5b5fc7;' if n == 'Teams' else 'color:#616161;'}'>"
        f"<div style='width:22px;height:22px;margin:0 auto 3px;border-radius:5px;background:{'#5b5fc7' if n == 'Teams' else '#c7c7c7'}'>"
        f"</div>{s.t(n)}</div>"
        for n in ("Actividad", "Chat", "Teams", "Calendario", "Llamadas", "Archivos")
    )
    ch = "".join(
        f"<div style='padding:7px 14px 7px 34px;font-size:14px;{'background:#fff;font-weight:bold;border-radius:4px;' if c == channel else 'color:#424242;'}'>"
        f"{s.t(c)}</div>"
        for c in channels
    )
    ps = ""
    for who, when, text, replies in posts:
        rp = "".join(
            f"<div style='display:flex;gap:10px;padding:10px 16px;border-top:1px solid #f0f0f0'>{_avatar(rw, 28)}<div>"
            f"<div style='font-size:13px'><b>{s.t(rw)}</b> <span style='color:#616161;font-size:12px'>{s.t(rt)}</span>"
            f"</div><div style='font-size:14px;margin-top:2px;line-height:19px'>{s.t(rx)}</div></div></div>"
            for rw, rt, rx in replies
        )
        ps += (
            f"<div style='background:#fff;border-radius:6px;box-shadow:0 1px 2px #0002;margin-bottom:14px'><div "
            f"style='display:flex;gap:12px;padding:14px 16px'>{_avatar(who, 32)}<div><div style='font-size:13.5px'>"
            f"<b>{s.t(who)}</b> <span style='color:#616161;font-size:12px'>{s.t(when)}</span></div><div style='"
            f"font-size:14.5px;margin-top:4px;line-height:20px'>{s.t(text)}</div></div></div>"
            + (
                f"<div style='padding-left:44px;background:#fafafa;border-radius:0 0 6px 6px'>{rp}</div>"
                if replies
                else ""
            )
            + f"<div style='padding:8px 60px;font-size:13px;color:#5b5fc7;border-top:1px solid #f0f0f0'>"
            f"{s.t('Responder')}</div></div>"
        )
    s.body.append(
        f"<div style='display:flex;height:988px'><div style='width:68px;background:#ebebeb;padding-top:6px'>{bar}"
        f"</div><div style='width:300px;background:#f5f5f5;border-right:1px solid #e0e0e0;padding-top:12px'><div "
        f"style='padding:6px 16px 12px;font-size:17px;font-weight:bold'>{s.t('Equipos')}</div><div style='padding:"
        f"6px 14px;font-size:14px;font-weight:bold'>{s.t(team)}</div>{ch}</div><div style='flex:1;background:"
        f"#f0f0f0;display:flex;flex-direction:column'><div style='height:56px;background:#fff;border-bottom:1px "
        f"solid #e0e0e0;display:flex;align-items:center;gap:22px;padding:0 22px;font-size:14px'><b style='font-size:"
        f"17px'>{s.t(channel)}</b><span style='border-bottom:3px solid #5b5fc7;padding:17px 0;font-weight:bold'>"
        f"{s.t('Publicaciones')}</span><span>{s.t('Archivos')}</span><span>{s.t('Notas')}</span></div><div style='"
        f"flex:1;padding:18px 120px 0;overflow:hidden;display:flex;flex-direction:column;justify-content:flex-end'>"
        f"{ps}</div><div style='margin:10px 120px 20px;background:#fff;border:1px solid #d1d1d1;border-radius:6px;"
        f"padding:12px 16px;color:#616161;font-size:14px'>{s.t('Iniciar una publicación')}</div></div></div>"
    )
    return s


# ----------------------------------------------------------------------------------------------- Excel
def excel(
    title: str,
    cell: str,
    formula: str,
    cols: list[str],
    rows: list[tuple[str, int, list[str]]],
    numeric: set[int],
    sel: tuple[int, int] | None,
    sheets: list[str],
) -> LegalWindow:
    """Excel (light, a green title bar, the es-MX ribbon): the name box and formula bar, the grid with column
    letters and row numbers, rows of kinds 'tl' (a title), 'hd' (the header), 'gp' (a client), 'row', 'sb'
    (a subtotal), 'tt' (the totals) and 'nt' (a note), the sheet tabs and the status bar."""
    s = LegalWindow("excel", title)
    s.top = (
        f"<div style='height:40px;background:#107c41;color:#fff;display:flex;align-items:center;gap:16px;padding:0 "
        f"14px;font-size:13px'><span>{s.t('Autoguardado')}</span><b style='margin-left:100px'>"
        f"{s.t(title.replace(' - Excel', ''))}</b><span style='margin-left:60px;background:#ffffff2e;border-radius:"
        f"4px;padding:5px 180px 5px 12px'>{s.t('Buscar')}</span>{_winctl('#fff')}</div>"
    )
    tabs = "".join(
        f"<span style='padding:7px 10px;{'border-bottom:3px solid #107c41;font-weight:bold;color:#107c41;' if t == 'Inicio' else ''}'>"
        f"{s.t(t)}</span>"
        for t in (
            "Archivo",
            "Inicio",
            "Insertar",
            "Disposición de página",
            "Fórmulas",
            "Datos",
            "Revisar",
            "Vista",
            "Ayuda",
        )
    )
    letters = "ABCDEFGH"[: len(cols)]
    grid = "<table class='xg' style='border-collapse:collapse;background:#fff'><tr><th></th>" + "".join(
        f"<th style='width:{w}px'>{s.t(c)}</th>"
        for c, w in zip(letters, (150, 330, 200, 90, 150, 170, 120, 120))
    )
    grid += "</tr>"
    for r, (kind, num, cells) in enumerate(rows):
        grid += f"<tr class='{kind}'><td class='rn'>{s.t(str(num))}</td>"
        if kind in ("tl", "nt", "gp"):  # text that runs over the empty cells to its right
            size = "font-size:17px;font-weight:bold;" if kind == "tl" else ""
            grid += f"<td colspan='{len(cols)}' style='{size}'>{s.t(cells[0])}</td></tr>"
            continue
        for i, c in enumerate(cells):
            cls = "n" if i in numeric and kind != "hd" else ""
            if sel == (r, i):
                cls += " sel"
            grid += f"<td class='{cls}'>{s.t(c) if c else ''}</td>"
        grid += "</tr>"
    grid += "</table>"
    sh = "".join(
        f"<span style='padding:5px 16px;{'background:#fff;color:#107c41;font-weight:bold;border-bottom:2px solid #107c41;' if i == 0 else ''}'>"
        f"{s.t(n)}</span>"
        for i, n in enumerate(sheets)
    )
    s.body.append(
        f"<div style='height:34px;background:#f3f3f3;display:flex;align-items:flex-end;gap:2px;padding:0 10px;"
        f"font-size:13px'>{tabs}</div><div style='height:70px;background:#fbfbfb;border-bottom:1px solid #ddd'>"
        f"</div><div style='height:30px;display:flex;align-items:center;gap:10px;padding:0 8px;border-bottom:1px "
        f"solid #ddd;font-size:13px'><span style='width:90px;border:1px solid #ccc;padding:3px 6px'>{s.t(cell)}</span>"
        f"<i style='color:#777'>{s.t('fx')}</i><span style='flex:1;border-left:1px solid #ccc;padding-left:8px'>{s.t(formula)}"
        f"</span></div><div style='height:810px;overflow:hidden;background:#fff'>{grid}</div><div style='height:28px;"
        f"background:#f3f3f3;border-top:1px solid #ddd;display:flex;gap:4px;align-items:center;padding:0 10px;"
        f"font-size:12.5px'>{sh}<span style='padding:0 10px;font-size:16px'>+</span></div><div style='height:24px;"
        f"background:#f3f3f3;border-top:1px solid #ddd;display:flex;align-items:center;gap:30px;padding:0 14px;"
        f"font-size:12px;color:#444'><span>{s.t('Listo')}</span><span style='margin-left:auto'>{s.t('100 %')}"
        f"</span></div>"
    )
    return s


# -------------------------------------------------------------------------------------------- CFDI viewer
def cfdi_viewer(
    title: str,
    tabs: list[str],
    url: str,
    status: str,
    head: list[tuple[str, str]],
    emisor: list[tuple[str, str]],
    receptor: list[tuple[str, str]],
    concept_head: list[str],
    concepts: list[list[str]],
    totals: list[tuple[str, str]],
    payment: list[tuple[str, str]],
    seals: list[tuple[str, str]],
) -> LegalWindow:
    """A CFDI 4.0 viewer in Edge (the billing provider's): a toolbar with the status badge and the downloads,
    then the invoice's printed form: the header box (type, serie-folio, folio fiscal, dates), emisor and
    receptor side by side, the concepts table, payment fields and the totals box, and the seals at the
    bottom."""
    s = LegalWindow("edge", title)
    _edge(s, tabs, url)

    def kv(pairs: list[tuple[str, str]], w: int = 190) -> str:
        return "".join(
            f"<div style='display:flex;font-size:13px;padding:3px 0'><span style='width:{w}px;flex:none;color:#4a5866'>"
            f"{s.t(k)}</span><span style='font-weight:bold;color:#14202b'>{s.t(v)}</span></div>"
            for k, v in pairs
        )

    ct = "<table class='cf' style='width:100%;border-collapse:collapse'><tr>" + "".join(
        f"<th>{s.t(h)}</th>" for h in concept_head
    )
    ct += "</tr>" + "".join(
        "<tr>"
        + "".join(f"<td class='{'n' if i >= len(r) - 2 else ''}'>{s.t(c)}</td>" for i, c in enumerate(r))
        + "</tr>"
        for r in concepts
    )
    ct += "</table>"
    tt = "".join(
        f"<div style='display:flex;padding:5px 0;font-size:14px;{'border-top:2px solid #14202b;font-weight:bold;font-size:16px;' if k.startswith('Total') else ''}'>"
        f"<span>{s.t(k)}</span><span style='margin-left:auto'>{s.t(v)}</span></div>"
        for k, v in totals
    )
    sl = "".join(
        f"<div style='font-size:11px;color:#4a5866;margin-top:4px'><b>{s.t(k)}</b></div><div style='font-family:"
        f"DejaVu Sans Mono,monospace;font-size:10.5px;color:#333;word-break:break-all'>{s.t(v)}</div>"
        for k, v in seals
    )
    badge = "#1b7f3b" if status == "Vigente" else "#b3261e"
    s.body.append(
        f"<div style='height:950px;background:#dfe5ea;overflow:hidden'><div style='height:50px;background:#fff;"
        f"border-bottom:1px solid #cfd8e0;display:flex;align-items:center;gap:18px;padding:0 30px;font-size:14px'>"
        f"<b style='color:#0a6e8a;font-size:18px'>{s.t('Facturia')}</b><span>{s.t('Visor de CFDI 4.0')}</span><span "
        f"style='background:{badge};color:#fff;border-radius:12px;padding:3px 12px;font-size:12.5px'>"
        f"{s.t('Estatus SAT: ' + status)}</span><span style='margin-left:auto;color:#0a6e8a'>{s.t('Descargar XML')}"
        f"</span><span style='color:#0a6e8a'>{s.t('Descargar PDF')}</span></div><div style='width:1280px;margin:16px "
        f"auto;background:#fff;box-shadow:0 1px 4px #0003;padding:24px 34px'><div style='display:flex;gap:30px'><div "
        f"style='flex:1'><div style='font-size:12px;color:#0a6e8a;font-weight:bold'>{s.t('EMISOR')}</div>"
        f"{kv(emisor, 150)}</div><div style='width:520px;border:1px solid #c9d3dc;padding:10px 14px'>{kv(head)}</div>"
        f"</div><div style='margin-top:14px;border-top:1px solid #c9d3dc;padding-top:10px'><div style='font-size:12px;"
        f"color:#0a6e8a;font-weight:bold'>{s.t('RECEPTOR')}</div>{kv(receptor, 150)}</div><div style='margin-top:"
        f"14px'>{ct}</div><div style='display:flex;gap:40px;margin-top:14px'><div style='flex:1'>{kv(payment, 170)}"
        f"</div><div style='width:380px'>{tt}</div></div><div style='margin-top:12px;border-top:1px solid #c9d3dc;"
        f"padding-top:6px'>{sl}</div></div></div>"
    )
    return s


# ----------------------------------------------------------------------------------------- Banco Meridiano
def bank(
    title: str,
    tabs: list[str],
    cards: list[tuple[str, str]],
    head: list[str],
    rows: list[list[str]],
    selected: int,
    detail_title: str,
    detail: list[tuple[str, str]],
    note: str,
) -> LegalWindow:
    """Meridiano Empresarial (dark, teal accents): the left menu, the account cards, the SPEI transfers
    table (the selected row highlighted) and a drawer at the right with the selected transfer's detail."""
    s = LegalWindow("chrome", title, theme="dark")
    _chrome(s, tabs, "https://empresas.bancomeridiano.mx/spei/movimientos")
    nav = "".join(
        f"<div style='padding:11px 22px;font-size:14px;{'background:#12332c;color:#fff;border-left:3px solid #2dd4bf;' if n == 'Transferencias SPEI' else 'color:#9fbcb4;'}'>"
        f"{s.t(n)}</div>"
        for n in (
            "Resumen",
            "Cuentas",
            "Transferencias SPEI",
            "Pago de servicios",
            "Nómina",
            "Usuarios",
            "Configuración",
        )
    )
    cd = "".join(
        f"<div style='flex:1;background:#12211e;border:1px solid #1f3a34;border-radius:8px;padding:12px 16px'><div "
        f"style='font-size:12.5px;color:#8fb3a9'>{s.t(k)}</div><div style='font-size:{19 if i < 2 else 15}px;color:"
        f"#fff;font-weight:bold;margin-top:4px'>{s.t(v)}</div></div>"
        for i, (k, v) in enumerate(cards)
    )
    table = "<table class='bk' style='width:100%;border-collapse:collapse'><tr>" + "".join(
        f"<th class='{'n' if h == 'Importe' else ''}'>{s.t(h)}</th>" for h in head
    )
    table += "</tr>"
    for i, r in enumerate(rows):
        table += f"<tr style='{'background:#173a33;' if i == selected else ''}'>"
        for h, c in zip(head, r):
            if h == "Importe":
                col = "#4ade80" if c.startswith("+") else "#f1f5f4"
                table += f"<td class='n' style='color:{col};font-weight:bold'>{s.t(c)}</td>"
            elif h == "Estatus":
                col = {"Liquidada": "#4ade80", "Por autorizar": "#facc15"}[c]
                table += f"<td style='color:{col}'>{s.t(c)}</td>"
            else:
                table += f"<td>{s.t(c)}</td>"
        table += "</tr>"
    table += "</table>"
    dt = "".join(
        f"<div style='padding:8px 0;border-bottom:1px solid #1f3a34'><div style='font-size:12px;color:#8fb3a9'>"
        f"{s.t(k)}</div><div style='font-size:14px;color:#f1f5f4;margin-top:2px;word-break:break-all'>{s.t(v)}</div>"
        f"</div>"
        for k, v in detail
    )
    s.body.append(
        f"<div style='display:flex;height:948px;background:#0b1513'><div style='width:230px;background:#08100e;"
        f"padding-top:16px;border-right:1px solid #1a2b27'><div style='padding:4px 22px 18px;color:#2dd4bf;font-"
        f"size:19px;font-weight:bold'>{s.t('Meridiano')}<div style='color:#9fbcb4;font-size:12px;font-weight:"
        f"normal'>{s.t('Banca Empresarial')}</div></div>{nav}</div><div style='flex:1;padding:20px 26px;overflow:"
        f"hidden'><div style='display:flex;gap:14px'>{cd}</div><div style='display:flex;align-items:center;margin:"
        f"18px 0 8px'><span style='color:#fff;font-size:18px;font-weight:bold'>{s.t('Movimientos SPEI')}</span>"
        f"<span style='margin-left:auto;color:#8fb3a9;font-size:12.5px'>{s.t(note)}</span></div>{table}</div><div "
        f"style='width:380px;background:#0f1d1a;border-left:1px solid #1f3a34;padding:18px 22px'><div style='color:"
        f"#fff;font-size:16px;font-weight:bold;margin-bottom:6px'>{s.t(detail_title)}</div>{dt}</div></div>"
    )
    return s


# -------------------------------------------------------------------------------------------- WhatsApp
def whatsapp(
    title: str,
    chats: list[tuple[str, str, str, str]],
    chat: str,
    status: str,
    day_chip: str,
    messages: list[tuple[bool, str, str, str]],
) -> LegalWindow:
    """WhatsApp Desktop (dark): the icon column, the chats list (name, time, last message, unread count), the
    open chat's header and its bubbles (incoming grey with the sender's name in groups, outgoing green with
    ticks) under a day chip, and the composer."""
    s = LegalWindow("whatsapp", title, theme="dark")
    s.top = (
        f"<div style='height:32px;background:#1d1f1f;color:#d1d7db;font-size:12.5px;display:flex;align-items:center;"
        f"padding:0 14px'>{s.t('WhatsApp')}{_winctl('#d1d7db')}</div>"
    )
    icons = "".join(
        f"<div style='width:26px;height:26px;border-radius:6px;background:{c};margin:16px auto'></div>"
        for c in ("#00a884", "#3b4a54", "#3b4a54", "#3b4a54")
    )
    cl = ""
    for name, when, last, unread in chats:
        on = name == chat
        if len(last) > 44:  # the list shows a message's start
            last = last[:43].rstrip() + "…"
        cl += (
            f"<div style='display:flex;gap:12px;padding:11px 14px;{'background:#2a3942;' if on else ''}border-bottom:"
            f"1px solid #222d34'>{_avatar(name, 46)}<div style='flex:1;overflow:hidden'><div style='display:flex;"
            f"font-size:15.5px;color:#e9edef'><span>{s.t(name)}</span><span style='margin-left:auto;font-size:12px;"
            f"color:{'#00a884' if unread else '#8696a0'}'>{s.t(when)}</span></div><div style='display:flex;font-size:"
            f"13.5px;color:#8696a0;margin-top:3px'><span style='white-space:nowrap;overflow:hidden;max-width:330px'>"
            f"{s.t(last)}</span>"
            + (
                f"<span style='margin-left:auto;background:#00a884;color:#111b21;border-radius:10px;padding:0 7px;font-size:12px'>{s.t(unread)}</span>"
                if unread
                else ""
            )
            + "</div></div></div>"
        )
    ms = ""
    for mine, who, text, when in messages:
        ms += (
            f"<div style='display:flex;justify-content:{'flex-end' if mine else 'flex-start'};margin:5px 0'><div "
            f"style='max-width:620px;background:{'#005c4b' if mine else '#202c33'};color:#e9edef;border-radius:8px;"
            f"padding:6px 10px 5px;font-size:14.5px;line-height:20px'>"
            + (
                f"<div style='color:{_tint(who)};font-size:13px;font-weight:bold'>{s.t(who)}</div>"
                if who
                else ""
            )
            + f"<span>{s.t(text)}</span><span style='font-size:11px;color:#8696a0;margin-left:12px;white-space:nowrap'>"
            f"{s.t(when)}{' &#10003;&#10003;' if mine else ''}</span></div></div>"
        )
    s.body.append(
        f"<div style='display:flex;height:1000px;background:#111b21'><div style='width:60px;background:#202c33;"
        f"border-right:1px solid #2a3942'>{icons}</div><div style='width:460px;border-right:1px solid #2a3942;"
        f"overflow:hidden'><div style='padding:14px 16px 8px;color:#e9edef;font-size:21px;font-weight:bold'>"
        f"{s.t('Chats')}</div><div style='margin:4px 14px 10px;background:#202c33;border-radius:8px;padding:8px "
        f"14px;color:#8696a0;font-size:14px'>{s.t('Buscar un chat o iniciar uno nuevo')}</div>{cl}</div><div style='"
        f"flex:1;display:flex;flex-direction:column;background:#0b141a'><div style='height:62px;background:#202c33;"
        f"display:flex;align-items:center;gap:12px;padding:0 18px'>{_avatar(chat, 40)}<div><div style='color:#e9edef;"
        f"font-size:16px'>{s.t(chat)}</div><div style='color:#8696a0;font-size:12.5px'>{s.t(status)}</div></div>"
        f"</div><div style='flex:1;padding:14px 70px;overflow:hidden;display:flex;flex-direction:column;justify-"
        f"content:flex-end'><div style='text-align:center;margin:8px 0'><span style='background:#182229;color:"
        f"#8696a0;border-radius:6px;padding:5px 12px;font-size:12.5px'>{s.t(day_chip)}</span></div>{ms}</div><div "
        f"style='height:62px;background:#202c33;display:flex;align-items:center;padding:0 18px'><div style='flex:1;"
        f"background:#2a3942;border-radius:8px;padding:10px 16px;color:#8696a0;font-size:15px'>"
        f"{s.t('Escribe un mensaje')}</div></div></div></div>"
    )
    return s


# ------------------------------------------------------------------------------------------- Nitro PDF
def nitro(
    title: str,
    page_no: int,
    pages: int,
    blocks: list[tuple[str, str]],
) -> LegalWindow:
    """Nitro PDF Pro (light, orange accents, es-MX): the title bar, the ribbon (Inicio active, its groups), a
    thumbnails column at the left, the page on grey (blocks 'r' right-aligned, 'c' centred bold, 'p' a
    justified paragraph, 's' a signature line) and the page counter at the bottom."""
    s = LegalWindow("nitro", title)
    s.top = (
        f"<div style='height:34px;background:#fff;display:flex;align-items:center;gap:14px;padding:0 12px;font-size:"
        f"12.5px;border-bottom:1px solid #e5e5e5'><span style='width:18px;height:18px;background:#e8492e;"
        f"border-radius:3px'></span><span style='margin-left:auto;margin-right:auto'>{s.t(title)}</span>"
        f"{_winctl('#333')}</div>"
    )
    tabs = "".join(
        f"<span style='padding:7px 12px;{'color:#e8492e;border-bottom:3px solid #e8492e;font-weight:bold;' if t == 'Inicio' else ''}'>"
        f"{s.t(t)}</span>"
        for t in (
            "Archivo",
            "Inicio",
            "Editar",
            "Convertir",
            "Firmar",
            "Revisar",
            "Formularios",
            "Proteger",
            "Ayuda",
        )
    )
    groups = "".join(
        f"<div style='display:flex;flex-direction:column;align-items:center;gap:4px;padding:0 12px'><span style='"
        f"width:26px;height:22px;border-radius:3px;background:{c}'></span>{s.t(g)}</div>"
        for g, c in (
            ("Mano", "#9aa3ad"),
            ("Seleccionar", "#9aa3ad"),
            ("Zoom", "#9aa3ad"),
            ("A Word", "#2b579a"),
            ("A Excel", "#217346"),
            ("Resaltar", "#ffd400"),
            ("Nota", "#f5a623"),
            ("Firmar", "#e8492e"),
        )
    )
    thumbs = "".join(
        f"<div style='width:110px;height:142px;margin:14px auto 4px;background:#fff;border:{'3px solid #e8492e' if i + 1 == page_no else '1px solid #ccc'}'>"
        f"</div><div style='text-align:center;font-size:12px;color:#555'>{s.t(str(i + 1))}</div>"
        for i in range(pages)
    )
    bl = ""
    for kind, text in blocks:
        if kind == "r":
            bl += f"<div style='text-align:right;font-size:13.5px;line-height:19px'>{s.t(text)}</div>"
        elif kind == "c":
            bl += f"<div style='text-align:center;font-weight:bold;margin:14px 0 8px'>{s.t(text)}</div>"
        elif kind == "s":
            bl += f"<div style='text-align:center;font-size:13.5px;margin-top:18px'>{s.t(text)}</div>"
        else:
            bl += f"<p style='text-align:justify;text-indent:40px;margin:0 0 10px'>{s.t(text)}</p>"
    s.body.append(
        f"<div style='height:34px;background:#f7f7f7;display:flex;align-items:flex-end;gap:2px;padding:0 10px;"
        f"font-size:13px'>{tabs}</div><div style='height:70px;background:#fff;border-bottom:1px solid #ddd;display:"
        f"flex;align-items:center;font-size:11.5px;color:#333'>{groups}</div><div style='display:flex;height:"
        f"866px'><div style='width:160px;background:#f0f0f0;border-right:1px solid #d8d8d8'><div style='font-size:"
        f"12.5px;padding:8px 12px;color:#333'>{s.t('Páginas')}</div>{thumbs}</div><div style='flex:1;background:"
        f"#8a8f96;overflow:hidden;padding:18px 0'><div style='width:900px;margin:0 auto;background:#fff;padding:"
        f"56px 80px;font-family:Liberation Serif,serif;font-size:15.5px;line-height:23px;color:#111;min-height:"
        f"1100px'>{bl}</div></div></div><div style='height:28px;background:#f7f7f7;border-top:1px solid #ddd;display:"
        f"flex;align-items:center;justify-content:center;gap:14px;font-size:12.5px'>{s.t(f'{page_no} de {pages}')}"
        f"<span>{s.t('100 %')}</span></div>"
    )
    return s


# ------------------------------------------------------------------------------------------ Notaría 312
def notaria_book(
    title: str,
    tabs: list[str],
    steps: list[str],
    at: int,
    service: list[str],
    month: str,
    first_weekday: int,
    days_in_month: int,
    available: set[int],
    chosen_day: int,
    day_label: str,
    slots: list[tuple[str, str]],
    summary: list[str],
) -> LegalWindow:
    """The notary's booking site (light, navy and gold): the header with the notary's name, a stepper, the
    chosen service, a month calendar (available days in bold, the chosen one filled) and the time slots of
    the chosen day (free, taken, chosen), with a summary box at the right."""
    s = LegalWindow("chrome", title)
    _chrome(s, tabs, "https://citas.notaria312cdmx.mx/agendar")
    st = "".join(
        f"<span style='font-size:14px;{'color:#0d2b4e;font-weight:bold;' if i == at else 'color:#8a94a3;'}'>"
        f"{s.t(f'{i + 1}. {n}')}</span>"
        for i, n in enumerate(steps)
    )
    sv = "".join(f"<div style='font-size:14px;padding:3px 0'>{s.t(x)}</div>" for x in service)
    wk = "".join(
        f"<div style='text-align:center;font-size:12.5px;color:#8a94a3'>{s.t(d)}</div>"
        for d in ("lu", "ma", "mi", "ju", "vi", "sá", "do")
    )
    cells = "<div></div>" * first_weekday
    for d in range(1, days_in_month + 1):
        if d == chosen_day:
            style = "background:#0d2b4e;color:#fff;border-radius:18px;font-weight:bold;"
        elif d in available:
            style = "color:#0d2b4e;font-weight:bold;"
        else:
            style = "color:#b9c0ca;"
        cells += f"<div style='text-align:center;padding:7px 0;font-size:14px;{style}'>{s.t(str(d))}</div>"
    sl = "".join(
        f"<div style='border:1px solid {'#0d2b4e' if k == 'elegido' else '#cfd6df'};border-radius:6px;padding:10px 0;"
        f"text-align:center;font-size:14.5px;{'background:#0d2b4e;color:#fff;' if k == 'elegido' else ''}"
        f"{'color:#b9c0ca;text-decoration:line-through;' if k == 'ocupado' else ''}'>{s.t(t)}</div>"
        for t, k in slots
    )
    sm = "".join(
        f"<div style='font-size:14px;padding:5px 0;border-bottom:1px solid #eee'>{s.t(x)}</div>"
        for x in summary
    )
    s.body.append(
        f"<div style='height:76px;background:#0d2b4e;color:#fff;display:flex;align-items:center;gap:18px;padding:0 "
        f"60px'><span style='width:44px;height:44px;border:2px solid #c9a227;border-radius:22px'></span><div><div "
        f"style='font-size:20px;font-weight:bold'>{s.t('Notaría Pública No. 312 de la Ciudad de México')}</div><div "
        f"style='font-size:13px;color:#c9a227'>{s.t('Lic. Fernando Alcocer Ugalde · Notario titular')}</div></div>"
        f"</div><div style='height:874px;background:#f4f6f9;padding:22px 60px'><div style='display:flex;gap:34px;"
        f"margin-bottom:18px'>{st}</div><div style='display:flex;gap:24px'><div style='flex:1;background:#fff;"
        f"border-radius:8px;padding:20px 26px'><div style='font-size:13px;color:#8a94a3'>{s.t('Servicio')}</div>{sv}"
        f"<div style='display:flex;gap:40px;margin-top:18px'><div style='width:380px'><div style='font-size:16px;"
        f"font-weight:bold;margin-bottom:8px'>{s.t(month)}</div><div style='display:grid;grid-template-columns:"
        f"repeat(7,1fr);gap:2px'>{wk}{cells}</div></div><div style='flex:1'><div style='font-size:16px;font-weight:"
        f"bold;margin-bottom:8px'>{s.t(day_label)}</div><div style='display:grid;grid-template-columns:repeat(3,1fr);"
        f"gap:10px'>{sl}</div></div></div></div><div style='width:380px;background:#fff;border-radius:8px;padding:"
        f"18px 22px;align-self:flex-start'><div style='font-size:16px;font-weight:bold;margin-bottom:6px'>"
        f"{s.t('Resumen de la cita')}</div>{sm}<div style='margin-top:14px;background:#c9a227;color:#0d2b4e;"
        f"text-align:center;border-radius:6px;padding:10px;font-weight:bold'>{s.t('Confirmar cita')}</div></div>"
        f"</div></div>"
    )
    return s


def notaria_done(
    title: str,
    tabs: list[str],
    heading: str,
    folio: str,
    fields: list[tuple[str, str]],
    docs: list[str],
    contact: list[str],
) -> LegalWindow:
    """The booking's confirmation: a green tick, the heading, the appointment's folio in a gold box, the
    appointment's fields, the documents to bring and the notary's contact details."""
    s = LegalWindow("chrome", title)
    _chrome(s, tabs, "https://citas.notaria312cdmx.mx/agendar/confirmacion")
    fl = "".join(
        f"<div style='display:flex;padding:8px 0;border-bottom:1px solid #eef0f3;font-size:14.5px'><span style='"
        f"width:230px;color:#5c6878'>{s.t(k)}</span><b>{s.t(v)}</b></div>"
        for k, v in fields
    )
    dc = "".join(f"<li style='font-size:14px;padding:3px 0'>{s.t(d)}</li>" for d in docs)
    ct = "".join(f"<div style='font-size:14px;padding:3px 0'>{s.t(c)}</div>" for c in contact)
    s.body.append(
        f"<div style='height:76px;background:#0d2b4e;color:#fff;display:flex;align-items:center;gap:18px;padding:0 "
        f"60px'><span style='width:44px;height:44px;border:2px solid #c9a227;border-radius:22px'></span><div><div "
        f"style='font-size:20px;font-weight:bold'>{s.t('Notaría Pública No. 312 de la Ciudad de México')}</div><div "
        f"style='font-size:13px;color:#c9a227'>{s.t('Lic. Fernando Alcocer Ugalde · Notario titular')}</div></div>"
        f"</div><div style='height:874px;background:#f4f6f9;padding:26px 0'><div style='width:980px;margin:0 auto;"
        f"background:#fff;border-radius:10px;padding:26px 40px'><div style='display:flex;align-items:center;gap:16px'>"
        f"<span style='width:46px;height:46px;border-radius:23px;background:#1b7f3b;color:#fff;font-size:28px;"
        f"text-align:center;line-height:46px'>&#10003;</span><span style='font-size:24px;font-weight:bold;color:"
        f"#0d2b4e'>{s.t(heading)}</span></div><div style='margin:18px 0;background:#fbf5e0;border:1px solid #c9a227;"
        f"border-radius:6px;padding:12px 18px;font-size:16px'>{s.t(folio)}</div>{fl}<div style='font-size:15px;"
        f"font-weight:bold;margin-top:16px'>{s.t('Documentos que debe presentar')}</div><ul style='margin:6px 0'>"
        f"{dc}</ul><div style='font-size:15px;font-weight:bold;margin-top:12px'>{s.t('Contacto')}</div>{ct}</div>"
        f"</div>"
    )
    return s


# ------------------------------------------------------------------------------------------ Google Maps
def gmaps(
    title: str,
    tabs: list[str],
    url: str,
    origin: str,
    destination: str,
    modes: list[tuple[str, str]],
    routes: list[tuple[str, str, str, str]],
    steps: list[str],
    labels: list[tuple[str, int, int]],
) -> LegalWindow:
    """Google Maps directions: the left panel (origin and destination, travel modes with their times, the
    leave-now line, the routes — time, distance, via, note — the first one's steps) and the map with streets,
    the route line and place labels."""
    s = LegalWindow("chrome", title)
    _chrome(s, tabs, url)
    md = "".join(
        f"<span style='padding:6px 12px;border-radius:16px;font-size:13px;{'background:#d3e3fd;color:#0b57d0;font-weight:bold;' if i == 0 else 'color:#444;'}'>"
        f"{s.t(m)} {s.t(t)}</span>"
        for i, (m, t) in enumerate(modes)
    )
    rt = ""
    for i, (time_, dist, via, note) in enumerate(routes):
        rt += (
            f"<div style='padding:14px 20px;border-bottom:1px solid #e8eaed;{'border-left:4px solid #1a73e8;' if i == 0 else ''}'>"
            f"<div style='display:flex;font-size:15px'><span>{s.t(via)}</span><b style='margin-left:auto;color:"
            f"{'#188038' if i == 0 else '#202124'}'>{s.t(time_)}</b></div><div style='display:flex;font-size:13px;"
            f"color:#5f6368;margin-top:4px'><span>{s.t(note)}</span><span style='margin-left:auto'>{s.t(dist)}</span>"
            f"</div></div>"
        )
    stp = "".join(
        f"<div style='font-size:13.5px;padding:6px 20px 6px 36px;color:#202124'>{s.t(x)}</div>" for x in steps
    )
    lb = "".join(
        f"<div style='position:absolute;left:{x}px;top:{y}px;font-size:13px;color:#3c4043;background:#ffffffcc;"
        f"padding:1px 4px;border-radius:3px'>{s.t(t)}</div>"
        for t, x, y in labels
    )
    streets = "".join(
        f"<div style='position:absolute;left:{x}px;top:{y}px;width:{w}px;height:{h}px;background:#fff;"
        f"transform:rotate({r}deg)'></div>"
        for x, y, w, h, r in (
            (0, 180, 1500, 12, -8),
            (80, 430, 1400, 14, 3),
            (300, 0, 12, 950, 10),
            (760, 0, 14, 950, -4),
            (1100, 0, 12, 950, 6),
            (0, 700, 1500, 10, -2),
        )
    )
    s.body.append(
        f"<div style='display:flex;height:948px'><div style='width:440px;background:#fff;box-shadow:2px 0 6px #0002;"
        f"z-index:2;overflow:hidden'><div style='padding:14px 20px;border-bottom:1px solid #e8eaed'><div style='"
        f"display:flex;gap:8px;margin-bottom:12px'>{md}</div><div style='border:1px solid #dadce0;border-radius:6px;"
        f"padding:9px 12px;font-size:14px;margin-bottom:8px'>{s.t(origin)}</div><div style='border:1px solid #dadce0;"
        f"border-radius:6px;padding:9px 12px;font-size:14px'>{s.t(destination)}</div><div style='font-size:13px;"
        f"color:#1a73e8;margin-top:10px'>{s.t('Salir ahora')}</div></div>{rt}<div style='font-size:14px;"
        f"font-weight:bold;padding:12px 20px 4px'>{s.t('Indicaciones')}</div>{stp}</div><div style='flex:1;"
        f"position:relative;background:#e8eaed;overflow:hidden'>{streets}<div style='position:absolute;left:180px;"
        f"top:250px;width:1000px;height:380px;border-top:6px solid #1a73e8;border-right:6px solid #1a73e8;"
        f"border-radius:0 40px 0 0'></div><span style='position:absolute;left:170px;top:240px;width:22px;height:"
        f"22px;border-radius:11px;background:#fff;border:5px solid #1a73e8'></span><span style='position:absolute;"
        f"left:1168px;top:610px;width:26px;height:26px;border-radius:13px 13px 13px 0;background:#ea4335;transform:"
        f"rotate(-45deg)'></span>{lb}</div></div>"
    )
    return s


# ------------------------------------------------------------------------------------------- Widgets board
def widgets(
    title: str,
    weather: list[str],
    hourly: list[tuple[str, str]],
    air: list[str],
    market: list[str],
    news: list[tuple[str, str]],
    updated: str,
) -> LegalWindow:
    """The Windows 11 Widgets board (dark, over a dimmed desktop): the greeting and clock line, a weather card
    (place, temperature, sky, high/low, hourly), an air-quality card, a currency card and news cards."""
    s = LegalWindow("widgets", title, theme="dark")
    hr = "".join(
        f"<div style='text-align:center;font-size:13px'><div style='color:#c8c8c8'>{s.t(h)}</div><div style='font-"
        f"size:16px;margin-top:4px'>{s.t(t)}</div></div>"
        for h, t in hourly
    )
    nw = "".join(
        f"<div style='background:#2b2b2b;border-radius:10px;padding:14px 16px;margin-bottom:12px'><div style='font-"
        f"size:12px;color:#bdbdbd'>{s.t(src)}</div><div style='font-size:15px;margin-top:6px;line-height:21px'>"
        f"{s.t(head)}</div></div>"
        for src, head in news
    )
    wx = weather
    s.body.append(
        f"<div style='height:1032px;background:linear-gradient(120deg,#27415e,#5b3b5e);position:relative'><div "
        f"style='position:absolute;left:12px;top:12px;bottom:12px;width:860px;background:#202020f2;border-radius:"
        f"12px;padding:22px 26px;color:#f3f3f3;overflow:hidden'><div style='display:flex;align-items:center'><span "
        f"style='font-size:15px'>{s.t('Widgets')}</span><span style='margin-left:auto;font-size:13px;color:"
        f"#bdbdbd'>{s.t(updated)}</span></div><div style='display:flex;gap:14px;margin-top:16px'><div style='"
        f"width:420px;background:linear-gradient(160deg,#2f6fb5,#1b3f6e);border-radius:12px;padding:16px 20px'><div "
        f"style='font-size:14px'>{s.t(wx[0])}</div><div style='display:flex;align-items:center;gap:14px;margin-top:"
        f"6px'><span style='width:46px;height:46px;border-radius:23px;background:radial-gradient(#ffe27a,#f5a623)'>"
        f"</span><span style='font-size:46px'>{s.t(wx[1])}</span><div><div style='font-size:15px'>{s.t(wx[2])}</div>"
        f"<div style='font-size:13px;color:#d7e3f3'>{s.t(wx[3])}</div></div></div><div style='display:flex;"
        f"justify-content:space-between;margin-top:16px'>{hr}</div></div><div style='flex:1;display:flex;flex-"
        f"direction:column;gap:14px'><div style='background:#2b2b2b;border-radius:12px;padding:14px 18px'><div style='"
        f"font-size:13px;color:#bdbdbd'>{s.t(air[0])}</div><div style='font-size:28px;margin-top:4px'>{s.t(air[1])}"
        f"</div><div style='font-size:13.5px;color:{air[3]}'>{s.t(air[2])}</div></div><div style='background:"
        f"#2b2b2b;border-radius:12px;padding:14px 18px'><div style='font-size:13px;color:#bdbdbd'>{s.t(market[0])}"
        f"</div><div style='font-size:22px;margin-top:4px'>{s.t(market[1])}</div><div style='font-size:13px;color:"
        f"#f28b82'>{s.t(market[2])}</div></div></div></div><div style='font-size:14px;font-weight:bold;margin:20px 0 "
        f"10px'>{s.t('Noticias principales')}</div>{nw}</div></div>"
    )
    return s
