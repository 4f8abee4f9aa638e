"""Window layouts for the QA workdays: mail, chat, terminal, editor, spreadsheet, web page and document,
each in a light or dark theme with a Windows taskbar (ticking clock) under it. A layout records every line
of text it draws, in reading order, so the rendered frame's ground truth is exact."""

from __future__ import annotations

import html
from dataclasses import dataclass

from make_sample import CSS, Screen  # scripts/make_sample.py: the sample's Screen and base stylesheet

APPS = {
    "thunderbird": "C:\\Program Files\\Mozilla Thunderbird\\thunderbird.exe",
    "outlook": "C:\\Program Files\\Microsoft Office\\root\\Office16\\OUTLOOK.EXE",
    "slack": "C:\\Users\\user\\AppData\\Local\\slack\\app-4.41.105\\slack.exe",
    "teams": "C:\\Users\\user\\AppData\\Local\\Microsoft\\Teams\\ms-teams.exe",
    "terminal": "C:\\Program Files\\WindowsApps\\Microsoft.WindowsTerminal_1.21\\WindowsTerminal.exe",
    "code": "C:\\Users\\user\\AppData\\Local\\Programs\\Microsoft VS Code\\Code.exe",
    "chrome": "C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe",
    "edge": "C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe",
    "firefox": "C:\\Program Files\\Mozilla Firefox\\firefox.exe",
    "excel": "C:\\Program Files\\Microsoft Office\\root\\Office16\\EXCEL.EXE",
    "winword": "C:\\Program Files\\Microsoft Office\\root\\Office16\\WINWORD.EXE",
    "acrobat": "C:\\Program Files\\Adobe\\Acrobat DC\\Acrobat\\Acrobat.exe",
}
BAR = {
    "thunderbird": "#e8e8ed",
    "outlook": "#0f6cbd",
    "slack": "#3f0e40",
    "teams": "#464775",
    "terminal": "#1f1f1f",
    "code": "#3c3c3c",
    "chrome": "#dee1e6",
    "edge": "#f3f3f3",
    "firefox": "#f0f0f4",
    "excel": "#107c41",
    "winword": "#185abd",
    "acrobat": "#b30b00",
}

THEME_CSS = """
body.dark { background: #1e1e1e; color: #dcdcdc; }
body.dark .menu { background: #2b2b2b; border-color: #444; }
body.dark .side { background: #252526; border-color: #444; }
body.dark .msg { background: #2d2d30; }
body.dark td, body.dark th { border-color: #444; }
.win { height: 1040px; overflow: hidden; position: relative; }
.taskbar { position: absolute; top: 1040px; left: 0; width: 1920px; height: 40px; background: #202020; color: #fff;
           font-size: 15px; display: flex; justify-content: space-between; align-items: center; padding: 0 14px; }
.taskbar .clock { text-align: right; line-height: 17px; }
.sheet td, .sheet th { border: 1px solid #d4d4d4; padding: 6px 14px; font-size: 19px; }
.sheet th { background: #f3f3f3; font-weight: normal; color: #555; }
.sheet td.num { text-align: right; }
.chat .who { font-weight: bold; } .chat .when { color: #999; font-size: 15px; margin-left: 10px; }
.chat .post { margin: 16px 0; } .chat .post div { margin-top: 4px; }
.page { padding: 26px 60px; } .page p { margin: 10px 0; } .page h2 { font-size: 24px; margin: 22px 0 8px; }
.doc { width: 1000px; margin: 20px auto; background: #fff; color: #1b1b1b; padding: 50px 70px; min-height: 900px;
       box-shadow: 0 0 6px #999; } .doc p { margin: 12px 0; }
"""


@dataclass
class Window(Screen):
    """A Screen (title + lines) that also has a theme and sits above a taskbar with a clock."""

    theme: str = "light"

    def page(self, clock: str, date: str) -> str:
        dark = self.theme == "dark"
        fg = (
            "#fff"
            if self.app in ("outlook", "slack", "teams", "terminal", "code", "excel", "winword", "acrobat")
            else "#1b1b1b"
        )
        return (
            f"<html><head><meta charset='utf-8'><style>{CSS}{THEME_CSS}</style></head>"
            f"<body class='{'dark' if dark else 'light'}'><div class='win'>"
            f"<div class='title' style='background:{BAR[self.app]};color:{fg}'><span>{html.escape(self.title)}</span>"
            f"<span>&#8212; &#9633; &#10005;</span></div>{''.join(self.body)}</div>"
            f"<div class='taskbar'><span>&#8862; Search</span><span class='clock'>{html.escape(clock)}<br>"
            f"{html.escape(date)}</span></div></body></html>"
        )

    def truth_lines(self, clock: str, date: str) -> list[str]:
        return [self.title, *self.lines, clock, date]


def mail(
    app: str,
    title: str,
    theme: str,
    folders: list[str],
    items: list[tuple[str, str, str]],
    selected: int,
    headers: list[tuple[str, str]],
    body: list[str],
    stacked: bool,
) -> Window:
    """Thunderbird-like (message list above the preview, stacked=True) or Outlook-like (three columns)."""
    s = Window(app, title, theme=theme)
    side = "".join(f"<div>{s.t(f)}</div>" for f in folders)
    rows = []
    for i, (sender, subject, when) in enumerate(items):
        mark = "background:#cfe3ff;color:#111;" if i == selected else ""
        if stacked:
            rows.append(
                f"<tr style='{mark}'><td>{s.t(subject)}</td><td>{s.t(sender)}</td><td>{s.t(when)}</td></tr>"
            )
        else:
            rows.append(
                f"<div style='border-bottom:1px solid #8884;padding:10px;{mark}'><b>{s.t(sender)}</b>"
                f"<span style='float:right'>{s.t(when)}</span><br>{s.t(subject)}</div>"
            )
    head = "".join(
        f"<div class='row'><span style='color:#888;display:inline-block;width:110px'>{s.t(k)}</span>"
        f"{s.t(v)}</div>"
        for k, v in headers
    )
    text = "".join(f"<div class='row'>{s.t(line)}</div>" for line in body)
    if stacked:
        listing = f"<table style='width:100%;font-size:18px'>{''.join(rows)}</table>"
        main = (
            f"<div style='flex:1'><div style='height:330px;overflow:hidden;border-bottom:2px solid #8886'>{listing}"
            f"</div><div class='content' style='padding:18px 36px'>{head}<hr>{text}</div></div>"
        )
    else:
        main = (
            f"<div style='width:520px;border-right:1px solid #8884'>{''.join(rows)}</div>"
            f"<div class='content'>{head}<hr>{text}</div>"
        )
    s.body.append(f"<div class='main'><div class='side' style='width:250px'>{side}</div>{main}</div>")
    return s


def chat(
    app: str,
    title: str,
    theme: str,
    channels: list[str],
    header: str,
    posts: list[tuple[str, str, str]],
    composer: str,
) -> Window:
    """Slack/Teams: channel list, then posts as a speaker line (name, time) over the message text."""
    s = Window(app, title, theme=theme)
    side = "".join(f"<div>{s.t(c)}</div>" for c in channels)
    body = "".join(
        f"<div class='post'><span class='who'>{s.t(who)}</span><span class='when'>{s.t(when)}</span>"
        f"<div>{s.t(text)}</div></div>"
        for who, when, text in posts
    )
    box = s.t(composer) if composer else "&nbsp;"
    s.body.append(
        f"<div class='main chat'><div class='side' style='width:300px'>{side}</div>"
        f"<div class='content'><h1>{s.t(header)}</h1>{body}"
        f"<div style='position:absolute;top:960px;width:1500px;border:1px solid #888;padding:10px'>{box}"
        f"</div></div></div>"
    )
    return s


def terminal(title: str, lines: list[str], theme: str = "dark") -> Window:
    s = Window("terminal", title, theme=theme)
    bg, fg = ("#0c0c0c", "#e6e6e6") if theme == "dark" else ("#fafafa", "#1b1b1b")
    s.body.append(
        f"<div class='mono' style='background:{bg};color:{fg};height:1000px;padding:20px;font-size:18px'>"
        + "".join(
            f"<div style='white-space:pre;padding:2px 0'>{s.t(line) if line else '&nbsp;'}</div>"
            for line in lines
        )
        + "</div>"
    )
    s.lines[:] = [line for line in s.lines if line]
    return s


def editor(title: str, theme: str, files: list[str], code: list[str], status: str) -> Window:
    """VS Code: explorer, numbered code lines, status bar."""
    s = Window("code", title, theme=theme)
    bg, fg = ("#1e1e1e", "#d4d4d4") if theme == "dark" else ("#ffffff", "#1b1b1b")
    side = "".join(f"<div>{s.t(f)}</div>" for f in files)
    rows = "".join(
        f"<div style='white-space:pre;padding:2px 0'><span style='color:#858585;display:inline-block;"
        f"width:50px'>{n}</span>{s.t(line) if line.strip() else ''}</div>"
        for n, line in enumerate(code, 1)
    )
    s.body.append(
        f"<div class='main' style='background:{bg};color:{fg};height:970px'><div class='side' "
        f"style='width:300px'>{side}</div><div class='content mono'>{rows}</div></div>"
        f"<div style='background:#007acc;color:#fff;height:30px;padding:4px 16px;font-size:16px'>"
        f"{s.t(status)}</div>"
    )
    return s


def sheet(
    app: str, title: str, formula: str, columns: list[str], rows: list[list[str]], tabs: list[str]
) -> Window:
    """Excel/Sheets: formula bar, lettered columns, numbered rows, header row, sheet tabs."""
    s = Window(app, title, theme="light")
    letters = "".join(f"<th>{chr(65 + i)}</th>" for i in range(len(columns)))
    head = "".join(f"<td><b>{s.t(c)}</b></td>" for c in columns)
    body = "".join(
        f"<tr><th>{n}</th>"
        + "".join(f"<td class='{'num' if j else ''}'>{s.t(v) if v else ''}</td>" for j, v in enumerate(r))
        + "</tr>"
        for n, r in enumerate(rows, 2)
    )
    tab = "".join(f"<span style='margin-right:30px'>{s.t(t)}</span>" for t in tabs)
    s.body.append(
        f"<div class='menu'><span>{s.t('fx')}</span><span>{s.t(formula)}</span></div>"
        f"<div style='padding:20px'><table class='sheet'><tr><th></th>{letters}</tr><tr><th>1</th>{head}</tr>"
        f"{body}</table></div><div style='position:absolute;top:990px;padding:0 20px'>{tab}</div>"
    )
    return s


def web(app: str, title: str, url: str, blocks: list[tuple], theme: str = "light") -> Window:
    """A browser page: address bar, then blocks ("h1"|"h2"|"p", text), ("table", header, rows),
    ("fields", [(label, value)]) and ("buttons", [labels])."""
    s = Window(app, title, theme=theme)
    parts = []
    for block in blocks:
        kind = block[0]
        if kind in ("h1", "h2", "p"):
            parts.append(f"<{kind}>{s.t(block[1])}</{kind}>")
        elif kind == "table":
            head = "".join(f"<th>{s.t(h)}</th>" for h in block[1])
            rows = "".join("<tr>" + "".join(f"<td>{s.t(v)}</td>" for v in r) + "</tr>" for r in block[2])
            parts.append(f"<table><tr>{head}</tr>{rows}</table>")
        elif kind == "fields":
            parts.append(
                "".join(
                    f"<div class='field'><label>{s.t(k)}</label><span>{s.t(v) if v else '&nbsp;'}"
                    f"</span></div>"
                    for k, v in block[1]
                )
            )
        elif kind == "buttons":
            parts.append(
                "<div style='margin-top:24px'>"
                + "".join(
                    f"<span style='border:1px solid #0f6cbd;padding:8px 22px;margin-right:16px'>{s.t(b)}</span>"
                    for b in block[1]
                )
                + "</div>"
            )
    s.body.append(f"<div class='menu'>{s.t(url)}</div><div class='page'>{''.join(parts)}</div>")
    return s


def document(app: str, title: str, ribbon: list[str], paragraphs: list[str], theme: str = "light") -> Window:
    """Word/Acrobat: a ribbon, then one page of a longer document (pass the visible paragraphs)."""
    s = Window(app, title, theme=theme)
    rib = "".join(f"<span>{s.t(r)}</span>" for r in ribbon)
    paras = "".join(f"<p>{s.t(p)}</p>" for p in paragraphs)
    back = "#3b3b3b" if theme == "dark" else "#e6e6e6"
    s.body.append(
        f"<div class='menu'>{rib}</div><div style='background:{back};height:960px;overflow:hidden'>"
        f"<div class='doc'>{paras}</div></div>"
    )
    return s
