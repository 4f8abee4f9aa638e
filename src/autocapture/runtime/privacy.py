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

    def __post_init__(self):
        # compiled once: readers call match() for every frame row they select
        object.__setattr__(self, "_compiled", _compile(self.apps, self.titles))
        object.__setattr__(self, "_any", (_union(self.apps), _union(self.titles)))
        object.__setattr__(self, "_seen", {})

    def match(self, app: str | None, title: str | None) -> str | None:
        """The rule that excludes this window ("privacy.exclude_titles: *InPrivate*"), or None."""
        key = (app, title)
        seen = self._seen
        if key in seen:
            return seen[key]
        any_app, any_title = self._any
        rule = None
        if (app and any_app and any_app.search(app)) or (title and any_title and any_title.search(title)):
            for name, rx in self._compiled:  # which rule: only for the few windows that match at all
                text = app if name.startswith("privacy.exclude_apps") else title
                if text and rx.search(text):
                    rule = name
                    break
        if len(seen) > 100_000:  # distinct windows are few; bound the memo anyway
            seen.clear()
        seen[key] = rule
        return rule

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


def _union(patterns: tuple[str, ...]) -> re.Pattern | None:
    """One expression matching where any of the patterns does (a fast first test)."""
    if not patterns:
        return None
    try:
        return re.compile("|".join(f"(?:{pattern(p).pattern})" for p in patterns), re.IGNORECASE | re.DOTALL)
    except re.error:  # e.g. a regex with its own inline flags: no shortcut, every rule is tried
        return re.compile("")


def pattern(text: str) -> re.Pattern:
    """A rule as a regular expression; ValueError naming the rule when a `re:` pattern does not compile."""
    try:
        if text.startswith("re:"):
            return re.compile(text[3:], re.IGNORECASE)
        # anchored at both ends (the whole name or title), so search() gives up at once past the start
        return re.compile(r"\A" + fnmatch.translate(text), re.IGNORECASE | re.DOTALL)
    except re.error as exc:
        raise ValueError(f"privacy rule {text!r} is not a valid regular expression: {exc}") from exc


def rules(config) -> Rules:
    """The rules in force: the built-in defaults (unless privacy.default_exclusions=false) plus the user's."""
    return _rules(
        config["privacy.default_exclusions"],
        tuple(config["privacy.exclude_apps"]),
        tuple(config["privacy.exclude_titles"]),
    )


@lru_cache(maxsize=16)
def _rules(defaults: bool, apps: tuple[str, ...], titles: tuple[str, ...]) -> Rules:
    apps = (DEFAULT_APPS if defaults else ()) + apps
    titles = (DEFAULT_TITLES if defaults else ()) + titles
    return Rules(tuple(dict.fromkeys(apps)), tuple(dict.fromkeys(titles)))


def is_excluded(config, app: str | None, title: str | None) -> str | None:
    """The one decision every part of autocapture asks: the rule that excludes this window, or None."""
    return rules(config).match(app, title)


def register(conn, config) -> None:
    """Make `ac_excluded(app, title)` callable in SQL on an apsw connection, for `AND NOT ac_excluded(f.app,
    f.title)` in readers: the rules are applied where the frames are selected, so nothing excluded is loaded."""
    match, memo = rules(config).match, {}

    def excluded(app, title):  # called per selected row: a dict lookup once a window has been judged
        key = (app, title)
        hit = memo.get(key)
        if hit is None:
            if len(memo) > 100_000:
                memo.clear()
            hit = memo[key] = 1 if match(app, title) else 0
        return hit

    conn.create_scalar_function(SQL_FUNCTION, excluded, 2, deterministic=True)


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
