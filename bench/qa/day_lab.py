"""Day "lab" (Mon 2026-11-30, Zürich, de-CH Windows: 24-hour taskbar clock, dd.mm.yyyy, amounts CHF 1'234.50),
the fourth held-out day: the manager of a microscopy research lab (Keller Lab at the fictional ZIMB, Zurich
Institute of Molecular Bioimaging) reads the PI's request for an antibody order, the HPC team's maintenance
notice and finance's returned expense report in the new Outlook; answers the lab's Teams chat (a -80 °C
freezer alarm, a postdoc's GPU job killed for memory, a confocal booking); looks at the Slurm queue over ssh
in Windows Terminal; checks a qPCR notebook in JupyterLab; books the confocal in an Excel sheet; reads a
paper in Zotero; after the lab meeting drafts the consumables order in a procurement portal, raises the
antibody quantity from 2 to 3 after a Teams message and submits it (PO-CH-2026-00871); updates the results
table of a paper in Overleaf with the new Dice score; after lunch fixes the expense report in SAP Concur and
resubmits the killed job with more memory; after the budget review updates the budget sheet; files the PO
on the NAS; reads the supplier's order confirmation; and plans the freezer service. Apps: Outlook (light),
Teams (dark), Windows Terminal (dark), Chrome (JupyterLab, Overleaf), Edge (ProcureZH, SAP Concur), Zotero,
Excel, File Explorer (dark). The lab meeting (09:00-10:30), lunch and the budget review leave gaps without
frames. Layouts: bench/qa/screens_lab.py (none shared with the other days)."""

from __future__ import annotations

from screens_lab import (
    concur,
    excel,
    explorer,
    jupyter,
    outlook,
    outlook_calendar,
    overleaf,
    procure,
    teams,
    terminal,
    zotero,
)

ME = "Anna Keller"
MY_MAIL = "anna.keller@zimb.ch"
OL = "Posteingang - Anna Keller - Outlook"
CHROME = " - Google Chrome"
EDGE = " - Microsoft Edge"


def chf(value: float, prefix: bool = True) -> str:
    """1234.5 -> "CHF 1'234.50": the de-CH way (an apostrophe between thousands, a decimal point)."""
    text = f"{value:,.2f}".replace(",", "'")
    return f"CHF {text}" if prefix else text


# ------------------------------------------------------------------------------------------------ mail
def folders(unread: int) -> list[tuple[str, str]]:
    return [
        ("Posteingang", str(unread) if unread else ""),
        ("Entwürfe", ""),
        ("Gesendete Elemente", ""),
        ("Archiv", ""),
        ("Bestellungen", ""),
        ("HPC", ""),
        ("Finanzen", ""),
        ("Junk-E-Mail", ""),
        ("Gelöschte Elemente", ""),
    ]


# (sender, subject, preview, time, unread)
VOGT_ROW = (
    "Martin Vogt",
    "Antibody order for the GFP imaging project",
    "Hi Anna, could you order the anti-GFP antibodies and a stock of…",
    "07:48",
    True,
)
HPC_ROW = (
    "Scientific IT Services",
    "Eiger cluster maintenance 02.12.2026",
    "Dear Eiger users, the cluster will be down for a Slurm upgrade…",
    "07:15",
    True,
)
FIN_ROW = (
    "Sandra Frei",
    "Expense report ER-2026-1184 returned",
    "Dear Ms Keller, your expense report ER-2026-1184 (EMBO…",
    "Fr 16:40",
    True,
)
OLDER = [
    (
        "Labrisa AG",
        "Preisliste 2027 und Lieferplan Weihnachten",
        "Sehr geehrte Kundin, sehr geehrter Kunde, anbei unsere…",
        "Fr 11:02",
        False,
    ),
    (
        "Priya Raman",
        "Confocal on Thursday?",
        "Hi Anna, would the LSM 980 be free on Thursday…",
        "Fr 09:37",
        False,
    ),
    (
        "Lea Schneider",
        "Thesis draft – chapter 3",
        "Dear Anna, attached is the methods chapter…",
        "Do 26.11.",
        False,
    ),
    (
        "ZIMB Safety Office",
        "Annual lab safety inspection – J 57",
        "Dear lab managers, the annual inspection of…",
        "Mi 25.11.",
        False,
    ),
]
AB_ROW = (
    "Labrisa AG",
    "Auftragsbestätigung AB-448210 zu PO-CH-2026-00871",
    "Sehr geehrte Frau Keller, vielen Dank für Ihre Bestellung…",
    "15:02",
    True,
)
VOGT_RE_ROW = (
    "Martin Vogt",
    "Re: Budget-Review",
    "Thanks Anna, all clear from my side. Let's look at December…",
    "14:49",
    True,
)

VOGT_MAIL = dict(
    subject="Antibody order for the GFP imaging project",
    sender="Martin Vogt",
    address="martin.vogt@zimb.ch",
    to=ME,
    when="Mo 30.11.2026 07:48",
    colour="#c4314b",
    body=[
        "Hi Anna,",
        "could you order the anti-GFP antibodies (2 vials) and a stock of 200 µl filter tips for Jonas' imaging "
        "project before Wednesday?",
        "Please book it on project SNF 310030_212845, cost centre 4512-ZB-07. Anything above CHF 5'000 needs my "
        "signature, so please keep the order below that.",
        "I'd also like the updated segmentation table in the paper by Friday.",
        "Thanks, Martin",
    ],
)
HPC_MAIL = dict(
    subject="Eiger cluster maintenance 02.12.2026",
    sender="Scientific IT Services",
    address="hpc-support@zimb.ch",
    to="eiger-users@zimb.ch",
    when="Mo 30.11.2026 07:15",
    colour="#038387",
    body=[
        "Dear Eiger users,",
        "the cluster will be down for a Slurm upgrade on Wednesday 02.12.2026 from 07:00 to 13:00.",
        "Jobs that cannot finish before 07:00 will stay pending (reason: ReqNodeNotAvail). After the upgrade the "
        "gpu partition gets 4 new nodes with A100 GPUs (gpu-n17 to gpu-n20).",
        "Best regards,",
        "Reto Baumann, Scientific IT Services",
    ],
)
FIN_MAIL = dict(
    subject="Expense report ER-2026-1184 returned",
    sender="Sandra Frei",
    address="expenses@zimb.ch",
    to=ME,
    when="Fr 27.11.2026 16:40",
    colour="#8764b8",
    body=[
        "Dear Ms Keller,",
        "your expense report ER-2026-1184 (EMBO workshop, Heidelberg) has been returned: the receipt for the "
        "taxi on 18.11.2026 (CHF 38.50) is missing.",
        "Please attach it and resubmit by 04.12.2026 so that it can be paid with the December salary.",
        "Kind regards,",
        "Sandra Frei, Finanzen",
    ],
)
AB_MAIL = dict(
    subject="Auftragsbestätigung AB-448210 zu PO-CH-2026-00871",
    sender="Labrisa AG Kundendienst",
    address="orders@labrisa.ch",
    to=ME,
    when="Mo 30.11.2026 15:02",
    colour="#ca5010",
    attachment=("AB-448210.pdf", "96 KB"),
    body=[
        "Sehr geehrte Frau Keller",
        "Vielen Dank für Ihre Bestellung PO-CH-2026-00871 vom 30.11.2026 über CHF 2'568.24 (inkl. MWST).",
        "Liefertermin für die Positionen 10, 30 und 40: Donnerstag, 03.12.2026.",
        "Position 20 (LB-AB-29047, Anti-GFP, 3 Stk.) wird gekühlt aus unserem Lager in Basel geliefert, "
        "voraussichtlich am 07.12.2026.",
        "Freundliche Grüsse",
        "Nicole Huber, Kundendienst Labrisa AG, Wagistrasse 21, 8952 Schlieren, Tel. +41 44 755 31 20",
    ],
)


def _read(row: tuple) -> tuple:
    return (*row[:4], False)


def inbox(phase: str, i: int = 0):
    if phase == "morning":
        return outlook(OL, MY_MAIL, folders(3), [VOGT_ROW, HPC_ROW, FIN_ROW, *OLDER], -1, None)
    rows = [AB_ROW, VOGT_RE_ROW, _read(VOGT_ROW), _read(HPC_ROW), _read(FIN_ROW), *OLDER[:3]]
    return outlook(OL, MY_MAIL, folders(2), rows, -1, None)


def read(m: dict):
    if m is AB_MAIL:
        rows = [_read(AB_ROW), VOGT_RE_ROW, _read(VOGT_ROW), _read(HPC_ROW), _read(FIN_ROW), *OLDER[:3]]
        return outlook(OL, MY_MAIL, folders(1), rows, 0, m)
    order = [VOGT_MAIL, HPC_MAIL, FIN_MAIL]
    k = order.index(m)
    rows = [VOGT_ROW, HPC_ROW, FIN_ROW]
    rows = [_read(r) if j <= k else r for j, r in enumerate(rows)]
    return outlook(OL, MY_MAIL, folders(2 - k), [*rows, *OLDER], k, m)


def reread_fin(i: int):
    rows = [_read(VOGT_ROW), _read(HPC_ROW), _read(FIN_ROW), *OLDER]
    return outlook(OL, MY_MAIL, folders(0), rows, 2, FIN_MAIL)


# -------------------------------------------------------------------------------------------- calendar
CAL = "Kalender - Anna Keller - Outlook"
WEEK = ["Mo 30.11.", "Di 01.12.", "Mi 02.12.", "Do 03.12.", "Fr 04.12."]
BLUE, GREEN, ORANGE, GREY = "#cfe4fa", "#d5efd0", "#fde7d2", "#e6e6e6"
EVENTS = [
    (0, "Lab Meeting", "09:00", "10:30", "HCI J 60", BLUE),
    (0, "Budget-Review mit Prof. Vogt", "14:00", "14:45", "HCI E 8", ORANGE),
    (0, "Journal Club", "16:30", "17:30", "HCI J 60", BLUE),
    (1, "Sicherheitsinspektion Labor J 57", "10:00", "11:00", "J 57", GREEN),
    (1, "Imaging-Seminar: Light-sheet at scale", "16:00", "17:00", "HCI G 3", BLUE),
    (2, "Eiger-Wartung (Cluster down)", "07:00", "13:00", "", GREY),
    (4, "PhD-Komitee Priya Raman", "13:30", "15:00", "HCI J 4", GREEN),
    (4, "Weihnachtsapéro Institut", "17:00", "19:00", "Cafeteria", ORANGE),
]
SERVICE = (3, "Service Tiefkühler B – KälteTech", "10:00", "11:30", "J 54", GREEN)


def agenda(i: int, later: bool = False):
    """morning: the week as it stood, the budget review's card opened on the last frame; afternoon: the freezer
    service just added on Thursday, its card open."""
    if later:
        detail = [
            SERVICE[1],
            "Do 03.12.2026 10:00–11:30",
            "J 54",
            "Techniker: Herr Gerber",
            "Proben aus Fach 3 vorher in Tiefkühler A umlagern",
        ]
        return outlook_calendar(
            CAL,
            "30. November – 4. Dezember 2026",
            WEEK,
            range(7, 19),
            [*EVENTS, SERVICE],
            detail if i >= 1 else None,
        )
    detail = [
        "Budget-Review mit Prof. Vogt",
        "Mo 30.11.2026 14:00–14:45",
        "HCI E 8",
        "Organisator: Martin Vogt",
        "Bitte Verbrauchsprognose 2026 mitbringen.",
    ]
    return outlook_calendar(
        CAL, "30. November – 4. Dezember 2026", WEEK, range(7, 19), EVENTS, detail if i >= 2 else None
    )


# ----------------------------------------------------------------------------------------------- Teams
TEAMS = "Chat | {} | Microsoft Teams"
GROUP = "Keller Lab"
MORNING = [
    (
        "Marco Bianchi",
        "06:58",
        "Freezer B (-80 °C, room J 54) alarmed at 06:12 – the door was not closed properly. It is back at "
        "-78.4 °C now, samples are fine.",
    ),
    (
        "Jonas Meier",
        "07:52",
        "My training job on Eiger died overnight: job 4417893, out of memory at epoch 37. Could someone with "
        "the lab account resubmit it with more memory?",
    ),
    (
        "Priya Raman",
        "08:04",
        "Could I have the LSM 980 confocal on Thursday from 14:00 to 17:00? The zebrafish embryos are at the "
        "right stage then.",
    ),
]
MY_MORNING = "Morning all! Priya: yes, I'll put you in the booking sheet. Jonas: I'll resubmit it after lunch with 80G."
JONAS = [
    (
        "Jonas Meier",
        "10:46",
        "Anna, Martin just said we need 3 vials of the anti-GFP, not 2 – the second batch of organoids is ready "
        "earlier.",
    ),
    (
        "Jonas Meier",
        "10:47",
        "Also: segm-v3 finished on the test set. Dice 0.912, IoU 0.834 – can you put it in Table 2 of the paper?",
    ),
]
MY_JONAS = "OK, changing it to 3 before I submit, and I'll update the table right away."
MARCO = [
    (
        "Marco Bianchi",
        "15:21",
        "KälteTech can service freezer B on Thursday 03.12 at 10:00. The technician is Herr Gerber.",
    ),
    ("Marco Bianchi", "15:22", "Could you move the samples from shelf 3 to freezer A before then?"),
]
MY_MARCO = "Yes, I'll do it on Wednesday afternoon. Thanks Marco!"


def chat_list(active: str, phase: str, sent: bool) -> list[tuple[str, str, str, bool]]:
    """The chat list as it stands: the open chat first; a chat whose last message is not answered yet bold."""
    group = (GROUP, "08:12", "You: Morning all! Priya: yes, I'll put…", False)
    jonas = ("Jonas Meier", "Fr", "Thanks, have a nice weekend!", False)
    marco = ("Marco Bianchi", "Fr", "Liquid nitrogen is delivered.", False)
    if phase == "morning" and not sent:
        group = (GROUP, "08:04", "Priya Raman: Could I have the LSM 980…", True)
    if phase in ("jonas", "marco"):
        jonas = ("Jonas Meier", "10:48", "You: OK, changing it to 3 before I…", False)
        if phase == "jonas" and not sent:
            jonas = ("Jonas Meier", "10:47", "Also: segm-v3 finished on the test…", True)
    if phase == "marco":
        marco = ("Marco Bianchi", "15:25", "You: Yes, I'll do it on Wednesday…", False)
        if not sent:
            marco = ("Marco Bianchi", "15:22", "Could you move the samples from…", True)
    rows = [group, jonas, marco, ("Martin Vogt", "Do", "See you Monday.", False)]
    rows.append(("Lea Schneider", "Mi", "Chapter 3 is coming on Friday.", False))
    first = next(r for r in rows if r[0] == active)
    return [first, *(r for r in rows if r is not first)]


def chat(i: int, phase: str = "morning"):
    """morning: the group chat, my answer typed (frames 1-2) and sent (3); jonas: his two messages, my answer
    typed then sent; marco: the freezer service, my answer typed then sent."""
    if phase == "morning":
        msgs, mine, when, n_type, active, sub = MORNING, MY_MORNING, "08:12", 3, GROUP, "6 Teilnehmer"
    elif phase == "jonas":
        msgs, mine, when, n_type, active, sub = JONAS, MY_JONAS, "10:48", 2, "Jonas Meier", "Verfügbar"
    else:
        msgs, mine, when, n_type, active, sub = MARCO, MY_MARCO, "15:25", 3, "Marco Bianchi", "Verfügbar"
    msgs = list(msgs)
    composer = ""
    sent = i >= n_type
    if sent:
        msgs.append((ME, when, mine))
    elif i >= 1:
        composer = mine[: len(mine) * i // n_type]
    return teams(TEAMS.format(active), chat_list(active, phase, sent), active, sub, msgs, composer, ME)


# -------------------------------------------------------------------------------------------- terminal
P0 = "[kellera@eiger-ln01 ~]$ "
P1 = "[kellera@eiger-ln01 gfp-train]$ "
HEAD = "             JOBID PARTITION     NAME     USER ST       TIME  NODES NODELIST(REASON)"
MORNING_TERM = [
    [
        "PS C:\\Users\\akeller> ssh kellera@eiger.zimb.ch",
        "Last login: Fri Nov 27 17:02:11 2026 from 10.21.4.118",
        P0,
    ],
    [
        P0 + "squeue -A keller_lab",
        HEAD,
        "           4418120       gpu  segm-v3   meierj  R    3:12:45      1 gpu-n07",
        "           4418133       gpu unet-abl   meierj PD       0:00      1 (Resources)",
        "           4418201       cpu qpcr-bat   ramanp  R      41:08      1 cpu-n22",
        "           4418215    bigmem stitch-j bianchim  R    1:55:30      1 bigmem-n02",
        P0,
    ],
    [
        P0 + "sacct -A keller_lab -X -S 2026-11-29 --format=JobID,JobName,User,State%14,Elapsed,ExitCode",
        "JobID           JobName      User          State    Elapsed ExitCode",
        "------------ ---------- --------- -------------- ---------- --------",
        "4417893       train-gfp    meierj  OUT_OF_MEMORY   06:41:17    0:125",
        "4417902      qpcr-batc+    ramanp      COMPLETED   00:12:44      0:0",
        "4417950      stitch-j54  bianchim         FAILED   00:03:09      1:0",
        "4418120         segm-v3    meierj        RUNNING   03:13:35      0:0",
        "4418133        unet-abl    meierj        PENDING   00:00:00      0:0",
        "4418201      qpcr-batc+    ramanp        RUNNING   00:41:58      0:0",
        "4418215      stitch-j5+  bianchim        RUNNING   01:56:20      0:0",
        P0,
    ],
    [
        P0 + "seff 4417893",
        "Job ID: 4417893",
        "Cluster: eiger",
        "User/Group: meierj/keller_lab",
        "State: OUT_OF_MEMORY (exit code 0)",
        "Nodes: 1",
        "Cores per node: 16",
        "CPU Utilized: 05:12:33",
        "CPU Efficiency: 4.87% of 4-11:00:32 core-walltime",
        "Job Wall-clock time: 06:41:17",
        "Memory Utilized: 63.81 GB",
        "Memory Efficiency: 99.70% of 64.00 GB",
        P0,
    ],
]
AFTERNOON_TERM = [
    [
        P0 + "cd /cluster/projects/keller_lab/meierj/gfp-train",
        P1 + "grep -n -e mem -e time -e gres train_gfp.sbatch",
        "4:#SBATCH --gres=gpu:a100:1",
        "5:#SBATCH --time=12:00:00",
        "6:#SBATCH --mem=64G",
        P1,
    ],
    [
        P1 + "sed -i 's/--mem=64G/--mem=80G/' train_gfp.sbatch",
        P1 + "grep -n mem train_gfp.sbatch",
        "6:#SBATCH --mem=80G",
        P1,
    ],
    [P1 + "sbatch train_gfp.sbatch", "Submitted batch job 4419022", P1],
    [
        P1 + "squeue -A keller_lab",
        HEAD,
        "           4419022       gpu train-gf  kellera PD       0:00      1 (Priority)",
        "           4418133       gpu unet-abl   meierj  R    2:41:10      1 gpu-n03",
        "           4418215    bigmem stitch-j bianchim  R    7:03:55      1 bigmem-n02",
        P1,
    ],
]
TERM_ROWS = 44  # lines that fit above the cursor line


def _session(blocks: list[list[str]], upto: int) -> list[str]:
    lines: list[str] = []
    for b in blocks[: upto + 1]:
        if lines and lines[-1] in (P0, P1):
            lines.pop()  # the bare prompt the next command is typed at
        lines += b
    return lines


def shell(i: int, afternoon: bool = False):
    """morning: ssh in, the queue, the accounting of the last day, seff of the killed job (last frame
    repeats); afternoon: the memory raised in the batch script, the job resubmitted, the queue again (the
    morning's lines scrolled up above them)."""
    if afternoon:
        lines = _session(MORNING_TERM + AFTERNOON_TERM, len(MORNING_TERM) + min(i, 3))
        title = "kellera@eiger-ln01: ~/gfp-train"
    else:
        lines = _session(MORNING_TERM, min(i, 3))
        title = "kellera@eiger-ln01: ~"
    if lines[-1] in (P0, P1):
        lines[-1] = lines[-1].rstrip()
    return terminal(title, [title, "PowerShell"], lines[-TERM_ROWS:])


# ------------------------------------------------------------------------------------------- JupyterLab
NB = "qpcr_analysis.ipynb"
NB_TITLE = f"{NB} - JupyterLab{CHROME}"
NB_FILES = [
    ("data", "vor 3 Tagen"),
    ("results", "vor 3 Tagen"),
    ("figures", "vor 5 Tagen"),
    (NB, "vor 2 Min."),
    ("segmentation_eval.ipynb", "vor 6 Tagen"),
    ("plate_layout.xlsx", "vor 3 Tagen"),
    ("README.md", "vor 1 Monat"),
]
QPCR = [  # sample, gene, mean Ct, std, n
    ("KO_1", "GAPDH", 18.39, 0.15),
    ("KO_1", "GFP", 23.12, 0.31),
    ("KO_2", "GAPDH", 18.61, 0.09),
    ("KO_2", "GFP", 23.40, 0.12),
    ("WT_1", "GAPDH", 18.42, 0.11),
    ("WT_1", "GFP", 24.87, 0.19),
    ("WT_2", "GAPDH", 18.55, 0.08),
    ("WT_2", "GFP", 25.03, 0.22),
]


def _dct(prefix: str) -> float:
    m = {(s, g): c for s, g, c, _ in QPCR}
    samples = sorted({s for s, *_ in QPCR if s.startswith(prefix)})
    return sum(m[(s, "GFP")] - m[(s, "GAPDH")] for s in samples) / len(samples)


DDCT = _dct("KO") - _dct("WT")
FOLD = 2**-DDCT
assert f"{DDCT:.3f}" == "-1.705" and f"{FOLD:.2f}" == "3.26"
QPCR_ROWS = [
    [s if j % 2 == 0 else "", g, f"{c:.2f}", f"{sd:.2f}", "3"] for j, (s, g, c, sd) in enumerate(QPCR)
]
CELLS = [
    ("code", 1, ["import pandas as pd", "import numpy as np"]),
    (
        "code",
        2,
        [
            'df = pd.read_csv("data/qpcr_plate_2026-11-27.csv")',
            'summary = df.groupby(["sample", "gene"])["ct"].agg(["mean", "std", "count"]).round(2)',
            "summary",
        ],
    ),
    ("table", ["sample", "gene"], ["mean", "std", "count"], QPCR_ROWS),
    (
        "code",
        3,
        [
            'm = summary["mean"].unstack()',
            'dct = m["GFP"] - m["GAPDH"]',
            'ddct = dct.filter(like="KO").mean() - dct.filter(like="WT").mean()',
            'print(f"ddCt = {ddct:.3f}")',
            'print(f"Fold change KO vs WT (GFP, GAPDH-normalised): {2 ** -ddct:.2f}")',
            'print(f"n = {len(df)} wells, {(df.ct > 35).sum()} excluded (Ct > 35)")',
        ],
    ),
    (
        "out",
        [
            f"ddCt = {DDCT:.3f}",
            f"Fold change KO vs WT (GFP, GAPDH-normalised): {FOLD:.2f}",
            "n = 24 wells, 0 excluded (Ct > 35)",
        ],
    ),
    (
        "code",
        4,
        ['summary.to_csv("results/qpcr_summary_2026-11-30.csv")', 'print("saved", len(summary), "rows")'],
    ),
    ("out", ["saved 8 rows"]),
]
NB_VIEW = [(0, 3), (0, 3), (1, 5), (1, 5), (3, 7)]  # the cells in view, frame by frame (scrolling down)


def notebook(i: int, late: bool = False):
    a, b = NB_VIEW[4] if late else NB_VIEW[i]
    return jupyter(
        NB_TITLE,
        [f"{NB} - JupyterLab", "Eiger – Scientific IT Services"],
        "jupyter.zimb.ch/user/kellera/lab/tree/projects/gfp-organoids/" + NB,
        NB_FILES,
        NB,
        CELLS[a:b],
        "Python 3 (ipykernel)",
    )


# ------------------------------------------------------------------------------------- Excel: bookings
BOOK_XLSX = "Gerätebuchung_KW49.xlsx"
BOOK_COLUMNS = [
    ("Gerät", 200),
    ("Raum", 70),
    ("Datum", 110),
    ("Von", 70),
    ("Bis", 70),
    ("Person", 150),
    ("Projekt", 150),
    ("Bemerkung", 220),
]
BOOKINGS = [
    ["LSM 980 Confocal", "J 57", "30.11.2026", "13:00", "17:00", "Jonas Meier", "GFP-Organoids", ""],
    ["Lightsheet Z.1", "J 59", "01.12.2026", "08:00", "12:00", "Priya Raman", "Zebrafish-Dev", ""],
    ["LSM 980 Confocal", "J 57", "01.12.2026", "13:00", "18:00", "Lea Schneider", "MSc Thesis", ""],
    [
        "FACSAria III",
        "H 12",
        "02.12.2026",
        "10:00",
        "12:30",
        "Marco Bianchi",
        "Core Service",
        "Sortierung Zelllinien",
    ],
    ["LSM 980 Confocal", "J 57", "03.12.2026", "09:00", "13:00", "Jonas Meier", "GFP-Organoids", ""],
    ["QuantStudio 5 qPCR", "J 54", "04.12.2026", "08:30", "10:30", "Priya Raman", "Zebrafish-Dev", ""],
    ["Lightsheet Z.1", "J 59", "04.12.2026", "13:00", "17:30", "Lea Schneider", "MSc Thesis", ""],
]
PRIYA = [
    "LSM 980 Confocal",
    "J 57",
    "03.12.2026",
    "14:00",
    "17:00",
    "Priya Raman",
    "Zebrafish-Dev",
    "per Teams 30.11.",
]


def bookings(i: int):
    """frames 0-1: the week as booked; 2: a row inserted under Jonas' Thursday slot, its first cells typed; 3: the
    row complete but the note; 4: the note typed too."""
    rows = [list(r) for r in BOOKINGS]
    sel, cell, formula = (3, 0), "A4", "LSM 980 Confocal"
    if i >= 2:
        new = PRIYA[:3] + [""] * 5 if i == 2 else PRIYA[:7] + [""] if i == 3 else list(PRIYA)
        rows.insert(5, new)
        sel, cell, formula = {2: ((8, 3), "D9", ""), 3: ((8, 7), "H9", ""), 4: ((8, 7), "H9", PRIYA[7])}[i]
    table = [
        ["Gerätebuchung Imaging-Plattform – KW 49 (30.11.–04.12.2026)"] + [""] * 7,
        [""] * 8,
        [c for c, _ in BOOK_COLUMNS],
        *rows,
    ]
    return excel(
        f"{BOOK_XLSX} - Excel",
        cell,
        formula,
        BOOK_COLUMNS,
        table,
        set(),
        3,
        sel,
        ["KW 49", "KW 50", "Geräte"],
        "Bereit",
    )


# ------------------------------------------------------------------------------------------------ Zotero
PAPERS = [
    (
        "OrgaSeg: self-supervised segmentation of intestinal organoids in 3D light-sheet data",
        "Hofmann et al.",
        "14.09.2025",
    ),
    (
        "Label-free tracking of GFP-tagged organoids with transformer networks",
        "Lindqvist und Berger",
        "02.03.2026",
    ),
    ("A benchmark for 3D nucleus segmentation across microscopes", "Okafor et al.", "2024"),
    ("Star-convex polyhedra for dense tissue, revisited", "Ruiz et al.", "2023"),
    ("Deep learning for bioimage analysis: a field guide", "Ramírez et al.", "2022"),
]
ORGASEG = [
    ("Eintragsart", "Zeitschriftenartikel"),
    ("Titel", PAPERS[0][0]),
    ("Autor", "Hofmann, Katrin"),
    ("Autor", "Osei, Daniel"),
    ("Autor", "Tanaka, Yuki"),
    ("Autor", "Wüthrich, Simon"),
    ("Publikation", "Nature Methods"),
    ("Band", "22"),
    ("Ausgabe", "9"),
    ("Seiten", "1874–1886"),
    ("Datum", "14.09.2025"),
    ("DOI", "10.1038/s41592-025-02817-4"),
    ("ISSN", "1548-7091"),
    ("Hinzugefügt", "12.10.2025 09:14"),
]
ORGASEG_ABSTRACT = (
    "Three-dimensional imaging of intestinal organoids produces large volumes that are slow to annotate. We "
    "present OrgaSeg, a self-supervised network trained on unlabelled light-sheet stacks. On 48 test volumes it "
    "reaches a mean Dice score of 0.871 and segments one volume in 41 s on a single GPU."
)
LINDQVIST = [
    ("Eintragsart", "Zeitschriftenartikel"),
    ("Titel", PAPERS[1][0]),
    ("Autor", "Lindqvist, Maja"),
    ("Autor", "Berger, Tobias"),
    ("Publikation", "Cell Systems"),
    ("Band", "17"),
    ("Ausgabe", "3"),
    ("Seiten", "245–259"),
    ("Datum", "02.03.2026"),
    ("DOI", "10.1016/j.cels.2026.02.004"),
    ("Hinzugefügt", "09.03.2026 16:51"),
]
LINDQVIST_ABSTRACT = (
    "We track GFP-tagged organoids over five days without labels, using a transformer that links detections "
    "across time points; identity switches drop by 38 % compared with nearest-neighbour linking."
)
COLLECTIONS = [
    (0, "Meine Bibliothek"),
    (1, "Keller Lab"),
    (2, "Segmentation"),
    (2, "Organoids"),
    (2, "qPCR"),
    (2, "Methods"),
    (0, "Meine Publikationen"),
    (0, "Doppelte Einträge"),
    (0, "Papierkorb"),
]


def library(i: int):
    """frames 0-2: OrgaSeg selected (its info and abstract); 3: the Lindqvist paper."""
    sel = 1 if i >= 3 else 0
    info, abstract = (LINDQVIST, LINDQVIST_ABSTRACT) if sel else (ORGASEG, ORGASEG_ABSTRACT)
    return zotero("Zotero", COLLECTIONS, "Segmentation", PAPERS, sel, info, abstract)


# ---------------------------------------------------------------------------------------------- ProcureZH
PR_NO = "BANF 10048213"
PO = "PO-CH-2026-00871"
VAT = 0.081
ITEMS = [  # pos, article, description, quantity, unit, unit price
    ("10", "LB-TP-200F", "Filterspitzen 200 µl, steril, 10 × 96", 10, "Box", 68.50),
    ("20", "LB-AB-29047", "Anti-GFP Antikörper, rabbit polyclonal, 100 µg", 2, "Stk.", 412.00),
    ("30", "LB-GL-NM-M", "Nitril-Handschuhe Grösse M, 100 Stk.", 20, "Pack", 11.90),
    ("40", "LB-FT-15", "Zentrifugenröhrchen 15 ml, 500 Stk.", 4, "Karton", 54.20),
]
ANTIBODY_QTY = 3


def order_lines(qty_ab: int) -> tuple[list[list[str]], list[tuple[str, str]], float]:
    rows, net = [], 0.0
    for pos, art, desc, qty, unit, price in ITEMS:
        qty = qty_ab if art == "LB-AB-29047" else qty
        value = round(qty * price, 2)
        net += value
        rows.append([pos, art, desc, str(qty), unit, chf(price, False), chf(value, False)])
    vat = round(net * VAT + 1e-9, 2)
    total = round(net + vat, 2)
    return rows, [("Nettobetrag", chf(net)), ("MWST 8.1 %", chf(vat)), ("Gesamtbetrag", chf(total))], total


ROWS_DRAFT, TOTALS_DRAFT, TOTAL_DRAFT = order_lines(2)
ROWS_FINAL, TOTALS_FINAL, TOTAL_FINAL = order_lines(ANTIBODY_QTY)
assert chf(TOTAL_DRAFT) == "CHF 2'122.87" and chf(TOTAL_FINAL) == "CHF 2'568.24"
PR_FIELDS = [
    ("Lieferant", "Labrisa AG, Schlieren"),
    ("Lieferantennr.", "700384"),
    ("Kostenstelle", "4512-ZB-07"),
    ("Projekt / PSP", "SNF 310030_212845"),
    ("Besteller", "Anna Keller"),
    ("Lieferadresse", "ZIMB, Raum J 54, Winterthurerstrasse 190, 8057 Zürich"),
    ("Wunschtermin", "03.12.2026"),
    ("Genehmigung", "nicht erforderlich (< CHF 5'000)"),
]
PR_COLUMNS = [
    "Pos.",
    "Artikelnr.",
    "Bezeichnung",
    "Menge",
    "Einheit",
    "Preis/Einheit (CHF)",
    "Nettowert (CHF)",
]
PR_TAB = "Bestellanforderung – ProcureZH"


def requisition(i: int, after: bool = False):
    """draft (five frames, the last with Teams' toast of Jonas' message); after: the antibody quantity typed
    over with 3 (totals recomputed, two frames), then ordered: the PO number, its toast, then without."""
    url = "procure.zimb.ch/ui#PurchaseRequisition-manage&/BANF/10048213"
    if not after:
        s = procure(
            f"{PR_NO} – ProcureZH{EDGE}",
            [PR_TAB, "Labrisa Webshop – Antikörper"],
            url,
            "Bestellanforderung",
            PR_NO,
            "Entwurf",
            PR_FIELDS,
            PR_COLUMNS,
            ROWS_DRAFT,
            {3, 5, 6},
            TOTALS_DRAFT,
            (1, 3) if i >= 2 else None,
        )
        if i == 4:
            s.notify("Microsoft Teams", "Jonas Meier", JONAS[0][2][:60] + "…")
        return s
    if i < 2:
        return procure(
            f"{PR_NO} – ProcureZH{EDGE}",
            [PR_TAB, "Labrisa Webshop – Antikörper"],
            url,
            "Bestellanforderung",
            PR_NO,
            "Entwurf (geändert)",
            PR_FIELDS,
            PR_COLUMNS,
            ROWS_FINAL,
            {3, 5, 6},
            TOTALS_FINAL,
            (1, 3),
        )
    return procure(
        f"Bestellung {PO} – ProcureZH{EDGE}",
        [f"Bestellung {PO} – ProcureZH", "Labrisa Webshop – Antikörper"],
        f"procure.zimb.ch/ui#PurchaseOrder-display&/PO/{PO}",
        "Bestellung",
        f"{PO} (aus {PR_NO})",
        "Bestellt – Bestätigung ausstehend",
        PR_FIELDS,
        PR_COLUMNS,
        ROWS_FINAL,
        {3, 5, 6},
        TOTALS_FINAL,
        None,
        f"Bestellung {PO} wurde an Labrisa AG übermittelt." if i == 2 else "",
    )


# ----------------------------------------------------------------------------------------------- Overleaf
OV_PROJECT = "GFP-Organoid Segmentation Paper"
OV_TITLE = f"{OV_PROJECT} - Online LaTeX Editor Overleaf{CHROME}"
OV_FILES = [
    "main.tex",
    "references.bib",
    "figures",
    "sections/introduction.tex",
    "sections/methods.tex",
    "sections/results.tex",
    "sections/discussion.tex",
]
MAIN_TEX = [
    "\\documentclass[11pt]{article}",
    "\\usepackage{booktabs,graphicx,amsmath}",
    "\\usepackage[numbers]{natbib}",
    "",
    "\\title{Self-supervised 3D segmentation of GFP-tagged intestinal organoids}",
    "\\author{Jonas Meier \\and Priya Raman \\and Anna Keller \\and Martin Vogt}",
    "\\date{Draft of 30.11.2026}",
    "",
    "\\begin{document}",
    "\\maketitle",
    "",
    "\\begin{abstract}",
    "Light-sheet imaging of intestinal organoids produces terabytes of volumetric",
    "data per experiment. We present segm-v3, a self-supervised network that",
    "segments GFP-tagged organoids in 3D without manual annotation.",
    "\\end{abstract}",
    "",
    "\\input{sections/introduction}",
    "\\input{sections/methods}",
    "\\input{sections/results}",
    "\\input{sections/discussion}",
    "",
    "\\bibliographystyle{unsrtnat}",
    "\\bibliography{references}",
    "\\end{document}",
]
OLD_OURS = ("0.897", "0.815")
NEW_OURS = ("0.912", "0.834")
SEG_TABLE = [  # method (in the source, in the PDF), Dice, IoU, runtime
    ("U-Net 3D baseline", "U-Net 3D baseline", "0.842", "0.738", "12 s"),
    ("StarDist 3D", "StarDist 3D", "0.856", "0.751", "27 s"),
    ("OrgaSeg \\cite{hofmann2025orgaseg}", "OrgaSeg [14]", "0.871", "0.779", "41 s"),
]


def results_tex(ours: tuple[str, str]) -> list[str]:
    rows = [f"{a} & {d} & {u} & {t} \\\\" for a, _, d, u, t in SEG_TABLE]
    return [
        "\\section{Results}",
        "\\label{sec:results}",
        "",
        "We trained segm-v3 on 312 annotated organoid volumes acquired on the",
        "Lightsheet Z.1 and evaluated it on a held-out set of 48 volumes from",
        "three independent cultures (Table~\\ref{tab:segmentation}).",
        "",
        "\\begin{table}[t]",
        "\\centering",
        "\\caption{Segmentation accuracy on the held-out organoid test set ($n = 48$ volumes).}",
        "\\label{tab:segmentation}",
        "\\begin{tabular}{lrrr}",
        "\\toprule",
        "Method & Dice & IoU & Runtime / volume \\\\",
        "\\midrule",
        *rows,
        f"Ours (segm-v3) & {ours[0]} & {ours[1]} & 19 s \\\\",
        "\\bottomrule",
        "\\end{tabular}",
        "\\end{table}",
        "",
        "\\subsection{Runtime}",
        "Inference on one volume takes 19 s on a single A100 GPU, about twice as",
        "fast as OrgaSeg, because segm-v3 works on 128-voxel tiles.",
        "",
        "\\subsection{Failure cases}",
        "Most remaining errors occur at organoid buds smaller than 15 µm, where",
        "the GFP signal is weak. Merged neighbours account for 7 of the 48",
        "test volumes with a Dice score below 0.85.",
        "",
        "\\subsection{Robustness across cultures}",
        "Performance is stable across the three cultures (Dice 0.90 to 0.92),",
        "so no culture-specific fine-tuning is needed.",
    ]


def results_pdf(ours: tuple[str, str]) -> list[tuple]:
    rows = [[b, d, u, t] for _, b, d, u, t in SEG_TABLE] + [["Ours (segm-v3)", *ours, "19 s"]]
    return [
        ("h", "3 Results"),
        (
            "p",
            "We trained segm-v3 on 312 annotated organoid volumes acquired on the Lightsheet Z.1 and evaluated it "
            "on a held-out set of 48 volumes from three independent cultures (Table 2).",
        ),
        ("caption", "Table 2: Segmentation accuracy on the held-out organoid test set (n = 48 volumes)."),
        ("table", ["Method", "Dice", "IoU", "Runtime / volume"], rows),
        ("h", "3.1 Runtime"),
        (
            "p",
            "Inference on one volume takes 19 s on a single A100 GPU, about twice as fast as OrgaSeg, because "
            "segm-v3 works on 128-voxel tiles.",
        ),
    ]


TITLE_PDF = [
    ("title", "Self-supervised 3D segmentation of GFP-tagged intestinal organoids"),
    ("authors", "Jonas Meier, Priya Raman, Anna Keller, Martin Vogt"),
    ("authors", "Draft of 30.11.2026"),
    ("h", "Abstract"),
    (
        "p",
        "Light-sheet imaging of intestinal organoids produces terabytes of volumetric data per experiment. We "
        "present segm-v3, a self-supervised network that segments GFP-tagged organoids in 3D without manual "
        "annotation.",
    ),
]


def paper(i: int):
    """0-1: main.tex with the title page; 2: results.tex, the table as it was; 3: the Ours row typed over with
    Jonas' numbers (PDF not yet recompiled); 4: recompiled; 5-6: the source scrolled down to the failure
    cases."""
    url = "www.overleaf.com/project/6744c1f0a9e3b20014d7c6e2"
    tabs = [f"{OV_PROJECT} - Online LaTeX Editor Overleaf", "Google Scholar"]
    if i < 2:
        return overleaf(
            OV_TITLE,
            tabs,
            url,
            OV_PROJECT,
            OV_FILES,
            "main.tex",
            1,
            MAIN_TEX,
            TITLE_PDF,
            "Compiled 3 min ago",
        )
    src = results_tex(OLD_OURS if i == 2 else NEW_OURS)
    pdf = results_pdf(OLD_OURS if i <= 3 else NEW_OURS)
    status = {2: "Compiled 6 min ago", 3: "Compiled 7 min ago"}.get(i, "Compiled just now")
    first = 1 if i < 5 else 12
    view = src[first - 1 : first - 1 + 40]
    return overleaf(
        OV_TITLE, tabs, url, OV_PROJECT, OV_FILES, "sections/results.tex", first, view, pdf, status
    )


# ------------------------------------------------------------------------------------------------ Concur
REPORT = "ER-2026-1184 – EMBO Workshop Heidelberg"
EXPENSES = [  # date, type, vendor / description, amount
    ["16.11.2026", "Bahn", "SBB Zürich HB – Heidelberg Hbf", chf(148.60)],
    ["16.11.2026", "Konferenzgebühr", "EMBO Workshop Registration", chf(450.00)],
    ["16.11.2026", "Hotel", "Hotel am Neckar, 2 Nächte", chf(312.40)],
    ["17.11.2026", "Bewirtung", "Abendessen mit Referenten", chf(64.30)],
    ["18.11.2026", "Taxi", "Taxi-Zentrale Heidelberg", chf(38.50)],
]
EXPENSE_TOTAL = 148.60 + 450.00 + 312.40 + 64.30 + 38.50
TAXI_DETAIL = [
    ("Spesenart", "Taxi"),
    ("Datum", "18.11.2026"),
    ("Anbieter", "Taxi-Zentrale Heidelberg"),
    ("Ort", "Heidelberg, Deutschland"),
    ("Zahlungsart", "Bar"),
    ("Originalbetrag", "EUR 40.00"),
    ("Wechselkurs", "0.9625"),
    ("Betrag", "CHF 38.50"),
    ("Geschäftszweck", "Fahrt Hotel – Bahnhof, Rückreise"),
]


def expense(i: int):
    """0: the report as returned; 1: the taxi opened (receipt missing); 2: the receipt attached; 3-4: submitted,
    waiting for the approver."""
    flags = ["", "", "", "", "Beleg fehlt" if i < 2 else ""]
    if i < 3:
        status, banner = (
            "Zurückgesendet",
            "Zurückgesendet von Sandra Frei am 27.11.2026: Beleg für Taxi vom 18.11.2026 fehlt.",
        )
    else:
        status, banner = (
            "Eingereicht",
            "Eingereicht am 30.11.2026 – wartet auf Genehmigung durch Martin Vogt.",
        )
    detail = None
    if 1 <= i <= 2:
        detail = [*TAXI_DETAIL, ("Beleg", "fehlt" if i == 1 else "Receipt_Taxi_18-11.pdf")]
    totals = [("Berichtssumme", chf(EXPENSE_TOTAL)), ("Auszuzahlen an Mitarbeitende", chf(EXPENSE_TOTAL))]
    return concur(
        f"Spesenbericht ER-2026-1184 - SAP Concur{EDGE}",
        ["Spesenbericht ER-2026-1184 - SAP Concur", PR_TAB],
        "eu2.concursolutions.com/nui/expense/report/ER-2026-1184",
        REPORT,
        status,
        banner,
        ["Datum", "Spesenart", "Anbieter / Beschreibung", "Betrag"],
        EXPENSES,
        flags,
        4 if 1 <= i <= 2 else -1,
        detail,
        totals,
    )


# ------------------------------------------------------------------------------------------ Excel budget
BUDGET_XLSX = "Budget_2026_Keller_Lab.xlsx"
BUDGET_COLUMNS = [
    ("Kategorie", 240),
    ("Budget 2026", 130),
    ("Ausgegeben", 130),
    ("Verpflichtet", 130),
    ("Verfügbar", 130),
    ("Anteil verbraucht", 140),
]
BUDGET = [  # category, budget, spent, committed
    ("Verbrauchsmaterial", 48000.00, 39412.35, 1450.00),
    ("Antikörper & Reagenzien", 22000.00, 18905.60, 0.00),
    ("Geräte & Service", 35000.00, 27880.00, 4150.00),
    ("Reisen & Konferenzen", 8000.00, 5214.70, 1013.80),
    ("Rechenzeit (HPC)", 12000.00, 9600.00, 0.00),
    ("Publikationen", 6000.00, 0.00, 0.00),
]
COMMITTED_NEW = round(1450.00 + TOTAL_FINAL, 2)


def budget_rows(updated: bool) -> list[list[str]]:
    rows = []
    for cat, b, spent, committed in BUDGET:
        if updated and cat == "Verbrauchsmaterial":
            committed = COMMITTED_NEW
        free = b - spent - committed
        share = (spent + committed) / b * 100 if b else 0.0
        rows.append(
            [cat, chf(b, False), chf(spent, False), chf(committed, False), chf(free, False), f"{share:.1f}%"]
        )
    return rows


def budget(i: int):
    """0: the cursor on Verbrauchsmaterial's commitments; 1: the new order added in the formula; 2: entered
    (available and share recomputed); 3-4: the cursor down on the travel row."""
    sel, cell, formula = (3, 3), "D4", "1450"
    if i == 1:
        formula = f"=1450+{TOTAL_FINAL:.2f}"
    if i == 2:
        sel, cell, formula = (3, 3), "D4", f"=1450+{TOTAL_FINAL:.2f}"
    if i >= 3:
        sel, cell, formula = (6, 3), "D7", "1013.8"
    rows = budget_rows(updated=i >= 2)
    table = [
        ["Budget 2026 – Keller Lab (Kostenstelle 4512-ZB-07)"] + [""] * 5,
        ["Stand: 30.11.2026, Beträge in CHF"] + [""] * 5,
        [c for c, _ in BUDGET_COLUMNS],
        *rows,
    ]
    return excel(
        f"{BUDGET_XLSX} - Excel",
        cell,
        formula,
        BUDGET_COLUMNS,
        table,
        {1, 2, 3, 4, 5},
        3,
        sel,
        ["Übersicht", "Bestellungen", "Personal"],
        "Bereit" if i != 1 else "Bearbeiten",
    )


# ---------------------------------------------------------------------------------------------- Explorer
NAS = [
    ("Lieferscheine", "30.11.2026 10:52", "Dateiordner", ""),
    ("Bestellübersicht_2026.xlsx", "30.11.2026 10:55", "Microsoft Excel-Arbeitsblatt", "46 KB"),
    ("Offerte_Labrisa_Preisliste_2027.pdf", "27.11.2026 11:05", "Adobe Acrobat-Dokument", "2'316 KB"),
    ("PO-CH-2026-00745_Labrisa.pdf", "29.09.2026 16:40", "Adobe Acrobat-Dokument", "151 KB"),
    ("PO-CH-2026-00790_KaelteTech.pdf", "21.10.2026 09:03", "Adobe Acrobat-Dokument", "117 KB"),
    ("PO-CH-2026-00812_Labrisa.pdf", "02.11.2026 14:27", "Adobe Acrobat-Dokument", "138 KB"),
    (f"{PO}_Labrisa.pdf", "30.11.2026 10:51", "Adobe Acrobat-Dokument", "142 KB"),
]


def files(i: int):
    s = explorer(
        "2026 - Datei-Explorer",
        ["Netzwerk", "zimb-nas01", "keller-lab", "Bestellungen", "2026"],
        [
            "Start",
            "Galerie",
            "OneDrive – ZIMB",
            "Desktop",
            "Downloads",
            "Dokumente",
            "Bilder",
            "Dieser PC",
            "Netzwerk",
        ],
        ["Name", "Änderungsdatum", "Typ", "Grösse"],
        NAS,
        f"{len(NAS)} Elemente" + ("   1 Element ausgewählt (142 KB)" if i >= 1 else ""),
        6 if i >= 1 else -1,
    )
    if i == 2:
        s.notify("Outlook", "Labrisa AG Kundendienst", "Auftragsbestätigung AB-448210 zu PO-CH-2026-00871")
    return s


# ------------------------------------------------------------------------------------------------- day
def segments() -> list[tuple]:
    """(local start, frames, seconds between frames, screen for frame i)."""
    return [
        ("08:02:10", 3, 40, lambda i: inbox("morning")),
        ("08:04:20", 3, 45, lambda i: read(VOGT_MAIL)),
        ("08:06:40", 3, 40, lambda i: read(HPC_MAIL)),
        ("08:08:50", 2, 40, lambda i: read(FIN_MAIL)),
        ("08:10:20", 4, 45, chat),
        ("08:13:30", 5, 50, shell),
        ("08:17:40", 5, 50, notebook),
        ("08:21:50", 5, 45, bookings),
        ("08:25:40", 4, 50, library),
        # 08:28-10:32: lab meeting (09:00-10:30)
        ("10:32:30", 3, 40, agenda),
        ("10:43:30", 5, 45, requisition),
        ("10:47:10", 3, 40, lambda i: chat(i, "jonas")),
        ("10:49:10", 4, 45, lambda i: requisition(i, after=True)),
        ("10:53:00", 7, 50, paper),
        # 10:58-13:15: lunch
        ("13:15:00", 2, 40, reread_fin),
        ("13:16:30", 5, 45, expense),
        ("13:21:00", 5, 45, lambda i: shell(i, afternoon=True)),
        # 13:24-14:50: preparing and holding the budget review (14:00-14:45) away from the desk
        ("14:50:00", 5, 45, budget),
        ("15:01:00", 3, 40, files),
        ("15:03:10", 1, 40, lambda i: inbox("afternoon")),
        ("15:03:50", 3, 45, lambda i: read(AB_MAIL)),
        ("15:23:00", 4, 45, lambda i: chat(i, "marco")),
        ("15:26:10", 3, 40, lambda i: agenda(i, later=True)),
        ("15:28:20", 2, 50, lambda i: notebook(i, late=True)),
    ]


DAY = {
    "name": "lab",
    "run": "c7f30b94",
    "date": "2026-11-30",
    "tzid": "Europe/Zurich",
    "offset_minutes": 60,
    "locale": "eu",  # the taskbar as de-CH Windows draws it: 24-hour clock, dd.mm.yyyy (make_days.clock)
    "segments": segments,
}
