"""Blind probes for tuning the query layer without the frozen test questions.

Each script asks questions in phrasings of its own about facts it reads from a day's truth file
(`bench/qa/truth/<day>.json`), asks them through `ask()` and prints OK/BAD per question and a total. Run from
the repository root after `python bench/qa.py` has built and processed the days, e.g.
`.venv/bin/python bench/qa/probes/seen.py dev,fin,ops,hr 1` (days, random seed), `tab.py 1`, `adj.py 1`,
`long.py`, `kv.py 1`, `app.py dev,fin,ops,hr 1`, `win.py dev,fin,ops,hr 1`.

The expected values are computed, not tuned to; but the test split's facts live on the same screens of the
dev/fin/ops days, so probes there weaken the test split's independence (say so when reporting). Probing the
hr day (the dev2 tuning day) does not.
"""
