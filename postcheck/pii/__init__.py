"""Personal data: Presidio recognizers for UK identifiers, run on the shared spaCy parse.

``engine`` builds one ``AnalyzerEngine`` around the checker's own pipeline and
feeds it the already-parsed ``Doc``; the other modules each hold one
recognizer or one step (policy, redaction, evaluation). Patterns and words
live in ``postcheck/data/lexicons/personal_data.yaml``.
"""
