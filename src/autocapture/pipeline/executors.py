"""Where frame tasks run. Both executors take the same `pool.process_run` tasks from the same scheduler
(so gating, budgets and the per-window ordering apply unchanged) and hand back concurrent futures.

- local (default): a spawned process pool inside this process tree; each worker enters a loopback-only
  network namespace where the OS allows it (runtime/isolation.py), then loads its engines once.
- ray (`pip install 'autocapture[ray]'`, `--executor ray`): a private single-node Ray instance, one actor
  per worker slot holding its engines. Local only: every Ray server binds 127.0.0.1 (single-node mode),
  the dashboard, usage stats and log forwarding are off, and the object store is sized inside the RAM
  budget. Ray core actors rather than a Ray Data pipeline: a dataset runs ahead of gating and cannot
  wait for a frame's predecessor in the same window, which change detection needs."""

from __future__ import annotations

import os
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from multiprocessing import get_context

from autocapture.config import Config
from autocapture.pipeline import pool
from autocapture.runtime import isolation

NAMES = ("local", "ray")
RAY_ENV = {
    "RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER": "0",  # single-node mode: servers bind the loopback address
    "RAY_USAGE_STATS_ENABLED": "0",
    "RAY_DISABLE_DOCKER_CPU_WARNING": "1",
    "RAY_AUTH_MODE": "disabled",  # nothing but this user's processes can reach 127.0.0.1 ports we started
}


class ExecutorUnavailable(RuntimeError):
    pass


class LocalPool:
    crash_errors = (BrokenProcessPool,)

    def __init__(self, config: Config, workers: int):
        self.config, self.workers = config, workers
        self._pool: ProcessPoolExecutor | None = None

    def submit(self, fn, task) -> Future:
        if self._pool is None:
            self._pool = ProcessPoolExecutor(
                self.workers,
                mp_context=get_context("spawn"),
                initializer=isolation.init_worker,
                initargs=(self.config, *isolation.plan(self.config)),
            )
        return self._pool.submit(fn, task)

    def crashed(self, fut: Future) -> None:
        self._pool = None  # a worker died (killed, out of memory): the next item gets a fresh pool

    def shutdown(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None


def object_store_bytes(config: Config) -> int:
    """A tenth of the RAM budget, between Ray's minimum and 1 GiB: tasks and results are small."""
    import psutil

    budget = psutil.virtual_memory().total * config["runtime.budget.ram_pct"] / 100
    return int(min(max(budget / 10, 80 * 2**20), 2**30))


class RayPool:
    def __init__(self, config: Config, workers: int, gpu: bool = False):
        for key, value in RAY_ENV.items():
            os.environ.setdefault(key, value)
        try:
            import ray
        except ImportError as exc:
            raise ExecutorUnavailable(
                "the Ray executor needs Ray: pip install 'autocapture[ray]' (or run with --executor local)"
            ) from exc
        self.ray = ray
        self.crash_errors = (ray.exceptions.RayActorError, ray.exceptions.WorkerCrashedError)
        self.config, self.workers = config, workers
        if not ray.is_initialized():
            ray.init(
                num_cpus=workers,
                num_gpus=1 if gpu else 0,
                include_dashboard=False,
                _node_ip_address="127.0.0.1",
                object_store_memory=object_store_bytes(config),
                log_to_driver=False,
                configure_logging=False,
                namespace="autocapture",
            )
        # Ray hides every GPU from an actor that asks for none (CUDA_VISIBLE_DEVICES=""): the actors that run the
        # VLM on the GPU share it, one slot each (processing.idle.max_concurrency_gpu of them)
        self.actor_class = ray.remote(num_cpus=1, num_gpus=1 / workers if gpu else 0, max_restarts=0)(
            FrameActor
        )
        self.actors = [self.actor_class.remote(config) for _ in range(workers)]
        self.load = [0] * workers

    def submit(self, fn, task) -> Future:
        i = min(range(self.workers), key=lambda j: self.load[j])
        self.load[i] += 1
        fut = self.actors[i].run.remote(fn, task).future()
        fut.actor_slot = i

        def done(_f, i=i):
            self.load[i] -= 1

        fut.add_done_callback(done)
        return fut

    def crashed(self, fut: Future) -> None:
        i = getattr(fut, "actor_slot", None)  # the dead actor is replaced; the scheduler retries the item
        if i is not None:
            self.actors[i] = self.actor_class.remote(self.config)

    def shutdown(self) -> None:
        self.ray.shutdown()


class FrameActor:
    """One Ray worker slot: engines loaded once, then frame after frame."""

    def __init__(self, config: Config):
        pool.init_worker(config)

    def run(self, fn, task: pool.FrameTask) -> dict:
        return fn(task)


def start(name: str, config: Config, workers: int, gpu: bool = False):
    """gpu: the VLM runs on the GPU in these workers (the local pool's processes see it anyway)."""
    if name == "ray":
        return RayPool(config, workers, gpu)
    return LocalPool(config, workers)
