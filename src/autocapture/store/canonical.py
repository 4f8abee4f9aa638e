"""The canonical model record every stage emits: {sample_id, modality, model_id, prompt_hash, output_json,
emb_vectors, metrics, provenance}. provenance_hash covers the record's inputs, so the same frame, model
and config always give the same hash."""

from __future__ import annotations

from typing import Any

from autocapture.hashing import canonical_hash


def provenance(
    *,
    source_record_id: str,
    blob_sha256: str | None,
    frame_ts_utc: str,
    run_id: str,
    config_digest: str,
    model_digest: str,
    engine_version: str,
    modality: str,
    prompt_hash: str | None = None,
    inputs: dict | None = None,
) -> dict:
    body = {
        "source_record_id": source_record_id,
        "blob_sha256": blob_sha256,
        "frame_ts_utc": frame_ts_utc,
        "run_id": run_id,
        "config_digest": config_digest,
        "model_digest": model_digest,
        "engine_version": engine_version,
        "modality": modality,
        "prompt_hash": prompt_hash,
        "inputs": inputs or {},
    }
    return {**body, "provenance_hash": canonical_hash(body)}


def make_record(
    *,
    modality: str,
    record_type: str,
    model_id: str,
    output: Any,
    prov: dict,
    metrics: dict | None = None,
    prompt_hash: str | None = None,
    emb_vectors: list | None = None,
) -> dict:
    return {
        "sample_id": f"{prov['source_record_id']}#{modality}",
        "record_type": record_type,
        "modality": modality,
        "model_id": model_id,
        "prompt_hash": prompt_hash,
        "output_json": output,
        "emb_vectors": emb_vectors or [],
        "metrics": metrics or {},
        "provenance": prov,
    }


def schema() -> dict:
    import json
    from importlib import resources

    return json.loads(resources.files("autocapture.schemas").joinpath("canonical_record.json").read_text())


def validate(record: dict) -> None:
    """Raise jsonschema.ValidationError when a record does not match the canonical schema."""
    import jsonschema

    jsonschema.validate(record, schema())
