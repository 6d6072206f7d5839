"""The only part of the checker that knows the code of conduct."""
from .pack import Quote, Rule, RulePack, RulePackError, load_rule_pack

__all__ = ["Quote", "Rule", "RulePack", "RulePackError", "load_rule_pack", "apply_rules"]


def apply_rules(pack, signals):
    """Signals in, findings out (see ``engine.apply_rules``)."""
    from .engine import apply_rules as _apply

    return _apply(pack, signals)
