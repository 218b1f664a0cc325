#!/usr/bin/env python3
"""Extract events from JSON Lines articles with Dask distributed: the extractor's --map step per partition.

    python3 bench/dask-extract.py ARTICLES.jsonl [more.jsonl ...] [--out events.csv]
        [--partitions 8] [--workers 2] [--scheduler tcp://host:8786] [--repo /path/to/checkout]

A bag of JSON Lines partitions (one {"id","published","title","url","text"} article per line) is piped
partition by partition through `npx tsx src/cli/extract.ts --map --workers 1` (standard input to standard
output); the rows come back to this process and `extract --reduce -` merges them into one events.csv
(cross-article dedupe, overrides). Without --scheduler it starts a LocalCluster with --workers worker
processes of one thread each; with --scheduler it connects to a running cluster, whose workers must
reach the input paths (a shared folder, or s3://... with s3fs) and have this repository checked out at
--repo with `npm ci` done. Dask schedules; this script only says what to run. Prints the timings and
one JSON line. Not part of `npm test`.

Needs Debian's python3-dask and python3-distributed (or `pip install "dask[distributed]"`).
"""

import argparse
import json
import math
import os
import resource
import subprocess
import sys
import time

import dask.bag as db
from dask.distributed import Client, LocalCluster

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def map_partition(lines, repo):
    """Runs the extractor's map step on one partition's article lines; returns one summary dict."""
    text = "".join(line if line.endswith("\n") else line + "\n" for line in lines)
    t0 = time.perf_counter()
    # CPU time of the map process: on a shared machine wall time also counts other people's work.
    cpu0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    # One extraction thread per map process: Dask already runs one partition per worker core.
    proc = subprocess.run(
        ["npx", "tsx", "src/cli/extract.ts", "--map", "--workers", "1"],
        cwd=repo,
        input=text.encode("utf-8"),
        capture_output=True,
        check=False,
    )
    seconds = time.perf_counter() - t0
    cpu1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu_seconds = (cpu1.ru_utime - cpu0.ru_utime) + (cpu1.ru_stime - cpu0.ru_stime)
    stderr = proc.stderr.decode("utf-8", "replace")
    errors = [l for l in stderr.splitlines() if l.startswith("Error:")]
    # Exit 1 with rows: some lines were refused (named in errors) and the rest extracted. No rows and
    # a failure is a broken partition: raise, so Dask reports it (and may retry it elsewhere).
    if proc.returncode != 0 and not proc.stdout:
        raise RuntimeError(f"extract --map failed ({proc.returncode}): {stderr[-2000:]}")
    return [
        {
            "rows": proc.stdout.decode("utf-8"),
            "errors": errors,
            "seconds": seconds,
            "cpuSeconds": cpu_seconds,
            "articles": sum(1 for l in lines if l.strip()),
            "bytes": len(text.encode("utf-8")),
        }
    ]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("inputs", nargs="+", help="JSON Lines article files (local paths, or URLs Dask can read)")
    parser.add_argument("--out", default="events.csv", help="the merged events CSV (default: events.csv)")
    parser.add_argument("--partitions", type=int, default=8, help="partitions of the input (default: 8)")
    parser.add_argument("--workers", type=int, default=2, help="LocalCluster worker processes (default: 2)")
    parser.add_argument("--scheduler", help="address of a running Dask scheduler instead of a LocalCluster")
    parser.add_argument("--repo", default=REPO, help="the checkout of this repository on the workers")
    args = parser.parse_args()

    t_start = time.perf_counter()
    if args.scheduler:
        client = Client(args.scheduler)
        cluster = None
    else:
        cluster = LocalCluster(
            n_workers=args.workers, threads_per_worker=1, processes=True, dashboard_address=None
        )
        client = Client(cluster)
    t_cluster = time.perf_counter()

    # Block size from the local size when known, so the bag has about --partitions partitions.
    sizes = [os.path.getsize(p) for p in args.inputs if os.path.exists(p)]
    blocksize = max(1 << 16, math.ceil(sum(sizes) / args.partitions)) if sizes else "16MiB"
    bag = db.read_text(args.inputs, blocksize=blocksize)
    parts = bag.map_partitions(map_partition, args.repo).compute()
    t_map = time.perf_counter()

    rows = "".join(p["rows"] for p in parts)
    reduce = subprocess.run(
        ["npx", "tsx", "src/cli/extract.ts", "--reduce", "-", "--out", os.path.abspath(args.out)],
        cwd=REPO,
        input=rows.encode("utf-8"),
        capture_output=True,
        check=False,
    )
    t_reduce = time.perf_counter()
    client.close()
    if cluster is not None:
        cluster.close()

    for p in parts:
        for e in p["errors"]:
            print(e, file=sys.stderr)
    report = reduce.stdout.decode("utf-8", "replace").strip().splitlines()
    if reduce.returncode != 0:
        print(reduce.stderr.decode("utf-8", "replace"), file=sys.stderr)
        sys.exit(f"extract --reduce failed ({reduce.returncode})")

    articles = sum(p["articles"] for p in parts)
    megabytes = sum(p["bytes"] for p in parts) / 1024 / 1024
    map_seconds = t_map - t_cluster
    map_cpu = sum(p["cpuSeconds"] for p in parts)
    result = {
        "bench": "dask-extract",
        "scheduler": args.scheduler or f"LocalCluster({args.workers} workers x 1 thread)",
        "partitions": len(parts),
        "articles": articles,
        "megabytes": round(megabytes, 2),
        "rows": rows.count("\n"),
        "events": next((int(l.split()[1]) for l in report if l.startswith("Wrote ")), None),
        "clusterStartSeconds": round(t_cluster - t_start, 2),
        "mapSeconds": round(map_seconds, 2),
        "reduceSeconds": round(t_reduce - t_map, 2),
        "totalSeconds": round(t_reduce - t_start, 2),
        "partitionSecondsMean": round(sum(p["seconds"] for p in parts) / max(1, len(parts)), 2),
        "articlesPerSecond": round(articles / map_seconds, 1),
        "megabytesPerSecond": round(megabytes / map_seconds, 3),
        "mapCpuSeconds": round(map_cpu, 2),
        "megabytesPerCpuSecond": round(megabytes / map_cpu, 3) if map_cpu > 0 else None,
        "refusedLines": sum(len(p["errors"]) for p in parts),
    }
    print(
        f"{articles} articles ({result['megabytes']} MB) in {len(parts)} partitions: cluster {result['clusterStartSeconds']} s, "
        f"map {result['mapSeconds']} s ({result['articlesPerSecond']} articles/s, {result['megabytesPerSecond']} MB/s), "
        f"{result['mapCpuSeconds']} CPU-s in map processes, reduce {result['reduceSeconds']} s, total {result['totalSeconds']} s; {result['events']} events in {args.out}"
    )
    print(json.dumps(result))


if __name__ == "__main__":
    main()
