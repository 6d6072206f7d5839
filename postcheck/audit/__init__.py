"""The batch auditor: every post of many accounts through the same Checker.

Readers stream posts from files and platform exports, the runner checks them
(in worker processes or on a Dask cluster) into a resumable results store,
and account-level analysis finds the patterns no single post shows.
"""
