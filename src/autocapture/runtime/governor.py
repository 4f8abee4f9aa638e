"""The resource governor: keeps the whole process tree within runtime.budget.cpu_pct of the machine's CPU
and runtime.budget.ram_pct of its RAM. It sizes the worker pool, pins library thread pools, samples
usage (psutil) and paces work between items, logging a line each time it throttles."""

from __future__ import annotations

import logging
import os
import threading
import time
from dataclasses import dataclass, field

import psutil

from autocapture.config import Config

log = logging.getLogger("autocapture.governor")

THREAD_ENV = (
    "OMP_NUM_THREADS",
    "OPENBLAS_NUM_THREADS",
    "MKL_NUM_THREADS",
    "NUMEXPR_NUM_THREADS",
    "VECLIB_MAXIMUM_THREADS",
    "OMP_THREAD_LIMIT",
    "RAYON_NUM_THREADS",
    "TOKENIZERS_PARALLELISM",
    # OpenCV's own pool (not OpenMP): 2 threads on 2 cores by default, so a single-threaded worker's median
    # blur, resize and morphology of a whole 2x frame ran on both cores, and the split cost 13% more CPU seconds
    # than one thread doing the same work (ocr.preprocess of a 1920x1080 frame, measured). The same pixels and
    # components either way (parallel_for_ splits rows)
    "OPENCV_FOR_THREADS_NUM",
)
SAMPLE_S = 0.25
MAX_PAUSE_S = 2.0
RAM_WAIT_S = 5.0  # memory rarely drops by waiting; after this the run stops taking items
HYSTERESIS = 0.02  # sampling jitter around the cap is not worth a pause (or a log line)
# how often the tree's members are listed again: listing them reads every process on the machine (/proc/*/stat),
# which cost the parent 1 CPU second per 200 frames when done on every sample; a worker pool's members rarely change
TREE_REFRESH_S = 1.0


def cpu_workers(config: Config, cpus: int | None = None) -> int:
    """Single-threaded workers that fit the CPU budget: 2 cores at 50% -> 1 worker."""
    cpus = cpus or psutil.cpu_count() or 1
    return max(1, int(cpus * config["runtime.budget.cpu_pct"] / 100))


def pin_threads(threads: int) -> None:
    """Pin torch/onnxruntime/BLAS/tesseract/OpenCV thread pools; call before those libraries load (OpenCV and
    torch are also pinned when already loaded: a spawned worker imports cv2 before it gets here, with the
    parent's environment)."""
    for name in THREAD_ENV:
        os.environ[name] = "false" if name == "TOKENIZERS_PARALLELISM" else str(threads)
    try:
        import sys

        if "torch" in sys.modules:
            sys.modules["torch"].set_num_threads(threads)
        if "cv2" in sys.modules:
            sys.modules["cv2"].setNumThreads(threads)
    except Exception:  # noqa: BLE001 - pinning is best effort; the governor still paces
        pass


def tree_usage(proc: psutil.Process, members: list[psutil.Process] | None = None) -> tuple[float, int]:
    """Total CPU seconds and RSS bytes of a process and all its descendants (or of `members`, the tree as
    listed a moment ago)."""
    cpu, rss = 0.0, 0
    for p in members if members is not None else [proc, *proc.children(recursive=True)]:
        try:
            t = p.cpu_times()
            cpu += t.user + t.system
            rss += p.memory_info().rss
        except (psutil.NoSuchProcess, psutil.AccessDenied):
            pass
    return cpu, rss


@dataclass
class Usage:
    cpu_pct: float = 0.0  # of the whole machine, over the last sampling window
    rss: int = 0
    peak_cpu_pct: float = 0.0
    peak_rss: int = 0
    samples: list[tuple[float, float, int]] = field(default_factory=list)  # (t, cpu%, rss)


class Governor:
    """Samples the process tree in a background thread; workers call pace() between items."""

    def __init__(self, config: Config, window_s: float = 1.0):
        self.cpu_cap = config["runtime.budget.cpu_pct"]
        self.total_ram = psutil.virtual_memory().total
        self.ram_cap = self.total_ram * config["runtime.budget.ram_pct"] / 100
        self.cpus = psutil.cpu_count() or 1
        self.workers = cpu_workers(config, self.cpus)
        self.window_s = window_s
        self.proc = psutil.Process()
        self.usage = Usage()
        self.throttle_events: list[dict] = []
        self._history: list[tuple[float, float]] = []  # (monotonic, tree cpu seconds)
        self._members: list[psutil.Process] = []
        self._listed = -TREE_REFRESH_S  # when the members were last listed (monotonic)
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._run, name="autocapture-governor", daemon=True)

    def __enter__(self) -> Governor:
        self._start = (time.monotonic(), self._total_cpu())
        self.sample()
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join(timeout=2)

    def _run(self) -> None:
        while not self._stop.wait(SAMPLE_S):
            self.sample()

    def _tree(self, now: float) -> tuple[list[psutil.Process], list[psutil.Process]]:
        """The process and its descendants, listed again every TREE_REFRESH_S or when one has gone; and the
        members this listing found that the one before did not have."""
        if now - self._listed >= TREE_REFRESH_S or not all(p.is_running() for p in self._members):
            known = {p.pid for p in self._members}
            self._members = [self.proc, *self.proc.children(recursive=True)]
            self._listed = now
            return self._members, [p for p in self._members if p.pid not in known]
        return self._members, []

    def sample(self) -> Usage:
        now = time.monotonic()
        with self._lock:
            members, found = self._tree(now)
        cpu_s, rss = tree_usage(self.proc, members)
        with self._lock:
            if self._history:
                self._credit_found(found, now)
            self._history.append((now, cpu_s))
            while len(self._history) > 2 and now - self._history[0][0] > self.window_s:
                self._history.pop(0)
            t0, c0 = self._history[0]
            u = self.usage
            u.rss, u.peak_rss = rss, max(u.peak_rss, rss)
            if now - t0 > 0.05:
                u.cpu_pct = 100 * (cpu_s - c0) / ((now - t0) * self.cpus)
                u.peak_cpu_pct = max(u.peak_cpu_pct, u.cpu_pct)
                u.samples.append((now, u.cpu_pct, rss))
            return u

    def _credit_found(self, found: list[psutil.Process], now: float) -> None:
        """A member first seen in this listing (a worker spawned up to TREE_REFRESH_S ago) brings all the CPU
        it used before it was seen. The earlier samples that came after it started did not count it, so that
        CPU would land in the window as if spent in it: a worker's start-up (imports, engines: ~0.6 s of one
        core) read as 91-96% of the machine and the next pace() slept 0.8-0.9 s, the worker idle, on every
        run. Samples taken after it started are credited with its CPU so far (it may have used that CPU after
        them: the window then counts it short, never double); samples from before it started are left as
        they are, since it used nothing then. Only what it uses from now on is measured against the cap."""
        wall_minus_mono = time.time() - now
        for p in found:
            try:
                started = p.create_time() - wall_minus_mono  # on the monotonic clock
                t = p.cpu_times()
                used = t.user + t.system
            except (psutil.NoSuchProcess, psutil.AccessDenied):
                continue
            self._history = [(ts, c + used if ts >= started else c) for ts, c in self._history]

    def _event(self, what: str, measured: float, cap: float, action: str, unit: str) -> None:
        self.throttle_events.append(
            {
                "what": what,
                "measured": round(measured, 1),
                "cap": round(cap, 1),
                "unit": unit,
                "action": action,
            }
        )
        log.info("throttle: %s %.1f%s > cap %.1f%s; %s", what, measured, unit, cap, unit, action)

    def pace(self) -> bool:
        """Between items: sleep while the tree is over its CPU cap; wait while it is over its RAM cap.
        False when memory stays over the cap: the caller stops taking new items."""
        usage = self.sample()
        if usage.cpu_pct > self.cpu_cap * (1 + HYSTERESIS):
            # Sleep long enough that the window's average falls back to the cap.
            pause = min(MAX_PAUSE_S, self.window_s * (usage.cpu_pct / self.cpu_cap - 1))
            self._event("cpu", usage.cpu_pct, self.cpu_cap, f"pausing {pause:.2f} s", "%")
            time.sleep(pause)
        waited = 0.0
        while self.sample().rss > self.ram_cap and waited < RAM_WAIT_S:
            if waited == 0:
                self._event(
                    "rss", self.usage.rss / 2**20, self.ram_cap / 2**20, "waiting for memory to drop", " MiB"
                )
            time.sleep(0.5)
            waited += 0.5
        return self.usage.rss <= self.ram_cap

    def over_ram(self) -> bool:
        return self.sample().rss > self.ram_cap

    def _total_cpu(self) -> float:
        """CPU seconds of this process, its live descendants, and the children it has already reaped."""
        t = self.proc.cpu_times()
        return tree_usage(self.proc)[0] + t.children_user + t.children_system

    def mean_cpu_pct(self) -> float:
        """CPU of the whole tree since start, as % of the machine."""
        t0, c0 = self._start
        elapsed = time.monotonic() - t0
        return 100 * (self._total_cpu() - c0) / (elapsed * self.cpus) if elapsed > 0 else 0.0

    def summary(self) -> dict:
        return {
            "cpu_cap_pct": self.cpu_cap,
            "ram_cap_mib": round(self.ram_cap / 2**20),
            "workers": self.workers,
            "mean_cpu_pct": round(self.mean_cpu_pct(), 1),
            "peak_cpu_pct": round(self.usage.peak_cpu_pct, 1),
            "peak_rss_mib": round(self.usage.peak_rss / 2**20, 1),
            "throttle_events": len(self.throttle_events),
        }
