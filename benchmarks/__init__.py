"""Measuring tools run from a source checkout, not shipped in the wheel.

``python benchmarks/speed.py`` (per-post latency against one spaCy parse),
``python benchmarks/pii_speed.py`` (the personal-data detector against the same parse),
``python benchmarks/hostile_inputs.py`` (hostile 20,000-character posts),
``python -m benchmarks.audit`` (batch audit throughput and memory),
``python -m benchmarks.server_load`` (the HTTP server under load),
``benchmarks.harness`` (a real server on loopback, shared with the tests) and
``benchmarks.machine`` (the machine description every figure is printed with).
"""
