"""DuckDB over the Parquet facts: a read-only view named `facts`."""

from __future__ import annotations

from pathlib import Path


def run_sql(facts_dir: Path, query: str, excluded=None) -> tuple[list[str], list[list]]:
    """excluded(app, title) -> bool: rows of frames the privacy rules exclude are left out of the view."""
    import duckdb

    if not any(facts_dir.rglob("*.parquet")) if facts_dir.exists() else True:
        raise ValueError(f"no Parquet facts under {facts_dir}: run `autocapture process once` first")
    # DuckDB's own HTTP client is C++, past the Python socket guard: never let it fetch an extension.
    con = duckdb.connect(
        ":memory:",
        config={
            "autoinstall_known_extensions": False,
            "autoload_known_extensions": False,
            "custom_extension_repository": str(facts_dir / "no-extensions"),
            "allow_community_extensions": False,
        },
    )
    try:
        pattern = str(facts_dir / "**" / "*.parquet").replace("'", "''")
        where = ""
        if excluded is not None:  # privacy: the current rules, also for frames processed before them
            con.create_function(
                "ac_excluded",
                lambda app, title: bool(excluded(app, title)),
                ["VARCHAR", "VARCHAR"],
                "BOOLEAN",
                null_handling="special",
                side_effects=False,
            )
            where = " WHERE NOT ac_excluded(app, title)"
        con.execute(
            f"CREATE VIEW facts AS SELECT * FROM read_parquet('{pattern}', hive_partitioning = true){where}"
        )
        con.execute("SET lock_configuration = true")  # the user's query cannot turn those back on
        cur = con.execute(query)
        columns = [d[0] for d in cur.description] if cur.description else []
        return columns, [list(r) for r in cur.fetchall()]
    except duckdb.Error as exc:
        raise ValueError(f"query failed: {exc}") from exc
    finally:
        con.close()
