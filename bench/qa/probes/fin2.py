"""Blind probes: new facts of the fin day (ones no frozen question asks about; the test split's topics were
listed by fact id only and left out), each asked once in a plain phrasing. Scored as dev3.py scores them. Blind:
14/20 at 0634f36; 18/20 after the fixes it prompted (left: "the brewery's street address" is asked of a German
letterhead, "supposed to arrive" paraphrases "Estimated delivery")."""

from common import Tally, answered

PROBES = [
    (["03.12.2026", "3 dec", "dec 3"], "What are the payment terms' due date for Lena's invoice?"),
    (["14 days"], "What payment terms does the brewery invoice have?"),
    (["516,00"], "How much did the Pils kegs cost on the invoice?"),
    (["1.040,00", "1,040.00"], "What's the net amount of invoice RE-2026-1187?"),
    (["197,60"], "How much VAT is on the brewery invoice?"),
    (["hopfenweg 12"], "What's the brewery's street address?"),
    (["42.500,00", "42,500"], "What is Marketing's Q1 budget?"),
    (["493.800,00", "493,800"], "What's Engineering's total budget for 2027?"),
    (["14,00"], "What's the per diem for domestic trips longer than 8 hours?"),
    (["160,00"], "What is the nightly hotel limit abroad?"),
    (["5,60"], "How much is deducted per night for breakfast included in the room rate?"),
    (["paypal"], "How did I pay for the technikwelt order?"),
    (["21.11.2026", "21 nov"], "When is the technikwelt order supposed to arrive?"),
    (["149,99"], "How much was the USB-C docking station?"),
    (["20.11.2026", "20 nov"], "What execution date did I set for the transfer?"),
    (["28.11.2026", "28 nov"], "When is the month-end close?"),
    (["miriam hoffmann"], "Who reminded the finance team about the month-end close?"),
    (["felix brandt"], "Who asked me to fill in the Q3 travel figures?"),
    (["trade fair cologne"], "What trip is the travel expense claim for?"),
    (["412 km", "412"], "How many kilometres of mileage are on the expense claim?"),
]

tally = Tally()
answered("fin", PROBES, tally)
tally.done()
