"""Blind probes for tuning the query layer without the frozen test questions.

Each script asks questions in phrasings of its own about facts it reads from a day's truth file
(`bench/qa/truth/<day>.json`), asks them through `ask()` and prints OK/BAD per question and a total. Run from
anywhere after `python bench/qa.py` has built and processed the days:
`.venv/bin/python bench/qa/probes/<name>.py [days] [seed]`, e.g. `seen.py dev,fin,ops,hr 3` or `seen.py hr`
(default: all four days, seed 1); `tab.py` probes the fin and ops tables whatever the days. Shared pieces are in
`common.py`.

The expected values are computed, not tuned to; but the test split's facts live on the same screens of the
dev/fin/ops days, so probes there weaken the test split's independence (say so when reporting). Probing the
hr day (the dev2 tuning day) does not.

Scores when written (seed 1, all days): seen 48/48, long 20/20, tab 29/36, kv 16/32 (kv's generated labels are
often not field labels: read its BAD lines); seen2 was 29/48 on its first, blind run and 48/48 after tuning on
it (so it is no longer blind).
"""
