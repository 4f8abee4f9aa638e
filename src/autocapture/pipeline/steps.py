"""The pipeline as a declared DAG: every step with where it runs and what it reads and writes. The
worker steps run from this table (pool.process_run checks each step's inputs before it runs and its
outputs after); the parent steps are the order of `process once`. `autocapture pipeline steps` prints it.

Progress is checkpointed per item: ingest moves a cursor and registers each frame's work in one
transaction; persist writes a frame's records and marks its work done in one transaction; a run stopped
anywhere (gating, SIGTERM, a budget, kill -9) resumes from the open work without redoing or duplicating."""

from __future__ import annotations

from dataclasses import asdict, dataclass


@dataclass(frozen=True)
class Step:
    name: str
    where: str  # parent: the scheduling process, one writer | worker: the executor (local pool or Ray)
    inputs: tuple[str, ...]
    outputs: tuple[str, ...]
    what: str


STEPS = (
    Step(
        "ingest",
        "parent",
        ("metadata.db", "ingest_cursor"),
        ("frames", "work"),
        "new frame records since the checkpoint, each with its pending work",
    ),
    Step(
        "schedule",
        "parent",
        ("frames", "work"),
        ("task",),
        "privacy rules (a matching frame is recorded as excluded and goes no further); each frame waits for its "
        "same-window predecessor's final reading; failed VLM descriptions come back as retries",
    ),
    Step(
        "normalize",
        "worker",
        ("task",),
        ("image", "blob_sha256", "change", "keyframe"),
        "find, size-check, hash and decode the blob; compare with the window's previous frame",
    ),
    Step(
        "ocr",
        "worker",
        ("task", "image", "change"),
        ("ocr", "reused_from"),
        "read the whole frame, or keep the previous frame's words (moved where a pane scrolled) and read "
        "only text-closed crops around what changed, or nothing (an unchanged frame)",
    ),
    Step(
        "vlm",
        "worker",
        ("task", "image", "keyframe"),
        ("vlm", "vlm_fields", "vlm_text"),
        "describe keyframes with the vision-language model, when one is configured",
    ),
    Step(
        "sst",
        "worker",
        ("task", "ocr", "vlm_fields"),
        ("sst",),
        "screen structure: lines, blocks, regions with boxes, window and app context",
    ),
    Step("embed", "worker", ("sst", "vlm_text"), ("embed",), "vectors for lines and the VLM text"),
    Step(
        "postprocess",
        "parent",
        ("ocr", "vlm", "sst", "embed"),
        ("canonical records",),
        "canonical records with provenance hashes",
    ),
    Step(
        "persist",
        "parent",
        ("canonical records",),
        ("derived.db records", "FTS5", "vectors", "work done"),
        "one transaction per frame; replace-only for a re-run of the same input",
    ),
    Step("facts", "parent", ("derived.db records",), ("facts/*.parquet",), "append-only Parquet batches"),
    Step("index", "parent", ("vectors",), ("ann/lines.faiss",), "the ANN index, once the store is large"),
    Step(
        "state",
        "parent",
        ("frames", "derived.db records"),
        ("state/state.db",),
        "the state tape's spans (processing.state_layer.enabled)",
    ),
)
WORKER_STEPS = tuple(s for s in STEPS if s.where == "worker")


def describe() -> list[dict]:
    return [asdict(s) for s in STEPS]
