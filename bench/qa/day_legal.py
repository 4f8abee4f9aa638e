"""Day "legal" (Wed 2026-11-25, Mexico City, Spanish (es-MX) Windows: the taskbar clock "1:45 p. m." over
"25/11/2026", 24-hour times in the case-management app, the court's portal, the e-signature service and the
bank, "25 de noviembre de 2026" in the DiDi receipt and the notary's site, amounts "$12,450.00 MXN" and "MXN 4.39 M",
"US$ 8,200.00" from a Houston client, IVA 16%, RFCs, 18-digit CLABEs, +52 55 phone numbers, names with accents),
the eleventh held-out day: the legal operations coordinator (senior paralegal) of the fictional firm Arriaga,
Solís y Montoya, S.C. on Paseo de la Reforma. In the morning she reads the partner's mail about today's hearing
and an associate's about a contract's redline in Outlook, the Widgets board, the matters in Litiga360, the
Boletín Judicial alert and the court's resolution (acuerdo) in Nitro PDF, records its deadline in nine business
days on the matter's docket, answers the courier on WhatsApp and a colleague on Teams, reads the redline in
Word, files the closing arguments on Tribunal Virtual (the receipt and the list of filings), reads the
e-signature envelope in FirmaSegura, the US client's retainer mail, the pre-invoice in Excel, the billing
clerk's mail, the CFDI of an invoice, the bank's SPEI transfers (a payment to the expert witness waiting for a
second signature), books the notary, reads her calendar and the notary's confirmation, then works on the
redline (09:31-09:58), reads Teams and the paralegals' WhatsApp group, the matter and the calendar; she prepares
the copies (10:04-10:36), looks up the route to the court and leaves for the hearing (10:39-13:15). Back, she
reads the DiDi receipt, the signed envelope, the partner's post about the hearing (the judge called for
judgment), records it, updates the matters, the courier's chat, the pre-invoice (the hearing's hours), the bank
(the transfer settled), the filings and the calendar; lunch (13:36-15:01); the Widgets board, the client's
payment in the bank, the completed envelope, the matters; a call with the associate (15:11-15:52), her
counter-proposal in the redline, a second filing (certified copies), the docket, Teams, the pre-invoice,
WhatsApp, the calendar, the retainer mail; a meeting (16:09-16:40) and the end of the day. Apps: Chrome
(Litiga360, Tribunal Virtual Anáhuac, FirmaSegura, Banco Meridiano, the notary's site, Google Maps), Edge (the
CFDI viewer), Outlook (mail and calendar), Teams, Word, Excel, WhatsApp, Nitro PDF Pro and the Widgets board.
Layouts: bench/qa/screens_legal.py."""

from __future__ import annotations

from screens_legal import (
    bank,
    cfdi_viewer,
    excel,
    firma,
    gmaps,
    litiga_list,
    litiga_matter,
    nitro,
    notaria_book,
    notaria_done,
    outlook,
    outlook_schedule,
    teams_channel,
    tribunal_acuse,
    tribunal_form,
    tribunal_list,
    whatsapp,
    widgets,
    word,
)

ME = "Valeria Ortiz Mendoza"
MY_MAIL = "valeria.ortiz@asmabogados.mx"
FIRM = "Arriaga, Solís y Montoya, S.C."
FIRM_RFC = "ASM0906187K4"


def mx(value: float, decimals: int = 2) -> str:
    """12450 -> "12,450.00" (es-MX: a comma between thousands, a decimal point)."""
    return f"{value:,.{decimals}f}"


def mxn(value: float) -> str:
    """12450 -> "$12,450.00"."""
    return f"${mx(value)}"


def signed(value: float) -> str:
    """A bank movement: "+$107,590.00" in, "-$18,560.00" out."""
    return ("+" if value > 0 else "-") + mxn(abs(value))


def hours(value: float) -> str:
    return f"{value:.1f}"


def clabe(first17: str) -> str:
    """An 18-digit CLABE: bank (3), branch plaza (3), account (11) and the check digit (weights 3, 7, 1)."""
    assert len(first17) == 17 and first17.isdigit()
    total = sum(int(d) * (3, 7, 1)[i % 3] % 10 for i, d in enumerate(first17))
    return first17 + str((10 - total % 10) % 10)


FIRM_CLABE = clabe("15918000012734471")
PERITO_CLABE = clabe("16618004521987634")
GAB_CLABE = clabe("14722500938172605")

# --------------------------------------------------------------------------------------------- Litiga360
# key, matter, client, area, lawyer, status and next deadline by phase (am 08:48, mid 09:11, pm 13:23, late 15:06)
L_PHASES = ["am", "mid", "pm", "late"]
MATTERS = [
    (
        "ASM-2025-0311",
        "Cobranza judicial 845/2025",
        "Grupo Alimentario del Bajío, S.A. de C.V.",
        "Mercantil",
        "Lic. Rodrigo Salgado",
        ["Suspendido"] * 4,
        ["—"] * 4,
    ),
    (
        "ASM-2026-0098",
        "Amparo indirecto 1542/2026",
        "Constructora Tláloc Norte, S.A. de C.V.",
        "Amparo",
        "Dra. Itzel Ramírez",
        ["Activo"] * 4,
        ["14/01/2027"] * 4,
    ),
    (
        "ASM-2026-0109",
        "Juicio ordinario civil 2291/2025",
        "Inmobiliaria Cantera Rosa, S.A. de C.V.",
        "Civil",
        "Lic. Ximena Gutiérrez",
        ["En espera", "Activo", "Activo", "Activo"],
        ["—", "09/12/2026", "09/12/2026", "09/12/2026"],
    ),
    (
        "ASM-2026-0117",
        "Contrato de suministro",
        "Farmacéutica Quetzal, S.A.P.I. de C.V.",
        "Corporativo",
        "Mtro. Andrés Peña",
        ["Activo"] * 4,
        ["27/11/2026"] * 4,
    ),
    (
        "ASM-2026-0124",
        "Distribution agreement (MX)",
        "Hollis & Crane Logistics, Inc.",
        "Corporativo",
        "Mtro. Andrés Peña",
        ["Activo"] * 4,
        ["04/12/2026"] * 4,
    ),
    (
        "ASM-2026-0131",
        "Juicio ordinario mercantil 1187/2026",
        "Grupo Alimentario del Bajío, S.A. de C.V.",
        "Mercantil",
        "Lic. Ximena Gutiérrez",
        ["Activo", "Activo", "Citado para sentencia", "Citado para sentencia"],
        ["25/11/2026", "25/11/2026", "—", "—"],
    ),
    (
        "ASM-2026-0136",
        "Juicio laboral 3377/2026",
        "Textiles Mixtli, S.A. de C.V.",
        "Laboral",
        "Dra. Itzel Ramírez",
        ["Activo"] * 4,
        ["03/12/2026"] * 4,
    ),
    (
        "ASM-2026-0140",
        "Registro de marca XOCOMIL",
        "Bebidas Xocomil, S. de R.L. de C.V.",
        "Propiedad intelectual",
        "Lic. Paulina Echeverría",
        ["En espera"] * 4,
        ["18/12/2026"] * 4,
    ),
    (
        "ASM-2026-0143",
        "Protocolización de acta de asamblea",
        "Inmobiliaria Cantera Rosa, S.A. de C.V.",
        "Corporativo",
        "Mtro. Andrés Peña",
        ["Activo"] * 4,
        ["—", "—", "02/12/2026", "02/12/2026"],
    ),
    (
        "ASM-2026-0149",
        "Convenio de confidencialidad",
        "Inmobiliaria Cantera Rosa, S.A. de C.V.",
        "Corporativo",
        "Mtro. Andrés Peña",
        ["Activo", "Activo", "Activo", "Concluido"],
        ["26/11/2026", "26/11/2026", "26/11/2026", "—"],
    ),
    (
        "ASM-2026-0152",
        "Juicio de nulidad 8841/26-17-05-3",
        "Transportes Citlaltépetl, S.A. de C.V.",
        "Administrativo",
        "Dra. Itzel Ramírez",
        ["Activo"] * 4,
        ["11/12/2026"] * 4,
    ),
]
MATTER_HEAD = ["Expediente", "Asunto", "Cliente", "Materia", "Responsable", "Estatus", "Próximo vencimiento"]


def matter_rows(phase: str) -> list[list[str]]:
    at = L_PHASES.index(phase)
    return [[k, m, c, a, who, st[at], dl[at]] for k, m, c, a, who, st, dl in MATTERS]


def matters(phase: str, refreshed: str):
    rows = matter_rows(phase)
    return litiga_list(
        "Asuntos · Litiga360 - Google Chrome",
        ["Asuntos · Litiga360", "Tribunal Virtual Anáhuac", "FirmaSegura"],
        MATTER_HEAD,
        rows,
        f"Mostrando {len(rows)} de {len(rows)} asuntos · Actualizado 25/11/2026 {refreshed}",
    )


CLAIM = 4386200.00
DOCKET_0131 = {
    "filed": (
        "25/11/2026",
        "Promoción TVA-2026-0418273",
        "Escrito de alegatos presentado en Tribunal Virtual (14 fojas, 2 anexos).",
        "Registró Valeria Ortiz · 25/11/2026 09:08",
    ),
    "held": (
        "25/11/2026",
        "Audiencia de juicio celebrada",
        "Se desahogaron la confesional y la testimonial y se tuvieron por formulados los alegatos. El juez citó "
        "a las partes para oír sentencia.",
        "Registró Valeria Ortiz · 25/11/2026 13:21",
    ),
    "copies": (
        "25/11/2026",
        "Promoción TVA-2026-0421906",
        "Solicitud de copias certificadas de la audiencia de juicio.",
        "Registró Valeria Ortiz · 25/11/2026 16:01",
    ),
    "scheduled": (
        "25/11/2026",
        "Audiencia de juicio (pruebas y alegatos), 11:30",
        "Programada · Sala 4, piso 3",
        "Registró Lic. Rodrigo Salgado · 19/11/2026 12:40",
    ),
    "older": [
        (
            "19/11/2026",
            "Acuerdo",
            "Se admiten las pruebas de la actora y se señala audiencia para el 25/11/2026 a las 11:30.",
            "Registró Lic. Rodrigo Salgado",
        ),
        ("06/11/2026", "Promoción TVA-2026-0398114", "Ofrecimiento de pruebas.", "Registró Valeria Ortiz"),
        (
            "21/10/2026",
            "Contestación de demanda",
            "Distribuidora Sierra Gorda contesta la demanda; no reconviene.",
            "Registró Lic. Rodrigo Salgado",
        ),
        (
            "28/08/2026",
            "Presentación de demanda",
            f"Suerte principal: {mxn(CLAIM)} MXN por facturas vencidas de 2025.",
            "Registró Lic. Ximena Gutiérrez",
        ),
    ],
}


def matter_0131(phase: str):
    """phase: am (before filing), mid (filed), pm (the hearing held), late (the copies requested)."""
    d = DOCKET_0131
    if phase == "am":
        docket = [d["scheduled"], *d["older"]]
    elif phase == "mid":
        docket = [d["filed"], d["scheduled"], *d["older"][:3]]
    elif phase == "pm":
        docket = [d["held"], d["filed"], *d["older"][:3]]
    else:
        docket = [d["copies"], d["held"], d["filed"], *d["older"][:2]]
    held = phase in ("pm", "late")
    return litiga_matter(
        "ASM-2026-0131 · Actuaciones · Litiga360 - Google Chrome",
        ["ASM-2026-0131 · Actuaciones · Litiga360", "Asuntos · Litiga360", "Tribunal Virtual Anáhuac"],
        "ASM-2026-0131",
        "Grupo Alimentario del Bajío, S.A. de C.V. c/ Distribuidora Sierra Gorda, S.A. de C.V.",
        "Citado para sentencia" if held else "Activo",
        [
            ("Expediente judicial", "1187/2026"),
            ("Órgano", "Juzgado Décimo Tercero de lo Civil de Proceso Escrito"),
            ("Vía", "Ordinaria mercantil"),
            ("Cuantía", "MXN 4.39 M"),
            ("Responsable", "Lic. Ximena Gutiérrez"),
            ("Equipo", "Lic. Rodrigo Salgado, Valeria Ortiz"),
            ("Materia", "Mercantil"),
            ("Alta", "28/08/2026"),
        ],
        docket,
        [("25/11/2026", "Audiencia de juicio, 11:30", "Cumplido" if held else "Pendiente")],
        [
            ("Actora", "Grupo Alimentario del Bajío, S.A. de C.V."),
            ("Demandada", "Distribuidora Sierra Gorda, S.A. de C.V."),
            ("Abogado de la contraparte", "Lic. Germán Ochoa Beltrán"),
        ],
        f"Horas registradas en el asunto: {'92.0' if held else '86.5'} h",
    )


VISTA_DAYS = 9
VISTA_DUE = "09/12/2026"
JUNTA = "15/01/2027 10:00"


def matter_0109():
    return litiga_matter(
        "ASM-2026-0109 · Actuaciones · Litiga360 - Google Chrome",
        ["ASM-2026-0109 · Actuaciones · Litiga360", "Asuntos · Litiga360", "Acuerdo_2291-2025"],
        "ASM-2026-0109",
        "Inmobiliaria Cantera Rosa, S.A. de C.V. c/ Hoteles Bahía Escondida, S.A. de C.V.",
        "Activo",
        [
            ("Expediente judicial", "2291/2025"),
            ("Órgano", "Juzgado Vigésimo Cuarto de lo Civil de Proceso Escrito"),
            ("Vía", "Ordinaria civil"),
            ("Cuantía", "MXN 3.1 M"),
            ("Responsable", "Lic. Ximena Gutiérrez"),
            ("Equipo", "Valeria Ortiz, Lic. Rodrigo Salgado"),
            ("Materia", "Civil"),
            ("Alta", "14/07/2025"),
        ],
        [
            (
                "25/11/2026",
                "Acuerdo publicado (Boletín Judicial núm. 221)",
                f"Vista con el dictamen pericial en topografía por {VISTA_DAYS} días hábiles; vence el {VISTA_DUE}. "
                f"Junta de peritos el {JUNTA.replace(' ', ' a las ')}.",
                "Registró Valeria Ortiz · 25/11/2026 08:56",
            ),
            (
                "20/11/2026",
                "Promoción TVA-2026-0409952",
                "Se exhibe el dictamen pericial del Arq. Héctor Lozano Ibáñez (perito de la actora).",
                "Registró Lic. Ximena Gutiérrez",
            ),
            (
                "29/10/2026",
                "Promoción TVA-2026-0391577",
                "Nombramiento y aceptación del perito en topografía.",
                "Registró Valeria Ortiz",
            ),
            (
                "02/10/2026",
                "Acuerdo",
                "Se admite la prueba pericial en topografía ofrecida por la actora.",
                "Registró Lic. Rodrigo Salgado",
            ),
        ],
        [
            (VISTA_DUE, f"Desahogo de vista: dictamen pericial ({VISTA_DAYS} días hábiles)", "Pendiente"),
            ("15/01/2027", "Junta de peritos, 10:00", "Pendiente"),
        ],
        [
            ("Actora", "Inmobiliaria Cantera Rosa, S.A. de C.V."),
            ("Demandada", "Hoteles Bahía Escondida, S.A. de C.V."),
            ("Perito de la actora", "Arq. Héctor Lozano Ibáñez"),
        ],
        "Horas registradas en el asunto: 64.5 h",
    )


# -------------------------------------------------------------------------------------- Tribunal Virtual
TV_USER = "Lic. Ximena Gutiérrez Olvera · Autorizada: Valeria Ortiz Mendoza"
J13 = "Juzgado Décimo Tercero de lo Civil de Proceso Escrito"
ALEGATOS = {
    "folio": "TVA-2026-0418273",
    "received": "25/11/2026 09:07:12",
    "type": "Escrito de alegatos",
    "files": [
        ("Alegatos_1187-2026_GAB.pdf", "14 fojas", "1.8 MB"),
        ("Anexo1_Facturas_2025.pdf", "6 fojas", "3.2 MB"),
        ("Anexo2_Estado_de_cuenta.pdf", "4 fojas", "0.9 MB"),
    ],
    "docs": "3 archivos · 24 fojas",
    "seal": [
        "||TVA|2026-0418273|25/11/2026 09:07:12|1187/2026|J13CPE||",
        "bX9QmL2vT8r0KpZ7eN4wYc1sH6dA3fJ5uG8iR2oE1nV7kB4tW9xM0qS6yC3lP5hD2gF8jU1zA7vN4cX0bQ9mT3",
    ],
}
COPIAS = {
    "folio": "TVA-2026-0421906",
    "received": "25/11/2026 15:58:31",
    "type": "Solicitud de copias certificadas",
    "files": [("Solicitud_copias_1187-2026.pdf", "2 fojas", "0.3 MB")],
    "docs": "1 archivo · 2 fojas",
    "seal": [
        "||TVA|2026-0421906|25/11/2026 15:58:31|1187/2026|J13CPE||",
        "Qp4Zt8Lm1Xr6Vb3Nc9Hd2Kf7Jg0Ws5Ey8Ua1Io4Pq7Rt2Ym6Tn3Ls9Dk0Gh5Fj8Bv1Cx4Zw7Mq2Ne6Ra3Sb9Tc5Ud0",
    ],
}
CERT = "00001000000512847736"


def filing_form(phase: str):
    f = ALEGATOS if phase == "am" else COPIAS
    return tribunal_form(
        "Nueva promoción - Tribunal Virtual Anáhuac - Google Chrome",
        ["Nueva promoción - Tribunal Virtual Anáhuac", "ASM-2026-0131 · Actuaciones · Litiga360"],
        TV_USER,
        ["Expediente", "Documentos", "Firma electrónica", "Acuse"],
        2,
        [
            ("Órgano jurisdiccional", J13),
            ("Expediente", "1187/2026"),
            ("Juicio", "Ordinario mercantil"),
            ("Tipo de promoción", f["type"]),
            (
                "Partes",
                "Grupo Alimentario del Bajío, S.A. de C.V. vs. Distribuidora Sierra Gorda, S.A. de C.V.",
            ),
            ("Promovente", "Lic. Ximena Gutiérrez Olvera (parte actora)"),
        ],
        f["files"],
        "La promoción se tendrá por presentada en la fecha y hora que indique el acuse de recibo electrónico. "
        "Recepción en días hábiles de 09:00 a 23:59 h.",
    )


def acuse(phase: str):
    f = ALEGATOS if phase == "am" else COPIAS
    return tribunal_acuse(
        f"Acuse {f['folio']} - Tribunal Virtual Anáhuac - Google Chrome",
        [f"Acuse {f['folio']} - Tribunal Virtual Anáhuac", "ASM-2026-0131 · Actuaciones · Litiga360"],
        TV_USER,
        "ACUSE DE RECIBO ELECTRÓNICO DE PROMOCIÓN",
        [
            ("Folio", f["folio"]),
            ("Fecha y hora de recepción", f["received"]),
            ("Órgano jurisdiccional", J13),
            ("Expediente", "1187/2026"),
            ("Tipo de promoción", f["type"]),
            ("Promovente", "Lic. Ximena Gutiérrez Olvera"),
            ("Documentos", f["docs"]),
            ("Certificado de e.firma (número de serie)", CERT),
        ],
        f["seal"],
        "Este acuse acredita la presentación de la promoción en la fecha y hora señaladas, que corresponden a la "
        "hora oficial de la Ciudad de México.",
    )


# folio, expediente, court, type, sent, status by phase (am 09:09, noon 13:32, pm 16:00; None: not yet filed)
FILINGS = [
    (
        "TVA-2026-0421906",
        "1187/2026",
        "Juzgado 13° Civil de Proceso Escrito",
        "Solicitud de copias certificadas",
        "25/11/2026 15:58",
        [None, None, "Recibida"],
    ),
    (
        "TVA-2026-0418273",
        "1187/2026",
        "Juzgado 13° Civil de Proceso Escrito",
        "Escrito de alegatos",
        "25/11/2026 09:07",
        ["Recibida", "Turnada", "Acordada"],
    ),
    (
        "TVA-2026-0409952",
        "2291/2025",
        "Juzgado 24° Civil de Proceso Escrito",
        "Exhibe dictamen pericial",
        "20/11/2026 13:05",
        ["Acordada"] * 3,
    ),
    (
        "TVA-2026-0402318",
        "845/2025",
        "Juzgado 9° Civil de Proceso Escrito",
        "Solicita reanudación del procedimiento",
        "13/11/2026 10:48",
        ["Turnada"] * 3,
    ),
    (
        "TVA-2026-0398114",
        "1187/2026",
        "Juzgado 13° Civil de Proceso Escrito",
        "Ofrecimiento de pruebas",
        "06/11/2026 17:22",
        ["Acordada"] * 3,
    ),
    (
        "TVA-2026-0391577",
        "2291/2025",
        "Juzgado 24° Civil de Proceso Escrito",
        "Nombramiento de perito",
        "29/10/2026 12:10",
        ["Acordada"] * 3,
    ),
    (
        "TVA-2026-0387040",
        "1187/2026",
        "Juzgado 13° Civil de Proceso Escrito",
        "Autorización de abogados",
        "22/10/2026 09:15",
        ["Acordada"] * 3,
    ),
]
F_PHASES = ["am", "noon", "pm"]
FILING_HEAD = ["Folio", "Expediente", "Órgano jurisdiccional", "Tipo de promoción", "Enviada", "Estatus"]


def filing_rows(phase: str) -> list[list[str]]:
    at = F_PHASES.index(phase)
    return [[f, e, c, t, s, st[at]] for f, e, c, t, s, st in FILINGS if st[at] is not None]


def filings(phase: str):
    rows = filing_rows(phase)
    when = {"am": "09:09", "noon": "13:32", "pm": "16:00"}[phase]
    return tribunal_list(
        "Mis promociones - Tribunal Virtual Anáhuac - Google Chrome",
        ["Mis promociones - Tribunal Virtual Anáhuac", "ASM-2026-0131 · Actuaciones · Litiga360"],
        TV_USER,
        [("Periodo", "01/10/2026 – 25/11/2026"), ("Órgano", "Todos"), ("Estatus", "Todos")],
        FILING_HEAD,
        rows,
        f"Mostrando {len(rows)} promociones · Consulta: 25/11/2026 {when}",
    )


# ---------------------------------------------------------------------------------------------------- Word
PRICE_OLD, PRICE_NEW = 1850000.00, 2035000.00
PRICE_OLD_TEXT = f"{mxn(PRICE_OLD)} (un millón ochocientos cincuenta mil pesos 00/100 M.N.)"
PRICE_NEW_TEXT = f"{mxn(PRICE_NEW)} (dos millones treinta y cinco mil pesos 00/100 M.N.)"
PENALTY_OLD, PENALTY_DMP, PENALTY_OURS = (
    "5% (cinco por ciento)",
    "8% (ocho por ciento)",
    "6% (seis por ciento)",
)
TERM_OLD, TERM_NEW = "treinta (30)", "cuarenta y cinco (45)"
OSCAR = "Óscar Villalobos"
ANDRES = "Andrés Peña"


def contract(phase: str):
    """am: v4 as the buyer's counsel sent it back (the price change of v3 still tracked); pm: v5 after the call,
    the price and the payment term accepted, the buyer's penalty rejected and a counter-proposal tracked."""
    intro = [
        (
            "c",
            [("n", "CONTRATO DE SUMINISTRO", "")],
        ),
        (
            "p",
            [
                (
                    "n",
                    "que celebran FARMACÉUTICA QUETZAL, S.A.P.I. DE C.V. (el “Proveedor”) y DISTRIBUIDORA MÉDICA DEL "
                    "PACÍFICO, S.A. DE C.V. (el “Comprador”), al tenor de las siguientes declaraciones y cláusulas:",
                    "",
                )
            ],
        ),
        ("h", [("n", "CUARTA. PRECIO.", "")]),
    ]
    price_lead = ("n", "El Comprador pagará al Proveedor por los Productos la cantidad anual de ", "")
    price_tail = ("n", ", más el Impuesto al Valor Agregado, pagadera en doce mensualidades iguales.", "")
    term_lead = ("n", "Cada factura se pagará dentro de los ", "")
    term_tail = (
        "n",
        " días naturales siguientes a su recepción, mediante transferencia SPEI a la cuenta que el Proveedor designe.",
        "",
    )
    pen_lead = (
        "n",
        "Si el Proveedor incumple las fechas de entrega pactadas, pagará al Comprador una pena convencional "
        "equivalente al ",
        "",
    )
    pen_tail = (
        "n",
        " del valor de los Productos entregados con retraso, sin exceder del 15% del precio anual.",
        "",
    )
    if phase == "am":
        blocks = intro + [
            ("p", [price_lead, ("del", PRICE_OLD_TEXT, ANDRES), ("ins", PRICE_NEW_TEXT, ANDRES), price_tail]),
            ("h", [("n", "SEXTA. PLAZO DE PAGO.", "")]),
            ("p", [term_lead, ("del", TERM_OLD, OSCAR), ("ins", TERM_NEW, OSCAR), term_tail]),
            ("h", [("n", "DÉCIMA. PENA CONVENCIONAL.", "")]),
            ("p", [pen_lead, ("del", PENALTY_OLD, OSCAR), ("ins", PENALTY_DMP, OSCAR), pen_tail]),
        ]
        comments = [
            (
                ANDRES,
                "24/11/2026 18:22",
                "Ajuste de 10% acordado con el cliente (INPC más costos de cadena fría).",
            ),
            (OSCAR, "25/11/2026 07:41", "Aceptamos el nuevo precio si el plazo de pago es de 45 días."),
            (OSCAR, "25/11/2026 07:44", "Proponemos elevar la pena convencional al 8%."),
        ]
        return word(
            "Contrato_Suministro_Quetzal_DMP_v4.docx - Word",
            blocks,
            comments,
            ["Página 3 de 11", "2,847 palabras", "Español (México)", "Control de cambios: activado", "100 %"],
        )
    blocks = intro + [
        ("p", [price_lead, ("n", PRICE_NEW_TEXT, ""), price_tail]),
        ("h", [("n", "SEXTA. PLAZO DE PAGO.", "")]),
        ("p", [term_lead, ("n", TERM_NEW, ""), term_tail]),
        ("h", [("n", "DÉCIMA. PENA CONVENCIONAL.", "")]),
        (
            "p",
            [
                pen_lead,
                ("del", PENALTY_OLD, "Valeria Ortiz"),
                ("ins", PENALTY_OURS, "Valeria Ortiz"),
                pen_tail,
            ],
        ),
    ]
    comments = [
        (OSCAR, "25/11/2026 07:44", "Proponemos elevar la pena convencional al 8%."),
        (
            "Valeria Ortiz",
            "25/11/2026 15:51",
            "Contrapropuesta: 6%, con el tope del 15% del precio anual. Aprobado por el Mtro. Andrés Peña.",
        ),
    ]
    return word(
        "Contrato_Suministro_Quetzal_DMP_v5.docx - Word",
        blocks,
        comments,
        ["Página 3 de 11", "2,851 palabras", "Español (México)", "Control de cambios: activado", "100 %"],
    )


# ---------------------------------------------------------------------------------------------- FirmaSegura
ENVELOPE = "Convenio de Confidencialidad — Cantera Rosa / Hotelero Pátzcuaro"
ENVELOPE_ID = "7F3A9C21-4B8E-4D2A-9E61-0C5B7D82A1F4"
DANIELA = "Lic. Daniela Robles Aranda"
DANIELA_MAIL = "drobles@hotelespatzcuaro.com.mx"
DANIELA_SIGNED = "25/11/2026 12:58"
ANDRES_SIGNED = "25/11/2026 14:51"
MAURICIO_SIGNED = "24/11/2026 19:12"
E_PHASES = ["am", "noon", "pm"]


def signers(phase: str) -> list[tuple[str, str, str, str, str, str]]:
    at = E_PHASES.index(phase)
    return [
        (
            "1",
            "Ing. Mauricio Cantú Reyes",
            "Inmobiliaria Cantera Rosa, S.A. de C.V.",
            "mauricio.cantu@canterarosa.mx",
            "Firmado",
            MAURICIO_SIGNED,
        ),
        (
            "2",
            DANIELA,
            "Grupo Hotelero Pátzcuaro, S.A. de C.V.",
            DANIELA_MAIL,
            "Visto — pendiente de firma" if at == 0 else "Firmado",
            "Abierto 25/11/2026 08:15" if at == 0 else DANIELA_SIGNED,
        ),
        (
            "3",
            "Mtro. Andrés Peña Villaseñor",
            "Arriaga, Solís y Montoya, S.C. (testigo)",
            "andres.pena@asmabogados.mx",
            ["En espera", "Enviado", "Firmado"][at],
            ["Se envía cuando firme el destinatario 2", DANIELA_SIGNED, ANDRES_SIGNED][at],
        ),
    ]


def envelope(phase: str):
    at = E_PHASES.index(phase)
    history = [
        ("25/11/2026 08:15", f"{DANIELA} abrió el sobre"),
        (MAURICIO_SIGNED, f"Enviado a {DANIELA}"),
        (MAURICIO_SIGNED, "Ing. Mauricio Cantú Reyes firmó"),
        ("24/11/2026 18:41", "Enviado a Ing. Mauricio Cantú Reyes"),
        ("24/11/2026 18:40", "Sobre creado por Valeria Ortiz Mendoza"),
    ]
    if at >= 1:
        history = [
            (DANIELA_SIGNED, "Enviado a Mtro. Andrés Peña Villaseñor"),
            (DANIELA_SIGNED, f"{DANIELA} firmó"),
            *history,
        ]
    if at >= 2:
        history = [
            (ANDRES_SIGNED, "Sobre completado; se generó el certificado de finalización"),
            (ANDRES_SIGNED, "Mtro. Andrés Peña Villaseñor firmó"),
            *history,
        ]
    return firma(
        "Sobre: Convenio de Confidencialidad · FirmaSegura - Google Chrome",
        ["Sobre: Convenio de Confidencialidad · FirmaSegura", "Asuntos · Litiga360"],
        ENVELOPE,
        "Completado" if at == 2 else "En curso",
        [
            ("Remitente", "Valeria Ortiz Mendoza"),
            ("Enviado", "24/11/2026 18:40"),
            ("Vence", "08/12/2026"),
            ("ID del sobre", ENVELOPE_ID),
        ],
        signers(phase),
        history,
    )


# ------------------------------------------------------------------------------------------------- Outlook
XIMENA_MAIL = {
    "subject": "Audiencia 1187/2026 hoy 11:30 — pendientes",
    "from": "Lic. Ximena Gutiérrez",
    "to": "Para: Valeria Ortiz; CC: Lic. Rodrigo Salgado",
    "date": "mié 25/11/2026 7:52 a. m.",
    "body": [
        "Valeria:",
        "Te veo en el juzgado a las 11:15. Antes de salir, por favor:",
        "1. Presenta el escrito de alegatos por Tribunal Virtual antes de las 10:00; ya lo dejé firmado en el portal.",
        "2. Lleva tres juegos de copias del expediente y las identificaciones de los dos testigos.",
        "3. La audiencia es en la Sala 4, piso 3, del Juzgado Décimo Tercero de lo Civil.",
        "4. Regresamos en DiDi; guarda el recibo para la cuenta de gastos del asunto.",
        "",
        "Gracias,",
        "Ximena",
        "Lic. Ximena Gutiérrez Olvera · Socia · Arriaga, Solís y Montoya, S.C.",
    ],
}
ANDRES_MAIL = {
    "subject": "Quetzal: marcas de DMP en la v4",
    "from": "Mtro. Andrés Peña",
    "to": "Para: Valeria Ortiz",
    "date": "mié 25/11/2026 8:05 a. m.",
    "body": [
        "Hola Valeria,",
        f"{OSCAR} (abogado de Distribuidora Médica del Pacífico) nos devolvió la v4 con marcas.",
        "Aceptan el precio nuevo si el plazo de pago es de 45 días; eso sí lo podemos aceptar.",
        "La pena convencional que proponen no la aceptamos. Lo vemos por teléfono a las 15:30.",
        "Hay que mandar la versión limpia al cliente el viernes 27/11.",
        "",
        "Saludos,",
        "Andrés",
    ],
}
BOLETIN_MAIL = {
    "subject": "Alerta Boletín Judicial núm. 221 — 25/11/2026",
    "from": "Alertas Boletín Judicial <alertas@boletinjudicial.mx>",
    "to": f"Para: {MY_MAIL}",
    "date": "mié 25/11/2026 6:30 a. m.",
    "body": [
        "Se publicaron acuerdos en los expedientes que usted vigila:",
        "Exp. 2291/2025 · Juzgado Vigésimo Cuarto de lo Civil de Proceso Escrito · Acuerdo del 24/11/2026",
        "Inmobiliaria Cantera Rosa, S.A. de C.V. vs. Hoteles Bahía Escondida, S.A. de C.V.",
        "El acuerdo se notifica por publicación y surte efectos al día hábil siguiente.",
        "Adjunto: Acuerdo_2291-2025_24-11-2026.pdf",
    ],
}
RETAINER_USD = 8200.00
HOLLIS_MAIL = {
    "subject": "November retainer — invoice request",
    "from": "Jennifer Holloway <jholloway@holliscrane.com>",
    "to": "Para: Valeria Ortiz",
    "date": "mar 24/11/2026 6:48 p. m.",
    "body": [
        "Hi Valeria,",
        "Could you please issue the November invoice for our monthly retainer?",
        f"Amount: US$ {mx(RETAINER_USD)} plus IVA, as in the engagement letter.",
        "Please quote our PO number HC-PO-55127 and send the CFDI and the XML to ap@holliscrane.com.",
        "We pay by wire within 15 days of receipt.",
        "",
        "Thanks,",
        "Jennifer Holloway",
        "Legal Operations Manager · Hollis & Crane Logistics, Inc. · Houston, TX",
    ],
}
LETICIA_MAIL = {
    "subject": "Prefacturas de noviembre — revisión",
    "from": "Leticia Núñez",
    "to": "Para: Valeria Ortiz",
    "date": "mié 25/11/2026 8:20 a. m.",
    "body": [
        "Hola Valeria:",
        "Ya timbré la factura A-2318 de Grupo Alimentario del Bajío (honorarios de octubre); está en Facturia.",
        "En la prefactura de noviembre agrega, por favor, las horas de la audiencia de hoy en cuanto regreses.",
        "La iguala de Hollis & Crane se factura aparte, en dólares.",
        "Cierro las prefacturas el viernes 27/11 a las 14:00.",
        "",
        "Saludos,",
        "Leticia Núñez · Facturación y cobranza",
    ],
}
NOTARY_PHONE = "+52 55 5524 8130"
NOTARY_FOLIO = "N312-48517"
NOTARIA_MAIL = {
    "subject": f"Confirmación de cita {NOTARY_FOLIO}",
    "from": "Notaría 312 CDMX <citas@notaria312cdmx.mx>",
    "to": "Para: Valeria Ortiz Mendoza",
    "date": "mié 25/11/2026 9:28 a. m.",
    "body": [
        "Estimada Valeria Ortiz Mendoza:",
        "Su cita quedó registrada para el miércoles 2 de diciembre de 2026 a las 10:30 h.",
        "Trámite: protocolización de acta de asamblea de Inmobiliaria Cantera Rosa, S.A. de C.V.",
        "Le atenderá la Lic. Regina Alcocer Paz, abogada de la notaría.",
        "Favor de llegar 15 minutos antes con identificación oficial vigente.",
    ],
}
DIDI_TOTAL = 130.10
DIDI_MAIL = {
    "subject": "Tu recibo de DiDi del miércoles 25 de noviembre",
    "from": "DiDi México <recibos@didi.com.mx>",
    "to": "Para: Valeria Ortiz",
    "date": "mié 25/11/2026 1:10 p. m.",
    "body": ["Gracias por viajar con DiDi, Valeria."],
    "brand": "DiDi",
    "card_title": "Recibo del viaje",
    "card": [
        ("Fecha", "25 de noviembre de 2026"),
        ("Origen · 12:41 p. m.", "Av. Niños Héroes 132, Doctores"),
        ("Destino · 1:09 p. m.", "Paseo de la Reforma 296, Juárez"),
        ("Distancia", "6.8 km"),
        ("Duración", "28 min"),
        ("Conductor", "Efraín Soto Lara"),
        ("Tarifa del viaje", "$121.60"),
        ("Cuota de solicitud", "$8.50"),
        ("Total", f"{mxn(DIDI_TOTAL)} MXN"),
        ("Método de pago", "Visa •••• 4417"),
    ],
}
FIRMA_MAIL = {
    "subject": f"{DANIELA} firmó: Convenio de Confidencialidad",
    "from": "FirmaSegura <notificaciones@firmasegura.mx>",
    "to": "Para: Valeria Ortiz Mendoza",
    "date": "mié 25/11/2026 12:58 p. m.",
    "body": [
        "Hola Valeria Ortiz Mendoza,",
        f"{DANIELA} firmó el sobre «{ENVELOPE}» a las 12:58 p. m.",
        "Siguiente destinatario: Mtro. Andrés Peña Villaseñor (testigo).",
        "Ver el sobre en FirmaSegura",
    ],
}
# sender, subject, preview, arrived (HH:MM today, or the list's text for earlier days), opened at (HH:MM) or None
INBOX_TODAY = [
    (
        "Mtro. Andrés Peña",
        "RE: Quetzal: marcas de DMP en la v4",
        "Perfecto, mándasela así a Óscar.",
        "16:05",
        None,
    ),
    ("DiDi México", DIDI_MAIL["subject"], "Gracias por viajar con DiDi, Valeria.", "13:10", "13:15"),
    ("FirmaSegura", FIRMA_MAIL["subject"], f"{DANIELA} firmó el sobre a las 12:58 p. m.", "12:58", "13:17"),
    (
        "Notaría 312 CDMX",
        NOTARIA_MAIL["subject"],
        "Su cita quedó registrada para el miércoles 2 de diciembre…",
        "09:28",
        "09:30",
    ),
    (
        "Tribunal Virtual Anáhuac",
        "Acuse de recibo TVA-2026-0418273",
        "Se recibió su promoción en el expediente 1187/2026.",
        "09:07",
        None,
    ),
    (
        "Leticia Núñez",
        LETICIA_MAIL["subject"],
        "Ya timbré la factura A-2318 de Grupo Alimentario…",
        "08:20",
        "09:18",
    ),
    (
        "Mtro. Andrés Peña",
        ANDRES_MAIL["subject"],
        f"{OSCAR} nos devolvió la v4 con marcas…",
        "08:05",
        "08:46",
    ),
    ("Lic. Ximena Gutiérrez", XIMENA_MAIL["subject"], "Te veo en el juzgado a las 11:15…", "07:52", "08:44"),
    (
        "Alertas Boletín Judicial",
        BOLETIN_MAIL["subject"],
        "Se publicaron acuerdos en los expedientes…",
        "06:30",
        "08:50",
    ),
]
INBOX_YESTERDAY = [
    (
        "Jennifer Holloway",
        HOLLIS_MAIL["subject"],
        "Could you please issue the November invoice…",
        "mar 24/11",
        "09:14",
    ),
    (
        "FirmaSegura",
        "Ing. Mauricio Cantú Reyes firmó: Convenio de Confidencialidad",
        "Siguiente destinatario…",
        "mar 24/11",
        "00:00",
    ),
    (
        "Lic. Rodrigo Salgado",
        "RE: Testigos audiencia 1187/2026",
        "Ya confirmaron los dos testigos.",
        "mar 24/11",
        "00:00",
    ),
]


def _clock12(hhmm: str) -> str:
    h, m = (int(x) for x in hhmm.split(":"))
    return f"{h % 12 or 12}:{m:02d} {'a. m.' if h < 12 else 'p. m.'}"


def inbox(at: str) -> tuple[list[tuple[str, list[tuple[str, str, str, str, bool]]]], int]:
    """The message list at a moment: today's mails that had arrived, unread until opened; and the unread count."""
    today = [
        (who, subj, prev, _clock12(arr), opened is None or opened > at)
        for who, subj, prev, arr, opened in INBOX_TODAY
        if arr <= at
    ]
    older = [
        (who, subj, prev, arr, opened is None or opened > at)
        for who, subj, prev, arr, opened in INBOX_YESTERDAY
    ]
    unread = sum(1 for *_, u in today + older if u)
    return [("Hoy", today), ("Ayer", older)], unread


def mail(at: str, reading: dict | None = None):
    groups, unread = inbox(at)
    folders = [
        ("Favoritos", ""),
        ("Bandeja de entrada", str(unread) if unread else ""),
        ("Elementos enviados", ""),
        ("Borradores", "2"),
        ("Expedientes", ""),
        ("Facturación", ""),
        ("Notificaciones TVA", ""),
        ("Archivo", ""),
        ("Elementos eliminados", ""),
    ]
    if reading is None:
        title = f"Bandeja de entrada - {MY_MAIL} - Outlook"
    else:
        title = f"{reading['subject']} - {MY_MAIL} - Outlook"
    return outlook(title, folders, groups, None if reading is None else reading["subject"], reading)


# -------------------------------------------------------------------------------------------- calendar
CALENDARS = [
    "Audiencias ASM",
    "Lic. Ximena Gutiérrez",
    "Mtro. Andrés Peña",
    "Dra. Itzel Ramírez",
    "Valeria Ortiz",
]
EVENTS = [
    (0, "11:30", "13:00", "Audiencia de juicio 1187/2026 · Juzgado 13° Civil · Sala 4"),
    (1, "11:00", "13:30", "Audiencia 1187/2026 (Grupo Alimentario del Bajío)"),
    (1, "15:00", "15:45", "Llamada con Cantera Rosa"),
    (2, "09:00", "10:00", "Revisión contrato Quetzal"),
    (2, "15:30", "16:00", "Quetzal v4 con Valeria"),
    (3, "10:00", "12:00", "Junta con Transportes Citlaltépetl"),
    (4, "10:40", "13:15", "Audiencia 1187/2026 (acompaño a Ximena)"),
    (4, "14:00", "15:00", "Comida"),
    (4, "15:30", "16:00", "Quetzal v4 con Andrés"),
]
COMITE = {"am": ("16:30", "17:30"), "pm": ("17:30", "18:30")}
UPCOMING = [
    ("jue 26/11/2026 10:00", "Audiencia de conciliación · Juicio laboral 3377/2026 · Dra. Itzel Ramírez"),
    ("mié 02/12/2026 10:30", "Notaría 312: protocolización Cantera Rosa · Mtro. Andrés Peña"),
    ("vie 11/12/2026 12:00", "Audiencia de ley · Juicio de nulidad 8841/26-17-05-3 · Dra. Itzel Ramírez"),
    ("jue 14/01/2027 10:00", "Audiencia constitucional · Amparo 1542/2026 · Dra. Itzel Ramírez"),
    ("vie 15/01/2027 10:00", "Junta de peritos · Exp. 2291/2025 · Lic. Ximena Gutiérrez"),
]


def calendar(phase: str):
    a, b = COMITE[phase]
    events = EVENTS + [(lane, a, b, "Comité de socios") for lane in (1, 2, 3)]
    return outlook_schedule(
        f"Calendario - {MY_MAIL} - Outlook",
        "noviembre de 2026",
        6,
        30,
        25,
        CALENDARS,
        "miércoles, 25 de noviembre de 2026",
        8,
        19,
        events,
        UPCOMING,
    )


# ------------------------------------------------------------------------------------------------- Teams
POSTS = {
    "rodrigo": (
        "Lic. Rodrigo Salgado",
        "ayer 5:41 p. m.",
        "¿Alguien tiene el dictamen del perito en 2291/2025? Lo necesito para el desahogo de vista.",
        [
            (
                "Valeria Ortiz",
                "8:59 a. m.",
                f"Ya está en Litiga360, asunto ASM-2026-0109, carpeta Peritajes. La vista vence el {VISTA_DUE}.",
            )
        ],
    ),
    "amparo": (
        "Dra. Itzel Ramírez",
        "8:50 a. m.",
        "Recordatorio: la audiencia constitucional del amparo 1542/2026 (Constructora Tláloc Norte) quedó para el "
        "14/01/2027 a las 10:00.",
        [],
    ),
    "comite": (
        "Dra. Itzel Ramírez",
        "9:57 a. m.",
        "Cambio: el comité de socios de hoy se mueve de las 16:30 a las 17:30.",
        [],
    ),
    "hearing": (
        "Lic. Ximena Gutiérrez",
        "1:05 p. m.",
        "Audiencia 1187/2026: se desahogaron la confesional y la testimonial y el juez citó a las partes para oír "
        "sentencia. Gracias, Valeria, por las copias.",
        [
            ("Lic. Rodrigo Salgado", "1:09 p. m.", "¡Excelente noticia!"),
            ("Dra. Itzel Ramírez", "1:12 p. m.", "Muy bien, felicidades al equipo."),
        ],
    ),
}
COPIES_REPLY = (
    "Valeria Ortiz",
    "4:02 p. m.",
    "Ya solicité copias certificadas de la audiencia: folio TVA-2026-0421906.",
)


def teams(phase: str):
    p = POSTS
    if phase == "am":
        posts = [p["rodrigo"], p["amparo"]]
    elif phase == "am2":
        posts = [p["rodrigo"], p["amparo"], p["comite"]]
    elif phase == "pm":
        posts = [p["amparo"], p["comite"], p["hearing"]]
    else:
        who, when, text, replies = p["hearing"]
        posts = [p["comite"], (who, when, text, [*replies, COPIES_REPLY])]
    return teams_channel(
        "Litigio (ASM Abogados) | Microsoft Teams",
        "ASM Abogados",
        ["General", "Litigio", "Corporativo", "Facturación", "Paralegales"],
        "Litigio",
        posts,
    )


# ------------------------------------------------------------------------------------------------- Excel
# client, [(matter, lawyer, role, hours before the hearing, hours after, rate)]
PREFACTURA = [
    (
        "Grupo Alimentario del Bajío, S.A. de C.V.",
        [
            ("ASM-2026-0131", "Lic. Ximena Gutiérrez", "Socia", 6.5, 9.5, 6800),
            ("ASM-2026-0131", "Lic. Rodrigo Salgado", "Asociado", 9.0, 9.0, 3200),
            ("ASM-2026-0131", "Valeria Ortiz", "Paralegal", 9.0, 11.5, 1500),
        ],
    ),
    (
        "Inmobiliaria Cantera Rosa, S.A. de C.V.",
        [
            ("ASM-2026-0109", "Lic. Ximena Gutiérrez", "Socia", 2.0, 2.0, 6800),
            ("ASM-2026-0143", "Mtro. Andrés Peña", "Asociado sénior", 3.5, 3.5, 4500),
            ("ASM-2026-0149", "Mtro. Andrés Peña", "Asociado sénior", 4.0, 4.0, 4500),
            ("ASM-2026-0149", "Valeria Ortiz", "Paralegal", 1.5, 1.5, 1500),
        ],
    ),
    (
        "Farmacéutica Quetzal, S.A.P.I. de C.V.",
        [
            ("ASM-2026-0117", "Mtro. Andrés Peña", "Asociado sénior", 11.5, 11.5, 4500),
            ("ASM-2026-0117", "Lic. Paulina Echeverría", "Asociada", 2.0, 2.0, 3400),
        ],
    ),
    (
        "Textiles Mixtli, S.A. de C.V.",
        [
            ("ASM-2026-0136", "Dra. Itzel Ramírez", "Socia", 5.0, 5.0, 7200),
            ("ASM-2026-0136", "Lic. Rodrigo Salgado", "Asociado", 3.0, 3.0, 3200),
        ],
    ),
    (
        "Transportes Citlaltépetl, S.A. de C.V.",
        [("ASM-2026-0152", "Dra. Itzel Ramírez", "Socia", 4.5, 4.5, 7200)],
    ),
]
IVA = 0.16


def prefactura_items(pm: bool) -> list[tuple[str, list[tuple[str, str, str, float, float, float]]]]:
    """(client, [(matter, lawyer, role, hours, rate, amount)])."""
    return [
        (
            client,
            [
                (m, who, role, hb if not pm else ha, rate, (hb if not pm else ha) * rate)
                for m, who, role, hb, ha, rate in rows
            ],
        )
        for client, rows in PREFACTURA
    ]


def prefactura_totals(pm: bool) -> tuple[float, float, float]:
    sub = sum(a for _, rows in prefactura_items(pm) for *_, a in rows)
    iva = round(sub * IVA, 2)
    return sub, iva, round(sub + iva, 2)


def prefactura_rows(pm: bool) -> list[tuple[str, int, list[str]]]:
    when = "13:27" if pm else "09:15"
    rows = [
        ("tl", 1, [f"Prefactura de honorarios · noviembre 2026 · {FIRM}"]),
        ("nt", 2, [f"Corte al 25/11/2026 · actualizada a las {when} por Valeria Ortiz"]),
        ("hd", 3, ["Asunto", "Abogado", "Cargo", "Horas", "Tarifa (MXN/h)", "Importe (MXN)"]),
    ]
    r = 4
    for client, items in prefactura_items(pm):
        rows.append(("gp", r, [client]))
        r += 1
        for m, who, role, h, rate, amt in items:
            rows.append(("row", r, [m, who, role, hours(h), mxn(rate), mxn(amt)]))
            r += 1
        short = client.split(",")[0]
        rows.append(
            (
                "sb",
                r,
                [
                    "",
                    f"Subtotal {short}",
                    "",
                    hours(sum(i[3] for i in items)),
                    "",
                    mxn(sum(i[5] for i in items)),
                ],
            )
        )
        r += 1
    sub, iva, total = prefactura_totals(pm)
    all_hours = sum(i[3] for _, items in prefactura_items(pm) for i in items)
    rows += [
        ("tt", r, ["", "Subtotal honorarios", "", hours(all_hours), "", mxn(sub)]),
        ("tt", r + 1, ["", "IVA 16%", "", "", "", mxn(iva)]),
        ("tt", r + 2, ["", "Total", "", "", "", mxn(total)]),
        (
            "nt",
            r + 4,
            [
                f"Hollis & Crane Logistics, Inc.: iguala de noviembre US$ {mx(RETAINER_USD)} + IVA, se factura aparte "
                "en dólares (OC HC-PO-55127)."
            ],
        ),
    ]
    return rows


def prefactura(pm: bool):
    rows = prefactura_rows(pm)
    at = next(i for i, row in enumerate(rows) if row[0] == "tt" and row[2][1] == "IVA 16%")
    return excel(
        "Prefactura_Noviembre_2026.xlsx - Excel",
        f"F{rows[at][1]}",
        f"=F{rows[at][1] - 1}*16%",
        ["A", "B", "C", "D", "E", "F"],
        rows,
        {3, 4, 5},
        (at, 5),
        ["Prefactura", "Tarifas 2026", "Iguala USD"],
    )


# ---------------------------------------------------------------------------------------------------- CFDI
CFDI_SUB = 92750.00
CFDI_IVA = round(CFDI_SUB * IVA, 2)  # 14,840.00
CFDI_TOTAL = round(CFDI_SUB + CFDI_IVA, 2)  # 107,590.00
CFDI_UUID = "5E2B9C4D-7A1F-4E3B-9D62-8C0F1A7B3E95"
GAB_RFC = "GAB980714QJ3"
SELLO = "Gx7T0qLm2c9ZrV4bN8sK1wYd6Hf3Jp5Ue0Ai7Ro2Tk9Ms4Bl6Cn1Dv8Ew3Fx5Gy0Hz7Iq2Jr9Ks4Lt6Mu1Nv8Ow=="


def cfdi():
    return cfdi_viewer(
        "CFDI A-2318 · Facturia - Microsoft Edge",
        ["CFDI A-2318 · Facturia", "Facturia · Comprobantes emitidos"],
        f"https://app.facturia.mx/cfdi/{CFDI_UUID.lower()}",
        "Vigente",
        [
            ("Tipo de comprobante", "I - Ingreso"),
            ("Serie y folio", "A-2318"),
            ("Folio fiscal (UUID)", CFDI_UUID),
            ("Fecha de emisión", "2026-11-25T09:05:12"),
            ("Fecha de certificación", "2026-11-25T09:05:19"),
            ("No. de certificado SAT", "00001000000716248795"),
            ("Lugar de expedición", "06600"),
        ],
        [
            ("Razón social", "ARRIAGA SOLIS Y MONTOYA"),
            ("RFC", FIRM_RFC),
            ("Régimen fiscal", "601 - General de Ley Personas Morales"),
            ("No. de certificado", "00001000000509183274"),
        ],
        [
            ("Razón social", "GRUPO ALIMENTARIO DEL BAJIO"),
            ("RFC", GAB_RFC),
            ("Domicilio fiscal", "37150"),
            ("Régimen fiscal", "601 - General de Ley Personas Morales"),
            ("Uso CFDI", "G03 - Gastos en general"),
        ],
        ["ClaveProdServ", "Cantidad", "Clave unidad", "Descripción", "Valor unitario", "Importe"],
        [
            [
                "80121600",
                "1",
                "E48 - Unidad de servicio",
                "Honorarios profesionales octubre 2026 · Exp. 1187/2026",
                mxn(CFDI_SUB),
                mxn(CFDI_SUB),
            ]
        ],
        [
            ("Subtotal", mxn(CFDI_SUB)),
            ("IVA Trasladado 16%", mxn(CFDI_IVA)),
            ("Total", f"{mxn(CFDI_TOTAL)} MXN"),
        ],
        [
            ("Método de pago", "PPD - Pago en parcialidades o diferido"),
            ("Forma de pago", "99 - Por definir"),
            ("Moneda", "MXN - Peso Mexicano"),
            ("Importe con letra", "CIENTO SIETE MIL QUINIENTOS NOVENTA PESOS 00/100 M.N."),
        ],
        [
            ("Sello digital del CFDI", SELLO),
            (
                "Cadena original del complemento de certificación del SAT",
                f"||1.1|{CFDI_UUID}|2026-11-25T09:05:19|SPR190613I52|{SELLO[:40]}|00001000000716248795||",
            ),
        ],
    )


# ----------------------------------------------------------------------------------------------- the bank
PERITO_FEE = 18560.00
NOTARY_ADVANCE = 12450.00
GAB_PAYMENT = CFDI_TOTAL
# when, kind, counterparty, concept, reference, amount, status by phase (am, noon, pm); None: not yet there
TRANSFERS = [
    (
        "25/11/2026 14:47",
        "Recibida",
        "Grupo Alimentario del Bajío, S.A. de C.V.",
        "Pago CFDI A-2318",
        "2318",
        GAB_PAYMENT,
        [None, None, "Liquidada"],
    ),
    (
        "25/11/2026 09:22",
        "Enviada",
        "Héctor Lozano Ibáñez",
        "Honorarios dictamen topográfico 2291/2025",
        "2511202",
        -PERITO_FEE,
        ["Por autorizar", "Liquidada", "Liquidada"],
    ),
    (
        "25/11/2026 09:21",
        "Enviada",
        "Notaría Pública 312 CDMX",
        "Anticipo protocolización Cantera Rosa",
        "2511201",
        -NOTARY_ADVANCE,
        ["Liquidada"] * 3,
    ),
    (
        "24/11/2026 17:05",
        "Recibida",
        "Farmacéutica Quetzal, S.A.P.I. de C.V.",
        "Pago factura A-2291",
        "2291",
        58000.00,
        ["Liquidada"] * 3,
    ),
    (
        "24/11/2026 12:30",
        "Enviada",
        "Mensajería Relámpago, S.A. de C.V.",
        "Servicio de mensajería octubre",
        "2411101",
        -3480.00,
        ["Liquidada"] * 3,
    ),
    (
        "23/11/2026 10:15",
        "Enviada",
        "Tesorería de la Ciudad de México",
        "Derechos por copias certificadas 845/2025",
        "2311044",
        -1236.00,
        ["Liquidada"] * 3,
    ),
    (
        "20/11/2026 16:40",
        "Recibida",
        "Textiles Mixtli, S.A. de C.V.",
        "Pago factura A-2284",
        "2284",
        41760.00,
        ["Liquidada"] * 3,
    ),
    (
        "20/11/2026 11:02",
        "Enviada",
        "Inmobiliaria Torre Reforma 296, S.A. de C.V.",
        "Renta de oficina, diciembre",
        "2011007",
        -186500.00,
        ["Liquidada"] * 3,
    ),
]
B_PHASES = ["am", "noon", "pm"]
BALANCE_AM = 2418736.52  # after the notary's advance; the expert's fee waits for the second signature
PERITO_RFC = "LOIH790824T57"
PERITO_RASTREO = "MERI25112026000091527"


def balance(phase: str) -> float:
    at = B_PHASES.index(phase)
    b = BALANCE_AM
    if at >= 1:
        b -= PERITO_FEE
    if at >= 2:
        b += GAB_PAYMENT
    return round(b, 2)


def bank_rows(phase: str) -> list[list[str]]:
    at = B_PHASES.index(phase)
    return [
        [when, kind, who, what, ref, signed(amt), st[at]]
        for when, kind, who, what, ref, amt, st in TRANSFERS
        if st[at] is not None
    ]


def banking(phase: str, seen: str):
    at = B_PHASES.index(phase)
    rows = bank_rows(phase)
    if phase == "pm":
        selected = 0
        title, detail = (
            "Detalle de la transferencia recibida",
            [
                ("Ordenante", "Grupo Alimentario del Bajío, S.A. de C.V."),
                ("RFC del ordenante", GAB_RFC),
                ("Banco emisor", "Banca Sotavento"),
                ("CLABE del ordenante", GAB_CLABE),
                ("Clave de rastreo", "SOTA2026112540017751"),
                ("Referencia numérica", "2318"),
                ("Concepto", "Pago CFDI A-2318"),
                ("Importe", mxn(GAB_PAYMENT)),
                ("Fecha de liquidación", "25/11/2026 14:47:09"),
            ],
        )
    else:
        selected = 0
        status = (
            "Por autorizar — requiere segunda firma (Lic. Ximena Gutiérrez)"
            if at == 0
            else "Liquidada · 25/11/2026 13:27:41"
        )
        title, detail = (
            "Detalle de la transferencia enviada",
            [
                ("Beneficiario", "Héctor Lozano Ibáñez"),
                ("RFC del beneficiario", PERITO_RFC),
                ("Banco", "Banco del Altiplano"),
                ("CLABE", PERITO_CLABE),
                ("Clave de rastreo", PERITO_RASTREO),
                ("Referencia numérica", "2511202"),
                ("Concepto", "Honorarios dictamen topográfico 2291/2025"),
                ("Importe", mxn(PERITO_FEE)),
                ("Estatus", status),
                ("Capturó", "Valeria Ortiz · 25/11/2026 09:22:05"),
            ],
        )
    return bank(
        "Movimientos SPEI · Meridiano Empresarial - Google Chrome",
        ["Movimientos SPEI · Meridiano Empresarial", "CFDI A-2318 · Facturia"],
        [
            ("Saldo disponible", mxn(balance(phase))),
            ("Saldo al cierre del 24/11/2026", mxn(BALANCE_AM + NOTARY_ADVANCE)),
            ("Cuenta", "Cheques Empresarial MXN ••• 4471"),
            ("CLABE", FIRM_CLABE),
        ],
        ["Fecha y hora", "Tipo", "Beneficiario / Ordenante", "Concepto", "Referencia", "Importe", "Estatus"],
        rows,
        selected,
        title,
        detail,
        f"Del 20/11/2026 al 25/11/2026 · consulta {seen}",
    )


# ---------------------------------------------------------------------------------------------- WhatsApp
JESUS = "Jesús Medina Mensajería"
JESUS_MSGS = {
    "am": [
        (False, "", "Buenos días Valeria, ¿a qué hora paso por las copias para el juzgado?", "8:51 a. m."),
        (True, "", "A las 10:30 en recepción. Son tres juegos, ya están engargolados.", "8:58 a. m."),
    ],
    "am2": [(False, "", "Ya estoy en recepción con los tres juegos. Te espero abajo.", "10:36 a. m.")],
    "pm": [
        (
            False,
            "",
            "Dejé el oficio de Cantera Rosa en la Notaría 312; me sellaron de recibido a las 12:14.",
            "12:20 p. m.",
        ),
        (True, "", "Gracias, Jesús. ¿Me mandas foto del sello?", "1:25 p. m."),
    ],
    "late": [(False, "", "Mañana a las 9:00 llevo los testimonios al Juzgado 24° Civil.", "3:48 p. m.")],
}
GROUP = "Paralegales ASM"
GROUP_MSGS = [
    (
        False,
        "Sofía Landa",
        "La posada de la oficina es el viernes 18 de diciembre a las 19:00 en Terraza Alebrije (Colima 143, Roma Norte).",
        "9:40 a. m.",
    ),
    (False, "Diego Fuentes", "La cooperación para el intercambio es de $350.", "9:44 a. m."),
    (True, "", "¡Cuenten conmigo!", "10:00 a. m."),
]
W_PHASES = ["am", "am2", "pm", "late"]


def chat_list(jesus_phase: str, group_new: bool, group_first: bool) -> list[tuple[str, str, str, str]]:
    """The chats list (the latest first): the courier, the paralegals' group, then older chats."""
    last = JESUS_MSGS[jesus_phase][-1]
    jesus = (JESUS, last[3], ("Tú: " if last[0] else "") + last[2], "")
    if group_new:
        group = (GROUP, GROUP_MSGS[-1][3], "Tú: " + GROUP_MSGS[-1][2], "")
    else:
        group = (GROUP, "ayer", "Sofía Landa: Mañana les paso los detalles de la posada.", "")
    others = [
        ("Lic. Ximena Gutiérrez", "ayer", "Perfecto, nos vemos en el juzgado.", ""),
        ("Mamá", "ayer", "¿Vienes a comer el domingo?", ""),
        ("Regina · Notaría 312", "lunes", "Recibido, gracias.", ""),
    ]
    return ([group, jesus] if group_first else [jesus, group]) + others


def chat_jesus(phase: str):
    at = W_PHASES.index(phase)
    msgs = [m for p in W_PHASES[: at + 1] for m in JESUS_MSGS[p]]
    if phase == "late":
        msgs = msgs[2:]  # the morning's scrolled up
    return whatsapp("WhatsApp", chat_list(phase, phase != "am", False), JESUS, "en línea", "HOY", msgs)


def chat_group():
    return whatsapp(
        "WhatsApp", chat_list("am", True, True), GROUP, "Sofía, Diego, Mariela, Tú", "HOY", GROUP_MSGS
    )


# --------------------------------------------------------------------------------------------- Nitro PDF
JUDGE = "Rosaura Quintanilla Becerra"


def acuerdo(page: int):
    title = "Acuerdo_2291-2025_24-11-2026.pdf - Nitro PDF Pro"
    if page == 1:
        blocks = [
            ("r", "JUZGADO VIGÉSIMO CUARTO DE LO CIVIL"),
            ("r", "DE PROCESO ESCRITO"),
            ("r", "EXPEDIENTE: 2291/2025"),
            ("r", "SECRETARÍA “A”"),
            ("c", "INMOBILIARIA CANTERA ROSA, S.A. DE C.V. VS. HOTELES BAHÍA ESCONDIDA, S.A. DE C.V."),
            ("c", "JUICIO ORDINARIO CIVIL"),
            ("p", "Ciudad de México, a veinticuatro de noviembre de dos mil veintiséis."),
            (
                "p",
                "Agréguese a sus autos el escrito presentado por la parte actora a través del Tribunal Virtual con "
                "folio TVA-2026-0409952, por medio del cual el perito designado, ARQUITECTO HÉCTOR LOZANO IBÁÑEZ, "
                "exhibe su dictamen en materia de topografía, mismo que se tiene por rendido para los efectos "
                "legales a que haya lugar.",
            ),
            (
                "p",
                "Con fundamento en el artículo 347 del Código de Procedimientos Civiles, con el dictamen de "
                "referencia dése vista a las partes para que dentro del término de NUEVE DÍAS HÁBILES manifiesten "
                "lo que a su derecho convenga.",
            ),
            (
                "p",
                "Asimismo, se señalan las DIEZ HORAS DEL DÍA QUINCE DE ENERO DE DOS MIL VEINTISIETE para que tenga "
                "verificativo la junta de peritos, debiendo las partes presentar a sus peritos con identificación "
                "oficial vigente.",
            ),
        ]
    else:
        blocks = [
            (
                "p",
                "Se tiene a la parte demandada autorizando para oír y recibir notificaciones al LICENCIADO MAURO "
                "ESPINOSA CANDIA, en términos del artículo 112 del Código de Procedimientos Civiles.",
            ),
            ("p", "NOTIFÍQUESE."),
            (
                "p",
                "Lo proveyó y firma la C. Juez Vigésimo Cuarto de lo Civil de Proceso Escrito, MAESTRA ROSAURA "
                "QUINTANILLA BECERRA, ante el C. Secretario de Acuerdos “A”, LICENCIADO ULISES MONTAÑO PIÑA, con "
                "quien actúa, autoriza y da fe. DOY FE.",
            ),
            ("s", "MTRA. ROSAURA QUINTANILLA BECERRA"),
            ("s", "JUEZ"),
            ("s", "LIC. ULISES MONTAÑO PIÑA"),
            ("s", "SECRETARIO DE ACUERDOS “A”"),
            (
                "p",
                "El presente acuerdo se publicó en el Boletín Judicial número 221 del día 25 de noviembre de 2026, "
                "surtiendo efectos el día hábil siguiente. CONSTE.",
            ),
        ]
    return nitro(title, page, 2, blocks)


# ------------------------------------------------------------------------------------------ Notaría 312
NOTARY_FEE = 38900.00


def notary(step: str):
    tabs = ["Agendar cita · Notaría 312", "Asuntos · Litiga360"]
    if step == "book":
        return notaria_book(
            "Agendar cita · Notaría 312 - Google Chrome",
            tabs,
            ["Servicio", "Fecha y hora", "Datos del solicitante", "Confirmación"],
            1,
            [
                "Protocolización de acta de asamblea",
                "Sociedad: Inmobiliaria Cantera Rosa, S.A. de C.V.",
                "Duración estimada: 60 min",
            ],
            "diciembre 2026",
            1,
            31,
            {1, 2, 3, 4, 7, 8, 9, 10, 11, 14, 15, 16, 17, 18},
            2,
            "miércoles 2 de diciembre de 2026",
            [
                ("09:00", "ocupado"),
                ("10:30", "elegido"),
                ("12:00", "libre"),
                ("13:30", "ocupado"),
                ("16:30", "libre"),
                ("18:00", "libre"),
            ],
            [
                "Protocolización de acta de asamblea",
                "Miércoles 2 de diciembre de 2026",
                "10:30 h · Sala 2",
                f"Honorarios estimados: {mxn(NOTARY_FEE)} MXN + IVA",
                f"Anticipo recibido: {mxn(NOTARY_ADVANCE)} MXN",
            ],
        )
    return notaria_done(
        "Cita confirmada · Notaría 312 - Google Chrome",
        tabs,
        "¡Su cita quedó agendada!",
        f"Folio de cita: {NOTARY_FOLIO}",
        [
            ("Trámite", "Protocolización de acta de asamblea"),
            ("Sociedad", "Inmobiliaria Cantera Rosa, S.A. de C.V."),
            ("Fecha", "Miércoles 2 de diciembre de 2026"),
            ("Hora", "10:30 h"),
            ("Sala", "Sala 2"),
            ("Solicitante", "Valeria Ortiz Mendoza · Arriaga, Solís y Montoya, S.C."),
            (
                "Dirección",
                "Av. Insurgentes Sur 1602, piso 4, Col. Crédito Constructor, 03940 Ciudad de México",
            ),
        ],
        [
            "Libro de actas de asambleas (original)",
            "Acta de asamblea firmada por el presidente y el secretario",
            "Identificación oficial vigente del delegado especial",
            "Constancia de situación fiscal de la sociedad",
        ],
        [
            f"Teléfono: {NOTARY_PHONE}",
            "Correo: citas@notaria312cdmx.mx",
            "Horario: lunes a viernes de 9:00 a 18:00 h",
        ],
    )


# -------------------------------------------------------------------------------------------- Google Maps
def route():
    return gmaps(
        "Paseo de la Reforma 296 a Av. Niños Héroes 132 - Google Maps - Google Chrome",
        ["Paseo de la Reforma 296 a Av. Niños Héroes 132 - Google Maps", "Asuntos · Litiga360"],
        "https://www.google.com/maps/dir/Paseo+de+la+Reforma+296/Av.+Ni%C3%B1os+H%C3%A9roes+132",
        "Av. Paseo de la Reforma 296, Juárez, Ciudad de México",
        "Juzgado 13° Civil de Proceso Escrito, Av. Niños Héroes 132, Doctores",
        [("Auto", "22 min"), ("Transporte", "34 min"), ("A pie", "1 h 12 min"), ("Moto", "17 min")],
        [
            (
                "22 min",
                "6.1 km",
                "por Av. Chapultepec",
                "Ruta más rápida; tráfico habitual · Llegada 10:59 a. m.",
            ),
            ("26 min", "7.4 km", "por Eje 1 Pte. Av. Cuauhtémoc", "Tráfico moderado"),
            ("29 min", "6.9 km", "por Eje Central Lázaro Cárdenas", "Obras en Eje Central"),
        ],
        [
            "Dirígete al sureste por Paseo de la Reforma hacia Lucerna",
            "Gira a la derecha en Av. Bucareli",
            "Continúa por Av. Chapultepec",
            "Gira a la izquierda en Av. Niños Héroes",
            "El destino está a la derecha",
        ],
        [
            ("Juárez", 260, 150),
            ("Paseo de la Reforma", 480, 212),
            ("Av. Chapultepec", 620, 455),
            ("Roma Norte", 340, 560),
            ("Doctores", 1150, 690),
            ("Av. Niños Héroes", 980, 590),
            ("Cuauhtémoc", 900, 90),
        ],
    )


# ---------------------------------------------------------------------------------------------- Widgets
TEMP_AM, TEMP_PM = 12, 22
AQI_AM, AQI_PM = 64, 104


def board(phase: str):
    if phase == "am":
        return widgets(
            "Widgets",
            ["Ciudad de México", f"{TEMP_AM} °C", "Soleado", "Máx. 23° · Mín. 8°"],
            [
                ("9 a. m.", "13°"),
                ("12 p. m.", "19°"),
                ("3 p. m.", "22°"),
                ("6 p. m.", "20°"),
                ("9 p. m.", "15°"),
            ],
            ["Calidad del aire · Ciudad de México", str(AQI_AM), "Aceptable", "#fdd663"],
            ["USD/MXN", "18.4315", "▲ 0.12 %"],
            [
                ("Noticias Capital", "Lluvias ligeras previstas para el fin de semana en el Valle de México"),
                (
                    "Diario Financiero MX",
                    "El peso abre estable frente al dólar; atención a los datos de inflación",
                ),
                (
                    "Crónica Judicial",
                    "Los juzgados civiles amplían el horario del Tribunal Virtual en diciembre",
                ),
            ],
            "Actualizado 8:45 a. m.",
        )
    return widgets(
        "Widgets",
        ["Ciudad de México", f"{TEMP_PM} °C", "Mayormente soleado", "Máx. 23° · Mín. 8°"],
        [("3 p. m.", "22°"), ("6 p. m.", "20°"), ("9 p. m.", "15°"), ("12 a. m.", "11°"), ("3 a. m.", "9°")],
        ["Calidad del aire · Ciudad de México", str(AQI_PM), "Mala para grupos sensibles", "#f29d4b"],
        ["USD/MXN", "18.3980", "▼ 0.06 %"],
        [
            ("Noticias Capital", "Se mantiene sin contingencia ambiental el Valle de México"),
            ("Diario Financiero MX", "Bolsa mexicana cierra la sesión con ligera baja"),
            ("Crónica Judicial", "Los juzgados civiles amplían el horario del Tribunal Virtual en diciembre"),
        ],
        "Actualizado 3:00 p. m.",
    )


# -------------------------------------------------------------------------------------------------- day
def segments() -> list[tuple]:
    """(local start, frames, seconds between frames, screen for frame i)."""
    return [
        ("08:44:00", 1, 40, lambda i: mail("08:44")),
        ("08:44:40", 2, 45, lambda i: mail("08:44", XIMENA_MAIL)),
        ("08:46:15", 2, 45, lambda i: mail("08:46", ANDRES_MAIL)),
        ("08:47:50", 1, 40, lambda i: board("am")),
        ("08:48:35", 2, 50, lambda i: matters("am", "08:48")),
        ("08:50:20", 2, 45, lambda i: mail("08:50", BOLETIN_MAIL)),
        ("08:51:55", 3, 50, lambda i: acuerdo(1)),
        ("08:54:30", 2, 45, lambda i: acuerdo(2)),
        ("08:56:05", 3, 50, lambda i: matter_0109()),
        ("08:58:40", 2, 45, lambda i: chat_jesus("am")),
        ("09:00:15", 2, 45, lambda i: teams("am")),
        ("09:01:50", 3, 50, lambda i: contract("am")),
        ("09:04:20", 2, 45, lambda i: matter_0131("am")),
        ("09:05:55", 2, 45, lambda i: filing_form("am")),
        ("09:07:30", 2, 45, lambda i: acuse("am")),
        ("09:09:05", 2, 45, lambda i: filings("am")),
        ("09:10:40", 1, 40, lambda i: mail("09:10")),
        ("09:11:20", 2, 50, lambda i: matters("mid", "09:11")),
        ("09:13:00", 2, 45, lambda i: envelope("am")),
        ("09:14:35", 2, 45, lambda i: mail("09:14", HOLLIS_MAIL)),
        ("09:16:10", 3, 50, lambda i: prefactura(False)),
        ("09:18:40", 2, 45, lambda i: mail("09:18", LETICIA_MAIL)),
        ("09:20:15", 3, 50, lambda i: cfdi()),
        ("09:22:45", 3, 50, lambda i: banking("am", "09:22")),
        ("09:25:15", 2, 45, lambda i: notary("book")),
        ("09:26:50", 2, 45, lambda i: notary("done")),
        ("09:28:25", 2, 45, lambda i: calendar("am")),
        ("09:30:00", 2, 45, lambda i: mail("09:30", NOTARIA_MAIL)),
        ("09:31:35", 9, 180, lambda i: contract("am")),
        ("09:58:40", 2, 45, lambda i: teams("am2")),
        ("10:00:15", 2, 45, lambda i: chat_group()),
        ("10:01:50", 2, 45, lambda i: matter_0131("mid")),
        ("10:03:25", 1, 40, lambda i: calendar("am")),
        # 10:04-10:36: the copies and binders for the hearing, in the copy room
        ("10:36:30", 2, 45, lambda i: route()),
        ("10:38:05", 1, 40, lambda i: mail("10:38")),
        ("10:38:45", 1, 40, lambda i: chat_jesus("am2")),
        # 10:39-13:15: to the court, the hearing at the Juzgado Décimo Tercero de lo Civil (11:30), DiDi back
        ("13:15:10", 1, 40, lambda i: mail("13:15")),
        ("13:15:50", 2, 45, lambda i: mail("13:15", DIDI_MAIL)),
        ("13:17:25", 1, 40, lambda i: mail("13:17", FIRMA_MAIL)),
        ("13:18:05", 2, 45, lambda i: envelope("noon")),
        ("13:19:40", 2, 45, lambda i: teams("pm")),
        ("13:21:15", 3, 50, lambda i: matter_0131("pm")),
        ("13:23:45", 2, 50, lambda i: matters("pm", "13:23")),
        ("13:25:25", 2, 45, lambda i: chat_jesus("pm")),
        ("13:27:00", 4, 50, lambda i: prefactura(True)),
        ("13:30:30", 2, 45, lambda i: banking("noon", "13:30")),
        ("13:32:05", 1, 40, lambda i: filings("noon")),
        ("13:32:45", 2, 45, lambda i: calendar("pm")),
        ("13:34:20", 1, 40, lambda i: acuerdo(1)),
        ("13:35:00", 1, 40, lambda i: matter_0109()),
        # 13:36-15:01: lunch
        ("15:01:30", 1, 40, lambda i: board("pm")),
        ("15:02:10", 1, 40, lambda i: mail("15:02")),
        ("15:02:50", 3, 50, lambda i: banking("pm", "15:02")),
        ("15:05:20", 2, 45, lambda i: envelope("pm")),
        ("15:06:55", 2, 50, lambda i: matters("late", "15:06")),
        ("15:08:35", 2, 50, lambda i: contract("am")),
        ("15:10:15", 1, 40, lambda i: calendar("pm")),
        # 15:11-15:52: the Quetzal call in Andrés's office
        ("15:52:10", 5, 60, lambda i: contract("pm")),
        ("15:57:10", 2, 45, lambda i: filing_form("pm")),
        ("15:58:45", 2, 45, lambda i: acuse("pm")),
        ("16:00:20", 2, 45, lambda i: filings("pm")),
        ("16:01:55", 1, 40, lambda i: matter_0131("late")),
        ("16:02:35", 2, 45, lambda i: teams("late")),
        ("16:04:10", 2, 50, lambda i: prefactura(True)),
        ("16:05:50", 2, 45, lambda i: chat_jesus("late")),
        ("16:07:25", 1, 40, lambda i: calendar("pm")),
        ("16:08:05", 1, 40, lambda i: mail("16:08", HOLLIS_MAIL)),
        # 16:09-16:40: billing meeting with Leticia
        ("16:40:10", 1, 40, lambda i: banking("pm", "16:40")),
        ("16:40:50", 1, 40, lambda i: matters("late", "16:40")),
        ("16:41:30", 1, 40, lambda i: mail("16:41")),
    ]


DAY = {
    "name": "legal",
    "run": "8d2f6a4c",
    "date": "2026-11-25",
    "tzid": "America/Mexico_City",
    "offset_minutes": -360,
    "locale": "es",  # 24-hour clock and 25/11/2026 (make_days.clock); the es-MX taskbar writes '1:45 p. m.'
    "segments": segments,
}
