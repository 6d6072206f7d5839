"""Hostile 20,000-character posts through ``Checker``: the worst time as a ratio to a normal post's.

    python benchmarks/hostile_inputs.py [--config council.toml] [--cap 60] [--only NAME ...] [--json out.json]

Each post is checked in a separate process that holds a loaded ``Checker``; a
post whose stages or whole check run past ``--cap`` seconds is stopped (its
process killed and a fresh one started) and reported as over the cap with the
stage it was in, so one pathological input cannot hide the rest. Every post also gets a breakdown by stage, as the
Checker runs them: normalisation, the spaCy parse of the normalised text, the model, then each detector on that
parse, so a slow post names what is slow.
The machine (CPU model, cores, Python) is printed with the figures.
"""
from __future__ import annotations

import argparse
import json
import multiprocessing
import platform
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as ``python benchmarks/hostile_inputs.py``: this checkout's checker
    sys.path.insert(0, str(ROOT))

LENGTH = 20_000
NORMAL = ("Great turnout at the Bell Lane litter pick this morning, thank you to every volunteer who came "
          "along! The cabinet's parking policy is a shambles and residents deserve better.")


def fill(unit: str, length: int = LENGTH) -> str:
    return (unit * (length // len(unit) + 1))[:length]


def hostile_posts() -> dict[str, str]:
    """Name -> text, each at most 20,000 characters."""
    posts = {f"run of {ch!r}": ch * 19_970 for ch in "(.)[]-_*!?'\"/#@:,"}
    posts.update({
        "one long word": "a" * LENGTH,
        "long words": fill("x" * 999 + " "),
        "IDIOT x 3333": "IDIOT " * 3333,
        "a. x 9990 + @b (e-mail shape)": "a." * 9990 + "@b",
        "20,000 newlines": "x" + "\n" * (LENGTH - 2) + "x",
        "newline-x runs": fill("x\n"),
        "spaces": "a" + " " * 19_998 + "b",
        "emoji run": "😡" * LENGTH,
        "emoji words": fill("😡 "),
        "flags and joiners": fill("🏴‍☠️"),
        "combining marks": "a" + "\u0301" * 19_999,
        "digits": "0" * LENGTH,
        "digit groups (phone shape)": fill("07 "),
        "phone-like runs": fill("+44 (0) 20-"),
        "url shape": "http://" + "a." * 9990,
        "url path": "https://example.com/" + "a/" * 9989,
        "e-mail shape, long local part": "a" * 19_990 + "@example.com",
        "e-mail dots and dashes": fill("a-.") + "@b.co",
        "many e-mails": fill("a@b.co "),
        "many @handles": fill("@a "),
        "many #hashtags": fill("#a "),
        "postcode shape": fill("DA7 4QJ "),
        "capitalised words (names)": fill("Cllr Jones "),
        "title runs": fill("Mr Mrs Dr "),
        "numbers and streets": fill("14 Oak Road "),
        "cues without values": fill("lives at x "),
        "sort code shape": fill("12-34-56 "),
        "quotes": fill('"a" '),
        "brackets nested": "(" * 9_995 + ")" * 9_995,
        "mixed punctuation": fill("!?.,;:-"),
        "tabs": "a" + "\t" * (LENGTH - 2) + "b",
        "zero-width spaces": "a" + "\u200b" * 19_999,
    })
    return {name: text[:LENGTH] for name, text in posts.items()}


def machine() -> str:
    """The machine in words, from the one description ``benchmarks/speed.py`` also prints."""
    from benchmarks.machine import describe

    return f"{describe()}, {platform.system()}"


def _worker(conn, config) -> None:
    from postcheck import Checker
    from postcheck.normalise import NORMALISED_KEY
    from postcheck.scoring.base import MODEL_SCORES

    checker = Checker(config)
    conn.send(("ready",))
    while True:
        try:
            text = conn.recv()
        except EOFError:
            return
        # the stages one by one (each announced, so a stopped post names the stage it was in) ...
        stages = {}
        try:
            post = checker.to_post(text)
        except ValueError as exc:
            conn.send(("refused", str(exc)))
            continue
        conn.send(("stage", "normalise"))
        mark = time.perf_counter()
        norm = checker.normaliser(post.text)
        stages["normalise"] = time.perf_counter() - mark
        conn.send(("stage", "parse"))
        mark = time.perf_counter()
        docs = list(checker.nlp.pipe([norm.text]))
        stages["parse"] = time.perf_counter() - mark
        docs[0].user_data[NORMALISED_KEY] = norm
        if checker.scorer is not None:
            conn.send(("stage", "model"))
            mark = time.perf_counter()
            docs[0].user_data[MODEL_SCORES] = checker.scorer.score([docs[0].text])[0]
            stages["model"] = time.perf_counter() - mark
        for detector in checker.detectors:
            conn.send(("stage", detector.name))
            mark = time.perf_counter()
            detector.detect_many(docs, [post])
            stages[detector.name] = time.perf_counter() - mark
        # ... then the whole path, as a user gets it
        conn.send(("stage", "Checker.check"))
        mark = time.perf_counter()
        checker.check(text)
        conn.send(("done", time.perf_counter() - mark, stages))


class Bench:
    """One check process; restarted after a post passes the cap."""

    def __init__(self, config):
        self.config = config
        self.context = multiprocessing.get_context("spawn")
        self._start()

    def _start(self) -> None:
        self.conn, child = self.context.Pipe()
        self.process = self.context.Process(target=_worker, args=(child, self.config), daemon=True)
        self.process.start()
        child.close()
        if not self.conn.poll(600) or self.conn.recv() != ("ready",):
            raise SystemExit("the checker did not load")

    def time(self, text: str, cap: float):
        """(seconds, stages) or, past ``cap`` seconds in all, (None, the stage it was stopped in)."""
        self.conn.send(text)
        deadline = time.monotonic() + 2 * cap  # the stages, then the whole check: each up to the cap
        stage = "start"
        while self.conn.poll(max(0.0, deadline - time.monotonic())):
            message = self.conn.recv()
            if message[0] == "done":
                return message[1], message[2]
            if message[0] == "refused":
                return 0.0, {f"refused: {message[1]}": 0.0}
            stage = message[1]
        self.process.kill()
        self.process.join()
        self._start()
        return None, stage

    def close(self) -> None:
        self.process.kill()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--config", help="council config (default: the built-in defaults)")
    parser.add_argument("--cap", type=float, default=60.0, help="seconds before a post is stopped (60)")
    parser.add_argument("--only", nargs="*", help="names (substrings) of the posts to run")
    parser.add_argument("--skip", nargs="*", help="names (substrings) of posts to leave out")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args(argv)

    posts = hostile_posts()
    if args.only:
        posts = {k: v for k, v in posts.items() if any(s in k for s in args.only)}
    if args.skip:
        posts = {k: v for k, v in posts.items() if not any(s in k for s in args.skip)}
    print(f"machine: {machine()}", flush=True)
    bench = Bench(args.config)
    try:
        for _ in range(3):
            bench.time(NORMAL, args.cap)  # warm up
        normal = statistics.median(bench.time(NORMAL, args.cap)[0] for _ in range(7))
        print(f"normal post ({len(NORMAL)} characters): {normal * 1000:.1f} ms", flush=True)
        rows = []
        for name, text in posts.items():
            total, stages = bench.time(text, args.cap)
            if total is None:
                rows.append({"post": name, "seconds": None, "ratio": None, "slowest": f"{stages} (stopped)"})
                print(f"{name:34} > {args.cap:g} s (stopped in {stages})", flush=True)
                continue
            slowest = max(stages, key=stages.get)
            rows.append({"post": name, "seconds": total, "ratio": total / normal, "stages": stages,
                         "slowest": f"{slowest} {stages[slowest]:.2f} s"})
            print(f"{name:34} {total:8.2f} s {total / normal:9.0f}x   slowest stage: {slowest} "
                  f"{stages[slowest]:.2f} s", flush=True)
    finally:
        bench.close()
    timed = [r for r in rows if r["seconds"] is not None]
    stopped = [r for r in rows if r["seconds"] is None]
    worst = max(timed, key=lambda r: r["seconds"]) if timed else None
    print()
    if stopped:
        print(f"worst: {len(stopped)} post(s) over the {args.cap:g} s cap "
              f"(over {args.cap / normal:,.0f}x a normal post): {', '.join(r['post'] for r in stopped)}")
    elif worst:
        print(f"worst: {worst['post']}: {worst['seconds']:.2f} s = {worst['ratio']:.1f}x a normal post")
    if args.json:
        args.json.write_text(json.dumps({"machine": machine(), "normal_seconds": normal, "cap": args.cap,
                                         "posts": rows}, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
