"""Facts and phrasings for day "legal" (see day_legal.py), the eleventh held-out day: lookups of every answer type
(the partner's mail about the hearing, the associate's about the redline, a US client's retainer in US$, the
court's resolution in Nitro PDF, the filing receipt of Tribunal Virtual, the e-signature envelope, the CFDI of an
invoice, the SPEI transfer to the expert witness, the notary's booking, the DiDi receipt, Google Maps, the
Widgets board, Teams and WhatsApp), cells and comparisons from the matters list, the list of filings, the
pre-invoice and the bank, differences (of two values on screen, or one value at two moments) and aggregates
worked out from values on screen (make_questions_legal.py checks the arithmetic against the strings the day
draws), a list, and unanswerable questions (traps naming a court, a ride service, a case number, a lawyer, a
client, a notary, a contact, a matter, a colleague and an e-signature service never on screen, and attributes
that no frame shows of people and things that are). Phrasings are how a paralegal at a Mexico City firm would
ask later: a plain one, one in other words than the screen's (a role or description instead of the name,
English for the Spanish screen), and a terse one or one with a relative time ('this morning', 'after the
hearing', 'this afternoon'), some in the firm's Spanish shorthand ('folio alegatos?', 'CLABE del perito?').
The values the answers hold are taken from day_legal's data, the same data the screens are drawn from. Amounts
accept the es-MX form the screen writes ($2,035,000.00, $130.10 MXN) and 2035000 / 2.035.000,00 / MXN 2,035,000;
names with accents are also accepted without them."""

from __future__ import annotations

import unicodedata

import day_legal as dl

D = "legal"


def plain(text: str) -> str:
    """'Óscar Villalobos' -> 'Oscar Villalobos' (the combining marks dropped)."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def names(*forms: str) -> list[str]:
    return sorted(set(forms) | {plain(f) for f in forms})


def pesos(value: float, amount, words: tuple[str, ...] = ()) -> list[str]:
    """make_questions.amount's forms, the es-MX '$2,035,000.00' (with and without 'MXN') and 'MXN 2,035,000'."""
    forms = set(amount(f"{value:,.2f}"))
    forms |= {
        dl.mxn(value),
        f"{dl.mxn(value)} MXN",
        f"MXN {value:,.2f}",
        f"{value:,.2f} MXN",
    }
    if value == int(value):
        forms |= {f"MXN {value:,.0f}", f"{value:,.0f} pesos"}
    forms.update(words)
    return sorted(forms)


def dollars(value: float, amount) -> list[str]:
    """US$ as the client's mail writes it ('US$ 8,200.00'), 'USD 8,200', '$8,200' and amount's forms."""
    forms = set(amount(f"{value:,.2f}"))
    forms |= {
        f"US$ {value:,.2f}",
        f"US$ {value:,.0f}",
        f"US${value:,.0f}",
        f"USD {value:,.0f}",
        f"USD {value:,.2f}",
        f"{value:,.0f} USD",
        f"${value:,.0f}",
    }
    return sorted(forms)


def day_forms(day: int, month: int, year: int, es: str, en: str) -> list[str]:
    """A date as the screens write it (dd/mm/yyyy) and as an answer may: '9 de diciembre', '9 December',
    'December 9', 'Dec 9', '2026-12-09'."""
    return sorted(
        {
            f"{day:02d}/{month:02d}/{year}",
            f"{day}/{month}/{year}",
            f"{year}-{month:02d}-{day:02d}",
            f"{day} de {es}",
            f"{day} {en}",
            f"{en} {day}",
            f"{en[:3]} {day}",
            f"{day} {en[:3]}",
        }
    )


def register(fact, none, amount):
    d = D
    mxn = lambda value, *words: pesos(value, amount, words)  # noqa: E731
    # ------------------------------------------------------------------------------------------ lookups
    fact(
        d,
        "legal-price-new",
        "lookup",
        "amount",
        [
            "What annual price does clause four of the Quetzal supply contract set now?",
            "How much a year will the distributor pay our pharmaceutical client under the revised price clause?",
            "Quetzal contract price, new?",
        ],
        mxn(dl.PRICE_NEW),
        ["CUARTA. PRECIO."],
    )
    fact(
        d,
        "legal-retainer",
        "lookup",
        "amount",
        [
            "How much is Hollis & Crane's monthly retainer?",
            "What does the Houston client pay us every month, before IVA?",
            "H&C retainer?",
        ],
        dollars(dl.RETAINER_USD, amount),
        ["as in the engagement letter"],
    )
    fact(
        d,
        "legal-cfdi-total",
        "lookup",
        "amount",
        [
            "What's the total of invoice A-2318?",
            "How much did we bill Grupo Alimentario del Bajío for October's fees, IVA included?",
            "A-2318 total?",
        ],
        mxn(dl.CFDI_TOTAL),
        ["Folio fiscal (UUID)"],
    )
    fact(
        d,
        "legal-didi-total",
        "lookup",
        "amount",
        [
            "How much did the DiDi ride back from the court cost?",
            "What was the total on the ride-hailing receipt after the hearing?",
            "DiDi total?",
        ],
        mxn(dl.DIDI_TOTAL),
        ["Recibo del viaje"],
    )
    fact(
        d,
        "legal-claim",
        "lookup",
        "amount",
        [
            "How much is Grupo Alimentario del Bajío claiming in case 1187/2026?",
            "What principal amount are we suing Distribuidora Sierra Gorda for?",
            "suerte principal 1187?",
        ],
        mxn(dl.CLAIM, "4.39 M", "MXN 4.39 M"),
        ["Suerte principal"],
    )
    fact(
        d,
        "legal-alegatos-folio",
        "lookup",
        "identifier",
        [
            "What folio did Tribunal Virtual give the closing-arguments filing?",
            "Which receipt number did the court portal issue for the escrito de alegatos this morning?",
            "folio alegatos?",
        ],
        [dl.ALEGATOS["folio"], "2026-0418273"],
        ["25/11/2026 09:07:12"],
    )
    fact(
        d,
        "legal-cfdi-uuid",
        "lookup",
        "identifier",
        [
            "What's the folio fiscal (UUID) of invoice A-2318?",
            "Which UUID did the SAT certify for the October fees invoice to Grupo Alimentario?",
            "UUID A-2318?",
        ],
        [dl.CFDI_UUID, dl.CFDI_UUID.lower()],
        ["Folio fiscal (UUID)"],
    )
    fact(
        d,
        "legal-gab-rfc",
        "lookup",
        "identifier",
        [
            "What's Grupo Alimentario del Bajío's RFC?",
            "Which tax ID does the receiver of invoice A-2318 have?",
            "RFC GAB?",
        ],
        [dl.GAB_RFC],
        ["RECEPTOR", "RFC del ordenante"],
    )
    fact(
        d,
        "legal-perito-clabe",
        "lookup",
        "identifier",
        [
            "What CLABE is the payment to the expert witness going to?",
            "Which 18-digit account number is Héctor Lozano Ibáñez's fee being sent to?",
            "CLABE del perito?",
        ],
        [dl.PERITO_CLABE],
        ["RFC del beneficiario"],
    )
    fact(
        d,
        "legal-rastreo",
        "lookup",
        "identifier",
        [
            "What's the clave de rastreo of the SPEI transfer to Héctor Lozano Ibáñez?",
            "Which tracking key did the bank assign to the expert's fee transfer?",
            "rastreo perito?",
        ],
        [dl.PERITO_RASTREO],
        ["RFC del beneficiario"],
    )
    fact(
        d,
        "legal-notary-phone",
        "lookup",
        "identifier",
        [
            "What's the phone number of Notaría 312?",
            "Which number can I call to reach the notary's office about the appointment?",
            "notaría 312 tel?",
        ],
        [dl.NOTARY_PHONE, "55 5524 8130", "5555248130", "+525555248130", "(55) 5524 8130"],
        ["Folio de cita"],
    )
    fact(
        d,
        "legal-jennifer-email",
        "lookup",
        "email",
        [
            "What's Jennifer Holloway's email address?",
            "Which address did the US client's retainer request come from?",
            "jennifer email?",
        ],
        ["jholloway@holliscrane.com"],
        ["Jennifer Holloway <"],
    )
    fact(
        d,
        "legal-daniela-email",
        "lookup",
        "email",
        [
            "What's Daniela Robles Aranda's email address?",
            "At which address does the hotel group's signer receive the NDA envelope?",
            "daniela email?",
        ],
        [dl.DANIELA_MAIL],
        ["Grupo Hotelero Pátzcuaro, S.A. de C.V."],
    )
    fact(
        d,
        "legal-judge",
        "lookup",
        "person",
        [
            "Which judge signed the acuerdo in case 2291/2025?",
            "Who is the judge of the 24th civil court that issued the order in the Cantera Rosa case?",
            "juez 2291/2025?",
        ],
        names(dl.JUDGE, "Rosaura Quintanilla", "Quintanilla Becerra"),
        ["DOY FE"],
    )
    fact(
        d,
        "legal-penalty-author",
        "lookup",
        "person",
        [
            "Who proposed raising the contractual penalty in the Quetzal contract?",
            "Which lawyer on the buyer's side wanted the late-delivery penalty increased to 8%?",
            "8% penalty proposed by?",
        ],
        names(dl.OSCAR, "Villalobos"),
        ["Proponemos elevar la pena convencional"],
    )
    fact(
        d,
        "legal-didi-driver",
        "lookup",
        "person",
        [
            "Who drove my DiDi back from the court?",
            "What was the driver's name on today's ride receipt?",
            "DiDi driver?",
        ],
        names("Efraín Soto Lara", "Efraín Soto"),
        ["Conductor"],
    )
    fact(
        d,
        "legal-vista-deadline",
        "lookup",
        "datetime",
        [
            "When does the deadline to respond to the expert's report in the Cantera Rosa case expire?",
            "By what date must we answer the vista on the topography opinion in 2291/2025?",
            "vence vista 2291/2025?",
        ],
        day_forms(9, 12, 2026, "diciembre", "December"),
        ["Desahogo de vista"],
    )
    fact(
        d,
        "legal-junta-peritos",
        "lookup",
        "datetime",
        [
            "When is the meeting of the experts in case 2291/2025?",
            "For what date did the judge schedule the junta de peritos?",
            "junta de peritos?",
        ],
        day_forms(15, 1, 2027, "enero", "January") + ["QUINCE DE ENERO"],
        ["junta de peritos"],
    )
    fact(
        d,
        "legal-notary-appt",
        "lookup",
        "datetime",
        [
            "When is my appointment at Notaría 312?",
            "For what date did I book the notary to protocolize Cantera Rosa's shareholders' minutes?",
            "cita notaría?",
        ],
        day_forms(2, 12, 2026, "diciembre", "December"),
        ["Folio de cita"],
    )
    fact(
        d,
        "legal-acuse-time",
        "lookup",
        "datetime",
        [
            "At what time did the court receive the closing-arguments filing?",
            "What reception time does the electronic receipt for folio TVA-2026-0418273 show?",
            "alegatos received at?",
        ],
        ["09:07:12", "9:07", "09:07"],
        ["25/11/2026 09:07:12"],
    )
    fact(
        d,
        "legal-daniela-signed",
        "lookup",
        "datetime",
        [
            "When did Daniela Robles sign the confidentiality agreement?",
            "At what time did the hotel group's representative sign the NDA in FirmaSegura?",
            "Daniela signed at?",
        ],
        ["12:58"],
        [f"{dl.DANIELA} firmó"],
    )
    fact(
        d,
        "legal-posada",
        "lookup",
        "datetime",
        [
            "When is the office posada?",
            "On what date is the firm's Christmas party the paralegals were talking about?",
            "posada date?",
        ],
        day_forms(18, 12, 2026, "diciembre", "December") + ["viernes 18"],
        ["La posada de la oficina"],
    )
    fact(
        d,
        "legal-dias-habiles",
        "lookup",
        "number",
        [
            "How many business days does the acuerdo give the parties to respond to the expert report?",
            "Within how many working days must we comment on the topography opinion in 2291/2025?",
            "días hábiles vista?",
        ],
        ["9", "nine", "nueve"],
        ["NUEVE DÍAS HÁBILES", f"{dl.VISTA_DAYS} días hábiles"],
    )
    fact(
        d,
        "legal-aqi-pm",
        "lookup",
        "number",
        [
            "What was the air quality index in Mexico City this afternoon?",
            "How bad was the air after lunch, going by the number on the Widgets board?",
            "AQI, afternoon?",
        ],
        [str(dl.AQI_PM)],
        ["Actualizado 3:00 p. m."],
    )
    fact(
        d,
        "legal-penalty-counter",
        "lookup",
        "number",
        [
            "What penalty percentage did we counter-propose in the Quetzal contract?",
            "After the call with Andrés, what rate did I put in clause ten instead of the buyer's 8%?",
            "our penalty counter?",
        ],
        ["6%", "6 %", "6 percent", "seis por ciento", "six percent"],
        ["Contrapropuesta: 6%"],
    )
    fact(
        d,
        "legal-drive-time",
        "lookup",
        "duration",
        [
            "How long did Google Maps say the drive to the court would take?",
            "What travel time by car did the route to Av. Niños Héroes show?",
            "drive time to court?",
        ],
        ["22 min", "22 minutes", "22 minutos"],
        ["por Av. Chapultepec"],
    )
    fact(
        d,
        "legal-payment-term",
        "lookup",
        "duration",
        [
            "How many days does the buyer get to pay each invoice under the revised Quetzal contract?",
            "What payment term did Distribuidora Médica del Pacífico get us to accept?",
            "plazo de pago Quetzal?",
        ],
        ["45 días", "45 days", "45", "cuarenta y cinco"],
        ["SEXTA. PLAZO DE PAGO."],
    )
    fact(
        d,
        "legal-counterparty",
        "lookup",
        "name",
        [
            "Who is the other party to Farmacéutica Quetzal's supply contract?",
            "Which distributor is buying from our pharmaceutical client under the contract I redlined?",
            "Quetzal counterparty?",
        ],
        names("Distribuidora Médica del Pacífico", "DMP"),
        ["que celebran FARMACÉUTICA QUETZAL"],
    )
    fact(
        d,
        "legal-court-1187",
        "lookup",
        "name",
        [
            "Which court is hearing case 1187/2026?",
            "Where was this morning's trial hearing held — which juzgado?",
            "juzgado 1187/2026?",
        ],
        names(
            dl.J13,
            "Juzgado Décimo Tercero de lo Civil",
            "Décimo Tercero de lo Civil",
            "Juzgado 13° Civil",
            "13° Civil",
            "13th civil",
            "thirteenth civil",
        ),
        ["Órgano jurisdiccional"],
    )
    fact(
        d,
        "legal-hearing-result",
        "lookup",
        "text",
        [
            "What happened at this morning's hearing in 1187/2026?",
            "How did the trial hearing against Distribuidora Sierra Gorda end?",
            "outcome, hearing 1187?",
        ],
        [
            "citó a las partes para oír sentencia",
            "para oír sentencia",
            "citado para sentencia",
            "citó para sentencia",
            "sentencia",
            "judgment",
        ],
        ["Audiencia de juicio celebrada", "citó a las partes para oír"],
    )
    fact(
        d,
        "legal-courtroom",
        "lookup",
        "text",
        [
            "Which courtroom was the hearing in 1187/2026 in?",
            "In what room of the 13th civil court did Ximena want to meet for the hearing?",
            "sala audiencia?",
        ],
        ["Sala 4"],
        ["Sala 4"],
    )
    # ---------------------------------------------------------------------------------------- table cells
    fact(
        d,
        "legal-0152-lawyer",
        "table_cell",
        "person",
        [
            "Who is the lawyer responsible for matter ASM-2026-0152?",
            "Which partner handles the Transportes Citlaltépetl nullity case?",
            "0152 responsable?",
        ],
        names("Dra. Itzel Ramírez", "Itzel Ramírez"),
        ["Juicio de nulidad 8841/26-17-05-3"],
    )
    fact(
        d,
        "legal-andres-quetzal-hours",
        "table_cell",
        "duration",
        [
            "How many hours does Andrés have on the Quetzal contract in the November pre-invoice?",
            "In the pre-invoice, what hours does the senior associate show on ASM-2026-0117?",
            "Andrés hrs Quetzal?",
        ],
        ["11.5", "11,5", "11.5 h", "11.5 hours", "11 h 30 min", "11:30"],
        ["Subtotal Farmacéutica Quetzal"],
    )
    fact(
        d,
        "legal-rate-rodrigo",
        "table_cell",
        "amount",
        [
            "What's Rodrigo Salgado's hourly rate in the pre-invoice?",
            "How much per hour do we bill for the litigation associate?",
            "tarifa Rodrigo?",
        ],
        mxn(3200),
        ["Tarifa (MXN/h)"],
    )
    fact(
        d,
        "legal-alegatos-status-noon",
        "table_cell",
        "text",
        [
            "What status did the closing-arguments filing have when I checked Mis promociones after the hearing?",
            "Right after I got back from court, how did the portal list folio TVA-2026-0418273?",
            "alegatos status, 1:30 p.m.?",
        ],
        ["Turnada"],
        ["Consulta: 25/11/2026 13:32"],
    )
    fact(
        d,
        "legal-mixtli-deadline",
        "table_cell",
        "datetime",
        [
            "When is the next deadline in the Textiles Mixtli labor case?",
            "What's the upcoming due date for matter ASM-2026-0136?",
            "Mixtli vencimiento?",
        ],
        day_forms(3, 12, 2026, "diciembre", "December"),
        ["Próximo vencimiento"],
    )
    fact(
        d,
        "legal-mixtli-payment",
        "table_cell",
        "amount",
        [
            "How much did Textiles Mixtli pay us on 20 November?",
            "What was the incoming SPEI from the textile client for invoice A-2284?",
            "pago Mixtli?",
        ],
        mxn(41760),
        ["Pago factura A-2284"],
    )
    fact(
        d,
        "legal-notary-advance",
        "table_cell",
        "amount",
        [
            "How much was the advance we sent to Notaría 312?",
            "What did the transfer to the notary for the Cantera Rosa protocolization come to?",
            "anticipo notaría?",
        ],
        mxn(dl.NOTARY_ADVANCE),
        ["Anticipo protocolización Cantera Rosa"],
    )
    fact(
        d,
        "legal-perito-fee",
        "table_cell",
        "amount",
        [
            "How much is the transfer for the expert witness's fee?",
            "What are we paying the topography expert in case 2291/2025?",
            "honorarios perito?",
        ],
        mxn(dl.PERITO_FEE),
        ["Honorarios dictamen topográfico 2291/2025"],
    )
    fact(
        d,
        "legal-daniela-status-am",
        "table_cell",
        "text",
        [
            "What was Daniela Robles's status on the NDA envelope when I looked at it this morning?",
            "Before the hearing, had the hotel group's signer signed yet — what did FirmaSegura say?",
            "Daniela status, morning?",
        ],
        ["Visto", "pendiente de firma", "viewed", "not signed", "not yet signed", "pending"],
        ["Abierto 25/11/2026 08:15"],
    )
    # ---------------------------------------------------------------------------------------- comparisons
    fact(
        d,
        "legal-highest-rate",
        "table_compare",
        "person",
        [
            "Which lawyer has the highest hourly rate in the pre-invoice?",
            "Whose time is the most expensive per hour in November's billing?",
            "top rate?",
        ],
        names("Dra. Itzel Ramírez", "Itzel Ramírez"),
        ["Tarifa (MXN/h)"],
    )
    fact(
        d,
        "legal-biggest-client-pm",
        "table_compare",
        "name",
        [
            "Which client has the largest subtotal in the pre-invoice after I added the hearing hours?",
            "This afternoon, whose fees were the biggest in the November pre-invoice?",
            "largest client subtotal, pm?",
        ],
        names("Grupo Alimentario del Bajío"),
        ["actualizada a las 13:27"],
    )
    fact(
        d,
        "legal-nearest-deadline-pm",
        "table_compare",
        "name",
        [
            "In the matters list after the NDA was completed, which matter had the nearest upcoming deadline?",
            "At the end of the day, which of our cases in Litiga360 was due soonest?",
            "nearest deadline, last check?",
        ],
        names("ASM-2026-0117", "Contrato de suministro", "Farmacéutica Quetzal"),
        ["Actualizado 25/11/2026 15:06", "Actualizado 25/11/2026 16:40"],
    )
    fact(
        d,
        "legal-largest-deposit",
        "table_compare",
        "name",
        [
            "Which client sent the largest incoming transfer in the bank list I checked after lunch?",
            "Of the deposits in the SPEI movements after lunch, whose payment was the biggest?",
            "biggest abono, after lunch?",
        ],
        names("Grupo Alimentario del Bajío"),
        ["consulta 15:02", "consulta 16:40"],
    )
    fact(
        d,
        "legal-oldest-filing",
        "table_compare",
        "identifier",
        [
            "Which is the oldest filing in my Tribunal Virtual list?",
            "What was the earliest promoción we sent in the period the portal shows?",
            "oldest folio?",
        ],
        ["TVA-2026-0387040", "Autorización de abogados"],
        ["Consulta: 25/11/2026"],
    )
    # ---------------------------------------------------------------------------------------- aggregates
    fact(
        d,
        "legal-active-pm",
        "agg_amount",
        "count",
        [
            "How many matters were marked Activo in the matters list the last time I looked at it?",
            "After the NDA was completed, how many of our cases in Litiga360 were still active?",
            "active matters, last check?",
        ],
        ["7", "seven", "siete"],
        ["Actualizado 25/11/2026 15:06", "Actualizado 25/11/2026 16:40"],
    )
    fact(
        d,
        "legal-andres-hours",
        "agg_amount",
        "duration",
        [
            "How many hours does Andrés Peña have in the pre-invoice, across all clients?",
            "Adding up the senior associate's lines in November's billing, how many hours is that?",
            "Andrés total hrs?",
        ],
        ["19.0", "19", "19 h", "19 hours", "19,0"],
        ["Prefactura de honorarios"],
    )
    fact(
        d,
        "legal-acordadas-pm",
        "agg_amount",
        "count",
        [
            "How many of my filings on Tribunal Virtual showed Acordada when I checked the list at 4 p.m.?",
            "In the last list of promociones I looked at, how many had already been ruled on?",
            "acordadas, last check?",
        ],
        ["5", "five", "cinco"],
        ["Consulta: 25/11/2026 16:00"],
    )
    fact(
        d,
        "legal-itzel-matters",
        "agg_amount",
        "count",
        [
            "How many matters is Itzel Ramírez responsible for?",
            "How many cases in the matters list does the labor and administrative partner lead?",
            "Itzel's matters?",
        ],
        ["3", "three", "tres"],
        ["Próximo vencimiento"],
    )
    fact(
        d,
        "legal-outgoing-today",
        "agg_amount",
        "amount",
        [
            "What do the outgoing transfers dated 25/11 add up to in the bank list I checked this morning?",
            "Adding up today's two outgoing SPEI transfers — the notary's advance and the expert's fee — what's the total?",
            "cargos 25/11, morning?",
        ],
        mxn(dl.NOTARY_ADVANCE + dl.PERITO_FEE),
        ["consulta 09:22"],
    )
    fact(
        d,
        "legal-deposits-pm",
        "agg_amount",
        "amount",
        [
            "What do the incoming transfers in the bank list add up to when I checked it after lunch?",
            "Summing the client payments received in the SPEI movements after lunch, how much came in?",
            "total abonos, after lunch?",
        ],
        mxn(207350),
        ["consulta 15:02", "consulta 16:40"],
    )
    # ---------------------------------------------------------------------------------------- differences
    fact(
        d,
        "legal-price-increase",
        "difference",
        "amount",
        [
            "By how much did the annual price in the Quetzal contract go up?",
            "What's the difference between the old and the new yearly price in clause four?",
            "Quetzal price increase?",
        ],
        mxn(dl.PRICE_NEW - dl.PRICE_OLD),
        ["CUARTA. PRECIO."],
    )
    fact(
        d,
        "legal-gab-subtotal-rise",
        "difference",
        "amount",
        [
            "By how much did Grupo Alimentario del Bajío's subtotal in the pre-invoice grow after the hearing hours?",
            "How much more are we billing GAB for November now than in the morning's version of the pre-invoice?",
            "GAB subtotal increase?",
        ],
        mxn(24150),
        ["Subtotal Grupo Alimentario del Bajío"],
    )
    fact(
        d,
        "legal-temp-rise",
        "difference",
        "number",
        [
            "How much warmer was it in the afternoon than in the morning, per the Widgets board?",
            "By how many degrees had Mexico City warmed up between my two weather checks?",
            "temp rise?",
        ],
        ["10", "10 °C", "10°", "10 degrees", "ten"],
        ["Actualizado 3:00 p. m."],
    )
    fact(
        d,
        "legal-balance-change",
        "difference",
        "amount",
        [
            "By how much did the available balance change between my first and my last look at the bank today?",
            "How much higher was the bank balance after the client's payment came in than when I first checked?",
            "saldo change, first to last check?",
        ],
        mxn(dl.balance("pm") - dl.balance("am")),
        ["Saldo disponible"],
    )
    fact(
        d,
        "legal-my-hours-added",
        "difference",
        "duration",
        [
            "How many hours did I add for myself on the GAB matter after the hearing?",
            "By how much did my own paralegal hours on ASM-2026-0131 go up between the morning and the afternoon?",
            "my GAB hours added?",
        ],
        ["2.5", "2,5", "2.5 h", "2.5 hours", "2 h 30 min", "two and a half"],
        ["Paralegal"],
    )
    fact(
        d,
        "legal-iva-rise",
        "difference",
        "amount",
        [
            "By how much did the IVA in the pre-invoice go up after the update?",
            "How much more VAT does the November pre-invoice carry this afternoon than this morning?",
            "IVA increase?",
        ],
        mxn(dl.prefactura_totals(True)[1] - dl.prefactura_totals(False)[1]),
        ["IVA 16%"],
    )
    # --------------------------------------------------------------------------------------------- a list
    fact(
        d,
        "legal-signers",
        "list",
        "list",
        [
            "Who are the signers of the confidentiality agreement envelope?",
            "Which three people had to sign the Cantera Rosa NDA in FirmaSegura?",
            "NDA signers?",
        ],
        [
            "Mauricio Cantú Reyes && Daniela Robles Aranda && Andrés Peña Villaseñor",
            "Mauricio Cantú && Daniela Robles && Andrés Peña",
            "Mauricio Cantu && Daniela Robles && Andres Pena",
        ],
        ["Destinatarios (orden de firma)"],
    )
    # ------------------------------------------------------------------------ unanswerable: traps
    for fid, family, atype, qs, absent in [
        (
            "legal-trap-familiar",
            "lookup",
            "text",
            [
                "What did the Juzgado Séptimo de lo Familiar rule in the custody case?",
                "What was the family court's decision in our custody matter?",
                "juzgado familiar ruling?",
            ],
            "Familiar",
        ),
        (
            "legal-trap-uber",
            "lookup",
            "amount",
            [
                "How much did the Uber to the court cost?",
                "What did I pay Uber for the ride to the hearing?",
                "uber fare?",
            ],
            "Uber",
        ),
        (
            "legal-trap-3021",
            "table_cell",
            "identifier",
            [
                "What folio did the filing in expediente 3021/2026 get?",
                "Which receipt number does case 3021/2026's promoción have on Tribunal Virtual?",
                "folio 3021/2026?",
            ],
            "3021/2026",
        ),
        (
            "legal-trap-bracamontes",
            "lookup",
            "text",
            [
                "What did Lic. Sergio Bracamontes post in the Litigio channel?",
                "What was Bracamontes's message on Teams about the hearing?",
                "bracamontes said?",
            ],
            "Bracamontes",
        ),
        (
            "legal-trap-tolteca",
            "lookup",
            "amount",
            [
                "What's the total of the CFDI we issued to Cementos Tolteca?",
                "How much did we invoice Cementos Tolteca this month?",
                "Tolteca invoice total?",
            ],
            "Tolteca",
        ),
        (
            "legal-trap-notaria45",
            "lookup",
            "datetime",
            [
                "When is the appointment at Notaría 45?",
                "For what day did I book Notaría 45?",
                "notaría 45 cita?",
            ],
            "Notaría 45",
        ),
        (
            "legal-trap-sullivan",
            "lookup",
            "email",
            [
                "What's Mark Sullivan's email at Hollis & Crane?",
                "Which address does Jennifer's colleague Mark Sullivan use?",
                "sullivan email?",
            ],
            "Sullivan",
        ),
        (
            "legal-trap-0160",
            "table_cell",
            "person",
            [
                "Who is responsible for matter ASM-2026-0160?",
                "Which lawyer leads case ASM-2026-0160 in Litiga360?",
                "0160 responsable?",
            ],
            "ASM-2026-0160",
        ),
        (
            "legal-trap-ibarra",
            "agg_amount",
            "duration",
            [
                "How many hours did Lic. Tomás Ibarra bill in the November pre-invoice?",
                "What's the junior associate Tomás Ibarra's total time this month?",
                "Ibarra hours?",
            ],
            "Ibarra",
        ),
        (
            "legal-trap-docusign",
            "lookup",
            "text",
            [
                "What's the status of the DocuSign envelope for the Quetzal contract?",
                "Has the Quetzal contract been signed in DocuSign yet?",
                "docusign status?",
            ],
            "DocuSign",
        ),
    ]:
        none(d, fid, family, atype, qs, absent=absent)
    # ------------------------------------------------------ unanswerable: attribute not on screen
    for fid, family, atype, qs in [
        (
            "legal-none-jennifer-phone",
            "lookup",
            "identifier",
            [
                "What's Jennifer Holloway's phone number?",
                "Which number can I call the Houston client's legal operations manager on?",
                "jennifer phone?",
            ],
        ),
        (
            "legal-none-ximena-email",
            "lookup",
            "email",
            [
                "What's Ximena Gutiérrez's email address?",
                "Where can I email the litigation partner directly?",
                "ximena email?",
            ],
        ),
        (
            "legal-none-didi-plate",
            "lookup",
            "identifier",
            [
                "What was the license plate of the DiDi that brought me back?",
                "Which plates did the ride-hailing car from the court have?",
                "DiDi plate?",
            ],
        ),
        (
            "legal-none-notary-clabe",
            "lookup",
            "identifier",
            [
                "What's the CLABE of Notaría 312's account?",
                "Which account number did the notary's advance go to?",
                "CLABE notaría?",
            ],
        ),
        (
            "legal-none-judge-1187",
            "lookup",
            "person",
            [
                "Who is the judge in case 1187/2026?",
                "What's the name of the judge who presided over this morning's hearing?",
                "juez 1187/2026?",
            ],
        ),
        (
            "legal-none-hollis-rfc",
            "lookup",
            "identifier",
            [
                "What's Hollis & Crane's RFC?",
                "Which tax ID should go on the US client's invoice as receiver?",
                "RFC Hollis?",
            ],
        ),
        (
            "legal-none-a2291-uuid",
            "lookup",
            "identifier",
            [
                "What's the folio fiscal of invoice A-2291?",
                "Which UUID does the invoice that Farmacéutica Quetzal paid yesterday have?",
                "UUID A-2291?",
            ],
        ),
        (
            "legal-none-hollis-hours",
            "table_cell",
            "duration",
            [
                "How many hours did we bill Hollis & Crane in November?",
                "What time did the lawyers log for the Houston client this month?",
                "Hollis hours?",
            ],
        ),
        (
            "legal-none-humidity",
            "lookup",
            "number",
            [
                "What was the humidity in Mexico City today?",
                "How humid was it according to the weather I looked at?",
                "humidity?",
            ],
        ),
    ]:
        none(d, fid, family, atype, qs)
