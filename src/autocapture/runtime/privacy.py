"""Privacy exclusions: which windows autocapture must leave alone. One rule set, read from the settings,
decides for processing (an excluded frame is never decoded, read, described, embedded or indexed) and for
every reader (queries, timeline, frame page, images, export), so changing the rules later also hides frames
processed before. Patterns are case-insensitive shell globs (`*` any text, `?` one character, `[...]` a
set) matched against the whole app name or window title; a pattern starting with `re:` is a
case-insensitive Python regular expression searched anywhere in it."""

from __future__ import annotations

import fnmatch
import re
from dataclasses import dataclass
from functools import lru_cache

# Private browsing: Edge "[InPrivate]", Chrome "(Incognito)", Firefox "Private Browsing", Safari/Brave/Opera
# "Private Window". Password managers and Windows' credential prompts, by executable and by title (their
# browser vaults and extensions show the product name in the title).
DEFAULT_TITLES = (
    "*InPrivate*",
    "*Incognito*",
    "*Private Browsing*",
    "*Private Window*",
    "*1Password*",
    "*KeePass*",
    "*Bitwarden*",
    "*LastPass*",
    "*Dashlane*",
    "*NordPass*",
    "*Keeper Password*",
    "*RoboForm*",
    "*Proton Pass*",
    "Credential Manager*",
    "Windows Security",
)
DEFAULT_APPS = (
    "1password*.exe",
    "keepass*.exe",
    "bitwarden*.exe",
    "lastpass*.exe",
    "dashlane*.exe",
    "nordpass*.exe",
    "keeper*.exe",
    "roboform*.exe",
    "enpass*.exe",
    "proton pass*.exe",
    "credentialuibroker.exe",
    "credwiz.exe",
)
SQL_FUNCTION = "ac_excluded"  # registered on read connections by register(); 1 when a frame is excluded


@dataclass(frozen=True)
class Rules:
    apps: tuple[str, ...]
    titles: tuple[str, ...]

    @property
    def compiled(self) -> tuple[tuple[str, re.Pattern], ...]:
        return _compile(self.apps, self.titles)

    def match(self, app: str | None, title: str | None) -> str | None:
        """The rule that excludes this window ("privacy.exclude_titles: *InPrivate*"), or None."""
        for name, rx in self.compiled:
            text = app if name.startswith("privacy.exclude_apps") else title
            if text and rx.search(text):
                return name
        return None

    def to_dict(self) -> dict:
        return {
            "apps": list(self.apps),
            "titles": list(self.titles),
            "syntax": "case-insensitive glob; re: prefix for a regular expression",
        }


@lru_cache(maxsize=32)
def _compile(apps: tuple[str, ...], titles: tuple[str, ...]) -> tuple[tuple[str, re.Pattern], ...]:
    out = []
    for key, patterns in (("privacy.exclude_apps", apps), ("privacy.exclude_titles", titles)):
        for p in patterns:
            out.append((f"{key}: {p}", pattern(p)))
    return tuple(out)


def pattern(text: str) -> re.Pattern:
    """A rule as a regular expression; ValueError naming the rule when a `re:` pattern does not compile."""
    try:
        if text.startswith("re:"):
            return re.compile(text[3:], re.IGNORECASE)
        return re.compile(fnmatch.translate(text), re.IGNORECASE | re.DOTALL)
    except re.error as exc:
        raise ValueError(f"privacy rule {text!r} is not a valid regular expression: {exc}") from exc


def rules(config) -> Rules:
    """The rules in force: the built-in defaults (unless privacy.default_exclusions=false) plus the user's."""
    defaults = config["privacy.default_exclusions"]
    apps = (DEFAULT_APPS if defaults else ()) + tuple(config["privacy.exclude_apps"])
    titles = (DEFAULT_TITLES if defaults else ()) + tuple(config["privacy.exclude_titles"])
    return Rules(tuple(dict.fromkeys(apps)), tuple(dict.fromkeys(titles)))


def is_excluded(config, app: str | None, title: str | None) -> str | None:
    """The one decision every part of autocapture asks: the rule that excludes this window, or None."""
    return rules(config).match(app, title)


def register(conn, config) -> None:
    """Make `ac_excluded(app, title)` callable in SQL on an apsw connection, for `AND NOT ac_excluded(f.app,
    f.title)` in readers: the rules are applied where the frames are selected, so nothing excluded is loaded."""
    r = rules(config)
    conn.create_scalar_function(
        SQL_FUNCTION, lambda app, title: 1 if r.match(app, title) else 0, 2, deterministic=True
    )


HIDDEN_SQL = f"NOT {SQL_FUNCTION}(f.app, f.title)"  # a condition on `frames f` after register()


def status(config, conn) -> dict:
    """For the Status page: the rules in force, frames kept out at processing (by rule) and frames the
    current rules hide from readers (including any processed before a rule was added)."""
    register(conn, config)
    by_rule = dict(
        conn.execute(
            "SELECT message, count(*) FROM work WHERE stage = 'frame' AND status = 'excluded' "
            "GROUP BY message ORDER BY 2 DESC"
        ).fetchall()
    )
    hidden = conn.execute(f"SELECT count(*) FROM frames f WHERE {SQL_FUNCTION}(f.app, f.title)").fetchone()[0]
    return {"rules": rules(config).to_dict(), "excluded_at_processing": by_rule, "hidden_now": hidden}


def frame_rule(config, record_id: str, app: str | None, title: str | None) -> str | None:
    """For serving one frame's pixels (web image route, MCP): the rule that excludes it, judged on the window
    in its frame record and on the window processing attached (a frame without a window_ref takes it from a
    window.meta record, stored in derived.db); either matching refuses it."""
    rule = is_excluded(config, app, title)
    derived = config.derived_dir / "derived.db" if config.derived_dir else None
    if rule is None and derived is not None and derived.exists():
        from autocapture.store.derived import connect

        conn = connect(derived, readonly=True)
        try:
            row = conn.execute("SELECT app, title FROM frames WHERE record_id = ?", (record_id,)).fetchone()
        finally:
            conn.close()
        rule = is_excluded(config, *row) if row else None
    return rule
