"""Facts and phrasings for day "trip" (see day_trip.py), the fifth held-out day: lookups of every answer type,
cells and comparisons from the commercial invoice, the DUIMP's taxes, the Power BI tables and the forwarder's
grid, differences and aggregates worked out from values on screen (make_questions_trip.py checks the
arithmetic against the strings the day draws), a list, and unanswerable questions (traps naming a carrier,
person, container, supplier, DUIMP, app or invoice never on screen, and attributes that no frame shows of
people and things that are). Phrasings are how an import coordinator in São Paulo would ask days later: in
English, in Portuguese or in the mix a Brazilian office types, some terse, some chatty, with words that are
not on screen ("the Chinese bearings", "the truck", "customs cleared"). Answers that a table or an amount on
screen decides are computed from day_trip's data."""

from __future__ import annotations

import day_trip as dt
from facts_buy import dates

D = "trip"


def reais(value: float, amount) -> list[str]:
    """Every accepted way of writing an amount shown as R$ 1.234,56 (make_questions.amount's forms)."""
    return amount(dt.br(value))


def register(fact, none, amount):
    d = D
    rs = lambda value: reais(value, amount)  # noqa: E731
    # ------------------------------------------------------------------------------------------ lookups
    fact(
        d,
        "trip-new-eta",
        "lookup",
        "datetime",
        [
            "What's the new arrival date in Santos for the MSC Aurelia?",
            "pra quando ficou o ETA do contêiner da Hartmann?",
            "MSCU4829176 revised ETA?",
        ],
        dates(2, 12, 2026) + ["2 de dezembro", "02/12"],
        ["Novo ETA: 02/12/2026"],
    )
    fact(
        d,
        "trip-demurrage-rate",
        "lookup",
        "amount",
        [
            "How much per day will we pay for the Hamburg container once the free time runs out?",
            "What daily charge did the forwarder say applies after the free days?",
            "valor da demurrage por dia do MSCU4829176?",
        ],
        amount("150,00"),
        ["Demurrage após o free time: USD 150,00 por dia"],
    )
    fact(
        d,
        "trip-container-ningbo",
        "lookup",
        "identifier",
        [
            "Which container are the Chinese bearings travelling in?",
            "número do contêiner da Ningbo?",
            "What's the box number for PO TQ-PO-26-1187?",
        ],
        ["CMAU7312045"],
        ["CMAU7312045"],
    )
    fact(
        d,
        "trip-duimp",
        "lookup",
        "identifier",
        [
            "What's the DUIMP number of the servo motor air shipment?",
            "Qual o número da DUIMP do aéreo?",
            "Import declaration no. for IMP-2026-0425?",
        ],
        [dt.DUIMP, dt.DUIMP.replace("-", "")],
        [dt.DUIMP],
    )
    fact(
        d,
        "trip-awb",
        "lookup",
        "identifier",
        [
            "What's the air waybill number of the Hartmann air freight?",
            "Which AWB did the servo motors fly under from Frankfurt?",
            "AWB do aéreo?",
        ],
        [dt.AWB, dt.AWB.replace("-", ""), "020-4881 7265"],
        [dt.AWB],
    )
    fact(
        d,
        "trip-ci-number",
        "lookup",
        "identifier",
        [
            "What was the number of the original commercial invoice from Ningbo Hengli?",
            "Invoice no. on Lily Zhou's commercial invoice PDF?",
            "número da invoice dos rolamentos chineses (a primeira versão)?",
        ],
        [dt.CI],
        ["Invoice No.:"],
    )
    fact(
        d,
        "trip-klaus-email",
        "lookup",
        "email",
        [
            "What's Klaus Berger's e-mail address?",
            "Where did I send the request for the HX-220 catalogue – which address?",
            "email do Klaus da Hartmann?",
        ],
        ["klaus.berger@hartmann-antriebe.de"],
        ["klaus.berger@hartmann-antriebe.de"],
    )
    fact(
        d,
        "trip-forwarder-domain",
        "lookup",
        "email",
        [
            "What e-mail domain does our freight forwarder use?",
            "Which domain did the ETA change notice come from?",
            "Atlântica Cargo mail domain?",
        ],
        ["atlanticacargo.com.br", "priscila.moura@atlanticacargo.com.br"],
        ["priscila.moura@atlanticacargo.com.br"],
    )
    fact(
        d,
        "trip-fx-rate",
        "lookup",
        "number",
        [
            "At what exchange rate did treasury close the dollars for the Ningbo advance?",
            "Qual foi a taxa do câmbio fechado pela Fernanda?",
            "USD/BRL rate on the FX contract for the 30% prepayment?",
        ],
        ["5,3460", "5.3460", "5,346", "5.346"],
        [f"à taxa de R$ {dt.br(dt.FX_RATE, 4)}"],
    )
    fact(
        d,
        "trip-fx-brl",
        "lookup",
        "amount",
        [
            "How many reais did the Ningbo advance cost us once the exchange was closed?",
            "What was the BRL amount of the FX contract treasury closed this afternoon?",
            "valor em reais do câmbio do adiantamento?",
        ],
        rs(dt.FX_BRL),
        [dt.brl(dt.FX_BRL)],
    )
    fact(
        d,
        "trip-storage",
        "lookup",
        "amount",
        [
            "How much is the storage bill at Viracopos for the air cargo?",
            "What did Renato say the airport warehousing came to?",
            "armazenagem VCP – quanto deu?",
        ],
        rs(dt.STORAGE),
        ["A armazenagem em Viracopos ficou"],
    )
    fact(
        d,
        "trip-truck-final",
        "lookup",
        "amount",
        [
            "What price did we finally agree with TransVale for the pickup at Viracopos?",
            "How much is the truck going to cost in the end?",
            "valor fechado da coleta com o Sérgio?",
        ],
        rs(dt.TRUCK_FINAL),
        [f"Fecho em {dt.brl(dt.TRUCK_FINAL)}"],
    )
    fact(
        d,
        "trip-pickup-time",
        "lookup",
        "datetime",
        [
            "What time is the truck picking up the servo motors tomorrow?",
            "When does TransVale collect the cargo at the airport?",
            "horário da coleta em Viracopos?",
        ],
        ["07:00", "7:00", "7 am", "7h"],
        ["coleta amanhã às 07:00"],
    )
    fact(
        d,
        "trip-clearance-time",
        "lookup",
        "datetime",
        [
            "At what time was the air shipment cleared by customs?",
            "When exactly did the DUIMP get desembaraçada?",
            "Clearance time of 26BR0001844752-6?",
        ],
        ["15:04", "3:04"],
        [f"Desembaraçada em 23/11/2026 {dt.CLEARED}"],
    )
    fact(
        d,
        "trip-channel",
        "lookup",
        "text",
        [
            "Which customs channel did the air shipment's DUIMP fall into?",
            "What colour was the parametrisation of the servo motor import?",
            "canal da DUIMP do aéreo?",
        ],
        ["amarelo", "yellow"],
        ["Canal amarelo"],
    )
    fact(
        d,
        "trip-nf-total",
        "lookup",
        "amount",
        [
            "What's the total of the entry invoice (NF-e) for the servo motors?",
            "Valor total da nota fiscal de entrada do aéreo?",
            "How much does the DANFE for IMP-2026-0425 add up to in the end?",
        ],
        rs(dt.NF_TOTAL),
        ["Valor total da nota"],
    )
    fact(
        d,
        "trip-vessel",
        "lookup",
        "name",
        [
            "Which ship is carrying the container from Hamburg?",
            "Name of the vessel that got delayed by the BTP congestion?",
            "navio do IMP-2026-0418?",
        ],
        ["MSC Aurelia"],
        ["MSC Aurelia"],
    )
    fact(
        d,
        "trip-ramal-juliana",
        "lookup",
        "number",
        [
            "What's Juliana's phone extension?",
            "ramal da Juliana do almoxarifado?",
            "Which internal number do I dial to reach Juliana Prado?",
        ],
        ["2214"],
        ["Ramais: Juliana 2214"],
    )
    fact(
        d,
        "trip-sop-room",
        "lookup",
        "text",
        [
            "Which room was the S&OP meeting in?",
            "Where did the November S&OP take place?",
            "sala da reunião de S&OP?",
        ],
        ["Jequitibá", "Jequitiba"],
        ["Reunião de S&OP – novembro"],
    )
    fact(
        d,
        "trip-revised-total",
        "lookup",
        "amount",
        [
            "What's the new total of the Ningbo invoice after they cut the quantity?",
            "How much is the revised commercial invoice for, in dollars?",
            "total da invoice revisada R1?",
        ],
        amount("23,090.00"),
        ["New total: USD 23,090.00"],
    )
    fact(
        d,
        "trip-phase3",
        "lookup",
        "datetime",
        [
            "From when will the DUIMP be mandatory for imports that need a licence, according to the newsletter?",
            "When does phase 3 of the new import process start?",
            "a partir de quando a DUIMP vale para LPCO?",
        ],
        dates(1, 3, 2027) + ["1º de março de 2027", "março de 2027"],
        ["Fase 3: a partir de 01/03/2027"],
    )
    fact(
        d,
        "trip-estimate-final",
        "lookup",
        "amount",
        [
            "What's the latest landed-cost estimate I gave Marcos for the Ningbo order?",
            "After the quantity change, how much did I say the Chinese bearings would cost us all in?",
            "custo total estimado atualizado da IMP-2026-0421?",
        ],
        rs(dt.COST_PM["total"]),
        [f"Novo custo estimado: {dt.brl(dt.COST_PM['total'])}"],
    )
    fact(
        d,
        "trip-boss",
        "lookup",
        "person",
        [
            "Who asked me for the cost estimate of the Ningbo order?",
            "Which colleague wanted the landed cost by the end of the day?",
            "quem pediu o custo estimado da Ningbo?",
        ],
        ["Marcos Tavares", "Marcos"],
        ["Me manda o custo estimado do pedido da Ningbo"],
    )
    fact(
        d,
        "trip-broker",
        "lookup",
        "person",
        [
            "Who is the customs broker on the air shipment?",
            "Which despachante registered the DUIMP?",
            "Who's the representative named on the servo motor DUIMP?",
        ],
        ["Renato Figueiredo", "Renato"],
        ["RENATO FIGUEIREDO"],
    )
    fact(
        d,
        "trip-truck-app",
        "lookup",
        "app",
        [
            "Which app did I use to haggle over the truck price?",
            "Where was the pickup quote from TransVale – in which program?",
            "em qual app negociei a coleta?",
        ],
        ["WhatsApp"],
        ["Cotação da coleta em Viracopos"],
    )
    fact(
        d,
        "trip-cost-file",
        "lookup",
        "name",
        [
            "What's the file name of the spreadsheet with the landed cost of the Ningbo import?",
            "Which workbook did I use for the import cost estimate?",
            "nome da planilha de custo de importação?",
        ],
        [dt.COST_XLSX, dt.COST_XLSX.removesuffix(".xlsx")],
        [dt.COST_XLSX],
    )
    # -------------------------------------------------------------------------------------- table cells
    ballscrew = next(r for r in dt.ITEMS if r[0].startswith("SFU"))
    fact(
        d,
        "trip-ncm-ballscrew",
        "table_cell",
        "identifier",
        [
            "What NCM code are the ball screws declared under on the Ningbo invoice?",
            "NCM do fuso de esferas?",
            "HS code for SFU1605-1000?",
        ],
        [ballscrew[3], ballscrew[3].replace(".", "")],
        ["Ball screw 16 mm"],
    )
    fact(
        d,
        "trip-qty-6205",
        "table_cell",
        "number",
        [
            "How many 6205-2RS ball bearings are on the Chinese invoice?",
            "Quantity of the deep groove bearings we ordered from Ningbo?",
            "qtd do 6205?",
        ],
        ["2,000", "2000", "2.000"],
        ["Deep groove ball bearing 25x52x15"],
    )
    yam = next(r for r in dt.SUPPLIERS if r[0].startswith("Yamanaka"))
    fact(
        d,
        "trip-lead-yamanaka",
        "table_cell",
        "number",
        [
            "What's Yamanaka Seiki's average lead time in the Power BI report?",
            "How many days does the Japanese supplier take on average, door to door?",
            "lead time médio Yamanaka?",
        ],
        [dt.br(yam[4], 1), f"{yam[4]:.1f}", f"{yam[4]:.0f}"],
        ["Yamanaka Seiki Co., Ltd."],
    )
    fact(
        d,
        "trip-ii-value",
        "table_cell",
        "amount",
        [
            "How much import duty (II) did we pay on the servo motors?",
            "Valor do II na DUIMP do aéreo?",
            "What did the Imposto de Importação come to on the air shipment?",
        ],
        rs(dt.TAX[0][3]),
        ["Tributos (R$)"],
    )
    d391 = next(r for r in dt.DEMURRAGE if r[0] == "IMP-2026-0391")
    fact(
        d,
        "trip-demurrage-0391",
        "table_cell",
        "amount",
        [
            "How much demurrage did we pay on IMP-2026-0391?",
            "What did the container at Santos Brasil cost us in demurrage this year?",
            "demurrage do processo 0391?",
        ],
        rs(d391[4]),
        ["IMP-2026-0391"],
    )
    fact(
        d,
        "trip-eta-0427",
        "table_cell",
        "datetime",
        [
            "When is the Yamanaka container from Nagoya due in Santos?",
            "ETA do TGHU6620318?",
            "What arrival date does the forwarder's portal show for the Japanese shipment?",
        ],
        dates(4, 1, 2027),
        ["TGHU6620318"],
    )
    # ---------------------------------------------------------------------------------- table compares
    fact(
        d,
        "trip-longest-lead",
        "table_compare",
        "name",
        [
            "Which supplier has the longest average lead time in the import dashboard?",
            "Who's our slowest supplier, going by the Power BI table?",
            "fornecedor com maior lead time?",
        ],
        ["Ningbo Hengli", "Ningbo"],
        ["Lead time médio (dias)"],
    )
    fact(
        d,
        "trip-biggest-line",
        "table_compare",
        "identifier",
        [
            "Which line of the Ningbo commercial invoice is worth the most?",
            "What's the most expensive item on the Chinese invoice in total value?",
            "maior item da invoice HL-CI-2611-087?",
        ],
        ["7014C-P4", "7014", "spindle bearing", "rolamento de spindle"],
        ["Angular contact spindle bearing, P4"],
    )
    top = max(dt.DEMURRAGE, key=lambda r: r[3])
    fact(
        d,
        "trip-top-demurrage",
        "table_compare",
        "identifier",
        [
            "Which process had the most demurrage days this year?",
            "In the demurrage table, which import ran over its free time the longest?",
            "processo com mais dias de demurrage?",
        ],
        [top[0], top[1]],
        ["Demurrage por processo (2026)"],
    )
    best = max(dt.CLEARED_BY_MONTH, key=lambda r: r[1])
    fact(
        d,
        "trip-top-month",
        "table_compare",
        "text",
        [
            "In which month of 2026 did we clear the most imports?",
            "Which month has the tallest bar in the clearances chart?",
            "mês com mais processos desembaraçados?",
        ],
        [best[0], "setembro", "September", "Sept"],
        ["Processos desembaraçados por mês (2026)"],
    )
    # ------------------------------------------------------------------------------------- differences
    fact(
        d,
        "trip-eta-delay",
        "difference",
        "number",
        [
            "By how many days did the MSC Aurelia's arrival slip?",
            "How late is the Hamburg container compared with the original ETA?",
            "quantos dias de atraso no ETA do MSCU4829176?",
        ],
        ["4 dias", "4 days", "four days", "quatro dias", "4"],
        [f"ETA anterior: {dt.ETA_OLD}"],
    )
    fact(
        d,
        "trip-truck-discount",
        "difference",
        "amount",
        [
            "How much did I knock off the trucker's first quote?",
            "Difference between TransVale's quote and the price we closed?",
            "quanto economizei na coleta?",
        ],
        amount(dt.br(dt.TRUCK_QUOTE - dt.TRUCK_FINAL)),
        ["Cotação da coleta em Viracopos"],
    )
    fact(
        d,
        "trip-estimate-change",
        "difference",
        "amount",
        [
            "By how much did the Ningbo landed-cost estimate drop between the morning and the afternoon?",
            "How much lower was the cost I sent Marcos after lunch than the one before?",
            "diferença entre o custo estimado da manhã e o atualizado?",
        ],
        amount(dt.br(dt.COST_AM["total"] - dt.COST_PM["total"])),
        ["Novo custo estimado"],
    )
    fact(
        d,
        "trip-ptax-diff",
        "difference",
        "number",
        [
            "How much higher was today's intermediate PTAX than Friday's closing rate?",
            "By how much did the dollar rate in my cost sheet go up when I updated it?",
            "diferença entre a PTAX de sexta e a intermediária de hoje?",
        ],
        ["0,0257", "0.0257"],
        ["PTAX de 20/11/2026 (fechamento)"],
    )
    fact(
        d,
        "trip-invoice-reduction",
        "difference",
        "amount",
        [
            "How much did the Ningbo invoice go down when they shipped fewer tapered bearings?",
            "Difference in USD between the original and the revised commercial invoice?",
            "quanto caiu a invoice da Ningbo?",
        ],
        amount("390.00"),
        ["New total: USD 23,090.00"],
    )
    # --------------------------------------------------------------------------------------- aggregates
    fact(
        d,
        "trip-total-taxes",
        "agg_amount",
        "amount",
        [
            "How much did we pay in federal taxes and fees on the air shipment's DUIMP altogether?",
            "Add up everything in the DUIMP's tax tab.",
            "total de tributos pagos na DUIMP do aéreo?",
        ],
        rs(dt.TAX_TOTAL),
        ["Tributos (R$)"],
    )
    fact(
        d,
        "trip-demurrage-total",
        "agg_amount",
        "amount",
        [
            "How much demurrage have we paid in 2026 in total?",
            "Sum of the demurrage table in the Power BI report?",
            "total de demurrage no ano?",
        ],
        rs(sum(r[4] for r in dt.DEMURRAGE)),
        ["Demurrage por processo (2026)"],
    )
    fact(
        d,
        "trip-processes-total",
        "agg_amount",
        "count",
        [
            "How many import processes do the five suppliers in the dashboard add up to?",
            "Total number of processes in the Power BI supplier table?",
            "quantos processos no total na tabela de fornecedores?",
        ],
        [str(sum(r[2] for r in dt.SUPPLIERS))],
        ["Fornecedores – 2026"],
    )
    fact(
        d,
        "trip-invoice-pcs",
        "agg_amount",
        "count",
        [
            "How many pieces in total were on the original Ningbo invoice?",
            "Add up the quantities of the Chinese commercial invoice.",
            "total de peças da invoice da Ningbo?",
        ],
        ["2,870", "2870", "2.870"],
        ["Qty (pcs)"],
    )
    fact(
        d,
        "trip-in-transit",
        "agg_amount",
        "count",
        [
            "How many of our shipments were at sea in transit according to the forwarder's portal?",
            "Count the shipments in transit in MyCargo.",
            "quantos embarques em trânsito?",
        ],
        ["2", "two", "dois"],
        ["Em trânsito – atrasado"],
    )
    # ---------------------------------------------------------------------------------------------- list
    fact(
        d,
        "trip-invoice-items",
        "list",
        "list",
        [
            "What did we buy from Ningbo Hengli on this order?",
            "List the part numbers on the Chinese commercial invoice.",
            "itens da invoice da Ningbo?",
        ],
        [
            "6205 && 32210 && SFU1605 && 7014",
            "ball bearing && tapered && ball screw && spindle",
            "esferas && cônicos && fuso && spindle",
        ],
        ["Deep groove ball bearing 25x52x15"],
    )
    # ------------------------------------------------------------------------ unanswerable: traps
    for fid, family, atype, qs, absent in [
        (
            "trip-trap-maersk",
            "lookup",
            "amount",
            [
                "How much did Maersk quote for the Ningbo container?",
                "What was Maersk's freight rate?",
                "cotação da Maersk?",
            ],
            "Maersk",
        ),
        (
            "trip-trap-rodrigo",
            "lookup",
            "text",
            [
                "What did Rodrigo Alves say about the demurrage?",
                "Rodrigo Alves's message this morning – what was it about?",
                "o que o Rodrigo Alves pediu hoje?",
            ],
            "Rodrigo",
        ),
        (
            "trip-trap-container",
            "lookup",
            "datetime",
            [
                "What's the ETA of container MSKU9087712?",
                "When does MSKU9087712 arrive in Santos?",
                "ETA do MSKU9087712?",
            ],
            "MSKU9087712",
        ),
        (
            "trip-trap-rexroth",
            "lookup",
            "amount",
            [
                "What's the total of the Bosch Rexroth invoice?",
                "How much are we paying Bosch Rexroth for the hydraulics?",
                "valor da invoice da Rexroth?",
            ],
            "Rexroth",
        ),
        (
            "trip-trap-duimp",
            "lookup",
            "text",
            [
                "Which channel did DUIMP 26BR0001990011-3 get?",
                "Was 26BR0001990011-3 cleared today?",
                "situação da DUIMP 26BR0001990011-3?",
            ],
            "26BR0001990011",
        ),
        (
            "trip-trap-slack",
            "time_in_app",
            "duration",
            [
                "How long was I in Slack today?",
                "Total time on Slack?",
                "quanto tempo fiquei no Slack?",
            ],
            "Slack",
        ),
        (
            "trip-trap-invoice",
            "lookup",
            "amount",
            [
                "How much is Atlântica's invoice ATL-FAT-2026-11990?",
                "What's the amount due on ATL-FAT-2026-11990?",
                "fatura 11990 da Atlântica – valor?",
            ],
            "11990",
        ),
    ]:
        none(d, fid, family, atype, qs, absent=absent)
    # ------------------------------------------------------ unanswerable: attribute not on screen
    for fid, family, atype, qs in [
        (
            "trip-none-renato-mail",
            "lookup",
            "email",
            [
                "What's Renato Figueiredo's e-mail address?",
                "Which address do I write to for the despachante?",
                "email do Renato?",
            ],
        ),
        (
            "trip-none-atl-invoice",
            "lookup",
            "amount",
            [
                "How much is Atlântica's freight invoice ATL-FAT-2026-11873?",
                "What's the total of the forwarder's bill for IMP-2026-0418?",
                "valor da fatura ATL-FAT-2026-11873?",
            ],
        ),
        (
            "trip-none-hartmann-vat",
            "lookup",
            "identifier",
            [
                "What's Hartmann Antriebstechnik's VAT number?",
                "Which USt-IdNr. does the German supplier have?",
                "VAT ID da Hartmann?",
            ],
        ),
        (
            "trip-none-seal",
            "lookup",
            "identifier",
            [
                "What's the seal number on container MSCU4829176?",
                "Which lacre is on the Hamburg box?",
                "seal no. of the MSC Aurelia container?",
            ],
        ),
        (
            "trip-none-sergio-phone",
            "lookup",
            "identifier",
            [
                "What's Sérgio from TransVale's phone number?",
                "How do I call the trucker?",
                "telefone do Sérgio?",
            ],
        ),
        (
            "trip-none-corvell-eta",
            "lookup",
            "datetime",
            [
                "When are Corvell Motion's linear guides due to arrive in Brazil?",
                "ETA of IMP-2026-0430?",
                "What's the arrival date of the US guide rails?",
            ],
        ),
        (
            "trip-none-icms-ningbo",
            "lookup",
            "amount",
            [
                "How much ICMS will we pay on the Ningbo import?",
                "What's the state VAT in my landed-cost sheet for the Chinese bearings?",
                "ICMS estimado da IMP-2026-0421?",
            ],
        ),
        (
            "trip-none-klaus-phone",
            "lookup",
            "identifier",
            [
                "What's Klaus Berger's phone number?",
                "How can I reach Klaus at Hartmann by phone?",
                "telefone do Klaus?",
            ],
        ),
    ]:
        none(d, fid, family, atype, qs)
