"""Measuring tools run from a source checkout, not shipped in the wheel.

``python -m benchmarks.audit`` (batch audit throughput and memory),
``python -m benchmarks.server_load`` (the HTTP server under load) and
``benchmarks.harness`` (a real server on loopback, shared with the tests).
The small ``postcheck bench`` and ``bench-pii`` commands stay in the package:
they time the checker a user installed, on their own machine and posts.
"""
