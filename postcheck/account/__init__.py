"""The account stage: patterns across many checked posts (audit, eval and the Python API).

Each post's report carries its account facts (``Report.account_facts``), computed
by the pipeline; ``AccountAnalysis`` reads those, never the findings'
evidence, and the rule pack judges what it finds.
"""
from .facts import UNKNOWN_AUTHOR, UNKNOWN_PAGE, account_of, post_account_facts
from .patterns import ACCOUNT_SIGNALS, AccountAnalysis, AccountFinding, PostFacts, analyse, rules_by_post

__all__ = ["ACCOUNT_SIGNALS", "AccountAnalysis", "AccountFinding", "PostFacts", "UNKNOWN_AUTHOR", "UNKNOWN_PAGE",
           "account_of", "analyse", "post_account_facts", "rules_by_post"]
