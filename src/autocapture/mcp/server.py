"""The MCP server: tools.py's functions (and query's `ask`) on the official SDK's MCPServer over stdio.
Every tool is read-only; blocking reads run in worker threads so progress notifications keep flowing, and
a bad argument or an unknown record comes back as a tool error the agent can read, never a crash."""

from __future__ import annotations

import json
import time
from typing import Annotated, Any

import anyio
from mcp.server.mcpserver import Context, MCPServer
from mcp.server.mcpserver.exceptions import ResourceError, ToolError
from mcp.server.mcpserver.utilities.types import Image
from mcp.types import CallToolResult, ImageContent, TextContent, ToolAnnotations
from pydantic import Field

from autocapture import __version__
from autocapture.config import Config
from autocapture.dataroot.blobs import BlobError
from autocapture.dataroot.problems import ContractError
from autocapture.mcp import tools
from autocapture.query import browse

READ_ONLY = ToolAnnotations(
    read_only_hint=True, destructive_hint=False, idempotent_hint=True, open_world_hint=False
)
PROGRESS_EVERY_S = 1.0
INSTRUCTIONS = (
    "Screen memory of this computer's user: what was on their screen, when, in which app and window. "
    "Use `ask` for questions (answers cite frames and boxes; never claim more than the citations show), "
    "`search` to find text, `timeline` for what they worked on when, `frame`/`frame_image` to look at a "
    "cited frame. Times are ISO; without an offset they are in the user's time zone."
)

Since = Annotated[
    str | None,
    Field(
        description="ISO time, inclusive, e.g. 2026-11-24T09:00 (user's time zone unless an offset is given)"
    ),
]
Until = Annotated[str | None, Field(description="ISO time, exclusive")]
App = Annotated[
    str | None,
    Field(
        description="Only this app: an executable (outlook.exe) or a name such as "
        "outlook, chrome, terminal, browser, teams"
    ),
]
RecordId = Annotated[
    str,
    Field(
        description="A frame record id from a citation or the timeline, e.g. "
        "'5f1c2e9a/frame/7' (a derived id such as '...#sst' names its frame)"
    ),
]

READ_ERRORS = (LookupError, ValueError, FileNotFoundError, BlobError, ContractError)
ASK_ERRORS = READ_ERRORS + (
    RuntimeError,
)  # what `autocapture query` reports as an error (e.g. no LLM server)


def _message(exc: BaseException) -> str:
    """The error as one readable sentence (a KeyError's str() is the quoted key)."""
    if isinstance(exc, ContractError):
        return f"the DataRoot cannot be read: {exc.problem.message}"
    return str(exc).strip("'\"")


async def _read(fn, *args, errors: tuple = READ_ERRORS) -> Any:
    """Run a blocking read in a worker thread; an error the caller can fix becomes a ToolError."""
    try:
        return await anyio.to_thread.run_sync(fn, *args)
    except errors as exc:
        raise ToolError(_message(exc)) from exc


def build(config: Config) -> MCPServer:
    """An MCPServer whose tools and resources read `config`'s DataRoot and derived store."""
    server = MCPServer(
        "autocapture",
        title="autocapture screen memory",
        version=__version__,
        instructions=INSTRUCTIONS,
        log_level="WARNING",
    )

    async def ask(
        question: Annotated[
            str,
            Field(
                description="A question in plain language, e.g. 'what was the total "
                "on the invoice I read yesterday?'"
            ),
        ],
        ctx: Context,
        now: Annotated[
            str | None,
            Field(description="Answer as if it were this ISO time (for 'yesterday', 'in the last hour')"),
        ] = None,
    ) -> dict[str, Any]:
        """Answer a question about what the user saw on screen, citing frame, time, app, window and box for each
        claim (state ok | no_evidence | indeterminate); the `autocapture query --json` contract."""
        from autocapture.query.answer import ask as run_ask

        try:
            question = tools.check_question(question)
            when = tools.parse_now(now)
        except ValueError as exc:
            raise ToolError(str(exc)) from exc
        result = await _with_progress(
            ctx, "answering", _read(run_ask, config, question, when, errors=ASK_ERRORS)
        )
        return json.loads(json.dumps(result, default=str))  # what `query --json` prints, value for value

    async def search(
        text: Annotated[
            str, Field(description="Words or a phrase to find on screen (matched by words and by meaning)")
        ],
        since: Since = None,
        until: Until = None,
        app: App = None,
        limit: Annotated[int, Field(description="How many lines to return (1-50)")] = 10,
    ) -> dict[str, Any]:
        """Find lines of text seen on screen; ranked hits, each with its citation (frame record id, time, app,
        window, box)."""
        return await _read(tools.search, config, text, since, until, app, limit)

    async def timeline(since: Since = None, until: Until = None, app: App = None) -> dict[str, Any]:
        """List window sessions (app, title, start, end, frames, first_frame) in a period; without since/until,
        the latest day with activity."""
        return await _read(tools.timeline, config, since, until, app)

    async def frame(record_id: RecordId) -> dict[str, Any]:
        """Everything read off one frame: time, app, window, text lines and screen blocks with boxes, VLM
        description, previous/next frame ids."""
        return await _read(tools.frame, config, record_id)

    async def frame_image(
        record_id: RecordId,
        box: Annotated[
            list[int] | None,
            Field(
                description="[left, top, right, bottom] in frame "
                "pixels (a citation's bbox): return "
                "only the region around it"
            ),
        ] = None,
        max_side: Annotated[
            int, Field(description="Shrink so the longer side is at most this many pixels (16-8192)")
        ] = 1600,
        margin: Annotated[int, Field(description="Pixels of context kept around the box")] = 32,
    ) -> CallToolResult:
        """The frame's screenshot as a PNG image, or a crop around a box; a text part gives the region and
        scale."""
        png, info = await _read(tools.frame_image, config, record_id, box, max_side, margin)
        image: ImageContent = Image(data=png, format="png").to_image_content()
        return CallToolResult(content=[image, TextContent(type="text", text=json.dumps(info))])

    for tool in (ask, search, timeline, frame, frame_image):
        server.add_tool(tool, description=" ".join(tool.__doc__.split()), annotations=READ_ONLY)

    @server.resource(
        "autocapture://timeline",
        name="timeline",
        mime_type="application/json",
        description="The latest day with activity: lanes per app with window runs, spans, density",
    )
    def timeline_resource() -> str:
        return _resource(browse.timeline, config)

    @server.resource(
        "autocapture://status",
        name="status",
        mime_type="application/json",
        description="Would heavy work run now (gating), budgets, the work queue and the latest errors",
    )
    def status_resource() -> str:
        return _resource(browse.status, config)

    return server


def _resource(fn, *args) -> str:
    """A resource's JSON; a store that cannot answer yet is a ResourceError whose message says why."""
    try:
        return json.dumps(fn(*args), default=str)
    except READ_ERRORS as exc:
        raise ResourceError(_message(exc)) from exc


async def _with_progress(ctx: Context, what: str, work) -> Any:
    """Await `work` while telling the client, every second, that the call is still working (MCP progress
    notifications: long answers keep agents from timing out and show the user something is happening).
    Progress counts heartbeats, so it only ever increases; the last one sets total = progress."""
    started, step, failure = time.monotonic(), 0, None
    await ctx.report_progress(step, None, f"{what}: started")
    async with anyio.create_task_group() as tg:

        async def beat() -> None:
            nonlocal step
            while True:
                await anyio.sleep(PROGRESS_EVERY_S)
                step += 1
                await ctx.report_progress(step, None, f"{what}: {time.monotonic() - started:.0f} s")

        tg.start_soon(beat)
        try:
            result = await work
        except (
            Exception
        ) as exc:  # re-raised below: raised in here, a task group would wrap it in an ExceptionGroup
            failure = exc
        finally:
            tg.cancel_scope.cancel()
    if failure is not None:
        raise failure
    await ctx.report_progress(step + 1, step + 1, f"{what}: done in {time.monotonic() - started:.1f} s")
    return result


def serve(config: Config) -> None:
    """Serve MCP on stdin/stdout until the client closes them. No socket is opened."""
    build(config).run("stdio")
