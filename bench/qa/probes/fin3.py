"""Blind probes: fin-day facts in looser phrasings than fin2.py's (a keg's price, kegs counted, the payee, how far
I drove, a full day's per diem), written by the lead before looking at the answers. Blind: 7/13 at 49f8115;
11/13 after the fixes they prompted (an invoice row's quantity before "x", a labelled-values line heads no
column, a company's role is a field's value, "how far" is a distance). Left: "a full day trip" paraphrases
"24 hours or more"; "the trip" and "how far I drove" are a form's other fields (its subject is on the form, not
beside the value)."""

from common import Tally, answered

PROBES = [
    (["98,50"], "How much is a keg of Weissbier on the Brauhaus invoice?"),
    (["1.040,00", "1,040.00"], "What's the net before VAT on the brewery bill?"),
    (["4"], "How many Pils kegs did we get?"),
    (["24.518,12", "24,518.12"], "What's my account balance before the transfer?"),
    (["brauhaus kessler"], "Who's the payee of the transfer?"),
    (["20.11.2026", "20 nov"], "When is the transfer executed?"),
    (["49,99"], "How much did the monitor arm cost?"),
    (["4,99"], "What did shipping cost on my technikwelt order?"),
    (["28,00"], "Per diem for a full day trip?"),
    (["5,60"], "How much is deducted for breakfast?"),
    (["trade fair cologne"], "What trip is the expense claim for?"),
    (["412"], "How far did I drive for the trade fair?"),
    (["493.800,00", "493,800"], "Engineering's annual total in the budget?"),
]

tally = Tally()
answered("fin", PROBES, tally)
tally.done()
