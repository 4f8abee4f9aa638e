"""Day "trip" (Mon 2026-11-23, São Paulo, pt-BR Windows: 24-hour taskbar clock, dd/mm/yyyy, amounts R$ 1.234,56),
the fifth held-out day: the import coordinator (analista de comércio exterior) of a machine-tool maker in
Diadema (the fictional Tornomaq Indústria de Máquinas) follows three imports. She reads the forwarder's e-mail
that the Hamburg container's vessel is late, the Chinese supplier's commercial invoice and treasury's request
to close the exchange for the 30% advance in Gmail; answers the customs broker on WhatsApp (the air shipment's
DUIMP is in the yellow channel); checks the forwarder's portal and moves the new ETA into the Pipefy card; asks
the German supplier for a catalogue; looks at the DUIMP in the Portal Único Siscomex and a Power BI report
before the S&OP meeting; after it answers her manager on Google Chat, reads the invoice PDF, estimates the
landed cost in Excel for the web and updates it with the Banco Central's intermediate PTAX; after lunch the
supplier reduces a quantity (600 -> 560) and she updates the sheet, writes to treasury, negotiates the pickup
on a WhatsApp group (R$ 3.850,00 -> R$ 3.620,00) and reads a newsletter; after the forwarder's weekly call the
DUIMP is cleared, the card moves, the DANFE of the entry invoice is opened in SumatraPDF, treasury confirms the
exchange contract, the calendar gains tomorrow's pickup and she writes a sticky note. Apps: Chrome (Gmail,
Google Chat dark, MyCargo, the PDF viewer, Pipefy, the BCB page, Google Calendar dark), Edge (Portal Único,
Power BI, Excel for the web), WhatsApp Desktop, SumatraPDF, Sticky Notes. The S&OP meeting (09:00-10:30),
lunch and the forwarder's call (14:30-15:00) leave gaps without frames. Layouts: bench/qa/screens_trip.py."""

from __future__ import annotations

from screens_trip import (
    bcb,
    chrome_pdf,
    excel_web,
    gcal,
    gchat,
    gmail,
    mycargo_detail,
    mycargo_list,
    pipefy,
    powerbi,
    siscomex,
    sticky,
    sumatra,
    whatsapp,
)

ME = "Camila Duarte"
MY_MAIL = "camila.duarte@tornomaq.com.br"
MAIL = f" - {MY_MAIL} - Tornomaq Mail - Google Chrome"


def br(value: float, decimals: int = 2) -> str:
    """1234.5 -> "1.234,50": the pt-BR way (a point between thousands, a decimal comma)."""
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "_").replace(".", ",").replace("_", ".")


def brl(value: float) -> str:
    return f"R$ {br(value)}"


def usd_en(value: float) -> str:
    return f"USD {value:,.2f}"


def r2(x: float) -> float:
    return round(x + 1e-9, 2)


# --------------------------------------------------------------------------------------------- the data
ETA_OLD, ETA_NEW = "28/11/2026", "02/12/2026"
DUIMP = "26BR0001844752-6"
AWB = "020-48817265"
CI = "HL-CI-2611-087"
CI_R1 = "HL-CI-2611-087-R1"
COST_XLSX = "Custo_IMP-2026-0421_Ningbo.xlsx"

# the Ningbo invoice: part, description, NCM, qty, unit price (USD)
ITEMS = [
    (
        "6205-2RS",
        "Deep groove ball bearing 25x52x15",
        "Rolamento rígido de esferas 6205-2RS",
        "8482.10.10",
        2000,
        1.84,
    ),
    (
        "32210",
        "Tapered roller bearing 50x90x24.75",
        "Rolamento de rolos cônicos 32210",
        "8482.20.10",
        600,
        9.75,
    ),
    (
        "SFU1605-1000",
        "Ball screw 16 mm, lead 5, L=1000",
        "Fuso de esferas SFU1605 (1000 mm)",
        "8483.40.10",
        150,
        38.20,
    ),
    (
        "7014C-P4",
        "Angular contact spindle bearing, P4",
        "Rolamento de spindle 7014C-P4",
        "8482.10.90",
        120,
        68.50,
    ),
]
QTY_32210_NEW = 560
FOB_OLD = r2(sum(q * p for *_, q, p in ITEMS))  # 23480.00
FOB_NEW = r2(FOB_OLD - (600 - QTY_32210_NEW) * 9.75)  # 23090.00
ADV_OLD, ADV_NEW = r2(FOB_OLD * 0.30), r2(FOB_NEW * 0.30)
FREIGHT_USD, INSURANCE_USD = 1980.00, 58.70
PTAX_FRI, PTAX_NOW = 5.3120, 5.3377
LOCAL_COSTS = 7450.00
FX_RATE = 5.3460
FX_BRL = r2(ADV_NEW * FX_RATE)


def landed(qty_32210: int, ptax: float) -> dict:
    """The cost sheet's figures for a quantity of 32210 and an exchange rate (each rounded as Excel shows it)."""
    fob = r2(sum((qty_32210 if part == "32210" else q) * p for part, *_, q, p in ITEMS))
    va_usd = r2(fob + FREIGHT_USD + INSURANCE_USD)
    va = r2(va_usd * ptax)
    ii = r2(va * 0.16)
    ipi = r2((va + ii) * 0.05)
    pis = r2(va * 0.021)
    cofins = r2(va * 0.0965)
    total = r2(va + ii + ipi + pis + cofins + LOCAL_COSTS)
    return dict(fob=fob, va_usd=va_usd, va=va, ii=ii, ipi=ipi, pis=pis, cofins=cofins, total=total, ptax=ptax)


COST_FRI = landed(600, PTAX_FRI)
COST_AM = landed(600, PTAX_NOW)  # sent to Marcos at 11:13
COST_PM = landed(QTY_32210_NEW, PTAX_NOW)  # sent at 13:36

# the air shipment's DUIMP (one item) and its taxes
VA_AIR = 186442.10
TAX = [  # tributo, base, rate, value
    ("II", VA_AIR, "14,00%", r2(VA_AIR * 0.14)),
]
TAX.append(("IPI", r2(VA_AIR + TAX[0][3]), "5,00%", r2((VA_AIR + TAX[0][3]) * 0.05)))
TAX.append(("PIS-Importação", VA_AIR, "2,10%", r2(VA_AIR * 0.021)))
TAX.append(("COFINS-Importação", VA_AIR, "9,65%", r2(VA_AIR * 0.0965)))
SISCOMEX_FEE = 154.23
TAX_TOTAL = r2(sum(t[3] for t in TAX) + SISCOMEX_FEE)
ICMS_BASE = r2((VA_AIR + sum(t[3] for t in TAX) + SISCOMEX_FEE) / 0.82)
ICMS = r2(ICMS_BASE * 0.18)
NF_TOTAL = r2(VA_AIR + sum(t[3] for t in TAX) + SISCOMEX_FEE + ICMS)
CLEARED = "15:04"

TRUCK_QUOTE, TRUCK_FINAL = 3850.00, 3620.00
STORAGE = 2184.37

# Power BI: supplier, country, processes, FOB (USD), lead time (days)
SUPPLIERS = [
    ("Hartmann Antriebstechnik GmbH", "Alemanha", 9, 684210, 41.2),
    ("Ningbo Hengli Precision Bearing", "China", 6, 142880, 52.7),
    ("Yamanaka Seiki Co., Ltd.", "Japão", 3, 98450, 47.0),
    ("Precisa Tools Italia S.r.l.", "Itália", 4, 77960, 39.5),
    ("Corvell Motion Inc.", "EUA", 2, 58300, 21.3),
]
CLEARED_BY_MONTH = [("jun", 3), ("jul", 5), ("ago", 4), ("set", 6), ("out", 5), ("nov", 2)]
DEMURRAGE = [  # process, container, terminal, days, value (R$)
    ("IMP-2026-0377", "MSCU7719024", "BTP", 6, 12480.00),
    ("IMP-2026-0391", "TGHU4410587", "Santos Brasil", 9, 18720.00),
    ("IMP-2026-0402", "CMAU5528316", "DP World", 5, 10080.00),
]
FREIGHT_BY_ORIGIN = [("DEHAM", 3450), ("CNNGB", 1980), ("JPNGO", 2870), ("ITGOA", 2240), ("USHOU", 2610)]

SHIPMENTS = [  # process, mode, container/AWB, origin, destination, vessel/flight, ETD, ETA, status
    [
        "IMP-2026-0418",
        "Marítimo FCL",
        "MSCU4829176",
        "Hamburg (DEHAM)",
        "Santos (BRSSZ)",
        "MSC Aurelia NX546R",
        "24/10/2026",
        ETA_NEW,
        "Em trânsito – atrasado",
    ],
    [
        "IMP-2026-0421",
        "Marítimo FCL",
        "CMAU7312045",
        "Ningbo (CNNGB)",
        "Santos (BRSSZ)",
        "CMA CGM Tage 0MBE3S1MA",
        "14/11/2026",
        "19/12/2026",
        "Em trânsito",
    ],
    [
        "IMP-2026-0425",
        "Aéreo",
        AWB,
        "Frankfurt (FRA)",
        "Campinas (VCP)",
        "LH8240",
        "18/11/2026",
        "20/11/2026",
        "Chegou – em desembaraço",
    ],
    [
        "IMP-2026-0427",
        "Marítimo FCL",
        "TGHU6620318",
        "Nagoya (JPNGO)",
        "Santos (BRSSZ)",
        "ONE Harmony 062E",
        "27/11/2026",
        "04/01/2027",
        "Booking confirmado",
    ],
    [
        "IMP-2026-0409",
        "Marítimo LCL",
        "HBL ATL26-77120",
        "Genova (ITGOA)",
        "Santos (BRSSZ)",
        "MSC Paola 245W",
        "03/10/2026",
        "04/11/2026",
        "Entregue",
    ],
]


# ------------------------------------------------------------------------------------------------ Gmail
def labels(unread: int) -> list[tuple[str, str]]:
    return [
        ("Caixa de entrada", str(unread) if unread else ""),
        ("Com estrela", ""),
        ("Adiados", ""),
        ("Enviados", ""),
        ("Rascunhos", ""),
        ("Importação", ""),
        ("Câmbio", ""),
        ("Mais", ""),
    ]


ETA_ROW = [
    "Priscila Moura",
    "[IMP-2026-0418] Alteração de ETA – MSC Aurelia",
    "Prezada Camila, bom dia. Informamos que o navio…",
    "07:41",
]
FIN_ROW = [
    "Fernanda Lima",
    "Câmbio – adiantamento Ningbo",
    "Oi Camila, tudo bem? Preciso fechar hoje o câmbio…",
    "07:58",
]
CI_ROW = [
    "Lily Zhou",
    "CI & PL – PO TQ-PO-26-1187 / CMAU7312045",
    "Dear Camila, please find attached the commercial…",
    "06:12",
]
OLD_ROWS = [
    (
        "Renato Figueiredo",
        f"Extrato DUIMP {DUIMP} – aéreo",
        "Camila, segue o extrato da DUIMP registrada hoje…",
        "20 de nov.",
        False,
    ),
    (
        "Comex do Brasil",
        "Newsletter: o que muda na DUIMP em 2027",
        "As próximas fases do Novo Processo de Importação…",
        "20 de nov.",
        False,
    ),
    (
        "Google Agenda",
        "Convite: Reunião de S&OP – novembro",
        "seg., 23 de nov. de 2026 09:00 – 10:30…",
        "19 de nov.",
        False,
    ),
]
KLAUS_ROW = [
    "Klaus Berger",
    "RE: Urgent: technical catalogue HX-220 for Brazilian customs",
    "Dear Camila, please find attached the catalogue…",
    "10:21",
]
R1_ROW = [
    "Lily Zhou",
    "Revised CI – item 32210 reduced to 560 pcs",
    "Dear Camila, sorry for the late notice: our…",
    "12:47",
]
ATL_FAT_ROW = [
    "Atlântica Cargo Faturamento",
    "Fatura ATL-FAT-2026-11873 – IMP-2026-0418",
    "Prezado cliente, segue em anexo a fatura de frete…",
    "11:58",
]
FIN_RE_ROW = [
    "Fernanda Lima",
    "RE: Câmbio – adiantamento Ningbo",
    "Oi Camila, câmbio fechado! USD 6.927,00 à taxa…",
    "15:20",
]

ETA_MAIL = dict(
    subject="[IMP-2026-0418] Alteração de ETA – MSC Aurelia",
    label="Importação",
    sender="Priscila Moura",
    address="priscila.moura@atlanticacargo.com.br",
    when="seg., 23 de nov. 07:41",
    colour="#0e7c86",
    body=[
        "Prezada Camila, bom dia.",
        "Informamos que o navio MSC Aurelia, viagem NX546R, teve a chegada em Santos reprogramada devido ao "
        "congestionamento no terminal BTP.",
        f"Contêiner: MSCU4829176 (1 x 40' HC) – ETA anterior: {ETA_OLD} – Novo ETA: {ETA_NEW}.",
        "O free time de 7 dias começa a contar na descarga. Demurrage após o free time: USD 150,00 por dia.",
        "Atenciosamente,",
        "Priscila Moura – Customer Service Importação",
        "Atlântica Cargo Logistics · +55 13 3219-4470",
    ],
)
CI_MAIL = dict(
    subject="CI & PL – PO TQ-PO-26-1187 / CMAU7312045",
    label="Importação",
    sender="Lily Zhou",
    address="lily.zhou@henglibearing.cn",
    when="seg., 23 de nov. 06:12",
    colour="#d93025",
    attachments=[(f"{CI}.pdf", "184 KB"), ("HL-PL-2611-087.pdf", "96 KB")],
    body=[
        "Dear Camila,",
        f"please find attached the commercial invoice {CI} and the packing list for your PO TQ-PO-26-1187.",
        "The goods were loaded in container CMAU7312045 on CMA CGM Tage, ETD Ningbo 14/11.",
        f"Total amount {usd_en(FOB_OLD)}, FOB Ningbo. Payment: 30% T/T in advance, 70% against copy of B/L.",
        "Best regards,",
        "Lily Zhou, Export Sales Manager – Ningbo Hengli Precision Bearing Co., Ltd.",
    ],
)
FIN_MAIL = dict(
    subject="Câmbio – adiantamento Ningbo",
    label="Câmbio",
    sender="Fernanda Lima",
    address="fernanda.lima@tornomaq.com.br",
    when="seg., 23 de nov. 07:58",
    colour="#8430ce",
    body=[
        "Oi Camila, tudo bem?",
        "Preciso fechar hoje o câmbio do adiantamento de 30% da Ningbo Hengli (pedido TQ-PO-26-1187).",
        "Você me confirma o valor em dólar e me manda a invoice? A mesa de câmbio do Banco Aurora fecha às 16h.",
        "Obrigada!",
        "Fernanda Lima – Tesouraria",
    ],
)
KLAUS_MAIL = dict(
    subject="RE: Urgent: technical catalogue HX-220 for Brazilian customs",
    label="Importação",
    sender="Klaus Berger",
    address="klaus.berger@hartmann-antriebe.de",
    when="seg., 23 de nov. 10:21",
    colour="#188038",
    attachments=[("HX-220_Katalog_2026_EN.pdf", "4,2 MB")],
    body=[
        "Dear Camila,",
        "please find attached the technical catalogue of the HX-220 series.",
        "The motors in your air shipment are model HX-220-75-B2 (rated power 7.5 kW, 3000 rpm, IP65).",
        "The certificate of origin was issued by the IHK Region Stuttgart on 17/11 and is in your mail of Friday.",
        "Kind regards,",
        "Klaus Berger – Export Sales, Hartmann Antriebstechnik GmbH, Stuttgart",
    ],
)
R1_MAIL = dict(
    subject="Revised CI – item 32210 reduced to 560 pcs",
    label="Importação",
    sender="Lily Zhou",
    address="lily.zhou@henglibearing.cn",
    when="seg., 23 de nov. 12:47",
    colour="#d93025",
    attachments=[(f"{CI_R1}.pdf", "186 KB")],
    body=[
        "Dear Camila,",
        "sorry for the late notice: our warehouse could only load 560 pcs of item 32210 (tapered roller "
        "bearing) instead of 600.",
        f"Attached is the revised invoice {CI_R1}. New total: {usd_en(FOB_NEW)} FOB Ningbo.",
        "The remaining 40 pcs will be shipped with your next order.",
        "Best regards,",
        "Lily Zhou",
    ],
)
FIN_RE_MAIL = dict(
    subject="RE: Câmbio – adiantamento Ningbo",
    label="Câmbio",
    sender="Fernanda Lima",
    address="fernanda.lima@tornomaq.com.br",
    when="seg., 23 de nov. 15:20",
    colour="#8430ce",
    body=[
        "Oi Camila, câmbio fechado!",
        f"USD {br(ADV_NEW)} à taxa de R$ {br(FX_RATE, 4)} = {brl(FX_BRL)}.",
        "Contrato de câmbio nº 000412998 com o Banco Aurora, liquidação em 25/11/2026.",
        "O swift sai na quarta de manhã, te mando o comprovante.",
        "Fernanda",
    ],
)


def _row(r: list[str], unread: bool) -> tuple:
    return (*r, unread)


def inbox(phase: str, i: int = 0):
    if phase == "morning":
        items = [_row(FIN_ROW, True), _row(ETA_ROW, True), _row(CI_ROW, True), *OLD_ROWS]
        n = 3
    elif phase == "late-morning":
        items = [
            _row(KLAUS_ROW, True),
            _row(FIN_ROW, False),
            _row(ETA_ROW, False),
            _row(CI_ROW, False),
            *OLD_ROWS,
        ]
        n = 1
    elif phase == "afternoon":
        items = [
            _row(R1_ROW, True),
            _row(ATL_FAT_ROW, True),
            _row(KLAUS_ROW, False),
            _row(FIN_ROW, False),
            _row(ETA_ROW, False),
            _row(CI_ROW, False),
            *OLD_ROWS[:2],
        ]
        n = 2
    else:  # late
        items = [
            _row(FIN_RE_ROW, True),
            _row(R1_ROW, False),
            _row(ATL_FAT_ROW, True),
            _row(KLAUS_ROW, False),
            _row(FIN_ROW, False),
            _row(ETA_ROW, False),
            _row(CI_ROW, False),
        ]
        n = 2
    return gmail(f"Caixa de entrada ({n}){MAIL}", MY_MAIL, labels(n), items, -1, None)


def read(m: dict, phase: str):
    order = {
        "morning": [FIN_ROW, ETA_ROW, CI_ROW],
        "late-morning": [KLAUS_ROW, FIN_ROW, ETA_ROW, CI_ROW],
        "afternoon": [R1_ROW, ATL_FAT_ROW, KLAUS_ROW, FIN_ROW, ETA_ROW, CI_ROW],
        "late": [FIN_RE_ROW, R1_ROW, ATL_FAT_ROW, KLAUS_ROW, FIN_ROW, ETA_ROW, CI_ROW],
    }[phase]
    if phase == "morning":
        seen = {
            ETA_MAIL["subject"]: [ETA_ROW],
            CI_MAIL["subject"]: [ETA_ROW, CI_ROW],
            FIN_MAIL["subject"]: [ETA_ROW, CI_ROW, FIN_ROW],
        }[m["subject"]]
        items = [_row(r, r not in seen) for r in order] + OLD_ROWS
    else:
        older = {"late-morning": OLD_ROWS, "afternoon": OLD_ROWS[:2], "late": []}[phase]
        items = [_row(r, r is ATL_FAT_ROW) for r in order] + older
    sel = next(i for i, r in enumerate(order) if r[1] == m["subject"])
    n = sum(1 for it in items if it[4])
    return gmail(f"{m['subject']}{MAIL}", MY_MAIL, labels(n), items, sel, m)


def compose(kind: str, i: int):
    if kind == "klaus":
        body = [
            "Dear Klaus,",
            f"Brazilian customs selected our air shipment (AWB {AWB}) for a document review.",
            "Could you send me today the technical catalogue of the servo motor HX-220, with the model code "
            "and the rated power?",
            "Best regards,",
            "Camila Duarte – Comércio Exterior, Tornomaq",
        ]
        upto = [2, 3, 5][i]
        c = dict(
            to="klaus.berger@hartmann-antriebe.de",
            subject="Urgent: technical catalogue HX-220 for Brazilian customs",
            body=body[:upto],
        )
        items = [_row(FIN_ROW, False), _row(ETA_ROW, False), _row(CI_ROW, False), *OLD_ROWS]
        return gmail(f"Caixa de entrada{MAIL}", MY_MAIL, labels(0), items, -1, None, c)
    body = [
        "Oi Fernanda,",
        f"o adiantamento de 30% ficou em USD {br(ADV_NEW)}: a Ningbo reduziu o item 32210 para 560 peças",
        f"e a invoice revisada ({CI_R1}) fechou em USD {br(FOB_NEW)}. Segue em anexo.",
        "Beneficiário: Ningbo Hengli Precision Bearing Co., Ltd. – SWIFT ZHCBCN2NXXX.",
        "Obrigada! Camila",
    ]
    upto = [1, 3, 5][i]
    c = dict(
        head="RE: Câmbio – adiantamento Ningbo",
        to="Fernanda Lima",
        subject="RE: Câmbio – adiantamento Ningbo",
        body=body[:upto],
    )
    items = [
        _row(R1_ROW, False),
        _row(ATL_FAT_ROW, True),
        _row(KLAUS_ROW, False),
        _row(FIN_ROW, False),
        _row(ETA_ROW, False),
        _row(CI_ROW, False),
        *OLD_ROWS[:2],
    ]
    return gmail(f"{FIN_MAIL['subject']}{MAIL}", MY_MAIL, labels(1), items, 3, FIN_MAIL, c)


def newsletter(i: int):
    paras = [
        "Newsletter Comex do Brasil – edição 47/2026",
        "O Novo Processo de Importação entra na reta final. Depois da migração das operações sem licença para a "
        "DUIMP, a Receita Federal e a Secex publicaram o cronograma das próximas fases.",
        "Fase 3: a partir de 01/03/2027, a DUIMP passa a ser obrigatória para as importações sujeitas a "
        "licenciamento (LPCO) de 14 órgãos anuentes, entre eles Anvisa, Mapa e Inmetro.",
        "Fase 4: a partir de 01/07/2027, os regimes de drawback e entreposto aduaneiro também passam para a DUIMP; "
        "a DI deixa de ser aceita para novos registros em 31/12/2027.",
        "O que muda para o importador: o cálculo dos tributos passa a ser feito pelo próprio Portal Único, item a "
        "item, e o pagamento é feito por débito automático na conta cadastrada no momento do registro.",
        "O catálogo de produtos também fica obrigatório: cada item precisa de um código de produto cadastrado com "
        "NCM, atributos e fabricante, vinculado ao CNPJ do importador.",
        "Prazo de adaptação: empresas certificadas como OEA terão 90 dias a mais para o catálogo de produtos.",
        "Webinar gratuito: 'DUIMP na prática' – 03/12/2026, das 10h às 11h30, com a equipe do Portal Único.",
        "Comex do Brasil · São Paulo · Para cancelar a assinatura, clique aqui.",
    ]
    shown = [paras[:6], paras[2:8], paras[4:]][i]
    m = dict(
        subject="Newsletter: o que muda na DUIMP em 2027",
        label="Caixa de entrada",
        sender="Comex do Brasil",
        address="newsletter@comexdobrasil.com.br",
        when="sex., 20 de nov. 09:15",
        colour="#f29900",
        body=shown,
    )
    items = [
        _row(R1_ROW, False),
        _row(ATL_FAT_ROW, True),
        _row(KLAUS_ROW, False),
        _row(FIN_ROW, False),
        _row(ETA_ROW, False),
        _row(CI_ROW, False),
        *OLD_ROWS[:2],
    ]
    return gmail(f"{m['subject']}{MAIL}", MY_MAIL, labels(1), items, 7, m)


# --------------------------------------------------------------------------------------------- WhatsApp
WA_TITLE = "WhatsApp"


def wa_renato(phase: str, i: int):
    msgs = [
        ("Renato Figueiredo", "Bom dia, Camila! A DUIMP do aéreo caiu no canal amarelo", "07:52", False),
        (
            "Renato Figueiredo",
            "O fiscal pediu o catálogo técnico do servomotor e o certificado de origem",
            "07:53",
            False,
        ),
    ]
    me1 = (
        "Você",
        "Bom dia Renato! Vou pedir o catálogo para a Hartmann agora. O certificado de origem te mando em seguida",
        "08:11",
        True,
    )
    re1 = (
        "Renato Figueiredo",
        "Perfeito. Se eu anexar até as 11h, dá pra liberar hoje ainda",
        "08:12",
        False,
    )
    me2 = (
        "Você",
        "Renato, o catálogo do HX-220 e o certificado de origem estão no seu e-mail",
        "10:43",
        True,
    )
    re2 = ("Renato Figueiredo", "Recebi! Já estou anexando no Portal Único", "10:44", False)
    re3 = ("Renato Figueiredo", "DESEMBARAÇADA!! Pode agendar a coleta", "15:05", False)
    re4 = (
        "Renato Figueiredo",
        f"A armazenagem em Viracopos ficou {brl(STORAGE)}, vencimento 25/11. Te mando o boleto",
        "15:06",
        False,
    )
    me3 = ("Você", "Maravilha, obrigada Renato! A TransVale coleta amanhã às 07:00", "15:12", True)
    draft = ""
    last, when, badge = "", "", ""
    if phase == "morning":
        show = msgs + ([me1] if i >= 2 else []) + ([re1] if i >= 3 else [])
        draft = me1[1] if i == 1 else ""
        group_last, group_when = "Sérgio TransVale: Bom fim de semana, pessoal", "sexta-feira"
    elif phase == "late-morning":
        show = msgs + [me1, re1, me2] + ([re2] if i >= 1 else [])
        group_last, group_when = "Juliana Prado: Bom dia! Alguma previsão para o…", "08:35"
    else:
        show = [me1, re1, me2, re2, re3, re4] + ([me3] if i >= 2 else [])
        draft = me3[1] if i == 1 else ""
        group_last, group_when = "Você: 5 volumes, 412 kg no total", "13:34"
    last = show[-1][1]
    when = show[-1][2]
    chats = [
        ("Renato Figueiredo", (last[:44] + "…") if len(last) > 45 else last, when, badge),
        ("Recebimento Tornomaq", group_last, group_when, ""),
        ("Priscila Atlântica", "Camila, te mandei o e-mail do ETA", "07:42", ""),
        ("Sérgio TransVale", "Ok, fico no aguardo", "sexta-feira", ""),
        ("Mãe", "Não esquece do remédio do seu pai", "ontem", ""),
    ]
    return whatsapp(WA_TITLE, chats, 0, ("Renato Figueiredo", "Despachante · online"), "HOJE", show, draft)


def wa_group(i: int):
    m = [
        ("Juliana Prado", "Bom dia! Alguma previsão para o servomotor da linha 3?", "08:35", False),
        ("Você", "Bom dia Ju! Canal amarelo, espero liberar hoje à tarde", "10:45", True),
        (
            "Sérgio TransVale",
            f"Boa tarde. Cotação da coleta em Viracopos: {brl(TRUCK_QUOTE)} (caminhão 3/4 com ajudante)",
            "13:10",
            False,
        ),
        ("Você", "Sérgio, consegue fazer por R$ 3.500,00?", "13:31", True),
        ("Sérgio TransVale", f"Fecho em {brl(TRUCK_FINAL)} com coleta amanhã às 07:00", "13:32", False),
        ("Você", "Fechado!", "13:33", True),
        ("Juliana Prado", "Reservei a doca 2 amanhã às 10:30. São quantos volumes?", "13:33", False),
        ("Você", "5 volumes, 412 kg no total", "13:34", True),
    ]
    show = m[: [3, 4, 5, 7, 8][i]]
    chats = [
        (
            "Recebimento Tornomaq",
            show[-1][1] if len(show[-1][1]) < 45 else show[-1][1][:44] + "…",
            show[-1][2],
            "",
        ),
        ("Renato Figueiredo", "Recebi! Já estou anexando no Portal Único", "10:44", ""),
        ("Priscila Atlântica", "Camila, te mandei o e-mail do ETA", "07:42", ""),
        ("Sérgio TransVale", "Ok, fico no aguardo", "sexta-feira", ""),
        ("Mãe", "Não esquece do remédio do seu pai", "ontem", ""),
    ]
    return whatsapp(
        WA_TITLE,
        chats,
        0,
        ("Recebimento Tornomaq", "Juliana Prado, Sérgio TransVale, Você"),
        "HOJE",
        show,
        group=True,
    )


# ------------------------------------------------------------------------------------------ Google Chat
CHAT_TITLE = "Chat - Marcos Tavares - Google Chrome"


def chat_nav(unread: str) -> list[tuple[str, str]]:
    return [
        ("Mensagens diretas", ""),
        ("Marcos Tavares", unread),
        ("Juliana Prado", ""),
        ("Fernanda Lima", ""),
        ("Espaços", ""),
        ("Supply Chain Tornomaq", "3"),
        ("Comex – Importação", ""),
    ]


def chat_marcos(phase: str, i: int):
    m = [
        (
            "Marcos Tavares",
            "10:36",
            [
                "Camila, como está o aéreo do servomotor?",
                "A linha 3 está parada desde quinta e a produção está me cobrando.",
            ],
        ),
        (
            "Você",
            "10:37",
            [
                "Caiu em canal amarelo. O Renato anexa o catálogo e o certificado de origem até as 11h,",
                "a expectativa é liberar hoje à tarde.",
            ],
        ),
        ("Marcos Tavares", "10:38", ["Ok. E o MSC Aurelia? Vi no S&OP que atrasou."]),
        (
            "Você",
            "10:38",
            ["Sim, o ETA passou de 28/11 para 02/12. Com 7 dias de free time não deve ter demurrage."],
        ),
        (
            "Marcos Tavares",
            "10:39",
            ["Perfeito. Me manda o custo estimado do pedido da Ningbo até o fim do dia, por favor."],
        ),
    ]
    am = (
        "Você",
        "11:13",
        [
            f"Marcos, custo estimado do pedido da Ningbo (IMP-2026-0421): {brl(COST_AM['total'])}",
            f"com a PTAX intermediária de hoje, {br(PTAX_NOW, 4)}. Planilha: {COST_XLSX}",
        ],
    )
    thanks = ("Marcos Tavares", "11:20", ["Obrigado!"])
    pm = (
        "Você",
        "13:36",
        [
            "Atualizando: a Ningbo embarcou só 560 peças do 32210.",
            f"Novo custo estimado: {brl(COST_PM['total'])} (FOB US$ {br(FOB_NEW)}).",
        ],
    )
    ok = ("Marcos Tavares", "13:37", ["Ok, anotado. Obrigado!"])
    done = (
        "Você",
        "15:16",
        [
            f"Marcos, o aéreo foi desembaraçado às {CLEARED}!",
            "Coleta amanhã às 07:00 em Viracopos, chega na doca 2 às 10:30.",
        ],
    )
    yay = ("Marcos Tavares", "15:16", ["Excelente notícia! Vou avisar a produção."])
    draft = ""
    if phase == "morning":
        show = m[: i + 1]
        unread = "1" if i == 0 else ""
    elif phase == "estimate":
        show = m[2:] + ([am] if i >= 1 else [])
        draft = " ".join(am[2]) if i == 0 else ""
        unread = ""
    elif phase == "update":
        show = [m[4], am, thanks] + ([pm] if i >= 1 else []) + ([ok] if i >= 2 else [])
        draft = " ".join(pm[2]) if i == 0 else ""
        unread = ""
    else:
        show = [am, thanks, pm, ok, done] + ([yay] if i >= 1 else [])
        unread = ""
    return gchat(CHAT_TITLE, chat_nav(unread), "Marcos Tavares", "Marcos Tavares", show, draft)


# -------------------------------------------------------------------------------------- MyCargo portal
MC = "MyCargo | Atlântica Cargo - Google Chrome"


def cargo_list(i: int):
    cols = [
        "Processo",
        "Modal",
        "Contêiner / AWB",
        "Origem",
        "Destino",
        "Navio / Voo",
        "ETD",
        "ETA",
        "Status",
    ]
    return mycargo_list(
        MC,
        "mycargo.atlanticacargo.com.br/embarques?cliente=TORNOMAQ",
        ["Cliente: Tornomaq", "Período: 2026", "Todos os modais"],
        cols,
        SHIPMENTS,
        0 if i < 1 else 1,
        f"{len(SHIPMENTS)} embarques · atualizado em 23/11/2026 08:00",
    )


def cargo_0418(i: int):
    return mycargo_detail(
        "IMP-2026-0418 · MSCU4829176 | MyCargo - Google Chrome",
        "mycargo.atlanticacargo.com.br/embarques/ATL-SSZ-88213",
        "IMP-2026-0418 · MSCU4829176",
        [
            ("Ref. Atlântica", "ATL-SSZ-88213"),
            ("Exportador", "Hartmann Antriebstechnik GmbH"),
            ("Tipo", "1 x 40' HC"),
            ("Navio / viagem", "MSC Aurelia / NX546R"),
            ("Porto de embarque", "Hamburg (DEHAM)"),
            ("Porto de descarga", "Santos (BRSSZ) – BTP"),
            ("BL master", "MEDUHM418822"),
            ("Peso bruto", "18.640 kg"),
            ("Volumes", "14 caixas de madeira"),
            ("Incoterm", "FCA Stuttgart"),
            ("ETA", f"{ETA_NEW} (anterior: {ETA_OLD})"),
            ("Free time", "7 dias"),
        ],
        [
            ("Booking confirmado", "Hamburg", "10/10/2026", True),
            ("Coleta no exportador", "Stuttgart", "20/10/2026", True),
            ("Embarque", "Hamburg (DEHAM)", "24/10/2026", True),
            ("Transbordo", "Algeciras (ESALG)", "03/11/2026", True),
            ("Chegada prevista", "Santos (BRSSZ)", ETA_NEW, False),
            ("Descarga e presença de carga", "BTP – Santos", "—", False),
        ],
        [
            ("Frete marítimo (40' HC)", "USD 3.450,00"),
            ("BAF", "USD 410,00"),
            ("THC destino", "R$ 1.650,00"),
            ("Liberação de BL", "R$ 390,00"),
            ("Demurrage após free time", "USD 150,00 / dia"),
        ],
        ["Atraso de 4 dias: congestionamento no terminal BTP (janela de atracação remarcada)."],
    )


def cargo_0421(i: int):
    return mycargo_detail(
        "IMP-2026-0421 · CMAU7312045 | MyCargo - Google Chrome",
        "mycargo.atlanticacargo.com.br/embarques/ATL-SSZ-88467",
        "IMP-2026-0421 · CMAU7312045",
        [
            ("Ref. Atlântica", "ATL-SSZ-88467"),
            ("Exportador", "Ningbo Hengli Precision Bearing Co., Ltd."),
            ("Tipo", "1 x 20' DC"),
            ("Navio / viagem", "CMA CGM Tage / 0MBE3S1MA"),
            ("Porto de embarque", "Ningbo (CNNGB)"),
            ("Porto de descarga", "Santos (BRSSZ) – Santos Brasil"),
            ("BL master", "CMDUNGB2611874"),
            ("Peso bruto", "1.846 kg"),
            ("Volumes", "38 caixas em 2 paletes"),
            ("Incoterm", "FOB Ningbo"),
            ("ETA", "19/12/2026"),
            ("Free time", "10 dias"),
        ],
        [
            ("Booking confirmado", "Ningbo", "03/11/2026", True),
            ("Gate in no porto", "Ningbo (CNNGB)", "12/11/2026", True),
            ("Embarque", "Ningbo (CNNGB)", "14/11/2026", True),
            ("Transbordo", "Singapura (SGSIN)", "25/11/2026", False),
            ("Chegada prevista", "Santos (BRSSZ)", "19/12/2026", False),
        ],
        [
            ("Frete marítimo (20' DC)", "USD 1.980,00"),
            ("BAF", "USD 220,00"),
            ("THC destino", "R$ 1.180,00"),
            ("Liberação de BL", "R$ 390,00"),
            ("Demurrage após free time", "USD 95,00 / dia"),
        ],
        [],
    )


# ------------------------------------------------------------------------------------------------ Pipefy
PIPE_TITLE = "Importações 2026 | Pipefy - Google Chrome"


def phases(eta: str, air_done: bool) -> list:
    air = (
        "IMP-2026-0425",
        "Hartmann (Alemanha) – aéreo",
        [f"AWB {AWB}", f"DUIMP {DUIMP}"],
        "Coleta 24/11 07:00" if air_done else "Canal amarelo",
    )
    return [
        (
            "Pedido colocado",
            [
                (
                    "IMP-2026-0430",
                    "Corvell Motion Inc. (EUA)",
                    ["Guias lineares HGR25", "Previsão de embarque: 10/12/2026"],
                    "",
                )
            ],
        ),
        (
            "Pré-embarque",
            [("IMP-2026-0427", "Yamanaka Seiki (Japão)", ["TGHU6620318", "ETD: 27/11/2026"], "")],
        ),
        (
            "Em trânsito",
            [
                ("IMP-2026-0418", "Hartmann (Alemanha)", ["MSCU4829176", f"ETA: {eta}"], ""),
                ("IMP-2026-0421", "Ningbo Hengli (China)", ["CMAU7312045", "ETA: 19/12/2026"], ""),
            ],
        ),
        ("Chegada / Desembaraço", [] if air_done else [air]),
        ("Liberado para coleta", [air] if air_done else []),
        ("Recebido", [("IMP-2026-0409", "Precisa Tools Italia (Itália)", ["Recebido em 06/11/2026"], "")]),
    ]


def board(i: int, eta: str = ETA_OLD):
    return pipefy(PIPE_TITLE, "Importações 2026", phases(eta, False))


def card(i: int):
    eta = [ETA_OLD, ETA_NEW, ETA_NEW][i]
    obs = "" if i < 2 else "Atraso BTP – novo ETA informado pela Atlântica em 23/11"
    modal = dict(
        phase="Em trânsito",
        title="IMP-2026-0418 – Hartmann Antriebstechnik",
        fields=[
            ("Fornecedor", "Hartmann Antriebstechnik GmbH"),
            ("Contêiner", "MSCU4829176"),
            ("Navio", "MSC Aurelia"),
            ("ETA Santos", eta),
            ("Responsável", ME),
            ("Observações", obs or "—"),
        ],
        editing="ETA Santos" if i < 2 else None,
        foot="Última atualização: 18/11/2026 16:02 por Camila Duarte"
        if i < 2
        else "Última atualização: 23/11/2026 08:22 por Camila Duarte",
    )
    return pipefy(
        PIPE_TITLE, "Importações 2026", phases(ETA_OLD, False), modal, "Card atualizado" if i == 2 else ""
    )


def board_pm(i: int):
    done = i >= 1
    return pipefy(
        PIPE_TITLE,
        "Importações 2026",
        phases(ETA_NEW, done),
        toast="Card movido para Liberado para coleta" if i == 1 else "",
    )


# --------------------------------------------------------------------------------------------- Siscomex
SIS = "Portal Único Siscomex - Microsoft Edge"


def duimp(phase: str, i: int):
    cleared = phase == "afternoon"
    summary = [
        ("Número", DUIMP),
        ("Versão", "1"),
        (
            "Situação",
            f"Desembaraçada em 23/11/2026 {CLEARED}"
            if cleared
            else "Em análise fiscal – conferência documental",
        ),
        ("Data de registro", "20/11/2026 16:48"),
        ("Importador", "47.318.552/0001-06 – TORNOMAQ IND. DE MÁQUINAS LTDA"),
        ("Unidade de despacho", "0817700 – Aeroporto Internacional de Viracopos"),
        ("Conhecimento de carga", f"AWB {AWB}"),
        ("Representante", "RENATO FIGUEIREDO"),
    ]
    tabs = ["Dados gerais", "Itens", "Tributos", "Documentos", "Histórico"]
    history = [
        ["20/11/2026 16:48", "DUIMP registrada", "RENATO FIGUEIREDO"],
        ["20/11/2026 16:49", "Parametrizada – canal amarelo", "SISTEMA"],
        ["23/11/2026 07:31", "Distribuída para análise fiscal", "SISTEMA"],
        [
            "23/11/2026 07:40",
            "Exigência: apresentar catálogo técnico e certificado de origem",
            "AFRFB – EQUIPE DESPACHO VCP",
        ],
    ]
    if cleared:
        history += [
            ["23/11/2026 11:02", "Exigência cumprida – documentos anexados", "RENATO FIGUEIREDO"],
            [f"23/11/2026 {CLEARED}", "Desembaraço concluído", "AFRFB – EQUIPE DESPACHO VCP"],
        ]
    badge = ("Desembaraçada", "#8fd694") if cleared else ("Canal amarelo", "#ffcd07")
    crumbs = ["Importação", "DUIMP", "Consultar DUIMP"]
    url = f"portalunico.siscomex.gov.br/duimp/#/consulta/{DUIMP.replace('-', '')}"
    if (phase == "morning" and i == 0) or (cleared and i < 2):
        return siscomex(
            SIS,
            url,
            crumbs,
            f"DUIMP {DUIMP}",
            summary,
            badge,
            tabs,
            4,
            "Histórico",
            ["Data/hora", "Evento", "Responsável"],
            history,
            set(),
            [],
        )
    if cleared:
        return siscomex(
            SIS,
            url,
            crumbs,
            f"DUIMP {DUIMP}",
            summary,
            badge,
            tabs,
            1,
            "Itens",
            ["Item", "NCM", "Descrição", "Qtd", "Unidade", "Valor aduaneiro (R$)"],
            [["1", "8501.52.10", "Servomotor síncrono HX-220-75-B2", "2", "UN", br(VA_AIR)]],
            {3, 5},
            ["Exportador: HARTMANN ANTRIEBSTECHNIK GMBH (Alemanha) · Incoterm FCA Stuttgart"],
        )
    rows = [[t, br(b), rate, br(v), "Pago"] for t, b, rate, v in TAX]
    rows.append(["Taxa de utilização do Siscomex", "—", "—", br(SISCOMEX_FEE), "Pago"])
    return siscomex(
        SIS,
        url,
        crumbs,
        f"DUIMP {DUIMP}",
        summary,
        badge,
        tabs,
        2,
        "Tributos (R$)",
        ["Tributo", "Base de cálculo", "Alíquota", "Valor devido", "Situação"],
        rows,
        {1, 2, 3},
        ["Pagamento por débito automático em 20/11/2026 – Banco Aurora, agência 0291, conta 44718-3."],
    )


# ---------------------------------------------------------------------------------------------- Power BI
PBI = "Painel de Importações 2026 - Power BI - Microsoft Edge"


def report(i: int, page: int = 0):
    pages = ["Visão geral", "Fornecedores", "Custos e demurrage"]
    if page == 0:
        s = powerbi(
            PBI,
            "Painel de Importações 2026",
            [
                ("Processos em aberto", "7"),
                ("Valor FOB em trânsito", "US$ 312,4 mil"),
                ("Lead time médio (dias)", "44,6"),
                ("Contêineres recebidos em 2026", "31"),
            ],
            "Processos desembaraçados por mês (2026)",
            CLEARED_BY_MONTH,
            "Fornecedores – 2026",
            ["Fornecedor", "País", "Processos", "FOB (USD)", "Lead time médio (dias)"],
            [[n, c, str(p), br(f, 0), br(lt, 1)] for n, c, p, f, lt in SUPPLIERS],
            {2, 3, 4},
            pages,
            0,
            "Atualizado em 23/11/2026 06:00",
        )
        if i == 1:
            s.notify(
                "WhatsApp",
                "Recebimento Tornomaq",
                "Juliana Prado: Bom dia! Alguma previsão para o servomotor da linha 3?",
            )
        return s
    return powerbi(
        PBI,
        "Painel de Importações 2026",
        [
            ("Frete internacional pago (2026)", "US$ 96.410,00"),
            ("Processos com demurrage", str(len(DEMURRAGE))),
            ("Free time médio (dias)", "8,5"),
            ("Taxa de canal verde", "71%"),
        ],
        "Frete médio por contêiner (USD) por origem",
        FREIGHT_BY_ORIGIN,
        "Demurrage por processo (2026)",
        ["Processo", "Contêiner", "Terminal", "Dias excedentes", "Valor (R$)"],
        [[p, c, t, str(d), br(v)] for p, c, t, d, v in DEMURRAGE],
        {3, 4},
        pages,
        2,
        "Atualizado em 23/11/2026 06:00",
    )


# ------------------------------------------------------------------------------------ Chrome PDF (CI)
def invoice(i: int):
    page1_top = [
        ("h", "COMMERCIAL INVOICE"),
        ("p", "Ningbo Hengli Precision Bearing Co., Ltd."),
        ("p", "No. 88 Chuangye Road, Beilun District, Ningbo, Zhejiang 315800, China"),
        (
            "kv",
            [
                ("Invoice No.:", CI),
                ("Date:", "Nov. 13, 2026"),
                ("Buyer's PO:", "TQ-PO-26-1187"),
                ("Incoterms 2020:", "FOB Ningbo"),
                ("Port of loading:", "Ningbo, China"),
                ("Port of discharge:", "Santos, Brazil"),
                ("Vessel:", "CMA CGM Tage 0MBE3S1MA"),
                ("Container:", "CMAU7312045 (20' DC)"),
            ],
        ),
        (
            "p",
            "Buyer / consignee: Tornomaq Indústria de Máquinas Ltda., Av. Fábio Eduardo Ramos Esquivel 2150, "
            "Diadema – SP, 09920-575, Brazil – CNPJ 47.318.552/0001-06",
        ),
    ]
    table = (
        "table",
        ["Item", "Part No.", "Description", "HS / NCM", "Qty (pcs)", "Unit price (USD)", "Amount (USD)"],
        [
            [str(n), part, desc, ncm, f"{q:,}", f"{p:.2f}", f"{q * p:,.2f}"]
            for n, (part, desc, _, ncm, q, p) in enumerate(ITEMS, 1)
        ],
        {4, 5, 6},
    )
    totals = [
        ("p", f"Total FOB Ningbo: {usd_en(FOB_OLD)}"),
        ("p", "Say: US Dollars Twenty-Three Thousand Four Hundred Eighty Only."),
    ]
    page2 = [
        ("h", "Payment and shipping terms"),
        ("p", f"Payment: 30% T/T in advance ({usd_en(ADV_OLD)}), 70% T/T against copy of B/L."),
        (
            "p",
            "Beneficiary bank: Zhejiang Harbour Commercial Bank, Ningbo Branch – SWIFT ZHCBCN2NXXX – "
            "A/C 3301 8820 1146 072",
        ),
        ("p", "Packing: 38 cartons on 2 pallets. Gross weight 1,846.00 kg; net weight 1,712.50 kg; 3.12 m³."),
        ("p", "Country of origin: China. Certificate of origin issued by CCPIT Ningbo, No. 26NB-CO-44187."),
        ("p", "Shipping marks: TORNOMAQ / IMP-2026-0421 / SANTOS / C/NO. 1-38"),
        ("p", "We hereby certify that this invoice is true and correct."),
        (
            "p",
            "For and on behalf of Ningbo Hengli Precision Bearing Co., Ltd. – Lily Zhou, Export Sales Manager",
        ),
    ]
    blocks, page, height = [  # scrolled down: the rest of page 1 over the top of page 2, then page 2
        (page1_top + [table] + totals, "1 / 2", 1000),
        ([table] + totals + [("page",)] + page2[:3], "1 / 2", 300),
        (page2, "2 / 2", 1000),
        (page2, "2 / 2", 1000),
    ][i]
    return chrome_pdf(
        f"{CI}.pdf - Google Chrome",
        f"file:///C:/Users/camila.duarte/Downloads/{CI}.pdf",
        f"{CI}.pdf",
        page,
        "100%",
        blocks,
        height,
    )


# --------------------------------------------------------------------------------- Excel for the web
def cost_sheet(qty: int, c: dict) -> list[list[str]]:
    rows = [
        ["Estimativa de custo de importação – IMP-2026-0421 (Ningbo Hengli)", "", "", "", "", ""],
        [f"Invoice {CI} · FOB Ningbo · CMAU7312045", "", "", "", "", ""],
        ["Código", "Descrição", "NCM", "Qtd", "Preço unit. (USD)", "Total (USD)"],
    ]
    for part, _, desc, ncm, q, p in ITEMS:
        q = qty if part == "32210" else q
        rows.append([part, desc, ncm, str(q), br(p), f"US$ {br(q * p)}"])
    rows += [
        ["", "Total FOB (USD)", "", "", "", f"US$ {br(c['fob'])}"],
        ["", "", "", "", "", ""],
        ["", "Frete internacional (USD)", "", "", "", f"US$ {br(FREIGHT_USD)}"],
        ["", "Seguro internacional (USD)", "", "", "", f"US$ {br(INSURANCE_USD)}"],
        ["", "Valor aduaneiro (USD)", "", "", "", f"US$ {br(c['va_usd'])}"],
        ["", "Taxa de câmbio (PTAX venda)", "", "", "", br(c["ptax"], 4)],
        ["", "Valor aduaneiro (R$)", "", "", "", brl(c["va"])],
        ["", "II (16%)", "", "", "", brl(c["ii"])],
        ["", "IPI (5%)", "", "", "", brl(c["ipi"])],
        ["", "PIS-Importação (2,10%)", "", "", "", brl(c["pis"])],
        ["", "COFINS-Importação (9,65%)", "", "", "", brl(c["cofins"])],
        ["", "Despesas locais (despachante, armazenagem, frete rodoviário)", "", "", "", brl(LOCAL_COSTS)],
        ["", "Custo total estimado (R$)", "", "", "", brl(c["total"])],
    ]
    return rows


XL = f"{COST_XLSX} - Excel - Microsoft Edge"
XL_URL = "tornomaq-my.sharepoint.com/:x:/r/personal/camila_duarte/Documents/Importacao/Custo_IMP-2026-0421_Ningbo.xlsx"


def _xl(c: dict, qty: int, sel: tuple[int, int], cell: str, formula: str, editing: bool):
    return excel_web(
        XL,
        XL_URL,
        COST_XLSX,
        cell,
        formula,
        [120, 430, 100, 70, 140, 150],
        cost_sheet(qty, c),
        {3, 4, 5},
        {0, 2, 7, 19},
        sel,
        ["Estimativa", "Itens", "Premissas"],
        "Editar" if editing else "Pronto",
    )


def sheet(phase: str, i: int):
    if phase == "first":
        sel, cell, formula = [
            ((7, 5), "F8", "=SOMA(F4:F7)"),
            ((13, 5), "F14", "=F12*F13"),
            ((12, 5), "F13", "5,312"),
        ][i]
        return _xl(COST_FRI, 600, sel, cell, formula, False)
    if phase == "ptax":
        if i == 0:
            return _xl(COST_FRI, 600, (12, 5), "F13", "5,3377", True)
        return _xl(COST_AM, 600, (19, 5), "F20", "=SOMA(F14:F19)", False)
    # qty
    if i == 0:
        return _xl(COST_AM, 600, (4, 3), "D5", "600", False)
    if i == 1:
        return _xl(COST_AM, 600, (4, 3), "D5", "560", True)
    return _xl(COST_PM, QTY_32210_NEW, (19, 5), "F20", "=SOMA(F14:F19)", False)


# ------------------------------------------------------------------------------------------- BCB page
def ptax(i: int):
    return bcb(
        "Cotações e boletins - Banco Central do Brasil - Google Chrome",
        "www.bcb.gov.br/estabilidadefinanceira/historicocotacoes",
        "Cotações e boletins",
        ["Boletins do dia 23/11/2026. Taxas de compra e venda em reais por unidade de moeda estrangeira."],
        [
            (
                "Dólar dos Estados Unidos (USD)",
                ["Boletim", "Horário", "Compra", "Venda"],
                [
                    ["Abertura", "10:05", "5,3341", "5,3347"],
                    ["Intermediário", "11:05", "5,3371", br(PTAX_NOW, 4)],
                ],
            ),
            (
                "Euro (EUR)",
                ["Boletim", "Horário", "Compra", "Venda"],
                [["Abertura", "10:05", "6,1562", "6,1590"], ["Intermediário", "11:05", "6,1608", "6,1636"]],
            ),
        ],
        [
            f"PTAX de 20/11/2026 (fechamento): compra 5,3114 · venda {br(PTAX_FRI, 4)}",
            "A taxa PTAX do dia é divulgada após o boletim de fechamento, por volta das 13h.",
        ],
    )


# --------------------------------------------------------------------------------------- SumatraPDF
NF_FILE = "NFe_000018552_IMP-2026-0425.pdf"


def danfe(i: int):
    ii, ipi, pis, cofins = (t[3] for t in TAX)
    head = [
        (
            "head",
            "TORNOMAQ INDÚSTRIA DE MÁQUINAS LTDA",
            "Av. Fábio Eduardo Ramos Esquivel, 2150 – Diadema – SP – CEP 09920-575",
            "Documento Auxiliar da Nota Fiscal Eletrônica",
            "0 - Entrada · Nº 000.018.552 · Série 1",
            "3526 1147 3185 5200 0106 5500 1000 0185 5218 8304 6712",
        ),
        (
            "band",
            [
                ("Natureza da operação", "Compra para industrialização – importação", 60),
                ("Protocolo de autorização de uso", "135260884417203 – 23/11/2026 15:14", 40),
            ],
        ),
        (
            "band",
            [
                ("Inscrição estadual", "286.114.097.118", 33),
                ("CNPJ", "47.318.552/0001-06", 33),
                ("CFOP", "3101", 34),
            ],
        ),
        ("title", "DESTINATÁRIO / REMETENTE"),
        (
            "band",
            [
                ("Nome / razão social", "HARTMANN ANTRIEBSTECHNIK GMBH", 50),
                ("País", "Alemanha", 16),
                ("Data da emissão", "23/11/2026", 17),
                ("Data da entrada", "24/11/2026", 17),
            ],
        ),
        (
            "band",
            [
                ("Endereço", "Industriestraße 41, 70565 Stuttgart", 66),
                ("UF", "EX", 17),
                ("Hora da entrada", "10:30", 17),
            ],
        ),
    ]
    calc = [
        ("title", "CÁLCULO DO IMPOSTO"),
        (
            "band",
            [
                ("Base de cálc. do ICMS", br(ICMS_BASE), 20),
                ("Valor do ICMS", br(ICMS), 20),
                ("Valor do II", br(ii), 20),
                ("Valor do IPI", br(ipi), 20),
                ("Valor total dos produtos", br(VA_AIR), 20),
            ],
        ),
        (
            "band",
            [
                ("Valor do PIS", br(pis), 20),
                ("Valor da COFINS", br(cofins), 20),
                ("Outras despesas acessórias", br(SISCOMEX_FEE), 20),
                ("Valor do frete", "0,00", 20),
                ("Valor total da nota", br(NF_TOTAL), 20),
            ],
        ),
        ("title", "TRANSPORTADOR / VOLUMES TRANSPORTADOS"),
        (
            "band",
            [
                ("Razão social", "TRANSVALE LOGÍSTICA E TRANSPORTES LTDA", 45),
                ("Frete por conta", "0 – Emitente", 20),
                ("Placa do veículo", "FQR-8D41", 17),
                ("UF", "SP", 18),
            ],
        ),
        (
            "band",
            [
                ("Quantidade", "5", 15),
                ("Espécie", "VOLUMES", 20),
                ("Peso bruto", "412,000", 20),
                ("Peso líquido", "368,500", 20),
                ("Marca", "TORNOMAQ", 25),
            ],
        ),
    ]
    items = [
        ("title", "DADOS DOS PRODUTOS / SERVIÇOS"),
        (
            "items",
            [
                "Código",
                "Descrição",
                "NCM",
                "CST",
                "CFOP",
                "Un",
                "Qtd",
                "V. unit.",
                "V. total",
                "BC ICMS",
                "V. ICMS",
                "V. IPI",
                "Alíq. ICMS",
                "Alíq. IPI",
            ],
            [
                [
                    "HX-220-75-B2",
                    "SERVOMOTOR SÍNCRONO HX-220, 7,5 KW",
                    "85015210",
                    "100",
                    "3101",
                    "UN",
                    "2,0000",
                    br(VA_AIR / 2),
                    br(VA_AIR),
                    br(ICMS_BASE),
                    br(ICMS),
                    br(ipi),
                    "18,00",
                    "5,00",
                ]
            ],
        ),
        ("title", "DADOS ADICIONAIS"),
        (
            "band",
            [
                (
                    "Informações complementares",
                    f"DUIMP {DUIMP} de 20/11/2026, desembaraçada em 23/11/2026 às {CLEARED}, URF 0817700 – "
                    f"Viracopos. AWB {AWB}. Processo interno IMP-2026-0425. Taxa Siscomex R$ {br(SISCOMEX_FEE)}. "
                    "ICMS recolhido por GNRE em 23/11/2026.",
                    100,
                )
            ],
        ),
    ]
    sections = [head + calc, head + calc, calc + items, calc + items][i]
    s = sumatra(f"{NF_FILE} - SumatraPDF", [NF_FILE, f"{CI_R1}.pdf"], "1 / 1", "Ajustar largura", sections)
    if i == 3:
        s.notify("Google Chrome", "Fernanda Lima", "RE: Câmbio – adiantamento Ningbo")
    return s


# ------------------------------------------------------------------------------------------- calendar
CAL = "Google Agenda - Semana de 23 de novembro de 2026 - Google Chrome"


def calendar(i: int, later: bool = False):
    tue = [("10:00 – 11:00", "Treinamento OEA – módulo 3", "Auditório")]
    if later:
        tue = [
            ("07:00 – 08:00", "Coleta em Viracopos – IMP-2026-0425 (TransVale)", "Viracopos – TECA"),
            ("10:00 – 11:00", "Treinamento OEA – módulo 3", "Auditório"),
            ("10:30 – 11:00", "Recebimento doca 2 – servomotor HX-220", "Almoxarifado"),
        ]
    return gcal(
        CAL,
        "23 – 26 de nov. de 2026",
        [
            (
                "seg., 23 de nov.",
                [
                    ("09:00 – 10:30", "Reunião de S&OP – novembro", "Sala Jequitibá"),
                    ("12:00 – 13:00", "Almoço", ""),
                    ("14:30 – 15:00", "Call semanal Atlântica Cargo", "Google Meet"),
                    ("16:30 – 17:00", "Alinhamento câmbio – Fernanda", "Sala Ipê"),
                ],
            ),
            ("ter., 24 de nov.", tue),
            (
                "qua., 25 de nov.",
                [("14:00 – 15:00", "Videoconferência Hartmann – Klaus Berger", "Microsoft Teams")],
            ),
            ("qui., 26 de nov.", [("08:30 – 09:00", "Daily Supply Chain", "Sala Jequitibá")]),
        ],
    )


# ---------------------------------------------------------------------------------------- Sticky Notes
def note(i: int):
    lines = [
        "Terça 24/11",
        f"07:00 coleta Viracopos – TransVale ({brl(TRUCK_FINAL)})",
        "10:30 doca 2 – conferir 5 volumes do HX-220",
        f"Pagar armazenagem VCP {brl(STORAGE)} até 25/11",
        "MSCU4829176: agendar retirada no BTP para 03/12",
        "Cobrar da Ningbo as 40 pçs pendentes do 32210",
    ]
    shown = lines[: [2, 4, 6][i]]
    return sticky(
        "Notas Autoadesivas",
        [
            shown[0],
            "Senha Portal Único: ver cofre de senhas",
            "Ramais: Juliana 2214 · Fernanda 2230 · Marcos 2201",
        ],
        shown,
    )


# ------------------------------------------------------------------------------------------------- day
def segments() -> list[tuple]:
    """(local start, frames, seconds between frames, screen for frame i)."""
    return [
        ("08:02:10", 3, 40, lambda i: inbox("morning")),
        ("08:04:20", 2, 45, lambda i: read(ETA_MAIL, "morning")),
        ("08:06:00", 2, 40, lambda i: read(CI_MAIL, "morning")),
        ("08:07:40", 2, 40, lambda i: read(FIN_MAIL, "morning")),
        ("08:10:10", 4, 45, lambda i: wa_renato("morning", i)),
        ("08:13:30", 2, 50, cargo_list),
        ("08:15:30", 3, 45, cargo_0418),
        ("08:18:30", 2, 45, board),
        ("08:20:40", 3, 40, card),
        ("08:22:40", 1, 40, lambda i: board(i, ETA_NEW)),
        ("08:23:50", 3, 50, lambda i: compose("klaus", i)),
        ("08:26:50", 2, 40, calendar),
        ("08:29:00", 3, 50, lambda i: duimp("morning", i)),
        ("08:33:10", 3, 60, lambda i: report(i, 0)),
        ("08:36:30", 2, 60, lambda i: report(i, 2)),
        # 08:38-10:36: the S&OP meeting (09:00-10:30)
        ("10:36:40", 5, 45, lambda i: chat_marcos("morning", i)),
        ("10:41:00", 1, 40, lambda i: inbox("late-morning")),
        ("10:41:40", 2, 45, lambda i: read(KLAUS_MAIL, "late-morning")),
        ("10:43:30", 2, 45, lambda i: wa_renato("late-morning", i)),
        ("10:46:00", 4, 50, invoice),
        ("10:50:30", 3, 45, lambda i: sheet("first", i)),
        # 10:53-11:06: a phone call with the trucker
        ("11:06:30", 3, 45, ptax),
        ("11:09:00", 3, 45, lambda i: sheet("ptax", i)),
        ("11:12:30", 2, 40, lambda i: chat_marcos("estimate", i)),
        ("11:14:30", 2, 50, cargo_0421),
        # 11:16-13:16: lunch
        ("13:16:20", 1, 40, lambda i: wa_group(0)),
        ("13:17:00", 1, 40, lambda i: inbox("afternoon")),
        ("13:17:40", 3, 45, lambda i: read(R1_MAIL, "afternoon")),
        ("13:20:00", 3, 45, lambda i: sheet("qty", i)),
        ("13:23:00", 3, 50, lambda i: compose("fernanda", i)),
        ("13:31:00", 5, 50, wa_group),
        ("13:35:30", 3, 45, lambda i: chat_marcos("update", i)),
        ("13:38:30", 3, 60, newsletter),
        # 13:42-15:08: preparing and holding the forwarder's weekly call (14:30-15:00)
        ("15:08:30", 3, 45, lambda i: duimp("afternoon", i)),
        ("15:11:00", 3, 45, lambda i: wa_renato("afternoon", i)),
        ("15:13:30", 3, 45, board_pm),
        ("15:16:00", 2, 45, lambda i: chat_marcos("cleared", i)),
        ("15:18:00", 4, 50, danfe),
        ("15:21:30", 1, 40, lambda i: inbox("late")),
        ("15:22:10", 2, 45, lambda i: read(FIN_RE_MAIL, "late")),
        ("15:24:00", 1, 40, lambda i: calendar(i, later=True)),
        ("15:25:30", 3, 50, note),
    ]


DAY = {
    "name": "trip",
    "run": "e4a19d62",
    "date": "2026-11-23",
    "tzid": "America/Sao_Paulo",
    "offset_minutes": -180,
    "locale": "es",  # the taskbar as pt-BR Windows draws it: 24-hour clock, dd/mm/yyyy (make_days.clock)
    "segments": segments,
}
