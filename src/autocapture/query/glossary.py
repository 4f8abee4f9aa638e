"""The words of forms, bills, mail and travel in the Latin-script languages a screen may be written in, by the
English words a question uses for them: a question asked in English about a Swedish invoice says "due" where
the screen says "Förfallodag", "total" where it says "Totalt", "fee" where a Mexican one says "Honorarios".

Why a table of our own: no package on the registry ships a bilingual lexicon usable offline (CLDR, through
babel, names places, languages, months and weekdays, used in `places` and `values`, but not a bill's fields),
and the embedding model bundled is English-only. The table holds the general vocabulary of documents and forms
(a field's usual names in German, French, Spanish, Italian, Portuguese, Dutch, Swedish, Danish, Norwegian,
Polish, Turkish and Finnish), not any screen's layout; a word is listed under the concept it names in every
form it commonly takes as a label. Left out: the words for a room ("Sala", "Salle"), which are part of a room's
name and so the answer to "which room" rather than its label, and forms that are English words themselves
("client", "total", "ticket", "data", "place"), since on an English screen they already match as themselves or
mean something else.

Matching is by word start on folded text (accents dropped: OCR drops them too), so "rechnung" finds
"Rechnungsnummer" and "fallig" finds "Fälligkeitsdatum"; forms of four letters or fewer ("iva", "moms") match
only as whole words."""

from __future__ import annotations

import functools
import re

from autocapture.query.values import fold

# concept: (the English words a question uses, the words screens in other languages use)
# (a table: one concept to a few lines reads better than one word to a line)
# fmt: off
CONCEPTS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "due": (
        ("due", "overdue"),
        ("fällig", "fälligkeit", "fälligkeitsdatum", "échéance", "exigible", "vencimiento", "vence", "vencido",
         "vencimento", "scadenza", "scade", "vervaldatum", "vervalt", "förfallodag", "förfallodatum", "förfaller",
         "forfaldsdato", "forfalder", "forfallsdato", "forfaller", "eräpäivä", "vade"),
    ),
    "deadline": (
        ("deadline",),
        ("frist", "abgabefrist", "délai", "plazo", "termine", "prazo", "termijn", "sista dag", "termin",
         "son tarih", "määräaika", "takaraja"),
    ),
    "total": (
        ("total", "totals", "grand"),
        ("gesamt", "gesamtbetrag", "gesamtsumme", "summe", "insgesamt", "endbetrag", "totale", "totaal", "totalt",
         "totalbelopp", "summa", "razem", "suma", "toplam", "genel toplam", "yhteensä", "importe total"),
    ),
    "amount": (
        ("amount", "sum"),
        ("betrag", "montant", "importe", "monto", "importo", "valor", "quantia", "bedrag", "belopp", "beløb",
         "beløp", "kwota", "tutar", "summa", "määrä"),
    ),
    "invoice": (
        ("invoice", "invoices", "invoiced", "bill", "billed"),
        ("rechnung", "facture", "factura", "fattura", "fatura", "factuur", "faktura", "lasku"),
    ),
    "vat": (
        ("vat", "tax", "taxes", "gst", "hst"),
        ("mwst", "ust", "umsatzsteuer", "mehrwertsteuer", "steuer", "tva", "taxe", "taxes", "iva", "impuesto",
         "imposta", "imposto", "btw", "moms", "mva", "podatek", "kdv", "vergi", "alv", "vero"),
    ),
    "balance": (
        ("balance",),
        ("saldo", "solde", "kontostand", "bakiye", "kalan"),
    ),
    "price": (
        ("price", "prices", "priced", "cost", "costs"),
        ("preis", "kosten", "prix", "coût", "precio", "coste", "costo", "prezzo", "preço", "custo", "prijs",
         "pris", "kostnad", "cena", "koszt", "fiyat", "maliyet", "hinta", "kustannus"),
    ),
    "paid": (
        ("paid", "pay", "payment", "payments", "paying"),
        ("bezahlt", "zahlung", "gezahlt", "zahlbar", "payé", "paiement", "pagado", "pago", "pagamento", "pagato",
         "pago", "betaald", "betaling", "betalning", "betald", "betalt", "betala", "zapłacono", "płatność",
         "zapłata", "ödeme", "ödendi", "ödenen", "maksu", "maksettu"),
    ),
    "order": (
        ("order", "orders", "ordered", "purchase"),
        ("bestellung", "auftrag", "commande", "pedido", "ordine", "encomenda", "bestelling", "beställning",
         "bestilling", "zamówienie", "sipariş", "tilaus"),
    ),
    "delivery": (
        ("delivery", "deliver", "delivered", "shipping", "shipment", "shipped", "ship"),
        ("lieferung", "versand", "geliefert", "livraison", "expédition", "livré", "entrega", "envío", "entregado",
         "consegna", "spedizione", "envio", "levering", "verzending", "leverans", "frakt", "levereret", "dostawa",
         "wysyłka", "teslimat", "kargo", "sevkiyat", "toimitus"),
    ),
    "customer": (
        ("customer", "customers", "client", "clients", "buyer"),
        ("kunde", "kunden", "cliente", "klant", "kund", "klient", "odbiorca", "müşteri", "alıcı", "asiakas"),
    ),
    "supplier": (
        ("supplier", "vendor", "seller"),
        ("lieferant", "fournisseur", "vendeur", "proveedor", "vendedor", "fornitore", "fornecedor", "leverancier",
         "leverantör", "leverandør", "dostawca", "sprzedawca", "tedarikçi", "satıcı", "toimittaja"),
    ),
    "phone": (
        ("phone", "telephone", "mobile", "cell"),
        ("telefon", "téléphone", "teléfono", "telefono", "telefone", "telefoon", "mobil", "móvil", "cellulare",
         "celular", "komórka", "cep", "puhelin", "matkapuhelin"),
    ),
    "address": (
        ("address",),
        ("adresse", "anschrift", "dirección", "domicilio", "indirizzo", "endereço", "adres", "adress", "osoite"),
    ),
    "account": (
        ("account",),
        ("konto", "compte", "cuenta", "conto", "conta", "rekening", "hesap", "tili"),
    ),
    "quantity": (
        ("quantity", "qty", "pieces", "units"),
        ("menge", "anzahl", "stück", "quantité", "cantidad", "quantità", "quantidade", "aantal", "antal", "ilość",
         "sztuk", "miktar", "adet", "määrä", "kpl"),
    ),
    "discount": (
        ("discount", "rebate"),
        ("rabatt", "nachlass", "remise", "réduction", "descuento", "sconto", "desconto", "korting", "rabat",
         "indirim", "alennus"),
    ),
    "fee": (
        ("fee", "fees", "charge", "charges", "commission"),
        ("gebühr", "honorar", "frais", "honoraires", "tarifa", "honorarios", "comisión", "commissione", "tariffa",
         "taxa", "honorários", "vergoeding", "avgift", "arvode", "gebyr", "opłata", "prowizja", "ücret", "palkkio"),
    ),
    "net": (
        ("net",),
        ("netto", "neto", "nett", "netto"),
    ),
    "gross": (
        ("gross",),
        ("brutto", "brut", "bruto", "lordo", "brüt"),
    ),
    "including": (
        ("including", "incl", "inclusive", "included"),
        ("inkl", "inklusive", "inclus", "incluido", "incluye", "incluso", "incluído", "inclusief", "włącznie",
         "dahil"),
    ),
    "excluding": (
        ("excluding", "excl", "exclusive", "without"),
        ("exkl", "exklusive", "zzgl", "hors", "sin", "escluso", "esclusa", "exclusief", "excl", "bez", "hariç",
         "ilman"),
    ),
    "reference": (
        ("reference", "ref"),
        ("referenz", "aktenzeichen", "référence", "referencia", "riferimento", "referência", "referentie",
         "kenmerk", "referens", "sygnatura", "referans"),
    ),
    "meeting": (
        ("meeting", "meetings"),
        ("besprechung", "sitzung", "réunion", "reunión", "riunione", "reunião", "vergadering", "overleg", "möte",
         "møde", "møte", "spotkanie", "zebranie", "toplantı", "kokous", "palaveri"),
    ),
    "appointment": (
        ("appointment", "appointments"),
        ("termin", "rendez-vous", "cita", "appuntamento", "consulta", "afspraak", "bokning", "aftale", "avtale",
         "wizyta", "randevu", "tapaaminen", "ajanvaraus"),
    ),
    "weather": (
        ("weather", "forecast"),
        ("wetter", "météo", "clima", "meteo", "previsión", "previsione", "previsão", "weer", "väder", "vejr",
         "vær", "pogoda", "prognoza", "hava", "sää", "prognose", "prognos"),
    ),
    "warning": (
        ("warning", "warnings", "alert", "alerts"),
        ("warnung", "unwetterwarnung", "alerte", "aviso", "alerta", "avviso", "allerta", "waarschuwing", "varning",
         "advarsel", "farevarsel", "ostrzeżenie", "uyarı", "varoitus"),
    ),
    "receipt": (
        ("receipt", "receipts"),
        ("quittung", "beleg", "kassenbon", "reçu", "recibo", "comprobante", "ricevuta", "scontrino", "kwitantie",
         "kassabon", "kvitto", "kvittering", "makbuz", "kuitti"),
    ),
    "contract": (
        ("contract", "contracts", "agreement"),
        ("vertrag", "vereinbarung", "contrat", "contrato", "convenio", "contratto", "overeenkomst", "avtal",
         "kontrakt", "aftale", "avtale", "umowa", "sözleşme", "sopimus"),
    ),
    "hours": (
        ("hours", "hour", "hrs"),
        ("stunden", "heures", "horas", "uren", "timmar", "godziny", "godz", "saat", "tunnit", "tuntia"),
    ),
    "salary": (
        ("salary", "wage", "wages", "payroll"),
        ("gehalt", "lohn", "salaire", "salario", "sueldo", "nómina", "stipendio", "salário", "salaris", "lön",
         "løn", "lønn", "wynagrodzenie", "pensja", "maaş", "bordro", "palkka"),
    ),
    "rent": (
        ("rent", "rental"),
        ("miete", "mietzins", "loyer", "alquiler", "renta", "arriendo", "affitto", "canone", "aluguel", "huur",
         "hyra", "husleje", "husleie", "czynsz", "kira", "vuokra"),
    ),
    "deposit": (
        ("deposit", "advance", "prepayment"),
        ("kaution", "anzahlung", "vorschuss", "acompte", "dépôt", "avance", "depósito", "fianza", "anticipo",
         "deposito", "acconto", "caução", "sinal", "adiantamento", "aanbetaling", "voorschot", "handpenning",
         "förskott", "depositum", "forskud", "forskudd", "kaucja", "zaliczka", "depozito", "kapora", "avans",
         "ennakko", "vakuus"),
    ),
    "status": (
        ("status", "state"),
        ("statut", "estado", "stato", "situação", "estatus", "durum", "tila"),
    ),
    "subject": (
        ("subject",),
        ("betreff", "objet", "asunto", "oggetto", "assunto", "onderwerp", "ämne", "emne", "temat", "konu", "aihe"),
    ),
    "weight": (
        ("weight", "weighs", "weigh"),
        ("gewicht", "poids", "vikt", "vægt", "vekt", "waga", "ağırlık", "paino"),
    ),
    "size": (
        ("size",),
        ("größe", "taille", "tamaño", "talla", "taglia", "tamanho", "maat", "grootte", "storlek", "størrelse",
         "rozmiar", "beden", "boyut", "koko"),
    ),
    "delay": (
        ("delay", "delayed", "late"),
        ("verspätung", "verzögerung", "retraso", "demora", "ritardo", "atraso", "vertraging", "försening",
         "forsinkelse", "opóźnienie", "gecikme", "rötar", "viive", "myöhässä"),
    ),
    "departure": (
        ("departure", "departs", "depart", "leaves"),
        ("abfahrt", "abflug", "départ", "salida", "partenza", "partida", "vertrek", "avgång", "afgang", "avgang",
         "odjazd", "wylot", "kalkış", "lähtö"),
    ),
    "arrival": (
        ("arrival", "arrives", "arrive"),
        ("ankunft", "arrivée", "llegada", "arrivo", "chegada", "aankomst", "ankomst", "przyjazd", "przylot",
         "varış", "saapuminen", "saapuu"),
    ),
    "flight": (
        ("flight", "flights"),
        ("flug", "vuelo", "volo", "voo", "vlucht", "flyg", "uçuş", "lento"),
    ),
    "train": (
        ("train",),
        ("zug", "tren", "treno", "trem", "trein", "tåg", "pociąg", "juna"),
    ),
    "seat": (
        ("seat", "seats"),
        ("sitzplatz", "siège", "asiento", "posto", "assento", "lugar", "stoel", "zitplaats", "plats", "sæde",
         "sete", "miejsce", "koltuk", "paikka"),
    ),
    "booking": (
        ("booking", "reservation", "booked", "reserved"),
        ("buchung", "reservierung", "réservation", "reserva", "prenotazione", "boeking", "reservering", "bokning",
         "rezerwacja", "rezervasyon", "varaus"),
    ),
    "employee": (
        ("employee", "employees", "staff", "worker"),
        ("mitarbeiter", "beschäftigte", "employé", "salarié", "empleado", "trabajador", "dipendente",
         "funcionário", "colaborador", "medewerker", "werknemer", "anställd", "medarbetare", "medarbejder",
         "ansatt", "pracownik", "çalışan", "personel", "työntekijä"),
    ),
    "leave": (
        ("vacation", "holiday", "holidays"),
        ("urlaub", "congé", "congés", "vacaciones", "ferie", "férias", "verlof", "vakantie", "ledighet", "urlop",
         "izin", "tatil", "loma", "vuosiloma"),
    ),
    "sick": (
        ("sick", "illness", "ill"),
        ("krank", "krankmeldung", "maladie", "malade", "enfermedad", "malattia", "doença", "ziek", "sjuk",
         "sjukfrånvaro", "syg", "syk", "chorob", "zwolnienie", "hastalık", "sairas", "sairausloma"),
    ),
    "project": (
        ("project", "projects"),
        ("projekt", "projet", "proyecto", "progetto", "projeto", "proje", "projekti"),
    ),
    "task": (
        ("task", "tasks", "todo"),
        ("aufgabe", "tâche", "tarea", "compito", "tarefa", "taak", "uppgift", "opgave", "oppgave", "zadanie",
         "görev", "tehtävä"),
    ),
    "number": (
        ("number", "num"),
        ("nummer", "numéro", "número", "numero", "numer", "numara", "numero"),
    ),
    "date": (
        ("date", "dated"),
        ("datum", "fecha", "tarih", "päivämäärä", "päiväys"),
    ),
    "signed": (
        ("signed", "signature", "sign", "signer"),
        ("unterschrieben", "unterschrift", "signé", "signature", "firmado", "firmato", "assinado", "assinatura",
         "ondertekend", "handtekening", "undertecknad", "signerad", "underskrevet", "signert", "podpisano",
         "podpis", "imzalandı", "imza", "allekirjoitettu"),
    ),
    "christmas": (
        ("christmas", "xmas"),
        ("weihnacht", "weihnachtsfeier", "noël", "navidad", "navideña", "natale", "natalizio", "natal", "kerst",
         "kerstborrel", "julbord", "julfest", "julefrokost", "julebord", "bożonarodzeniow", "wigilia", "yılbaşı",
         "joulu", "pikkujoulut"),
    ),
    "birthday": (
        ("birthday",),
        ("geburtstag", "anniversaire", "cumpleaños", "compleanno", "aniversário", "verjaardag", "födelsedag",
         "fødselsdag", "bursdag", "urodziny", "doğum günü", "syntymäpäivä"),
    ),
    "customs": (
        ("customs",),
        ("zoll", "douane", "aduana", "dogana", "alfândega", "tull", "told", "cło", "gümrük", "tulli"),
    ),
    "warehouse": (
        ("warehouse", "depot", "stock"),
        ("lager", "entrepôt", "almacén", "magazzino", "armazém", "magazijn", "magazyn", "ambar", "depo",
         "varasto"),
    ),
    "driver": (
        ("driver", "drove"),
        ("fahrer", "chauffeur", "conductor", "autista", "motorista", "förare", "chaufför", "sjåfør", "kierowca",
         "şoför", "kuljettaja"),
    ),
    "doctor": (
        ("doctor", "physician"),
        ("arzt", "ärztin", "médecin", "médico", "medico", "huisarts", "läkare", "læge", "lege", "lekarz",
         "doktor", "lääkäri"),
    ),
    "court": (
        ("court",),
        ("gericht", "tribunal", "juzgado", "tribunale", "rechtbank", "domstol", "tingsrätt", "sąd", "mahkeme",
         "tuomioistuin"),
    ),
    "hearing": (
        ("hearing",),
        ("verhandlung", "anhörung", "audience", "audiencia", "udienza", "audiência", "zitting", "förhandling",
         "rozprawa", "duruşma", "istunto"),
    ),
    "lawyer": (
        ("lawyer", "attorney", "counsel"),
        ("anwalt", "rechtsanwalt", "avocat", "abogado", "avvocato", "advogado", "advocaat", "advokat", "adwokat",
         "avukat", "asianajaja"),
    ),
    "judge": (
        ("judge",),
        ("richter", "richterin", "juge", "juez", "jueza", "giudice", "juiz", "juíza", "rechter", "domare", "dommer",
         "sędzia", "hakim", "tuomari"),
    ),
    "notary": (
        ("notary",),
        ("notar", "notariat", "notaire", "notario", "notaría", "notaio", "notário", "notaris", "notarie",
         "notarius", "notariusz", "noter", "noterlik"),
    ),
    "transfer": (
        ("transfer", "transfers", "wire"),
        ("überweisung", "virement", "transferencia", "bonifico", "transferência", "overboeking", "överföring",
         "overførsel", "overføring", "przelew", "havale", "tilisiirto"),
    ),
    "statement": (
        ("statement",),
        ("kontoauszug", "relevé", "extracto", "estratto", "extrato", "afschrift", "kontoutdrag", "kontoudtog",
         "wyciąg", "ekstre", "tiliote"),
    ),
    "company": (
        ("company", "firm", "business"),
        ("firma", "unternehmen", "société", "entreprise", "empresa", "azienda", "società", "bedrijf", "företag",
         "virksomhed", "selskab", "selskap", "şirket", "yritys"),
    ),
    "tracking": (
        ("tracking", "track"),
        ("sendungsverfolgung", "suivi", "seguimiento", "rastreo", "tracciamento", "rastreamento", "spårning",
         "sporing", "śledzenie", "takip", "seuranta"),
    ),
    "carton": (
        ("carton", "cartons", "box", "boxes", "package", "packages"),
        ("karton", "kartons", "kiste", "paket", "pakete", "packstück", "colis", "caja", "cajas", "bulto", "bultos",
         "cartone", "collo", "colli", "scatola", "caixa", "caixas", "doos", "kartong", "kolli", "kasse", "eske",
         "kartony", "paczka", "paczki", "koli", "kutu", "laatikko", "paketti"),
    ),
    "payment": (
        ("payment", "payments"),
        ("zahlung", "zahlungen", "paiement", "règlement", "pago", "pagos", "pagamento", "betaling", "betalning",
         "płatność", "zapłata", "ödeme", "maksu"),
    ),
    "rate": (
        ("rate", "exchange"),
        ("kurs", "wechselkurs", "stundensatz", "taux", "tipo de cambio", "tasa", "tarifa", "cambio", "tasso",
         "câmbio", "koers", "wisselkoers", "växelkurs", "kur", "döviz", "kurssi"),
    ),
    "approved": (
        ("approved", "approval", "accepted"),
        ("genehmigt", "freigegeben", "freigabe", "approuvé", "validé", "aprobado", "autorizado", "approvato",
         "aprovado", "godkänd", "godkendt", "godkjent", "zatwierdzony", "zaakceptowany",
         "onaylandı", "onay", "hyväksytty"),
    ),
    "declaration": (
        ("declaration", "declarations"),
        ("zollanmeldung", "anmeldung", "déclaration", "declaración", "pedimento", "dichiarazione", "declaração",
         "aangifte", "deklaration", "tulldeklaration", "zgłoszenie", "deklaracja", "beyanname", "ilmoitus"),
    ),
    "closed": (
        ("closed", "completed"),
        ("abgeschlossen", "erledigt", "clôturé", "terminé", "cerrado", "completado", "chiuso", "completato",
         "fechado", "concluído", "gesloten", "afgerond", "stängd", "avslutad", "zamknięty", "zakończony",
         "kapatıldı", "tamamlandı", "suljettu"),
    ),
    "shipped": (
        ("shipped", "dispatched"),
        ("versandt", "verschickt", "expédié", "enviado", "despachado", "spedito", "verzonden", "skickad",
         "wysłany", "wysłano", "sevk", "gönderildi", "lähetetty"),
    ),
    "active": (
        ("active",),
        ("aktiv", "actif", "activo", "attivo", "ativo", "actief", "aktywny", "aktif", "aktiivinen"),
    ),
}
# fmt: on

# a form this short ("iva", "moms") would start too many other words: it matches only as a whole word
WHOLE_WORD_MAX = 4


@functools.cache
def _english_keys() -> frozenset[str]:
    return frozenset(w for words, _ in CONCEPTS.values() for w in words)


@functools.cache
def _by_english() -> dict[str, tuple[str, ...]]:
    """Each English word (lower case) -> the folded screen words of its concepts, the English words themselves
    left out (they match as themselves)."""
    english = _english_keys()
    out: dict[str, list[str]] = {}
    for words, forms in CONCEPTS.values():
        folded = [
            fold(f.lower()) for f in forms if f.lower() not in english and fold(f.lower()) not in english
        ]
        for w in words:
            out.setdefault(w, [])
            out[w] += [f for f in folded if f not in out[w]]
    return {w: tuple(sorted(fs, key=len, reverse=True)) for w, fs in out.items()}


def translations(word: str) -> tuple[str, ...]:
    """The folded words other languages' screens use for an English question word ("due" -> "fallig",
    "forfallodag", "vencimiento", ...), or () for a word the glossary does not hold."""
    return _by_english().get(word.lower().strip(".,:;!?'\"()"), ())


def pattern(word: str) -> str | None:
    """A regex alternative (for folded, lower-case text) matching the word's translations at a word start, or
    None. Short forms match only as whole words."""
    forms = translations(word)
    if not forms:
        return None
    misread = _misread()
    parts = [
        misread.get(f)
        or re.escape(f).replace("\\ ", r"\s+") + (r"(?![a-z])" if len(f) <= WHOLE_WORD_MAX else "")
        for f in forms
    ]
    return rf"(?<![a-z0-9])(?:{'|'.join(parts)})"


@functools.cache
def _misread() -> dict[str, str]:
    """A form of six letters or more with accented letters -> a pattern (for folded text) taking each accented
    letter as any letter or digit: Tesseract's English model reads the "ö" of "Förfallodag" as "é" or "6"
    ("Férfallodag"), which folding makes another plain letter than the form's."""
    out = {}
    for _, forms in CONCEPTS.values():
        for f in forms:
            low = f.lower()
            if len(low) >= 6 and not low.isascii() and " " not in low:
                out[fold(low)] = "".join(
                    "[a-z0-9]" if not c.isascii() and c.isalpha() else re.escape(fold(c)) for c in low
                )
    return out


@functools.cache
def _by_form() -> dict[str, tuple[str, ...]]:
    """Each folded screen word -> the English words of its concepts (the other way round from `_by_english`)."""
    english = _english_keys()
    out: dict[str, tuple[str, ...]] = {}
    for words, forms in CONCEPTS.values():
        for f in forms:
            k = fold(f.lower())
            if " " not in k and k not in english:
                out[k] = out.get(k, ()) + tuple(w for w in words if w not in out.get(k, ()))
    return out


# how many letters an inflection may add to a listed form ("şoförü" is "şoför"'s, "Rechnungen" "Rechnung"'s)
INFLECTION_MAX = 3


@functools.lru_cache(maxsize=4096)  # (asked of every cell word of a table and every code label read)
def english(word: str) -> tuple[str, ...]:
    """The English words for a word of another language's question or label ("şoförü" -> driver, "valor" ->
    amount, sum), or () when the glossary has none. An inflected form counts for a listed form of five letters
    or more that it starts with."""
    w = fold(word.lower())
    forms = _by_form()
    if w in forms:
        return forms[w]
    if english_word(w):  # "customer" is no inflection of Portuguese "custo"
        return ()
    for k in _stems():
        if w.startswith(k) and len(w) - len(k) <= INFLECTION_MAX:
            return forms[k]
    return ()


@functools.cache
def _stems() -> tuple[str, ...]:
    """The listed forms an inflection may extend (five letters or more), longest first."""
    return tuple(sorted((k for k in _by_form() if len(k) >= 5), key=lambda k: (-len(k), k)))


# A word this common in English (wordfreq's Zipf scale: about one in a million words) is read as English
ENGLISH_ZIPF = 3.0


def english_word(word: str) -> bool:
    """Is this a common English word (wordfreq)? Also asked of a question's rare-looking words: "kiln", "escrow",
    "lira" are English, however few embedding vocabularies hold them, and name no one thing to find on screen."""
    return zipf(word) >= ENGLISH_ZIPF


@functools.lru_cache(maxsize=4096)
def zipf(word: str) -> float:
    """How common a word is in English (wordfreq's Zipf scale: 3 is about once in a million words), or 0 in an
    install without wordfreq (then every word may be an inflection or a name)."""
    try:
        from wordfreq import zipf_frequency
    except ImportError:
        return 0.0
    return zipf_frequency(word, "en")
