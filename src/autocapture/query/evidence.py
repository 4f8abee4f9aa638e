"""Read access to what processing produced, for answering: frames, their SST lines with boxes, hybrid
line retrieval (FTS5 + vectors, fused by reciprocal rank), and citations that resolve to a frame."""

from __future__ import annotations

import re
import threading
import time
from dataclasses import dataclass
from datetime import datetime, timezone, tzinfo
from functools import lru_cache
from pathlib import Path

from autocapture.config import Config
from autocapture.dataroot.reader import DataRoot
from autocapture.query.timefilter import Filters
from autocapture.query.values import fold
from autocapture.runtime import privacy
from autocapture.store import sessions as window_sessions
from autocapture.store.bodies import TextCache
from autocapture.store.derived import connect, load_record, upgrade

STOP = set(
    """a an the of to in on at for from by with and or is was were be been what which who whom whose when where
why how did do does i me my we our you your it its this that these those there here shown show showed see saw
seen screen read open opened any some all last first about tell please can could would should as into than then
much many""".split()
)
RRF_K = 60
LEXICAL_DEPTH = 2000  # best-ranked lines of a keyword query the privacy rule is asked of
PRUNE_MIN_ROWS = 50_000  # below this, every keyword is searched
COMMON = 0.02  # a word on more than 2% of all lines is "common"...
COMMON_MAX_DOCS = 20_000  # ...and so is one on more than 20k lines: BM25's cost is the postings it scores
RECOUNT_MAX_DOCS = 10_000  # counting a word's lines again costs less than a vocabulary query up to about this
_EMBEDDERS_LOCK = threading.Lock()


_BLAS = None
# A word this long may be split by OCR at a narrow glyph ("CrashLoopBackOf f"): found by its start as well
SPLIT_WORD = 10


def _one_blas_thread():
    """Cost: one question is a few 12x384 matmuls; OpenBLAS's thread pool makes them several times slower
    (0.36 s vs 0.05 s per question measured on 2 busy cores) by waking and syncing threads for tiny work."""
    global _BLAS
    if _BLAS is None:
        from threadpoolctl import ThreadpoolController

        _BLAS = ThreadpoolController()
    return _BLAS.limit(limits=1, user_api="blas")


def keywords(text: str) -> list[str]:
    return [w for w in re.findall(r"[\w$€£@.:/#-]+", text.lower()) if w.strip(".:-/") and w not in STOP]


# How an English OCR model reads the letters it has no model for (German, Nordic): "Verfügbar" is indexed as
# "Verfiigbar", "Verfligbar", "Verftigbar" or "Verfugbar"; typed German writes them "ue", "oe", "ae", "ss".
LETTER_READS = {
    "ü": ("u", "ue", "ii", "li", "ti", "il"),
    "ö": ("o", "oe"),
    "ä": ("a", "ae"),
    "ß": ("ss", "b"),
    "ł": ("l", "t"),  # Polish: "Małgorzata" read "Matgorzata", "zł" read "zt"
    "ı": ("i", "l"),  # Turkish dotless i: "Yıldız" read "Yildiz"
}


def letter_reads(word: str, limit: int = 12) -> list[str]:
    """The spellings a word with such letters may have in the index (folded, lower case), the plain folding
    first; [] for a word without them."""
    w = word.lower()
    if not any(c in LETTER_READS for c in w):
        return []
    out = [""]
    for c in w:
        reads = LETTER_READS.get(c, (fold(c),))
        out = [o + r for o in out for r in reads][: limit * 4]
    return list(dict.fromkeys(out))[:limit]


def letters_rx(word: str) -> str:
    """A regex fragment matching `word` in folded text in any of its letter_reads ("verf(?:u|ue|ii|...)gbar")."""
    return "".join(
        "(?:" + "|".join(LETTER_READS[c]) + ")" if c in LETTER_READS else re.escape(fold(c))
        for c in word.lower()
    )


@dataclass(frozen=True)
class Frame:
    record_id: str
    ts: datetime
    app: str | None
    title: str | None
    width: int
    height: int


@dataclass(frozen=True)
class Hit:
    frame: Frame
    line: dict  # SST line: id, text, box, words
    score: float


class Evidence:
    """Owns a read connection to derived.db and, lazily, the DataRoot and the embedding model."""

    def __init__(self, config: Config, tz: tzinfo):
        self.config, self.tz = config, tz
        path = config.derived_dir / "derived.db"
        if not path.exists():
            raise FileNotFoundError(f"nothing processed yet: no {path}; run `autocapture process once` first")
        upgrade(config.derived_dir)  # a store from an older version is migrated before it is read
        self.conn = connect(path, readonly=True)
        self._bodies = TextCache()
        privacy.register(self.conn, config)  # privacy: ac_excluded(app, title) for the frame filters below
        self._embedder = None
        self._vec_cache: dict = {}
        self._vocab: bool | None = None
        self._ann_index = None
        self._rows: int | None = None
        self._dr = None
        self._qvec = None
        self._df: dict[str, int] = {}
        self._df_prefix: dict[str, int] = {}
        self._sessions_ok: bool | None = None
        self._hidden_windows: bool | None = None
        self._windows_all: list | None = None
        self.timings: dict[str, float] = {}

    def close(self) -> None:
        self.conn.close()
        if self._dr is not None:
            self._dr.close()

    @property
    def dataroot(self) -> DataRoot:
        if self._dr is None:
            self._dr = DataRoot(self.config)
        return self._dr

    # --- frames ----------------------------------------------------------------------------------
    def frames(self, filters: Filters = Filters()) -> list[Frame]:
        where, args = self._frame_filter(filters)
        rows = self.conn.execute(
            "SELECT record_id, ts_utc, app, title, width, height FROM frames f WHERE 1=1"
            + where
            + " ORDER BY ts_utc, record_id",
            tuple(args),
        ).fetchall()
        return [Frame(r[0], datetime.fromisoformat(r[1]), r[2], r[3], r[4], r[5]) for r in rows]

    def recent_frames(self, filters: Filters = Filters(), limit: int = 2000) -> list[Frame]:
        """The latest `limit` frames in the filters, oldest first: a bounded scope for "every amount I saw"."""
        where, args = self._frame_filter(filters)
        rows = self.conn.execute(
            "SELECT record_id, ts_utc, app, title, width, height FROM frames f WHERE 1=1"
            + where
            + " ORDER BY ts_utc DESC, record_id DESC LIMIT ?",
            (*args, limit),
        ).fetchall()
        return [Frame(r[0], datetime.fromisoformat(r[1]), r[2], r[3], r[4], r[5]) for r in reversed(rows)]

    def frame(self, record_id: str) -> Frame | None:
        # privacy: a frame a rule excludes (now, even if processed before the rule) is not there for readers
        r = self.conn.execute(
            "SELECT record_id, ts_utc, app, title, width, height FROM frames f WHERE record_id = ? "
            "AND " + privacy.HIDDEN_SQL,
            (record_id,),
        ).fetchone()
        return Frame(r[0], datetime.fromisoformat(r[1]), r[2], r[3], r[4], r[5]) if r else None

    def processed_frame(self, record_id: str) -> Frame:
        """The frame of a frame or derived record id ("run/frame/7#sst"); LookupError when never processed."""
        frame = self.frame(record_id.split("#", 1)[0])
        if frame is None:
            raise LookupError(f"no processed frame {record_id.split('#', 1)[0]!r} (from {record_id!r})")
        return frame

    @lru_cache(maxsize=256)  # noqa: B019 - an Evidence lives for one question; the cache goes with it
    def record(self, sample_id: str) -> dict | None:
        return load_record(self.conn, sample_id, self._bodies)  # compressed and delta bodies resolved there

    def sst(self, frame_id: str) -> dict | None:
        rec = self.record(frame_id + "#sst")
        return rec["output_json"] if rec else None

    def lines(self, frame_id: str) -> list[dict]:
        s = self.sst(frame_id)
        return s["lines"] if s else []

    def ocr_text(self, frame_id: str) -> str:
        return "\n".join(line["text"] for line in self.lines(frame_id))

    def vlm(self, frame_id: str) -> dict | None:
        rec = self.record(frame_id + "#vlm")
        return rec["output_json"] if rec else None

    # --- retrieval -------------------------------------------------------------------------------
    def _embed(self, text: str):
        if self._embedder is None:  # numpy MiniLM, no torch on the query path (stages/embed_numpy.py)
            from autocapture.stages.embed_numpy import question_embedder

            self._embedder = question_embedder(self.config)
        with _EMBEDDERS_LOCK, _one_blas_thread():
            return self._embedder.run([text])[0]

    def _embed_cached(self, text: str):
        if text not in self._vec_cache:
            self._vec_cache[text] = self._embed(text)
        return self._vec_cache[text]

    def similarity(self, a: str, b: str) -> float:
        """Cosine similarity of two short texts' embeddings (0.0 when no embedder can be loaded)."""
        import numpy as np

        try:
            x, y = self._embed_cached(a), self._embed_cached(b)
        except Exception:  # noqa: BLE001 - no model: meaning cannot vouch for anything
            return 0.0
        d = float(np.linalg.norm(x) * np.linalg.norm(y))
        return float(np.dot(x, y) / d) if d else 0.0

    def _frame_filter(self, filters: Filters, hidden: bool = True) -> tuple[str, list]:
        """SQL conditions on frames f for the filters, with the privacy rules unless the caller applies them
        itself (`hidden=False`)."""
        # privacy: frames excluded by the current rules never match
        sql, args = (" AND " + privacy.HIDDEN_SQL if hidden else "", [])
        if filters.start:
            sql += " AND f.ts_utc >= ?"
            args.append(filters.start.astimezone(timezone.utc).isoformat(timespec="microseconds"))
        if filters.end:
            sql += " AND f.ts_utc < ?"
            args.append(filters.end.astimezone(timezone.utc).isoformat(timespec="microseconds"))
        if filters.apps:
            sql += f" AND f.app IN ({','.join('?' * len(filters.apps))})"
            args += list(filters.apps)
        return sql, args

    def _match(self, words: list[str]) -> list[str]:
        """FTS5 queries to try in turn. In a large store, common words add little
        to the ranking but make BM25 score millions of rows: they are left out while rarer words remain,
        and when every word is common they must all appear (then any of the two rarest).
        Common: on more than 2% of all lines or more than 20k lines."""
        quoted = lambda ws, op: f" {op} ".join('"' + w.replace('"', '""') + '"' for w in ws)  # noqa: E731
        plain = [quoted(words, "OR")]
        if self._rows is None:
            # a store from before the vocabulary table (migration 5) is searched without pruning
            self._rows = (
                (self.conn.execute("SELECT max(id) FROM vector_items").fetchone()[0] or 0)
                if self._has_vocab()
                else 0
            )
        if self._rows < PRUNE_MIN_ROWS:
            return plain
        counts = {w: self.doc_freq(w) for w in words if re.fullmatch(r"\w+", w)}
        common = {w for w, n in counts.items() if n > min(COMMON * self._rows, COMMON_MAX_DOCS)}
        if not common:
            return plain
        rare = [w for w in words if w not in common]
        # every word, then one common word fewer at a time (the most common first): each query is an
        # intersection bounded by its rarest word's lines, never a union scoring a common word's millions
        by_df = sorted(counts, key=lambda w: (counts[w], w))
        chain = [quoted(by_df[:n], "AND") for n in range(len(by_df), 1, -1)]
        if rare:
            return [quoted(rare, "OR"), *chain]
        return [*chain, quoted(by_df[:1], "OR")]

    def _ann(self):
        if self._ann_index is None:
            from autocapture.store.ann import AnnIndex

            self._ann_index = (
                AnnIndex.open(self.config.derived_dir, self.config["storage.ann_nprobe"]) or False
            )
        return self._ann_index or None

    def search(self, question: str, filters: Filters, k: int = 20, vector: bool = True) -> list[Hit]:
        """Hybrid retrieval of SST lines: FTS5 (BM25) and vector KNN (exact sqlite-vec, or the ANN index in a
        large store), fused by reciprocal rank. Filters are applied in SQL, never by loading every frame."""
        where, args = self._frame_filter(filters)
        join = " JOIN frames f ON f.record_id = i.source_id" if where else ""
        ranks: dict[int, float] = {}
        words = keywords(question)
        words += [
            v for w in list(words) for v in letter_reads(w) if v not in words
        ]  # ("Verfiigbar" for "Verfügbar")
        t0 = time.perf_counter()
        if words:
            # the time and app filters narrow the matches in SQL; the privacy rule (a Python function) is asked
            # only of the best-ranked ones, not of every line a common word matches
            narrow, _ = self._frame_filter(filters, hidden=False)
            rows: dict[tuple, None] = {}  # in rank order, each once
            for match in self._match(words):
                for row in self.conn.execute(
                    "SELECT m.id FROM (SELECT i.id AS id, i.source_id AS sid, bm25(item_fts) AS score "
                    "FROM item_fts JOIN vector_items i ON i.id = item_fts.rowid"
                    + (join if narrow else "")
                    + " WHERE item_fts MATCH ? AND i.kind = 'line'"
                    + narrow
                    + " ORDER BY score LIMIT ?) m JOIN frames f ON f.record_id = m.sid WHERE "
                    + privacy.HIDDEN_SQL
                    + " ORDER BY m.score LIMIT 400",
                    (match, *args, LEXICAL_DEPTH),
                ):
                    rows.setdefault(row)  # the looser queries add what the stricter ones did not find
                if len(rows) >= k:
                    break
            for rank, (item_id,) in enumerate(list(rows)[:400]):
                ranks[item_id] = ranks.get(item_id, 0) + 1 / (RRF_K + rank)
        self.timings["lexical_ms"] = round((time.perf_counter() - t0) * 1000, 1)
        if vector and self.conn.execute("SELECT value FROM meta WHERE key = 'vector_dim'").fetchone():
            t0 = time.perf_counter()
            vec = self._qvec = self._embed(question)
            want = (
                1000 if args else 200
            )  # filters drop candidates afterwards: ask for more (privacy has no args)
            ann = self._ann()
            if ann is not None:
                candidates = [i for i, _ in ann.search(vec, want)]
            else:
                candidates = [
                    r[0]
                    for r in self.conn.execute(
                        "SELECT rowid FROM vec_items WHERE embedding MATCH ? AND k = ? ORDER BY distance",
                        (vec.astype("<f4").tobytes(), want),
                    )
                ]
            # candidates are unique texts, nearest first; each stands for the lines that show it (store/compact.py)
            lines: list[int] = []
            for text_id in candidates:
                if len(lines) >= want:
                    break
                lines += [
                    r[0]
                    for r in self.conn.execute(
                        f"SELECT i.id FROM vector_items i{join} WHERE i.text_id = ? AND i.kind = 'line'{where} "
                        "ORDER BY i.id LIMIT ?",
                        (text_id, *args, want - len(lines)),
                    )
                ]
            for rank, item_id in enumerate(lines):
                ranks[item_id] = ranks.get(item_id, 0) + 1 / (RRF_K + rank)
            self.timings["vector_ms"] = round((time.perf_counter() - t0) * 1000, 1)
            self.timings["vector_index"] = "ann" if ann is not None else "exact"
        hits = []
        for item_id, score in sorted(ranks.items(), key=lambda kv: (-kv[1], kv[0])):
            row = self.conn.execute(
                "SELECT source_id, ref FROM vector_items WHERE id = ?", (item_id,)
            ).fetchone()
            frame = self.frame(row[0]) if row else None
            line = next((ln for ln in self.lines(row[0]) if ln["id"] == row[1]), None) if frame else None
            if line is not None:
                hits.append(Hit(frame, line, score))
                if len(hits) == k:
                    break
        return hits

    # --- what the reader needs beside the hits ------------------------------------------------------
    def question_vector(self):
        """The embedding of the last text searched (None when the store has no vectors)."""
        return self._qvec

    def line_count(self) -> int:
        """Indexed line occurrences (the size BM25 and the rarity weights are judged against)."""
        return self.conn.execute("SELECT max(id) FROM vector_items").fetchone()[0] or 0

    def _has_vocab(self) -> bool:
        """Whether the store has the FTS vocabulary (asked once per question, not once per word)."""
        if self._vocab is None:
            found = self.conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'item_fts_vocab'").fetchone()
            self._vocab = found is not None
        return self._vocab

    def doc_freq(self, token: str) -> int:
        """On how many indexed lines a word occurs (FTS5 vocabulary; 0 in a store without one). Cost: the
        vocabulary counts by reading the word's postings (20 ms for a word on 500k lines), so a word is counted
        once per question, here or by doc_freq_prefix."""
        if token not in self._df:
            row = None
            if self._has_vocab():
                row = self.conn.execute("SELECT doc FROM item_fts_vocab WHERE term = ?", (token,)).fetchone()
            self._df[token] = row[0] if row else 0
        return self._df[token]

    def doc_freq_prefix(self, prefix: str) -> int:
        """On how many lines some word starting with `prefix` occurs (summed over the words, so an upper bound):
        the rarity of a stem the way the reader matches it ("pay" is on "Payable" and "Payment" lines).
        Cost: a common word of the range counted already ("total" for "total*") is not read again, the range is
        read around it, and every word read is kept for doc_freq."""
        if prefix not in self._df_prefix:
            total = 0
            if self._has_vocab():
                # a word on more lines than a range query's own cost (opening a vocabulary cursor) is skipped
                known = sorted(
                    t for t, n in self._df.items() if prefix <= t < prefix + "\uffff" and n > RECOUNT_MAX_DOCS
                )
                total = sum(self._df[t] for t in known)
                lows = [(prefix, True)] + [(t, False) for t in known]
                highs = [(t, False) for t in known] + [(prefix + "\uffff", True)]
                for (lo, lo_in), (hi, hi_in) in zip(lows, highs):
                    for term, doc in self._vocab_range(lo, lo_in, hi, hi_in):
                        self._df[term] = doc
                        total += doc
            self._df_prefix[prefix] = total
        return self._df_prefix[prefix]

    def words_starting(self, prefix: str, limit: int = 3) -> list[str]:
        """The indexed words that start with `prefix`, most frequent first ("bozonarodzeniow" ->
        "bozonarodzeniowy"): a stem's words as the screens write them, to search for."""
        if not self._has_vocab():
            return []
        rows = self._vocab_range(prefix, True, prefix + "\uffff", False)
        return [t for t, _ in sorted(rows, key=lambda r: (-r[1], r[0]))[:limit]]

    def _vocab_range(self, lo: str, lo_in: bool, hi: str, hi_in: bool) -> list[tuple[str, int]]:
        """(word, lines) of the vocabulary's words from lo to hi. The fts5vocab table counts every word its
        cursor stops on, even one SQL then drops (`term > 'total'` and `term < 'total'` both count "total"),
        so an open end is given as the nearest string a word can be: words hold no control character and no
        U+10FFFF (the tokenizer splits at them), so the first string above "total" is "total" + chr(1) and
        the last one below it "totak" + chr(0x10FFFF)."""
        lo = lo if lo_in else lo + "\x01"
        if not hi_in and hi and ord(hi[-1]) > 1 and not 0xD800 < ord(hi[-1]) <= 0xE000:
            hi, hi_in = hi[:-1] + chr(ord(hi[-1]) - 1) + "\U0010ffff", True
        if lo > hi or (lo == hi and not hi_in):
            return []
        return self.conn.execute(
            f"SELECT term, doc FROM item_fts_vocab WHERE term >= ? AND term {'<=' if hi_in else '<'} ?",
            (lo, hi),
        ).fetchall()

    def line_vectors(self, frame_id: str) -> dict:
        """line id -> its stored embedding, for the lines of one frame."""
        import numpy as np

        if not self.conn.execute("SELECT value FROM meta WHERE key = 'vector_dim'").fetchone():
            return {}
        rows = self.conn.execute(
            "SELECT i.ref, v.embedding FROM vector_items i JOIN vec_items v ON v.rowid = i.text_id "
            "WHERE i.source_id = ? AND i.kind = 'line'",
            (frame_id,),
        ).fetchall()
        return {ref: np.frombuffer(blob, dtype="<f4") for ref, blob in rows}

    def frames_showing(self, text: str, filters: Filters, limit: int = 5000) -> list[tuple[Frame, str]]:
        """(frame, line id) of every frame whose screen holds `text`, oldest first: an FTS phrase query, then
        the line's own text checked, so the cost follows the frames that show it, not the history."""
        toks = re.findall(
            r"[^\W_]+", text.lower()
        )  # the FTS tokenizer splits "Rechnung_2026" at the underscore
        if not toks:
            return []
        where, args = self._frame_filter(filters)
        sql = (
            "SELECT f.record_id, f.ts_utc, f.app, f.title, f.width, f.height, i.ref, i.text FROM item_fts "
            "JOIN vector_items i ON i.id = item_fts.rowid JOIN frames f ON f.record_id = i.source_id "
            "WHERE item_fts MATCH ? AND i.kind = 'line'" + where + " ORDER BY f.ts_utc, f.record_id LIMIT ?"
        )
        rows = self.conn.execute(sql, ('"' + " ".join(toks) + '"', *args, limit * 4)).fetchall()
        norm = lambda s: re.sub(r"\s+", " ", fold(s or "")).lower()  # noqa: E731 - "Alcalá" read as "Alcala"
        want, out, seen = norm(text), [], set()
        split = len(toks) == 1 and len(toks[0]) >= SPLIT_WORD
        if split:
            # a long word OCR broke in two ("CrashLoopBackOf f" in a terminal): its start as a prefix query, then
            # the line's text without its spaces holds the word
            more = self.conn.execute(sql, (f'"{toks[0][: SPLIT_WORD - 2]}"*', *args, limit * 4)).fetchall()
            rows = sorted({r[:7]: r for r in rows + more}.values(), key=lambda r: (r[1], r[0]))
        for r in rows:
            if r[0] in seen:
                continue
            if want not in norm(r[7]) and not (split and want in norm(r[7]).replace(" ", "")):
                continue
            seen.add(r[0])
            out.append((Frame(r[0], datetime.fromisoformat(r[1]), r[2], r[3], r[4], r[5]), r[6]))
            if len(out) >= limit:
                break
        return out

    def windows(self, filters: Filters = Filters()) -> list[tuple[str | None, str | None, int]]:
        """Distinct (app, title, frames) in the filters, for resolving names of apps and windows.
        Cost: summed over window sessions (store/sessions.py), not counted over every frame."""
        if not self.sessions_ready():
            where, args = self._frame_filter(filters)
            return self.conn.execute(
                "SELECT app, title, count(*) FROM frames f WHERE 1=1"
                + where
                + " GROUP BY app, title ORDER BY min(ts_utc)",
                tuple(args),
            ).fetchall()
        if filters == Filters() and self._windows_all is not None:
            return self._windows_all  # cost: asked by ask() and by any_hidden_window() for the same question
        if filters.start or filters.end:
            out: dict[tuple, list] = {}
            for first, _last, n, _end in self.window_runs(filters, apps=True):
                out.setdefault((first.app, first.title), [first.ts, 0])[1] += n
            return [(a, t, n) for (a, t), (_, n) in sorted(out.items(), key=lambda kv: kv[1][0])]
        where, args = self._session_filter(filters)
        # the privacy rule is asked once per distinct window (outside the GROUP BY), not once per session: the
        # subquery's LIMIT keeps SQLite from pushing the outer WHERE down into it (32k calls at 1M frames)
        rows = self.conn.execute(
            "SELECT app, title, n FROM (SELECT app, title, sum(frames) AS n, min(start_utc) AS "
            "first FROM window_sessions f WHERE 1=1"
            + where.replace(" AND " + privacy.HIDDEN_SQL, "")
            + " GROUP BY app, title LIMIT -1) f WHERE "
            + privacy.HIDDEN_SQL
            + " ORDER BY first",
            tuple(args),
        ).fetchall()
        if filters == Filters():
            self._windows_all = rows
        return rows

    def window_titles(self, filters: Filters = Filters(), limit: int = 5000) -> list[tuple]:
        """(app, title, latest frame id, frames) of each distinct window in the filters, most recent first.
        Cost: summed over window sessions, not grouped over every frame."""
        if not self.sessions_ready():
            where, args = self._frame_filter(filters)
            return self.conn.execute(
                "SELECT app, title, max(record_id), count(*) FROM frames f WHERE 1=1"
                + where
                + " GROUP BY app, title ORDER BY max(ts_utc) DESC LIMIT ?",
                (*args, limit),
            ).fetchall()
        if filters.start or filters.end:
            out: dict[tuple, list] = {}
            for _first, last, n, _end in self.window_runs(filters, apps=True):
                w = out.setdefault((last.app, last.title), [last.ts, last.record_id, 0])
                w[:2] = max(w[:2], [last.ts, last.record_id])
                w[2] += n
            rows = sorted(out.items(), key=lambda kv: kv[1][:2], reverse=True)[:limit]
            return [(a, t, rid, n) for (a, t), (_, rid, n) in rows]
        where, args = self._session_filter(filters)
        # a bare column beside max() comes from the row holding the max: the latest session's last frame; the
        # privacy rule is asked per window, as in windows()
        return self.conn.execute(
            "SELECT app, title, last_frame, n FROM (SELECT app, title, last_frame, sum(frames) AS n, "
            "max(last_utc) AS latest FROM window_sessions f WHERE 1=1"
            + where.replace(" AND " + privacy.HIDDEN_SQL, "")
            + " GROUP BY app, title LIMIT -1) f WHERE "
            + privacy.HIDDEN_SQL
            + " ORDER BY latest DESC LIMIT ?",
            (*args, limit),
        ).fetchall()

    # --- window sessions (store/sessions.py) --------------------------------------------------------
    def sessions_ready(self) -> bool:
        """Whether window_sessions holds every frame's session (a store written by a tool that bypassed the
        writer, or one from before the table, is read from frames instead)."""
        if self._sessions_ok is None:
            self._sessions_ok = window_sessions.dirty(self.conn) is False
        return self._sessions_ok

    def any_hidden_window(self) -> bool:
        """Does a privacy rule hide any stored window? (a pass over the distinct windows, once per Evidence)"""
        if self._hidden_windows is None:
            self._hidden_windows = (
                len(self.windows())
                != self.conn.execute(
                    "SELECT count(*) FROM (SELECT DISTINCT app, title FROM window_sessions)"
                ).fetchone()[0]
            )
        return self._hidden_windows

    def _session_filter(self, filters: Filters) -> tuple[str, list]:
        """SQL conditions on `window_sessions f` for the privacy rules and app filters (not time)."""
        sql, args = " AND " + privacy.HIDDEN_SQL, []  # privacy: a rule hides whole windows (app, title)
        if filters.apps:
            sql += f" AND f.app IN ({','.join('?' * len(filters.apps))})"
            args += list(filters.apps)
        return sql, args

    def _windows_filter(self, windows: set[tuple]) -> tuple[str, list]:
        """SQL conditions on `window_sessions f` for these (app, title) windows: their apps and their titles,
        which the (app, title, ...) index answers; the caller keeps the exact pairs."""

        def one_of(column: str, values: list, null: bool) -> str:
            sql = f"f.{column} IN ({','.join('?' * len(values))})"
            return f" AND ({sql} OR f.{column} IS NULL)" if null else f" AND {sql}"

        apps = sorted({a for a, _ in windows if a is not None})
        titles = sorted({t for _, t in windows if t is not None})
        sql, args = one_of("app", apps, any(a is None for a, _ in windows)), list(apps)
        if len(titles) <= 500:  # more than that: the apps narrow enough, and SQLite's limits stay far away
            sql += one_of("title", titles, any(t is None for _, t in windows))
            args += titles
        return sql, args

    def window_runs(
        self, filters: Filters, apps: bool = False, windows: set[tuple] | None = None
    ) -> list[tuple[Frame, Frame, int, datetime]]:
        """The stored sessions in the filters' time range, oldest first, cut to it: (first frame, last frame,
        frames, end) with the frames inside the range, end being the next session's start when that is
        within the idle gap and inside the range, else the last frame's time. Windows hidden by privacy rules
        are left out (a caller that needs them to split or join its neighbours re-stitches); with `apps`, only
        the filters' apps are read, with `windows` only those (app, title) windows (SQL, by the window index).
        Cost: the sessions read plus two index lookups per cut end."""
        lo = (
            filters.start.astimezone(timezone.utc).isoformat(timespec="microseconds")
            if filters.start
            else None
        )
        hi = filters.end.astimezone(timezone.utc).isoformat(timespec="microseconds") if filters.end else None
        where, args = self._session_filter(filters if apps else Filters(filters.start, filters.end, ()))
        if windows is not None:
            sql, more = self._windows_filter(windows)
            where, args = where + sql, args + more
        if lo:
            # sessions do not overlap, so the one holding `lo` is the last to start at or before it
            row = self.conn.execute(
                "SELECT max(start_utc) FROM window_sessions WHERE start_utc <= ?", (lo,)
            ).fetchone()
            where += " AND f.start_utc >= ? AND f.last_utc >= ?"
            args += [row[0] or lo, lo]
        if hi:
            where += " AND f.start_utc < ?"
            args.append(hi)
        rows = self.conn.execute(
            "SELECT f.app, f.title, f.start_utc, f.first_frame, f.first_width, f.first_height, f.last_utc, f.last_frame, "
            "f.last_width, f.last_height, f.frames, f.end_utc FROM window_sessions f WHERE 1=1"
            + where
            + " ORDER BY f.start_utc, f.first_frame",
            tuple(args),
        ).fetchall()
        out = []
        for app, title, start, first_id, w0, h0, last, last_id, w1, h1, n, end in rows:
            if windows is not None and (app, title) not in windows:
                continue  # another title of one of the apps, or another app with one of the titles
            cut = (lo is not None and start < lo) or (hi is not None and last >= hi)
            if cut:  # the frames of this session inside the range: it is one contiguous run of frames
                bounds = (
                    " AND ts_utc >= ? AND (ts_utc > ? OR record_id >= ?) AND ts_utc <= ? AND (ts_utc < ? OR "
                    "record_id <= ?)"
                )
                b_args = [
                    max(start, lo or start),
                    start,
                    first_id if not lo or start >= lo else "",
                    last,
                    last,
                    last_id,
                ]
                if hi:
                    bounds += " AND ts_utc < ?"
                    b_args.append(hi)
                sel = "SELECT record_id, ts_utc, width, height FROM frames WHERE 1=1" + bounds
                n = self.conn.execute(
                    "SELECT count(*) FROM frames WHERE 1=1" + bounds, tuple(b_args)
                ).fetchone()[0]
                if not n:
                    continue
                first_id, start, w0, h0 = self.conn.execute(
                    sel + " ORDER BY ts_utc, record_id LIMIT 1", tuple(b_args)
                ).fetchone()
                last_id, last, w1, h1 = self.conn.execute(
                    sel + " ORDER BY ts_utc DESC, record_id DESC LIMIT 1", tuple(b_args)
                ).fetchone()
            first = Frame(first_id, datetime.fromisoformat(start), app, title, w0, h0)
            last_f = (
                first
                if last_id == first_id
                else Frame(last_id, datetime.fromisoformat(last), app, title, w1, h1)
            )
            ends = last_f.ts if hi is not None and end >= hi else datetime.fromisoformat(end)
            out.append((first, last_f, n, ends))
        return out

    # --- citations -------------------------------------------------------------------------------
    def local(self, ts: datetime) -> datetime:
        return ts.astimezone(self.tz)

    def blob_path(self, frame_id: str) -> str | None:
        try:
            dr = self.dataroot
            rec = dr.record(frame_id)
            path = dr.media.resolve(frame_id, rec.run_id, rec.ts_raw, rec.payload)
            return str(Path(path).relative_to(dr.root))
        except Exception:  # noqa: BLE001 - a citation without a blob path still names the frame
            return None

    def cite(self, frame: Frame, box: list[int] | None, quote: str | None, record: str = "sst") -> dict:
        local = self.local(frame.ts)
        return {
            "record_id": f"{frame.record_id}#{record}" if record else frame.record_id,
            "frame_record_id": frame.record_id,
            "ts_utc": frame.ts.isoformat(),
            "local_time": local.isoformat(timespec="seconds"),
            "app": frame.app,
            "window_title": frame.title,
            "bbox": list(box) if box else None,
            "bbox_norm": [
                round(box[0] / frame.width, 4),
                round(box[1] / frame.height, 4),
                round(box[2] / frame.width, 4),
                round(box[3] / frame.height, 4),
            ]
            if box
            else None,
            "blob_path": self.blob_path(frame.record_id),
            "quote": quote,
        }
